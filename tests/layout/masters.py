"""Build PowerPoint masters for tests and for the riskco example (renamed layouts, own theme).

Run ``python -m tests.layout.masters`` from the repository root to regenerate
``layouts/riskco/assets/riskco-master.pptx``.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from lxml import etree

CT_TEMPLATE = "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml"
CT_PRESENTATION = ("application/vnd.openxmlformats-officedocument.presentationml."
                   "presentation.main+xml")
RISKCO_RENAMES = {
    "Title Slide": "Cover",
    "Title and Content": "Headline and Text",
    "Section Header": "Divider",
    "Two Content": "Two Columns",
    "Comparison": "Side by Side",
    "Title Only": "Headline Only",
    "Blank": "Clean",
    "Content with Caption": "Text with Note",
    "Picture with Caption": "Picture with Note",
    "Title and Vertical Text": "Headline and Vertical Text",
    "Vertical Title and Text": "Vertical Headline and Text",
}
RISKCO_COLOURS = {"dk2": "0B3C49", "lt2": "EDF2F1", "accent1": "946002", "accent2": "0B3C49",
                  "accent3": "36707E", "accent4": "8C2F39", "accent5": "5F737D",
                  "accent6": "A4C3B2"}
RISKCO_FONTS = ("Liberation Serif", "Liberation Sans")
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
WIDE = (12192000, 6858000)


def build_master(renames: dict[str, str] | None = None, colours: dict[str, str] | None = None,
                 fonts: tuple[str, str] | None = None, size: tuple[int, int] = WIDE,
                 bar: str | None = None, tweak=None) -> bytes:
    """Return a .pptx built from python-pptx's default template with the changes asked for."""
    from pptx import Presentation
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT

    prs = Presentation()
    _resize(prs, size)
    for layout in prs.slide_layouts:
        layout.name = (renames or {}).get(layout.name, layout.name)
    theme = prs.slide_master.part.part_related_by(RT.THEME)
    theme._blob = _retheme(theme.blob, colours or {}, fonts)
    if bar:
        _add_bar(prs.slide_master, size, bar)
        _colour_titles(prs.slide_master, "tx2")
    if tweak is not None:
        tweak(prs)
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()


def _resize(prs, size: tuple[int, int]) -> None:
    """Set the slide size and stretch master and layout shapes across the new width."""
    scale = size[0] / prs.slide_width
    prs.slide_width, prs.slide_height = size
    for shapes in [prs.slide_master.shapes] + [layout.shapes for layout in prs.slide_layouts]:
        for shape in shapes:
            if shape._element.xfrm is not None:  # placeholders without one inherit theirs
                shape.left, shape.width = int(shape.left * scale), int(shape.width * scale)


def _retheme(blob: bytes, colours: dict[str, str], fonts: tuple[str, str] | None) -> bytes:
    """Return theme XML with scheme colours and major/minor Latin fonts replaced."""
    root = etree.fromstring(blob)
    for name, value in colours.items():
        for node in root.iter(f"{{{A}}}{name}"):
            for child in list(node):
                node.remove(child)
            etree.SubElement(node, f"{{{A}}}srgbClr", val=value)
    if fonts:
        for tag, face in zip(("majorFont", "minorFont"), fonts, strict=True):
            for latin in root.iter(f"{{{A}}}{tag}"):
                latin.find(f"{{{A}}}latin").set("typeface", face)
    root.set("name", "Riskco" if fonts else root.get("name", "Office Theme"))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _add_bar(master, size: tuple[int, int], colour: str) -> None:
    """Draw a thin accent bar along the bottom of the master."""
    height = 91440
    xml = (f'<p:sp xmlns:p="{P}" xmlns:a="{A}"><p:nvSpPr><p:cNvPr id="90" name="Brand bar"/>'
           '<p:cNvSpPr/><p:nvPr userDrawn="1"/></p:nvSpPr><p:spPr>'
           f'<a:xfrm><a:off x="0" y="{size[1] - height}"/><a:ext cx="{size[0]}" cy="{height}"/>'
           f'</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill>'
           f'<a:srgbClr val="{colour}"/></a:solidFill><a:ln><a:noFill/></a:ln></p:spPr></p:sp>')
    master.shapes._spTree.append(etree.fromstring(xml))


def _colour_titles(master, scheme_colour: str) -> None:
    """Make the master's title style use a theme colour."""
    rpr = master.element.find(f"{{{P}}}txStyles/{{{P}}}titleStyle/{{{A}}}lvl1pPr/{{{A}}}defRPr")
    fill = etree.fromstring(f'<a:solidFill xmlns:a="{A}"><a:schemeClr val="{scheme_colour}"/>'
                            '</a:solidFill>')
    for old in rpr.findall(f"{{{A}}}solidFill"):
        rpr.remove(old)
    rpr.insert(0, fill)


def to_potx(pptx_bytes: bytes) -> bytes:
    """Return the package with its main content type changed to a template (.potx)."""
    return rewrite_parts(pptx_bytes, {"[Content_Types].xml": lambda b: b.replace(
        CT_PRESENTATION.encode(), CT_TEMPLATE.encode())})


def rewrite_parts(data: bytes, changes: dict, extra: dict[str, bytes] | None = None) -> bytes:
    """Return zip `data` with parts changed by functions in `changes` and `extra` parts added."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info)
            dst.writestr(info.filename, changes.get(info.filename, lambda b: b)(body),
                         zipfile.ZIP_DEFLATED)
        for name, body in (extra or {}).items():
            dst.writestr(name, body, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def add_external_link(data: bytes) -> bytes:
    """Return the package with an external hyperlink relationship on the first layout."""
    rels = "ppt/slideLayouts/_rels/slideLayout1.xml.rels"
    link = ('<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/hyperlink" Target="http://example.invalid/x" '
            'TargetMode="External"/></Relationships>')
    return rewrite_parts(data, {rels: lambda b: re.sub(rb"</Relationships>\s*$",
                                                       link.encode(), b)})


LAYOUT_PART = re.compile(r"ppt/slideLayouts/slideLayout(\d+)\.xml")
CT_LAYOUT = "application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml"
CT_MASTER = "application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"
MASTER_REL = ('<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/'
              '2006/relationships/slideMaster" Target="slideMasters/slideMaster2.xml"/>')
MASTER_ID = b'<p:sldMasterId id="2147484900" r:id="rId90"/>'


def add_second_master(data: bytes, renames: dict[str, str]) -> bytes:
    """Return the package with a copy of master 1 (and its layouts, renamed) as master 2."""
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        extra = _copy_layouts(src, renames)
        extra.update(_copy_master(src, offset=len(extra) // 2))
    overrides = "".join(f'<Override PartName="/{n}" ContentType="{CT_LAYOUT}"/>'
                        for n in extra if LAYOUT_PART.fullmatch(n))
    overrides += (f'<Override PartName="/ppt/slideMasters/slideMaster2.xml" '
                  f'ContentType="{CT_MASTER}"/>')
    changes = {
        "[Content_Types].xml": lambda b: b.replace(b"</Types>", overrides.encode() + b"</Types>"),
        "ppt/_rels/presentation.xml.rels": lambda b: b.replace(
            b"</Relationships>", MASTER_REL.encode() + b"</Relationships>"),
        "ppt/presentation.xml": lambda b: b.replace(
            b"</p:sldMasterIdLst>", MASTER_ID + b"</p:sldMasterIdLst>"),
    }
    return rewrite_parts(data, changes, extra)


def _copy_layouts(src: zipfile.ZipFile, renames: dict[str, str]) -> dict[str, bytes]:
    """Return copies of every slide layout (numbered after the originals) pointing at master 2."""
    numbers = [int(m.group(1)) for n in src.namelist() if (m := LAYOUT_PART.fullmatch(n))]
    extra = {}
    for number in numbers:
        body = src.read(f"ppt/slideLayouts/slideLayout{number}.xml").decode()
        for old, new in renames.items():
            body = body.replace(f'name="{old}"', f'name="{new}"')
        copy = number + len(numbers)
        extra[f"ppt/slideLayouts/slideLayout{copy}.xml"] = body.encode()
        rels = src.read(f"ppt/slideLayouts/_rels/slideLayout{number}.xml.rels").decode()
        extra[f"ppt/slideLayouts/_rels/slideLayout{copy}.xml.rels"] = rels.replace(
            "slideMaster1.xml", "slideMaster2.xml").encode()
    return extra


def _copy_master(src: zipfile.ZipFile, offset: int) -> dict[str, bytes]:
    """Return master 2: master 1 with fresh layout ids and relationships to the copies."""
    master = re.sub(r'id="(\d+)"', lambda m: f'id="{int(m.group(1)) + 1000}"'
                    if int(m.group(1)) > 2147483648 else m.group(0),
                    src.read("ppt/slideMasters/slideMaster1.xml").decode())
    rels = re.sub(r"slideLayout(\d+)\.xml",
                  lambda m: f"slideLayout{int(m.group(1)) + offset}.xml",
                  src.read("ppt/slideMasters/_rels/slideMaster1.xml.rels").decode())
    return {"ppt/slideMasters/slideMaster2.xml": master.encode(),
            "ppt/slideMasters/_rels/slideMaster2.xml.rels": rels.encode()}


FOOTER_TOP = 6_126_480  # 6.7 in: footer, date and number clear a slide's bottom marking band


def _riskco_tweaks(prs) -> None:
    """Line the Cover's subtitle up under its title; lift footers above the marking band."""
    from pptx.enum.shapes import PP_PLACEHOLDER as PP

    cover = prs.slide_layouts[0]
    title, subtitle = cover.placeholders[0], cover.placeholders[1]
    subtitle.left, subtitle.width = title.left, title.width
    subtitle.top = title.top + title.height + 91440
    for owner in [prs.slide_master, *prs.slide_layouts]:
        for shape in owner.placeholders:
            field = shape.placeholder_format.type in (PP.DATE, PP.FOOTER, PP.SLIDE_NUMBER)
            if field and shape._element.xfrm is not None:
                shape.top = FOOTER_TOP


def riskco_master() -> bytes:
    """Return the riskco example's master: renamed layouts, teal/ochre theme, serif headings."""
    return build_master(RISKCO_RENAMES, RISKCO_COLOURS, RISKCO_FONTS, WIDE, bar="D98E04",
                        tweak=_riskco_tweaks)


if __name__ == "__main__":
    target = Path("layouts/riskco/assets/riskco-master.pptx")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(riskco_master())
    print(f"wrote {target}")
