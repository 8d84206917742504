"""What `layouts list` and `layouts show` print: layouts found, search path, merged settings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitbrief.core.errors import LayoutError
from sitbrief.core.files import read_capped
from sitbrief.core.yamlio import YamlProblem, dump_yaml, load_yaml
from sitbrief.layout.layers import MAX_LAYOUT_BYTES
from sitbrief.layout.model import Layout
from sitbrief.layout.search import LAYOUT_FILE, Root, search_roots


@dataclass(frozen=True)
class Entry:
    """One layout folder on the search path."""

    name: str
    origin: str
    folder: Path
    description: str
    shadowed: bool


def list_layouts(search: list[Path] | None = None) -> list[Entry]:
    """Return every layout on the search path; later folders of the same name are shadowed."""
    seen: set[str] = set()
    entries = []
    for root in search_roots(search):
        for name in root.names():
            folder = root.candidate(name)
            if folder is None:
                continue
            entries.append(Entry(name, root.origin, folder, _description(folder), name in seen))
            seen.add(name)
    return entries


def _description(folder: Path) -> str:
    """Return the description in `folder`/layout.yaml, or a note when it cannot be read."""
    try:
        raw = read_capped(folder / LAYOUT_FILE, MAX_LAYOUT_BYTES, "a layout.yaml", LayoutError)
        if len(raw) > MAX_LAYOUT_BYTES:
            raise LayoutError("too big")
        data, _ = load_yaml(raw.decode("utf-8"))
    except (LayoutError, UnicodeDecodeError, YamlProblem):
        return "(layout.yaml cannot be read; run `sitbrief layouts check`)"
    value = data.get("description", "") if isinstance(data, dict) else ""
    return " ".join(str(value).split())


def describe_search(roots: list[Root]) -> list[str]:
    """Return one line per search-path folder, highest precedence first."""
    return [f"{i}. {root.path}  ({root.origin}{'' if root.path.is_dir() else ', missing'})"
            for i, root in enumerate(roots, 1)]


def template_origins(layout: Layout) -> dict[str, Path]:
    """Return, for each template name, the file the layout uses (child first)."""
    loader = layout.environment.loader
    return {name: loader.locate(name)[1] for name in loader.list_templates()}


def show_text(layout: Layout) -> str:
    """Return the text of `layouts show`: search path, chain, templates and merged settings."""
    lines = ["# Search path (first match wins):"]
    lines += [f"#   {line}" for line in describe_search(layout.roots)]
    lines.append("# Chain (child first):")
    lines += [f"#   {layer.folder}  ({layer.origin or 'parent'})" for layer in layout.layers]
    lines.append("# Templates used:")
    lines += [f"#   {name}: {path}" for name, path in template_origins(layout).items()]
    lines.append("# Merged settings (asset paths resolved):")
    return "\n".join(lines) + "\n" + dump_yaml(settings_data(layout))


def settings_data(layout: Layout) -> dict[str, Any]:
    """Return the merged settings as plain data."""
    return layout.settings.model_dump(mode="json", exclude_none=True)
