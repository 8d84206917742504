"""Watch inputs and the layout, rebuilding when a file changes (polling; no extra dependency).

What goes in: the paths to watch (files or folders), the build options and a `rebuild` callable.
It builds once, then polls file sizes and mtimes every half second and rebuilds after a change
has settled. Errors of a round are printed and watching goes on; Ctrl-C ends it cleanly (exit 0).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import click

from sitbrief.core.errors import SitbriefError

INTERVAL = 0.5
Snapshot = dict[str, tuple[int, int]]


def watch_and_build(paths: list[Path], options, rebuild: Callable[[], object], interval: float = INTERVAL,
                    max_builds: int | None = None) -> None:
    """Run `rebuild` now and after every change to `paths` or the layout, until Ctrl-C."""
    builds = 0
    try:
        while True:
            _run(rebuild)
            builds += 1
            if max_builds is not None and builds >= max_builds:
                return
            roots = watched_roots(paths, options)
            click.echo(f"watching {len(roots)} path(s) for changes; Ctrl-C to stop", err=True)
            wait_for_change(roots, snapshot(roots, options.out), options.out, interval)
    except KeyboardInterrupt:
        click.echo("stopped watching", err=True)


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


def snapshot(roots: list[Path], out: Path | None = None) -> Snapshot:
    """Return (mtime, size) of every file under `roots`, skipping hidden files and the output folder."""
    skip = Path(out).resolve() if out else None
    seen: Snapshot = {}
    for root in roots:
        files = [root] if root.is_file() else root.rglob("*") if root.is_dir() else []
        for file in files:
            if _hidden(file, root) or (skip and file.resolve().is_relative_to(skip)):
                continue
            try:
                info = file.stat()
            except OSError:
                continue
            seen[str(file)] = (info.st_mtime_ns, info.st_size)
    return seen


def _hidden(file: Path, root: Path) -> bool:
    """Tell whether `file` is hidden, or inside a hidden folder below `root`."""
    parts = file.relative_to(root).parts if file != root else (file.name,)
    return any(part.startswith(".") for part in parts)


def wait_for_change(roots: list[Path], before: Snapshot, out: Path | None, interval: float) -> Snapshot:
    """Poll until the snapshot differs from `before` and then stays the same for one interval."""
    while True:
        time.sleep(interval)
        now = snapshot(roots, out)
        if now == before:
            continue
        while True:
            time.sleep(interval)
            settled = snapshot(roots, out)
            if settled == now:
                return settled
            now = settled
