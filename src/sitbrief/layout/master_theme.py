"""A deck template's own theme: its heading and body fonts and its scheme colours.

Read straight from the package (the first slide master's theme part), without python-pptx,
so that resolving a layout stays cheap. The template has already passed the safety checks of
`deck_template` when a build opens it; here only the small theme part is parsed.
"""

from __future__ import annotations

import posixpath
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from sitbrief.core.errors import LayoutError

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PR = "http://schemas.openxmlformats.org/package/2006/relationships"
NS = {"a": A, "p": P, "r": R, "pr": PR}
THEME_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme"
MASTER_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideMaster"
SCHEME = ("dk1", "lt1", "dk2", "lt2", "accent1", "accent2", "accent3", "accent4", "accent5",
          "accent6", "hlink", "folHlink")
SYSTEM_COLOURS = {"windowText": "000000", "window": "FFFFFF"}
# Which scheme colour gives each sitbrief colour role when the template's theme is kept.
ROLE_FROM_SCHEME = {"text": "dk1", "background": "lt1", "primary": "dk2", "surface": "lt2",
                    "accent": "accent1", "past": "dk2", "planned": "accent1"}
MAX_PART_BYTES = 8 * 1024 * 1024  # the parts read here are a few kilobytes in any real master


@dataclass(frozen=True)
class MasterTheme:
    """The theme of a template's first master: heading and body Latin fonts, scheme colours."""

    name: str = ""
    heading: str = ""
    body: str = ""
    colours: dict[str, str] = field(default_factory=dict)  # scheme name -> #RRGGBB

    def role_colours(self) -> dict[str, str]:
        """Return the sitbrief colour roles this theme sets (text, background, primary, ...)."""
        return {role: self.colours[name] for role, name in ROLE_FROM_SCHEME.items()
                if name in self.colours}


def read_master_theme(path: Path) -> MasterTheme:
    """Return the theme of the first slide master of the template at `path`."""
    try:
        with zipfile.ZipFile(path) as archive:
            return parse_theme(_theme_xml(archive))
    except (zipfile.BadZipFile, KeyError, OSError, etree.XMLSyntaxError) as exc:
        raise LayoutError(f"deck template {Path(path).name}: its theme cannot be read "
                          f"({exc}); save it again from PowerPoint") from None


def _theme_xml(archive: zipfile.ZipFile) -> bytes:
    """Return the XML of the theme part of the package's first slide master."""
    presentation = _main_part(archive)
    master = _target(archive, presentation, MASTER_REL)
    theme = _target(archive, master, THEME_REL)
    return _read(archive, theme)


def _read(archive: zipfile.ZipFile, name: str) -> bytes:
    """Return part `name`, refusing one that declares more than a theme part ever needs."""
    info = archive.getinfo(name)
    if info.file_size > MAX_PART_BYTES:
        raise KeyError(f"{name} declares {info.file_size} bytes")
    return archive.read(name)


def _main_part(archive: zipfile.ZipFile) -> str:
    """Return the name of the package's presentation part."""
    root = _xml(_read(archive, "_rels/.rels"))
    for rel in root.findall("pr:Relationship", NS):
        if rel.get("Type", "").endswith("/officeDocument"):
            return rel.get("Target").lstrip("/")
    raise KeyError("no presentation part")


def _target(archive: zipfile.ZipFile, part: str, reltype: str) -> str:
    """Return the part `part` relates to by the first relationship of `reltype`."""
    folder, name = posixpath.split(part)
    rels = _xml(_read(archive, posixpath.join(folder, "_rels", name + ".rels")))
    if reltype == MASTER_REL:
        first = _first_master_rid(archive, part)
        rel = next((r for r in rels if r.get("Id") == first), None)
    else:
        rel = next((r for r in rels if r.get("Type") == reltype), None)
    if rel is None:
        raise KeyError(f"{part} has no {reltype.rsplit('/', 1)[-1]}")
    return posixpath.normpath(posixpath.join(folder, rel.get("Target")))


def _first_master_rid(archive: zipfile.ZipFile, presentation: str) -> str:
    """Return the relationship id of the presentation's first slide master."""
    root = _xml(_read(archive, presentation))
    first = root.find("p:sldMasterIdLst/p:sldMasterId", NS)
    if first is None:
        raise KeyError("no slide master")
    return first.get(f"{{{R}}}id")


def _xml(data: bytes):
    """Parse `data` without entities, DTDs or network."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return etree.fromstring(data, parser)


def parse_theme(xml: bytes) -> MasterTheme:
    """Return the fonts and scheme colours of theme XML."""
    root = _xml(xml)
    elements = root.find("a:themeElements", NS)
    if elements is None:
        return MasterTheme(root.get("name", ""))
    return MasterTheme(root.get("name", ""), _font(elements, "majorFont"),
                       _font(elements, "minorFont"), _colours(elements))


def _font(elements, which: str) -> str:
    """Return the Latin typeface of the theme's major or minor font ('' when unset)."""
    latin = elements.find(f"a:fontScheme/a:{which}/a:latin", NS)
    return (latin.get("typeface", "") if latin is not None else "").strip()


def _colours(elements) -> dict[str, str]:
    """Return the colour scheme as scheme name -> #RRGGBB."""
    scheme = elements.find("a:clrScheme", NS)
    found = {}
    for name in SCHEME:
        node = scheme.find(f"a:{name}", NS) if scheme is not None else None
        value = _colour_value(node) if node is not None else None
        if value:
            found[name] = "#" + value.upper()
    return found


def _colour_value(node) -> str | None:
    """Return the RRGGBB of a scheme colour (an sRGB or a system colour)."""
    srgb = node.find("a:srgbClr", NS)
    if srgb is not None and len(srgb.get("val", "")) == 6:
        return srgb.get("val")
    system = node.find("a:sysClr", NS)
    if system is not None:
        return system.get("lastClr") or SYSTEM_COLOURS.get(system.get("val", ""))
    return None
