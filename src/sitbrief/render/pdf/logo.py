"""The header's logo: decoded once per process and drawn as ReportLab's Image flowable draws it."""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable

from sitbrief.render.images import image_problem
from sitbrief.render.pdf.context import Ctx

_MAX_PIXELS = 40_000_000
_LARGE_PIXELS = 2_000_000
_LOGO_HEIGHT = 34.0
_LOGO_WIDTH = 150.0


class Logo(Flowable):
    """An image drawn from a kept ImageReader: ReportLab reads its pixels once, not per document
    (the document's image object is still made per document, under the same name as before)."""

    def __init__(self, reader: ImageReader, width: float, height: float, h_align: str = "RIGHT") -> None:
        super().__init__()
        self.reader, self.drawWidth, self.drawHeight, self.hAlign = reader, width, height, h_align

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Take the drawn size."""
        return self.drawWidth, self.drawHeight

    def draw(self) -> None:
        """Draw the image at the flowable's origin, transparency from its alpha channel."""
        self.canv.drawImage(self.reader, 0, 0, self.drawWidth, self.drawHeight, mask="auto")


def logo(ctx: Ctx) -> Flowable | None:
    """Return the theme's logo scaled into the header, or None (with a warning if unusable)."""
    path = ctx.theme.logo
    if not path:
        return None
    try:
        stamp = _stamp(Path(path))
    except OSError:
        stamp = None
    problem = _problem(str(path), *stamp) if stamp else (image_problem(Path(path)) or "cannot be opened")
    if problem is None:
        try:
            width, height = _size(str(path), *stamp)
        except Exception as exc:  # noqa: BLE001 - any unreadable image is a warning, not a crash
            problem = str(exc)
    if problem is not None:
        ctx.warnings.append(f"logo {path.name}: cannot be read as an image ({problem}); left out")
        return None
    if width * height > _MAX_PIXELS:
        ctx.warnings.append(f"logo {path.name}: {width}x{height} pixels is too large; left out")
        return None
    scale = min(_LOGO_HEIGHT / height, _LOGO_WIDTH / width)
    reader = _reader(str(path), *stamp, width * height > _LARGE_PIXELS)
    return Logo(reader, width * scale, height * scale)


def _stamp(path: Path) -> tuple[int, int]:
    """Return what tells a changed file: its modification time and size."""
    stat = path.stat()
    return stat.st_mtime_ns, stat.st_size


@lru_cache(maxsize=4)
def _problem(path: str, mtime_ns: int, size: int) -> str | None:
    """Return why a logo file cannot be drawn, or None (checked once while the file is unchanged:
    the check decodes every pixel)."""
    return image_problem(Path(path))


@lru_cache(maxsize=4)
def _size(path: str, mtime_ns: int, size: int) -> tuple[int, int]:
    """Return an image file's pixel size (kept while the file is unchanged)."""
    return ImageReader(path).getSize()


@lru_cache(maxsize=4)
def _reader(path: str, mtime_ns: int, size: int, large: bool) -> ImageReader:
    """Return the ImageReader a logo is drawn from, kept while the file is unchanged: ReportLab
    keeps the pixels it decodes in it, so a batch decodes each logo once."""
    return ImageReader(_downscaled(Path(path)) if large else path)


def _downscaled(path: Path) -> io.BytesIO:
    """Return a large logo reduced to a few hundred dpi at its printed size, as PNG bytes."""
    from PIL import Image as PILImage

    with PILImage.open(path) as image:
        image.thumbnail((_LOGO_WIDTH * 8, _LOGO_HEIGHT * 8))
        if image.mode not in ("RGB", "RGBA", "L", "LA", "P"):
            image = image.convert("RGB")
        data = io.BytesIO()
        image.save(data, format="PNG")
    data.seek(0)
    return data
