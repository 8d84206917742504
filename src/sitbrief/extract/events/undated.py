"""The triggers of a sentence that no date belongs to."""

from __future__ import annotations

import re

from sitbrief.extract.events.clauses import _FINITE, _MODAL, LISTED_LIGHT, _predicate, _progressive, _second_verb
from sitbrief.extract.events.draft import EventDraft
from sitbrief.extract.events.eventive import _eventive_triggers
from sitbrief.extract.events.filters import _reported
from sitbrief.extract.events.triggers import PRIORITY

_COORDINATED = re.compile(
    r"\band\s+(?:will\s+|would\s+|to\s+|then\s+)?(?:hold|held|holds|sign|signed|signs|visit|visited|visits|meet|met|"
    r"attend|attended|host|hosted|travel|travelled|traveled|conduct|conducted|launch|launched)\b(?:\s+[\w'-]+){0,4}\s*$",
    re.I,
)


def _undated_triggers(text: str, events: list[EventDraft]) -> list[tuple[str, tuple[int, int]]]:
    """Return one trigger per clause that has no event yet (a sentence may report several events)."""
    taken = [_taken(text, e) for e in events if e.trigger]
    taken += [e.folded for e in events if e.folded]
    own = {e.trigger for e in events if e.trigger}
    found = sorted(
        (bool(_PURPOSE.search(text, max(0, m.start() - 60), m.start())), PRIORITY.index(kind), m.start(), kind, m.span())
        for kind, m in _eventive_triggers(text)
    )
    chosen: list[tuple[str, tuple[int, int]]] = []
    kinds = {e.kind for e in events}
    spans = [f[4] for f in found]
    for _, _, _, kind, span in found:
        if any(lo <= span[0] and span[1] <= hi and (lo, hi) != span for lo, hi in spans):
            continue  # "war" inside "war games": the longer trigger is the word, and decides
        clause = _predicate(text, span)
        finite = bool(_FINITE.match(text[span[0] : span[1]])) or _progressive(text, span)
        coordinated = bool(_COORDINATED.search(text, max(0, span[0] - 50), span[0])) or _second_verb(text, span) or bool(
            LISTED_LIGHT.search(text, max(0, span[0] - 70), span[0])
        )
        if span in own or _named_around(text, span, events):
            continue
        if any(lo <= span[0] < hi for lo, hi in taken) and not _listed_apart(text, span):
            continue
        if _opening_venue(text, span):
            continue  # "At the G7 conference in Tokyo, the Foreign Secretary will meet X": the venue of the meeting
        if _purpose_of(text, span, events):
            continue  # "pulled into Sasebo, Aug. 22, for a scheduled port visit": the visit is the arrival's purpose
        if not coordinated and kind in kinds and not finite and not _listed_apart(text, span) and not _told_before(text, span):
            continue
        if not _reported(text, span, kind):
            continue
        kinds.add(kind)
        chosen.append((kind, span))
        taken.append(clause)
    return sorted(chosen, key=lambda t: t[1])


_AFTER_EARLIER = re.compile(r"\b(?:following|after)\s+(?:[\w'\u2019-]+\s+){0,4}$", re.I)


def _told_before(text: str, span: tuple[int, int]) -> bool:
    """Tell whether a noun trigger names an earlier happening the clause sets apart ("..., following two days of meetings")."""
    return bool(_AFTER_EARLIER.search(text, max(0, span[0] - 50), span[0])) and not _FINITE.match(text, span[0])


def _listed_apart(text: str, span: tuple[int, int]) -> bool:
    """Tell whether an event noun ends a list after another event ("visits to Seoul, Tokyo and a NATO conference in X")."""
    return bool(
        re.search(r"\b(?:visits|trips|stops|travel)\s+to\s+(?:[\w.'\u2019-]+,?\s+){1,8}and\s+(?:a|an|the)\s+(?:[\w.'\u2019-]+\s+){0,5}$",
                  text[max(0, span[0] - 120) : span[0]])
    ) and not _FINITE.match(text[span[0] : span[1]])


def _title_from_list(text: str, span: tuple[int, int], events: list[EventDraft]) -> None:
    """Title the listed event by its own phrase and give it the tense of the event it is listed after."""
    event = events[-1]
    head = re.search(r"\band\s+(?:a|an|the)\s+((?:[\w.'\u2019-]+\s+){0,5})$", text[: span[0]])
    place = re.match(r"\s+(?:in|at)\s+(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,3}", text[span[1] :])
    if head:
        phrase = text[head.start(1) : span[1] + (place.end() if place else 0)]
        event.title, event.clause, event.phrase = phrase[:1].upper() + phrase[1:], False, None
    host = next((e for e in events[:-1] if e.trigger and e.trigger[1] <= span[0]), None)
    if host is not None and host.status == "planned":
        event.status = "planned"


def _opening_venue(text: str, span: tuple[int, int]) -> bool:
    """Tell whether a noun trigger names the venue in a sentence's opening phrase before an event verb."""
    if not re.fullmatch(r"\W*(?:At|During)\s+(?:the\s+)?(?:[\w'\u2019.-]+\s+){0,5}", text[: span[0]]):
        return False
    comma = text.find(", ", span[1])
    return 0 < comma - span[1] <= 60 and any(
        m.start() > comma and (_FINITE.match(m.group(0)) or _MODAL.search(text[: m.start()]))
        for _, m in _eventive_triggers(text)
    )


def _purpose_of(text: str, span: tuple[int, int], events: list[EventDraft]) -> bool:
    """Tell whether a noun trigger after "for a ..." is the purpose of a dated movement just before it."""
    if not re.search(r"\bfor\s+(?:a|an|the|its|her|his|their)\s+(?:[\w-]+\s+){0,2}$", text[max(0, span[0] - 40) : span[0]]):
        return False
    return any(
        e.kind == "deployment" and e.date is not None and e.trigger and 0 < span[0] - e.trigger[1] <= 100
        for e in events
    )


def _named_around(text: str, span: tuple[int, int], events: list[EventDraft]) -> bool:
    """Tell whether a trigger word is part of a named event's title ("six-month deployment to Operation X")."""
    word = text[span[0] : span[1]].lower()
    return any(
        e.named and e.trigger and e.trigger[0] - 40 <= span[0] <= e.trigger[1] + 15 and word in e.title.lower()
        for e in events
    )


_PURPOSE = re.compile(  # "making their way to Norway for one of NATO's biggest exercises": the way is the event
    r"\s(?:for|ahead of)\s+(?:one of\s+)?(?:the\s+|an?\s+|[A-Z][\w.-]*['\u2019]s\s+)?(?:[\w-]+\s+){0,3}$"
)


def _taken(text: str, event: EventDraft) -> tuple[int, int]:
    """Return the stretch of a sentence a triggered event accounts for: its predicate, a named event's name, a
    coordinated noun's phrase (from the noun on)."""
    trigger = event.trigger
    assert trigger is not None
    if event.named:
        return trigger
    lo, hi = _predicate(text, trigger)
    return (trigger[0], hi) if _object_noun(text, event) else (lo, hi)


def _object_noun(text: str, event: EventDraft) -> bool:
    """Tell whether an event is a noun phrase coordinated after another ("discussed X's trip and his remarks at Y")."""
    return not event.clause and event.trigger is not None and bool(
        re.search(r"\band\s+(?:his|her|their|its|the)\s+(?:[\w.-]+\s+){0,3}$", text[max(0, event.trigger[0] - 40) : event.trigger[0]])
    )
