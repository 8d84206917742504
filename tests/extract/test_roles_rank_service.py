"""A service written before a rank qualifies the rank: it is no part of the office before it."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, person


@pytest.mark.parametrize("body, name, office, rank", [
    ("Chairman of the Joint Chiefs of Staff Army Gen. Mark Milley met the minister on Monday.", "Mark Milley",
     "Chairman of the Joint Chiefs of Staff", "Gen."),
    ("Commander of U.S. Indo-Pacific Command Navy Adm. Sam Reed visited Manila on Tuesday.", "Sam Reed",
     "Commander of U.S. Indo-Pacific Command", "Adm."),
    ("Director of the Missile Defense Agency Air Force Lt. Gen. Heath Cole spoke on Tuesday.", "Heath Cole",
     "Director of the Missile Defense Agency", "Lt. Gen."),
])
def test_the_service_before_a_rank_is_cut_from_the_office(body, name, office, rank):
    roles = person(facts(body), name).roles
    assert office in roles and rank in roles


def test_an_office_of_a_service_keeps_it():
    roles = person(facts("Chief of the Royal Australian Navy Vice Adm. Mark Hammond met them."), "Mark Hammond").roles
    assert "Chief of the Royal Australian Navy" in roles
