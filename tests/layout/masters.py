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
RISKCO_COLOURS = {"dk2": "0B3C49", "lt2": "EDF2F1", "accent1": "0B3C49", "accent2": "D98E04",
                  "accent3": "3C7A89", "accent4": "8C2F39", "accent5": "6B818C",
                  "accent6": "A4C3B2"}
RISKCO_FONTS = ("Liberation Serif", "Liberation Sans")
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
WIDE = (12192000, 6858000)


def build_master(renames: dict[str, str] | None = None, colours: dict[str, str] | None = None,
                 fonts: tuple[str, str] | None = None, size: tuple[int, int] = WIDE,
                 bar: str | None = None) -> bytes:
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
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()


def _resize(prs, size: tuple[int, int]) -> None:
    """Set the slide size and stretch master and layout shapes across the new width."""
    scale = size[0] / prs.slide_width
    prs.slide_width, prs.slide_height = size
    for shapes in [prs.slide_master.shapes] + [layout.shapes for layout in prs.slide_layouts]:
        for shape in shapes:
            if shape.left is not None and shape.width is not None:
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


def riskco_master() -> bytes:
    """Return the riskco example's master: renamed layouts, teal/ochre theme, serif headings."""
    return build_master(RISKCO_RENAMES, RISKCO_COLOURS, RISKCO_FONTS, WIDE, bar="D98E04")


if __name__ == "__main__":
    target = Path("layouts/riskco/assets/riskco-master.pptx")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(riskco_master())
    print(f"wrote {target}")
