"""Round 8: the first page on unseen text (BLUF, key points, headline), tested on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from sitbrief.extract.summary import absolute_text

TUESDAY = date(2024, 6, 4)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The drills are scheduled to run through Friday and involve 900 troops.",
         "The drills are scheduled to run through 7 June 2024 and involve 900 troops."),
        ("The exercise runs through June 14 off Okinawa.", "The exercise runs through 14 June 2024 off Okinawa."),
        ("Talks will continue till Thursday in Geneva.", "Talks will continue till 6 June 2024 in Geneva."),
        ("Ships will remain on station past Friday.", "Ships will remain on station past 7 June 2024."),
    ],
)
def test_a_date_after_through_till_or_past_takes_no_second_preposition(sentence: str, expected: str) -> None:
    assert absolute_text(sentence, TUESDAY) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "He was interviewed on the BBC's Today programme about the talks.",
        "She told NHK\u2019s Sunday programme that the deal holds.",
        "The ministry's Monday statement said the ships had left.",
        "The ministers\u2019 Friday meeting was cancelled.",
    ],
)
def test_a_date_word_after_a_possessive_stays_as_written(sentence: str) -> None:
    assert absolute_text(sentence, TUESDAY) == sentence
