"""Tests of sitbrief.extract.events.undated: the triggers of a sentence that no date belongs to."""

from __future__ import annotations

from datetime import date

from tests.extract.helpers import facts

ANCHOR = date(2024, 6, 3)


def _kinds(body: str) -> list[str]:
    return [e.kind for e in facts(body, "Defence news", ANCHOR).events]


def test_a_trigger_inside_a_longer_one_is_no_event_of_its_own():
    body = ("The two navies began their annual exercises on Monday, with officials describing the largely "
            "computer-simulated war games as defensive in nature.")
    assert _kinds(body) == ["exercise"]  # not also an "other" event for the "war" of "war games"


def test_a_war_told_by_itself_is_still_an_event():
    assert "other" in _kinds("The war in Ukraine has entered its third year.")


def test_a_noun_event_coordinated_after_a_dated_one_is_an_event_too():
    body = ("Doe said the two leaders discussed Hagel's recent trip to the Gulf region and his May 7 remarks at "
            "the Manama Dialogue in Bahrain.")
    assert sorted(_kinds(body)) == ["meeting", "statement"]
