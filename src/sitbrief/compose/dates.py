"""Human labels for partial dates and ranges ("late Nov 2023", "Feb 2024", "date not stated").

In the `dtg` style a day is written as a date-time group's day form, "19 OCT 23" (no time is
invented when the article gives none), and months the same way ("late NOV 23", "FEB 24").
"""

from __future__ import annotations

import os
import re
from datetime import date, datetime, timezone

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def parse_partial(value: str | None) -> date | None:
    """Return the first day a partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD) can mean."""
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def date_text(start: str | None, end: str | None, precision: str, labels: dict[str, str],
              style: str = "prose") -> str:
    """Return a short label for a resolved date range at `precision`, in `style`."""
    text = _prose(start, end, precision, labels)
    return dtg_form(text) if style == "dtg" and start else text


def dtg_form(text: str) -> str:
    """Return a prose label in DTG form: months in capitals, years in two digits."""
    def month_year(match: re.Match) -> str:
        return f"{match.group(1).upper()} {match.group(2)[2:]}"

    months = "|".join(MONTHS)
    text = re.sub(rf"\b({months}) (\d{{4}})\b", month_year, text)
    return re.sub(rf"\b({months})\b", lambda m: m.group(1).upper(), text)


def _prose(start: str | None, end: str | None, precision: str, labels: dict[str, str]) -> str:
    """Return the prose label ("19 Oct 2023", "late Nov 2023") of a date range."""
    if not start:
        return labels.get("Unresolved date", "Date not resolved")
    s = [int(p) for p in start.split("-")]
    e = [int(p) for p in (end or start).split("-")]
    if precision == "day" or len(s) == 3 and precision not in ("part-of-month", "week"):
        return f"{s[2]} {MONTHS[s[1] - 1]} {s[0]}"
    if precision == "part-of-month":
        part = "early" if s[2] <= 1 and e[2] <= 10 else "mid" if s[2] == 11 else "late"
        return f"{part} {MONTHS[s[1] - 1]} {s[0]}"
    if precision == "week":
        if len(s) == 3 and len(e) == 3 and _weekend(date(*s), date(*e)):
            return f"{s[2]}\u2013{e[2]} {MONTHS[s[1] - 1]} {s[0]}" if s[1] == e[1] else \
                f"{s[2]} {MONTHS[s[1] - 1]}\u2013{e[2]} {MONTHS[e[1] - 1]} {e[0]}"
        return f"week of {s[2]} {MONTHS[s[1] - 1]} {s[0]}"
    if precision == "month" or (len(s) == 2 and s == e):
        return f"{MONTHS[s[1] - 1]} {s[0]}"
    if precision == "part-of-year" and len(s) >= 2:
        return (
            f"{MONTHS[s[1] - 1]}\u2013{MONTHS[e[1] - 1]} {e[0]}"
            if s[0] == e[0]
            else f"{MONTHS[s[1] - 1]} {s[0]}\u2013{MONTHS[e[1] - 1]} {e[0]}"
        )
    return str(s[0])


def _to_day(group: str) -> str:
    """Return the pattern of a run's last day, captured as `group` ("11-14", "11 to 14", "3 and 5")."""
    return rf"(?:\s*[-\u2013]\s*|\s+to\s+|\s+and\s+)(?P<{group}>\d{{1,2}})"


_DAY_MONTH = re.compile(
    rf"^(?:on\s+|from\s+|between\s+)?(?:(?P<d1>\d{{1,2}})(?:{_to_day('last1')})?\s+"
    rf"(?P<m1>[A-Z][a-z]{{2}})[a-z]*\.?|(?P<m2>[A-Z][a-z]{{2}})[a-z]*\.?\s+(?P<d2>\d{{1,2}})(?:{_to_day('last2')})?)$"
)


def day_without_year(text: str | None) -> str | None:
    """Return a day and month the article wrote without a year ("Aug. 22" -> "22 Aug"), else None."""
    m = _DAY_MONTH.match((text or "").strip())
    if not m:
        return None
    month, day, last = (m["m1"], m["d1"], m["last1"]) if m["m1"] else (m["m2"], m["d2"], m["last2"])
    if month not in MONTHS or not 1 <= int(day) <= int(last or day) <= 31:
        return None
    return f"{int(day)}\u2013{int(last)} {month}" if last and last != day else f"{int(day)} {month}"


def _weekend(first: date, last: date) -> bool:
    """Tell whether a week-precision range is a weekend: a Saturday and the Sunday after it."""
    return first.weekday() == 5 and (last - first).days == 1


def issued_at() -> datetime:
    """Return when the report is produced (UTC, to the minute); SOURCE_DATE_EPOCH fixes it."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    moment = datetime.fromtimestamp(int(epoch), timezone.utc) if epoch.isdigit() else datetime.now(timezone.utc)
    return moment.replace(second=0, microsecond=0)
