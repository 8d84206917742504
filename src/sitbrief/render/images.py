"""Whether an image file really decodes (a logo may be truncated or garbage behind a valid header)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

MAX_PIXELS = 4000 * 4000


@lru_cache(maxsize=16)
def image_problem(path: Path) -> str | None:
    """Return why the image at `path` cannot be drawn (decoded in full), or None if it can."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            if image.width * image.height > MAX_PIXELS:
                return f"{image.width}x{image.height} pixels is too large"
            image.load()
    except (OSError, UnidentifiedImageError, ValueError, SyntaxError) as exc:
        return str(exc) or type(exc).__name__
    except Image.DecompressionBombError as exc:
        return str(exc)
    return None
