"""Clean text once, at ingestion, so that no renderer meets a character it cannot write."""

from __future__ import annotations

import re
import unicodedata

_NEWLINES = re.compile(r"\r\n|[\r\u2028\x0b\x0c\x85]")
_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")
_FORBIDDEN = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff\ud800-\udfff"
    "\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff\u00ad]"
)
# Invisible formatting characters (Unicode's default-ignorable code points): zero-width spaces and
# joiners, direction marks and overrides, invisible operators, variation selectors, tag characters.
# Body text keeps the joiners (emoji sequences, Indic and Persian spelling need them); names and
# titles lose every one, so that two spellings of a name never differ by what no one can see.
_INVISIBLE = re.compile("[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f"
                        "\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0"
                        "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)*")


def clean_text(text: str) -> str:
    """Return `text` as NFC with normalised newlines, no control, bidi-override or zero-width chars."""
    text = _ANSI.sub("", text)
    text = _NEWLINES.sub("\n", text).replace("\u2029", "\n\n")
    text = _FORBIDDEN.sub("", text)
    text = unicodedata.normalize("NFC", text)
    return text


def clean_line(text: str) -> str:
    """Return `text` cleaned and collapsed to a single line of single spaces."""
    text = clean_text(text).replace("\n", " ")
    return _SPACES.sub(" ", text).strip()


def without_invisible(text: str) -> str:
    """Return `text` without invisible formatting characters (for names, titles and headlines)."""
    return _INVISIBLE.sub("", text)


def shorten(text: str, limit: int) -> str:
    """Return `text` cut to at most `limit` characters, at a word boundary where one is near, with '…'."""
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip() + "\u2026"


def paragraphs(text: str) -> list[str]:
    """Split cleaned `text` into paragraphs: blank-line blocks, or lines when there are no blanks."""
    text = text.strip("\n")
    if not text.strip():
        return []
    blocks = _BLANK_LINES.split(text)
    if len(blocks) == 1 and text.count("\n") >= 3:
        blocks = text.split("\n")
    out = []
    for number, block in enumerate(blocks):
        for part in _block_lines(block, top=number < 4):
            line = _SPACES.sub(" ", part).strip()
            if line:
                out.append(line)
    return out


def _block_lines(block: str, top: bool) -> list[str]:
    """Return a block as one paragraph, or as its lines when it is a stack of short lines.

    Near the top of an article a block of a few short lines is a header (outlet, date, byline).
    """
    lines = [line for line in block.split("\n") if line.strip()]
    if len(lines) > 1 and any(len(line.strip()) < 40 for line in lines[:-1]):
        return lines
    if top and 1 < len(lines) <= 6 and all(len(line.strip()) < 70 for line in lines[:-1]) \
            and not any(re.search(r"[a-z,;\-]$", line.rstrip()) for line in lines[:-1]):
        return lines
    return [" ".join(lines)]


def slugify(text: str, max_length: int = 60) -> str:
    """Return a lowercase ASCII file-name slug for `text` (``brief`` when nothing is left)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-zA-Z0-9]+", "-", ascii_text).strip("-").lower()
    if len(slug) > max_length:  # cut at the last whole word, unless that leaves under half the room
        whole = slug[:max_length + 1].rpartition("-")[0]
        slug = whole if len(whole) >= max_length // 2 else slug[:max_length]
    return slug.rstrip("-") or "brief"


_WIDE = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def word_count(text: str) -> int:
    """Return the number of words in `text`, counting about two CJK characters as a word."""
    return len(text.split()) + len(_WIDE.findall(text)) // 2


def inside_quote(text: str, index: int) -> bool:
    """Tell whether `index` of `text` lies inside a quotation: more curly marks opened than closed
    before it, or an odd number of straight double marks."""
    before = text[:index]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1
