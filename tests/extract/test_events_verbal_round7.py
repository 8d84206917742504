"""Events reported by verbal clauses (round 7): whole classes, every inflection and word order."""

from __future__ import annotations

from datetime import date

import pytest

from sitbrief.extract import extract_facts
from sitbrief.read.article import parse_article

ANCHOR = date(2024, 6, 3)


def _events(body: str) -> list[tuple[str, str]]:
    facts = extract_facts(parse_article(f"Defence news\n\n{body}"), published=ANCHOR)
    return [(e.kind, e.title) for e in facts.events]


def _kinds(body: str) -> list[str]:
    return [kind for kind, _ in _events(body)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Foreign Secretary will travel to Paris today, following two days of meetings in Berlin with "
        "Chancellor Scholz and Foreign Minister Baerbock.",
        "The envoy flew home on Friday after three days of meetings in Ankara with President Erdogan.",
        "Ms Lee arrived in Seoul on Monday, following meetings in Tokyo with Prime Minister Kishida.",
    ],
)
def test_meetings_told_before_the_main_verb_are_their_own_event(sentence):
    assert any(kind == "meeting" and title.startswith("Meetings") for kind, title in _events(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister holds meetings in Washington with senior officials.",
        "The envoy held talks in New Delhi with Prime Minister Modi.",
    ],
)
def test_meetings_in_a_place_with_a_counterpart(sentence):
    assert {"meeting", "talks"} & set(_kinds(sentence))
