"""Tests of sitbrief.extract.events.eventive: which quoted triggers report an event."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.helpers import facts

ANCHOR = date(2024, 6, 3)


def _kinds(body: str) -> list[str]:
    return [e.kind for e in facts(body, "Defence news", ANCHOR).events]


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("\u201cToday, President Ana Silva and Ukraine\u2019s President Ivan Petrenko had a productive phone "
         "conversation.", "call"),
        ("\u201cPresident Ana Silva and Prime Minister Ken Sato met in Tokyo on Monday,\u201d the spokesman said.",
         "meeting"),
        ("\u201cSecretary Mark Smith spoke with Foreign Minister Omar Haddad this morning,\u201d the department said.",
         "call"),
        ("\u201cThis morning, Defence Secretary Tom Hale held talks with General Obi Okoro,\u201d a spokesperson said.",
         "talks"),
    ],
)
def test_a_quote_telling_named_peoples_call_or_meeting_reports_that_event(body, kind):
    assert kind in _kinds(body)


@pytest.mark.parametrize(
    "body",
    [
        "\u201cThe ministers will meet again next year,\u201d she said.",
        "\u201cWe hope that our leaders can meet soon,\u201d the ambassador said.",
    ],
)
def test_a_quote_without_named_actors_reports_no_event_of_others(body):
    assert _kinds(body) == []


def test_a_quote_narrating_named_people_reports_their_event():
    body = (
        "“Secretary Roe expressed appreciation and congratulated Prime Minister Poe on the posture agreement that "
        "he and President Vale signed yesterday,” the spokesman said."
    )
    assert "agreement" in _kinds(body)


def test_a_quote_of_the_speakers_opinion_reports_no_event():
    body = "“The agreement that the two governments signed will serve us well,” the spokesman said."
    assert "agreement" not in _kinds(body)
