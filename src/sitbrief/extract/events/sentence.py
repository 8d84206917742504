"""The events of one sentence."""

from __future__ import annotations

import re

from sitbrief.extract.doc import Doc
from sitbrief.extract.events.apart import apart_events
from sitbrief.extract.events.candidates import _candidates, owned_by_participle
from sitbrief.extract.events.clauses import _inside_quote
from sitbrief.extract.events.dating import (
    _attribution_date,
    _date_ahead_of,
    _date_coordinated,
    _date_from_opening_participle,
    _date_where_clauses,
    _dated_after,
    _own_date,
    _participle_of_noun,
    _possessed_by_other,
    _reported_clause,
    ahead_of_trigger,
    counting_period,
    date_venues,
    dates_other_noun,
    given_up,
    restated,
    since_adjunct,
)
from sitbrief.extract.events.draft import EventDraft
from sitbrief.extract.events.eventive import _OWN_TRAVEL, _speaker_own
from sitbrief.extract.events.filters import _HOPE_TO, _habitual
from sitbrief.extract.events.finer import finer_dates, predicate_dates
from sitbrief.extract.events.listed import listed_dates
from sitbrief.extract.events.mention import _event
from sitbrief.extract.events.merge import _MEETINGS, _fold_into_named
from sitbrief.extract.events.named import _named_events
from sitbrief.extract.events.participle import participle_events
from sitbrief.extract.events.reported import narration
from sitbrief.extract.events.status import _PAST_VERB, _dates_in, _end_bound
from sitbrief.extract.events.undated import _listed_apart, _title_from_list, _undated_triggers


def _sentence_events(doc: Doc, index: int) -> list[EventDraft]:
    """Return the events one sentence reports."""
    text = narration(doc, index)
    dates = list(_dates_in(text, doc.anchor, False))
    events, used = _named_events(doc, index, text, dates)
    events += participle_events(doc, index, text, dates, used)
    dated: list[EventDraft] = []
    dated_triggers: set[tuple[int, int]] = set()
    for expr in dates:
        quoted = _inside_quote(text, expr.span)
        if (expr.span in used or _attribution_date(text, expr.span) or given_up(text, expr, dates) or counting_period(text, expr)
                or restated(text, expr, dates)):
            continue
        bound = _end_bound(text, expr)  # "arrived ... to train through mid-September": the end, not the arrival's date
        if (said := re.match(r"\s+announc(?:ed|es)\b", text[expr.span[1] :])) and _OWN_TRAVEL.match(text, expr.span[1] + said.end()):
            continue  # "X today announced that she will travel ...": the date of the release, not of the travel
        found = [
            f for f in _candidates(text, expr.span)
            if f[2] not in dated_triggers and not _habitual(text, f[2]) and not _dated_after(text, f, expr, dates)
            and not _possessed_by_other(text, expr.span, f[2]) and not _reported_clause(text, expr.span, f[2])
            and not ahead_of_trigger(text, expr.span, f[2])
            and (not quoted or _own_quoted(text, expr.span, f[2]))
        ]
        if quoted and not found:
            continue  # a date inside a quote dates only the speaker's own action told in that quote
        if found and found[0][0] >= 0 and dates_other_noun(text, expr.span):
            continue  # "discussed his trip and his Dec. 7 remarks": the remarks' date, no trigger's
        before = text[max(0, expr.span[0] - 40) : expr.span[0]]
        if _REPORTS_THAT.search(before) and re.match(r",?\s+that\b", text[expr.span[1] : expr.span[1] + 8]):
            # "X agreed Thursday that troops will join the drills": the date is the agreeing's,
            # not the drills' (an event of the that-clause takes a date of its own clause only)
            found = [f for f in found if f[2][1] <= expr.span[0]]
            agreed = _AGREED_THAT.search(before)
            if not found and agreed:
                offset = expr.span[0] - len(before)
                found = [(0, "agreement", (offset + agreed.start(1), offset + agreed.end(1)))]  # the agreeing is the event the date dates
            if not found:
                continue
        if not found and (discussed := _DISCUSSED.search(text)) and not dated:
            found = [(0, "talks", discussed.span())]
        if found and (owned_by_participle(text, found[0][2], expr.span) or since_adjunct(text, expr.span, found[0][2])):
            bound = True  # "a body formed in 2012", "Since taking office in 2021, ...": not the date of the verb
        if found:
            dated_triggers.add(found[0][2])
            dated.append(_event(doc, index, text, (found[0][1], found[0][2]), None if bound else expr))
        if found and not bound:
            second = next(
                (
                    f
                    for f in found[1:]
                    if f[1] != found[0][1]
                    and f[0] <= 45
                    and frozenset({f[1], found[0][1]}) not in _MEETINGS
                    and _PAST_VERB.match(text[f[2][0] : f[2][1]])
                    and not _own_date(text, f[2], expr, dates)
                ),
                None,
            )
            if second:
                apart = second[2][0] < found[0][2][0] and _participle_of_noun(text, found[0][2], expr.span)
                dated.append(_event(doc, index, text, (second[1], second[2]), None if apart else expr))
    finer_dates(doc, index, text, dates, dated)
    predicate_dates(doc, index, text, dates, dated)
    listed_dates(doc, index, text, dates, dated)
    events = _fold_into_named(events, dated, text)
    if _undated_allowed(doc, index):
        for trigger in _undated_triggers(text, events):
            events.append(_event(doc, index, text, trigger, None))
            if _listed_apart(text, trigger[1]):
                _title_from_list(text, trigger[1], events)
    _date_where_clauses(text, events)
    _date_coordinated(text, events, dates)
    _date_from_opening_participle(text, events)
    _date_ahead_of(doc, text, events, dates)
    for event in events:
        if event.kind == "meeting" and event.trigger and _HOPE_TO.search(text, max(0, event.trigger[0] - 90), event.trigger[0]):
            event.status = "planned"  # "hoped the two leaders could meet": a meeting still to come
    apart = apart_events(doc, index, text, events)
    date_venues(events, apart)
    return events + apart


_REPORTS_THAT = re.compile(
    r"\b(?:agreed|announced|decided|confirmed|said|stated|noted|pledged|declared|reaffirmed|stressed|"
    r"emphasi[sz]ed|underscored|welcomed|affirmed|recognised|recognized|acknowledged)\s+(?:on\s+)?$",
    re.I,
)
_AGREED_THAT = re.compile(r"\b(agreed|decided)\s+(?:on\s+)?$", re.I)

_DISCUSSED = re.compile(
    r"\b(?:discussed|discuss|held discussions|exchanged views|assessed|reviewed|took stock of)\b", re.I
)


def _undated_allowed(doc: Doc, index: int) -> bool:
    """Undated events come from body sentences anywhere, not from captions (quoted speech: see _speaker_own)."""
    return doc.sentences[index].kind == "body"


def _own_quoted(text: str, span: tuple[int, int], trigger: tuple[int, int]) -> bool:
    """Tell whether a quoted date dates the speaker's own action in the same quote ("I met X earlier this year")."""
    lo, hi = min(span[0], trigger[0]), max(span[1], trigger[1])
    return (
        _inside_quote(text, trigger) and not re.search(r"[\u201c\u201d\"]", text[lo:hi]) and _speaker_own(text, trigger)
    )
