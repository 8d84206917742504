"""A noun's participle clause dated on its own: "the initiatives announced in 2011" is an event of 2011.

Only a year or a month: background told in passing; a day is the story's own news, read by the main pass.

The date after "NOUN PARTICIPLE (in PLACE)" dates the noun's happening (the announcing, forming,
signing), not the sentence's main verb ("Ministers met for the forum, a body formed in 2012").
"""

from __future__ import annotations

import re

from sitbrief.extract.doc import Doc
from sitbrief.extract.events.draft import EventDraft
from sitbrief.extract.events.mention import _event
from sitbrief.extract.inflect import participles
from sitbrief.extract.lexicon import lexicon_rows
from sitbrief.extract.rx import alternation
from sitbrief.text.dates import DateExpr

_KINDS = {form: row[1] for row in lexicon_rows("words/participle_events.txt") for form in participles(row[0])}
# the noun phrase follows a preposition, a comma, a copula or a verb of regard: "of the initiatives announced",
# not "an agreement the two governments signed in July" (the governments' own verb in a relative clause)
_AFTER = "|".join(
    f"(?<=\\b{w} )" for w in ("of", "for", "on", "to", "with", "under", "from", "into", "through", "by", "at", "in",
                              "about", "including", "is", "was", "are", "were", "welcomed", "welcomes", "welcome",
                              "reviewed", "discussed", "implementing")
) + "|(?<=, )"
_NOUN_PARTICIPLE = re.compile(
    rf"(?:{_AFTER})(?:the|a|an|its|their|our|this|these|those)\s+"
    r"(?P<noun>(?:(?!(?:the|a|an|its|their|our|this|these|those)\s)[\w'\u2019-]+\s+){0,3}?(?-i:[a-z][\w-]*[a-z]))\s+"
    rf"(?P<verb>{alternation(_KINDS)})"
    r"(?P<place>\s+(?:in|at)\s+(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,2})?"
    r"\s+(?:in\s+|on\s+)?$"
)
_PARTIES = re.compile(r"\s+(?:between|with|by)\s+(?-i:[A-Z])[^,;:.]{0,60}?(?=\s*(?:[,;:.]|$))")
_NOT_NOUN = frozenset({"who", "which", "that", "they", "we", "he", "she", "it", "and", "or", "also", "been", "being"})


def participle_events(doc: Doc, index: int, text: str, dates: list[DateExpr], used: set) -> list[EventDraft]:
    """Return the events of the noun participle clauses a date follows, and mark those dates used."""
    events = []
    for expr in dates:
        if expr.span in used or expr.precision not in ("year", "month"):
            continue  # a day ("signed today in Oslo") dates the story's own event, read by the main pass
        m = _NOUN_PARTICIPLE.search(text, max(0, expr.span[0] - 120), expr.span[0])
        if not m or m.end() != expr.span[0] or m["noun"].split()[-1].lower() in _NOT_NOUN:
            continue
        parties = _PARTIES.match(text, expr.span[1])  # "the agreement reached last night between Canada and the US"
        phrase = f"{m['noun']} {m['verb']}{m['place'] or ''}{parties.group(0) if parties else ''}"
        draft = _event(doc, index, text, (_KINDS[m["verb"].lower()], m.span("verb")), expr, phrase[:1].upper() + phrase[1:])
        draft.apart = draft.named = True  # another happening than the main verb, which keeps its own event
        draft.predicate = (m.start(), expr.span[1])
        events.append(draft)
        used.add(expr.span)
    return events
