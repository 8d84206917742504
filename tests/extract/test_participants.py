"""Who takes part in an event: the person reporting it in a closing attribution does not."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts


def _names(f, event) -> set[str]:
    """Return the names of an event's participating people."""
    people = {p.id: p.name for p in f.people}
    return {people[i] for i in event.participants if i in people}


@pytest.mark.parametrize("body, reporter, taking_part", [
    ("Defence Minister Ana Ruiz met Foreign Minister Tom Vale in Madrid on Monday, "
     "ministry spokesman Carl Ibsen said.", "Carl Ibsen", {"Ana Ruiz", "Tom Vale"}),
    ("General Mark Hale visited the troops in Tallinn today, Press Secretary Jane Ode told reporters.",
     "Jane Ode", {"Mark Hale"}),
    ("Secretary Lee Park spoke by phone with Minister Omar Said on Tuesday, according to spokesperson Nina Cole.",
     "Nina Cole", {"Lee Park", "Omar Said"}),
])
def test_the_reporter_of_an_event_is_not_a_participant(body, reporter, taking_part):
    f = facts(body)
    assert f.events, body
    names = _names(f, f.events[0])
    assert reporter not in names
    assert taking_part <= names


def test_a_speaker_of_their_own_action_still_takes_part():
    f = facts("\u201cWe met our partners in Oslo on Monday,\u201d said Defence Minister Ana Ruiz.")
    assert f.events
    assert "Ana Ruiz" in _names(f, f.events[0])


def test_a_person_named_after_and_is_not_a_reporter():
    f = facts("Minister Ana Ruiz met Minister Tom Vale in Rome on Monday, and General Mark Hale said little.")
    assert {"Ana Ruiz", "Tom Vale", "Mark Hale"} <= _names(f, f.events[0])
