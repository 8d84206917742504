"""Tests of sitbrief.extract.people.find: find_people: every pass over the document, in order."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, person


def test_the_other_side_of_a_pair_goes_only_to_a_counterpart():
    f = facts("Secretary of State Marcus Hale praised the U.S.-Spain alliance in Washington on Monday.\n\n"
              "Later, Chief Petty Officer Ana Ruiz said the crew was ready.")
    assert person(f, "Ana Ruiz").affiliation is None


def test_a_known_figure_matches_with_a_middle_initial_without_its_period():
    f = facts("He met his counterpart, Defense Secretary Lloyd J Austin III, at the Pentagon.")
    assert f.people[0].affiliation == "United States"


@pytest.mark.parametrize("body, name, role", [
    ("Foreign Minister Retno L.P. Marsudi met the delegation.", "Retno L.P. Marsudi", "Foreign Minister"),
    ("Prime Minister-elect Tom Reed met the delegation.", "Tom Reed", "Prime Minister-elect"),
    ("Then-Defence Minister Tom Reed met the delegation.", "Tom Reed", "Defence Minister"),
    ("Tom Reed, Minister-Counsellor at the Embassy, met the delegation.", "Tom Reed", "Minister-Counsellor"),
    ("Defence Minister Datuk Seri Ana Ruiz met the delegation.", "Ana Ruiz", "Defence Minister"),
])
def test_initials_elect_then_and_malay_honorifics(body, name, role):
    found = person(facts(body), name)
    assert found is not None, [p.name for p in facts(body).people]
    assert found.roles == [role]


def test_bilateral_pair_gives_the_other_side():
    f = facts("President Tom Reyes spoke today with Prime Minister Ana Ruiz of Spain to highlight the strength of "
              "the U.S.-Spain alliance.")
    assert person(f, "Tom Reyes").affiliation == "United States"
