"""Absolute dates in the bottom line (round 8): a weekday or modifier opening a date stays as written
("on Sunday 6 June 2010", "late on 12 March 2024", "later in March 2024")."""

from __future__ import annotations

from datetime import date

import pytest

from sitbrief.extract.summary import absolute_text

THU = date(2024, 3, 14)


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("The minister met his counterpart on Sunday 10 March in Paris.",
         "The minister met his counterpart on Sunday 10 March 2024 in Paris."),
        ("The envoy spoke to reporters late Tuesday in Rome.",
         "The envoy spoke to reporters late on 12 March 2024 in Rome."),
        ("The minister will visit Canberra later this month.", "The minister will visit Canberra later in March 2024."),
        ("Earlier on Wednesday the navy announced the drills.",
         "Earlier on 13 March 2024 the navy announced the drills."),
    ],
)
def test_the_opening_words_of_a_date_stay_as_written(sentence, expected):
    assert absolute_text(sentence, THU) == expected


def test_a_count_since_stays_as_written():
    sentence = "Just six months have passed since our last meeting."
    assert absolute_text(sentence, THU) == sentence


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("The vote is planned for the week of March 18.", "The vote is planned for the week of 18 March 2024."),
        ("Talks are set for the week beginning 3 June in Geneva.",
         "Talks are set for the week beginning 3 June 2024 in Geneva."),
    ],
)
def test_the_week_of_a_day_keeps_its_words(sentence, expected):
    assert absolute_text(sentence, THU) == expected
