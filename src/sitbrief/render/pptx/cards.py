"""Who's who: one card per actor in a grid, every card the same size, continued when many."""

from __future__ import annotations

import math

from sitbrief.compose.brief import Actor, Actors
from sitbrief.render.pptx.frame import GAP, Box
from sitbrief.render.pptx.model import Page, ShapeSpec, Styled, paras_of
from sitbrief.render.pptx.style import DeckStyle
from sitbrief.render.pptx.text import fit_label, fit_size_in, frame, height_for
from sitbrief.render.textfit import largest, size_grid, splits_words

STRIP = 5.0
CARD_INSETS = (16.0, 12.0, 14.0, 10.0)
GRIDS = ((3, 2), (2, 2), (2, 1), (1, 1))  # (columns, rows) tried from densest


def grid_for(count: int) -> tuple[int, int]:
    """Return (columns, rows) for a slide of `count` cards."""
    if count <= 3:
        return 3, 1
    if count == 4:
        return 2, 2
    return 3, 2


def card_pages(block: Actors, area: Box, style: DeckStyle) -> list[Page]:
    """Return pages of actor cards, one size for all cards and one text size for all."""
    actors = block.actors
    first = grid_for(len(actors))
    for cols, rows in [first] + [g for g in GRIDS if g[0] * g[1] < first[0] * first[1]]:
        box = _card_box(area, cols, rows)
        size = _size(actors, box, style)
        if size is not None:
            break
    pages = _chunks(actors, cols * rows)
    size = size if size is not None else style.floor
    if len(actors) <= cols:
        box = _snug(actors, box, size, style)
    return [_page(chunk, area, box, cols, size, style) for chunk in pages]


def _chunks(actors: list[Actor], per: int) -> list[list[Actor]]:
    """Split `actors` into balanced pages of at most `per` cards."""
    count = max(1, math.ceil(len(actors) / per))
    step = math.ceil(len(actors) / count) if actors else 1
    return [actors[i:i + step] for i in range(0, len(actors), step)] or [[]]


def _card_box(area: Box, cols: int, rows: int) -> Box:
    """Return the size of one card (at the origin) for a grid in `area`."""
    width = (area.w - GAP * (cols - 1)) / cols
    height = (area.h - GAP * (rows - 1)) / rows
    return Box(0, 0, width, height)


def _snug(actors: list[Actor], box: Box, size: float, style: DeckStyle) -> Box:
    """Return a one-row card box only as tall as the fullest card needs (a fifth taller)."""
    need = max(height_for(card_items(a, style), box.w, size, style, insets=CARD_INSETS)
               for a in actors)
    return Box(box.x, box.y, box.w, min(box.h, need * 1.2))


def card_items(actor: Actor, style: DeckStyle) -> list[Styled]:
    """Return a card's text: name, role, affiliation."""
    items = [style.styled(actor.name, "body", bold=True, scale=1.15,
                          colour=style.colour("primary"))]
    if actor.role:
        items.append(style.styled(actor.role, "body", space_before=0.35))
    if actor.affiliation:
        items.append(style.styled(actor.affiliation, "muted", space_before=0.35))
    return items


def _size(actors: list[Actor], box: Box, style: DeckStyle) -> float | None:
    """Return the largest size at which every card fits `box`, cutting no word if it can."""
    sizes = size_grid(style.body_max, style.floor)
    width = box.w - CARD_INSETS[0] - CARD_INSETS[2]

    def ok(size: float) -> bool:
        return all(fit_size_in(card_items(a, style), box, style, size, size,
                               insets=CARD_INSETS) for a in actors)

    def whole(size: float) -> bool:
        return not any(splits_words(paras_of(card_items(a, style)), style.body, size, width)
                       for a in actors)
    return largest(sizes, lambda s: ok(s) and whole(s)) or largest(sizes, ok)


def _page(actors: list[Actor], area: Box, card: Box, cols: int, size: float,
          style: DeckStyle) -> Page:
    """Return the cards of one page laid out in the grid."""
    shapes: list[ShapeSpec] = []
    for n, actor in enumerate(actors):
        x = area.x + (n % cols) * (card.w + GAP)
        y = area.y + (n // cols) * (card.h + GAP)
        shapes += _card(actor, Box(x, y, card.w, card.h), size, style)
    return Page(shapes, [r for a in actors for r in a.refs], count=len(actors))


def _card(actor: Actor, box: Box, size: float, style: DeckStyle) -> list[ShapeSpec]:
    """Return a card: a tinted panel with a coloured strip and its text."""
    strip = "accent" if actor.kind_of == "person" else "primary"
    items = card_items(actor, style)
    fits = fit_size_in(items, box, style, size, size, insets=CARD_INSETS)
    text = frame(items, size, insets=CARD_INSETS) if fits else \
        fit_label(items, box, style, size, style.floor, insets=CARD_INSETS)
    return [ShapeSpec(box, fill=style.colour("surface"), text=text, name="Actor card"),
            ShapeSpec(Box(box.x, box.y, STRIP, box.h), fill=style.colour(strip), name="Bar")]
