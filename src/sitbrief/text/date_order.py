"""Which way round a text writes an all-digit date ("07.10.2024"): month first or day first.

Nothing in "07.10.2024" says whether it is 10 July or 7 October. The text around it may: another
all-digit date that can be read only one way ("13.11.2016"), the order of its written dates ("Nov. 4"
against "4 November"), or its spelling ("defense" against "defence"); the date line itself by its time
zone ("02:05am EDT") or its weekday ("Wed 07/10/2024"). Without any such cue the order is unknown,
and an ambiguous date stays unread rather than guessed.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from importlib import resources

from sitbrief.text.dates import NUMERIC_DATE, PATTERNS, WEEKDAYS

MONTH_FIRST, DAY_FIRST = "mdy", "dmy"


@lru_cache(maxsize=1)
def _spellings() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Return the patterns of US and of British spellings (data/spellings.tsv), whole words in any case."""
    text = resources.files("sitbrief.text").joinpath("data", "spellings.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    us, uk = ([row[n].strip() for row in rows] for n in (0, 1))
    return tuple(re.compile(rf"\b(?:{'|'.join(map(re.escape, side))})\b", re.I) for side in (us, uk))  # type: ignore[return-value]


@lru_cache(maxsize=1)
def _zones() -> dict[str, str]:
    """Return the time zones of data/time_zones.tsv and the order their places write dates in."""
    text = resources.files("sitbrief.text").joinpath("data", "time_zones.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return {zone.strip(): order.strip() for zone, order in rows}


_ZONE = re.compile(r"(?<![\w-])(?P<zone>[A-Z]{2,4})\b")


def line_order(line: str) -> str | None:
    """Return the order a date line itself tells, or None: by its weekday when only one reading falls on it
    ("Wed 07/10/2024" is 10 July), else by its time zone ("10/09/2020 | 02:05am EDT": month first)."""
    orders = {_zones()[m["zone"]] for m in _ZONE.finditer(line) if m["zone"] in _zones()}
    return _weekday_order(line) or (orders.pop() if len(orders) == 1 else None)


_WEEKDAY = re.compile(rf"\b(?P<wd>{'|'.join(sorted(WEEKDAYS, key=len, reverse=True))})\b\.?", re.I)


def _weekday_order(line: str) -> str | None:
    """Return the reading of a line's all-digit date that falls on the weekday the line names, if only one does."""
    day, found = _WEEKDAY.search(line), NUMERIC_DATE.search(line)
    if not day or not found:
        return None
    a, b, y = int(found["a"]), int(found["b"]), int(found["y"])
    fits = {order for order, (m, d) in ((MONTH_FIRST, (a, b)), (DAY_FIRST, (b, a))) if _falls_on(y, m, d, day["wd"])}
    return fits.pop() if len(fits) == 1 else None


def _falls_on(year: int, month: int, day: int, weekday: str) -> bool:
    """Tell whether the date exists and falls on `weekday` ("Tue", "Tuesday")."""
    try:
        return date(year, month, day).weekday() == WEEKDAYS[weekday.lower()]
    except ValueError:
        return False


def date_order(text: str) -> str | None:
    """Return the order `text` writes dates in ("mdy" month first, "dmy" day first), or None when nothing tells."""
    for cue in (_numeric_cue, _written_cue, _spelling_cue):
        order = cue(text)
        if order:
            return order
    return None


def _numeric_cue(text: str) -> str | None:
    """Return the order of the all-digit dates that can be read only one way ("13.11.2016": day first)."""
    orders = set()
    for match in NUMERIC_DATE.finditer(text):
        first, second = int(match["a"]), int(match["b"])
        if first > 12 >= second:
            orders.add(DAY_FIRST)
        elif second > 12 >= first:
            orders.add(MONTH_FIRST)
    return orders.pop() if len(orders) == 1 else None


_WRITTEN = dict(PATTERNS)  # the written-date patterns by the order they read


def _written_cue(text: str) -> str | None:
    """Return the order most of the text's written dates take ("Nov. 4, 2024" month first, "4 November" day first)."""
    month_first = sum(1 for _ in _WRITTEN["mdy"].finditer(text))
    day_first = sum(1 for _ in _WRITTEN["dmy"].finditer(text))
    return _majority(month_first, day_first)


def _spelling_cue(text: str) -> str | None:
    """Return the order of the spelling most of the text's spelled-apart words take ("defense": US)."""
    us, uk = _spellings()
    return _majority(len(us.findall(text)), len(uk.findall(text)))


def _majority(month_first: int, day_first: int) -> str | None:
    """Return the order with more votes, None on a tie."""
    if month_first == day_first:
        return None
    return MONTH_FIRST if month_first > day_first else DAY_FIRST
