"""The deck as a file: core and app properties, template leftovers, reproducible zip, atomic write."""

from __future__ import annotations

import datetime as dt
import io
import os
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.serialized import PackageWriter

MAX_PROPERTY = 255
ZIP_EPOCH = dt.datetime(1980, 1, 1, tzinfo=dt.timezone.utc)
# Package- and presentation-level parts of a template that say nothing about this deck.
STALE_PACKAGE_RELS = (RT.THUMBNAIL, RT.CUSTOM_PROPERTIES)
STALE_PRESENTATION_RELS = (RT.PRINTER_SETTINGS, RT.COMMENT_AUTHORS)
APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>sitbrief</Application><PresentationFormat>{format}</PresentationFormat>"
    "<Slides>{slides}</Slides><Notes>{notes}</Notes><Company>{company}</Company>"
    "<AppVersion>1.0000</AppVersion></Properties>"
)


@dataclass
class DocInfo:
    """The core properties of a deck."""

    title: str = ""
    author: str = ""
    subject: str = ""
    keywords: list[str] = field(default_factory=list)
    language: str = ""
    identifier: str = ""


def build_time() -> dt.datetime:
    """Return SOURCE_DATE_EPOCH as a UTC datetime when set, else now (whole seconds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc)
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def clip(text: str) -> str:
    """Return `text` on one line, cut to the 255 characters Office accepts in a property."""
    text = " ".join(text.split())
    return text if len(text) <= MAX_PROPERTY else text[:MAX_PROPERTY - 1].rstrip() + "…"


def set_core_properties(prs, info: DocInfo, when: dt.datetime) -> None:
    """Replace every core property of `prs` (nothing of the template's is left)."""
    props = prs.core_properties
    for child in list(props._element):
        props._element.remove(child)
    values = {"title": info.title, "author": info.author, "last_modified_by": info.author,
              "subject": info.subject, "keywords": ", ".join(info.keywords),
              "language": info.language, "identifier": info.identifier}
    for name, value in values.items():
        if value.strip():
            setattr(props, name, clip(value))
    props.revision = 1
    naive = when.astimezone(dt.timezone.utc).replace(tzinfo=None)
    props.created = naive
    props.modified = naive


def set_app_properties(prs, company: str) -> None:
    """Replace docProps/app.xml (application, counts, company) when the package has one."""
    width, height = prs.slide_width, prs.slide_height
    fmt = "Widescreen" if abs(width / height - 16 / 9) < 0.01 else "Custom"
    notes = sum(1 for s in prs.slides if s.has_notes_slide)
    xml = APP_XML.format(format=fmt, slides=len(prs.slides), notes=notes,
                         company=escape(clip(company)))
    for part in prs.part.package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            part._blob = xml.encode("utf-8")


def drop_stale_parts(prs) -> None:
    """Drop the template's thumbnail, custom properties, printer settings and comment authors."""
    package = prs.part.package
    for rid, rel in list(package._rels.items()):
        if rel.reltype in STALE_PACKAGE_RELS:
            package.drop_rel(rid)
    for rid, rel in list(prs.part.rels.items()):
        if rel.reltype in STALE_PRESENTATION_RELS:
            prs.part.drop_rel(rid)


def remove_slides(prs) -> None:
    """Remove every slide of the template cleanly (relationship and sldId both)."""
    id_list = prs.slides._sldIdLst
    for sld_id in list(id_list):
        prs.part.drop_rel(sld_id.rId)
        id_list.remove(sld_id)


def package_bytes(prs, when: dt.datetime, reproducible: bool | None = None) -> bytes:
    """Return `prs` saved as bytes; under SOURCE_DATE_EPOCH every zip entry is dated `when`.

    Reproducible bytes are written in one pass, each entry stamped as it is zipped (the same
    bytes as saving and re-zipping with fixed entry times); without SOURCE_DATE_EPOCH the core
    properties carry the time of the build anyway and python-pptx's own save is used.
    """
    if reproducible is None:
        reproducible = os.environ.get("SOURCE_DATE_EPOCH", "").strip().isdigit()
    raw = io.BytesIO()
    if not reproducible:
        prs.save(raw)
        return raw.getvalue()
    package = prs.part.package
    _StampedPackageWriter(raw, package._rels, tuple(package.iter_parts()), when)._write()
    return raw.getvalue()


class _StampedZip:
    """A zip being written whose entries all carry one time and no file-system attributes."""

    def __init__(self, target, when: dt.datetime):
        self._zip = zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED)
        self._stamp = max(when, ZIP_EPOCH).astimezone(dt.timezone.utc).timetuple()[:6]

    def __enter__(self) -> _StampedZip:
        return self

    def __exit__(self, *exc) -> None:
        self._zip.close()

    def write(self, pack_uri, blob: bytes) -> None:
        """Add `blob` as the member named by `pack_uri`."""
        info = zipfile.ZipInfo(pack_uri.membername, date_time=self._stamp)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.create_system = 0
        info.external_attr = 0
        self._zip.writestr(info, blob)


class _StampedPackageWriter(PackageWriter):
    """python-pptx's package writer, writing into a `_StampedZip`."""

    def __init__(self, target, pkg_rels, parts, when: dt.datetime):
        super().__init__(target, pkg_rels, parts)
        self._when = when

    def _write(self) -> None:
        with _StampedZip(self._pkg_file, self._when) as writer:
            self._write_content_types_stream(writer)
            self._write_pkg_rels(writer)
            self._write_parts(writer)


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` (folder created) through a temp file beside it and os.replace.

    Not synced to disk, as the PDF and the fact file are not: the build renames all three into
    place together, and a sync here alone (~4 ms of waiting per deck) would not make the set durable.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
