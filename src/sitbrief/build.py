"""Build one brief: read the input (article or reviewed facts), compose, write PDF and/or PPTX.

Each output is written atomically by its writer; a stamp beside the outputs records the content
hash of input, layout and sitbrief version so an unchanged input is skipped next time.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sitbrief import __version__
from sitbrief.errors import InputError, StrictError
from sitbrief.facts import Facts

FORMATS = ("pdf", "pptx")
STAMP_DIR = ".sitbrief"


@dataclass
class BuildOptions:
    """What the user asked for, shared by every input of a run."""

    layout: str | Path | None = None
    out: Path = Path("decks")
    formats: tuple[str, ...] = FORMATS
    published: date | None = None
    source: str | None = None
    encoding: str | None = None
    strict: bool = False
    force: bool = False


@dataclass
class BuildResult:
    """What happened to one input."""

    input: Path
    outputs: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped: bool = False
    error: str | None = None
    exit_code: int = 0


def load_input(path: Path, options: BuildOptions) -> Facts:
    """Return the Facts of an article (extracted now) or a reviewed fact file."""
    from sitbrief.factsio import FACT_SUFFIXES, load_facts

    if path.suffix.lower() in FACT_SUFFIXES:
        facts = load_facts(path)
        return _override(facts, options)
    from sitbrief.article import read_article
    from sitbrief.extract import extract_facts

    return extract_facts(read_article(path, encoding=options.encoding), options.published, options.source)


def _override(facts: Facts, options: BuildOptions) -> Facts:
    """Apply --published/--source to a fact file."""
    if options.published:
        facts.article.published = options.published.isoformat()
    if options.source:
        facts.article.source = options.source
    return facts


def build_one(path: Path, options: BuildOptions, layout=None) -> BuildResult:
    """Build the outputs of one input; raise SitbriefError on failure."""
    from sitbrief.compose import compose
    from sitbrief.layout import load_layout

    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    layout = layout or load_layout(options.layout)
    key = stamp_key(path, layout, options)
    result = BuildResult(input=path)
    if not options.force and (outputs := _fresh(path, options.out, key)):
        result.outputs, result.skipped = outputs, True
        return result
    facts = load_input(path, options)
    _make_out(options.out)
    brief = compose(facts, layout)
    theme = layout.theme()
    warnings = list(layout.warnings) + list(brief.warnings)
    if options.strict and warnings:
        raise StrictError(f"{path}: {warnings[0]} (--strict turns warnings into errors)")
    for fmt in options.formats:
        target = options.out / f"{brief.filename}.{fmt}"
        warnings += _writer(fmt)(brief, theme, target)
        result.outputs.append(target)
    result.warnings = list(dict.fromkeys(warnings))
    if options.strict and result.warnings:
        raise StrictError(f"{path}: {result.warnings[0]} (--strict turns warnings into errors)")
    _write_stamp(path, options.out, key, result.outputs)
    return result


def _make_out(out: Path) -> None:
    """Create the output folder, or explain why it cannot be."""
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{out}: cannot create the output folder: {exc.strerror}") from None


def _writer(fmt: str):
    """Return the writer function for `fmt` (imported on first use)."""
    if fmt == "pdf":
        from sitbrief.render.pdf import write_pdf

        return write_pdf
    from sitbrief.render.pptx import write_pptx

    return write_pptx


def stamp_key(path: Path, layout, options: BuildOptions) -> str:
    """Return the hash of everything an input's outputs depend on."""
    digest = hashlib.sha256()
    digest.update(__version__.encode())
    digest.update(path.read_bytes())
    for folder in layout.chain:
        for file in sorted(Path(folder).rglob("*")):
            if file.is_file():
                digest.update(str(file.relative_to(folder)).encode())
                digest.update(hashlib.sha256(file.read_bytes()).digest())
    digest.update(json.dumps([list(options.formats), str(options.published), options.source,
                              options.encoding]).encode())
    return digest.hexdigest()


def _stamp_path(path: Path, out: Path) -> Path:
    name = hashlib.sha1(str(path.resolve()).encode()).hexdigest()[:16]
    return out / STAMP_DIR / f"{name}.json"


def _fresh(path: Path, out: Path, key: str) -> list[Path] | None:
    """Return the outputs of a previous identical build, if they are all still there."""
    try:
        stamp = json.loads(_stamp_path(path, out).read_text())
    except (OSError, ValueError):
        return None
    outputs = [Path(p) for p in stamp.get("outputs", [])]
    if stamp.get("key") == key and outputs and all(p.exists() for p in outputs):
        return outputs
    return None


def _write_stamp(path: Path, out: Path, key: str, outputs: list[Path]) -> None:
    from sitbrief.atomic import write_text

    write_text(_stamp_path(path, out), json.dumps({"input": str(path), "key": key,
                                                   "outputs": [str(p) for p in outputs]}))
