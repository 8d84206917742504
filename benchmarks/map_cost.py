"""The locator map's cost: warm build time (PDF + PPTX) with and without the map, and deck size.

Usage: python benchmarks/map_cost.py [ARTICLE ...] [--layout NAME] [--rounds N]
(default: the seed and the test articles, the default layout). Each article is built twice each
way in one process first (warm caches: fonts, layouts, geodata), then --rounds pairs of builds
alternate with and without the map; the median difference is printed per article and overall,
in CPU time of the process (steadier than wall time on a shared machine) and in wall time.

Under callgrind, --callgrind counts instructions instead (repeatable on a noisy machine):
  valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.%p python benchmarks/map_cost.py \\
      --callgrind --rounds 2 seeds/*.txt
dumps the counters after the warm-up, after the builds without the map and after those with it,
and prints the instructions one build of each kind took.
"""

from __future__ import annotations

import argparse
import glob
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from sitbrief.compose.single import compose
from sitbrief.extract import extract_facts
from sitbrief.layout import load_layout
from sitbrief.read.article import read_article
from sitbrief.render.pdf.writer import write_pdf
from sitbrief.render.pptx.writer import write_pptx

ROOT = Path(__file__).resolve().parents[1]


def build(facts, layout, theme, out: Path) -> tuple[float, float]:
    """Return the (CPU, wall) seconds one compose + PDF + PPTX build takes."""
    cpu, wall = time.process_time(), time.perf_counter()
    brief = compose(facts, layout)
    write_pdf(brief, theme, out / "b.pdf")
    write_pptx(brief, theme, out / "b.pptx")
    return time.process_time() - cpu, time.perf_counter() - wall


def layouts(name: str, folder: Path):
    """Return the layout `name` and the same layout with the map switched off, with their themes."""
    (folder / "nomap").mkdir()
    (folder / "nomap" / "layout.yaml").write_text(
        f"name: nomap\nextends: {name}\nmap: {{report: false, deck: false}}\n", encoding="utf-8")
    with_map, without = load_layout(name), load_layout(str(folder / "nomap"))
    return (with_map, with_map.theme()), (without, without.theme())


def timed(articles: list[Path], pair, rounds: int, folder: Path) -> None:
    """Print the map's median CPU and wall cost per article, overall, and the deck sizes."""
    cpu_costs, wall_costs, sizes = [], [], []
    for path in articles:
        facts = extract_facts(read_article(path))
        for _ in range(2):
            for layout, theme in pair:
                build(facts, layout, theme, folder)
        cpu, wall = [], []
        for _ in range(rounds):
            (c1, w1), (c0, w0) = (build(facts, layout, theme, folder) for layout, theme in pair)
            cpu.append((c1 - c0) * 1000)
            wall.append((w1 - w0) * 1000)
        build(facts, *pair[0], folder)
        size = (folder / "b.pptx").stat().st_size
        cpu_costs.append(statistics.median(cpu))
        wall_costs.append(statistics.median(wall))
        sizes.append(size)
        print(f"{path.stem[:40]:40} map +{cpu_costs[-1]:6.1f} ms cpu  +{wall_costs[-1]:6.1f} ms wall  "
              f"deck {size / 1024:5.0f} KiB")
    print(f"median +{statistics.median(cpu_costs):.1f} ms cpu (+{statistics.median(wall_costs):.1f} ms wall), "
          f"max +{max(cpu_costs):.1f} ms cpu; largest deck {max(sizes) / 1024:.0f} KiB")


def counted(articles: list[Path], pair, rounds: int, folder: Path) -> None:
    """Dump callgrind's counters around the builds without, then with the map; print instructions."""
    facts = [extract_facts(read_article(path)) for path in articles]
    for f in facts:
        for _ in range(2):
            for layout, theme in pair:
                build(f, layout, theme, folder)
    _dump("warm")
    for layout, theme in reversed(pair):
        for f in facts:
            for _ in range(rounds):
                build(f, layout, theme, folder)
        _dump(layout.name)
    totals = _totals()
    if len(totals) < 3:
        print("no callgrind dumps found: run under valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.%p")
        return
    builds = rounds * len(facts)
    without, with_map = totals[-2] / builds, totals[-1] / builds
    print(f"instructions per build: without map {without / 1e6:.0f} M, with map {with_map / 1e6:.0f} M, "
          f"map +{(with_map - without) / 1e6:.0f} M ({(with_map / without - 1) * 100:.1f} %)")


def _dump(tag: str) -> None:
    """Ask callgrind to write its counters now (and zero them); wait until it has."""
    with subprocess.Popen(["callgrind_control", "-d", tag, str(os.getpid())], stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL) as control:
        while control.poll() is None:
            time.sleep(0.01)  # keep running: callgrind answers between instructions


def _totals() -> list[int]:
    """Return the instruction totals of this process's callgrind dumps, in order."""
    found = []
    for name in glob.glob(f"/tmp/cg.{os.getpid()}.*"):
        with open(name, encoding="utf-8", errors="replace") as dump:
            for line in dump:
                if line.startswith("summary:") or line.startswith("totals:"):
                    found.append((int(name.rsplit(".", 1)[1]), int(line.split()[1])))
                    break
    return [total for _, total in sorted(found)]


def main() -> None:
    """Print the map's warm cost per article and the deck sizes (or instruction counts)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="*", type=Path)
    parser.add_argument("--layout", default="default")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--callgrind", action="store_true", help="count instructions (run under callgrind)")
    args = parser.parse_args()
    articles = args.articles or [*sorted((ROOT / "seeds").glob("*.txt")),
                                 *sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt"))]
    with tempfile.TemporaryDirectory() as tmp:
        pair = layouts(args.layout, Path(tmp))
        (counted if args.callgrind else timed)(articles, pair, args.rounds, Path(tmp))


if __name__ == "__main__":
    main()
