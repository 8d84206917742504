"""Human labels for partial dates and ranges ("late Nov 2023", "Feb 2024", "date not stated")."""

from __future__ import annotations

import os
from datetime import date, datetime, timezone

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def parse_partial(value: str | None) -> date | None:
    """Return the first day a partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD) can mean."""
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def date_text(start: str | None, end: str | None, precision: str, labels: dict[str, str]) -> str:
    """Return a short label for a resolved date range at `precision`."""
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


def issued_at() -> datetime:
    """Return when the report is produced (UTC, to the minute); SOURCE_DATE_EPOCH fixes it."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    moment = datetime.fromtimestamp(int(epoch), timezone.utc) if epoch.isdigit() else datetime.now(timezone.utc)
    return moment.replace(second=0, microsecond=0)
