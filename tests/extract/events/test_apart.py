"""Tests of sitbrief.extract.events.apart: events a sentence tells beside its main ones."""

from __future__ import annotations

from datetime import date

from tests.extract.helpers import facts

ANCHOR = date(2024, 9, 26)


def _events(body: str) -> list[tuple[str, str, str | None, str]]:
    return [(e.kind, e.title, e.when.start, e.status) for e in facts(body, "Defence news", ANCHOR).events]


def test_the_gathering_a_meeting_was_held_on_the_margins_of_is_an_event_of_its_own():
    body = ("Secretary Lloyd Austin met today with John Healey on the margins of the AUKUS Defense Ministers "
            "Meeting in London.")
    events = _events(body)
    assert len(events) == 2
    venue = next(e for e in events if e[1] == "AUKUS Defense Ministers Meeting in London")
    assert venue[0] == "meeting" and venue[3] != "planned"  # held, not still to come


def test_a_venue_title_leaves_its_date_out():
    body = ("The Prime Ministers of the three countries met in the margins of the G20 Summit in Brazil "
            "on 19 November 2024.")
    assert "G20 Summit in Brazil" in [e[1] for e in _events(body)]


def test_a_later_other_meeting_is_not_merged_into_the_venue():
    body = (
        "Prime Minister Justin Trudeau met with Vice President Kamala Harris on the margins of the APEC "
        "Economic Leaders' Meeting.\n\n"
        "Prime Minister Trudeau thanked Vice President Harris for convening a meeting earlier in the day "
        "with the leaders of Japan."
    )
    venue = [e for e in facts(body, "Defence news", ANCHOR).events if e.title.endswith("Leaders' Meeting")]
    assert len(venue) == 1 and len(venue[0].evidence) == 1


def test_a_meeting_without_a_venue_stays_one_event():
    assert len(_events("Secretary Lloyd Austin met today with John Healey in London.")) == 1
