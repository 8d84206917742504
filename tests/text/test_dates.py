"""Date expressions resolve against the anchor by tense, with the rule recorded."""

from __future__ import annotations

from datetime import date

import pytest

from sitbrief.text.dates import find_dates, parse_full_date

THU = date(2023, 10, 19)


@pytest.mark.parametrize(
    "text,future,start,end,precision",
    [
        ("agreed Thursday", False, "2023-10-19", "2023-10-19", "day"),
        ("talks on Friday", True, "2023-10-20", "2023-10-20", "day"),
        ("met on Monday", False, "2023-10-16", "2023-10-16", "day"),
        ("will meet next Monday", True, "2023-10-23", "2023-10-23", "day"),
        ("from late November", True, "2023-11-21", "2023-11-30", "part-of-month"),
        ("in February", True, "2024-02", "2024-02", "month"),
        ("In August, it took effect", False, "2023-08", "2023-08", "month"),
        ("in a Cabinet revamp in September.", False, "2023-09", "2023-09", "month"),
        ("said yesterday", False, "2023-10-18", "2023-10-18", "day"),
        ("flew to Washington on Sunday evening", False, "2023-10-15", "2023-10-15", "day"),
        ("the deal reached last night", False, "2023-10-18", "2023-10-18", "day"),
        ("will arrive tomorrow", True, "2023-10-20", "2023-10-20", "day"),
        ("earlier in the day", False, "2023-10-19", "2023-10-19", "day"),
        ("next month", True, "2023-11", "2023-11", "month"),
        ("later this year", True, "2023-10", "2023-12", "part-of-year"),
        ("in the New Year", True, "2024-01", "2024-03", "part-of-year"),
        ("last week", False, "2023-10-09", "2023-10-15", "week"),
        ("on Oct. 19, 2023.", False, "2023-10-19", "2023-10-19", "day"),
        ("on 4 February 2025", False, "2025-02-04", "2025-02-04", "day"),
        ("in March 2024", False, "2024-03", "2024-03", "month"),
        ("early next year", True, "2024-01", "2024-04", "part-of-year"),
    ],
)
def test_resolves(text, future, start, end, precision):
    expr = find_dates(text, THU, future)[0]
    assert (expr.start, expr.end, expr.precision) == (start, end, precision)
    assert expr.rule


def test_without_anchor_relative_dates_stay_unresolved():
    expr = find_dates("talks on Friday", None, True)[0]
    assert expr.start is None and expr.precision == "unknown"
    assert "no anchor" in expr.rule


def test_modal_may_is_not_a_month():
    assert find_dates("officials said they may meet", THU, True) == []


def test_parse_full_date_formats():
    assert parse_full_date("Nov. 14, 2024") == date(2024, 11, 14)
    assert parse_full_date("Published 4 February 2025") == date(2025, 2, 4)
    assert parse_full_date("2024-03-03T10:00") == date(2024, 3, 3)
    assert parse_full_date("March 3") is None


@pytest.mark.parametrize(
    "text,future,start,precision",
    [
        ("talks later this week", True, "2023-10", "month"),
        ("the Defence Cooperation Arrangement (2012)", False, "2012", "year"),
        ("by the middle of June", True, "2024-06-11", "part-of-month"),
        ("last October", False, "2023-10", "month"),
        ("would be held in February", True, "2024-02", "month"),
    ],
)
def test_resolves_more(text, future, start, precision):
    expr = find_dates(text, THU, future)[0]
    assert (expr.start, expr.precision) == (start, precision)


def test_explicit_date_beats_the_weekday_beside_it():
    found = find_dates("They will meet on Friday, October 27 in Hanoi.", THU, True)
    assert [(e.text, e.start) for e in found] == [("on Friday, October 27", "2023-10-27")]  # one date, weekday and all


def test_numeric_dates_only_when_asked():
    assert parse_full_date("Date Posted: 11.13.2016 19:49") is None
    assert parse_full_date("Date Posted: 11.13.2016 19:49", numeric=True) == date(2016, 11, 13)
    assert parse_full_date("Posted 13/11/2016", numeric=True) == date(2016, 11, 13)
    assert parse_full_date("version 1.2.2", numeric=True) is None


@pytest.mark.parametrize(
    "order,published",
    [(None, None), ("mdy", date(2024, 7, 10)), ("dmy", date(2024, 10, 7))],
)
def test_a_numeric_date_that_reads_both_ways_needs_the_texts_order(order, published):
    assert parse_full_date("Posted 07.10.2024", numeric=True, order=order) == published
    assert parse_full_date("Posted 13.10.2024", numeric=True, order=order) == date(2024, 10, 13)  # one way only


@pytest.mark.parametrize(
    "text,start,end,precision",
    [
        ("in late 2023", "2023-09", "2023-12", "part-of-year"),
        ("in mid-2025", "2025-05", "2025-08", "part-of-year"),
        ("in the first half of 2025", "2025-01", "2025-06", "part-of-year"),
        ("by the end of 2026", "2026-12", "2026-12", "part-of-year"),
        ("at the end of the year", "2024-12", "2024-12", "part-of-year"),
        ("over the weekend", "2024-06-01", "2024-06-02", "week"),
        ("The 2023 summit in Camp David", "2023", "2023", "year"),
    ],
)
def test_parts_of_years_weekends_and_a_year_before_a_noun(text, start, end, precision):
    (found,) = find_dates(text, date(2024, 6, 3), False)
    assert (found.start, found.end, found.precision) == (start, end, precision)


def test_a_month_naming_the_event_after_it_is_a_date():
    found = find_dates("They noted progress since their August meeting in Rome.", date(2017, 10, 24), False)
    assert [(d.text, d.start) for d in found] == [("August", "2017-08")]
    assert find_dates("The April sun was warm.", date(2017, 10, 24), False) == []


def test_since_a_month_is_in_the_past_even_when_reading_forward():
    found = find_dates("The crew has trained since March.", date(2024, 1, 10), True)
    assert [d.start for d in found] == ["2023-03"]


def test_find_dates_gives_each_caller_its_own_expressions() -> None:
    first = find_dates("The drill began on 3 March 2024.", date(2024, 3, 10), False)
    first[0].start = "changed"
    again = find_dates("The drill began on 3 March 2024.", date(2024, 3, 10), False)
    assert again[0].start == "2024-03-03"


@pytest.mark.parametrize(
    ("sentence", "anchor", "future", "start"),
    [
        ("The ship left on New Year\u2019s Day to join the group.", date(2021, 1, 15), False, "2021-01-01"),
        ("The ship left on New Year's Day.", date(2020, 12, 20), False, "2020-01-01"),
        ("The ministers will meet on Christmas Day.", date(2021, 1, 15), True, "2021-12-25"),
        ("Troops paraded on Anzac Day.", date(2021, 4, 20), False, "2020-04-25"),
        ("Troops will parade on Anzac Day.", date(2021, 4, 20), True, "2021-04-25"),
    ],
)
def test_a_fixed_day_holiday_is_a_date(sentence: str, anchor: date, future: bool, start: str):
    assert [d.start for d in find_dates(sentence, anchor, future)] == [start]


@pytest.mark.parametrize(
    "text,anchor,future,start",
    [
        ("the dialogue later this week", date(2011, 5, 31), True, "2011-06"),  # Tuesday: the rest of the week is June
        ("talks later this week", date(2024, 1, 31), True, "2024-02"),
        ("met earlier this week", date(2024, 3, 1), False, "2024-02"),  # Friday 1 March: Monday-Thursday are February
        ("will visit this week", date(2018, 11, 1), True, "2018-11-01"),  # not Monday 29 October
        ("visited this week", date(2018, 11, 8), False, "2018-11-05"),
    ],
)
def test_days_of_this_week_keep_their_own_month(text, anchor, future, start):
    assert find_dates(text, anchor, future)[0].start == start


@pytest.mark.parametrize(
    "text,found",
    [
        ("The ship arrived two days later.", ("two days later", "+2")),
        ("The following day she met the minister.", ("The following day", "+1")),
        ("a day earlier", ("a day earlier", "-1")),
        ("a day before the summit", None),  # counted from the summit, not from a date
        ("the day after he arrived", None),
        ("The launch came a day after leader Kim oversaw artillery drills.", None),  # an object of any kind
        ("Two days after arriving in Manila, he met the president.", None),
        ("Three days after, the ships left.", ("Three days after", "+3")),
    ],
)
def test_days_from_the_date_before_are_marked_for_the_events(text, found):
    exprs = find_dates(text, THU, False)
    assert (exprs[0].text, exprs[0].rule.rsplit(" ", 1)[-1]) == found if found else exprs == []


@pytest.mark.parametrize(
    "text,start,precision",
    [("three days ago", "2023-10-16", "day"), ("18 months ago", "2022-04", "month"), ("two years ago", "2021", "year")],
)
def test_ago_counts_back_from_the_anchor(text, start, precision):
    expr = find_dates(text, THU, False)[0]
    assert (expr.start, expr.precision) == (start, precision)


@pytest.mark.parametrize(
    "text,start,end",
    [
        ("met on Tuesday last week", "2023-10-10", "2023-10-10"),  # not the Tuesday of this week
        ("will meet on Friday of next week", "2023-10-27", "2023-10-27"),
        ("the exercise runs between 3 and 7 June", "2023-06-03", "2023-06-07"),
        ("between June 3 and 7, 2025", "2025-06-03", "2025-06-07"),
    ],
)
def test_a_weekday_of_a_named_week_and_ranges_between_days(text, start, end):
    expr = find_dates(text, THU, "will" in text)[0]
    assert (expr.start, expr.end) == (start, end)


@pytest.mark.parametrize(
    "text,start,end",
    [
        ("met on 1st and 2nd March", "2024-03-01", "2024-03-02"),  # not the 2nd alone
        ("talks on March 1st-2nd", "2024-03-01", "2024-03-02"),
        ("held on 3 and 7 June 2023", "2023-06-03", "2023-06-07"),
    ],
)
def test_ordinal_days_and_two_days_of_one_month_start_on_the_first(text, start, end):
    expr = find_dates(text, date(2024, 3, 14), False)[0]
    assert (expr.start, expr.end) == (start, end)


def test_a_bare_month_ending_a_period_is_this_years_whatever_the_tense():
    from datetime import date as _date

    from sitbrief.text.dates import find_dates as _find

    found = _find("The jets arrived to train through mid-September.", _date(2015, 8, 28), False)
    assert found[0].start == "2015-09-11"
    assert _find("In September, the ships sailed north.", _date(2015, 8, 28), False)[0].start == "2014-09"


@pytest.mark.parametrize(
    "text,year",
    [
        ("the Indian Ocean tsunami of 2004 and the response", "2004"),
        ("her first visit of 2024 to the Philippines", "2024"),
        ("the summer of 2023.", "2023"),
        ("the Defence Act of 2019, which", "2019"),
    ],
)
def test_a_year_after_of_dates_the_noun_before_it(text, year):
    assert [(e.start, e.precision) for e in find_dates(text, None, False)] == [(year, "year")]


@pytest.mark.parametrize("text", ["a total of 2000 troops", "a force of 1950 soldiers", "a crowd of 2000.",
                                  "a number of 2010 models"])
def test_a_count_after_of_is_no_year(text):
    assert find_dates(text, None, False) == []


@pytest.mark.parametrize(
    "text,start,precision",
    [
        ("deployed in March last year", "2023-03", "month"),
        ("will meet again in February next year", "2025-02", "month"),
        ("arrived in November of last year", "2023-11", "month"),
        ("returned in January this year", "2024-01", "month"),
        ("due in late June next year", "2025-06-21", "part-of-month"),
    ],
)
def test_a_month_of_last_this_or_next_year_is_in_that_year(text, start, precision):
    expr = find_dates(text, date(2024, 6, 13), False)[0]
    assert (expr.start, expr.precision) == (start, precision)


@pytest.mark.parametrize(
    "text,anchor,start,precision",
    [
        ("will deploy in the coming weeks", date(2024, 3, 2), "2024-03", "month"),
        ("will deploy in the coming weeks", date(2024, 3, 14), "2024", "year"),
        ("will visit within the next few days", date(2024, 6, 13), "2024-06", "month"),
        ("over the next few months", date(2024, 6, 13), "2024", "year"),
        ("will arrive in the next week", date(2024, 6, 13), "2024-06", "month"),
    ],
)
def test_the_coming_weeks_are_the_anchors_month_or_year(text, anchor, start, precision):
    expr = find_dates(text, anchor, True)[0]
    assert (expr.start, expr.precision) == (start, precision)


def test_the_coming_weeks_across_a_new_year_stay_unresolved():
    assert find_dates("will deploy in the coming weeks", date(2024, 12, 20), True) == []


@pytest.mark.parametrize(
    "text,year",
    [("in fiscal year 2026", "2026"), ("in FY25", "2025"), ("the FY2025 budget", "2025"), ("in fiscal 2024", "2024")],
)
def test_a_fiscal_year_is_its_named_year(text, year):
    assert [(e.start, e.precision) for e in find_dates(text, None, False)] == [(year, "year")]



@pytest.mark.parametrize(
    "text,start",
    [
        ("Last Thursday the ministers signed a pact.", "2024-06-06"),
        ("Next Monday the ministers meet in Oslo.", "2024-06-17"),
        ("last Thursday", "2024-06-06"),
    ],
)
def test_a_weekdays_relative_word_counts_at_the_start_of_a_sentence(text, start):
    assert find_dates(text, date(2024, 6, 13), False)[0].start == start  # 13 June 2024 is a Thursday


@pytest.mark.parametrize("text", ["Every Friday the crews train.", "Each Monday they meet."])
def test_a_capitalised_habit_weekday_is_no_date(text):
    assert find_dates(text, date(2024, 6, 13), False) == []


@pytest.mark.parametrize(
    "text,written",
    [
        ("HMS Example sailed on the 4th of March for the Gulf.", "the 4th of March"),
        ("The Chiefs met on the 21st March in Oslo.", "the 21st March"),
    ],
)
def test_the_article_of_an_ordinal_day_is_written_with_it(text, written):
    assert [e.text for e in find_dates(text, date(2024, 6, 13), False)] == [written]


@pytest.mark.parametrize(
    "text,start,precision",
    [
        ("the ships sailed this past weekend", "2024-06-08", "week"),
        ("will deploy in spring 2025", "2025", "year"),
        ("arrived in the summer of 2023", "2023", "year"),
        ("will visit this autumn", "2024", "year"),
        ("began in the fall of 2021", "2021", "year"),
        ("due in Q3 2024", "2024-07", "part-of-year"),
    ],
)
def test_weekends_seasons_and_quarters(text, start, precision):
    expr = find_dates(text, date(2024, 6, 13), False)[0]
    assert (expr.start, expr.precision) == (start, precision)


def test_the_verb_fall_before_a_year_is_no_season():
    assert find_dates("prices fall 2024 models", date(2024, 6, 13), False) == []


@pytest.mark.parametrize(
    "text,start,precision",
    [
        ("at the end of the year", "2023-12", "part-of-year"),
        ("by the end of this year", "2023", "year"),  # a deadline: some time in the year
        ("before the end of next year", "2024", "year"),
    ],
)
def test_the_end_of_the_year_is_december_but_a_deadline_by_it_is_the_year(text, start, precision):
    found = find_dates(f"The work will be done {text}.", THU, True)
    assert [(e.start, e.precision) for e in found] == [(start, precision)]


@pytest.mark.parametrize(
    "text,start,end",
    [
        ("in the second half of the year", "2023-07", "2023-12"),
        ("in the first quarter of next year", "2024-01", "2024-03"),
        ("in the final quarter of last year", "2022-10", "2022-12"),
    ],
)
def test_a_half_or_quarter_of_a_year_told_from_the_anchor(text, start, end):
    found = find_dates(f"The ministers will meet {text}.", THU, True)
    assert [(e.start, e.end, e.precision) for e in found] == [(start, end, "part-of-year")]
