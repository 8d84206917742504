"""Dates listed under one verb: one event per date ("visited X in 2014 and 2017")."""

from __future__ import annotations

import re

from sitbrief.extract.doc import Doc
from sitbrief.extract.events.clauses import _PREDICATE_VERB
from sitbrief.extract.events.draft import EventDraft
from sitbrief.extract.events.mention import _event
from sitbrief.extract.events.status import _end_bound
from sitbrief.extract.events.titles import _title
from sitbrief.extract.titles import NOUN_TRIGGERS
from sitbrief.text.dates import DateExpr

_LISTED_DATE = re.compile(  # "in 2014 and 2017", "on 3 March and again on 9 March"
    r",?\s*(?:(?:and|or)\s+(?:again\s+|then\s+|later\s+)?)?(?:(?:in|on|at)\s+)?", re.I
)
_LISTED_OBJECT = re.compile(  # "visit Paris on Monday and Berlin on Wednesday": a second object with its own date
    r",?\s+and\s+(?P<obj>(?:(?:the|a|an|in|to|at)\s+)?[^\s,;:()]+(?:\s+[^\s,;:()]+){0,5}?)\s+", re.I
)
_DANGLING_AND = re.compile(r"\s+(?:and|or)(?:\s+(?:again|then|later))?$")


def listed_dates(doc: Doc, index: int, text: str, dates: list[DateExpr], dated: list[EventDraft]) -> None:
    """Give each date listed after a dated verb an event of its own ("met in 2019 and again in 2022").

    "visited Manila on 3 March and Cebu on 7 March", "will attend X on 31 July and the gala
    dinner on 1 August": the second date dates the same verb with the object listed before it.
    A noun's dates ("exercises in 2023 and 2024") stay one event.
    """
    for first, second in zip(dates, dates[1:], strict=False):
        host = next((e for e in dated if e.date is not None and e.date.span == first.span and e.trigger), None)
        if host is None or second.start is None or _end_bound(text, second):
            continue
        other = next((e for e in dated if e.date is not None and e.date.span == second.span), None)
        crossed = other is not None and other.trigger is not None and other.trigger[1] <= first.span[0]
        if other is not None and not crossed:
            continue  # the second date has its own happening
        twin = _twin(doc, index, text, (first, second), host, other if crossed else None)
        if twin is None:
            continue
        if crossed:
            dated.remove(other)
        for draft in (host, twin):
            draft.title = _DANGLING_AND.sub("", draft.title)
        dated.append(twin)


def _twin(
    doc: Doc, index: int, text: str, pair: tuple[DateExpr, DateExpr], host: EventDraft, crossed: EventDraft | None
) -> EventDraft | None:
    """Return the event the second of two listed dates dates, or None when they are not a list under one verb."""
    first, second = pair
    gap = text[first.span[1] : second.span[0]]
    if crossed is None and _verb(text, host) and _listed(gap, pair):
        return _event(doc, index, text, (host.kind, host.trigger), second)
    listed = _LISTED_OBJECT.fullmatch(gap)
    if not listed or _PREDICATE_VERB.search(listed["obj"]) or not host.trigger:
        return None
    obj, verb = listed["obj"], crossed or host
    if _verb(text, verb):  # "The minister will visit Berlin on Wednesday."
        told, kind, span = f"{text[: verb.trigger[1]]} {obj} ", verb.kind, verb.trigger
    elif (start := _object_start(text, verb)) is not None and _DETERMINED.match(obj):
        told = f"{text[:start]}{obj} "  # "will attend the opening ceremony of X on 31 July and the gala dinner on 1 August"
        head = len(told) - 1 - len(obj.split()[-1])
        kind, span = verb.kind, (head, len(told) - 1)
    else:
        return None
    moved = DateExpr(second.text, (len(told), len(told) + len(second.text)), second.start, second.end,
                     second.precision, second.rule)
    twin = _event(doc, index, told + text[second.span[0] :], (kind, span), moved)
    if twin.date is not None:  # the date as the sentence holds it, not as the retold clause does
        twin.date = DateExpr(second.text, second.span, twin.date.start, twin.date.end, twin.date.precision, twin.date.rule)
    twin.trigger, twin.predicate = verb.trigger, verb.predicate
    host.title = _title(doc, text[: first.span[1]] + text[second.span[1] :], host.trigger, first)
    return twin


def _listed(gap: str, pair: tuple[DateExpr, DateExpr]) -> bool:
    """Tell whether two dates are a list joined by "and"/"or" ("in 2014 and 2017"), or a comma between years."""
    if not _LISTED_DATE.fullmatch(gap):
        return False
    if re.search(r"\b(?:and|or)\b", gap) or re.match(r"(?:and|or)\s", pair[1].text, re.I):
        return True
    return gap.strip() == "," and all(d.precision == "year" for d in pair)


_MODAL_BEFORE = re.compile(r"\b(?:will|would|to|shall|can|could|may|might|must|did)\s+(?:\w+ly\s+)?$", re.I)
_DETERMINED = re.compile(r"(?:the|a|an)\s", re.I)
_NOUN_START = re.compile(r"\b(?:the|a|an)\s+(?:[\w'\u2019-]+\s+){0,3}$", re.I)


def _verb(text: str, draft: EventDraft) -> bool:
    """Tell whether a draft's trigger is a verb ("visited", "met", "will visit"), not a noun ("a naval clash")."""
    if not draft.trigger:
        return False
    if _MODAL_BEFORE.search(text, max(0, draft.trigger[0] - 30), draft.trigger[0]):
        return True
    head = draft.word.split()[0] if draft.word else ""
    return head not in NOUN_TRIGGERS and (head.endswith("ed") or head in _PAST_FORMS)


_PAST_FORMS = frozenset({"met", "held", "took", "made", "flew", "sent", "spoke", "led", "began", "went", "came", "saw"})


def _object_start(text: str, draft: EventDraft) -> int | None:
    """Return where the noun phrase holding a noun trigger starts ("the opening ceremony"), if it has a determiner."""
    if not draft.trigger or _verb(text, draft):
        return None
    found = _NOUN_START.search(text, max(0, draft.trigger[0] - 60), draft.trigger[0])
    return found.start() if found else None
