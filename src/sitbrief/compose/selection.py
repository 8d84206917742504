"""Which timeline events a limited timeline keeps: what comes next first, then the newest news."""

from __future__ import annotations

from datetime import date

from sitbrief.compose.brief import BulletItem, Bullets, TimelineEntry
from sitbrief.compose.dates import parse_partial

UPCOMING = ("planned", "postponed")
_PRIORITY = {"planned": 0, "postponed": 0, "ongoing": 1, "cancelled": 2, "past": 3}


def select_entries(entries: list[TimelineEntry], limit: int | None) -> list[TimelineEntry]:
    """Return at most `limit` of `entries`, in their order: planned and postponed ones kept first.

    Of what is to come the soonest; after it, ongoing then cancelled events, then past ones, the newest first; events
    with no resolved date come last of their kind.
    """
    if not limit or len(entries) <= limit:
        return list(entries)
    ranked = sorted(range(len(entries)), key=lambda i: _rank(entries[i], i))
    keep = set(ranked[:limit])
    return [e for i, e in enumerate(entries) if i in keep]


def _rank(entry: TimelineEntry, index: int) -> tuple:
    """Return the sort key of an entry when choosing what a limited timeline keeps."""
    start = parse_partial(entry.start)
    day = (start or date.min).toordinal()
    soonest_or_newest = day if entry.status in UPCOMING else -day
    return _PRIORITY.get(entry.status, 3), start is None, soonest_or_newest, index


def watch_list(entries: list[TimelineEntry], limit: int | None, labels: dict[str, str]) -> list:
    """Return 'What to watch': one bullet per planned or postponed event, soonest first.

    Each reads "date: event", postponed ones marked so; undated ones come last.
    """
    upcoming = [e for e in entries if e.status in UPCOMING]
    upcoming.sort(key=lambda e: (parse_partial(e.start) is None, parse_partial(e.start) or date.min))
    upcoming = upcoming[:limit] if limit else upcoming
    postponed = labels.get("Postponed", "Postponed").lower()
    items = [BulletItem(f"{e.date_text}: {e.label}" + (f" ({postponed})" if e.status == "postponed" else ""),
                        list(e.refs))
             for e in upcoming]
    return [Bullets(items)] if items else []
