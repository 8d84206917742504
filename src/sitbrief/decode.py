"""Turn article bytes into text, strictly: clear errors instead of silent replacement boxes."""

from __future__ import annotations

import codecs

from sitbrief.errors import InputError

MAX_BYTES = 2_000_000
_MAGIC = {
    b"%PDF": "a PDF file",
    b"PK\x03\x04": "a zip archive (e.g. .docx or .pptx)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x7fELF": "a program",
    b"\xd0\xcf\x11\xe0": "an old Office document",
}


def decode_article(data: bytes, name: str, encoding: str | None = None,
                   max_bytes: int = MAX_BYTES) -> tuple[str, list[str]]:
    """Return the text of `data` and any warnings; raise InputError when it is not an article."""
    if len(data) > max_bytes:
        raise InputError(
            f"{name}: {len(data):,} bytes is over the {max_bytes:,}-byte limit for one article; "
            "split it or raise --max-bytes"
        )
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"{name}: this is {what}, not an article; give a .txt, .md or .html file")
    if encoding and encoding.lower() == "auto":
        return _guess(data, name)
    if encoding:
        return _decode_as(data, name, encoding), []
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), []
    if b"\x00" in data[:4096]:
        raise InputError(f"{name}: looks like a binary file (it contains NUL bytes), not an article")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "if it is Windows text, rerun with --encoding cp1252 (or --encoding auto to guess)"
        ) from None


def _decode_as(data: bytes, name: str, encoding: str) -> str:
    """Decode with the user's named encoding, strictly."""
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}; try utf-8, cp1252, latin-1 or auto") from None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not valid {encoding} at byte offset {exc.start}") from None


def _guess(data: bytes, name: str) -> tuple[str, list[str]]:
    """Decode with charset-normalizer's best guess and warn which encoding it chose."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{name}: could not guess the text encoding; name it with --encoding")
    return str(best), [f"{name}: encoding guessed as {best.encoding}; check names and accents"]
