"""Build a merged story: several reports of one story in, one fact model, one report and deck out.

Unlike a digest, a story leaves no report out: an input that cannot be read stops the build with
one line naming it, since a brief that silently lost a source would misstate the support of
every fact. Like single builds, a story whose inputs, layout and version are unchanged is skipped.
"""

from __future__ import annotations

from pathlib import Path

from sitbrief.core.errors import InputError, SitbriefError
from sitbrief.run.build import (
    BuildOptions,
    BuildResult,
    check_strict,
    layout_key,
    linted,
    load_input,
    previous_facts,
    unnamed,
    write_outputs,
)
from sitbrief.run.digest import digest_ident, digest_key
from sitbrief.run.stamp import fresh_stamp, write_stamp


def merged_facts(paths: list[Path], options: BuildOptions):
    """Return the merged Facts of the reports `paths` (articles or single-report fact files)."""
    from sitbrief.facts.merge import merge_facts

    paths = [Path(p) for p in paths]
    if len(paths) < 2:
        raise InputError(f"--merge needs two or more reports of one story; got {len(paths)}")
    if options.source:
        raise InputError("--source names one outlet; with --merge each report keeps its own "
                         "(edit `sources` in the merged fact file instead)")
    reports = [_report(path, options) for path in paths]
    return merge_facts(reports, [str(p) for p in paths])


def _report(path: Path, options: BuildOptions):
    """Return one report's Facts, or raise InputError naming the file."""
    if not path.is_file():
        raise InputError(f"{path}: cannot be merged: " + ("no such file" if not path.exists() else "not a file"))
    try:
        return load_input(path, options)
    except SitbriefError as exc:
        raise type(exc)(f"{path}: cannot be merged: {unnamed(path, ' '.join(str(exc).split()))}") from None


def build_story(paths: list[Path], options: BuildOptions) -> BuildResult:
    """Build one report and deck from the reports `paths` of one story; raise on any bad input."""
    from sitbrief.compose.lint import wording_findings
    from sitbrief.compose.single import compose
    from sitbrief.layout import load_layout

    paths = [Path(p) for p in paths]
    layout = load_layout(options.layout)
    ident = digest_ident(paths, "story")
    key = digest_key(paths, layout_key(layout), options)
    if not options.force and (stamp := fresh_stamp(options.out, ident, key)):
        check_strict(Path(ident), options, stamp.warnings)
        return BuildResult(input=Path(ident), outputs=stamp.outputs, warnings=stamp.warnings, skipped=True)
    from sitbrief.compose.series import saved_facts

    facts = merged_facts(paths, options)
    previous = previous_facts(options)
    brief = compose(facts, layout, previous)
    brief.warnings += linted(facts, layout, Path(ident)) + [f.text() for f in wording_findings(brief, facts, layout)]
    result = BuildResult(input=Path(brief.filename))
    result.outputs, result.warnings = write_outputs(brief, layout, options, Path(brief.filename),
                                                    saved_facts(facts, brief, previous))
    write_stamp(options.out, ident, key, result.outputs, result.warnings)
    return result

