"""The layout search path: where layouts named by the user are looked for, in order.

Order: directories given by the caller (``--layout DIR``'s folder), the project's ``./layouts/``,
the user config folder, installed packages registering entry point group ``sitbrief.layouts``,
and the layouts shipped with sitbrief.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata, resources, util
from pathlib import Path

ENTRY_POINT_GROUP = "sitbrief.layouts"
LAYOUT_FILE = "layout.yaml"


@dataclass(frozen=True)
class Root:
    """A folder holding layout folders, and where it comes from (for `layouts list`)."""

    path: Path
    origin: str
    only: str | None = None  # the root is itself one layout with this name (entry point)

    def candidate(self, name: str) -> Path | None:
        """Return the folder of layout `name` under this root, or None."""
        if self.only is not None:
            return self.path if name == self.only else None
        folder = self.path / name
        return folder if (folder / LAYOUT_FILE).is_file() else None

    def names(self) -> list[str]:
        """Return the names of the layouts under this root."""
        if self.only is not None:
            return [self.only]
        if not self.path.is_dir():
            return []
        return sorted(p.name for p in self.path.iterdir() if (p / LAYOUT_FILE).is_file())


def builtin_dir() -> Path:
    """Return the folder of the layouts shipped with sitbrief."""
    packaged = resources.files("sitbrief") / "layouts"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[3] / "layouts"


def user_dir() -> Path:
    """Return the user's layout folder (``$XDG_CONFIG_HOME/sitbrief/layouts``)."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "sitbrief" / "layouts"


def entry_point_roots() -> list[Root]:
    """Return roots registered by installed packages under ``sitbrief.layouts``."""
    roots = []
    for ep in _registered(metadata.entry_points):
        folder = _entry_point_folder(ep.value)
        if folder is None:
            continue
        dist = ep.dist.name if ep.dist else ep.name
        only = ep.name if (folder / LAYOUT_FILE).is_file() else None
        roots.append(Root(folder, f"package {dist}", only))
    return roots


@lru_cache(maxsize=1)
def _registered(entry_points) -> tuple:
    """Return the entry points of group ``sitbrief.layouts``, read once per process: reading them
    scans every installed distribution's metadata, and a build asks twice (keyed by the reading
    function, so a test that swaps it in is read afresh)."""
    return tuple(entry_points(group=ENTRY_POINT_GROUP))


def _entry_point_folder(value: str) -> Path | None:
    """Return the folder an entry point value names: a path, or a module's folder."""
    value = value.split(":", 1)[0].strip()
    if "/" in value or os.sep in value:
        return Path(value) if Path(value).is_dir() else None
    try:
        spec = util.find_spec(value)
    except (ImportError, ValueError):
        return None
    if spec is None:
        return None
    if spec.submodule_search_locations:
        folder = Path(list(spec.submodule_search_locations)[0])
    elif spec.origin:
        folder = Path(spec.origin).parent
    else:
        return None
    return folder / "layouts" if (folder / "layouts").is_dir() else folder


def search_roots(extra: list[Path] | None = None) -> list[Root]:
    """Return the search path, highest precedence first."""
    roots = [Root(Path(p), "given") for p in extra or []]
    roots.append(Root(Path.cwd() / "layouts", "project ./layouts"))
    roots.append(Root(user_dir(), "user config"))
    roots.extend(entry_point_roots())
    roots.append(Root(builtin_dir(), "built-in"))
    return _unique(roots)


def _unique(roots: list[Root]) -> list[Root]:
    """Drop later roots that point at the same folder as an earlier one."""
    seen: set[tuple[Path, str | None]] = set()
    kept = []
    for root in roots:
        key = (root.path.resolve(), root.only)
        if key not in seen:
            seen.add(key)
            kept.append(root)
    return kept


def find_all(name: str, roots: list[Root]) -> list[tuple[Path, Root]]:
    """Return every folder of layout `name` on the search path, highest precedence first."""
    found = []
    for root in roots:
        folder = root.candidate(name)
        if folder is not None:
            found.append((folder, root))
    return found
