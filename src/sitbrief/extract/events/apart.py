"""Events a sentence tells beside its main ones, inside their clauses.

"The minister flew to Paris ahead of the NATO summit": the summit is a happening of its own,
though it stands in the clause of the flight; so are a named party's decision or plan and the release
of a named document. (A verb's second date, "visited X in 2014 and 2017", is `listed.py`'s.)
"""

from __future__ import annotations

import re

from sitbrief.extract.doc import Doc
from sitbrief.extract.events.draft import EventDraft
from sitbrief.extract.events.eventive import _eventive_triggers
from sitbrief.extract.events.filters import _PLACED_BEFORE, placed_visit
from sitbrief.extract.events.mention import _event
from sitbrief.extract.events.status import _dates_in
from sitbrief.extract.events.titles import MAX_TITLE_WORDS
from sitbrief.extract.lexicon import words
from sitbrief.extract.titles import noun_phrase

_AHEAD_OF = re.compile(  # "flew to Washington ahead of the State Visit": the visit is a later happening of its own
    r"\b(?:ahead of|in advance of|prior to|before|in preparation for)\s+(?P<det>the|a|an|his|her|their|its|next|this)\s+"
    r"(?:[\w'\u2019-]+\s+){0,4}$",
    re.I,
)
_AHEAD_KINDS = frozenset({"meeting", "talks", "exercise"})
_MARGINS_OF = re.compile(  # "met X on the margins of the G7 Summit in Biarritz": the summit is a happening of its own
    r"\b(?:on|in|at)\s+the\s+(?:sidelines|margins?)\s+of\s+(?P<det>the)\s+(?:\(?(?-i:[A-Z0-9])[\w.'\u2019()-]*\s+){0,6}$",
    re.I,
)
_PARTY = (
    r"(?:the\s+)?(?:(?-i:[A-Z])[\w.'\u2019-]*\s+){0,4}?"
    r"(?:(?-i:[A-Z])[\w.-]*|government|administration|parliament|court|council|assembly|cabinet)"
)
_DECISION = re.compile(  # "the decision by the French government to expand ...", "the World Health Assembly's decision to ..."
    rf"\b(?:(?:the|a)\s+(?P<noun1>decision|plans?)\s+by\s+(?P<by>{_PARTY})|"
    rf"(?P<own>{_PARTY})['\u2019]s\s+(?:[\w-]+\s+)?(?P<noun2>decision|plans?)|"
    r"the\s+(?P<pre>(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,2})\s+(?P<noun3>decision))\s+to\s+(?-i:[a-z]+)\b",
    re.I,
)
_DOCUMENT_NAME = rf"(?-i:(?:[A-Z][\w.-]*\s+){{0,5}}(?:{'|'.join(sorted(words('published_documents')))}))\b"
_PUBLISHED = re.compile(  # "the upcoming release of Canada's Indo-Pacific Strategy", "The Strategic Defence Review, published ..."
    r"\b(?P<upcoming>(?:upcoming|forthcoming)\s+)?(?:release|publication|unveiling)\s+of\s+"
    rf"(?:the\s+|(?-i:[A-Z])[\w.'\u2019-]*['\u2019]s\s+){_DOCUMENT_NAME}"
    rf"|\b(?:[Tt]he\s+)?{_DOCUMENT_NAME},?\s+(?:was\s+|were\s+)?(?:published|released|unveiled)\b",
)
_NO_PARTY = re.compile(r"(?:the\s+)?(?:its|our|their|his|her|my|your|this|that)", re.I)
_DECISION_END = re.compile(  # the phrase ends before the sentence's own verb ("China's plan to impose X goes against ...")
    r"[,;:.()\u2013\u2014]|\s+and\s+(?-i:[a-z]+ed)\b|\s+(?:goes|go|went|is|are|was|were|has|have|had|will|would|"
    r"can|could|remains?|marks?|reflects?|shows?|shall|must|may|might)\b"
)


def apart_events(doc: Doc, index: int, text: str, events: list[EventDraft]) -> list[EventDraft]:
    """Return the events `text` tells beside `events`, its sentence's events found so far."""
    found: list[EventDraft] = []
    if doc.sentences[index].kind == "body":
        found += _nouns_apart(doc, index, text, events + found)
    if "decision" in text or "plan" in text:
        found += _decisions(doc, index, text, events + found)
    if "publi" in text or "releas" in text or "unveil" in text:
        found += _published(doc, index, text, events + found)
    _title_placed_visits(text, events)
    return found


def _nouns_apart(doc: Doc, index: int, text: str, events: list[EventDraft]) -> list[EventDraft]:
    """Return the nouns of happenings another event's clause holds: "flew to Paris ahead of the NATO summit"."""
    found = []
    taken = {e.trigger: e for e in events if e.trigger}
    for kind, m in _eventive_triggers(text):
        if re.match(r"(?-i:[a-z])\w*ing$", m.group(0)):
            continue  # "before training": a gerund, not a gathering's name ("the AUKUS Defense Ministers Meeting")
        ahead = kind in _AHEAD_KINDS and _AHEAD_OF.search(text, max(0, m.start() - 60), m.start())
        margins = kind == "meeting" and not ahead and _MARGINS_OF.search(text, max(0, m.start() - 90), m.start())
        ahead = ahead or margins
        if not ahead:
            continue
        phrase = noun_phrase(text, m.span(), None)
        if not phrase or len(phrase.split()) < 2:
            continue  # "before the exercise": a bare noun refers back, it names no new happening
        if (own := taken.get(m.span())) is not None:
            if own.kind in _AHEAD_KINDS and own.date is None and not own.named:
                own.title, own.apart, own.clause = _ahead_title(text, ahead, phrase), True, False
                own.status = own.status if margins else "planned"
            continue  # the noun is an event already: keep it apart from the clause it stands in
        if any(e.named and e.trigger and e.trigger[0] - 40 <= m.start() <= e.trigger[1] + 15 for e in events):
            continue  # part of a named event's title
        draft = _event(doc, index, text, (kind, m.span()), None, _ahead_title(text, ahead, phrase))
        draft.apart, draft.named, draft.venue = True, False, bool(margins)
        if draft.date is None and not margins:
            draft.status = "planned"
        found.append(draft)
        taken[m.span()] = draft
    return found


def _ahead_title(text: str, ahead: re.Match[str], phrase: str) -> str:
    """Title a gathering told "ahead of" by its phrase as written, with its determiner when short ("The State Visit")."""
    at = text.lower().find(phrase.lower(), ahead.start("det"))
    phrase = text[at : at + len(phrase)] if at >= 0 else phrase
    if at >= 0 and (date := next((d for d in _dates_in(text, None, False) if at < d.span[0] < at + len(phrase)), None)):
        phrase = re.sub(r"\s+(?:on|in|at|from|between)$", "", text[at : date.span[0]].rstrip(" ,"))  # its date is no part of its name
    if len(phrase.split()) < 3:
        phrase = f"{ahead['det']} {phrase}"
    return phrase[:1].upper() + phrase[1:]


def _decisions(doc: Doc, index: int, text: str, events: list[EventDraft]) -> list[EventDraft]:
    """Return the decisions and plans a named party made ("the US decision to reject", "China's plan to impose")."""
    found = []
    dates = list(_dates_in(text, doc.anchor, False))
    for m in _DECISION.finditer(text):
        if _NO_PARTY.fullmatch(m["by"] or m["own"] or m["pre"]):
            continue  # "its sovereign decision to join NATO": the party is the sentence's subject, told already
        if any(e.trigger and m.start() <= e.trigger[0] < m.end() for e in events):
            continue
        end = _DECISION_END.search(text, m.end())
        stop = min([end.start() if end else len(text)] + [d.span[0] for d in dates if d.span[0] >= m.end()])
        title = " ".join(text[m.start() : stop].split()[:MAX_TITLE_WORDS])
        title = re.sub(r"\s+(?:in|on|at|by|later|earlier|this|next|last)$", "", title)
        noun = m["noun1"] or m["noun2"] or m["noun3"]
        head = text.find(noun, m.start())
        draft = _event(doc, index, text, ("announcement", (head, head + len(noun))), None, title[:1].upper() + title[1:])
        draft.apart = True
        found.append(draft)
    return found


_PLACE_LIST = re.compile(r"(?:,?\s+(?:then\s+|and\s+|then\s+and\s+)?(?-i:[A-Z])[\w'\u2019-]+)*")


def _title_placed_visits(text: str, events: list[EventDraft]) -> None:
    """Title a visit told "The next port of call is X" by its clause, places and all, and keep it apart."""
    for event in events:
        if event.kind != "meeting" or not event.trigger or event.date is not None:
            continue
        placed = placed_visit(text, event.trigger)
        if placed is None:
            continue
        lo = _PLACED_BEFORE.search(text, max(0, event.trigger[0] - 30), event.trigger[0]).start()
        hi = placed.end() + _PLACE_LIST.match(text, placed.end()).end() - placed.end()
        clause = " ".join(text[lo:hi].split()).rstrip(",")
        if len(clause.split()) <= MAX_TITLE_WORDS:
            event.title, event.apart, event.clause = clause[:1].upper() + clause[1:], True, True
            if re.search(r"\bwill\s+be\b", placed.group(0)):
                event.status = "planned"


def _published(doc: Doc, index: int, text: str, events: list[EventDraft]) -> list[EventDraft]:
    """Return the release of a named document as an announcement ("the upcoming release of X's Strategy")."""
    found = []
    dates = list(_dates_in(text, doc.anchor, False))
    for m in _PUBLISHED.finditer(text):
        if any(e.trigger and m.start() <= e.trigger[0] < m.end() for e in events):
            continue
        expr = next((d for d in dates if 0 <= d.span[0] - m.end() <= 3), None)
        title = " ".join(text[m.start() : m.end()].replace(",", "").split())
        title = re.sub(r"^(?:upcoming|forthcoming)\s+", "", title)
        draft = _event(doc, index, text, ("announcement", m.span()), expr, title[:1].upper() + title[1:])
        draft.apart = True
        if m["upcoming"]:
            draft.status = "planned"
        found.append(draft)
    return found
