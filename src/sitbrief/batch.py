"""Run builds over many inputs: expand folders and globs, build in parallel, isolate failures."""

from __future__ import annotations

import glob
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

import click

from sitbrief.build import BuildOptions, BuildResult, build_one
from sitbrief.errors import EXIT_BATCH, InputError, SitbriefError

INPUT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".yaml", ".yml", ".json"}


def expand_inputs(items: list[str]) -> list[Path]:
    """Return the input files named by paths, folders and globs, in order, once each."""
    found: list[Path] = []
    for item in items:
        path = Path(item)
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES
                            and not any(part.startswith(".") for part in p.relative_to(path).parts))
        elif any(c in item for c in "*?["):
            matches = sorted(Path(p) for p in glob.glob(item, recursive=True) if Path(p).is_file())
            if not matches:
                raise InputError(f"{item}: no files match this pattern")
            found += matches
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def _safe_build(path: Path, options: BuildOptions) -> BuildResult:
    """Build one input, turning any failure into a result with a one-line error."""
    try:
        return build_one(path, options)
    except SitbriefError as exc:
        return BuildResult(input=path, error=" ".join(str(exc).split()), exit_code=exc.exit_code)
    except Exception as exc:  # noqa: BLE001 - one bad article never stops the others
        return BuildResult(input=path, error=f"internal error: {type(exc).__name__}: {exc}", exit_code=70)


def run_build(items: list[str], options: BuildOptions, jobs: int | None = None, digest: bool = False,
              watch: bool = False, quiet: bool = False, verbose: bool = False) -> None:
    """Build every input and report; exit non-zero when any failed."""
    paths = expand_inputs(items)
    if not paths:
        raise InputError("no input files found")
    if digest:
        from sitbrief.digest import build_digest

        _report_one(build_digest(paths, options), quiet, verbose)
        return
    if watch:
        from sitbrief.watch import watch_and_build

        watch_and_build(paths, options, lambda: _build_all(paths, options, 1, quiet, verbose, True))
        return
    _build_all(paths, options, jobs, quiet, verbose, False)


def _build_all(paths: list[Path], options: BuildOptions, jobs: int | None, quiet: bool, verbose: bool,
               keep_going: bool) -> None:
    """Build `paths` (one directly, many in a process pool) and report."""
    if len(paths) == 1:
        try:
            result = build_one(paths[0], options)
        except SitbriefError:
            if keep_going:
                return
            raise
        _report_one(result, quiet, verbose)
        return
    results = _parallel(paths, options, jobs or os.cpu_count() or 1, quiet)
    _summarise(results, quiet, verbose, keep_going)


def _parallel(paths: list[Path], options: BuildOptions, jobs: int, quiet: bool) -> list[BuildResult]:
    """Build in `jobs` processes with progress; return results in input order."""
    progress = Progress(len(paths), quiet)
    results: dict[Path, BuildResult] = {}
    if jobs == 1:
        for path in paths:
            results[path] = _safe_build(path, options)
            progress.step(results[path])
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            futures = {pool.submit(_safe_build, path, options): path for path in paths}
            for future in as_completed(futures):
                results[futures[future]] = future.result()
                progress.step(results[futures[future]])
    progress.close()
    return [results[p] for p in paths]


class Progress:
    """A progress bar on a terminal (done/total, rate, ETA), plain lines otherwise."""

    def __init__(self, total: int, quiet: bool) -> None:
        self.total, self.done, self.quiet = total, 0, quiet
        self.start = time.monotonic()
        self.tty = sys.stderr.isatty()

    def step(self, result: BuildResult) -> None:
        """Record one finished input."""
        self.done += 1
        if self.quiet:
            return
        elapsed = time.monotonic() - self.start
        rate = self.done / elapsed if elapsed > 0 else 0.0
        eta = (self.total - self.done) / rate if rate else 0.0
        state = "failed" if result.error else "skipped" if result.skipped else "built"
        if self.tty:
            width = 30
            filled = int(width * self.done / self.total)
            bar = "#" * filled + "-" * (width - filled)
            click.echo(f"\r[{bar}] {self.done}/{self.total} {rate:.1f}/s ETA {eta:.0f}s ", err=True, nl=False)
        else:
            click.echo(f"[{self.done}/{self.total}] {state}: {result.input}", err=True)

    def close(self) -> None:
        """End the progress line."""
        if self.tty and not self.quiet:
            click.echo("", err=True)


def _report_one(result: BuildResult, quiet: bool, verbose: bool) -> None:
    """Print what one build wrote and its warnings (once each)."""
    for warning in result.warnings:
        click.echo(f"sitbrief: warning: {result.input.name}: {warning}", err=True)
    if quiet:
        return
    verb = "unchanged" if result.skipped else "wrote"
    for output in result.outputs:
        click.echo(f"{verb} {output}")


def _summarise(results: list[BuildResult], quiet: bool, verbose: bool, keep_going: bool) -> None:
    """Print the outcome of a batch and exit 4 when any input failed."""
    built = [r for r in results if not r.error and not r.skipped]
    skipped = [r for r in results if r.skipped]
    failed = [r for r in results if r.error]
    for result in results:
        if verbose or (result.warnings and not quiet):
            for warning in result.warnings:
                click.echo(f"sitbrief: warning: {result.input.name}: {warning}", err=True)
        if verbose and not result.error:
            for output in result.outputs:
                click.echo(f"{'unchanged' if result.skipped else 'wrote'} {output}")
    if not quiet:
        click.echo(f"{len(built)} built, {len(skipped)} unchanged, {len(failed)} failed", err=True)
    for result in failed:
        click.echo(f"sitbrief: error: {result.input}: {result.error}", err=True)
    if failed and not keep_going:
        sys.exit(EXIT_BATCH)
