"""`layouts master NAME FILE`: give an existing layout a new PowerPoint master.

The master is copied into the layout's `assets/`, and the layout's deck section is rewritten:
template and slide size for the new file, and each slot kept when its slide layout and
placeholders exist in the new master, else remapped to the new master's closest layout. Every
other deck setting (slides, sizes, chrome, theme) stays. What changed is returned line by line.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from typing import Any

from sitbrief.core.errors import LayoutError
from sitbrief.core.yamlio import load_yaml
from sitbrief.layout.search import LAYOUT_FILE, builtin_dir

LISTING = ("# Deck template ", "#   master ", "# Map sitbrief's slots")


def replace_master(target: str | Path, master: Path,
                   search: list[Path] | None = None) -> tuple[Path, list[str]]:
    """Give layout `target` the master `master`; return its folder and the changes made."""
    from sitbrief.layout.deck_template import open_deck_template
    from sitbrief.layout.loader import load_layout
    from sitbrief.layout.scaffold import deck_from_master

    layout = load_layout(target, search)
    folder = layout.folder
    if folder.resolve().is_relative_to(builtin_dir().resolve()):
        raise LayoutError(f"{layout.name} is a built-in layout; create your own with "
                          f"`sitbrief layouts new NAME --from {layout.name} --master {master}`")
    file = folder / LAYOUT_FILE
    text = file.read_text(encoding="utf-8")
    own, _ = load_yaml(text)
    own_deck = dict((own or {}).get("deck") or {})
    prs = open_deck_template(master)
    old = {name: slot.model_dump(exclude_none=True)
           for name, slot in layout.settings.deck.slots.items()}
    slots = remap_slots(old, prs)
    keep = {**own_deck, "slots": slots}
    kinds = [spec.kind for spec in layout.settings.deck.slides]
    section, asset = deck_from_master(master, kinds, keep)
    new_text = replace_deck_section(text, section)
    (folder / "assets").mkdir(exist_ok=True)
    if (folder / asset).resolve() != Path(master).resolve():
        shutil.copyfile(master, folder / asset)
    _write(file, new_text)
    try:
        load_layout(folder)
    except LayoutError:
        _write(file, text)
        raise
    before = {"template": _relative(layout.settings.deck.template, folder),
              "slide_size": layout.settings.deck.slide_size}
    after = {"template": asset.as_posix(), "slide_size": keep.get("slide_size")
             or _ratio_of(prs)}
    return folder, changes(before, after, old, slots) + [f"copied {master} to {folder / asset}"]


def _write(path: Path, text: str) -> None:
    """Write `text` to `path` through a temporary file beside it (never half-written)."""
    temp = path.with_name(f".{path.name}.tmp")
    temp.write_text(text, encoding="utf-8")
    os.replace(temp, path)


def _ratio_of(prs: Any) -> str:
    """Return the named ratio of a presentation's slides."""
    from sitbrief.layout.scaffold import _ratio

    return _ratio(prs.slide_width, prs.slide_height)


def _relative(path: str | None, folder: Path) -> str:
    """Return an asset path relative to the layout folder when it is inside it."""
    if not path:
        return "(the default master)"
    resolved = Path(path).resolve()
    return (resolved.relative_to(folder.resolve()).as_posix()
            if resolved.is_relative_to(folder.resolve()) else str(path))


def remap_slots(old: dict[str, dict[str, Any]], prs: Any) -> dict[str, dict[str, Any]]:
    """Return `old` slots that fit `prs` as they are, the others remapped to a close layout."""
    from sitbrief.layout.deck_contract import describe, find_layout, find_placeholder, starting_slots

    guesses = starting_slots(describe(prs))
    slots = {}
    for name, slot in old.items():
        layout = find_layout(prs, slot["layout"])
        fits = layout is not None and all(
            find_placeholder(layout, slot[role]) is not None
            for role in ("title", "subtitle", "body") if role in slot)
        if fits:
            slots[name] = slot
            continue
        guess = guesses.get(name) or (guesses.get("text") if "body" in slot else None) \
            or guesses.get("content") or guesses.get("title")
        if guess is not None:
            slots[name] = guess
    for name, guess in guesses.items():
        slots.setdefault(name, guess)
    return slots


def replace_deck_section(text: str, section: str) -> str:
    """Return layout.yaml `text` with its deck section (marked, or the `deck:` block) replaced."""
    lines = text.splitlines(keepends=True)
    begin = next((i for i, line in enumerate(lines) if line.startswith("# >>> deck mapping")),
                 None)
    end = next((i for i, line in enumerate(lines) if line.startswith("# <<< end of the deck")),
               None)
    if begin is not None and end is not None and end > begin:
        return "".join(lines[:begin]) + section + "".join(lines[end + 1:])
    start = next((i for i, line in enumerate(lines) if re.match(r"^deck\s*:", line)), None)
    if start is None:
        return text.rstrip("\n") + "\n\n" + section
    stop = next((i for i in range(start + 1, len(lines))
                 if lines[i].strip() and not lines[i][0].isspace()), len(lines))
    while start > 0 and lines[start - 1].startswith(LISTING):
        start -= 1  # the listing of the old master's layouts, written by `layouts new`
    return "".join(lines[:start]) + section + "".join(lines[stop:])


def changes(before: dict[str, Any], after: dict[str, Any], old: dict[str, dict[str, Any]],
            new: dict[str, dict[str, Any]]) -> list[str]:
    """Return one line per deck setting that changed (and the slots kept as they were)."""
    lines = [f"deck.{key}: {before[key]} -> {after[key]}"
             for key in ("template", "slide_size") if before[key] != after[key]]
    for name in sorted(set(old) | set(new), key=lambda n: (n not in old, n)):
        was, now = old.get(name), new.get(name)
        if was == now:
            lines.append(f"deck.slots.{name}: kept ({_slot_text(now)})")
        elif was is None:
            lines.append(f"deck.slots.{name}: added ({_slot_text(now)})")
        elif now is None:
            lines.append(f"deck.slots.{name}: removed (was {_slot_text(was)})")
        else:
            lines.append(f"deck.slots.{name}: {_slot_text(was)} -> {_slot_text(now)}")
    return lines


def _slot_text(slot: dict[str, Any] | None) -> str:
    """Return a slot as one short line."""
    if not slot:
        return "none"
    places = ", ".join(f"{role} {_selector(slot[role])}" for role in ("title", "subtitle", "body")
                       if role in slot)
    return f"layout {slot['layout']!r}" + (f"; {places}" if places else "")


def _selector(spec: dict[str, Any]) -> str:
    """Return a placeholder selector as 'idx 1' / 'type title' / 'name ...'."""
    return " ".join(f"{key} {value}" for key, value in spec.items())
