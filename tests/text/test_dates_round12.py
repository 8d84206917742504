"""Date expressions (round 12): the full date the text sets beside "today" is the day it was written."""

from __future__ import annotations

from datetime import date

import pytest

from sitbrief.text.dates import find_dates, today_told


@pytest.mark.parametrize(
    "sentences,day",
    [
        (["He arrives in Wellington today (Sunday 23 July 2017) ahead of talks."], date(2017, 7, 23)),
        (["Today, 4 September 2019, the minister met her counterpart."], date(2019, 9, 4)),
        (["The talks opened today (Sunday 23 July 2017).", "They go on today (23 July 2017)."], date(2017, 7, 23)),
    ],
)
def test_the_full_date_beside_today_is_told(sentences, day):
    assert today_told(sentences) == day


@pytest.mark.parametrize(
    "sentences",
    [
        ["Arriving in Japan today (Tuesday 7 November) for the G7."],  # no year: not a full date
        ["Today the minister recalled the talks of 3 May 2018."],  # not set beside "today"
        ["The talks opened today (4 September 2019).", "Today, 5 September 2019, they closed."],  # two days
        ["On 3 May 2018 the ministers met."],
    ],
)
def test_no_day_is_told_without_one_full_date_beside_today(sentences):
    assert today_told(sentences) is None


SUN = date(2022, 3, 20)


@pytest.mark.parametrize(
    "sentence,future,start",
    [
        ("The ministers met on the 5th in Oslo.", False, "2022-03-05"),
        ("The ministers will meet on the 5th.", True, "2022-04-05"),
        ("The ministers will meet on the 25th, in Oslo.", True, "2022-03-25"),
        ("The ministers met on the 25th.", False, "2022-02-25"),
        ("The talks opened on 3 March and ended on the 5th.", True, "2022-03-05"),
        ("The talks opened on 30 March and will end on the 2nd.", True, "2022-04-02"),
    ],
)
def test_a_day_of_the_month_told_alone_is_that_day_nearest_the_anchor_or_the_day_before_it(sentence, future, start):
    assert find_dates(sentence, SUN, future)[-1].start == start


@pytest.mark.parametrize(
    "sentence",
    ["They met on the 25th anniversary of the treaty.", "The office is on the 5th floor.", "The 5th Battalion met."],
)
def test_an_ordinal_counting_a_noun_is_no_day(sentence):
    assert find_dates(sentence, SUN, False) == []
