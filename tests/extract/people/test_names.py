"""Tests of sitbrief.extract.people.names: split a run of capitalised words into the title before it and the
personal name after."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, person


def test_a_signature_block_name_loses_honorifics_and_post_nominals():
    f = facts("The ministers signed the statement today.\n\nHon Judith Collins KC\n\nMinister of Defence\n\n"
              "Rt Hon Winston Peters\n\nMinister of Foreign Affairs")
    assert person(f, "Judith Collins").roles == ["Minister of Defence"]
    assert person(f, "Winston Peters").roles == ["Minister of Foreign Affairs"]


def test_us_is_no_initials_of_a_name():
    found = person(facts("U.S. Secretary of State Tom Reed met the delegation."), "Tom Reed")
    assert found.affiliation == "United States"


def test_family_name_in_capitals_is_a_name():
    f = facts("Japan\u2019s Minister of Defense TAKEDA Ren and Canada\u2019s Minister of National Defence Anne Leblanc "
              "met in Ottawa. Mr. Takeda thanked Ms. Leblanc for hosting.")
    found = person(f, "TAKEDA Ren")
    assert found is not None and found.roles == ["Minister of Defense"] and found.affiliation == "Japan"
    assert person(f, "Takeda") is None


def test_a_regnal_number_stays_in_the_name():
    f = facts("His Majesty King Tomas II met the minister today.")
    assert [p.name for p in f.people] == ["Tomas II"]


@pytest.mark.parametrize("body, name, office", [
    ("Chairman of the Joint Chiefs of Staff Gen. CQ Brown met with Japanese officials.", "CQ Brown",
     "Chairman of the Joint Chiefs of Staff"),
    ("Vice President JD Vance met Prime Minister Tom Reed in Rome on Monday.", "JD Vance", "Vice President"),
])
def test_initials_written_together_open_a_name(body, name, office):
    p = person(facts(body), name)
    assert p is not None and office in p.roles
    assert not any(name.split()[0] in r for r in p.roles)


@pytest.mark.parametrize("body, name, rating", [
    ("Gas Turbine System Technician (Mechanical) 1st Class Tom Reed fixed the engine.", "Tom Reed",
     "Gas Turbine System Technician (Mechanical) 1st Class"),
    ("Electronics Technician (Navigation) 3rd Class Ana Ruiz, from Ohio, stood watch.", "Ana Ruiz",
     "Electronics Technician (Navigation) 3rd Class"),
    ("The medic, Hospital Corpsman 3rd Class Mark Lee, treated the crew.", "Mark Lee", "Hospital Corpsman 3rd Class"),
    ("Interior Communications Electrician 1st Class Mark Lee fixed the phones.", "Mark Lee",
     "Interior Communications Electrician 1st Class"),
])
def test_a_navy_rating_with_a_specialty_and_class_is_the_role(body, name, rating):
    found = person(facts(body), name)
    assert found is not None and rating in found.roles


@pytest.mark.parametrize("body", [
    "Lt.j.g. Ana Ruiz, the ship's navigator, plotted the course.",
    '"We were ready," said Lt.j.g. Ana Ruiz. "The crew trained hard."',
    "The boarding officer, Lt.j.g. Ana Ruiz, led the team.",
])
def test_lieutenant_junior_grade_written_together_keeps_the_name_in_its_sentence(body):
    found = facts(body)
    assert [p.name for p in found.people] == ["Ana Ruiz"]
    assert "Lt.j.g." in found.people[0].roles
