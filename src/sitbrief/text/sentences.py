"""Split paragraphs into sentences with character offsets, aware of news abbreviations."""

from __future__ import annotations

import re
from importlib import resources


def word_list(name: str) -> frozenset[str]:
    """Return the entries of data file `name` beside this module (comments and blanks skipped)."""
    text = resources.files("sitbrief.text").joinpath("data", name).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


ABBREVIATIONS = word_list("abbreviations.txt")
# Words that, after "U.S." or "a.m.", show that a new sentence has begun.
SENTENCE_STARTERS = frozenset([
    "the", "a", "an", "it", "he", "she", "they", "we", "i", "this", "that", "these", "those", "there", "in", "on",
    "at", "but", "and", "however", "officials", "his", "her", "their", "its", "our", "after", "before", "while",
    "when", "meanwhile"
])
# Full stops of Latin, Arabic (question mark, Urdu full stop) and Devanagari text, before a space.
_BOUNDARY = re.compile(r"[.!?\u2026\u061f\u06d4\u0964\u0965]+[\"'\u201d\u2019)\]]*(?=\s+)")
_NEXT_WORD = re.compile(r"\s+([\"'\u201c\u2018(\[]?)(\S+)")
# Full-width (CJK) full stops need no space after them.
_WIDE_BOUNDARY = re.compile(r"[\u3002\uff01\uff1f\uff61]+[\u300d\u300f\uff09\u201d\u2019]*")
MAX_SENTENCE_CHARS = 5000


# A full stop a copy lost the space after: "last year.The", "he said.\"North", "said.\u201cWe".
# "last year.U.S. forces" too; "www.Navy.mil" is an address, not two sentences.
_GLUED = re.compile(r"(?<=[a-z]{2})([.!?])([\"\u201c\u201d]?)(?=[A-Z](?:[a-z]|\.[A-Z]\.))")
_ADDRESS = re.compile(r"[A-Za-z]+\.[a-z]")
_LAST_WORD = re.compile(r"(?<![./@:\w])[A-Za-z]+$")  # the word before a glued stop, not part of "www.x"


def split_sentences(paragraph: str) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences in `paragraph`, none over MAX_SENTENCE_CHARS."""
    spans = [wide for span in _latin_spans(paragraph) for wide in _wide_spans(paragraph, span)]
    spans = [glued for span in spans for glued in _glued_spans(paragraph, span)]
    return [piece for span in spans for piece in _capped(paragraph, span)]


def _glued_spans(paragraph: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """Split `span` where a full stop is glued to the next sentence's first word or opening quote."""
    start, end = span
    out: list[tuple[int, int]] = []
    for match in _GLUED.finditer(paragraph, start, end):
        token = _LAST_WORD.search(paragraph[start : match.start()])
        if token is None or token.group().lower() in ABBREVIATIONS or _ADDRESS.match(paragraph, match.end()):
            continue  # "Gen.Smith" is an abbreviation; "www.Navy.mil" is an address
        quote = match.group(2)
        closing = quote == "\u201d" or (quote == '"' and paragraph.count('"', start, match.start()) % 2)
        cut = match.end(2) if closing else match.end(1)  # 'routine."Our' ends after the mark
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


def _wide_spans(paragraph: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """Split `span` after each full-width full stop that has more text after it."""
    start, end = span
    out: list[tuple[int, int]] = []
    for match in _WIDE_BOUNDARY.finditer(paragraph, start, end):
        rest = _skip_space(paragraph, match.end(), end)
        if rest < end:
            out.append((start, match.end()))
            start = rest
    out.append((start, end))
    return out


def _capped(paragraph: str, span: tuple[int, int], limit: int = MAX_SENTENCE_CHARS) -> list[tuple[int, int]]:
    """Cut `span` into pieces of at most `limit` characters, at a space where there is one."""
    start, end = span
    out: list[tuple[int, int]] = []
    while end - start > limit:
        cut = paragraph.rfind(" ", start + limit // 2, start + limit + 1)
        piece_end = cut if cut > start else start + limit
        out.append((start, piece_end))
        start = _skip_space(paragraph, piece_end, end)
    if start < end:
        out.append((start, end))
    return out


def _skip_space(text: str, index: int, end: int) -> int:
    """Return the first index at or after `index` (before `end`) that is not whitespace."""
    while index < end and text[index].isspace():
        index += 1
    return index


def _latin_spans(paragraph: str) -> list[tuple[int, int]]:
    """Return sentence spans found at full stops followed by a space."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(paragraph):
        end = match.end()
        nxt = _NEXT_WORD.match(paragraph, end)
        if nxt and _is_boundary(paragraph[start:match.start() + 1], match.group(), nxt):
            spans.append((start, end))
            start = nxt.start(1)
    if paragraph[start:].strip():
        spans.append((start, len(paragraph.rstrip())))
    return spans


def _is_boundary(before: str, punct: str, nxt: re.Match[str]) -> bool:
    """Tell whether the punctuation ending `before` closes a sentence, given the next word."""
    opener, word = nxt.group(1), nxt.group(2)
    first = word[0]
    if opener == "(":
        return False
    if first.islower() and not opener:
        return False
    if not punct.startswith("."):
        return True
    if re.fullmatch(r"\(?\d{1,3}|[ivxIVX]{1,4}|[a-zA-Z]", before.strip().rstrip(".")):
        return False
    token = before.rsplit(None, 1)[-1].rstrip(".").lstrip("\"'(\u201c\u2018[").lower() if before.strip() else ""
    if not token:
        return True
    abbreviated = token in ABBREVIATIONS or (len(token) == 1 and token.isalpha())
    if not abbreviated and re.fullmatch(r"(?:[\w]+-)*(?:[a-z]\.)+[a-z]", token):
        abbreviated = True
    if not abbreviated:
        return True
    if first.isdigit() or punct != ".":
        return False
    return word.strip("\"'\u201c\u2018,").lower() in SENTENCE_STARTERS and token.rsplit("-", 1)[-1] in {
        "u.s", "u.k", "u.n", "e.u", "u.s.a", "a.m", "p.m", "etc", "inc", "corp", "ltd", "co",
    }
