"""Tests of sitbrief.text.date_order: which way round a text writes an all-digit date."""

from __future__ import annotations

import pytest

from sitbrief.text.date_order import date_order, line_order


@pytest.mark.parametrize(
    "text,order",
    [
        ("Posted 13.11.2016. The ship sailed on 01.12.2016.", "dmy"),  # a date that reads one way only
        ("Posted 11.13.2016. The ship sailed on 01.12.2016.", "mdy"),
        ("The ministers met on Nov. 4, 2024, and again on Nov. 20.", "mdy"),  # written dates, month first
        ("The ministers met on 4 November 2024 and again on 20 November.", "dmy"),
        ("The defence minister opened the new training centre.", "dmy"),  # British spelling
        ("The defense secretary opened the new training center.", "mdy"),
        ("The ministers met in Manila.", None),  # nothing tells
        ("The defence minister met the defense secretary.", None),  # a tie tells nothing
    ],
)
def test_the_text_tells_the_order_by_its_digits_its_written_dates_or_its_spelling(text, order):
    assert date_order(text) == order


def test_a_date_that_reads_one_way_outranks_the_written_dates():
    assert date_order("Posted 13.11.2016. The ships met on Nov. 4 and Nov. 20.") == "dmy"


@pytest.mark.parametrize(
    "line,order",
    [
        ("10/09/2020 | 02:05am EDT", "mdy"),  # a US time zone
        ("03/06/2024 10:00 AEST", "dmy"),
        ("Wed 07/10/2024", "mdy"),  # 10 July 2024 is a Wednesday, 7 October a Monday
        ("Mon 07/10/2024", "dmy"),
        ("Tue, 03/12/2024 - 10:00", None),  # 12 March and 3 December 2024 are both Tuesdays
        ("07/10/2024", None),
    ],
)
def test_the_date_line_tells_the_order_by_its_weekday_or_its_time_zone(line, order):
    assert line_order(line) == order
