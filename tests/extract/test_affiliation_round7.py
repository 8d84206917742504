"""Affiliations settled by the structure of the text (issue 12, round 7)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, person


@pytest.mark.parametrize("body, name, country", [
    ('"We are ready," said Commander Tom Reed, the Canadian ship\'s commanding officer.\n\nHe was accompanied by '
     "Commodore Ana Ruiz, who will take command of the task group.", "Ana Ruiz", "Canada"),
    ("British Defence Secretary Tom Reed, accompanied by Armed Forces Minister Ana Ruiz, arrived in Tallinn.",
     "Ana Ruiz", "United Kingdom"),
    ("Japanese Prime Minister Tom Reed, accompanied by Foreign Minister Ana Ruiz and Trade Minister Joe Bloggs, "
     "met officials.", "Joe Bloggs", "Japan"),
])
def test_who_accompanies_an_official_serves_the_same_country(body, name, country):
    assert person(facts(body), name).affiliation == country


def test_an_office_the_country_lacks_is_not_given_by_accompanying():
    f = facts("U.S. President Tom Reed was accompanied by Prime Minister Ana Ruiz on the tour.")
    assert person(f, "Ana Ruiz").affiliation is None


def test_a_delegation_listed_together_serves_its_known_members_country():
    f = facts("Prime Minister Key welcomed the visits of Australian Foreign Minister Julie Marsh, Trade Minister "
              "Andrew Bell, Health Minister Sue Lee and Parliamentary Secretary Paul Gray.")
    assert [person(f, n).affiliation for n in ("Andrew Bell", "Sue Lee", "Paul Gray")] == ["Australia"] * 3


@pytest.mark.parametrize("body", [
    "Australian Prime Minister Tom Reed, Prime Minister Ana Ruiz and President Joe Bloggs attended the forum.",
    "Attending were Australian Foreign Minister Tom Reed, Foreign Minister Ana Ruiz and Foreign Minister Joe Bloggs.",
    "Foreign Secretary Tom Reed, Defence Secretary Ana Ruiz, Foreign Minister Joe Bloggs and Defence Minister "
    "Ana Lee held talks in London.",
])
def test_a_list_of_several_nations_officials_gives_no_country(body):
    assert person(facts(body), "Joe Bloggs").affiliation is None
