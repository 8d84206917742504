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


@pytest.mark.parametrize(
    "sentence",
    [
        "The General Assembly adopted a resolution demanding a ceasefire on Tuesday.",
        "The UN Security Council adopts Resolution 2735 on Gaza.",
        "The Senate passed legislation to fund the navy.",
        "The provincial assembly passes a law to protect journalists.",
        "Resolution 2334 was adopted unanimously by the Security Council in December.",
        "The bill was passed by the Bundestag on Friday.",
        "Parliament overwhelmingly approved the defence budget last week.",
        "The Diet enacted a new security law in 2015.",
    ],
)
def test_a_body_adopting_or_passing_a_text_is_an_event(sentence):
    assert "other" in _kinds(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Lawmakers urged Congress to pass legislation on the matter.",
        "The government hopes to pass the bill before the summer.",
        "If the Senate passes the bill, the troops will stay.",
        "Congress must pass the budget.",
    ],
)
def test_a_text_only_wished_passed_is_not_an_event(sentence):
    assert _events(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The first cadets graduated from the naval academy in July.",
        "Forty sailors graduate from the submarine school today.",
        "The first class of Australian officers graduates from the nuclear power school.",
        "The new headquarters opened in Reading on Monday.",
        "The embassy officially opens in Honiara next week.",
        "The minister resigned on Friday.",
        "The Defence Minister stepped down after the scandal.",
        "Ray Smith steps down as Chief of Army in June.",
    ],
)
def test_graduating_opening_and_stepping_down(sentence):
    assert "other" in _kinds(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["Smith, who graduated from West Point, commands the division.", "He was resigned to defeat."],
)
def test_a_graduate_described_or_resigned_to_is_not_an_event(sentence):
    assert _events(sentence) == []
