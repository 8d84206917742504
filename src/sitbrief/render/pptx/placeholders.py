"""Text planned for the master's own placeholders: title, subtitle, body, footer, date, number.

A placeholder keeps the formatting its slide layout and master give it (insets, anchor and
alignment always; typeface, weight and plain text colour when the layout keeps the master's
theme); sitbrief writes only the text and an explicit size found by measuring with the values
the placeholder inherits. Which of sitbrief's own chrome (cover stripe, title rule, footer,
slide number) is drawn is decided here, from the layout's `deck.chrome` switches and what the
master offers.
"""

from __future__ import annotations

from dataclasses import replace

from sitbrief.render.pptx.flow import bare_pages
from sitbrief.render.pptx.frame import GAP, Box
from sitbrief.render.pptx.inherit import Inherited
from sitbrief.render.pptx.model import Styled, TextPara, TextSpec, sized
from sitbrief.render.pptx.style import DeckStyle
from sitbrief.render.pptx.template import SlotFrame
from sitbrief.render.pptx.text import fit_label

FIELD_SIZES = (12.0, 7.0)  # largest and smallest size of footer, date and number text


def keeps_look(style: DeckStyle) -> bool:
    """Tell whether placeholders keep the master's typeface, weight and text colour."""
    return style.theme.use_template_theme


def face_of(fmt: Inherited, default: str, style: DeckStyle) -> str:
    """Return the face ('heading'/'body') a placeholder's inherited typeface measures with."""
    if not keeps_look(style) or not fmt.typeface:
        return default
    if fmt.typeface.startswith("+mn") or fmt.typeface == style.body.face.family:
        return "body"
    if fmt.typeface.startswith("+mj") or fmt.typeface == style.heading.face.family:
        return "heading"
    return default


def placeholder_label(items: list[Styled], box: Box, fmt: Inherited, style: DeckStyle,
                      top: float, floor: float, face: str, plain: str) -> TextSpec:
    """Return text fitted into a placeholder box with the insets and look it inherits."""
    if keeps_look(style):
        items = [replace(i, para=replace(i.para, bold=fmt.bold, italic=fmt.italic))
                 for i in items]
    face = face_of(fmt, face, style)
    spec = fit_label(items, box, style, top, floor, face, insets=fmt.insets, anchor=fmt.anchor)
    return _kept(spec, plain, style)


def _kept(spec: TextSpec, plain: str, style: DeckStyle) -> TextSpec:
    """Mark `spec` as a placeholder's text (formatting from the master)."""
    return replace(spec, frame_from_master=True, look_from_master=keeps_look(style),
                   plain_colour=plain)


def body_pages(blocks: list, frame: SlotFrame,
               style: DeckStyle) -> list[tuple[TextSpec, list[str], float]]:
    """Return the pages of text blocks written into the body placeholder: text, refs, size."""
    fmt = frame.format("body")
    left, top, right, bottom = fmt.insets
    box = frame.body
    area = Box(box.x + left, box.y + top, box.w - left - right, box.h - top - bottom)
    pages = []
    for items, size in bare_pages(blocks, area, style):
        paras: list[TextPara] = []
        for item in items:
            written = sized(item.items, size)
            if paras and written:
                written[0] = replace(written[0], space_before=written[0].space_before + GAP)
            paras += written
        spec = TextSpec(paras, fmt.insets, fmt.anchor, face_of(fmt, "body", style))
        refs = [r for item in items for r in (item.refs or [])]
        pages.append((_kept(spec, style.colour("text"), style), refs, size))
    return pages


# --- chrome -----------------------------------------------------------------------------------

def switch(style: DeckStyle, element: str) -> str:
    """Return the layout's switch for a chrome element: auto, always or never."""
    return style.theme.chrome.get(element, "auto")


def draws(style: DeckStyle, element: str, frame: SlotFrame) -> bool:
    """Tell whether sitbrief draws its own stripe or title rule on a slide of `frame`."""
    value = switch(style, element)
    return value == "always" or (value == "auto" and not frame.decorated)


def field_role(style: DeckStyle, element: str, role: str, frame: SlotFrame) -> str:
    """Return who shows a footer, date or number: 'master', 'sitbrief' or 'none'."""
    value = switch(style, element)
    if value == "never":
        return "none"
    if value == "auto" and role in frame.fields:
        return "master"
    return "sitbrief" if role != "date" else "none"


def field_texts(texts: dict[str, str], frame: SlotFrame, style: DeckStyle) -> dict[str, TextSpec]:
    """Return the text of the master's footer, date and number placeholders that are used."""
    elements = {"footer": "footer", "date": "date", "number": "slide_number"}
    specs = {}
    for role, element in elements.items():
        text = texts.get(role, "")
        if not text or field_role(style, element, role, frame) != "master":
            continue
        place = frame.fields[role]
        look = {"field": "slidenum"} if role == "number" else {}
        items = [style.styled(text, "muted", scale=1.0, **look)]
        top = place.format.size or FIELD_SIZES[0]
        specs[role] = placeholder_label(items, place.box, place.format, style,
                                        max(min(top, FIELD_SIZES[0]), FIELD_SIZES[1]),
                                        FIELD_SIZES[1], "body", style.colour("muted"))
    return specs
