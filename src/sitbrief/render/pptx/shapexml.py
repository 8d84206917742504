"""Slide shapes and text written as DrawingML text, parsed once per shape.

The XML is exactly what python-pptx's object API built for the same calls (same elements,
attribute order, default names and shape ids), without its per-attribute property machinery.
Each shape kind is one function returning the element's text; `draw` inserts it.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Callable
from functools import lru_cache

from sitbrief.render.pptx.frame import Box
from sitbrief.render.pptx.model import ShapeSpec, TableSpec, TextPara, TextSpec
from sitbrief.render.pptx.style import DeckStyle
from sitbrief.render.textfit import PITCH

NSDECLS = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
           'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
NO_STYLE_TABLE = "{2D5ABB26-0587-4C30-8999-92F81FD0307C}"
TABLE_URI = "http://schemas.openxmlformats.org/drawingml/2006/table"
PRESETS = {"rect": ("rect", "Rectangle"), "ellipse": ("ellipse", "Oval"),
           "roundRect": ("roundRect", "Rounded Rectangle"), "diamond": ("diamond", "Diamond")}
ANCHORS = {"t": "t", "ctr": "ctr", "b": "b"}
DEFAULT_INSETS = (91440, 45720, 91440, 45720)  # lIns, tIns, rIns, bIns: left out when equal
EMPTY_BODY = '<p:txBody><a:bodyPr rtlCol="0" anchor="ctr"/><a:lstStyle/><a:p><a:pPr algn="ctr"/></a:p></p:txBody>'
FREEFORM_UNIT = 0.1  # points per path unit of a filled freeform: tenths of a point keep the XML short

Relate = Callable[[str], str]  # hyperlink URL -> relationship id


def emu(points: float) -> int:
    """Return `points` in EMU (rounded)."""
    return round(points * 12700)


def pt(points: float) -> int:
    """Return `points` in EMU the way python-pptx's Pt() does (truncated)."""
    return int(points * 12700)


def esc(text: str) -> str:
    """Return `text` escaped for element content (a carriage return kept as one)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def attr(text: str) -> str:
    """Return `text` escaped for a double-quoted attribute value."""
    return esc(text).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")


def hex_colour(colour: str) -> str:
    """Return '#rrggbb' as the 'RRGGBB' DrawingML wants."""
    return colour.lstrip("#").upper()


def solid(colour: str) -> str:
    """Return a solid fill of `colour`."""
    return f'<a:solidFill><a:srgbClr val="{hex_colour(colour)}"/></a:solidFill>'


def fill_xml(colour: str | None) -> str:
    """Return a shape's fill: solid, or none."""
    return solid(colour) if colour else "<a:noFill/>"


def outline_xml(spec: ShapeSpec) -> str:
    """Return a shape's outline: none, or a solid line of the spec's width (dashed if asked)."""
    if not spec.line:
        return "<a:ln><a:noFill/></a:ln>"
    width = pt(spec.line_width)
    w = f' w="{width}"' if width else ""
    dash = '<a:prstDash val="dash"/>' if spec.dash else ""
    return f"<a:ln{w}>{solid(spec.line)}{dash}</a:ln>"


def xfrm(x: int, y: int, cx: int, cy: int, tag: str = "a:xfrm", flips: str = "") -> str:
    """Return an offset and extent."""
    return f'<{tag}{flips}><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></{tag}>'


def sp(shape_id: int, name: str, geometry: str, box: tuple[int, int, int, int], spec: ShapeSpec,
       body: str) -> str:
    """Return a p:sp with its geometry, fill, outline and text body."""
    return (f'<p:sp {NSDECLS}><p:nvSpPr><p:cNvPr id="{shape_id}" name="{attr(name)}"/><p:cNvSpPr/><p:nvPr/>'
            f"</p:nvSpPr><p:spPr>{xfrm(*box)}{geometry}{fill_xml(spec.fill)}{outline_xml(spec)}</p:spPr>"
            f"{body}</p:sp>")


def autoshape(shape_id: int, spec: ShapeSpec, style: DeckStyle, relate: Relate) -> str:
    """Return a preset shape (rect, ellipse, ...) with its fill, outline and text."""
    prst, base = PRESETS[spec.geometry]
    body = EMPTY_BODY if spec.text is None else shape_body(spec.text, style, relate)
    return sp(shape_id, spec.name or f"{base} {shape_id - 1}", f'<a:prstGeom prst="{prst}"><a:avLst/></a:prstGeom>',
              spec.box.emu(), spec, body)


def freeform(shape_id: int, spec: ShapeSpec) -> str:
    """Return closed, filled contours as one freeform shape (a country with its islands)."""
    rings = spec.rings
    geometry, box = _recurring_geometry(rings) if isinstance(rings, tuple) else _geometry(rings)
    return sp(shape_id, spec.name or f"Rectangle {shape_id - 1}", geometry, box.emu(), spec, EMPTY_BODY)


@lru_cache(maxsize=4)
def _recurring_geometry(rings: tuple) -> tuple[str, Box]:
    """Return `_geometry` of rings given as a tuple: contours that recur from deck to deck (the map's world inset)."""
    return _geometry(rings)


def _geometry(rings) -> tuple[str, Box]:
    """Return the custom geometry of closed contours and the box it spans."""
    xs = [x for ring in rings for x, _ in ring]
    ys = [y for ring in rings for _, y in ring]
    left, top = min(xs), min(ys)
    width, height = max(max(xs) - left, 0.1), max(max(ys) - top, 0.1)
    parts = []
    for ring in rings:
        pts = [f'<a:pt x="{round((x - left) / FREEFORM_UNIT)}" y="{round((y - top) / FREEFORM_UNIT)}"/>'
               for x, y in ring]
        parts.append(f"<a:moveTo>{pts[0]}</a:moveTo>" + "".join(f"<a:lnTo>{p}</a:lnTo>" for p in pts[1:])
                     + "<a:close/>")
    w, h = round(width / FREEFORM_UNIT), round(height / FREEFORM_UNIT)
    geometry = (f'<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="0" t="0" r="r" b="b"/>'
                f'<a:pathLst><a:path w="{w}" h="{h}">{"".join(parts)}</a:path></a:pathLst></a:custGeom>')
    return geometry, Box(left, top, width, height)


def polyline(shape_id: int, spec: ShapeSpec) -> str:
    """Return an open freeform through the spec's points (no fill)."""
    points = [(emu(x), emu(y)) for x, y in spec.points]
    xs, ys = [x for x, _ in points], [y for _, y in points]
    left, top = min(xs), min(ys)
    dx, dy = max(xs) - left, max(ys) - top
    path = [f'<a:pt x="{x - left}" y="{y - top}"/>' for x, y in points]
    moves = f"<a:moveTo>{path[0]}</a:moveTo>" + "".join(f"<a:lnTo>{p}</a:lnTo>" for p in path[1:])
    geometry = (f'<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="l" t="t" r="r" b="b"/>'
                f'<a:pathLst><a:path w="{dx}" h="{dy}">{moves}</a:path></a:pathLst></a:custGeom>')
    unfilled = ShapeSpec(spec.box, line=spec.line, line_width=spec.line_width, dash=spec.dash)
    return sp(shape_id, spec.name or f"Freeform {shape_id - 1}", geometry, (left, top, dx, dy), unfilled,
              EMPTY_BODY)


def connector(shape_id: int, spec: ShapeSpec) -> str:
    """Return a straight line from the box's top-left corner to its far corner."""
    box = spec.box
    x0, y0, x1, y1 = emu(box.x), emu(box.y), emu(box.x + box.w), emu(box.y + box.h)
    flips = (' flipH="1"' if x0 > x1 else "") + (' flipV="1"' if y0 > y1 else "")
    frame = xfrm(min(x0, x1), min(y0, y1), abs(x1 - x0), abs(y1 - y0), flips=flips)
    name = attr(spec.name or f"Connector {shape_id - 1}")
    return (f'<p:cxnSp {NSDECLS}><p:nvCxnSpPr><p:cNvPr id="{shape_id}" name="{name}"/><p:cNvCxnSpPr/><p:nvPr/>'
            f'</p:nvCxnSpPr><p:spPr>{frame}<a:prstGeom prst="line"><a:avLst/></a:prstGeom>{outline_xml(spec)}'
            "</p:spPr></p:cxnSp>")


def table(shape_id: int, spec: TableSpec, style: DeckStyle, relate: Relate) -> str:
    """Return a native table: widths, heights, fills, bottom rules and text."""
    widths, heights = [emu(w) for w in spec.widths], [emu(h) for h in spec.heights]
    x, y, _, _ = spec.box.emu()
    first = ' firstRow="1"' if spec.header else ""
    grid = "".join(f'<a:gridCol w="{w}"/>' for w in widths)
    rows = "".join(f'<a:tr h="{h}">' + "".join(_cell(c, spec.rule, style, relate) for c in cells) + "</a:tr>"
                   for h, cells in zip(heights, spec.rows, strict=True))
    return (f'<p:graphicFrame {NSDECLS}><p:nvGraphicFramePr><p:cNvPr id="{shape_id}" name="{attr(spec.name)}"/>'
            '<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/>'
            f'</p:nvGraphicFramePr>{xfrm(x, y, sum(widths), sum(heights), "p:xfrm")}<a:graphic>'
            f'<a:graphicData uri="{TABLE_URI}"><a:tbl><a:tblPr{first}><a:tableStyleId>{NO_STYLE_TABLE}'
            f"</a:tableStyleId></a:tblPr><a:tblGrid>{grid}</a:tblGrid>{rows}</a:tbl></a:graphicData>"
            "</a:graphic></p:graphicFrame>")


def _cell(cell, rule: str, style: DeckStyle, relate: Relate) -> str:
    """Return one a:tc: its text, margins and anchor, bottom rule and fill."""
    text = cell.text
    left, top, right, bottom = (pt(v) for v in text.insets)
    body = f'<a:txBody><a:bodyPr wrap="square"><a:noAutofit/></a:bodyPr><a:lstStyle/>{paragraphs(text, style, relate)}'
    lines = ('<a:lnL w="0"><a:noFill/></a:lnL><a:lnR w="0"><a:noFill/></a:lnR><a:lnT w="0"><a:noFill/></a:lnT>'
             f'<a:lnB w="{emu(0.75)}">{solid(rule)}</a:lnB>')
    return (f'<a:tc>{body}</a:txBody><a:tcPr marL="{left}" marT="{top}" marR="{right}" marB="{bottom}" '
            f'anchor="{ANCHORS[text.anchor]}">{lines}{fill_xml(cell.fill)}</a:tcPr></a:tc>')


def shape_body(spec: TextSpec, style: DeckStyle, relate: Relate) -> str:
    """Return the p:txBody of a new shape: insets, anchor, wrap, no autofit, paragraphs."""
    attrs = ' rtlCol="0" anchor="ctr"'
    if not spec.frame_from_master:
        values = zip(("lIns", "tIns", "rIns", "bIns"), (pt(v) for v in spec.insets), DEFAULT_INSETS, strict=True)
        insets = "".join(f' {name}="{value}"' for name, value, default in values if value != default)
        attrs = f' rtlCol="0" anchor="{ANCHORS[spec.anchor]}"{insets}'
    return (f'<p:txBody><a:bodyPr{attrs} wrap="square"><a:noAutofit/></a:bodyPr><a:lstStyle/>'
            f"{paragraphs(spec, style, relate)}</p:txBody>")


def paragraphs(spec: TextSpec, style: DeckStyle, relate: Relate) -> str:
    """Return the a:p elements of a text frame."""
    family = style.fonts(spec.face).face.family
    return "".join(paragraph(para, family, style, spec, relate) for para in spec.paras)


def paragraph(para: TextPara, family: str, style: DeckStyle, spec: TextSpec, relate: Relate) -> str:
    """Return an a:p: paragraph properties, then one run or field with its properties."""
    tag = "a:fld" if para.field else "a:r"
    head = f'<a:fld id="{field_id(para.field)}" type="{attr(para.field)}">' if para.field else "<a:r>"
    return (f"<a:p>{ppr(para, family, spec.frame_from_master)}{head}{rpr(para, family, style, spec, relate)}"
            f"<a:t>{esc(para.text)}</a:t></{tag}></a:p>")


def ppr(para: TextPara, family: str, from_master: bool) -> str:
    """Return paragraph properties: alignment, indent, exact line spacing, spacing, bullet."""
    algn = "" if from_master else f' algn="{attr(para.align)}"'
    rtl = ' rtl="1"' if is_rtl(para.text) else ""
    indent = -emu(para.indent) if para.bullet else 0
    bullet = (f'<a:buClr><a:srgbClr val="{hex_colour(para.colour)}"/></a:buClr><a:buFont typeface="{attr(family)}"/>'
              f'<a:buChar char="{attr(para.bullet)}"/>' if para.bullet else "<a:buNone/>")
    return (f'<a:pPr{algn}{rtl} marL="{emu(para.indent)}" indent="{indent}"><a:lnSpc><a:spcPts '
            f'val="{round(para.size * PITCH * 100)}"/></a:lnSpc><a:spcBef><a:spcPts '
            f'val="{round(para.space_before * 100)}"/></a:spcBef><a:spcAft><a:spcPts val="0"/></a:spcAft>'
            f"{bullet}</a:pPr>")


def rpr(para: TextPara, family: str, style: DeckStyle, spec: TextSpec, relate: Relate) -> str:
    """Return run properties: size, weight, style, colour, typefaces, link.

    In a placeholder that keeps its master's look, the typeface, a plain weight and the plain
    text colour are left to the master.
    """
    keep = spec.look_from_master
    bold, italic = ("1" if para.bold else "0"), ("1" if para.italic else "0")
    flags = "".join(f' {name}="{value}"' for name, value in (("b", bold), ("i", italic))
                    if not (keep and value == "0"))
    colour = "" if keep and para.colour.upper() == spec.plain_colour.upper() else solid(para.colour)
    latin = "" if keep else f'<a:latin typeface="{attr(family)}"/>'
    link = f'<a:hlinkClick r:id="{relate(para.link)}"/>' if para.link else ""
    return (f'<a:rPr lang="{attr(style.lang)}" sz="{round(para.size * 100)}"{flags} dirty="0">{colour}{latin}'
            f'<a:ea typeface="{attr(style.ea_for(para.text))}"/><a:cs typeface="{attr(style.cs_typeface)}"/>'
            f"{link}</a:rPr>")


def is_rtl(text: str) -> bool:
    """Tell whether the first strongly directional character of `text` is right-to-left."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


@lru_cache(maxsize=32)
def field_id(kind: str) -> str:
    """Return a stable GUID for a field of `kind` (reproducible output)."""
    return "{" + str(uuid.uuid5(uuid.NAMESPACE_URL, f"sitbrief:{kind}")).upper() + "}"
