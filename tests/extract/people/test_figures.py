"""A titled surname takes the country of the one figure holding that office: figures.tsv's office column
read once (lexicon.offices_held), offices in brackets included."""

from __future__ import annotations

import pytest

from sitbrief.extract.lexicon import offices_held
from tests.extract.helpers import facts, person


def test_offices_held_reads_the_offices_in_brackets_without_their_years() -> None:
    assert offices_held("Prime Minister (Foreign Minister 2012-2017)") == ("prime minister", "foreign minister")
    assert offices_held("Prime Minister; Foreign Secretary 2023-2024") == ("prime minister", "foreign secretary")


@pytest.mark.parametrize("body, surname, country", [
    ("London, 15 June 2015\n\nThey welcomed Foreign Minister Kishida to the talks.", "Kishida", "Japan"),
    ("London, 15 June 2018\n\nThe talks were hosted by Defence Minister Iwaya on Monday.", "Iwaya", "Japan"),
    ("Paris, 2 March 2017\n\nFinance Minister English arrived for the meeting.", "English", "New Zealand"),
])
def test_an_office_in_brackets_gives_the_titled_surname_its_country(body: str, surname: str, country: str) -> None:
    assert person(facts(body), surname).affiliation == country
