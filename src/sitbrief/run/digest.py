"""Build a digest: many inputs in, one combined situation report and deck out.

An input that cannot be read or extracted is left out and named in the warnings (the exit code
then says some failed); the digest is built from the rest. Like single builds, a digest whose
inputs, layout and version are unchanged is skipped.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from sitbrief.core.errors import EXIT_BATCH, InputError, SitbriefError
from sitbrief.run.build import (
    BuildOptions,
    BuildResult,
    check_strict,
    layout_key,
    load_input,
    unnamed,
    write_outputs,
)
from sitbrief.run.stamp import fresh_stamp, input_key, write_stamp


def build_digest(paths: list[Path], options: BuildOptions) -> BuildResult:
    """Build one report and deck for all of `paths`; raise InputError when none can be read."""
    from sitbrief.layout import load_layout

    paths = [Path(p) for p in paths]
    layout = load_layout(options.layout)
    ident = digest_ident(paths)
    key = digest_key(paths, layout_key(layout), options)
    if not options.force and (stamp := fresh_stamp(options.out, ident, key)):
        check_strict(Path(ident), options, stamp.warnings)
        return BuildResult(input=Path(ident), outputs=stamp.outputs, warnings=stamp.warnings, skipped=True,
                           named=True)
    facts_list, names, problems = load_all(paths, options)
    check_strict(Path(ident), options, problems)
    from sitbrief.compose.digest import compose_digest

    brief = compose_digest(facts_list, layout, names)
    result = BuildResult(input=Path(ident), named=True)
    article_warnings = set(brief.warnings)
    outputs, warnings = write_outputs(brief, layout, options, Path(brief.filename))
    result.outputs = outputs
    # warnings of the articles already name their file; the writers' name the digest itself
    result.warnings = problems + [w if w in article_warnings else f"{brief.filename}: {w}" for w in warnings]
    if problems:
        result.exit_code = EXIT_BATCH
    else:
        write_stamp(options.out, ident, key, result.outputs, result.warnings)
    return result


def load_all(paths: list[Path], options: BuildOptions) -> tuple[list, list[str], list[str]]:
    """Return the Facts of every readable input, their file names, and one message per input left out."""
    facts_list, names, problems = [], [], []
    for path in paths:
        try:
            facts_list.append(load_input(path, options))
            names.append(str(path))
        except Exception as exc:  # noqa: BLE001 - one bad article never stops the digest
            kind = "" if isinstance(exc, SitbriefError) else f"internal error: {type(exc).__name__}: "
            message = " ".join(str(exc).split())
            problems.append(f"{path}: left out of the digest: {kind}{unnamed(path, message)}")
    if not facts_list:
        raise InputError(f"no input could be read for the digest; {problems[0] if problems else ''}")
    return facts_list, names, problems


def digest_ident(paths: list[Path], kind: str = "digest") -> str:
    """Return the stamp identity of a digest (or merged story, `kind`): its kind plus a hash of its input paths."""
    names = "\n".join(str(p.resolve()) for p in paths)
    return f"{kind}-{hashlib.sha1(names.encode()).hexdigest()[:12]}"


def digest_key(paths: list[Path], fingerprint: str, options: BuildOptions) -> str:
    """Return the hash of everything the digest depends on: each input's key, in order."""
    digest = hashlib.sha256()
    for path in paths:
        try:
            digest.update(input_key(path, fingerprint, options).encode())
        except InputError:
            digest.update(b"unreadable")
    return digest.hexdigest()
