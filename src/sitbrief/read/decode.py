"""Turn article bytes into text, strictly: clear errors instead of silent replacement boxes."""

from __future__ import annotations

import codecs
import os

from sitbrief.core.errors import InputError

MAX_BYTES = 2_000_000
MAX_HTML_BYTES = 10_000_000
MAX_BYTES_ENV = "SITBRIEF_MAX_BYTES"
_MAGIC = {
    b"%PDF": "a PDF file",
    b"PK\x03\x04": "a zip archive (e.g. .docx or .pptx)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x7fELF": "a program",
    b"MZ\x90\x00": "a Windows program",
    b"\x1f\x8b": "a gzip archive",
    b"{\\rtf": "an RTF document (save it as plain text)",
    b"\xd0\xcf\x11\xe0": "an old Office document",
}
_BINARY_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\x0c\x1b")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


def size_limit(html: bool = False) -> int:
    """Return the byte cap for one article: SITBRIEF_MAX_BYTES if set, else the default."""
    value = os.environ.get(MAX_BYTES_ENV, "").replace("_", "").strip()
    if value.isdigit() and int(value) > 0:
        return int(value)
    return MAX_HTML_BYTES if html else MAX_BYTES


def check_size(size: int, name: str, max_bytes: int) -> None:
    """Refuse an article of `size` bytes over `max_bytes`."""
    if size > max_bytes:
        raise InputError(
            f"{name}: {size:,} bytes is over the {max_bytes:,}-byte limit for one article; "
            f"split it, or set {MAX_BYTES_ENV} to a larger number of bytes"
        )


def decode_article(data: bytes, name: str, encoding: str | None = None,
                   max_bytes: int = MAX_BYTES) -> tuple[str, list[str]]:
    """Return the text of `data` and any warnings; raise InputError when it is not an article."""
    check_size(len(data), name, max_bytes)
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"{name}: this is {what}, not an article; give a .txt, .md or .html file")
    if encoding and encoding.lower() == "auto":
        return _guess(data, name)
    if encoding:
        return _decode_as(data, name, encoding), []
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_as(data, name, codec), []
    head = data[:4096]
    if _looks_binary(head):
        raise InputError(_nul_message(head, name))
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        if _looks_binary(head, 0.02):
            raise InputError(_nul_message(head, name)) from None
        raise InputError(
            f"{name}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "if it is Windows text, rerun with --encoding cp1252 (or --encoding auto to guess)"
        ) from None


def _looks_binary(head: bytes, share: float = 0.05) -> bool:
    """Tell whether `head` has more NUL and other control bytes than text ever has."""
    controls = sum(head.count(b) for b in _BINARY_BYTES)
    return head.count(0) > 2 and controls > share * len(head)


def _nul_message(head: bytes, name: str) -> str:
    """Explain NUL bytes: UTF-16 text without a byte-order mark, or a binary file."""
    even, odd = head[0::2], head[1::2]
    if odd and odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return f"{name}: looks like UTF-16 text without a byte-order mark; rerun with --encoding utf-16-le"
    if even and even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return f"{name}: looks like UTF-16 text without a byte-order mark; rerun with --encoding utf-16-be"
    return f"{name}: looks like a binary file (NUL and control bytes), not an article; give a .txt, .md or .html file"


def check_encoding(encoding: str) -> str:
    """Return `encoding` if it names a text encoding (or is ``auto``); raise InputError otherwise."""
    if encoding.lower() == "auto":
        return encoding
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        info = None
    if info is None or not getattr(info, "_is_text_encoding", True):
        raise InputError(f"unknown text encoding {encoding!r}; try utf-8, cp1252, latin-1, utf-16 or auto")
    return encoding


def _decode_as(data: bytes, name: str, encoding: str) -> str:
    """Decode with the user's named encoding, strictly."""
    check_encoding(encoding)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not valid {encoding} at byte offset {exc.start} ({exc.reason}); "
                         "name the right encoding with --encoding (or --encoding auto to guess)") from None
    except (UnicodeError, LookupError, ValueError) as exc:
        raise InputError(f"{name}: cannot decode as {encoding}: {exc}") from None


def _guess(data: bytes, name: str) -> tuple[str, list[str]]:
    """Decode with charset-normalizer's best guess and warn which encoding it chose."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{name}: could not guess the text encoding; name it with --encoding")
    return str(best), [f"encoding guessed as {best.encoding}; check names and accents, "
                       f"or name the encoding with --encoding"]
