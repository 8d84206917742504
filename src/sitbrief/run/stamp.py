"""Build stamps: the content hash of everything a build's outputs depend on, kept beside them.

What goes in: an input's bytes, the layout folders' files, the sitbrief version and the options
that change the outputs. What comes out: a key, and a small JSON stamp in ``<out>/.sitbrief/``
recording the key, the outputs (with size and mtime) and the warnings of the last good build.
Just before the outputs replace the old ones, the stamp says so (``landing``); a build killed
between the renames leaves it so, and the next run rebuilds and tells the user.
The layout is hashed once per process and re-hashed only when one of its files changes.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from sitbrief import __version__
from sitbrief.core.errors import LayoutError
from sitbrief.core.files import hash_capped, special_kind

STAMP_DIR = ".sitbrief"
TORN_LANDING = ("the last build of this input was stopped while its outputs were being replaced, so "
                "its PDF and deck may have come from different builds; both were built again now")

_FINGERPRINTS: dict[tuple, str] = {}
# Inputs over their cap are refused when read; hashing more than the cap would change nothing.
MAX_HASHED_INPUT = 64 * 1024 * 1024
MAX_HASHED_LAYOUT_FILE = 64 * 1024 * 1024
MAX_LAYOUT_FILES = 10_000


@dataclass
class Stamp:
    """What a previous build of one input recorded."""

    key: str
    outputs: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def layout_fingerprint(chain: list[Path]) -> str:
    """Return the hash of every file in the layout folders (cached until a file changes)."""
    listing = tuple(_listing(chain))
    if listing not in _FINGERPRINTS:
        digest = hashlib.sha256()
        for folder, rel, size, mtime in listing:
            digest.update(rel.encode())
            if size > MAX_HASHED_LAYOUT_FILE:  # never used as is (assets are capped): note it only
                digest.update(f"{size}:{mtime}".encode())
            else:
                digest.update(hash_capped(Path(folder) / rel, size, "a layout file", LayoutError))
        if len(_FINGERPRINTS) >= 8:
            _FINGERPRINTS.clear()
        _FINGERPRINTS[listing] = digest.hexdigest()
    return _FINGERPRINTS[listing]


def _listing(chain: list[Path]):
    """Yield (folder, relative path, size, mtime) of each regular file in the layout folders.

    Symlinks that lead out of their layout folder, FIFOs and devices are skipped: a layout can
    never use them (assets must stay inside the folder and be regular files), so they cannot
    change its outputs, and reading them could hang or never end.
    """
    count = 0
    for folder in chain:
        root = Path(folder).resolve()
        for base, dirs, files in os.walk(root):
            dirs.sort()
            for name in sorted(files):
                file = Path(base) / name
                try:
                    target = file.resolve()
                    info = file.stat()
                except (OSError, RuntimeError):
                    continue
                if not target.is_relative_to(root) or special_kind(info.st_mode):
                    continue
                count += 1
                if count > MAX_LAYOUT_FILES:
                    raise LayoutError(f"layout folder {folder}: over {MAX_LAYOUT_FILES} files; "
                                      "keep only the layout's own files in it")
                yield str(folder), file.relative_to(root).as_posix(), info.st_size, info.st_mtime_ns


def options_text(options) -> str:
    """Return the options that change the outputs, as stable text."""
    since = getattr(options, "since", None)  # the previous brief's facts: their content counts
    previous = hash_capped(Path(since), MAX_HASHED_INPUT, "a fact file").hex() if since else None
    return json.dumps([list(options.formats), str(options.published), options.source, options.encoding, previous])


@functools.cache
def code_fingerprint() -> str:
    """Return a hash of sitbrief's own files (name, size, mtime): a changed writer rebuilds everything."""
    package = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for file in sorted(package.rglob("*.py")):
        stat = file.stat()
        digest.update(f"{file.relative_to(package)}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()


def input_key(path: Path, fingerprint: str, options) -> str:
    """Return the key of one input: its bytes (up to any input cap), layout, version, options."""
    from sitbrief.read.decode import size_limit

    limit = max(MAX_HASHED_INPUT, size_limit())
    data = hash_capped(Path(path), limit, "an article or fact file")
    digest = hashlib.sha256()
    parts = (__version__.encode(), code_fingerprint().encode(), fingerprint.encode(),
             options_text(options).encode())
    for part in parts:
        digest.update(hashlib.sha256(part).digest())
    digest.update(data)
    return digest.hexdigest()


def stamp_file(out: Path, ident: str) -> Path:
    """Return where the stamp of `ident` (an input's resolved path, or a digest id) lives."""
    name = hashlib.sha1(ident.encode()).hexdigest()[:16]
    return Path(out) / STAMP_DIR / f"{name}.json"


def fresh_stamp(out: Path, ident: str, key: str) -> Stamp | None:
    """Return the stamp of an identical previous build whose outputs are untouched, else None."""
    try:
        data = json.loads(stamp_file(out, ident).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("key") != key or not data.get("outputs") \
            or data.get("landing"):
        return None
    outputs = data["outputs"]
    if not all(isinstance(o, dict) and _untouched(o) for o in outputs):
        return None
    return Stamp(key, [Path(o["path"]) for o in outputs], list(data.get("warnings", [])))


def _untouched(output: dict) -> bool:
    """Tell whether an output file is still the one the build wrote (same size and mtime)."""
    try:
        info = Path(output["path"]).stat()
    except (OSError, KeyError, TypeError):
        return False
    return [info.st_size, info.st_mtime_ns] == [output.get("size"), output.get("mtime_ns")]


def mark_landing(out: Path, ident: str, key: str, outputs: list[Path]) -> None:
    """Record that the outputs of `ident` are about to be replaced (one by one: not atomic together)."""
    from sitbrief.run.atomic import write_text

    write_text(stamp_file(out, ident), json.dumps({
        "input": ident, "key": key, "version": __version__, "landing": True,
        "outputs": [{"path": str(p)} for p in outputs]}, indent=1))


def landing_interrupted(out: Path, ident: str) -> bool:
    """Tell whether the last build of `ident` was killed while replacing its outputs."""
    try:
        data = json.loads(stamp_file(out, ident).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and data.get("landing") is True and len(data.get("outputs") or []) > 1


def write_stamp(out: Path, ident: str, key: str, outputs: list[Path], warnings: list[str]) -> None:
    """Record a good build of `ident` (atomically)."""
    from sitbrief.run.atomic import write_text

    files = []
    for path in outputs:
        info = Path(path).stat()
        files.append({"path": str(path), "size": info.st_size, "mtime_ns": info.st_mtime_ns})
    write_text(stamp_file(out, ident), json.dumps({"input": ident, "key": key, "version": __version__,
                                                   "outputs": files, "warnings": warnings}, indent=1))
