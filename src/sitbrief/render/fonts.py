"""TrueType fonts for both writers: registration, glyph coverage, fallback runs, text widths."""

from __future__ import annotations

import hashlib
import struct
from functools import lru_cache
from pathlib import Path

from sitbrief.core.errors import LayoutError

_ZERO_WIDTH_OK = {"\n", "\t"}


@lru_cache(maxsize=64)
def load_font(path: Path):
    """Return a registered ReportLab TTFont for `path` (registered once per process)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    name = "F" + hashlib.sha1(str(path).encode()).hexdigest()[:10] + "-" + path.stem[:40]
    if _forbids_embedding(path):
        raise LayoutError(_font_error(path, "embedding not permitted"))
    try:
        font = TTFont(name, str(path))
    except TTFError as exc:
        raise LayoutError(_font_error(path, str(exc))) from None
    except OSError as exc:
        raise LayoutError(f"font {path}: cannot read: {exc.strerror}") from None
    pdfmetrics.registerFont(font)
    return font


def _forbids_embedding(path: Path) -> bool:
    """Tell whether the font's OS/2 fsType forbids embedding (restricted licence, or bitmap only)."""
    data = _os2_bytes(path, 8, 2)
    if data is None:
        return False
    fs_type = struct.unpack(">H", data)[0]
    return fs_type == 0x0002 or bool(fs_type & 0x0200)


def _font_error(path: Path, message: str) -> str:
    """Explain a font ReportLab cannot embed."""
    if "postscript outlines" in message.lower():
        return f"font {path.name}: CFF/PostScript outlines are not supported; use a TrueType (.ttf) font"
    if "embed" in message.lower():
        return f"font {path.name}: its licence forbids embedding; choose another font"
    return f"font {path.name}: not a usable TrueType font ({message})"


# OS/2 ulUnicodeRange bits a font sets for the scripts it covers (OpenType spec).
UNICODE_RANGE_BITS = {"cjk": 59, "hangul": 56, "arabic": 13, "hebrew": 11}


@lru_cache(maxsize=64)
def declares_range(path: Path, bit: int) -> bool | None:
    """Tell whether the font at `path` declares Unicode range `bit` in OS/2 (None if unreadable).

    Reading ~60 bytes is far cheaper than loading a 4 MB CJK font to probe one glyph.
    """
    data = _os2_bytes(path, 42, 16)
    if data is None:
        return None
    ranges = struct.unpack(">4I", data)
    return bool(ranges[bit // 32] & (1 << (bit % 32)))


def _os2_bytes(path: Path, at: int, size: int) -> bytes | None:
    """Return `size` bytes at offset `at` of the font's OS/2 table (None if absent or unreadable)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(12)
            if len(head) < 12 or head[:4] == b"ttcf":
                return None
            count = struct.unpack(">H", head[4:6])[0]
            for _ in range(min(count, 512)):
                tag, _sum, offset, _length = struct.unpack(">4sIII", handle.read(16))
                if tag == b"OS/2":
                    handle.seek(offset + at)
                    data = handle.read(size)
                    return data if len(data) == size else None
    except (OSError, struct.error):
        return None
    return None


def has_glyph(font, char: str) -> bool:
    """Tell whether `font` has a glyph for `char`."""
    return ord(char) in font.face.charToGlyph or char in _ZERO_WIDTH_OK


class FontChain:
    """A primary font and its fallbacks, chosen per character by glyph coverage."""

    def __init__(self, paths: list[Path]) -> None:
        self.paths = paths
        self._fonts: list = [None] * len(paths)
        self._choice: dict[str, int] = {}
        self._unit: dict[str, float] = {}
        self._covered: set[str] = set()  # characters some font of the chain is known to cover
        self._in_primary: set[str] = set()  # characters known to be drawn in the primary font

    def font(self, index: int):
        """Return the loaded font at `index` of the chain (loaded on first use)."""
        if self._fonts[index] is None:
            self._fonts[index] = load_font(self.paths[index])
        return self._fonts[index]

    @property
    def primary(self):
        """Return the primary font."""
        return self.font(0)

    def index_for(self, char: str) -> int:
        """Return the index of the first font covering `char` (0 when none does)."""
        if char not in self._choice:
            self._choice[char] = next(
                (i for i in range(len(self.paths)) if has_glyph(self.font(i), char)), -1)
        return self._choice[char]

    def _run_index(self, char: str) -> int:
        """Return the index of the font a character is drawn in (printable ASCII: the primary)."""
        return self.index_for(char) if ord(char) > 0x7E or char.isspace() else 0

    def runs(self, text: str) -> list[tuple[str, str]]:
        """Split `text` into (font name, text) runs by which font covers each character."""
        if self._one_run(text):  # the common case
            return [(self.primary.fontName, text)] if text else []
        runs: list[tuple[str, str]] = []
        for char in text:
            index = self._run_index(char)
            name = self.font(max(index, 0)).fontName
            if runs and runs[-1][0] == name:
                runs[-1] = (name, runs[-1][1] + char)
            else:
                runs.append((name, char))
        return runs

    def _one_run(self, text: str) -> bool:
        """Tell whether all of `text` is drawn in the primary font (characters seen so remembered)."""
        chars = set(text)
        if chars <= self._in_primary:
            return True
        if all(self._run_index(char) <= 0 for char in chars):
            self._in_primary |= chars
            return True
        return False

    def missing(self, text: str) -> list[str]:
        """Return the characters of `text` no font in the chain covers, in order, once each."""
        chars = set(text)
        if chars <= self._covered:
            return []
        if not any(self._uncovered(char) for char in chars):
            self._covered |= chars
            return []
        seen: dict[str, None] = {}
        for char in text:
            if self._uncovered(char):
                seen[char] = None
        return list(seen)

    def _uncovered(self, char: str) -> bool:
        """Tell whether no font of the chain covers `char` (printable ASCII and spaces never count)."""
        return (ord(char) > 0x7E or not char.isprintable()) and not char.isspace() and self.index_for(char) < 0

    def width(self, text: str, size: float) -> float:
        """Return the width of `text` at `size` points, each run in its covering font.

        Widths scale with size, so the width at 1 pt is cached per string: text fitting measures
        the same words at many sizes.
        """
        unit = self._unit.get(text)
        if unit is None:
            from reportlab.pdfbase.pdfmetrics import stringWidth

            if text.isascii():
                unit = stringWidth(text, self.primary.fontName, 1.0)
            else:
                unit = sum(stringWidth(run, name, 1.0) for name, run in self.runs(text))
            if len(self._unit) < 200_000:
                self._unit[text] = unit
        return unit * size


def describe_missing(chars: list[str]) -> str:
    """Return a warning naming characters no font covers, e.g. 'U+1F600 (😀)'."""
    shown = ", ".join(f"U+{ord(c):04X} ({c})" for c in chars[:8])
    more = f" and {len(chars) - 8} more" if len(chars) > 8 else ""
    return f"no font in the layout's fallback chain covers {shown}{more}; they are left out"
