"""Write a Brief as a PDF situation report: Brief + Theme in, a PDF file and warnings out.

The file is written atomically (a temporary file in the same folder, then ``os.replace``), so a
failure never leaves a half-written report or replaces a good one. With ``SOURCE_DATE_EPOCH`` set
the output is byte-for-byte reproducible.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from functools import partial
from pathlib import Path

from reportlab import rl_config
from reportlab.platypus.doctemplate import LayoutError as RLLayoutError

from sitbrief.compose.brief import Brief
from sitbrief.core.collector import collector_paused
from sitbrief.core.errors import RenderError
from sitbrief.layout.theme import Theme
from sitbrief.render.pdf.context import Ctx
from sitbrief.render.pdf.doc import BriefDoc, Page, PageCountCanvas
from sitbrief.render.pdf.story import story

CREATOR = "sitbrief"


def write_pdf(brief: Brief, theme: Theme, path: Path) -> list[str]:
    """Write `brief` drawn with `theme` to `path`; return warnings (e.g. characters left out)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(fd)
    try:
        warnings = build(brief, theme, temp)
        os.chmod(temp, _file_mode(path))
        os.replace(temp, path)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(temp)
        raise
    return warnings


def page_fills(brief: Brief, theme: Theme) -> list[tuple[float, str]]:
    """Return, page by page, how full the body frame is (0..1) and the heading ending it ("" if none)."""
    fills: list[tuple[float, str]] = []
    build(brief, theme, io.BytesIO(), fills)
    return fills


def build(brief: Brief, theme: Theme, filename, fills: list | None = None) -> list[str]:
    """Render `brief` into `filename`; return the warnings (and fill `fills` as page_fills says)."""
    with collector_paused():
        return _build(brief, theme, filename, fills)


def _build(brief: Brief, theme: Theme, filename, fills: list | None) -> list[str]:
    """Render `brief` into `filename` (the collector paused by `build`)."""
    width = theme.page_size[0] - theme.margins[1] - theme.margins[3]
    ctx = Ctx(brief, theme, width)
    page = Page(ctx)
    doc = BriefDoc(filename, page, **metadata(ctx))
    try:
        with _flate_only():
            doc.build(story(ctx), canvasmaker=partial(PageCountCanvas, page_label=page.page_label))
    except RLLayoutError as exc:
        raise RenderError(f"the brief cannot be laid out: {str(exc).splitlines()[0]}") from None
    if fills is not None:
        fills += [(doc.fills.get(n, 0.0), doc.last.get(n, ""))
                  for n in range(1, max(doc.fills, default=0) + 1)]
    return ctx.warnings + ctx.fonts.warnings()


@contextmanager
def _flate_only() -> Iterator[None]:
    """Compress streams with Flate alone while building: ReportLab's ASCII85 pass is slow pure
    Python (most of a map page's cost) and makes the file a quarter larger for no reader's gain."""
    before, rl_config.useA85 = rl_config.useA85, 0
    try:
        yield
    finally:
        rl_config.useA85 = before


def metadata(ctx: Ctx) -> dict:
    """Return the document template's metadata and font settings."""
    brief = ctx.brief
    body = ctx.styles.get("body")
    return {"title": brief.title, "author": brief.organisation, "subject": brief.subject,
            "keywords": list(brief.keywords), "creator": CREATOR, "producer": CREATOR,
            "lang": brief.language or None, "displayDocTitle": 1,
            "initialFontName": body.fontName, "initialFontSize": body.fontSize,
            "initialLeading": body.leading,
            "invariant": 1 if os.environ.get("SOURCE_DATE_EPOCH", "").strip() else None}


def _file_mode(path: Path) -> int:
    """Return the mode for the written file: the old file's, else the umask's default."""
    with suppress(OSError):
        return path.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
