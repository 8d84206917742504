"""The default deck master: python-pptx's template made 16:9, cleaned, with named slide layouts.

Run ``python -m sitbrief.render.pptx.master`` to regenerate ``layouts/default/assets/master.pptx``
(committed). The writer builds the same master in memory when that file is missing or when a
layout asks for another slide size.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT

from sitbrief.render.pptx.frame import EMU_PER_PT, master_boxes
from sitbrief.render.pptx.package import (
    DocInfo,
    drop_stale_parts,
    package_bytes,
    set_app_properties,
    set_core_properties,
)

WIDESCREEN = (12192000, 6858000)
LAYOUTS = ("Title Slide", "Title and Content", "Title Only", "Blank")
FIXED_TIME = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS = {"a": A, "p": "http://schemas.openxmlformats.org/presentationml/2006/main"}
REPO_MASTER = Path(__file__).resolve().parents[4] / "layouts" / "default" / "assets" / "master.pptx"
PACKAGED_MASTER = Path(__file__).resolve().parents[2] / "layouts" / "default" / "assets" / "master.pptx"
BODY_SIZES = (2000, 1800, 1600, 1400, 1400)
FIELD_TYPES = ("dt", "ftr", "sldNum")


def default_master_path() -> Path | None:
    """Return the committed default master (installed or in the source tree), if present."""
    return next((p for p in (PACKAGED_MASTER, REPO_MASTER) if p.is_file()), None)


def build_master(size: tuple[int, int] = WIDESCREEN, font: str = "Liberation Sans"):
    """Return python-pptx's default template made `size` EMU, cleaned, with named layouts."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = size
    prs.part._element.find("p:sldSz", NS).attrib.pop("type", None)
    master = prs.slide_master
    _keep_layouts(master, LAYOUTS)
    boxes = master_boxes(size[0] / EMU_PER_PT, size[1] / EMU_PER_PT)
    _place(master, boxes, only_explicit=False)
    for layout in master.slide_layouts:
        _place(layout, boxes, only_explicit=True)
        _align_left(layout)
        _drop_fields(layout)
    _style_master(master)
    _rename_theme(master, font)
    _clean(prs)
    return prs


def _keep_layouts(master, names: tuple[str, ...]) -> None:
    """Remove every slide layout of `master` not named in `names`."""
    for layout in list(master.slide_layouts):
        if layout.name not in names:
            master.slide_layouts.remove(layout)


def _ph_type(shape) -> str:
    """Return the XML placeholder type of `shape` ('obj' when unstated)."""
    return shape._element.xpath("./p:nvSpPr/p:nvPr/p:ph")[0].get("type", "obj")


def _place(owner, boxes: dict, only_explicit: bool) -> None:
    """Move the placeholders of a master or layout to the boxes for their types."""
    for shape in owner.placeholders:
        box = boxes.get(_ph_type(shape))
        explicit = shape._element.spPr.find(f"{{{A}}}xfrm") is not None
        if box is None or (only_explicit and not explicit):
            continue
        shape.left, shape.top, shape.width, shape.height = box.emu()


def _drop_fields(layout) -> None:
    """Remove a layout's date, footer and slide-number placeholders (sitbrief draws its own)."""
    for shape in list(layout.placeholders):
        if _ph_type(shape) in FIELD_TYPES:
            shape._element.getparent().remove(shape._element)


def _align_left(layout) -> None:
    """Left-align the layout's own paragraph styles (the title slide is centred by default)."""
    for ppr in layout._element.xpath(".//a:lstStyle/*[@algn='ctr']"):
        ppr.set("algn", "l")
    for ph in layout.placeholders:
        body = ph._element.xpath("./p:txBody/a:bodyPr")
        if body and _ph_type(ph) in ("ctrTitle", "subTitle", "title"):
            body[0].set("anchor", "t" if _ph_type(ph) == "subTitle" else "b")


def _style_master(master) -> None:
    """Left-align a bold 28 pt title and scale body levels down for a 16:9 briefing."""
    title = master._element.xpath(".//p:titleStyle/a:lvl1pPr")[0]
    title.set("algn", "l")
    rpr = title.find("a:defRPr", NS)
    rpr.set("sz", "2800")
    rpr.set("b", "1")
    for level, size in enumerate(BODY_SIZES, start=1):
        for rpr in master._element.xpath(f".//p:bodyStyle/a:lvl{level}pPr/a:defRPr"):
            rpr.set("sz", str(size))


def _rename_theme(master, font: str) -> None:
    """Name the theme 'sitbrief' and make `font` its heading and body Latin typeface."""
    part = master.part.part_related_by(RT.THEME)
    root = etree.fromstring(part.blob)
    root.set("name", "sitbrief")
    root.find("a:themeElements/a:fontScheme", NS).set("name", "sitbrief")
    for latin in root.xpath("a:themeElements/a:fontScheme/*/a:latin", namespaces=NS):
        latin.set("typeface", font)
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _clean(prs) -> None:
    """Drop thumbnail and printer settings; set neutral core and app properties."""
    drop_stale_parts(prs)
    info = DocInfo(title="sitbrief default master", author="sitbrief")
    set_core_properties(prs, info, FIXED_TIME)
    set_app_properties(prs, "")


def master_bytes(size: tuple[int, int] = WIDESCREEN) -> bytes:
    """Return the default master as reproducible .pptx bytes."""
    return package_bytes(build_master(size), FIXED_TIME, reproducible=True)


def open_default_master(size: tuple[int, int] = WIDESCREEN):
    """Return the default master as a Presentation: the committed file, or built in memory."""
    path = default_master_path()
    if path is not None and size == WIDESCREEN:
        return Presentation(str(path))
    return Presentation(io.BytesIO(master_bytes(size)))


def write_default_master(path: Path = REPO_MASTER) -> Path:
    """Write the default master to `path` (the committed asset by default) and return it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(master_bytes())
    return path


if __name__ == "__main__":  # pragma: no cover
    print(write_default_master())
