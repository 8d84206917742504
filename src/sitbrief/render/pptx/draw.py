"""Draw SlidePlans: placeholders filled through python-pptx, shapes and tables inserted as XML.

Every text frame gets explicit insets, anchor, no autofit, word wrap, exact line spacing
(1.2 x size) and explicit sizes; every run names its Latin, East Asian and complex-script
typefaces. Shapes carry no theme style, so they look the same under any template. The shapes'
XML is written by `shapexml` (one function per kind, registered in SHAPES); python-pptx keeps the
package, the parts, the relationships, placeholders, pictures and notes.
"""

from __future__ import annotations

from copy import deepcopy
from dataclasses import dataclass, field

from lxml import etree
from pptx.enum.text import MSO_AUTO_SIZE
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn
from pptx.util import Pt

from sitbrief.render.pptx import shapexml
from sitbrief.render.pptx.frame import Box
from sitbrief.render.pptx.model import PictureSpec, SlidePlan, TableSpec, TextSpec
from sitbrief.render.pptx.notes_slide import write_notes
from sitbrief.render.pptx.style import DeckStyle
from sitbrief.render.pptx.template import SlotFrame, find_placeholder

ANCHORS = shapexml.ANCHORS
EXT_LST = qn("p:extLst")
GROUP_PARTS = {qn("p:nvGrpSpPr"), qn("p:grpSpPr"), EXT_LST}
MAX_LAYOUTS = 32  # layouts whose placeholder clones are kept (data only: elements of no deck)
_PLACEHOLDERS: dict[tuple[str, bytes], tuple] = {}  # (partname, layout XML) -> placeholder clones


@dataclass
class Canvas:
    """One slide being drawn: its python-pptx slide, the deck style and the next free shape id."""

    slide: object
    style: DeckStyle
    next_id: int = 0
    _links: dict[str, str] = field(default_factory=dict)

    def take_id(self) -> int:
        """Return a new shape id (one more than the largest on the slide, as python-pptx counts)."""
        self.next_id += 1
        return self.next_id - 1

    def relate(self, url: str) -> str:
        """Return the relationship id of hyperlink `url` from this slide."""
        return self.slide.part.relate_to(url, RT.HYPERLINK, is_external=True)

    def insert(self, xml: str):
        """Parse `xml` and add it to the slide's shape tree (before any extLst); return it."""
        element = etree.fromstring(xml)
        tree = self.slide.shapes._spTree
        ext = tree.find(EXT_LST)
        if ext is None:
            tree.append(element)
        else:
            ext.addprevious(element)
        return tree[-1] if ext is None else ext.getprevious()


def draw_slide(prs, plan: SlidePlan, frame: SlotFrame, style: DeckStyle):
    """Add the slide of `plan` on its slot's layout and return it."""
    slide = _add_slide(prs, frame.layout)
    slide._element.cSld.set("name", plan.kind)
    used = _fill_placeholders(slide, plan, frame, style) | _fill_fields(slide, plan, frame, style)
    for shape in list(slide.placeholders):
        if shape.shape_id not in used:
            shape._element.getparent().remove(shape._element)
    canvas = Canvas(slide, style, _next_shape_id(slide))
    for spec in plan.shapes:
        draw_shape(canvas, spec)
    if plan.notes:
        write_notes(slide, plan.notes)
    return slide


def _add_slide(prs, layout):
    """Add a slide on `layout` with its placeholders, as python-pptx's `add_slide` does.

    python-pptx clones the layout's placeholders one attribute at a time for every slide; the
    clones depend only on the layout's XML, so they are made once per layout and copied after."""
    key = (str(layout.part.partname), etree.tostring(layout._element))
    clones = _PLACEHOLDERS.get(key)
    if clones is None:
        slide = prs.slides.add_slide(layout)
        if len(_PLACEHOLDERS) >= MAX_LAYOUTS:
            _PLACEHOLDERS.clear()
        _PLACEHOLDERS[key] = tuple(deepcopy(e) for e in slide.shapes._spTree if e.tag not in GROUP_PARTS)
        return slide
    slides = prs.slides
    rid, slide = slides.part.add_slide(layout)
    slide.shapes._spTree.extend(deepcopy(e) for e in clones)
    slides._sldIdLst.add_sldId(rid)
    return slide


def _next_shape_id(slide) -> int:
    """Return one more than the largest numeric id on `slide` (python-pptx's rule)."""
    ids = [int(v) for v in slide.shapes._spTree.xpath("//@id") if v.isdigit()]
    return max(ids) + 1 if ids else 1


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


def _picture(canvas: Canvas, spec: PictureSpec):
    """Draw a picture fitted inside its box, keeping its aspect ratio, aligned right."""
    from pptx.parts.image import Image

    width, height = Image.from_file(str(spec.path)).size
    scale = min(spec.box.w / width, spec.box.h / height)
    w, h = width * scale, height * scale
    box = Box(spec.box.right - w, spec.box.y + (spec.box.h - h) / 2, w, h)
    picture = canvas.slide.shapes.add_picture(str(spec.path), *box.emu())
    picture.name = spec.name
    canvas.next_id = picture.shape_id + 1
    return picture._element


def _shape_kind(spec) -> str:
    """Return the SHAPES key that draws `spec`."""
    if isinstance(spec, TableSpec):
        return "table"
    if isinstance(spec, PictureSpec):
        return "picture"
    return spec.geometry if spec.geometry in SHAPES else "autoshape"


SHAPES = {  # kind -> drawer(canvas, spec) returning the new element
    "table": lambda c, s: c.insert(shapexml.table(c.take_id(), s, c.style, c.relate)),
    "picture": _picture,
    "line": lambda c, s: c.insert(shapexml.connector(c.take_id(), s)),
    "polyline": lambda c, s: c.insert(shapexml.polyline(c.take_id(), s)),
    "freeform": lambda c, s: c.insert(shapexml.freeform(c.take_id(), s)),
    "autoshape": lambda c, s: c.insert(shapexml.autoshape(c.take_id(), s, c.style, c.relate)),
}


def draw_shape(canvas: Canvas, spec):
    """Draw one planned shape, table or picture on the canvas's slide; return its element."""
    return SHAPES[_shape_kind(spec)](canvas, spec)


# --- text in placeholders and text boxes -----------------------------------------------------

def write_text(text_frame, spec: TextSpec, style: DeckStyle) -> None:
    """Write `spec` into a python-pptx text frame: frame properties, then each paragraph."""
    if not spec.frame_from_master:
        left, top, right, bottom = (Pt(v) for v in spec.insets)
        text_frame.margin_left, text_frame.margin_top = left, top
        text_frame.margin_right, text_frame.margin_bottom = right, bottom
        text_frame._bodyPr.set("anchor", ANCHORS[spec.anchor])
    text_frame.word_wrap = True
    text_frame.auto_size = MSO_AUTO_SIZE.NONE
    txbody = text_frame._txBody
    for p in txbody.findall(qn("a:p")):
        txbody.remove(p)

    def relate(url: str) -> str:
        return text_frame.part.relate_to(url, RT.HYPERLINK, is_external=True)

    holder = etree.fromstring(f"<a:txBody {shapexml.NSDECLS}>{shapexml.paragraphs(spec, style, relate)}</a:txBody>")
    txbody.extend(list(holder))
