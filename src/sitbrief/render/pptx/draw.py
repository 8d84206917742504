"""Draw SlidePlans with python-pptx: placeholders filled, native shapes, tables, text runs.

Every text frame gets explicit insets, anchor, no autofit, word wrap, exact line spacing
(1.2 x size) and explicit sizes; every run names its Latin, East Asian and complex-script
typefaces. Shapes carry no theme style, so they look the same under any template.
"""

from __future__ import annotations

import unicodedata
import uuid

from lxml import etree
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.enum.text import MSO_AUTO_SIZE
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn
from pptx.util import Pt

from sitbrief.render.pptx.frame import Box
from sitbrief.render.pptx.model import (
    PictureSpec,
    ShapeSpec,
    SlidePlan,
    TableSpec,
    TextPara,
    TextSpec,
)
from sitbrief.render.pptx.style import DeckStyle
from sitbrief.render.pptx.template import SlotFrame, find_placeholder
from sitbrief.render.textfit import PITCH

NO_STYLE_TABLE = "{2D5ABB26-0587-4C30-8999-92F81FD0307C}"
GEOMETRY = {"rect": MSO_SHAPE.RECTANGLE, "ellipse": MSO_SHAPE.OVAL,
            "roundRect": MSO_SHAPE.ROUNDED_RECTANGLE, "diamond": MSO_SHAPE.DIAMOND}
ANCHORS = {"t": "t", "ctr": "ctr", "b": "b"}


def emu(points: float) -> int:
    """Return `points` in EMU."""
    return round(points * 12700)


def draw_slide(prs, plan: SlidePlan, frame: SlotFrame, style: DeckStyle):
    """Add the slide of `plan` on its slot's layout and return it."""
    slide = prs.slides.add_slide(frame.layout)
    slide._element.cSld.set("name", plan.kind)
    used = _fill_placeholders(slide, plan, frame, style) | _fill_fields(slide, plan, frame, style)
    for shape in list(slide.placeholders):
        if shape.shape_id not in used:
            shape._element.getparent().remove(shape._element)
    slide.shapes.turbo_add_enabled = True  # ids counted on, not searched for in every (map outline) element
    for spec in plan.shapes:
        draw_shape(slide, spec, style)
    slide.shapes.turbo_add_enabled = False
    if plan.notes:
        slide.notes_slide.notes_text_frame.text = plan.notes
    return slide


def _fill_placeholders(slide, plan: SlidePlan, frame: SlotFrame, style: DeckStyle) -> set[int]:
    """Write the title and subtitle into their placeholders (text boxes if missing)."""
    used = set()
    for role, spec in (("title", plan.title), ("subtitle", plan.subtitle), ("body", plan.body)):
        if spec is None:
            continue
        box = getattr(frame, role)
        shape = None if role in frame.replaced else find_placeholder(
            slide, frame.slot.placeholders.get(role))
        if shape is None:
            if box is None:
                style.warnings.append(f"slot {frame.name!r}: no {role} placeholder; text left out")
                continue
            shape = slide.shapes.add_textbox(*box.emu())
        else:
            used.add(shape.shape_id)
        write_text(shape.text_frame, spec, style)
    return used


def _fill_fields(slide, plan: SlidePlan, frame: SlotFrame, style: DeckStyle) -> set[int]:
    """Add the layout's own footer, date and slide-number placeholders the plan fills."""
    used = set()
    for role, spec in plan.fields.items():
        place = frame.fields.get(role)
        if place is None:
            continue
        slide.shapes.clone_placeholder(place.shape)
        shape = slide.placeholders[place.shape.placeholder_format.idx]
        used.add(shape.shape_id)
        write_text(shape.text_frame, spec, style)
    return used


def draw_shape(slide, spec, style: DeckStyle):
    """Draw one planned shape, table or picture on `slide`; return its element."""
    if isinstance(spec, TableSpec):
        element = _table(slide, spec, style)
    elif isinstance(spec, PictureSpec):
        element = _picture(slide, spec)
    elif spec.geometry == "line":
        element = _line(slide, spec)
    elif spec.geometry == "polyline":
        element = _polyline(slide, spec)
    elif spec.geometry == "freeform":
        element = _freeform(slide, spec)
    else:
        element = _autoshape(slide, spec, style)
    return element


def _strip_style(shape) -> None:
    """Remove the theme style reference python-pptx gives new shapes."""
    found = shape._element.find(qn("p:style"))
    if found is not None:
        shape._element.remove(found)


def _autoshape(slide, spec: ShapeSpec, style: DeckStyle):
    """Draw a rectangle or ellipse with its fill, outline and text."""
    shape = slide.shapes.add_shape(GEOMETRY[spec.geometry], *spec.box.emu())
    _strip_style(shape)
    shape.name = spec.name or shape.name
    if spec.fill:
        shape.fill.solid()
        shape.fill.fore_color.rgb = _rgb(spec.fill)
    else:
        shape.fill.background()
    _outline(shape.line, spec)
    if spec.text is not None:
        write_text(shape.text_frame, spec.text, style)
    return shape._element


def _outline(line, spec: ShapeSpec) -> None:
    """Set a shape's outline (none when the spec has no line colour)."""
    if not spec.line:
        line.fill.background()
        return
    line.color.rgb = _rgb(spec.line)
    line.width = Pt(spec.line_width)
    if spec.dash:
        from pptx.enum.dml import MSO_LINE_DASH_STYLE

        line.dash_style = MSO_LINE_DASH_STYLE.DASH


def _line(slide, spec: ShapeSpec):
    """Draw a straight line from the box's top-left corner to its far corner."""
    box = spec.box
    shape = slide.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, emu(box.x), emu(box.y),
                                       emu(box.x + box.w), emu(box.y + box.h))
    _strip_style(shape)
    shape.name = spec.name or shape.name
    _outline(shape.line, spec)
    return shape._element


def _polyline(slide, spec: ShapeSpec):
    """Draw an open freeform through the spec's points (no fill)."""
    return _custom(slide, spec, [spec.points], closed=False)


FREEFORM_UNIT = 0.1  # points per path unit: tenths of a point keep the XML short
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"


def _freeform(slide, spec: ShapeSpec):
    """Draw closed, filled contours as one freeform shape (a country with its islands)."""
    return _custom(slide, spec, spec.rings, closed=True)


def _custom(slide, spec: ShapeSpec, contours, closed: bool):
    """Draw contours as one custom-geometry shape: one path, a moveTo per contour, lnTo per vertex.

    The geometry is written directly (python-pptx's FreeformBuilder is quadratic in the number of
    vertices, and takes its shape id past the slide's turbo-add counter).
    """
    xs = [x for ring in contours for x, _ in ring]
    ys = [y for ring in contours for _, y in ring]
    left, top = min(xs), min(ys)
    width, height = max(max(xs) - left, 0.1), max(max(ys) - top, 0.1)
    shape = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, *Box(left, top, width, height).emu())
    _strip_style(shape)
    shape.name = spec.name or shape.name
    end = "<a:close/>" if closed else ""
    parts = []
    for ring in contours:
        pts = [f'<a:pt x="{round((x - left) / FREEFORM_UNIT)}" y="{round((y - top) / FREEFORM_UNIT)}"/>'
               for x, y in ring]
        parts.append(f"<a:moveTo>{pts[0]}</a:moveTo><a:lnTo>" + "</a:lnTo><a:lnTo>".join(pts[1:])
                     + "</a:lnTo>" + end)
    w, h = round(width / FREEFORM_UNIT), round(height / FREEFORM_UNIT)
    fill = "" if closed else ' fill="none"'
    geometry = etree.fromstring(
        f'<a:custGeom xmlns:a="{_A}"><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/>'
        f'<a:rect l="0" t="0" r="r" b="b"/><a:pathLst><a:path w="{w}" h="{h}"{fill}>{"".join(parts)}</a:path>'
        f"</a:pathLst></a:custGeom>")
    preset = shape._element.spPr.find(qn("a:prstGeom"))
    preset.addprevious(geometry)
    preset.getparent().remove(preset)
    if spec.fill and closed:
        shape.fill.solid()
        shape.fill.fore_color.rgb = _rgb(spec.fill)
    else:
        shape.fill.background()
    _outline(shape.line, spec)
    return shape._element


def _picture(slide, spec: PictureSpec):
    """Draw a picture fitted inside its box, keeping its aspect ratio, aligned right."""
    from pptx.parts.image import Image

    width, height = Image.from_file(str(spec.path)).size
    scale = min(spec.box.w / width, spec.box.h / height)
    w, h = width * scale, height * scale
    box = Box(spec.box.right - w, spec.box.y + (spec.box.h - h) / 2, w, h)
    picture = slide.shapes.add_picture(str(spec.path), *box.emu())
    picture.name = spec.name
    return picture._element


def _table(slide, spec: TableSpec, style: DeckStyle):
    """Draw a native table: widths, heights, fills, bottom rules and text."""
    rows, cols = len(spec.rows), len(spec.widths)
    graphic = slide.shapes.add_table(rows, cols, *spec.box.emu())
    graphic.name = spec.name
    table = graphic.table
    table._tbl.tblPr.find(qn("a:tableStyleId")).text = NO_STYLE_TABLE
    table.first_row, table.horz_banding = spec.header, False
    for col, width in enumerate(spec.widths):
        table.columns[col].width = emu(width)
    for row, height in enumerate(spec.heights):
        table.rows[row].height = emu(height)
    for r, cells in enumerate(spec.rows):
        for c, cell_spec in enumerate(cells):
            cell = table.cell(r, c)
            write_text(cell.text_frame, cell_spec.text, style, cell=cell)
            _cell_props(cell, cell_spec.fill, spec.rule)
    return graphic._element


def _cell_props(cell, fill: str | None, rule: str) -> None:
    """Set a cell's bottom rule and fill (tcPr children in schema order)."""
    tc_pr = cell._tc.get_or_add_tcPr()
    for child in list(tc_pr):
        tc_pr.remove(child)
    for side in ("a:lnL", "a:lnR", "a:lnT", "a:lnB"):
        ln = etree.SubElement(tc_pr, qn(side), w=str(emu(0.75) if side == "a:lnB" else 0))
        if side == "a:lnB":
            _solid(ln, rule)
        else:
            etree.SubElement(ln, qn("a:noFill"))
    if fill:
        _solid(tc_pr, fill)
    else:
        etree.SubElement(tc_pr, qn("a:noFill"))


def _solid(parent, colour: str) -> None:
    """Append a solid fill of `colour` to `parent`."""
    fill = etree.SubElement(parent, qn("a:solidFill"))
    etree.SubElement(fill, qn("a:srgbClr"), val=colour.lstrip("#").upper())


def _rgb(colour: str):
    """Return a python-pptx RGBColor for a '#RRGGBB' string."""
    from pptx.dml.color import RGBColor

    return RGBColor.from_string(colour.lstrip("#").upper())


# --- text ----------------------------------------------------------------------------------

def write_text(text_frame, spec: TextSpec, style: DeckStyle, cell=None) -> None:
    """Write `spec` into a text frame: frame properties, then each paragraph."""
    left, top, right, bottom = (Pt(v) for v in spec.insets)
    if cell is not None:
        cell.margin_left, cell.margin_top, cell.margin_right, cell.margin_bottom = \
            left, top, right, bottom
        cell._tc.get_or_add_tcPr().set("anchor", ANCHORS[spec.anchor])
    elif not spec.frame_from_master:
        text_frame.margin_left, text_frame.margin_top = left, top
        text_frame.margin_right, text_frame.margin_bottom = right, bottom
        text_frame._bodyPr.set("anchor", ANCHORS[spec.anchor])
    text_frame.word_wrap = True
    text_frame.auto_size = MSO_AUTO_SIZE.NONE
    txbody = text_frame._txBody
    for p in txbody.findall(qn("a:p")):
        txbody.remove(p)
    family = style.fonts(spec.face).face.family
    for para in spec.paras:
        txbody.append(_paragraph(text_frame, para, family, style, spec))


def _paragraph(text_frame, para: TextPara, family: str, style: DeckStyle, spec: TextSpec):
    """Return an a:p element for `para`."""
    p = etree.Element(qn("a:p"))
    ppr = _ppr(para, family)
    if spec.frame_from_master:
        del ppr.attrib["algn"]
    p.append(ppr)
    if para.field:
        run = etree.SubElement(p, qn("a:fld"), id=_field_id(para.field), type=para.field)
    else:
        run = etree.SubElement(p, qn("a:r"))
    rpr = _rpr(text_frame, para, family, style)
    if spec.look_from_master:
        _leave_to_master(rpr, para, spec)
    run.append(rpr)
    etree.SubElement(run, qn("a:t")).text = para.text
    return p


def _ppr(para: TextPara, family: str):
    """Return paragraph properties: alignment, indent, exact line spacing, spacing, bullet."""
    ppr = etree.Element(qn("a:pPr"), algn=para.align)
    if is_rtl(para.text):
        ppr.set("rtl", "1")
    if para.bullet:
        ppr.set("marL", str(emu(para.indent)))
        ppr.set("indent", str(-emu(para.indent)))
    else:
        ppr.set("marL", str(emu(para.indent)))
        ppr.set("indent", "0")
    spacing = etree.SubElement(ppr, qn("a:lnSpc"))
    etree.SubElement(spacing, qn("a:spcPts"), val=str(round(para.size * PITCH * 100)))
    before = etree.SubElement(ppr, qn("a:spcBef"))
    etree.SubElement(before, qn("a:spcPts"), val=str(round(para.space_before * 100)))
    after = etree.SubElement(ppr, qn("a:spcAft"))
    etree.SubElement(after, qn("a:spcPts"), val="0")
    if para.bullet:
        _solid_bullet(ppr, para, family)
    else:
        etree.SubElement(ppr, qn("a:buNone"))
    return ppr


def is_rtl(text: str) -> bool:
    """Tell whether the first strongly directional character of `text` is right-to-left."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def _solid_bullet(ppr, para: TextPara, family: str) -> None:
    """Append a coloured bullet character, in the text's own typeface, to paragraph properties."""
    colour = etree.SubElement(ppr, qn("a:buClr"))
    etree.SubElement(colour, qn("a:srgbClr"), val=para.colour.lstrip("#").upper())
    etree.SubElement(ppr, qn("a:buFont"), typeface=family)
    etree.SubElement(ppr, qn("a:buChar"), char=para.bullet)


def _rpr(text_frame, para: TextPara, family: str, style: DeckStyle):
    """Return run properties: size, weight, style, colour, typefaces, link."""
    rpr = etree.Element(qn("a:rPr"), lang=style.lang, sz=str(round(para.size * 100)),
                        b="1" if para.bold else "0", i="1" if para.italic else "0", dirty="0")
    _solid(rpr, para.colour)
    etree.SubElement(rpr, qn("a:latin"), typeface=family)
    etree.SubElement(rpr, qn("a:ea"), typeface=style.ea_for(para.text))
    etree.SubElement(rpr, qn("a:cs"), typeface=style.cs_typeface)
    if para.link:
        part = text_frame.part
        rid = part.relate_to(para.link, RT.HYPERLINK, is_external=True)
        etree.SubElement(rpr, qn("a:hlinkClick"), {qn("r:id"): rid})
    return rpr


def _leave_to_master(rpr, para: TextPara, spec: TextSpec) -> None:
    """Drop what a placeholder's master decides: typeface, plain colour, plain weight."""
    rpr.remove(rpr.find(qn("a:latin")))
    for attr in ("b", "i"):
        if rpr.get(attr) == "0":
            del rpr.attrib[attr]
    fill = rpr.find(qn("a:solidFill"))
    if fill is not None and para.colour.upper() == spec.plain_colour.upper():
        rpr.remove(fill)


def _field_id(kind: str) -> str:
    """Return a stable GUID for a field of `kind` (reproducible output)."""
    return "{" + str(uuid.uuid5(uuid.NAMESPACE_URL, f"sitbrief:{kind}")).upper() + "}"
