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


@pytest.mark.parametrize("body, name, country", [
    ("Defence Secretary Tom Reed visited troops in Estonia on Monday. Armed Forces Minister Ana Ruiz will travel to "
     "Latvia next week.", "Ana Ruiz", "United Kingdom"),
    ("Secretary of Defense Tom Reed will travel to Asia this week. Under Secretary for Policy Ana Ruiz will remain "
     "in Washington.", "Ana Ruiz", "United States"),
    ("Foreign Secretary Tom Reed visited Stockholm. He will meet Sweden's Europe Minister Ana Ruiz. Minister for "
     "Europe Joe Bloggs will travel to Rome.", "Joe Bloggs", "United Kingdom"),
])
def test_the_lead_officials_government_is_home_to_its_unqualified_colleagues(body, name, country):
    assert person(facts(body), name).affiliation == country


@pytest.mark.parametrize("body, name", [
    ("Foreign Secretary Tom Reed visited Jakarta. While there, he held talks with Defence Minister Ana Ruiz and "
     "Coordinating Minister Joe Bloggs.", "Ana Ruiz"),
    ("Secretary of State Tom Reed and Foreign Secretary Ana Ruiz met in London. Trade Minister Joe Bloggs joined "
     "the talks.", "Joe Bloggs"),
    ("Secretary of State Tom Reed arrived in Manila. Senator Ana Ruiz welcomed the visit.", "Ana Ruiz"),
])
def test_no_home_is_inferred_for_whom_the_lead_meets_or_when_two_governments_lead(body, name):
    assert person(facts(body), name).affiliation is None


@pytest.mark.parametrize("body", [
    "TOKYO \u2014 Defense Secretary Tom Reed met Japanese Defense Minister Ana Ruiz on Monday.",
    "SEOUL \u2014 Foreign Minister Tom Reed met South Korean Foreign Minister Ana Ruiz on Monday.",
    "CANBERRA \u2014 Defence Minister Tom Reed and Australian Defence Minister Ana Ruiz held talks.",
])
def test_the_datelines_country_is_not_given_to_the_counterpart_of_its_own_official(body):
    assert person(facts(body), "Tom Reed").affiliation is None


@pytest.mark.parametrize("body, name, role, country", [
    ("A spokesman for Australian Prime Minister Tom Reed, John Hale, said the talks went well.", "John Hale",
     "spokesman", "Australia"),
    ("Ana Ruiz, a spokeswoman for Japanese Defense Minister Tom Reed, said the talks went well.", "Ana Ruiz",
     "spokeswoman", "Japan"),
    ("Ana Ruiz, chief of staff to Canadian Prime Minister Tom Reed, told reporters the deal was close.", "Ana Ruiz",
     "chief of staff", "Canada"),
])
def test_an_aide_serves_the_principals_country(body, name, role, country):
    p = person(facts(body), name)
    assert (p.roles, p.affiliation) == ([role], country)


@pytest.mark.parametrize("body, name, country", [
    ("General Ana Ruiz, of the Australian Defence Force, visited Jakarta.", "Ana Ruiz", "Australia"),
    ("Captain Tom Reed, of the Royal Canadian Navy, said the ship was ready.", "Tom Reed", "Canada"),
    ("Sgt. Ana Ruiz, with the Japan Ground Self-Defense Force, said the drill went well.", "Ana Ruiz", "Japan"),
])
def test_a_national_force_set_off_after_the_name_is_the_affiliation(body, name, country):
    assert person(facts(body), name).affiliation == country


@pytest.mark.parametrize("body", [
    "Tom Reed, of Lockheed Martin, said the jets were ready.",
    "Tom Reed, of Springfield, said he was happy.",
])
def test_a_company_or_town_set_off_after_the_name_is_no_affiliation(body):
    assert person(facts(body), "Tom Reed").affiliation is None


@pytest.mark.parametrize("body, country", [
    ("Business and Trade Secretary Tom Reed flew to Washington on Sunday.", "United Kingdom"),
    ("Minister for Defence People and Veterans Tom Reed visited troops in Estonia.", "United Kingdom"),
    ("This week Tom Reed, MP, Minister for Defence Industry, will visit Indonesia.", "Australia"),
])
def test_an_office_only_one_government_names_so(body, country):
    assert person(facts(body), "Tom Reed").affiliation == country


def test_a_press_secretary_beside_the_known_side_is_no_counterpart():
    f = facts('Defense Secretary Leon E. Panetta will travel to Bangkok, Press Secretary Tom Reed said today. '
              '"The U.S.-Thailand alliance is strong," Reed said.')
    assert person(f, "Tom Reed").affiliation in (None, "United States")  # never the host


@pytest.mark.parametrize("body, name, country", [
    ("Defense Secretary Robert Gates will visit Tokyo next week.", "Robert Gates", "United States"),
    ("Prime Minister Gordon Brown spoke to reporters in London.", "Gordon Brown", "United Kingdom"),
    ("Foreign Minister Alexander Downer met officials in Jakarta.", "Alexander Downer", "Australia"),
])
def test_earlier_holders_of_the_main_offices_are_known(body, name, country):
    assert person(facts(body), name).affiliation == country


def test_one_of_a_ships_sailors_serves_the_ships_country():
    f = facts("MANILA \u2014 The destroyer USS Curtis Wilbur (DDG 54) arrived in Manila. Some Curtis Wilbur Sailors, "
              "such as Senior Chief Gas Turbine System Technician Tom Reed, have family in the Philippines.")
    assert person(f, "Tom Reed").affiliation == "United States"


@pytest.mark.parametrize("body, name, country", [
    ("Minister of Defence Tom Reed of New Zealand will depart tomorrow for Fiji. While in Fiji, Minister Reed will "
     "meet with Minister of Defence Ana Ruiz.", "Ana Ruiz", "Fiji"),
    ("Foreign Secretary Tom Reed visited Jakarta. During his visit to Indonesia, Reed met Coordinating Minister Ana "
     "Ruiz and Defence Minister Joe Bloggs.", "Joe Bloggs", "Indonesia"),
    ("Minister of Defence Tom Reed of New Zealand arrived in the United States. While in Washington, the Minister "
     "also met with the Secretary for Veterans Affairs, Robert Wilkie.", "Robert Wilkie", "United States"),
])
def test_whom_a_visitor_meets_in_a_country_serves_it(body, name, country):
    assert person(facts(body), name).affiliation == country


def test_whom_a_visitor_meets_at_a_gathering_of_nations_is_unsettled():
    f = facts("Foreign Secretary Tom Reed travelled to Singapore. While in Singapore for the Shangri-La Dialogue, "
              "Reed met Defence Minister Ana Ruiz.")
    assert person(f, "Ana Ruiz").affiliation is None
