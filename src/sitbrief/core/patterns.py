"""Compiled regular expressions kept between runs, so a cold build skips re's Python compiler.

sitbrief's stages compile about 900 patterns as they are imported: a quarter of a cold single
build's CPU. `re` parses each pattern and turns it into opcodes in pure Python, then hands them
to `_sre.compile`, a cheap C call that also checks them. The opcodes depend only on the pattern,
its flags and the Python build, so they are kept in a marshal file in the user's cache folder
(`$XDG_CACHE_HOME/sitbrief`, named after the Python build and `_sre`'s version) and handed to
`_sre.compile` directly next time: the same pattern objects, made without the parse.

The file holds the patterns the last run compiled (patterns made from an article's names come and
go with it; forked batch workers add none, and a run keeps at most MAX_ENTRIES) and is rewritten,
atomically, only when a run compiled one it lacked. A missing,
stale, unreadable or unwritable file only means patterns are compiled as usual. Set
SITBRIEF_PATTERN_CACHE=0 to turn it off. Python 3.10 (no `re._compiler`) runs without it.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import sys
import tempfile
from pathlib import Path

try:  # Python 3.11+
    import _sre
    from re import _compiler, _constants, _parser
except ImportError:  # pragma: no cover - Python 3.10
    _compiler = None

ENV = "SITBRIEF_PATTERN_CACHE"
MAX_ENTRIES = 4000  # patterns kept per run: the stages' ~1,000 and those of the first articles' names
_state: dict = {}


def cache_folder() -> Path:
    """Return the folder the pattern file lives in (``$XDG_CACHE_HOME/sitbrief``)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sitbrief"


def cache_file() -> Path:
    """Return the pattern file of this Python build."""
    build = hashlib.sha256(f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}".encode()).hexdigest()[:12]
    return cache_folder() / f"patterns-{sys.implementation.cache_tag}-{build}.marshal"


def cache_patterns() -> bool:
    """Serve compiled patterns from the pattern file for the rest of this process; return
    whether the cache is on. Safe to call more than once."""
    if _state or _compiler is None or os.environ.get(ENV, "").strip() in ("0", "off", "no", "false"):
        return bool(_state)
    try:
        path = cache_file()
    except (RuntimeError, KeyError, OSError):  # no home folder to find
        return False
    _state.update(path=path, pid=os.getpid(), known=_load(path), used={}, missed=False,
                  original=_compiler.compile)
    _compiler.compile = _compile
    atexit.register(save)
    return True


def _load(path: Path) -> dict:
    """Return the stored entries, or none when the file is missing or unreadable."""
    try:
        entries = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return entries if isinstance(entries, dict) else {}


def _compile(p, flags=0):
    """Compile a pattern as `re._compiler.compile` does, its opcodes from the file when stored."""
    if not isinstance(p, (str, bytes)) or flags & (_constants.SRE_FLAG_DEBUG | _constants.SRE_FLAG_LOCALE):
        return _state["original"](p, flags)
    key = (p, int(flags))
    entry = _state["known"].get(key)
    if entry is None:
        if os.getpid() != _state["pid"] or len(_state["used"]) >= MAX_ENTRIES:
            return _state["original"](p, flags)  # a forked worker, or a long run: nothing more kept
        entry = _entry(p, flags)
        _state["known"][key] = entry
        _state["missed"] = True
    if os.getpid() == _state["pid"]:
        _state["used"][key] = entry
    try:
        return _sre.compile(p, *entry)
    except (RuntimeError, TypeError, ValueError):  # a damaged entry: compile it afresh
        return _state["original"](p, flags)


def _entry(p, flags: int) -> tuple:
    """Return what `_sre.compile` takes after the pattern: flags, code, groups, both group maps."""
    parsed = _parser.parse(p, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), [int(op) for op in code], parsed.state.groups - 1, groupindex,
            tuple(indexgroup))


def save() -> None:
    """Write the patterns this run compiled, when one was new (only from the installing process)."""
    if not _state or not _state["missed"] or os.getpid() != _state["pid"]:
        return
    path = _state["path"]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(marshal.dumps(_state["used"]))
        os.replace(temp, path)
    except (OSError, ValueError):
        Path(temp).unlink(missing_ok=True)
        return
    _state["missed"] = False
