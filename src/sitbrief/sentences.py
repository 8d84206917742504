"""Split paragraphs into sentences with character offsets, aware of news abbreviations."""

from __future__ import annotations

import re

ABBREVIATIONS = frozenset(
    ["mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "capt", "cpt", "maj", "sgt", "cmdr", "cdr", "adm", "brig", "gov", "sen", "rep", "rev", "st", "no", "nos", "corp", "inc", "ltd", "co", "jr", "sr", "vs", "etc", "al", "fig", "approx", "dept", "est", "govt", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "e.g", "i.e", "u.s", "u.k", "u.n", "u.s.a", "e.u", "a.m", "p.m"]
)
# Words that, after "U.S." or "a.m.", show that a new sentence has begun.
SENTENCE_STARTERS = frozenset(
    ["the", "a", "an", "it", "he", "she", "they", "we", "i", "this", "that", "these", "those", "there", "in", "on", "at", "but", "and", "however", "officials", "his", "her", "their", "its", "our", "after", "before", "while", "when", "meanwhile"]
)
_BOUNDARY = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(?=\s+)")
_NEXT_WORD = re.compile(r"\s+([\"'\u201c\u2018(\[]?)(\S+)")


def split_sentences(paragraph: str) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences in `paragraph`."""
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
    if not (first.isupper() or first.isdigit() or opener or not first.isalpha()):
        return False
    if not punct.startswith("."):
        return True
    if re.fullmatch(r"\(?\d{1,3}|[ivxIVX]{1,4}|[a-zA-Z]", before.strip().rstrip(".")):
        return False
    token = before.rsplit(None, 1)[-1].rstrip(".").lstrip("\"'(\u201c\u2018[").lower() if before.strip() else ""
    if not token:
        return True
    abbreviated = token in ABBREVIATIONS or (len(token) == 1 and token.isalpha())
    if not abbreviated and re.fullmatch(r"(?:[a-z]\.)+[a-z]", token):
        abbreviated = True
    if not abbreviated:
        return True
    if first.isdigit() or punct != ".":
        return False
    return word.strip("\"'\u201c\u2018,").lower() in SENTENCE_STARTERS and token in {
        "u.s", "u.k", "u.n", "e.u", "u.s.a", "a.m", "p.m", "etc", "inc", "corp", "ltd", "co",
    }
