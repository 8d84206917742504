"""An office of a region or city serves that place's country, wherever the story is datelined."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, person


@pytest.mark.parametrize("body, name, country", [
    ("TALLINN, Estonia - Brig. Gen. Mark Hale, the deputy adjutant general of Ohio, greeted the soldiers at the "
     "airport today.", "Mark Hale", "United States"),
    ("SEOUL - Dr. Ken Sato, the Governor of Hokkaido, met Korean business leaders on Monday.", "Ken Sato", "Japan"),
    ("WARSAW, Poland - Col. Jan Nowak, commander of the Queensland training group, arrived on Monday.", "Jan Nowak",
     "Australia"),
])
def test_an_office_of_a_region_is_its_countrys(body, name, country):
    assert person(facts(body), name).affiliation == country
