"""Organisation deck templates checked before python-pptx opens them; .potx read as .pptx.

python-pptx reads every part into memory and follows whatever the package says, so a shared
template is inspected first: size, entry count, declared sizes and ratios (zip bombs), macro
parts, external relationships. A ``.potx`` is opened by rewriting its main content type in memory,
and every part loses its document type declaration (`doctype`) so none reaches an output deck.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path, PurePosixPath

from sitbrief.core.errors import LayoutError
from sitbrief.layout.doctype import strip_doctype

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ENTRIES = 2000
MAX_PART_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 200 * 1024 * 1024
MAX_RATIO = 200
RATIO_FLOOR_BYTES = 1024 * 1024  # smaller parts may compress as well as they like
ACCEPTED = (".pptx", ".potx")
MACRO_SUFFIXES = (".pptm", ".potm", ".ppsm")
CT_TEMPLATE = "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml"
CT_PRESENTATION = ("application/vnd.openxmlformats-officedocument.presentationml."
                   "presentation.main+xml")
CT_PARTS = "[Content_Types].xml"


def open_deck_template(path: Path | str):
    """Return a python-pptx Presentation of the checked template at `path` (.pptx or .potx)."""
    from lxml.etree import LxmlError
    from pptx import Presentation

    data = checked_bytes(Path(path))
    try:
        prs = Presentation(io.BytesIO(data))
        _touch_every_layout(prs)
        return prs
    except (KeyError, ValueError, AttributeError, TypeError, zipfile.BadZipFile, OSError,
            LxmlError, SyntaxError) as exc:
        raise LayoutError(f"deck template {Path(path).name}: damaged or incomplete, python-pptx "
                          f"cannot read it ({exc}); save it again from PowerPoint") from None


def _touch_every_layout(prs) -> None:
    """Parse every slide master and layout now, so a broken part is a layout error, not a crash."""
    masters = list(prs.slide_masters)
    if not masters:
        raise ValueError("it has no slide master")
    for master in masters:
        for layout in master.slide_layouts:
            _ = [shape.shape_type for shape in layout.placeholders], layout.name


def checked_bytes(path: Path) -> bytes:
    """Return the bytes of deck template `path` after every check, .potx rewritten to .pptx."""
    _check_file(path)
    data = path.read_bytes()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            check_archive(archive, path.name)
            types = archive.read(CT_PARTS).decode("utf-8", "replace")
            _check_types(types, path.name)
            changed = _without_doctypes(archive, path.name)
            if CT_TEMPLATE in types:
                changed[CT_PARTS] = types.replace(CT_TEMPLATE, CT_PRESENTATION).encode("utf-8")
            if changed:
                return _rewritten(archive, changed)
    except zipfile.BadZipFile:
        raise LayoutError(f"deck template {path.name}: not a PowerPoint file (not a zip "
                          "package); save it from PowerPoint as .pptx or .potx") from None
    return data


def _check_file(path: Path) -> None:
    """Refuse a missing, macro-enabled, wrongly named or oversized template file."""
    suffix = path.suffix.lower()
    if suffix in MACRO_SUFFIXES:
        raise LayoutError(f"deck template {path.name}: macro-enabled templates are refused; "
                          "save it from PowerPoint as .pptx or .potx without macros")
    if suffix not in ACCEPTED:
        raise LayoutError(f"deck template {path.name}: use a .pptx or .potx file")
    if not path.is_file():
        raise LayoutError(f"deck template {path}: file not found")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise LayoutError(f"deck template {path.name}: {size} bytes is over the "
                          f"{MAX_FILE_BYTES} byte limit; remove embedded media")


def check_archive(archive: zipfile.ZipFile, label: str) -> None:
    """Refuse zip bombs, odd names, macro parts and external relationships in `archive`."""
    entries = archive.infolist()
    if len(entries) > MAX_ENTRIES:
        raise LayoutError(f"deck template {label}: {len(entries)} zip entries (limit "
                          f"{MAX_ENTRIES}); it is not an ordinary template")
    total = 0
    for info in entries:
        _check_entry(info, label)
        total += info.file_size
    if total > MAX_TOTAL_BYTES:
        raise LayoutError(f"deck template {label}: unpacks to {total} bytes (limit "
                          f"{MAX_TOTAL_BYTES}); refused as a possible zip bomb")
    names = [info.filename for info in entries]
    if len(set(names)) != len(names):
        raise LayoutError(f"deck template {label}: duplicate zip entries; refused")
    if CT_PARTS not in names:
        raise LayoutError(f"deck template {label}: no {CT_PARTS}; not a PowerPoint file")
    for name in names:
        if name.endswith(".rels"):
            _check_rels(archive.read(name), name, label)


def _check_entry(info: zipfile.ZipInfo, label: str) -> None:
    """Refuse one zip entry that is oversized, over-compressed, oddly named or a macro."""
    name = info.filename
    parts = PurePosixPath(name).parts
    if name.startswith(("/", "\\")) or ".." in parts or "\\" in name or ":" in name:
        raise LayoutError(f"deck template {label}: entry name {name!r} is not allowed")
    if name.lower().endswith("vbaproject.bin") or "vbadata" in name.lower():
        raise LayoutError(f"deck template {label}: it contains macros ({name}); "
                          "save it without macros as .pptx or .potx")
    if info.file_size > MAX_PART_BYTES:
        raise LayoutError(f"deck template {label}: part {name} declares {info.file_size} "
                          f"bytes (limit {MAX_PART_BYTES}); refused as a possible zip bomb")
    ratio = info.file_size / max(info.compress_size, 1)
    if info.file_size > RATIO_FLOOR_BYTES and ratio > MAX_RATIO:
        raise LayoutError(f"deck template {label}: part {name} compresses {ratio:.0f}:1 "
                          "(a zip bomb?); refused")


def _check_rels(xml: bytes, name: str, label: str) -> None:
    """Refuse a relationships part with external targets."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.fromstring(xml, parser)
    except etree.XMLSyntaxError as exc:
        raise LayoutError(f"deck template {label}: {name} is not valid XML ({exc})") from None
    for rel in root:
        if str(rel.get("TargetMode", "")).lower() == "external":
            raise LayoutError(f"deck template {label}: {name} links to an external resource "
                              f"({rel.get('Target', '')[:80]}); remove external links and "
                              "linked media, then save again")


def _check_types(types: str, label: str) -> None:
    """Refuse packages whose content types declare macros."""
    lowered = types.lower()
    if "macroenabled" in lowered or "vbaproject" in lowered:
        raise LayoutError(f"deck template {label}: it is macro-enabled; save it without "
                          "macros as .pptx or .potx")
    if CT_TEMPLATE.lower() not in lowered and CT_PRESENTATION.lower() not in lowered:
        raise LayoutError(f"deck template {label}: not a PowerPoint presentation or template")


def _without_doctypes(archive: zipfile.ZipFile, label: str) -> dict[str, bytes]:
    """Return the parts of `archive` that declare a DTD, each without it; refuse one using its entities."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    changed = {}
    for info in archive.infolist():
        stripped = strip_doctype(archive.read(info))
        if stripped is None:
            continue
        try:
            etree.fromstring(stripped, parser)
        except etree.XMLSyntaxError:
            raise LayoutError(f"deck template {label}: part {info.filename} declares a DTD and uses "
                              "its entities; refused (save it again from PowerPoint)") from None
        changed[info.filename] = stripped
    return changed


def _rewritten(archive: zipfile.ZipFile, changed: dict[str, bytes]) -> bytes:
    """Return the package with the parts in `changed` replaced, as new zip bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in archive.infolist():
            data = changed.get(info.filename)
            target.writestr(info, archive.read(info) if data is None else data,
                            compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()
