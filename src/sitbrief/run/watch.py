"""Watch inputs and the layout, rebuilding when a file changes (inotify/FSEvents via watchfiles).

What goes in: the paths to watch (files or folders), the build options and a `rebuild` callable.
It builds once, then waits for file-system events and rebuilds once a burst of changes has
settled. Folders are watched rather than single files, so editors that save by writing a new
file and renaming it over the old one are followed. Hidden files (editor swap files, sitbrief's
own temporaries) and the output folder are ignored. Errors of a round are printed and watching
goes on; Ctrl-C ends it with exit 130, as for any interrupted command.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable
from pathlib import Path

import click

from sitbrief.core.errors import SitbriefError

INTERVAL = 0.5  # how long changes must be quiet before a rebuild (seconds)
INTERRUPTED = 130


def watch_and_build(paths: list[Path], options, rebuild: Callable[[], object], interval: float = INTERVAL,
                    max_builds: int | None = None, stop: threading.Event | None = None) -> None:
    """Run `rebuild` now and after every change to `paths` or the layout, until Ctrl-C (exit 130)."""
    builds = 0
    roots = watched_roots(paths, options)
    try:
        while True:
            before = file_state(roots, options.out)
            _run(rebuild)
            builds += 1
            if max_builds is not None and builds >= max_builds:
                return
            roots = watched_roots(paths, options)
            click.echo(f"watching {len(roots)} path(s) for changes; Ctrl-C to stop", err=True)
            if not wait_for_change(roots, options.out, interval, stop, before):
                return
    except KeyboardInterrupt:
        click.echo("stopped watching", err=True)
        raise SystemExit(INTERRUPTED) from None


def _run(rebuild: Callable[[], object]) -> None:
    """Run one round, printing its error instead of ending the watch."""
    try:
        rebuild()
    except SitbriefError as exc:
        click.echo(f"sitbrief: error: {' '.join(str(exc).split())}", err=True)
    except SystemExit:
        pass


def watched_roots(paths: list[Path], options) -> list[Path]:
    """Return the inputs plus the folders of the layout chain (when the layout loads)."""
    roots = [Path(p) for p in paths]
    try:
        from sitbrief.layout import load_layout

        roots += list(load_layout(options.layout).chain)
    except SitbriefError:
        if options.layout and Path(options.layout).is_dir():
            roots.append(Path(options.layout))
    return list(dict.fromkeys(roots))


class ChangeFilter:
    """Which file-system events count: files under the watched roots, not hidden, not outputs."""

    def __init__(self, roots: list[Path], out: Path | None) -> None:
        self.files = {r.resolve() for r in roots if not r.is_dir()}
        self.folders = [r.resolve() for r in roots if r.is_dir()]
        self.out = Path(out).resolve() if out else None

    def __call__(self, change: object, path: str) -> bool:
        """Tell whether a change to `path` should trigger a rebuild."""
        file = Path(path).resolve()
        if self.out and file.is_relative_to(self.out):
            return False
        if file in self.files:
            return True
        root = next((f for f in self.folders if file.is_relative_to(f)), None)
        return root is not None and not _hidden(file, root)


def watch_targets(roots: list[Path]) -> list[Path]:
    """Return the folders to watch: each folder root, and the folder holding each file root."""
    targets = [r if r.is_dir() else r.parent for r in (p.resolve() for p in roots)]
    return [t for t in dict.fromkeys(targets) if t.exists()]


def wait_for_change(roots: list[Path], out: Path | None, interval: float,
                    stop: threading.Event | None = None, since: dict | None = None) -> bool:
    """Block until a relevant change has settled for `interval`; False when `stop` was set.

    `since` is the `file_state` taken before the last build: once the watcher is running, a
    file that changed while that build ran (before anything watched) counts as a change too.
    """
    from watchfiles import watch

    targets = watch_targets(roots)
    if not targets:
        raise SitbriefError("nothing to watch: none of the inputs or layout folders exists")
    step = max(int(interval * 1000), 10)
    for changes in watch(*targets, watch_filter=ChangeFilter(roots, out), debounce=step * 4, step=step,
                         stop_event=stop, raise_interrupt=True, yield_on_timeout=True,
                         rust_timeout=max(step * 4, 200)):
        if changes or (since is not None and file_state(roots, out) != since):
            return True
        since = None
    return False


def file_state(roots: list[Path], out: Path | None) -> dict[str, tuple[int, int]]:
    """Return (mtime, size) of every watched file that is not hidden and not an output."""
    keep = ChangeFilter(roots, out)
    state = {}
    for root in roots:
        files = [root] if not root.is_dir() else (Path(b) / n for b, _, ns in os.walk(root) for n in ns)
        for file in files:
            with contextlib.suppress(OSError):
                if keep(None, str(file)):
                    info = file.stat()
                    state[str(file)] = (info.st_mtime_ns, info.st_size)
    return state


def _hidden(file: Path, root: Path) -> bool:
    """Tell whether `file` is hidden, or inside a hidden folder below `root`."""
    parts = file.relative_to(root).parts if file != root else (file.name,)
    return any(part.startswith(".") for part in parts)
