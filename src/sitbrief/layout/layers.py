"""One layout.yaml read safely, with its asset paths made absolute inside its own folder."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitbrief.core.errors import LayoutError
from sitbrief.core.files import read_capped
from sitbrief.core.yamlio import YamlProblem, line_of, load_yaml
from sitbrief.layout.assets import resolve_asset
from sitbrief.layout.search import LAYOUT_FILE

MAX_LAYOUT_BYTES = 256 * 1024
FONT_FILES = ("regular", "bold", "italic", "bold_italic")


@dataclass
class Layer:
    """The parsed layout.yaml of one layout folder; `lines` maps keys to their line numbers."""

    folder: Path
    data: dict[str, Any]
    lines: dict[int, dict[Any, int]] = field(default_factory=dict)
    origin: str = ""

    @property
    def file(self) -> Path:
        """Return the path of this layer's layout.yaml."""
        return self.folder / LAYOUT_FILE


def read_layer(folder: Path, origin: str = "") -> Layer:
    """Read and parse `folder`/layout.yaml, making its asset paths absolute."""
    path = folder / LAYOUT_FILE
    if not path.exists():
        raise LayoutError(f"{folder}: no {LAYOUT_FILE} in this folder; is it a layout?")
    raw = read_capped(path, MAX_LAYOUT_BYTES, "a layout.yaml file", LayoutError)
    if len(raw) > MAX_LAYOUT_BYTES:
        raise LayoutError(f"{path}: over {MAX_LAYOUT_BYTES} bytes; a layout.yaml is never that big")
    try:
        data, lines = load_yaml(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise LayoutError(f"{path}: not UTF-8 text (byte {exc.start}); save it as UTF-8") from None
    except YamlProblem as exc:
        where = f", line {exc.line}" if exc.line else ""
        raise LayoutError(f"{path}{where}: {exc}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise LayoutError(f"{path}: the top level must be a mapping of settings (key: value)")
    layer = Layer(folder.resolve(), data, lines, origin)
    absolutize_assets(layer)
    return layer


def asset_slots(data: dict[str, Any]) -> list[tuple[dict[str, Any], str, tuple[Any, ...]]]:
    """Return (mapping, key, location) for every asset path set in layer `data`."""
    slots: list[tuple[dict[str, Any], str, tuple[Any, ...]]] = []
    brand = _dict(data.get("brand"))
    fonts = _dict(brand.get("fonts"))
    for role in ("body", "heading"):
        face = _dict(fonts.get(role))
        slots += [(face, k, ("brand", "fonts", role, k)) for k in FONT_FILES if k in face]
    fallbacks = fonts.get("fallbacks")
    for i, face in enumerate(fallbacks if isinstance(fallbacks, list) else []):
        face = _dict(face)
        slots += [(face, k, ("brand", "fonts", "fallbacks", i, k)) for k in FONT_FILES if k in face]
    if "logo" in brand:
        slots.append((brand, "logo", ("brand", "logo")))
    deck = _dict(data.get("deck"))
    if "template" in deck:
        slots.append((deck, "template", ("deck", "template")))
    return slots


def _dict(value: Any) -> dict[str, Any]:
    """Return `value` if it is a mapping, else an empty one."""
    return value if isinstance(value, dict) else {}


def absolutize_assets(layer: Layer) -> None:
    """Replace each asset path in `layer` by its absolute path inside the layer's folder."""
    for mapping, key, loc in asset_slots(layer.data):
        value = mapping[key]
        if value is None:
            continue
        if not isinstance(value, str):
            continue  # the schema reports the wrong type after merging
        try:
            mapping[key] = str(resolve_asset(layer.folder, value))
        except LayoutError as exc:
            line = line_of(layer.data, layer.lines, loc)
            where = f", line {line}" if line else ""
            raise LayoutError(f"{layer.file}{where}: {'.'.join(map(str, loc))}: {exc}") from None
