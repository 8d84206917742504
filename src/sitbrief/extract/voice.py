"""The issuing government's "we": a readout's "our" told of the parties that share it, else the sentence left out."""

from __future__ import annotations

import re

from sitbrief.extract.lexicon import words
from sitbrief.extract.rx import alternation
from sitbrief.extract.summary import THIRD_PERSON
from sitbrief.text.clean import inside_quote

_WE = re.compile(r"\b(?:[Ww]e|[Oo]urs?|[Oo]urselves|us)\b")
_I = re.compile(r"\bI\b")
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
    text = _shared_told(text)
    if not speaks_as_we(text):
        return text
    if not _PARTIES.match(text) or re.match(r"\W*We\b", text) or _I.search(text):
        return None  # "Today I met X to discuss our programme": the narrator's "our", not the two's

    def swap(m: re.Match[str]) -> str:
        if inside_quote(text, m.start()):
            return m.group(0)
        word = THIRD_PERSON[m.group(0).lower()]
        return word.capitalize() if m.group(0)[0].isupper() else word

    return _WE.sub(swap, text)


def _shared_told(text: str) -> str:
    """Return `text` with "both our"/"our two countries" told of both parties, outside quotation marks."""
    for pattern, told in _SHARED:
        text = pattern.sub(lambda m, t=text, w=told: m.group(0) if inside_quote(t, m.start()) else w, text)
    return text


_PARTIES_OF = re.compile(  # "The leaders of the Australia-UK-US (AUKUS) partnership – A, B and C – assessed ..."
    rf"^(?P<who>The\s+(?i:{alternation(words('party_nouns'))})\s+of\s+(?:the\s+)?[A-Z][^,;:\u2013\u2014]{{2,70}}?)"
    r"(?=\s+[\u2013\u2014]\s|,\s)"
)


def lead_parties(lead: str) -> str | None:
    """Return the parties a statement's lead opens on ("The leaders of the AUKUS partnership"): the "we" of its
    later sentences, when its title names none."""
    found = _PARTIES_OF.match(lead)
    return found["who"] if found else None


_OURS_SHARED = re.compile(
    rf"\b[Oo]ur\s+(?:[\w-]+\s+){{0,2}}(?:{alternation(words('shared_nouns'))})\b|\b[Bb]oth\b")  # "our shared values",
# "our security partnership", "both": the parties', not the government's alone
_WE_THEN = re.compile(r"\s+([a-z]+)\b")
_AGREES = {"have": "has", "are": "is", "were": "was", "do": "does"}  # "we have" -> "the United States has"
_KEPT_AFTER = frozenset({"will", "would", "can", "could", "must", "should", "may", "might", "shall", "had", "did",
                         "was"})


def told_of_government(text: str, country: str) -> str | None:
    """Return a sentence in the issuing government's voice told of its `country` ("Blinken raised our concerns" ->
    "the United States' concerns", "where we have concern" -> "where the United States has concern"); None when a
    "we" cannot be told (its verb not known to agree: "we absolutely want")."""
    text = _shared_told(text)
    if any(not inside_quote(text, m.start()) for m in _OURS_SHARED.finditer(text)):
        return None  # "our shared values", "our relationship": both parties', not the government's alone
    named = f"the {country}" if country in words("countries_with_the") else country
    pieces, last = [], 0
    for m in _WE.finditer(text):
        if inside_quote(text, m.start()):
            continue
        word, end = m.group(0).lower(), m.end()
        told = named + ("\u2019" if named.endswith("s") else "\u2019s") if word in ("our", "ours") else named
        if word == "our" and pieces:
            told = "its"  # "Australia reaffirmed its commitment": named once
        if word == "ourselves":
            return None
        if word == "we":
            verb = _WE_THEN.match(text, end)
            agreed = verb and (_AGREES.get(verb.group(1)) or (
                verb.group(1) if verb.group(1) in _KEPT_AFTER or verb.group(1).endswith("ed") else None))
            if not agreed:
                return None
            told, end = f"{named} {agreed}", verb.end()
        if m.group(0)[0].isupper():
            told = told[:1].upper() + told[1:]
        pieces += [text[last : m.start()], told]
        last = end
    return "".join([*pieces, text[last:]])


def told_not_as_we(text: str, country: str | None) -> str | None:
    """Return a sentence's "we"/"our" told of the parties, else of the government of `country`; None if neither."""
    return told_of_parties(text) or (told_of_government(text, country) if country else None)
