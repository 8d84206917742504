"""Find events: named exercises and operations, agreements, meetings, calls, deals, appointments.

Each date expression in a sentence is tied to the nearest event trigger in its clause (or to
the named event it follows); its tense (past, planned, postponed...) decides how relative dates
resolve. Mentions of the same event across sentences are merged so it carries every piece of
evidence and the most precise date.
"""

from __future__ import annotations

from sitbrief.extract.doc import Doc
from sitbrief.extract.events.clauses import event_clause
from sitbrief.extract.events.dating import (
    _date_by_weekday,
    _date_from_dateline,
    _date_from_headline,
    _date_offsets,
    date_by_owned_action,
    date_during_antecedent,
    date_told_before,
)
from sitbrief.extract.events.draft import EventDraft
from sitbrief.extract.events.merge import _merge, merge_same_people
from sitbrief.extract.events.sentence import _sentence_events
from sitbrief.extract.events.status import _dates_in as _dates_in
from sitbrief.extract.events.status import _ends_with_be as _ends_with_be
from sitbrief.extract.events.triggers import TRIGGERS
from sitbrief.facts.model import MAX_EVENTS

__all__ = ["EventDraft", "TRIGGERS", "event_clause", "find_events", "merge_same_people"]


MAX_EVENT_MENTIONS = MAX_EVENTS  # mentions read per article (a long feature has under 100)


def find_events(doc: Doc) -> list[EventDraft]:
    """Return the events reported in `doc`, merged across mentions, in text order."""
    drafts: list[EventDraft] = []
    for index in range(len(doc.sentences)):
        drafts.extend(_sentence_events(doc, index))
        if len(drafts) >= MAX_EVENT_MENTIONS:  # merging is quadratic; no real story has as many
            del drafts[MAX_EVENT_MENTIONS:]
            doc.warnings.append(f"over {MAX_EVENT_MENTIONS} event mentions: only the first "
                                f"{MAX_EVENT_MENTIONS} were read; split the article if the rest matter")
            break
    _date_offsets(drafts)
    merged = _merge(drafts, [sentence.text for sentence in doc.sentences])
    _date_from_headline(doc, merged)
    _date_from_dateline(doc, merged)
    _date_by_weekday(doc, merged)
    date_during_antecedent(doc, merged)
    date_told_before(doc, merged)
    date_by_owned_action(doc, merged)
    return merged
