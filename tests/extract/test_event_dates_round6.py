"""Event dates (round 6): a date belongs to its own trigger; relative dates resolve by tense."""

from __future__ import annotations

from datetime import date

import pytest

from sitbrief.extract import extract_facts
from sitbrief.read.article import parse_article

ANCHOR = date(2024, 3, 14)  # a Thursday


def _events(body: str, title: str = "Defence news", published: date | None = ANCHOR) -> list:
    facts = extract_facts(parse_article(f"{title}\n\n{body}"), published=published)
    return [(e.kind, e.title, e.when.start, e.status) for e in facts.events]


@pytest.mark.parametrize(
    "sentence,kind,when",
    [
        ("The first cadets graduated from the academy in July and the frigate completed its first port "
         "visit to Darwin in August.", "meeting", "2023-08"),
        ("Pilots qualified on the new jet in 2022 and the squadron deployed to Guam in 2023.", "deployment", "2023"),
        ("Crews finished their refit in May, and the destroyer visited Manila as part of the programme in June.",
         "meeting", "2023-06"),
    ],
)
def test_a_trigger_after_a_date_keeps_its_own_nearer_date(sentence, kind, when):
    dates = {d for k, _, d, _ in _events(sentence) if k == kind}
    assert dates == {when}
