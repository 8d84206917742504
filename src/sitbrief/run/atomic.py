"""Atomic file writes: a temporary file in the same folder, then a rename over the target.

Temporary files are hidden (``.name.…part``, ``.stem.PID.staged.pdf``); a failure while writing or
renaming one is reported under the name of the file it stands for, never its own.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from sitbrief.core.errors import InputError

# `.NAME.RANDOM.part` / `.NAME.RANDOM.tmp` (mkstemp) and `.STEM.PID.staged.FMT` (build staging)
_TEMP_PART = re.compile(r"^\.(?P<name>.+)\.[^.]+\.(?:part|tmp)$")
_TEMP_STAGED = re.compile(r"^\.(?P<stem>.+)\.\d+\.staged\.(?P<fmt>pdf|pptx|facts\.yaml)$")
_OUTPUT_TEMP = re.compile(r"^\..+\.(pdf|pptx|json|yaml)\.[^.]+\.(part|tmp)$"
                          r"|^\..+\.\d+\.staged\.(pdf|pptx|facts\.yaml)$")
STALE_SECONDS = 600  # a temporary file this old is left by a dead build even if others are running
_HELD: dict[str, int] = {}  # output folders this process holds a shared lock on (until it exits)


def is_temp_name(name: str) -> bool:
    """Tell whether `name` is a temporary file a build leaves only when it is killed."""
    return bool(_OUTPUT_TEMP.match(name))


def sole_builder(out: Path) -> bool:
    """Hold a shared lock on folder `out` until this process ends; tell whether no other build holds one.

    Every build takes it (``flock`` on the folder itself, released by the kernel when a build
    dies, however it dies), so a build that finds it free knows every temporary file is waste.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX: only old files are swept
        return False
    key = str(Path(out).resolve())
    if key not in _HELD:
        if len(_HELD) >= 8:  # a process builds into one folder or a few (tests: many); keep fds bounded
            os.close(_HELD.pop(next(iter(_HELD))))
        try:
            Path(out).mkdir(parents=True, exist_ok=True)
            _HELD[key] = os.open(key, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        except OSError:
            return False
    try:
        fcntl.flock(_HELD[key], fcntl.LOCK_EX | fcntl.LOCK_NB)
        sole = True
    except OSError:
        sole = False
    fcntl.flock(_HELD[key], fcntl.LOCK_SH)
    return sole


def sweep_temp_files(out: Path, folders: list[Path]) -> list[Path]:
    """Remove the temporary files killed builds left in `folders`: all of them when no other build
    holds `out`, else only those older than STALE_SECONDS (the others may be a live build's)."""
    cutoff = float("inf") if sole_builder(out) else time.time() - STALE_SECONDS
    removed = []
    for folder in folders:
        with contextlib.suppress(OSError):
            for entry in folder.iterdir():
                if is_temp_name(entry.name) and entry.is_file() and entry.stat().st_mtime < cutoff:
                    with contextlib.suppress(OSError):
                        entry.unlink()
                        removed.append(entry)
    return removed


def shown_path(path: Path | str) -> Path:
    """Return the file a temporary `path` stands for (itself when it is no temporary file)."""
    path = Path(path)
    while True:
        if match := _TEMP_PART.match(path.name):
            path = path.with_name(match["name"])
        elif match := _TEMP_STAGED.match(path.name):
            path = path.with_name(f"{match['stem']}.{match['fmt']}")
        else:
            return path


@contextlib.contextmanager
def named_for(target: Path) -> Iterator[None]:
    """Turn a file-system failure on `target` or its temporary files into one line naming `target`."""
    try:
        yield
    except OSError as exc:
        names = [shown_path(n) for n in (exc.filename2, exc.filename) if n]
        named = next((n for n in names if n in (Path(target), Path(target).parent)), None)
        if named is None:
            raise
        raise InputError(f"{named}: {exc.strerror or exc}; check the path, its permissions and the "
                         "free disk space") from None


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside `target`; on success it replaces `target`, else it is removed."""
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise InputError(f"{target.parent}: cannot write here: {exc.strerror}") from None
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        with named_for(target):
            yield tmp_path
            os.chmod(tmp_path, file_mode(target))
            os.replace(tmp_path, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp_path.unlink()


def file_mode(target: Path) -> int:
    """Return the mode a new `target` gets: the replaced file's, else 0666 less the umask."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_text(target: Path, text: str) -> None:
    """Write `text` to `target` atomically (UTF-8)."""
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding="utf-8")


def write_bytes(target: Path, data: bytes) -> None:
    """Write `data` to `target` atomically."""
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)
