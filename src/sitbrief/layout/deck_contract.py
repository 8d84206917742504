"""The deck-template contract: every slot names an existing slide layout and placeholders.

Slide layouts are found by name across *all* slide masters (python-pptx's ``get_by_name``
searches only the first). A placeholder selector is a dict with any of ``idx``, ``type`` (the XML
name such as ``ctrTitle``/``title``/``body``/``obj``, or the python-pptx name ``CENTER_TITLE``)
and ``name``; a placeholder matches when every given key matches.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any

from sitbrief.layout.schema import LayoutSettings

TITLE_TYPES = ("ctrTitle", "title")
SUBTITLE_TYPES = ("subTitle", "body", "obj")


@dataclass(frozen=True)
class PlaceholderInfo:
    """One placeholder on a slide layout."""

    idx: int
    type: str  # XML name, e.g. "title", "ctrTitle", "body", "obj"
    name: str


@dataclass(frozen=True)
class LayoutInfo:
    """One slide layout of a template: its master, name and placeholders."""

    master: int
    name: str
    placeholders: tuple[PlaceholderInfo, ...]


def all_layouts(prs: Any) -> list[Any]:
    """Return the slide layouts of every master of `prs`, in order."""
    return [layout for master in prs.slide_masters for layout in master.slide_layouts]


def find_layout(prs: Any, name: str) -> Any | None:
    """Return the slide layout named `name` from any master of `prs`, or None."""
    return next((layout for layout in all_layouts(prs) if layout.name == name), None)


def _type_name(placeholder: Any) -> str:
    """Return the XML type name of a placeholder (``obj`` when the XML gives none)."""
    kind = placeholder.placeholder_format.type
    return getattr(kind, "xml_value", None) or str(kind).lower()


def matches(placeholder: Any, spec: dict[str, Any]) -> bool:
    """Tell whether `placeholder` matches selector `spec` (idx, type, name)."""
    fmt = placeholder.placeholder_format
    if "idx" in spec and fmt.idx != spec["idx"]:
        return False
    if "name" in spec and placeholder.name != spec["name"]:
        return False
    if "type" in spec:
        wanted = str(spec["type"]).lower()
        kind = fmt.type
        names = {_type_name(placeholder).lower(), getattr(kind, "name", "").lower()}
        if wanted not in names:
            return False
    return True


def find_placeholder(layout_or_slide: Any, spec: dict[str, Any]) -> Any | None:
    """Return the first placeholder of a layout or slide matching `spec`, or None."""
    return next((ph for ph in layout_or_slide.placeholders if matches(ph, spec)), None)


def describe(prs: Any) -> list[LayoutInfo]:
    """Return every slide layout of `prs` with its placeholders."""
    infos = []
    for number, master in enumerate(prs.slide_masters):
        for layout in master.slide_layouts:
            places = tuple(PlaceholderInfo(ph.placeholder_format.idx, _type_name(ph), ph.name)
                           for ph in layout.placeholders)
            infos.append(LayoutInfo(number, layout.name, places))
    return infos


def contract_problems(settings: LayoutSettings, prs: Any) -> list[str]:
    """Return what in the layout's deck slots does not exist in template `prs`."""
    names = [layout.name for layout in all_layouts(prs)]
    problems = []
    for slot_name, slot in settings.deck.slots.items():
        layout = find_layout(prs, slot.layout)
        if layout is None:
            close = difflib.get_close_matches(slot.layout, names, n=1)
            hint = f"did you mean {close[0]!r}?" if close else f"it has: {', '.join(names)}"
            problems.append(f"deck.slots.{slot_name}.layout: the template has no slide layout "
                            f"{slot.layout!r}; {hint}")
            continue
        problems += _placeholder_problems(slot_name, slot, layout)
    return problems


def _placeholder_problems(slot_name: str, slot: Any, layout: Any) -> list[str]:
    """Return the slot's placeholder selectors that match nothing on `layout`."""
    problems = []
    for role in ("title", "subtitle", "body"):
        spec = getattr(slot, role)
        if spec is None:
            continue
        selector = spec.model_dump(exclude_none=True)
        if not selector:
            problems.append(f"deck.slots.{slot_name}.{role}: give idx, type or name")
        elif find_placeholder(layout, selector) is None:
            have = ", ".join(f"idx {ph.placeholder_format.idx} {_type_name(ph)} {ph.name!r}"
                             for ph in layout.placeholders)
            problems.append(f"deck.slots.{slot_name}.{role}: no placeholder {selector} on "
                            f"slide layout {layout.name!r} (it has: {have or 'none'})")
    return problems


def starting_slots(infos: list[LayoutInfo]) -> dict[str, dict[str, Any]]:
    """Guess a title and a content slot from a template's layouts (for `layouts new --master`)."""
    title = (_first(infos, lambda i: _has(i, "ctrTitle"))
             or _first(infos, lambda i: _has(i, "title")))
    content = (_first(infos, lambda i: _has(i, "title") and len(_text_places(i)) == 1)
               or _first(infos, lambda i: _has(i, "title")) or title)
    text = _first(infos, lambda i: _has(i, "title") and len(_text_places(i)) == 2
                  and any(p.type in ("body", "obj") for p in i.placeholders))
    slots = {}
    for slot_name, info in (("title", title), ("content", content), ("text", text)):
        if info is None:
            continue
        slot: dict[str, Any] = {"layout": info.name, "title": _title_selector(info)}
        if slot_name == "title":
            sub = next((p for p in info.placeholders if p.type in SUBTITLE_TYPES), None)
            if sub is not None:
                slot["subtitle"] = {"idx": sub.idx}
        if slot_name == "text":
            body = next(p for p in info.placeholders if p.type in ("body", "obj"))
            slot["body"] = {"idx": body.idx}
        slots[slot_name] = slot
    return slots


TEXT_KINDS = ("bluf", "changes", "context", "assessment", "quotes")  # slides of text only


def starting_slides(slots: dict[str, Any], kinds: list[str]) -> list[dict[str, Any]]:
    """Return the slide list `kinds`, text-only kinds on the `text` slot when there is one."""
    return [{"kind": k, "slot": "text"} if "text" in slots and k in TEXT_KINDS else {"kind": k}
            for k in kinds]


def _first(infos: list[LayoutInfo], test: Any) -> LayoutInfo | None:
    """Return the first layout passing `test`, or None."""
    return next((info for info in infos if test(info)), None)


def _has(info: LayoutInfo, kind: str) -> bool:
    """Tell whether `info` has a placeholder of XML type `kind`."""
    return any(p.type == kind for p in info.placeholders)


def _text_places(info: LayoutInfo) -> list[PlaceholderInfo]:
    """Return the placeholders of `info` that are not date, footer or slide number."""
    return [p for p in info.placeholders if p.type not in ("dt", "ftr", "sldNum")]


def _title_selector(info: LayoutInfo) -> dict[str, Any]:
    """Return the selector of the title placeholder of `info`."""
    kind = next((p.type for p in info.placeholders if p.type in TITLE_TYPES), "title")
    return {"type": kind}
