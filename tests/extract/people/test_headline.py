"""Tests of sitbrief.extract.people.headline: give people the roles a headline writes before their names."""

from __future__ import annotations

from tests.extract.helpers import facts, person


def test_a_headline_verb_is_no_part_of_a_name():
    f = facts("Secretary General Jens Holm spoke today.", "Secretary General Jens Holm Welcomes Finland")
    assert [p.name for p in f.people] == ["Jens Holm"]


def test_a_title_case_headline_adds_no_role_twice():
    f = facts("Deputy Secretary of Defense Kathleen Hicks met officials today.",
              "Readout Of Deputy Secretary Of Defense Kathleen Hicks' Meeting With Officials")
    assert person(f, "Kathleen Hicks").roles == ["Deputy Secretary of Defense"]


def test_a_headline_names_offices_after_a_possessive_and_on():
    f = facts("National Security Advisor Tom Reed spoke today with Director Ana Ruiz.",
              header="Statement by Spokesperson Bo Lindqvist on National Security Advisor Tom Reed\u2019s Call with "
                     "Party Member Ana Ruiz")
    assert person(f, "Tom Reed").roles == ["National Security Advisor"]
    assert "Party Member" in person(f, "Ana Ruiz").roles
