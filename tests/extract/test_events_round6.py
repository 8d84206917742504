"""Events, round 6: classes of missed events probed with invented sentences in other wordings."""

from __future__ import annotations

from datetime import date

import pytest

from sitbrief.extract import extract_facts
from sitbrief.read.article import parse_article

ANCHOR = date(2024, 6, 3)
Q, E = "\u201c", "\u201d"


def _events(body: str, title: str = "Defence news") -> list:
    facts = extract_facts(parse_article(f"{title}\n\n{body}"), published=ANCHOR)
    return [(e.kind, e.title, e.when.start, e.status) for e in facts.events]


@pytest.mark.parametrize(
    "sentence,kind,words",
    [
        (f"{Q}I met with Minister Ana Reyes at the Halifax Forum last year,{E} Ms Tane said.", "meeting", "Tane meets"),
        (f"{Q}I will travel to Jakarta to meet senior officials,{E} Defence Minister Kim Lee said.", "meeting", "Lee"),
        (f"{Q}We conducted live-fire drills with the Japanese navy,{E} the commander said.", "exercise", "We conduct"),
        ('"We signed the logistics agreement in Manila," the minister said.', "agreement", "We sign"),
    ],
)
def test_the_speakers_own_action_in_a_quote_is_an_event(sentence, kind, words):
    found = _events(sentence)
    assert any(k == kind and t.startswith(words) and "\u201c" not in t and '"' not in t for k, t, *_ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "\u201cWe hold exercises every year,\u201d he said.",
        "\u201cWe have had exercises for decades,\u201d he said.",
        "\u201cThe visit was a success and the meeting went well,\u201d he said.",
        "\u201cWe believe that exercises make us stronger,\u201d she said.",
    ],
)
def test_habits_opinions_and_others_actions_in_quotes_are_not_events(sentence):
    assert _events(sentence) == []
