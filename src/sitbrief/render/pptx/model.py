"""What a deck writer plans before drawing: text, shapes, tables and pictures on each slide.

Planning is pure (points, colours, final font sizes); `pptx_draw` turns a plan into python-pptx
objects. Tests compare a saved deck with its plan.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sitbrief.render.pptx.frame import Box
from sitbrief.render.textfit import Para, scaled

INSETS = (7.2, 3.6, 7.2, 3.6)  # left, top, right, bottom in points (PowerPoint's defaults)


@dataclass(frozen=True)
class Look:
    """How a paragraph is drawn beyond what measuring needs."""

    colour: str
    align: str = "l"
    bullet: str | None = None
    link: str | None = None
    field: str | None = None


@dataclass(frozen=True)
class Styled:
    """A paragraph before sizing: what textfit measures and how it looks."""

    para: Para
    look: Look


@dataclass(frozen=True)
class TextPara:
    """A paragraph as written: one run (or field) at a final size."""

    text: str
    size: float
    colour: str
    bold: bool = False
    italic: bool = False
    align: str = "l"
    bullet: str | None = None
    indent: float = 0.0
    space_before: float = 0.0
    link: str | None = None
    field: str | None = None


@dataclass
class TextSpec:
    """A text frame: paragraphs, insets (l, t, r, b), vertical anchor and face (body/heading)."""

    paras: list[TextPara]
    insets: tuple[float, float, float, float] = INSETS
    anchor: str = "t"
    face: str = "body"
    frame_from_master: bool = False  # a placeholder: keep its insets, anchor and alignment
    look_from_master: bool = False  # ... and its typeface, weight and plain text colour
    plain_colour: str = ""  # the colour left to the placeholder when the look is kept

    @property
    def text(self) -> str:
        """Return the frame's text, paragraphs joined by newlines."""
        return "\n".join(p.text for p in self.paras)


def sized(items: list[Styled], base: float) -> list[TextPara]:
    """Return `items` as written paragraphs at base size `base`."""
    out = []
    for item in items:
        para, look = item.para, item.look
        size = scaled(base, para.scale)
        out.append(TextPara(para.text, size, look.colour, para.bold, para.italic, look.align,
                            look.bullet, para.indent, para.space_before * size, look.link,
                            look.field))
    return out


def paras_of(items: list[Styled]) -> list[Para]:
    """Return the measurable paragraphs of `items`."""
    return [item.para for item in items]


@dataclass
class ShapeSpec:
    """A native shape (rect, ellipse, line, polyline, freeform) with optional fill, outline and text.

    A freeform is filled `rings` (closed contours in slide points; holes run the other way round);
    rings given as a tuple of tuples recur from deck to deck, and their geometry is written once.
    """

    box: Box
    geometry: str = "rect"
    fill: str | None = None
    line: str | None = None
    line_width: float = 0.75
    dash: bool = False
    text: TextSpec | None = None
    name: str = ""
    points: tuple[tuple[float, float], ...] | None = None
    rings: list[list[tuple[float, float]]] | tuple[tuple[tuple[float, float], ...], ...] | None = None


@dataclass
class Cell:
    """One table cell: its text frame and fill."""

    text: TextSpec
    fill: str | None = None
    bold_rule: bool = False


@dataclass
class TableSpec:
    """A native table: column widths and row heights in points, header row flag, rule colour."""

    box: Box
    widths: list[float]
    heights: list[float]
    rows: list[list[Cell]]
    header: bool = True
    rule: str = "#C9D1DB"
    name: str = "Table"


@dataclass
class PictureSpec:
    """A picture (the logo), fitted inside its box."""

    path: Path
    box: Box
    name: str = "Logo"


Shape = ShapeSpec | TableSpec | PictureSpec


@dataclass
class SlidePlan:
    """One slide: its kind, slot, title and subtitle text, shapes, notes and evidence refs."""

    kind: str
    slot: str
    title: TextSpec | None
    subtitle: TextSpec | None = None
    shapes: list[Shape] = field(default_factory=list)
    notes: str = ""
    refs: list[str] = field(default_factory=list)
    continued: bool = False  # a "(cont.)" slide: the second or later page of one slide's content
    count: int = 0  # items the slide shows (rows, cards, events, text items)
    split: bool = False  # continues a text too long for one slide (it may hold that text alone)
    body: TextSpec | None = None  # text written into the slot's body placeholder
    fields: dict[str, TextSpec] = field(default_factory=dict)  # footer/date/number placeholders


@dataclass
class Page:
    """Content for one slide of a (possibly continued) block: shapes and the refs shown."""

    shapes: list[Shape]
    refs: list[str] = field(default_factory=list)
    size: float | None = None  # base text size of a text page; None for cards and tables
    count: int = 0  # items shown (flow items, table rows, cards, events): no continuation holds one
    split: bool = False  # starts with the rest of a text too long for one slide at the floor size

