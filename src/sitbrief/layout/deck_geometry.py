"""Placeholder geometry that would break a deck: no size, off the slide, title over body.

A master can be valid XML and still unusable: a title placeholder of zero height turns every
title into "…", one wider than the slide runs text off its edge, a title that overlaps the body
is drawn over the content. Boxes are read from the XML itself (python-pptx refuses negative
sizes), following a placeholder without a box of its own to the master's placeholder.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sitbrief.layout.deck_contract import find_layout, find_placeholder
from sitbrief.layout.schema import LayoutSettings

EMU_PER_INCH = 914400
SLACK = 12700  # one point
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
FIELD_TYPES = {"dt": "date", "ftr": "footer", "sldNum": "slide number"}
BAND_EMU = 20 * 12700  # sitbrief's marking band, top and bottom of every slide


@dataclass(frozen=True)
class Geometry:
    """A placeholder's box in EMU, as its XML gives it."""

    x: int
    y: int
    w: int
    h: int

    def inches(self) -> str:
        """Return the box as 'W x H in at (X, Y)'."""
        def inch(v: int) -> str:
            return f"{v / EMU_PER_INCH:.2f}"
        return f"{inch(self.w)} x {inch(self.h)} in at ({inch(self.x)}, {inch(self.y)}) in"


@dataclass(frozen=True)
class GeometryProblem:
    """One placeholder problem: error or warning, and the message with its fix."""

    level: str
    message: str


def geometry(placeholder: Any) -> Geometry | None:
    """Return the box of a placeholder, inherited from the master's when it has none."""
    current, off, ext = placeholder, None, None
    for _ in range(3):
        xfrm = current._element.find(f"{P}spPr/{A}xfrm")
        if xfrm is not None:
            off = off if off is not None else xfrm.find(f"{A}off")
            ext = ext if ext is not None else xfrm.find(f"{A}ext")
        if off is not None and ext is not None:
            return Geometry(int(off.get("x", 0)), int(off.get("y", 0)), int(ext.get("cx", 0)),
                            int(ext.get("cy", 0)))
        try:
            current = current._base_placeholder
        except (AttributeError, KeyError):
            return None
        if current is None or not hasattr(current, "_element"):
            return None
    return None


def geometry_problems(settings: LayoutSettings, prs: Any) -> list[GeometryProblem]:
    """Return the geometry problems of the placeholders the layout's deck slots use."""
    size = (prs.slide_width, prs.slide_height)
    problems: list[GeometryProblem] = []
    seen: set[str] = set()
    for slot_name, slot in settings.deck.slots.items():
        layout = find_layout(prs, slot.layout)
        if layout is None:
            continue  # reported by the slot contract
        boxes = {}
        for role in ("title", "subtitle", "body"):
            spec = getattr(slot, role)
            shape = find_placeholder(layout, spec.model_dump(exclude_none=True)) if spec else None
            box = geometry(shape) if shape is not None else None
            if box is None:
                continue
            where = (f"deck.slots.{slot_name}.{role}: slide layout {layout.name!r}, "
                     f"placeholder {shape.name!r} (idx {shape.placeholder_format.idx})")
            problems += _box_problems(box, size, where)
            boxes[role] = (shape, box)
        problems += _overlap(boxes, slot_name, layout.name)
        if layout.name not in seen:
            seen.add(layout.name)
            problems += _field_problems(layout, size)
    return problems


def _box_problems(box: Geometry, size: tuple[int, int], where: str) -> list[GeometryProblem]:
    """Return errors for a box without a size or reaching beyond the slide."""
    fix = ("fix it in PowerPoint (View > Slide Master, select that layout, resize the "
           "placeholder inside the slide), or map the slot to another placeholder")
    found = []
    if box.w <= 0 or box.h <= 0:
        what = "width" if box.w <= 0 else "height"
        found.append(GeometryProblem("error", f"{where} has a zero or negative {what} "
                                     f"({box.inches()}); text in it cannot be read; {fix}"))
    if (box.x < -SLACK or box.y < -SLACK or box.x + box.w > size[0] + SLACK
            or box.y + box.h > size[1] + SLACK):
        found.append(GeometryProblem("error", f"{where} reaches beyond the "
                                     f"{size[0] / EMU_PER_INCH:.2f} x "
                                     f"{size[1] / EMU_PER_INCH:.2f} in slide ({box.inches()}); "
                                     f"{fix}"))
    return found


def _overlap(boxes: dict, slot_name: str, layout_name: str) -> list[GeometryProblem]:
    """Return an error when the title overlaps the body (or subtitle) placeholder."""
    found = []
    for other in ("body", "subtitle"):
        if "title" not in boxes or other not in boxes:
            continue
        (tshape, t), (oshape, o) = boxes["title"], boxes[other]
        width = min(t.x + t.w, o.x + o.w) - max(t.x, o.x)
        height = min(t.y + t.h, o.y + o.h) - max(t.y, o.y)
        if width > SLACK and height > SLACK:
            found.append(GeometryProblem("error", (
                f"deck.slots.{slot_name}: on slide layout {layout_name!r} the title "
                f"placeholder {tshape.name!r} ({t.inches()}) overlaps the {other} placeholder "
                f"{oshape.name!r} ({o.inches()}) by {height / EMU_PER_INCH:.2f} in; move one "
                "of them in PowerPoint's Slide Master view so they do not overlap")))
    return found


def _field_problems(layout: Any, size: tuple[int, int]) -> list[GeometryProblem]:
    """Return warnings for footer, date and number placeholders sitbrief cannot use well."""
    found = []
    for shape in layout.placeholders:
        kind = shape._element.find(f"{P}nvSpPr/{P}nvPr/{P}ph").get("type", "obj")
        if kind not in FIELD_TYPES:
            continue
        box = geometry(shape)
        if box is None:
            continue
        where = f"slide layout {layout.name!r}, {FIELD_TYPES[kind]} placeholder {shape.name!r}"
        bad = _box_problems(box, size, where)
        if bad:
            found += [GeometryProblem("warning", p.message.replace(
                "text in it cannot be read", "sitbrief draws its own instead")) for p in bad]
        elif not BAND_EMU <= box.y + box.h // 2 <= size[1] - BAND_EMU:
            found.append(GeometryProblem("warning", (
                f"{where} ({box.inches()}) is centred in the marking band sitbrief draws "
                f"along the top and bottom {BAND_EMU // 12700} pt of every slide; move it inside, or "
                "set deck.chrome.footer/date/slide_number: always to draw sitbrief's own")))
    return found
