"""Quotes of unseen shapes: single marks, a quote after a colon; names, titles, a word or two in marks are not."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, speaker

LEAD = "Defence Minister Ana Ruiz met her counterpart in Madrid on Monday.\n\n"


def texts(body: str) -> list[str]:
    """Return the texts of the quotes found in `body` after the lead."""
    return [q.text for q in facts(LEAD + body).quotes]


def test_a_word_or_two_in_marks_is_left_out_even_in_an_attributed_sentence():
    assert texts("Ruiz warned the rebels not to become a \u201cpermanent threat\u201d to the region.") == []
    assert texts("The talks offer a \u201cunique\u201d chance for progress, Ruiz said.") == []


@pytest.mark.parametrize(
    "body",
    [
        "The ships formed a \u201cpicket line\u201d across the strait.",  # no one says it
        "Ruiz said the so-called \u201cpeace plan\u201d would fail.",
        "Ruiz said the units, known as the \u201csea wolves\u201d, would deploy.",
        "Ruiz spoke at the conference titled \u201cSecuring the seas in a new era\u201d.",
        "The exercise, dubbed \u201cnorthern shield\u201d, begins next week, Ruiz said.",
        "The two held \u201ctwo-plus-two\u201d talks in Tokyo, officials said.",  # a term, not words said
        "Ruiz said the \u201cnew normal\u201d at sea would not last.",  # a thing named
        "The \u201c2+2\u201d meeting will take place in July, the ministry said.",
    ],
)
def test_names_titles_and_scare_quotes_are_not_quotes(body):
    assert texts(body) == []


def test_single_marks_close_after_a_word_without_punctuation():
    f = facts(LEAD + "'We will keep working together on maritime security' Ms Ruiz said.")
    assert [q.text for q in f.quotes] == ["We will keep working together on maritime security"]
    assert speaker(f) == "Ana Ruiz"


def test_a_fragment_in_single_marks_opening_in_lower_case_and_a_plural_possessive():
    body = "Ms Ruiz said the talks had been 'very productive', and praised the crews' 'deep and enduring friendship'."
    assert texts(body) == ["deep and enduring friendship"]


def test_a_quote_after_a_colon_is_spoken_by_the_one_person_before_it():
    f = facts(LEAD + "Ruiz was clear: \u201cWe will not back down from our commitments.\u201d")
    assert speaker(f) == "Ana Ruiz"


def test_single_mark_quotes_beside_a_name_in_double_marks():
    body = "Ruiz toured the frigate \u201cSanta Maria\u201d.\n\n"
    body += "'We will keep working together on maritime security,' Ms Ruiz said."
    f = facts(LEAD + body)
    assert [q.text for q in f.quotes] == ["We will keep working together on maritime security"]
    assert speaker(f) == "Ana Ruiz"


def test_a_block_quote_runs_on_over_a_paragraph_with_a_phrase_in_marks():
    f = facts(
        "Defence Minister Ana Ruiz visited the fleet in Oslo on Monday.\n\nDefence Minister Ana Ruiz said:\n\n"
        "I am pleased to visit the fleet again.\n\n"
        "I met sailors who have faced the so called \u201cgrey zone\u201d tactics of our rivals every week.\n\n"
        "We will continue to work together with our allies."
    )
    assert len(f.quotes) == 1
    assert "grey zone" in f.quotes[0].text and f.quotes[0].text.endswith("with our allies.")
