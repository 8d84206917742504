"""Telling the user how a run goes: a progress bar or plain lines, warnings, outputs and failures.

Progress and warnings go to stderr, written outputs to stdout; ``--quiet`` leaves only errors,
``--verbose`` adds every output path and the warnings of unchanged inputs.
"""

from __future__ import annotations

import sys
import time

import click

from sitbrief.core.errors import EXIT_BATCH
from sitbrief.run.build import BuildResult, name_once

BAR_WIDTH = 30
REDRAW_SECONDS = 0.1


class Progress:
    """A progress bar on a terminal (done/total, rate, ETA), one plain line per input otherwise."""

    def __init__(self, total: int, quiet: bool = False, tty: bool | None = None) -> None:
        self.total, self.done, self.quiet = total, 0, quiet
        self.start = self.drawn = time.monotonic()
        self.tty = sys.stderr.isatty() if tty is None else tty
        self.shown = False

    def step(self, result: BuildResult) -> None:
        """Record one finished input."""
        self.done += 1
        if self.quiet:
            return
        if not self.tty:
            click.echo(f"[{self.done}/{self.total}] {state(result)}: {result.input}", err=True)
            return
        now = time.monotonic()
        if now - self.drawn >= REDRAW_SECONDS or self.done == self.total:
            self.drawn, self.shown = now, True
            click.echo(f"\r{self.bar(now)}", err=True, nl=False)

    def bar(self, now: float) -> str:
        """Return the bar line: bar, done/total, rate and ETA."""
        elapsed = max(now - self.start, 1e-9)
        rate = self.done / elapsed
        eta = (self.total - self.done) / rate if rate else 0.0
        filled = int(BAR_WIDTH * self.done / max(self.total, 1))
        return (f"[{'#' * filled}{'-' * (BAR_WIDTH - filled)}] {self.done}/{self.total} "
                f"{rate:.1f}/s ETA {eta:.0f}s ")

    def close(self) -> None:
        """End the progress line."""
        if self.tty and self.shown and not self.quiet:
            click.echo("", err=True)


def state(result: BuildResult) -> str:
    """Return what happened to an input in one word."""
    return "failed" if result.error else "unchanged" if result.skipped else "built"


class Reporter:
    """Prints results the way --quiet and --verbose ask."""

    def __init__(self, quiet: bool = False, verbose: bool = False) -> None:
        self.quiet, self.verbose = quiet, verbose

    def warnings(self, result: BuildResult) -> None:
        """Print the warnings of one result (those of unchanged inputs only when verbose)."""
        if self.quiet or (result.skipped and not self.verbose):
            return
        for warning in result.warnings:
            text = warning if result.named else name_once(result.input.name, warning)
            click.echo(f"sitbrief: warning: {text}", err=True)

    def outputs(self, result: BuildResult) -> None:
        """Print the files a result wrote (or found unchanged)."""
        verb = "unchanged" if result.skipped else "wrote"
        for output in result.outputs:
            click.echo(f"{verb} {output}")

    def one(self, result: BuildResult) -> None:
        """Report a single build (or a digest)."""
        self.warnings(result)
        if not self.quiet:
            self.outputs(result)
        if result.error:
            click.echo(f"sitbrief: error: {name_once(result.input, result.error)}", err=True)

    def summary(self, results: list[BuildResult], seconds: float) -> int:
        """Report a batch; return 4 when any input failed, else 0."""
        for result in results:
            self.warnings(result)
            if self.verbose and not result.error:
                self.outputs(result)
        failed = [r for r in results if r.error]
        if not self.quiet:
            built = sum(1 for r in results if not r.error and not r.skipped)
            skipped = sum(1 for r in results if r.skipped)
            click.echo(f"{built} built, {skipped} unchanged, {len(failed)} failed in {seconds:.1f} s", err=True)
        for result in failed:
            click.echo(f"sitbrief: error: {name_once(result.input, result.error)}", err=True)
        return EXIT_BATCH if failed else 0
