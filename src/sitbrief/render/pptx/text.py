"""Text frames that fit: size search in a fixed box, content-sized boxes, one-line labels."""

from __future__ import annotations

from sitbrief.render.pptx.frame import Box
from sitbrief.render.pptx.model import INSETS, Styled, TextSpec, paras_of, sized
from sitbrief.render.pptx.style import DeckStyle
from sitbrief.render.textfit import (
    HEIGHT_MARGIN,
    PITCH,
    fit_size,
    scaled,
    text_height,
    truncate,
)

EPSILON = 0.5


def inner(box: Box, insets: tuple[float, float, float, float]) -> tuple[float, float]:
    """Return the width and height left inside `box` after `insets`."""
    left, top, right, bottom = insets
    return box.w - left - right, box.h - top - bottom


def fit_size_in(items: list[Styled], box: Box, style: DeckStyle, top: float, floor: float,
                face: str = "body", insets=INSETS) -> float | None:
    """Return the largest base size in [floor, top] at which `items` fit `box` (None if none)."""
    width, height = inner(box, insets)
    return fit_size(paras_of(items), style.fonts(face), width, height, top, floor)


def frame(items: list[Styled], size: float, face: str = "body", insets=INSETS,
          anchor: str = "t") -> TextSpec:
    """Return the text frame of `items` written at base `size`."""
    return TextSpec(sized(items, size), insets, anchor, face)


def height_for(items: list[Styled], width: float, size: float, style: DeckStyle,
               face: str = "body", insets=INSETS) -> float:
    """Return the box height `items` need at `size` in a box `width` wide (margin included)."""
    left, top, right, bottom = insets
    text = text_height(paras_of(items), style.fonts(face), size, width - left - right)
    return text / HEIGHT_MARGIN + top + bottom + EPSILON


def fit_label(items: list[Styled], box: Box, style: DeckStyle, top: float, floor: float,
              face: str = "body", insets=INSETS, anchor: str = "t") -> TextSpec:
    """Return a frame for a fixed box: shrink to `floor`, then cut the text with an ellipsis."""
    size = fit_size_in(items, box, style, top, floor, face, insets)
    if size is not None:
        return frame(items, size, face, insets, anchor)
    items = cut_items(items, box, style, floor, face, insets)
    return frame(items, floor, face, insets, anchor)


def cut_items(items: list[Styled], box: Box, style: DeckStyle, size: float, face: str = "body",
              insets=INSETS) -> list[Styled]:
    """Return `items` with the last paragraph cut so that all fit at `size` (warns)."""
    from dataclasses import replace

    width, height = inner(box, insets)
    fonts = style.fonts(face)
    keep: list[Styled] = []
    for item in items:
        para = item.para
        used = text_height(paras_of(keep), fonts, size, width)
        own = scaled(size, para.scale)
        room = height * HEIGHT_MARGIN - used - (para.space_before * own if keep else 0)
        lines = int(room // (PITCH * own))
        if lines < 1:
            break
        measure = fonts.measure(own, para.bold, para.italic)
        text = truncate(para.text, width - para.indent, measure, lines)
        keep.append(replace(item, para=replace(para, text=text)))
        if text != para.text:
            break
    style.warnings.append(f"text shortened to fit its box: {items[0].para.text[:60]!r}")
    return keep or [replace(items[0], para=replace(items[0].para, text="…"))]
