"""Asset paths that cannot leave their layout folder, and image files checked by their header."""

from __future__ import annotations

import re
import struct
from pathlib import Path, PurePosixPath, PureWindowsPath

from sitbrief.core.errors import LayoutError
from sitbrief.core.files import special_kind

MAX_IMAGE_BYTES = 5 * 1024 * 1024
MAX_ASSET_BYTES = 50 * 1024 * 1024  # a large CJK TrueType font is about 20 MB
MAX_IMAGE_SIDE = 4000
MAX_PATH_CHARS = 300
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def unsafe_reason(value: str) -> str | None:
    """Return why asset path `value` is refused, or None when it is a plain relative path."""
    if _SCHEME.match(value) and not PureWindowsPath(value).drive:
        return "URLs are not allowed; copy the file into the layout folder"
    if value.startswith(("/", "\\", "~")) or PureWindowsPath(value).is_absolute() \
            or PureWindowsPath(value).drive:
        return "absolute paths are not allowed; use a path relative to the layout folder"
    if ".." in PurePosixPath(value.replace("\\", "/")).parts:
        return "'..' is not allowed; keep assets inside the layout folder"
    if len(value) > MAX_PATH_CHARS:
        return f"over {MAX_PATH_CHARS} characters"
    if "\x00" in value:
        return "the path contains a NUL character"
    return None


def resolve_asset(folder: Path, value: str) -> Path:
    """Return the absolute path of asset `value` inside layout `folder`, refusing escapes."""
    reason = unsafe_reason(value)
    if reason:
        raise LayoutError(f"asset path {value!r}: {reason}")
    root = folder.resolve()
    path = (root / value.replace("\\", "/")).resolve()
    if not path.is_relative_to(root):
        raise LayoutError(
            f"asset path {value!r} leads outside the layout folder {root} (a symlink?); "
            "copy the file into the layout folder")
    _check_kind_and_size(path, value)
    return path


def _check_kind_and_size(path: Path, value: str) -> None:
    """Refuse an existing asset that is not a regular file (FIFO, device) or is enormous."""
    try:
        info = path.stat()
    except OSError:
        return  # missing: the setting that uses it says so
    kind = special_kind(info.st_mode)
    if kind and kind != "a folder":
        raise LayoutError(f"asset path {value!r}: is {kind}, not a file; copy the real file "
                          "into the layout folder")
    if info.st_size > MAX_ASSET_BYTES:
        raise LayoutError(f"asset {value!r}: {info.st_size:,} bytes is over the "
                          f"{MAX_ASSET_BYTES:,}-byte limit for a layout asset")


def image_size(path: Path) -> tuple[str, int, int]:
    """Return (format, width, height) of a PNG or JPEG file, read from its header."""
    with path.open("rb") as handle:
        head = handle.read(32)
        if head.startswith(_PNG_MAGIC) and head[12:16] == b"IHDR":
            width, height = struct.unpack(">II", head[16:24])
            return "PNG", width, height
        if head.startswith(b"\xff\xd8\xff"):
            handle.seek(2)
            return ("JPEG", *_jpeg_size(handle))
    raise LayoutError(f"image {path.name}: not a PNG or JPEG file (SVG/EMF/WMF and others are "
                      "refused); convert it to PNG")


def _jpeg_size(handle) -> tuple[int, int]:
    """Return (width, height) from the first SOF marker of a JPEG stream."""
    while True:
        marker = handle.read(2)
        if len(marker) < 2 or marker[0] != 0xFF:
            break
        if marker[1] in (0xD8, 0x01) or 0xD0 <= marker[1] <= 0xD7:
            continue
        length_bytes = handle.read(2)
        if len(length_bytes) < 2:
            break
        length = struct.unpack(">H", length_bytes)[0]
        if 0xC0 <= marker[1] <= 0xCF and marker[1] not in (0xC4, 0xC8, 0xCC):
            data = handle.read(5)
            if len(data) < 5:
                break
            height, width = struct.unpack(">HH", data[1:5])
            return width, height
        handle.seek(length - 2, 1)
    raise LayoutError("image: a JPEG file without a readable size header")


def check_image(path: Path) -> tuple[str, int, int]:
    """Return (format, width, height) of image `path`, refusing missing, huge or fake images."""
    if not path.is_file():
        raise LayoutError(f"image {path}: file not found")
    size = path.stat().st_size
    if size > MAX_IMAGE_BYTES:
        raise LayoutError(f"image {path.name}: {size} bytes is over the {MAX_IMAGE_BYTES} byte "
                          "limit; export a smaller file")
    try:
        kind, width, height = image_size(path)
    except LayoutError as exc:
        raise LayoutError(str(exc).replace("image:", f"image {path.name}:")) from None
    if not (0 < width <= MAX_IMAGE_SIDE and 0 < height <= MAX_IMAGE_SIDE):
        raise LayoutError(f"image {path.name}: {width}x{height} pixels is over the "
                          f"{MAX_IMAGE_SIDE}x{MAX_IMAGE_SIDE} limit; downscale it")
    return kind, width, height
