"""The issuing government's "we": a readout's "our" told of the parties that share it, else the sentence left out."""

from __future__ import annotations

import re

from sitbrief.extract.lexicon import words
from sitbrief.extract.rx import alternation
from sitbrief.text.clean import inside_quote

_WE = re.compile(r"\b(?:[Ww]e|[Oo]urs?|[Oo]urselves|us)\b")
_I = re.compile(r"\bI\b")
_THIRD = {"we": "they", "our": "their", "ours": "theirs", "ourselves": "themselves", "us": "them"}
_SHARED = (  # "between our two countries" -> "between the two countries", "both our countries" -> "both countries"
    (re.compile(r"\bboth\s+our\s+"), "both "),
    (re.compile(r"\bour\s+(?=(?:two|three|four)\s+(?:countries|nations|governments|peoples)\b)"), "the "),
)
_NAME = r"(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w.'\u2019-]*){0,4}"
_PARTIES = re.compile(  # "They", "Both", "The leaders", "The two Ministers", "The Secretary and Foreign Minister X"
    rf"^(?:[A-Z][^,]{{0,40}},\s+)?(?:They|they|Both|both|[Tt]he\s+(?:two\s+|three\s+)?(?:[A-Z][a-z]+\s+)?"
    rf"(?i:{alternation(words('party_nouns'))})|{_NAME}(?:,\s+{_NAME}){{0,6}},?\s+and\s+{_NAME}|"
    rf"{_NAME}\s+(?:also\s+)?(?:met|meets|spoke|speaks|called|calls)\s+(?:with\s+|to\s+)?{_NAME})"  # a meeting's two
    r"\s+(?:also\s+|both\s+|further\s+)?[a-z]+"
)


def speaks_as_we(text: str) -> bool:
    """Tell whether a sentence speaks in the first person plural outside quotation marks ("our allies")."""
    return any(not inside_quote(text, m.start()) for m in _WE.finditer(text))


def told_of_parties(text: str) -> str | None:
    """Return a sentence in the issuing government's voice told of the parties: "between our two countries" ->
    "between the two countries"; with a plural subject ("The leaders reaffirmed our ties") "we"/"our"/"us" ->
    "they"/"their"/"them". None when a "we" stays that stands for the government alone ("Blinken raised our
    concerns"); the sentence unchanged when it has none."""
    for pattern, told in _SHARED:
        text = "".join(_outside(text, pattern, told))
    if not speaks_as_we(text):
        return text
    if not _PARTIES.match(text) or re.match(r"\W*We\b", text) or _I.search(text):
        return None  # "Today I met X to discuss our programme": the narrator's "our", not the two's

    def swap(m: re.Match[str]) -> str:
        if inside_quote(text, m.start()):
            return m.group(0)
        word = _THIRD[m.group(0).lower()]
        return word.capitalize() if m.group(0)[0].isupper() else word

    return _WE.sub(swap, text)


def _outside(text: str, pattern: re.Pattern[str], told: str) -> list[str]:
    """Return `text` in pieces with each match of `pattern` outside quotation marks replaced by `told`."""
    pieces, last = [], 0
    for m in pattern.finditer(text):
        if not inside_quote(text, m.start()):
            pieces += [text[last : m.start()], told]
            last = m.end()
    return [*pieces, text[last:]]


_PARTIES_OF = re.compile(  # "The leaders of the Australia-UK-US (AUKUS) partnership – A, B and C – assessed ..."
    rf"^(?P<who>The\s+(?i:{alternation(words('party_nouns'))})\s+of\s+(?:the\s+)?[A-Z][^,;:\u2013\u2014]{{2,70}}?)"
    r"(?=\s+[\u2013\u2014]\s|,\s)"
)


def lead_parties(lead: str) -> str | None:
    """Return the parties a statement's lead opens on ("The leaders of the AUKUS partnership"): the "we" of its
    later sentences, when its title names none."""
    found = _PARTIES_OF.match(lead)
    return found["who"] if found else None


_OURS_ONLY = re.compile(r"\b[Oo]ur\b")


def told_of_government(text: str, country: str) -> str:
    """Return a sentence whose only first-person word is the government's "our" told of its `country` ("Henare
    will reaffirm our commitment" -> "New Zealand's commitment"); any other "we" or "us" leaves it as written."""
    outside = [m for m in _WE.finditer(text) if not inside_quote(text, m.start())]
    if not outside or any(not _OURS_ONLY.fullmatch(m.group(0)) for m in outside):
        return text
    for m in reversed(outside):
        text = f"{text[: m.start()]}{country}\u2019s{text[m.end() :]}"
    return text
