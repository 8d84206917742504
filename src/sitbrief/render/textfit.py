"""Measure and wrap text as slide renderers do, and search the largest size that fits a box.

What goes in: text, a box (points) and the fonts the slide names; what comes out: wrapped lines,
heights and a font size. Widths come from the same TTFs via ReportLab (`FontChain.width`). The
wrapper breaks at spaces, at every East-Asian-wide character and inside tokens wider than the box;
lines are `PITCH` x size apart (the writers set that spacing explicitly). Wrapping uses
`WIDTH_MARGIN` of the width and fitting `HEIGHT_MARGIN` of the height, so renderers that measure a
little differently still fit.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from sitbrief.layout.theme import FontFace
from sitbrief.render.fonts import FontChain

PITCH = 1.2
WIDTH_MARGIN = 0.93
HEIGHT_MARGIN = 0.95
STEP = 0.5
# Characters a line must not start with (kept with the token before them).
NO_BREAK_BEFORE = set("、。，．・：；？！）」』】〕》〉〗〙〛｝］ー々ゝゞヽヾ"
                      "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ.,;:!?)]}%”’")

RUNS = re.compile(r"\s+|\S+")  # \s is exactly str.isspace
Measure = Callable[[str], float]


def is_wide(char: str) -> bool:
    """Tell whether `char` is East-Asian wide or full-width (a line may break around it)."""
    return unicodedata.east_asian_width(char) in ("W", "F")


def tokens(line: str) -> tuple[tuple[int, int], ...]:
    """Return (start, end) spans of break units: words, single wide chars, runs of spaces (cached:
    planning wraps the same text at many sizes and widths)."""
    return _tokens(line)


@lru_cache(maxsize=4096)
def _tokens(line: str) -> tuple[tuple[int, int], ...]:
    """Return the break units of `line`: in ASCII text simply its runs of spaces and non-spaces."""
    if line.isascii():  # no wide characters, and no break-before mark after a non-space is a break
        return tuple(m.span() for m in RUNS.finditer(line))
    return tuple(_scanned(line))


def _scanned(line: str) -> list[tuple[int, int]]:
    """Return the break units of `line`, character by character."""
    spans: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(line) + 1):
        if i == len(line) or _boundary(line, i):
            spans.append((start, i))
            start = i
    return spans


def _boundary(line: str, i: int) -> bool:
    """Tell whether a break unit ends between line[i-1] and line[i]."""
    before, char = line[i - 1], line[i]
    if char in NO_BREAK_BEFORE and not before.isspace():
        return False
    if before.isspace() != char.isspace():
        return True
    return not char.isspace() and (is_wide(char) or is_wide(before))


def wrap_spans(text: str, width: float, measure: Measure) -> list[tuple[int, int]]:
    """Return (start, end) spans of `text`'s lines wrapped greedily into `width`."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for hard in text.split("\n"):
        spans += [(offset + a, offset + b) for a, b in _wrap_line(hard, width, measure)]
        offset += len(hard) + 1
    return spans


def _wrap_line(line: str, width: float, measure: Measure) -> list[tuple[int, int]]:
    """Wrap one hard line; trailing spaces of a line do not count.

    Widths add up (ReportLab widths have no kerning), so each piece is measured once.
    """
    out: list[tuple[int, int]] = []
    start = end = None
    used = 0.0
    for a, b in tokens(line):
        if line[a].isspace():
            continue
        if start is not None:
            grown = used + measure(line[end:b])
            if grown <= width:
                end, used = b, grown
                continue
            out.append((start, end))
        start, end = _split_long(line, a, b, width, measure, out)
        used = measure(line[start:end])
    out.append((start, end) if start is not None else (0, 0))
    return out


def _split_long(line: str, a: int, b: int, width: float, measure: Measure,
                out: list[tuple[int, int]]) -> tuple[int, int]:
    """Break the token line[a:b] inside when wider than `width`; return the open last piece."""
    start, used = a, measure(line[a])
    for i in range(a + 1, b):
        step = measure(line[i])
        if used + step > width:
            out.append((start, i))
            start, used = i, 0.0
        used += step
    return start, b


def wrap(text: str, width: float, measure: Measure) -> list[str]:
    """Return the lines of `text` wrapped into `width` points."""
    return [text[a:b] for a, b in wrap_spans(text, width, measure)]


@dataclass(frozen=True)
class FontSet:
    """A face and its fallbacks, giving a FontChain per style."""

    face: FontFace
    fallbacks: tuple[FontFace, ...] = ()

    def __hash__(self) -> int:
        """Return the fields' hash, computed once (it keys every measuring cache, and hashing the
        faces' paths each time was a tenth of planning a deck)."""
        known = self.__dict__.get("_hash")
        if known is None:
            known = hash((self.face, self.fallbacks))
            object.__setattr__(self, "_hash", known)
        return known

    def chain(self, bold: bool = False, italic: bool = False) -> FontChain:
        """Return the FontChain for the style."""
        return _chain(self, bold, italic)

    def measure(self, size: float, bold: bool = False, italic: bool = False) -> Measure:
        """Return a width function for text at `size` points in the style."""
        chain = self.chain(bold, italic)
        return lambda text: chain.width(text, size)


@lru_cache(maxsize=64)
def _chain(fonts: FontSet, bold: bool, italic: bool) -> FontChain:
    """Return the (cached) FontChain of a FontSet's style."""
    paths = [fonts.face.file(bold, italic)] + [f.file(bold, italic) for f in fonts.fallbacks]
    return FontChain(paths)


@dataclass(frozen=True)
class Para:
    """A paragraph to fit: text, style, size relative to the base size, space before, indent."""

    text: str
    bold: bool = False
    italic: bool = False
    scale: float = 1.0
    space_before: float = 0.0  # in multiples of the paragraph's size
    indent: float = 0.0  # points taken from the width (bullets)


def scaled(base: float, scale: float) -> float:
    """Return a paragraph's own size: `base` x `scale` rounded down to the half-point grid."""
    return math.floor(base * scale / STEP + 1e-9) * STEP


def para_lines(para: Para, fonts: FontSet, size: float, width: float) -> list[str]:
    """Return the lines of `para` at base `size` in a box `width` points wide (after insets)."""
    own = scaled(size, para.scale)
    usable = (width - para.indent) * WIDTH_MARGIN
    spans = _cached_spans(fonts, own, para.bold, para.italic, para.text, usable)
    return [para.text[a:b] for a, b in spans]


@lru_cache(maxsize=16384)
def _cached_spans(fonts: FontSet, size: float, bold: bool, italic: bool, text: str,
                  width: float) -> tuple[tuple[int, int], ...]:
    """Return wrapped line spans, cached (planning measures the same text many times)."""
    return tuple(wrap_spans(text, width, fonts.measure(size, bold, italic)))


def para_height(para: Para, fonts: FontSet, size: float, width: float, first: bool) -> float:
    """Return the height of `para` at base `size`, with its space before unless `first`."""
    own = scaled(size, para.scale)
    lines = len(para_lines(para, fonts, size, width))
    return lines * PITCH * own + (0.0 if first else para.space_before * own)


def splits_words(paras: Sequence[Para], fonts: FontSet, size: float, width: float) -> bool:
    """Tell whether some word of `paras` is wider than its line, so wrapping would cut it."""
    for para in paras:
        measure = fonts.measure(scaled(size, para.scale), para.bold, para.italic)
        usable = (width - para.indent) * WIDTH_MARGIN
        if any(measure(para.text[a:b]) > usable for a, b in tokens(para.text)):
            return True
    return False


def text_height(paras: Sequence[Para], fonts: FontSet, size: float, width: float) -> float:
    """Return the height of `paras` stacked at base `size` in a box `width` points wide."""
    return sum(para_height(p, fonts, size, width, i == 0) for i, p in enumerate(paras))


def fits(paras: Sequence[Para], fonts: FontSet, size: float, width: float, height: float) -> bool:
    """Tell whether `paras` fit `width` x `height` points (after insets) at base `size`."""
    return text_height(paras, fonts, size, width) <= height * HEIGHT_MARGIN


def size_grid(top: float, floor: float) -> list[float]:
    """Return the candidate sizes from `top` down to `floor` on a half-point grid."""
    sizes = []
    size = round(top / STEP) * STEP
    while size >= floor - 1e-9:
        sizes.append(size)
        size -= STEP
    return sizes or [floor]


def largest(candidates: Sequence[float], ok: Callable[[float], bool]) -> float | None:
    """Return the first (largest) size for which `ok` holds, by bisection (None if none does)."""
    lo, hi = 0, len(candidates)
    while lo < hi:
        mid = (lo + hi) // 2
        if ok(candidates[mid]):
            hi = mid
        else:
            lo = mid + 1
    return candidates[lo] if lo < len(candidates) else None


def fit_size(paras: Sequence[Para], fonts: FontSet, width: float, height: float,
             top: float, floor: float) -> float | None:
    """Return the largest size in [floor, top] at which `paras` fit, or None below the floor."""
    return largest(size_grid(top, floor), lambda s: fits(paras, fonts, s, width, height))


def split_para(para: Para, fonts: FontSet, size: float, width: float,
               height: float) -> tuple[Para, Para | None]:
    """Split `para` at a line break so the first part fits `height`; return (head, rest)."""
    own = scaled(size, para.scale)
    measure = fonts.measure(own, para.bold, para.italic)
    spans = wrap_spans(para.text, (width - para.indent) * WIDTH_MARGIN, measure)
    keep = max(1, int(height * HEIGHT_MARGIN // (PITCH * own)))
    if keep >= len(spans):
        return para, None
    cut = spans[keep][0]
    head = para.text[:cut].rstrip()
    rest = para.text[cut:].lstrip()
    return _replace_text(para, head), _replace_text(para, rest, space_before=0.0)


def _replace_text(para: Para, text: str, **changes: float) -> Para:
    """Return `para` with new text (and optional field changes)."""
    from dataclasses import replace

    return replace(para, text=text, **changes)


def truncate(text: str, width: float, measure: Measure, lines: int, ellipsis: str = "…") -> str:
    """Return `text` cut at a line break so it wraps to at most `lines` lines, with an ellipsis."""
    spans = wrap_spans(text, width * WIDTH_MARGIN, measure)
    if len(spans) <= lines:
        return text
    head = text[:spans[lines - 1][1]].rstrip()
    while head and measure(head[spans[lines - 1][0]:] + ellipsis) > width * WIDTH_MARGIN:
        head = head[:-1].rstrip()
    return head + ellipsis
