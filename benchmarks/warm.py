"""Warm per-article CPU cost: sitbrief (extract, compose, PDF, PPTX) against the bare baseline,
article by article in one process, after a warm-up. Prints JSON.

    python benchmarks/warm.py ARTICLE... [--warmup 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import baseline  # noqa: E402

STAGES = ("extract", "compose", "pdf", "pptx")


def sitbrief_stages(path: Path, layout, theme, out: Path) -> dict[str, float]:
    """Build one article through the public stages; return CPU seconds per stage."""
    from sitbrief.compose.single import compose
    from sitbrief.render.pdf.writer import write_pdf
    from sitbrief.render.pptx.writer import write_pptx
    from sitbrief.run.build import BuildOptions, load_input

    times, clock = {}, time.process_time()
    facts = load_input(path, BuildOptions())
    times["extract"], clock = time.process_time() - clock, time.process_time()
    brief = compose(facts, layout)
    times["compose"], clock = time.process_time() - clock, time.process_time()
    write_pdf(brief, theme, out / "a.pdf")
    times["pdf"], clock = time.process_time() - clock, time.process_time()
    write_pptx(brief, theme, out / "a.pptx")
    times["pptx"] = time.process_time() - clock
    return times


def baseline_cost(path: Path, out: Path) -> float:
    """Return the CPU seconds the bare script takes for one article."""
    clock = time.process_time()
    baseline.write_documents(path, out)
    return time.process_time() - clock


def measure(paths: list[Path], warmup: int) -> dict:
    """Return per-article CPU costs (ms) of sitbrief's stages and of the baseline, with medians."""
    from sitbrief.layout import load_layout

    layout = load_layout()
    theme = layout.theme()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        for index, path in enumerate(paths):
            first_base = index % 2 == 0  # alternate the order so neither side always runs first
            base = baseline_cost(path, out) if first_base else None
            stages = sitbrief_stages(path, layout, theme, out)
            base = base if base is not None else baseline_cost(path, out)
            if index >= warmup:
                rows.append({"article": path.name, **{k: v * 1000 for k, v in stages.items()},
                             "sitbrief": sum(stages.values()) * 1000, "baseline": base * 1000})
    medians = {key: statistics.median(r[key] for r in rows) for key in (*STAGES, "sitbrief", "baseline")}
    medians["ratio"] = statistics.median(r["sitbrief"] / r["baseline"] for r in rows)
    return {"articles": len(rows), "median_ms": medians, "rows": rows}


def main() -> None:
    """Measure and print JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("articles", nargs="+", type=Path)
    parser.add_argument("--warmup", type=int, default=3)
    args = parser.parse_args()
    print(json.dumps(measure(args.articles, args.warmup)))


if __name__ == "__main__":
    main()
