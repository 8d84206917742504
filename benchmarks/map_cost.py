"""The locator map's cost: warm build time (PDF + PPTX) with and without the map, and deck size.

Usage: python benchmarks/map_cost.py [ARTICLE ...]   (default: the seed and the test articles)
Each article is built twice in one process first (warm caches: fonts, layouts, geodata), then
timed over --rounds builds each way; medians are printed per article and overall.
"""

from __future__ import annotations

import argparse
import statistics
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


def build_seconds(facts, layout, theme, out: Path) -> float:
    """Return the seconds one compose + PDF + PPTX build takes."""
    start = time.perf_counter()
    brief = compose(facts, layout)
    write_pdf(brief, theme, out / "b.pdf")
    write_pptx(brief, theme, out / "b.pptx")
    return time.perf_counter() - start


def main() -> None:
    """Print the map's warm cost per article and the deck sizes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="*", type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    articles = args.articles or [*sorted((ROOT / "seeds").glob("*.txt")),
                                 *sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt"))]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "nomap").mkdir()
        (folder / "nomap" / "layout.yaml").write_text(
            "name: nomap\nextends: default\nmap: {report: false, deck: false}\n", encoding="utf-8")
        with_map, without = load_layout("default"), load_layout(str(folder / "nomap"))
        themes = {id(with_map): with_map.theme(), id(without): without.theme()}
        extra, sizes = [], []
        for path in articles:
            facts = extract_facts(read_article(path))
            times = {}
            for layout in (with_map, without):
                for _ in range(2):
                    build_seconds(facts, layout, themes[id(layout)], folder)
                times[id(layout)] = statistics.median(
                    build_seconds(facts, layout, themes[id(layout)], folder) for _ in range(args.rounds))
            build_seconds(facts, with_map, themes[id(with_map)], folder)
            size = (folder / "b.pptx").stat().st_size
            cost = (times[id(with_map)] - times[id(without)]) * 1000
            extra.append(cost)
            sizes.append(size)
            print(f"{path.stem[:40]:40} map +{cost:6.1f} ms  deck {size / 1024:6.0f} KiB")
        print(f"median +{statistics.median(extra):.1f} ms, max +{max(extra):.1f} ms; "
              f"largest deck {max(sizes) / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
