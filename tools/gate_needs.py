"""Build ``src/sitbrief/text/data/gate_needs.json``: what every match of each gated pattern holds.

`sitbrief.text.gate` reads a pattern's needs from the parsed pattern, which costs about what
compiling it does: in a single cold build, about a hundred patterns. This records the needs of
every pattern the gate checks while extracting the seeds, the fixture articles, the dev articles of
the extraction benchmark and generated ones, so that a build looks them up instead. A pattern
edited later is missing from the file and read at run time, so the file only ever saves time;
rerun this after changing rules (development time only):

    python tools/gate_needs.py
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "sitbrief" / "text" / "data" / "gate_needs.json"


def articles(generated: Path) -> list[Path]:
    """Return the articles to extract: seeds, fixtures, the benchmark's dev part, generated ones."""
    folders = [ROOT / "seeds", ROOT / "tests" / "fixtures" / "articles",
               ROOT / "benchmarks" / "extraction" / "articles" / "dev", generated]
    return [p for folder in folders for p in sorted(folder.rglob("*.txt"))]


def gated_patterns(paths: list[Path]) -> set[tuple[str, int]]:
    """Return every (pattern, flags) the gate is asked about while extracting `paths`."""
    from sitbrief.extract import extract_facts
    from sitbrief.read.article import read_article
    from sitbrief.text import gate

    seen: set[tuple[str, int]] = set()
    reading = gate.needs

    def recording(pattern):
        seen.add((pattern.pattern, int(pattern.flags)))
        return reading(pattern)

    gate.needs = recording
    try:
        for path in paths:
            extract_facts(read_article(path))
    finally:
        gate.needs = reading
    return seen


def main() -> None:
    """Extract the articles and write the needs of every pattern the gate checked."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import generate

    from sitbrief.text.gate import pattern_key, read_needs

    with tempfile.TemporaryDirectory() as tmp:
        generate.generate(60, Path(tmp), seed=1)
        patterns = gated_patterns(articles(Path(tmp)))
    table = {pattern_key(source, flags): read_needs(source, flags) for source, flags in patterns}
    OUT.write_text(json.dumps({"needs": dict(sorted(table.items()))}, separators=(",", ":")) + "\n")
    print(f"wrote the needs of {len(table)} patterns to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
