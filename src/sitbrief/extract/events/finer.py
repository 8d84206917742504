"""A better date for a trigger than the first that named it: a finer one inside its period ("the fourth meeting
this year ..., which took place last month"), or its own predicate's rather than an aside's ("The talks, first held in
2019, resumed this week")."""

from __future__ import annotations

import re

from sitbrief.extract.doc import Doc
from sitbrief.extract.events.candidates import _candidates
from sitbrief.extract.events.clauses import _inside_quote
from sitbrief.extract.events.dating import _attribution_date, given_up
from sitbrief.extract.events.draft import EventDraft
from sitbrief.extract.events.mention import _event
from sitbrief.extract.events.status import _end_bound
from sitbrief.text.dates import DateExpr


def finer_dates(doc: Doc, index: int, text: str, dates: list[DateExpr], dated: list[EventDraft]) -> None:
    """Give a trigger dated by a period the more precise date inside that period which belongs to it too.

    A trigger takes the first date that names it, so in "the fourth meeting between them this year,
    which took place at the Forum last month" the meeting kept "this year"; "last month" (inside
    that year, and left to no other trigger) is the meeting's date at the finer precision.
    """
    used = {d.date.span for d in dated if d.date is not None}
    free = [d for d in dates if _free(text, d, dates)]
    for n, draft in enumerate(dated):
        if draft.date is None or not draft.date.start or not draft.trigger:
            continue
        finer = next((d for d in free if d.span not in used and _within(d, draft.date)), None)
        _redate(doc, index, text, dated, n, finer, used)


def predicate_dates(doc: Doc, index: int, text: str, dates: list[DateExpr], dated: list[EventDraft]) -> None:
    """Give a subject trigger dated inside the aside after it the date of its own predicate, told after the aside.

    "The talks, first held in 2019, resumed in Geneva this week", "The drills, held annually since
    2015, began Monday": the aside tells the talks' past; the sentence reports what its verb tells.
    """
    used = {d.date.span for d in dated if d.date is not None}
    free = [d for d in dates if d.start and _free(text, d, dates)]
    for n, draft in enumerate(dated):
        aside = _aside_after(text, draft)
        if aside is None:
            continue
        own = next((d for d in free if d.span[0] >= aside and d.span not in used), None)
        _redate(doc, index, text, dated, n, own, used)


def _redate(doc: Doc, index: int, text: str, dated: list[EventDraft], n: int, date: DateExpr | None,
            used: set[tuple[int, int]]) -> None:
    """Give `dated[n]` the date `date` when that date's nearest trigger is the draft's own (marks it used)."""
    draft = dated[n]
    if date is None:
        return
    best = _candidates(text, date.span)
    if best and best[0][2] == draft.trigger:
        dated[n] = _event(doc, index, text, (draft.kind, draft.trigger), date)
        used.add(date.span)


_ASIDE = re.compile(r",\s+[^,;:()\u2013\u2014]{0,60},\s+")


def _aside_after(text: str, draft: EventDraft) -> int | None:
    """Return where the predicate starts after the comma aside that holds a trigger's date ("The talks, first held
    in 2019, resumed"), or None when its date is not in such an aside right after the trigger."""
    if draft.date is None or not draft.trigger:
        return None
    aside = _ASIDE.match(text, draft.trigger[1])
    if aside is None or not aside.start() < draft.date.span[0] < aside.end():
        return None
    return aside.end()


def _within(inner: DateExpr, outer: DateExpr) -> bool:
    """Tell whether `inner` is a date of finer precision lying inside the period `outer` ("2013-11" in "2013")."""
    if not inner.start or not inner.end or not outer.end or len(inner.start) <= len(outer.start or ""):
        return False
    return inner.start[: len(outer.start)] >= outer.start and inner.end[: len(outer.end)] <= outer.end


def _free(text: str, expr: DateExpr, dates: list[DateExpr]) -> bool:
    """Tell whether a date may date a happening at all (not a saying's, an end bound, a date given up or quoted)."""
    return not (
        _attribution_date(text, expr.span) or given_up(text, expr, dates) or _end_bound(text, expr)
        or _inside_quote(text, expr.span)
    )
