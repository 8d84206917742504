"""Date expressions (round 10): the day told beside "today" stands for it, and a weekday named
with a yearless date picks the year next to the anchor's that it fits, on the tense's side."""

from __future__ import annotations

from datetime import date

import pytest

from sitbrief.text.dates import find_dates

THU = date(2024, 3, 14)  # a Thursday


@pytest.mark.parametrize(
    "sentence,text,start",
    [
        ("Today, 12 March, the minister visited the memorial.", "Today, 12 March", "2024-03-12"),
        ("The minister arrived in Japan today (Tuesday 12 March) for talks.", "today (Tuesday 12 March)",
         "2024-03-12"),
        ("The minister will attend the ceremony today (14 March).", "today (14 March)", "2024-03-14"),
    ],
)
def test_the_day_told_beside_today_stands_for_it(sentence, text, start):
    for future in (False, True):
        assert [(e.text, e.start) for e in find_dates(sentence, THU, future)] == [(text, start)]


def test_the_day_beside_today_takes_the_year_nearest_the_anchor():
    found = find_dates("The minister will attend the ceremony today (31 December).", date(2025, 1, 1), True)
    assert [e.start for e in found] == ["2024-12-31"]


def test_without_an_anchor_today_gives_way_to_the_day_beside_it():
    found = find_dates("Today, 4 September, I visited the memorial.", None, False)
    assert [e.text for e in found] == ["4 September"]


def test_today_before_another_number_stays_today():
    found = find_dates("Today, 70 years after the armistice, the minister laid a wreath.", THU, False)
    assert [(e.text, e.start) for e in found] == [("Today", "2024-03-14")]


@pytest.mark.parametrize(
    "sentence,future,start",
    [
        ("The ministers met on Tuesday 14 February in Oslo.", False, "2023-02-14"),  # 14 Feb 2024 was a Wednesday
        ("The ministers will meet on Friday 13 February in Oslo.", True, "2026-02-13"),  # not 2025's Thursday
        ("The ministers met on Friday, October 27.", False, "2023-10-27"),  # the year from the anchor fits
        # 18 April 2024 is a Thursday, but "met" keeps the date behind the anchor: the year from the anchor stays
        ("The ministers met in Capri on Thursday 18 April.", False, "2023-04-18"),
    ],
)
def test_a_named_weekday_picks_the_year_it_fits_on_the_tenses_side(sentence, future, start):
    anchor = date(2025, 3, 14) if "13 February" in sentence else THU
    assert [e.start for e in find_dates(sentence, anchor, future)] == [start]


_PARTS_OF_MONTHS = {  # sentence: the days it names, told ahead of the anchor
    "The exercise will run in the last week of March.": ("2024-03-25", "2024-03-31"),
    "The ministers will meet in the first week of April.": ("2024-04-01", "2024-04-07"),
    "The talks take place in the second half of April.": ("2024-04-16", "2024-04-30"),
    "The visit is set for the third week of January 2025.": ("2025-01-15", "2025-01-21"),
}


def test_a_week_or_half_of_a_month_is_those_days_not_last_week():
    for sentence, days in _PARTS_OF_MONTHS.items():
        assert [(e.start, e.end, e.precision) for e in find_dates(sentence, THU, True)] == [(*days, "part-of-month")]
    found = find_dates("The drills were held in the final week of February.", THU, False)
    assert [(e.start, e.end) for e in found] == [("2024-02-23", "2024-02-29")]


@pytest.mark.parametrize(
    "sentence", ["The talks resume in the last week of the month.", "He retired in the last year of his term."]
)
def test_the_last_week_or_year_of_another_period_is_no_relative_date(sentence):
    assert find_dates(sentence, THU, False) == []


def test_a_list_of_days_of_a_month_starts_at_the_first_listed():
    found = find_dates("The ministers met on 4, 5 and 6 March.", THU, False)
    assert [(e.text, e.start, e.end) for e in found] == [("4, 5 and 6 March", "2024-03-04", "2024-03-06")]


def test_that_evening_is_the_day_told_before_it():
    found = find_dates("Later that evening, the minister attended a dinner.", THU, False)
    assert [(e.text, e.rule.rsplit(" ", 1)[-1]) for e in found] == [("Later that evening", "+0")]


@pytest.mark.parametrize(
    "sentence,future,start,end",
    [
        ("The talks will be held in Tokyo on March 20 and 21.", True, "2024-03-20", "2024-03-21"),
        ("The drills took place between June 3 and 7.", False, "2023-06-03", "2023-06-07"),
    ],
)
def test_two_days_joined_are_one_range_from_the_first(sentence, future, start, end):
    assert [(e.start, e.end) for e in find_dates(sentence, THU, future)] == [(start, end)]


def test_a_number_after_and_is_no_second_day():
    found = find_dates("Some 5,000 troops arrived on March 4 and 5,000 more on March 9.", THU, False)
    assert [e.start for e in found] == ["2024-03-04", "2024-03-09"]
