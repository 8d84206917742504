"""Find a layout on the search path, follow its extends chain, merge and validate the settings."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from sitbrief.core.errors import LayoutError
from sitbrief.layout.layers import Layer, read_layer
from sitbrief.layout.merge import merge_chain
from sitbrief.layout.model import Layout
from sitbrief.layout.problems import explain, explain_all, locate
from sitbrief.layout.resolve import reference_problems
from sitbrief.layout.schema import LayoutSettings
from sitbrief.layout.search import LAYOUT_FILE, Root, find_all, search_roots

DEFAULT_LAYOUT = "default"
MAX_CHAIN = 16


def load_layout(name_or_dir: str | Path | None = None, search: list[Path] | None = None) -> Layout:
    """Return the layout named `name_or_dir` (or in that folder), merged and validated."""
    folder, origin, roots = _find_start(name_or_dir, search)
    layers = _read_chain(folder, origin, roots)
    settings = validate(layers)
    return Layout(settings=settings, layers=layers, roots=roots)


def _find_start(name_or_dir: str | Path | None, search: list[Path] | None
                ) -> tuple[Path, str, list[Root]]:
    """Return the first layout's folder and origin, and the search path to resolve parents."""
    target = name_or_dir or DEFAULT_LAYOUT
    path = Path(target)
    if isinstance(target, Path) or _looks_like_path(str(target)):
        if not (path / LAYOUT_FILE).is_file():
            raise LayoutError(f"{path}: no {LAYOUT_FILE} there; give a layout folder or a name "
                              "from `sitbrief layouts list`")
        roots = search_roots([path.resolve().parent, *(search or [])])
        return path.resolve(), "given folder", roots
    roots = search_roots(search)
    found = find_all(str(target), roots)
    if not found:
        raise LayoutError(_not_found(str(target), roots))
    folder, root = found[0]
    return folder.resolve(), root.origin, roots


def _looks_like_path(value: str) -> bool:
    """Tell whether `value` is a folder path rather than a layout name."""
    return _pathlike(value) or Path(value, LAYOUT_FILE).is_file()


def _pathlike(value: str) -> bool:
    """Tell whether `value` is written as a path (has a separator or starts with a dot)."""
    return "/" in value or "\\" in value or value.startswith(".")


def _not_found(name: str, roots: list[Root]) -> str:
    """Explain that no layout is called `name`, listing the known ones."""
    known = sorted({n for root in roots for n in root.names()})
    return (f"no layout called {name!r} on the search path; known layouts: "
            f"{', '.join(known) or 'none'} (see `sitbrief layouts list`)")


def _read_chain(folder: Path, origin: str, roots: list[Root]) -> list[Layer]:
    """Return the layers from `folder` up its extends chain, child first; refuse cycles."""
    layers = [read_layer(folder, origin)]
    while (parent := layers[-1].data.get("extends")) is not None:
        layers.append(_parent_layer(layers, parent, roots))
        if len(layers) > MAX_CHAIN:
            raise LayoutError(f"{layers[0].file}: the extends chain is longer than {MAX_CHAIN}")
    return layers


def _parent_layer(layers: list[Layer], parent: object, roots: list[Root]) -> Layer:
    """Return the layer `extends: parent` of the last layer names, skipping layouts in the chain."""
    child = layers[-1]
    if not isinstance(parent, str) or not parent or _pathlike(parent):
        raise LayoutError(f"{child.file}: extends: give the name of a layout, e.g. 'default'")
    in_chain = {layer.folder for layer in layers}
    found = [(f.resolve(), r) for f, r in find_all(parent, roots)]
    fresh = [(f, r) for f, r in found if f not in in_chain]
    if fresh:
        return read_layer(fresh[0][0], fresh[0][1].origin)
    if found:
        names = " → ".join(layer.folder.name for layer in layers) + f" → {parent}"
        raise LayoutError(f"{child.file}: extends: cycle {names}; a layout cannot extend itself")
    raise LayoutError(f"{child.file}: extends: {_not_found(parent, roots)}")


def validate(layers: list[Layer]) -> LayoutSettings:
    """Return the merged settings of `layers` validated, or raise a LayoutError explaining why."""
    merged = merge_chain([layer.data for layer in layers])
    merged.setdefault("name", layers[0].folder.name)
    try:
        settings = LayoutSettings.model_validate(merged)
    except ValidationError as exc:
        raise _several(explain(exc, layers), explain_all(exc, layers)) from None
    problems = [_where(loc, layers) + msg for loc, msg in reference_problems(settings)]
    if problems:
        raise _several("; ".join(problems[:5]), problems)
    return settings


def _several(message: str, problems: list[str]) -> LayoutError:
    """Return a LayoutError whose `problems` lists each problem on its own (for the check)."""
    error = LayoutError(message)
    error.problems = problems
    return error


def _where(loc: tuple, layers: list[Layer]) -> str:
    """Return 'FILE, line N: key: ' for a location in the merged settings."""
    layer, line = locate(loc, layers)
    at = f", line {line}" if line else ""
    return f"{layer.file}{at}: {'.'.join(map(str, loc))}: "
