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
