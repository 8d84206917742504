"""Command line: python -m benchmarks.extraction [--split dev|test|all] [--diff] [--article SLUG] [--slugs FILE]
[--json FILE]."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from benchmarks.extraction import ARTICLES
from benchmarks.extraction.gold import Case, find_cases


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Return the parsed command line."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.extraction",
                                     description="Score sitbrief's extraction against hand-made gold.")
    parser.add_argument("--split", choices=("dev", "test", "all"), default="all")
    parser.add_argument("--article", metavar="SLUG", help="score only this article")
    parser.add_argument("--slugs", metavar="FILE", type=Path,
                        help="score only the articles listed in FILE (one slug per line, '#' comments)")
    parser.add_argument("--diff", action="store_true", help="print every miss and false positive")
    parser.add_argument("--json", metavar="FILE", type=Path, help="also write all figures and counts as JSON")
    parser.add_argument("--table", action="store_true", help="regenerate the sources table in README.md")
    parser.add_argument("--markdown", action="store_true", help="print the pooled figures as a Markdown table")
    parser.add_argument("--lint", action="store_true", help="check every gold file against the GUIDE")
    parser.add_argument("--write-floors", action="store_true",
                        help="record today's pooled test figures, rounded down, as the floors (floors.yaml)")
    parser.add_argument("--root", type=Path, default=ARTICLES, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def only_listed(cases: list[Case], listing: Path) -> list[Case]:
    """Return the cases whose slugs `listing` names; a listed slug with no case is an error."""
    lines = (line.split("#", 1)[0].strip() for line in listing.read_text(encoding="utf-8").splitlines())
    wanted = {line for line in lines if line}
    unknown = sorted(wanted - {c.slug for c in cases})
    if unknown:
        raise ValueError(f"no article {unknown[0]!r} in this split" + (f" (and {len(unknown) - 1} more)"
                                                                          if len(unknown) > 1 else ""))
    return [c for c in cases if c.slug in wanted]


def run_scores(args: argparse.Namespace) -> int:
    """Score the chosen articles and print the tables (and diffs, JSON)."""
    from benchmarks.extraction import report
    from benchmarks.extraction.run import BenchmarkError, score_cases

    cases = find_cases(args.split, args.root, args.article)
    if args.slugs:
        try:
            cases = only_listed(cases, args.slugs)
        except (OSError, ValueError) as error:
            print(f"benchmark: --slugs {args.slugs}: {error}", file=sys.stderr)
            return 2
    if not cases:
        print(f"no articles with gold found for --split {args.split}"
              + (f" --article {args.article}" if args.article else ""), file=sys.stderr)
        return 2
    if args.diff and any(c.split == "test" for c in cases):
        print("note: test diffs are for the record only; do not change rules to fix a test miss",
              file=sys.stderr)
    started = time.perf_counter()
    try:
        scores = score_cases(cases)
    except BenchmarkError as error:
        print(f"benchmark: {error}", file=sys.stderr)
        return 2
    seconds = time.perf_counter() - started
    if args.json:
        args.json.write_text(json.dumps(report.as_json(scores, seconds), indent=2, ensure_ascii=False) + "\n",
                             encoding="utf-8")
    if args.markdown:
        counts = {split: sum(1 for s in scores if s.split == split) for split in ("dev", "test")}
        print("\n".join(report.markdown_table(report.split_pools(scores), counts)))
        return 0
    lines = []
    for split, metrics in report.split_pools(scores).items():
        count = sum(1 for s in scores if split in ("all", s.split))
        lines += report.pooled_table(metrics, f"Pooled {split} ({count} articles)") + [""]
    lines += report.article_table(scores)
    if args.diff:
        lines += [""] + report.diff_lines(scores)
    lines.append(f"\nscored {len(scores)} articles in {seconds:.2f} s")
    print("\n".join(lines))
    if args.write_floors:
        if args.article or args.root != ARTICLES:
            raise SystemExit("--write-floors records the whole benchmark: drop --article and --root")
        _write_floors(scores)
    return 0


def _write_floors(scores) -> None:
    """Record the floors of the pooled test figures."""
    import datetime as dt

    from benchmarks.extraction import report
    from benchmarks.extraction.floors import FLOORS, write_floors
    from benchmarks.extraction.score import pool

    test = [s for s in scores if s.split == "test"]
    if not test:
        raise SystemExit("--write-floors needs the test split (use --split test or all)")
    write_floors(report.figures(pool(test)), dt.date.today().isoformat())
    print(f"wrote {FLOORS}")


def main(argv: list[str] | None = None) -> int:
    """Run the command line and return its exit status."""
    args = parse_args(argv)
    if args.lint:
        from benchmarks.extraction.lint import run_lint

        return run_lint(args.root)
    if args.table:
        from benchmarks.extraction.table import update_readme

        print(f"updated {update_readme(args.root)}")
        return 0
    return run_scores(args)


if __name__ == "__main__":
    sys.exit(main())
