"""Date expressions (round 12): the full date the text sets beside "today" is the day it was written."""

from __future__ import annotations

from datetime import date

import pytest

from sitbrief.text.dates import today_told


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
