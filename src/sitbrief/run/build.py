"""Build one brief: read the input (article or reviewed facts), compose, write PDF and/or PPTX.

Each output is written atomically by its writer; a stamp beside the outputs records the content
hash of input, layout and sitbrief version so an unchanged input is skipped next time. The skip
path loads no theme, fonts or renderers.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from sitbrief.core.collector import collector_paused
from sitbrief.core.errors import InputError, LayoutError, StrictError
from sitbrief.core.files import special_kind
from sitbrief.run import atomic
from sitbrief.run.stamp import (
    STAMP_DIR,
    TORN_LANDING,
    fresh_stamp,
    input_key,
    landing_interrupted,
    layout_fingerprint,
    mark_landing,
    write_stamp,
)

if TYPE_CHECKING:  # pragma: no cover
    from sitbrief.compose.brief import Brief
    from sitbrief.facts.model import Facts
    from sitbrief.layout import Layout

FORMATS = ("pdf", "pptx")
_FINGERPRINTS: WeakKeyDictionary = WeakKeyDictionary()
FACTS_SUFFIX = "facts.yaml"  # the fact model saved beside every brief: <name>.facts.yaml
__all__ = ["FORMATS", "STAMP_DIR", "BuildOptions", "BuildResult", "build_one", "fresh_result", "layout_key",
           "stamp_key", "sweep_temp_files"]


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
    since: Path | None = None  # the fact file of the previous brief (--since): list what changed


@dataclass
class BuildResult:
    """What happened to one input."""

    input: Path
    outputs: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped: bool = False
    error: str | None = None
    exit_code: int = 0
    named: bool = False  # warnings already name their file (a digest's name each article's)


def name_once(path: Path | str, message: str) -> str:
    """Return `message` led by `path` once (a message that already names the file is not named again)."""
    for lead in (str(path), Path(path).name):
        if re.match(rf"{re.escape(lead)}:\d+: ", message):  # 'file:12: …' names it with its line
            return f"{path}{message[len(lead):]}"
    return f"{path}: {unnamed(path, message)}"


def unnamed(path: Path | str, message: str) -> str:
    """Return `message` without a leading 'path: ' (or 'file name: ')."""
    for lead in (str(path), Path(path).name):
        if message.startswith(f"{lead}: "):
            return message[len(lead) + 2:]
    return message


def load_input(path: Path, options: BuildOptions) -> Facts:
    """Return the Facts of an article (extracted now) or a reviewed fact file."""
    return load_located(path, options)[0]


def load_located(path: Path, options: BuildOptions):
    """Return the Facts of an input and the line of each field (None for an extracted article)."""
    from sitbrief.facts.io import FACT_SUFFIXES, load_facts_located

    if path.suffix.lower() in FACT_SUFFIXES:
        facts, lines = load_facts_located(path)
        return _override(facts, options), lines
    from sitbrief.extract import extract_facts
    from sitbrief.read.article import read_article

    article = read_article(path, encoding=options.encoding)
    return extract_facts(article, options.published, options.source), None


def linted(facts: Facts, layout: Layout, path: Path, lines=None) -> list[str]:
    """Return the estimative-language findings of `facts` as warnings; raise on a likelihood off the scale."""
    from sitbrief.compose.lint import lint_facts
    from sitbrief.core.errors import FactsError

    findings = lint_facts(facts, layout, lines)
    errors = [f for f in findings if f.error]
    if errors:
        more = f" (+{len(errors) - 1} more; `sitbrief lint` lists them all)" if len(errors) > 1 else ""
        raise FactsError(errors[0].text(str(path)) + more)
    return [f.text() for f in findings]


def _override(facts: Facts, options: BuildOptions) -> Facts:
    """Apply --published/--source to a fact file."""
    if options.published:
        facts.article.published = options.published.isoformat()
        facts.article.published_from = "option"
    if options.source:
        facts.article.source = options.source
    return facts


def build_one(path: Path, options: BuildOptions, layout=None) -> BuildResult:
    """Build the outputs of one input (skipped when unchanged); raise SitbriefError on failure."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file" if not path.exists() else
                         f"{path}: is {special_kind(path.stat().st_mode)}, not an article")
    if layout is None:
        from sitbrief.layout import load_layout

        layout = load_layout(options.layout)
    if options.since is not None:
        from sitbrief.run.previous import check_previous_path

        check_previous_path(options.since)
    key = stamp_key(path, layout, options)
    if not options.force and (result := fresh_result(path, options, key)):
        return result
    with collector_paused():
        return _build(path, options, layout, key)


def _build(path: Path, options: BuildOptions, layout: Layout, key: str) -> BuildResult:
    """Build the outputs of one input that is not fresh (the collector paused by `build_one`)."""
    from sitbrief.compose.single import compose

    facts, lines = load_located(path, options)
    findings = linted(facts, layout, path, lines)
    previous = previous_facts(options)
    brief = compose(facts, layout, previous)
    from sitbrief.compose.lint import wording_findings
    from sitbrief.compose.series import saved_facts

    brief.warnings += findings + [f.text() for f in wording_findings(brief, facts, layout)]
    result = BuildResult(input=path)
    torn = landing_interrupted(options.out, ident(path))
    result.outputs, result.warnings = write_outputs(
        brief, layout, options, path, saved_facts(facts, brief, previous),
        landing=lambda targets: mark_landing(options.out, ident(path), key, targets))
    write_stamp(options.out, ident(path), key, result.outputs, result.warnings)
    if torn:
        result.warnings.append(TORN_LANDING)
    return result


def stamp_key(path: Path, layout: Layout, options: BuildOptions) -> str:
    """Return the hash of everything an input's outputs depend on."""
    return input_key(path, layout_key(layout), options)


def layout_key(layout: Layout) -> str:
    """Return the hash of a layout's files; a loaded Layout is a snapshot, so once per object."""
    if layout not in _FINGERPRINTS:
        _FINGERPRINTS[layout] = layout_fingerprint(layout.chain)
    return _FINGERPRINTS[layout]


def ident(path: Path) -> str:
    """Return the identity of an input in the stamp folder (its resolved path)."""
    return str(Path(path).resolve())


def fresh_result(path: Path, options: BuildOptions, key: str) -> BuildResult | None:
    """Return a 'skipped' result when an identical build's outputs are still there, else None."""
    stamp = fresh_stamp(options.out, ident(path), key)
    if stamp is None:
        return None
    check_strict(path, options, stamp.warnings)
    return BuildResult(input=Path(path), outputs=stamp.outputs, warnings=stamp.warnings, skipped=True)


def previous_facts(options: BuildOptions) -> Facts | None:
    """Return the Facts of the previous brief (--since), or None."""
    if options.since is None:
        return None
    from sitbrief.run.previous import load_previous

    return load_previous(options.since)


def write_outputs(brief: Brief, layout: Layout, options: BuildOptions, path: Path, facts: Facts | None = None,
                  landing: Callable[[list[Path]], None] | None = None) -> tuple[list[Path], list[str]]:
    """Write `brief` in every requested format, and `facts` beside it as `<name>.facts.yaml`; return
    the outputs and the warnings. All land together, or none replaces a previous good one.

    `landing` is told the outputs just before they replace the old ones (the stamp records it,
    so that a build killed between the renames is found by the next run).
    """
    theme = layout.theme()
    warnings = list(layout.warnings) + list(brief.warnings)
    check_strict(path, options, warnings)
    staged: list[tuple[Path, Path]] = []
    try:
        for fmt in options.formats:
            if Path(brief.filename).name != brief.filename or brief.filename.startswith("."):
                raise LayoutError(f"output file name {brief.filename!r} is not one plain file name")
            target = Path(options.out) / f"{brief.filename}.{fmt}"
            temp = target.with_name(f".{target.stem}.{os.getpid()}.staged.{fmt}")
            staged.append((temp, target))
            with atomic.named_for(target):
                warnings += _writer(fmt)(brief, theme, temp)
        if facts is not None:
            staged.append(_stage_facts(facts, Path(options.out), brief.filename))
        warnings = list(dict.fromkeys(warnings))
        check_strict(path, options, warnings)
        if landing is not None:
            landing([target for _, target in staged])
        for temp, target in staged:
            with atomic.named_for(target):
                os.replace(temp, target)
    finally:
        for temp, _ in staged:
            with contextlib.suppress(OSError):
                temp.unlink()
    return [target for _, target in staged], warnings


def _stage_facts(facts: Facts, out: Path, name: str) -> tuple[Path, Path]:
    """Write `facts` to a staged file in `out`; return (staged file, `<name>.facts.yaml`)."""
    from sitbrief.facts.io import dump_facts

    temp = out / f".{name}.{os.getpid()}.staged.{FACTS_SUFFIX}"
    temp.write_text(dump_facts(facts), encoding="utf-8")
    return temp, out / f"{name}.{FACTS_SUFFIX}"


def check_strict(path: Path, options: BuildOptions, warnings: list[str]) -> None:
    """Raise StrictError under --strict when there is any warning."""
    if options.strict and warnings:
        raise StrictError(f"{path}: {warnings[0]} (--strict turns warnings into errors)")


def _writer(fmt: str):
    """Return the writer function for `fmt` (imported on first use)."""
    if fmt == "pdf":
        from sitbrief.render.pdf.writer import write_pdf

        return write_pdf
    from sitbrief.render.pptx.writer import write_pptx

    return write_pptx


def sweep_temp_files(out: Path) -> list[Path]:
    """Remove temporary files killed builds left in `out` (all when no other build holds it)."""
    return atomic.sweep_temp_files(Path(out), [Path(out), Path(out) / STAMP_DIR])
