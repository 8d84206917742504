"""Tests of sitbrief.extract.people.role_after: read the appositive role written after a name (", the navy's
spokesperson,", " (Minister of Defence)")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, person


@pytest.mark.parametrize("body, name, role", [
    ("Tom Reed, a spokesman for the ministry who declined to comment further, said the talks went well.",
     "Tom Reed", "spokesman for the ministry"),
    ("Tom Reed, the defense minister whose term ends next year, met Ana Ruiz.", "Tom Reed", "defense minister"),
    ("Tom Reed, commander of the task force that arrived in the region last week, said the ships were ready.",
     "Tom Reed", "commander of the task force"),
    ("Tom Reed, the head of the delegation visiting Tokyo, met Ana Ruiz.", "Tom Reed", "head of the delegation"),
    ("The talks were led by Tom Reed, the minister, and Ana Ruiz, her deputy.", "Ana Ruiz", "deputy"),
])
def test_an_appositive_role_stops_before_a_clause(body, name, role):
    assert person(facts(body), name).roles == [role]


def test_an_appositive_with_a_head_of_three_words():
    f = facts("Admiral Sir Ben Key, First Sea Lord, visited the ship.")
    assert person(f, "Ben Key").roles == ["Admiral", "First Sea Lord"]
    assert person(f, "Ben Key").affiliation == "United Kingdom"


@pytest.mark.parametrize("body, roles", [
    ("Tom Reed is the defence minister.", ["defence minister"]),
    ("Tom Reed was the ambassador to Japan until 2020.", ["ambassador to Japan"]),
    ("Tom Reed is the first minister to visit the island in a decade.", []),
    ("Tom Reed, the first defence minister to visit the island, arrived on Monday.", []),
])
def test_a_role_after_is_and_not_a_description(body, roles):
    assert person(facts(body), "Tom Reed").roles == roles


@pytest.mark.parametrize("body, name, roles, affiliation", [
    ("Tom Reed, serving as commander of the task force, said the ships were ready.", "Tom Reed",
     ["commander of the task force"], None),
    ("Tom Reed, in his capacity as chair of the committee, opened the meeting.", "Tom Reed", ["chair of the committee"],
     None),
    ("The meeting was attended by Tom Reed (Minister of Defence) and Ana Ruiz (Foreign Minister).", "Ana Ruiz",
     ["Foreign Minister"], None),
    ("The Philippines\u2019 Secretary of Foreign Affairs, Enrique Manalo, attended.", "Enrique Manalo",
     ["Secretary of Foreign Affairs"], "Philippines"),
])
def test_roles_after_serving_as_in_brackets_and_after_a_plural_possessive(body, name, roles, affiliation):
    found = person(facts(body), name)
    assert (found.roles, found.affiliation) == (roles, affiliation)


def test_a_military_style_command_after_commander_ends_before_a_lower_case_verb():
    f = facts("Lt. Gen. Tom Reed, commander, Marine Forces Command announce the upcoming exercise.")
    assert "commander, Marine Forces Command" in person(f, "Tom Reed").roles


@pytest.mark.parametrize("body, name, role", [
    ("A spokesman for Prime Minister Tom Reed, John Hale, said the talks went well.", "John Hale", "spokesman"),
    ('"It went well," said a spokeswoman for Defense Secretary Tom Reed, Ana Ruiz, on Tuesday.', "Ana Ruiz",
     "spokeswoman"),
    ("The chief of staff to President Tom Reed, Ana Ruiz, met reporters.", "Ana Ruiz", "chief of staff"),
])
def test_an_aide_named_after_the_principal_is_the_aide(body, name, role):
    f = facts(body)
    assert person(f, name).roles == [role]
    assert len(person(f, "Tom Reed").roles) == 1


def test_a_list_after_a_titled_name_gives_no_aide_role():
    f = facts("The visit by Prime Minister Tom Reed, Ana Ruiz and Joe Bloggs went well.")
    assert person(f, "Ana Ruiz") is None or person(f, "Ana Ruiz").roles == []


def test_appositive_role_without_a_comma():
    f = facts("Squadron Leader Tom Hale the commanding officer of the deployed 12 Air Wing, said it was routine.")
    assert "commanding officer of the deployed 12 Air Wing" in person(f, "Tom Hale").roles


def test_a_clause_after_a_mention_is_not_a_role():
    f = facts("Minister of Defence Ron Hale met Secretary of Defense Hale Esper today. Besides meeting with Secretary "
              "Esper, Minister Hale visited the United Nations Headquarters.")
    assert person(f, "Hale Esper").roles == ["Secretary of Defense"]


def test_a_titled_single_name_keeps_its_appositive_office():
    f = facts("Talks were held with Lord Tupou, Speaker of the Legislative Assembly, and Minister for Home Affairs "
              "and Immigration Pio Tika.")
    assert person(f, "Tupou").roles == ["Speaker of the Legislative Assembly"]
    assert person(f, "Pio Tika").roles == ["Minister for Home Affairs and Immigration"]


def test_an_appositive_ends_where_the_next_listed_person_begins():
    f = facts("He will meet Ana Ruiz, CEO Pacific Airways and Pierre Lindqvist, CEO Northwind to discuss trade.")
    assert person(f, "Ana Ruiz").roles == ["CEO Pacific Airways"]


def test_a_rank_with_its_abbreviation_in_brackets_still_titles_the_name():
    f = facts("He was accompanied by Commodore (Cmdre) Ana Ruiz, who will join the ship in Europe.")
    assert person(f, "Ana Ruiz").roles == ["Commodore"]


@pytest.mark.parametrize("body", [
    "Air Marshal Tom Reed, Chief of Air Force, Vice Admiral Ana Ruiz, Chief of Navy, and Lieutenant General "
    "Bo Lindqvist, Chief of Army, attended the ceremony.",
    "Present were Gen. Tom Reed, Commander of Joint Forces, Rear Adm. Ana Ruiz, Commander of the Fleet, and "
    "others.",
])
def test_an_office_between_commas_after_a_name_is_that_persons(body):
    f = facts(body)
    assert not any("Air Force" in r or "Joint Forces" in r for r in person(f, "Ana Ruiz").roles)
    assert any(r.startswith("Chief of") or r.startswith("Commander of") for r in person(f, "Tom Reed").roles)


@pytest.mark.parametrize("body, name, roles, country", [
    ("General Sir Tom Reed KCB CBE ADC, Chief of the General Staff, visited the regiment.", "Tom Reed",
     ["General", "Chief of the General Staff"], None),
    ("Vice Admiral Ana Ruiz AO CSC RAN, Chief of Navy, attended the ceremony in Sydney.", "Ana Ruiz",
     ["Vice Admiral", "Chief of Navy"], "Australia"),
    ("Commodore Ana Ruiz RAN said the ships were ready to sail.", "Ana Ruiz", ["Commodore"], "Australia"),
    ("Captain Tom Reed RN, Commanding Officer of HMS Kent, said the ship was ready.", "Tom Reed",
     ["Captain", "Commanding Officer of HMS Kent"], "United Kingdom"),
])
def test_honours_and_service_letters_after_a_name(body, name, roles, country):
    p = person(facts(body), name)
    assert p is not None and p.roles == roles and p.affiliation == country


def test_two_long_offices_joined_by_and_after_a_name():
    f = facts("The adviser met Wang Lei, Member of the Political Bureau of the CPC Central Committee and Director of "
              "the Office of the Central Foreign Affairs Commission, in Bangkok.")
    assert person(f, "Wang Lei").roles == ["Member of the Political Bureau of the CPC Central Committee",
                                           "Director of the Office of the Central Foreign Affairs Commission"]


@pytest.mark.parametrize("body, rank", [
    ("Rear Admiral (Lower Half) Ana Ruiz, commander of Carrier Strike Group 5, spoke to reporters.", "Rear Admiral"),
    ("Rear Adm. (lower half) Ana Ruiz spoke to reporters aboard the carrier.", "Rear Adm."),
    ("Gen. (ret.) Ana Ruiz spoke to reporters at the conference.", "Gen."),
])
def test_a_bracketed_qualifier_after_a_rank(body, rank):
    p = person(facts(body), "Ana Ruiz")
    assert p is not None and p.roles[0] == rank
