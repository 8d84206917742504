"""A limited timeline keeps what comes next; 'What to watch' lists it soonest first."""

from __future__ import annotations

from sitbrief.compose.brief import TimelineEntry
from sitbrief.compose.selection import select_entries, watch_list
from sitbrief.layout import load_layout


def entry(label: str, start: str | None, status: str) -> TimelineEntry:
    return TimelineEntry(label, start or "Date not resolved", start, None, "day" if start else "unknown",
                         status, [f"s-{label}"])


EIGHT = [entry("a", "2023-01-05", "past"), entry("b", "2023-02-01", "past"),
         entry("c", "2023-03-01", "planned"), entry("d", "2023-03-02", "past"),
         entry("e", "2023-04-01", "postponed"), entry("f", "2023-05-01", "past"),
         entry("g", "2023-06-01", "planned"), entry("h", None, "past")]


def test_max_items_keeps_planned_and_postponed_then_the_newest_in_date_order():
    kept = select_entries(EIGHT, 5)
    assert [e.label for e in kept] == ["c", "d", "e", "f", "g"]


def test_no_limit_or_a_large_one_keeps_everything():
    assert select_entries(EIGHT, None) == EIGHT
    assert select_entries(EIGHT, 8) == EIGHT


def test_a_limit_below_the_upcoming_count_keeps_the_soonest():
    assert [e.label for e in select_entries(EIGHT, 2)] == ["c", "e"]


def test_watch_list_is_planned_and_postponed_soonest_first_with_their_evidence():
    items = watch_list(list(reversed(EIGHT)), None, {"Postponed": "Postponed"})[0].items
    assert [i.text for i in items] == ["2023-03-01: c", "2023-04-01: e (postponed)", "2023-06-01: g"]
    assert items[0].refs == ["s-c"]
    assert watch_list([EIGHT[0]], None, {}) == []


def test_the_caption_says_how_many_of_how_many():
    layout = load_layout()
    text = layout.render("timeline_caption.j2", count=5, total=8, unresolved=0, scope="article")
    assert text.startswith("5 of 8 events from the article")
    assert layout.render("timeline_caption.j2", count=3, total=3, unresolved=1, scope="digest") == \
        "3 events reported across the digest; 1 with no resolved date, shown at the end."
