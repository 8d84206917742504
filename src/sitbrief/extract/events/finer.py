"""A finer date inside the period that dated a trigger: "the fourth meeting this year ..., which took place last month"."""

from __future__ import annotations

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
    for n, draft in enumerate(dated):
        if draft.date is None or not draft.date.start or not draft.trigger:
            continue
        finer = next((d for d in dates if d.span not in used and _within(d, draft.date) and _free(text, d, dates)), None)
        if finer is None:
            continue
        best = _candidates(text, finer.span)
        if best and best[0][2] == draft.trigger:
            dated[n] = _event(doc, index, text, (draft.kind, draft.trigger), finer)
            used.add(finer.span)


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
