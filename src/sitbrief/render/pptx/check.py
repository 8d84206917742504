"""Check a saved deck: re-measure every text frame with the sizes written and report overflow.

What goes in: a .pptx and the Theme it was written with; what comes out: one problem string per
text frame (or table cell) whose wrapped text is taller than its box, relies on autofit, has a
run without an explicit size, or reaches beyond the slide. The measuring rules are textfit's,
so a deck the writer planned passes, and a deck edited or written otherwise is judged by the
same standard.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pptx import Presentation
from pptx.oxml.ns import qn

from sitbrief.layout.theme import Theme
from sitbrief.render.pptx.frame import EMU_PER_PT
from sitbrief.render.pptx.inherit import Inherited, inherited
from sitbrief.render.pptx.style import DeckStyle, deck_style
from sitbrief.render.textfit import HEIGHT_MARGIN, PITCH, WIDTH_MARGIN, wrap

DEFAULT_INSETS = (91440, 45720, 91440, 45720)
TOLERANCE = 0.05  # points


@dataclass
class Frame:
    """A text body to check: its paragraphs' XML, the box size and insets in points."""

    where: str
    txbody: object
    width: float
    height: float
    insets: tuple[float, float, float, float]
    inherits: Inherited | None = None  # a placeholder: what its runs do not say


def check_deck(path: Path, theme: Theme, margins: bool = True) -> list[str]:
    """Return a problem per text frame of the deck at `path` that does not fit its box."""
    style = deck_style(theme)
    prs = Presentation(str(path))
    problems = []
    for number, slide in enumerate(prs.slides, start=1):
        for frame in slide_frames(slide, number):
            problems += check_frame(frame, style, margins)
        problems += outside(slide, number, prs.slide_width, prs.slide_height)
    return problems


def outside(slide, number: int, width: int, height: int) -> list[str]:
    """Return a problem per shape with text that reaches beyond the slide's edges."""
    slack = 12700  # one point
    return [f"slide {number} {shape.name!r}: reaches beyond the slide"
            for shape in slide.shapes
            if (shape.has_text_frame or getattr(shape, "has_table", False)) and shape.width
            and (shape.left < -slack or shape.top < -slack
                 or shape.left + shape.width > width + slack
                 or shape.top + shape.height > height + slack)]


def slide_frames(slide, number: int) -> list[Frame]:
    """Return the text frames of a slide: shapes with text and every table cell."""
    frames = []
    for shape in slide.shapes:
        where = f"slide {number} {shape.name!r}"
        if shape.has_text_frame and shape.text_frame.text.strip():
            body = shape.text_frame._txBody
            if shape.is_placeholder:
                fmt = inherited(shape)
                frames.append(Frame(where, body, _pt(shape.width), _pt(shape.height),
                                    fmt.insets, fmt))
                continue
            frames.append(Frame(where, body, _pt(shape.width), _pt(shape.height),
                                _insets(body.find(qn("a:bodyPr")).attrib)))
        if getattr(shape, "has_table", False) and shape.has_table:
            frames += _cell_frames(shape.table, where)
    return frames


def _cell_frames(table, where: str) -> list[Frame]:
    """Return a Frame per non-empty table cell (column width x row height)."""
    frames = []
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            if cell.text_frame.text.strip():
                tc_pr = cell._tc.tcPr
                attrs = tc_pr.attrib if tc_pr is not None else {}
                insets = _insets({"lIns": attrs.get("marL", 91440), "tIns": attrs.get("marT", 45720),
                                  "rIns": attrs.get("marR", 91440), "bIns": attrs.get("marB", 45720)})
                frames.append(Frame(f"{where} cell {r},{c}", cell._tc.txBody,
                                    _pt(table.columns[c].width), _pt(row.height), insets))
    return frames


def _pt(emu) -> float:
    """Return EMU as points."""
    return int(emu) / EMU_PER_PT


def _insets(attrs) -> tuple[float, float, float, float]:
    """Return (l, t, r, b) insets in points from bodyPr-style attributes."""
    keys = ("lIns", "tIns", "rIns", "bIns")
    return tuple(_pt(attrs.get(k, d)) for k, d in zip(keys, DEFAULT_INSETS, strict=True))


def check_frame(frame: Frame, style: DeckStyle, margins: bool = True) -> list[str]:
    """Return problems of one text frame: missing sizes, autofit, or text taller than the box."""
    body_pr = frame.txbody.find(qn("a:bodyPr"))
    if body_pr is None or body_pr.find(qn("a:noAutofit")) is None:
        return [f"{frame.where}: autofit is not switched off"]
    left, top, right, bottom = frame.insets
    width, height = frame.width - left - right, frame.height - top - bottom
    used, problems = 0.0, []
    for index, p in enumerate(frame.txbody.findall(qn("a:p"))):
        measured = _paragraph_height(p, style, width, margins, index == 0, frame.inherits)
        if isinstance(measured, str):
            problems.append(f"{frame.where}: {measured}")
            continue
        used += measured
    limit = height * (HEIGHT_MARGIN if margins else 1.0) + TOLERANCE
    if used > limit:
        problems.append(f"{frame.where}: text needs {used:.1f} pt, box has {limit:.1f} pt")
    return problems


def _paragraph_height(p, style: DeckStyle, width: float, margins: bool,
                      first: bool, inherits: Inherited | None = None) -> float | str:
    """Return a paragraph's height in points, or a problem string."""
    runs = [r for r in p if r.tag in (qn("a:r"), qn("a:fld"))]
    text = "".join(r.findtext(qn("a:t")) or "" for r in runs)
    if not runs:
        return 0.0
    rpr = runs[0].find(qn("a:rPr"))
    if rpr is None or rpr.get("sz") is None:
        return f"run without an explicit size: {text[:40]!r}"
    size = int(rpr.get("sz")) / 100
    ppr = p.find(qn("a:pPr"))
    pitch, before, indent = _spacing(ppr, size)
    typeface = _typeface(rpr) or (inherits.typeface if inherits else "")
    heading = typeface.startswith("+mj") or typeface == style.heading.face.family
    fonts = style.heading if heading and style.heading.face.family != style.body.face.family \
        else style.body
    bold = rpr.get("b", "1" if inherits and inherits.bold else "0") == "1"
    italic = rpr.get("i", "1" if inherits and inherits.italic else "0") == "1"
    measure = fonts.measure(size, bold, italic)
    usable = (width - indent) * (WIDTH_MARGIN if margins else 1.0)
    lines = len(wrap(text, usable, measure))
    return lines * pitch + (0.0 if first else before)


def _typeface(rpr) -> str:
    """Return the Latin typeface a run names ('' when unset)."""
    latin = rpr.find(qn("a:latin"))
    return latin.get("typeface", "") if latin is not None else ""


def _spacing(ppr, size: float) -> tuple[float, float, float]:
    """Return (line pitch, space before, left indent) of a paragraph in points."""
    if ppr is None:
        return PITCH * size, 0.0, 0.0
    pitch = _points(ppr.find(qn("a:lnSpc")), size, PITCH * size)
    before = _points(ppr.find(qn("a:spcBef")), size, 0.0)
    return pitch, before, _pt(ppr.get("marL", 0))


def _points(spacing, size: float, default: float) -> float:
    """Return a spacing element's value in points (percentages of the size x 1.2)."""
    if spacing is None:
        return default
    pts = spacing.find(qn("a:spcPts"))
    if pts is not None:
        return int(pts.get("val")) / 100
    pct = spacing.find(qn("a:spcPct"))
    return int(pct.get("val")) / 100000 * PITCH * size if pct is not None else default
