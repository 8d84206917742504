"""Tests of sitbrief.extract.events.finer: a finer date inside the period that dated a trigger."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.helpers import facts

ANCHOR = date(2024, 3, 14)


def _dated(body: str) -> dict[str, str | None]:
    return {e.kind: e.when.start for e in facts(body, published=ANCHOR).events}


@pytest.mark.parametrize(
    "sentence,kind,when",
    [
        ("The call followed the third meeting between the two ministers this year, he said, which took place "
         "at a hotel in Delhi last month.", "meeting", "2024-02"),
        ("It was the second visit by the minister this year, which came on 2 February.", "meeting", "2024-02-02"),
    ],
)
def test_a_finer_date_inside_the_period_dates_the_same_trigger(sentence, kind, when):
    assert _dated(sentence)[kind] == when


@pytest.mark.parametrize(
    "sentence,kind,when",
    [
        # the finer date is the saying's
        ("The minister has held a meeting with her counterpart this year, the ministry said on 2 February.",
         "meeting", "2024"),
        # the finer date only bounds how long it lasts
        ("The deployment began this year and runs until the end of May.", "deployment", "2024"),
    ],
)
def test_a_date_outside_the_period_or_bounding_it_leaves_the_period(sentence, kind, when):
    assert _dated(sentence).get(kind) == when


@pytest.mark.parametrize(
    "sentence,kind,when",
    [
        ("The talks, first held in 2019, resumed in Geneva this week.", "talks", "2024-03-11"),
        ("The drills, held annually since 2015, began on Monday.", "exercise", "2024-03-11"),
        ("The talks, held in Geneva on Monday, produced a joint statement.", "talks", "2024-03-11"),  # one date only
    ],
)
def test_a_subject_dated_in_its_aside_takes_its_own_predicates_date(sentence, kind, when):
    assert _dated(sentence)[kind] == when
