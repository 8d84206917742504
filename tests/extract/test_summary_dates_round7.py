"""The brief's absolute dates (round 7): vague spans stay as written; a month of last year reads in that year."""

from __future__ import annotations

from datetime import date

import pytest

from sitbrief.extract.summary import absolute_text

THU = date(2024, 3, 14)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ships will deploy in the coming weeks.",
        "They will meet in spring 2025.",
        "They will meet this summer.",
        "The rifle enters service in FY25.",
        "Deliveries start in Q3 2024.",
    ],
)
def test_a_vague_span_reads_as_written(sentence):
    assert absolute_text(sentence, THU) == sentence


@pytest.mark.parametrize(
    "sentence,written",
    [
        ("They deployed in March last year.", "They deployed in March 2023."),
        ("Last Thursday the ministers met.", "On 7 March 2024, the ministers met."),
    ],
)
def test_months_of_last_year_and_sentence_initial_weekdays_read_absolute(sentence, written):
    assert absolute_text(sentence, THU) == written
