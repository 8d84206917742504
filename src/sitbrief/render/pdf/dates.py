"""Dates for the drawn timeline: partial ISO dates as day spans, a proportional scale, ticks."""

from __future__ import annotations

import calendar
import math
import re
from dataclasses import dataclass
from datetime import date

from sitbrief.render.axis import stretches, widths

_PARTIAL = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAY_STEPS = (1, 2, 3, 7, 14, 28)
_MONTH_STEPS = (1, 2, 3, 6, 12)
_YEAR_STEPS = (1, 2, 5, 10, 20, 50, 100)


def parse_partial(value: str | None, last: bool = False) -> date | None:
    """Return the first (or `last`) day of a partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD."""
    match = _PARTIAL.fullmatch((value or "").strip())
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if day is not None:
            return date(year, month, day)
        if month is not None:
            return date(year, month, calendar.monthrange(year, month)[1] if last else 1)
        return date(year, 12, 31) if last else date(year, 1, 1)
    except ValueError:
        return None


def day_span(start: str | None, end: str | None) -> tuple[date, date] | None:
    """Return the inclusive day span of an event, or None when its date is unresolved."""
    first = parse_partial(start or end)
    last = parse_partial(end or start, last=True)
    if first is None or last is None:
        return None
    return (first, last) if first <= last else (parse_partial(end), parse_partial(start, True))


@dataclass
class Scale:
    """A linear map from days to points, padded so that markers at the ends stay inside."""

    lo: float
    hi: float
    x0: float
    x1: float

    @classmethod
    def fit(cls, spans: list[tuple[date, date]], x0: float, x1: float) -> Scale:
        """Return a scale covering `spans` with a margin on either side."""
        lo = min(s[0] for s in spans).toordinal()
        hi = max(s[1] for s in spans).toordinal() + 1
        days = max(hi - lo, 14)
        centre = (lo + hi) / 2
        pad = days * 0.06 + 1
        return cls(centre - days / 2 - pad, centre + days / 2 + pad, x0, x1)

    def x(self, day: float) -> float:
        """Return the x position of day ordinal `day`."""
        return self.x0 + (day - self.lo) / (self.hi - self.lo) * (self.x1 - self.x0)

    @property
    def points_per_day(self) -> float:
        """Return the width of one day in points."""
        return (self.x1 - self.x0) / (self.hi - self.lo)


@dataclass
class BrokenScale:
    """A date axis in stretches with breaks between them (see render/axis.py)."""

    parts: list[Scale]

    @classmethod
    def fit(cls, spans: list[tuple[date, date]], x0: float, x1: float) -> Scale | BrokenScale:
        """Return a plain Scale, or a broken one when the dates cluster over a long span."""
        days = [(a.toordinal(), b.toordinal() + 1) for a, b in spans]
        found = stretches(days)
        if len(found) < 2:
            return Scale.fit(spans, x0, x1)
        parts = []
        for (lo, hi), (a, b) in zip(found, widths(found, x1 - x0), strict=True):
            inside = [s for s, d in zip(spans, days, strict=True) if lo <= d[0] and d[1] <= hi]
            parts.append(Scale.fit(inside, x0 + a, x0 + b))
        return cls(parts)

    @property
    def lo(self) -> float:
        """Return the first day of the axis."""
        return self.parts[0].lo

    @property
    def hi(self) -> float:
        """Return the last day of the axis."""
        return self.parts[-1].hi

    def x(self, day: float) -> float:
        """Return the x of `day` in the stretch that holds it (the nearest one otherwise)."""
        part = min(self.parts, key=lambda p: 0 if p.lo <= day <= p.hi else min(abs(day - p.lo),
                                                                                abs(day - p.hi)))
        return part.x(day)

    def breaks(self) -> list[tuple[float, float]]:
        """Return the x ranges of the breaks between stretches."""
        return [(a.x1, b.x0) for a, b in zip(self.parts, self.parts[1:], strict=False)]


def ticks(scale: Scale | BrokenScale, min_gap: float) -> list[tuple[float, str]]:
    """Return (x, label) ticks: days, months or years, spaced at least `min_gap` points."""
    if isinstance(scale, BrokenScale):
        kept: list[tuple[float, str]] = []
        for tick in (t for part in scale.parts for t in ticks(part, min_gap)):
            if not kept or tick[0] - kept[-1][0] >= min_gap:
                kept.append(tick)
        return kept
    days = scale.hi - scale.lo
    if days <= 75:
        return _day_ticks(scale, min_gap)
    if days <= 366 * 5:
        return _month_ticks(scale, min_gap)
    return _year_ticks(scale, min_gap)


def _step(steps: tuple[int, ...], unit_points: float, min_gap: float) -> int:
    """Return the smallest step whose spacing reaches `min_gap`."""
    return next((s for s in steps if s * unit_points >= min_gap), steps[-1])


def _day_ticks(scale: Scale, min_gap: float) -> list[tuple[float, str]]:
    """Return day ticks, labelled like ``3 Mar`` (the first one with its year)."""
    step = _step(_DAY_STEPS, scale.points_per_day, min_gap)
    out = []
    for ordinal in range(math.ceil(scale.lo), math.floor(scale.hi) + 1):
        day = date.fromordinal(ordinal)
        if _on_step(day, step):
            label = f"{day.day} {MONTHS[day.month - 1]}"
            out.append((scale.x(ordinal), label if out else f"{label} {day.year}"))
    return out


def _on_step(day: date, step: int) -> bool:
    """Tell whether `day` gets a tick: every `step` days, Mondays for weeks, 1st for months."""
    if step >= 28:
        return day.day == 1
    if step >= 7:
        return day.weekday() == 0 and (day.toordinal() // 7) % (step // 7) == 0
    return day.toordinal() % step == 0


def _month_ticks(scale: Scale, min_gap: float) -> list[tuple[float, str]]:
    """Return month ticks, labelled ``Sep`` (``Jan 2024`` for January and the first one)."""
    step = _step(_MONTH_STEPS, scale.points_per_day * 30.4, min_gap)
    day = date.fromordinal(int(scale.lo) + 1)
    year, month = (day.year, day.month + 1) if day.day > 1 else (day.year, day.month)
    out = []
    while True:
        year, month = (year + 1, 1) if month > 12 else (year, month)
        ordinal = date(year, month, 1).toordinal()
        if ordinal > scale.hi:
            return out
        if (month - 1) % step == 0:
            name = MONTHS[month - 1]
            out.append((scale.x(ordinal), f"{name} {year}" if month == 1 or not out else name))
        month += 1


def _year_ticks(scale: Scale, min_gap: float) -> list[tuple[float, str]]:
    """Return year ticks labelled ``2024``."""
    step = _step(_YEAR_STEPS, scale.points_per_day * 365.25, min_gap)
    first = date.fromordinal(int(scale.lo)).year + 1
    return [(scale.x(date(y, 1, 1).toordinal()), str(y))
            for y in range(first, date.fromordinal(int(scale.hi)).year + 1) if y % step == 0]
