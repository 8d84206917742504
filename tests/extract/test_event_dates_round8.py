"""Event dates (round 8): "earlier in the day", "later in the year" count from the date told before
them, not from the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.helpers import facts

ANCHOR = date(2024, 3, 14)  # a Thursday


def _dates(body: str) -> list[str | None]:
    return [e.when.start for e in facts(body, published=ANCHOR).events]


@pytest.mark.parametrize(
    "body,first,second",
    [
        ("Yesterday the minister met the ambassador in Rome. He thanked her for hosting a dinner earlier in "
         "the day with the leaders of Chile and Peru.", "2024-03-13", "2024-03-13"),
        ("On Monday the navy launched a missile. Later in the day, the minister visited the base.",
         "2024-03-11", "2024-03-11"),
        ("The minister met the ambassador on 3 March. Later in the day she visited the naval base.",
         "2024-03-03", "2024-03-03"),
    ],
)
def test_earlier_in_the_day_is_the_day_told_before(body, first, second):
    assert _dates(body) == [first, second]


@pytest.mark.parametrize(
    "body,leftover",
    [
        ("The minister met his counterpart on Friday, March 8, in Paris.", "Friday"),
        ("The two ministers will continue their discussions on Monday, 18 March, in Geneva.", "Monday"),
        ("The minister will visit Canberra later this month.", "later"),
        ("The envoy spoke to reporters in Rome late Tuesday.", "late"),
    ],
)
def test_no_date_word_is_left_in_a_title(body, leftover):
    titles = [e.title for e in facts(body, published=ANCHOR).events]
    assert titles and all(leftover not in t.split() for t in titles)


def test_earlier_in_the_day_with_no_day_before_is_the_anchors_day():
    assert _dates("Earlier in the day, the minister visited the naval base in Darwin.") == ["2024-03-14"]
    undated = facts("Earlier in the day, the minister visited the naval base in Darwin.").events
    assert [e.when.start for e in undated] == [None]  # no publication date: no day at all
