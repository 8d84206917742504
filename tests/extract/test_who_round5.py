"""Who is who on the round-5 unseen articles: each failure class as a small invented article."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, person


def test_an_office_the_home_government_lacks_gets_no_home_country():
    f = facts("WASHINGTON, May 3, 2024 \u2014 The secretary will meet Defense Minister Tom Reed and Prime Minister "
              "Ana Ruiz in Tokyo next week, officials said.")
    assert person(f, "Tom Reed").affiliation is None
    assert person(f, "Ana Ruiz").affiliation is None


def test_a_sailor_beside_a_foreign_ship_is_not_the_datelines():
    f = facts("MANILA, Philippines \u2014 The destroyer USS Harbin (DDG 99) arrived in Manila today. Some Harbin "
              "Sailors, such as Chief Machinist Ana Ruiz, have family in the city.")
    assert person(f, "Ana Ruiz").affiliation == "United States"  # one of the ship's sailors: the ship's country


def test_the_forces_of_the_country_a_unit_deploys_to_are_not_its_own():
    f = facts("FORT KNOX, Ky. \u2014 Col. Tom Reed cased the colors before the brigade deploys to Afghanistan, "
              "where it will partner with Afghan National Security Forces.")
    assert person(f, "Tom Reed").affiliation != "Afghanistan"


def test_a_nationality_is_shared_by_the_people_listed_with_it():
    f = facts("WASHINGTON, May 3, 2024 \u2014 The secretary will meet Indonesian President Ana Ruiz and Defense "
              "Minister Tom Reed. He will then meet President Bo Lindqvist and senior South Korean officials. "
              "Later he meets senior Japanese leaders, including new Defense Minister Kenji Arata.")
    assert person(f, "Tom Reed").affiliation == "Indonesia"
    assert person(f, "Bo Lindqvist").affiliation == "South Korea"
    assert person(f, "Kenji Arata").affiliation == "Japan"


def test_a_surname_after_an_office_of_a_body_is_a_person():
    f = facts("Tom Reed previewed the talks that he and Secretary of State Lindqvist will hold next week.")
    assert person(f, "Lindqvist").roles == ["Secretary of State"]


def test_a_name_after_an_office_for_a_known_region_is_the_name():
    f = facts("Minister for Europe David Whitcombe is visiting Stockholm today.")
    assert person(f, "David Whitcombe").roles == ["Minister for Europe"]


@pytest.mark.parametrize("body, name, role", [
    ("Business and Trade Secretary Tom Reed said the deal was done.", "Tom Reed", "Business and Trade Secretary"),
    ("Maritime Component Commander Commodore Ana Ruiz said the ships were ready.", "Ana Ruiz",
     "Maritime Component Commander"),
    ("Minister for Defence People and Families, Dr Ana Ruiz, visited the troops.", "Ana Ruiz",
     "Minister for Defence People and Families"),
])
def test_an_office_keeps_the_remit_words_before_its_head(body, name, role):
    f = facts(body)
    assert role in person(f, name).roles
    assert [p.name for p in f.people] == [name]


def test_a_phrase_ending_in_a_preposition_before_a_name_is_no_role_of_it():
    f = facts("The minister stressed the importance of delivering justice for Tom Reed and his family.")
    found = person(f, "Tom Reed")
    assert found is None or found.roles == []


def test_an_appositive_ends_where_the_next_listed_person_begins():
    f = facts("He will meet Ana Ruiz, CEO Pacific Airways and Pierre Lindqvist, CEO Northwind to discuss trade.")
    assert person(f, "Ana Ruiz").roles == ["CEO Pacific Airways"]


def test_a_headline_names_offices_after_a_possessive_and_on():
    f = facts("National Security Advisor Tom Reed spoke today with Director Ana Ruiz.",
              header="Statement by Spokesperson Bo Lindqvist on National Security Advisor Tom Reed\u2019s Call with "
                     "Party Member Ana Ruiz")
    assert person(f, "Tom Reed").roles == ["National Security Advisor"]
    assert "Party Member" in person(f, "Ana Ruiz").roles


def test_member_heads_an_office_but_member_states_are_no_person():
    f = facts("Politburo Member Ana Ruiz said ASEAN Member States would send observers.")
    assert person(f, "Ana Ruiz").roles == ["Politburo Member"]
    assert [p.name for p in f.people] == ["Ana Ruiz"]


def test_a_titled_surname_known_in_that_form_serves_its_figures_country():
    f = facts("The call followed one between the two presidents, in which President Xi spoke of trade.")
    assert person(f, "Xi").affiliation == "China"


def test_an_appositive_keeps_the_known_body_it_is_at():
    f = facts("He will meet Ana Ruiz, Senior Advisor at the White House to discuss trade, and Tom Reed, director "
              "at Camp Harlow in the north.")
    assert person(f, "Ana Ruiz").roles == ["Senior Advisor at the White House"]
    assert person(f, "Ana Ruiz").affiliation == "United States"


def test_a_service_s_letters_after_a_name_give_its_country():
    f = facts("Commander of the Task Group, Captain Ana Ruiz, CSC, RAN, said the mission with the US Navy had "
              "gone well.")
    assert person(f, "Ana Ruiz").affiliation == "Australia"


def test_a_nationality_before_a_service_member_s_rank_is_their_country():
    f = facts("The leaders paid tribute to those killed, including British servicewoman Lance Corporal Ana Ruiz.")
    assert person(f, "Ana Ruiz").affiliation == "United Kingdom"


def test_a_rank_with_its_abbreviation_in_brackets_still_titles_the_name():
    f = facts("He was accompanied by Commodore (Cmdre) Ana Ruiz, who will join the ship in Europe.")
    assert person(f, "Ana Ruiz").roles == ["Commodore"]


def test_the_post_a_person_leaves_is_their_office():
    f = facts("Adm. Tom Reed spoke first. Reed leaves his post as commander of the Northern Fleet to become the new "
              "head of the command.")
    assert "commander of the Northern Fleet" in person(f, "Tom Reed").roles


def test_a_relative_clause_is_no_office_unless_it_names_the_post():
    assert person(facts("Tom Reed, who took up his role as ambassador in May, said ties were strong."),
                  "Tom Reed").roles == ["ambassador"]
    assert person(facts("Tom Reed, who met the ambassador in May, said ties were strong."), "Tom Reed").roles == []


def test_a_regnal_number_stays_in_the_name():
    f = facts("His Majesty King Tomas II met the minister today.")
    assert [p.name for p in f.people] == ["Tomas II"]


def test_a_titled_surname_takes_the_country_of_the_one_figure_holding_that_office_that_year():
    f = facts("Washington, 15 September 2022\n\nThey discussed the summit between President Biden and President Yoon.")
    assert person(f, "Yoon").affiliation == "South Korea"
    f = facts("15 September 2011\n\nThey discussed the summit between President Biden and President Yoon.")
    assert person(f, "Yoon").affiliation is None


def test_an_office_for_a_titled_person_is_someone_elses():
    f = facts("A spokesperson for Prime Minister Tom Reed said the talks went well.")
    assert person(f, "Tom Reed").roles == ["Prime Minister"]


@pytest.mark.parametrize("body, name, country", [
    ("Kremlin spokesman Tom Reed said the talks went well.", "Tom Reed", "Russia"),
    ("Ana Ruiz, a Pentagon spokeswoman, said the talks went well.", "Ana Ruiz", "United States"),
])
def test_a_government_seat_in_an_office_gives_its_country(body, name, country):
    assert person(facts(body), name).affiliation == country


def test_a_nationality_inside_an_office_of_a_state_body_gives_its_country():
    assert person(facts("Gen. Tom Reed, chief of the Indonesian armed forces, said the talks went well."),
                  "Tom Reed").affiliation == "Indonesia"
    assert person(facts("Ana Ruiz, director of the Chinese studies program, said the talks went well."),
                  "Ana Ruiz").affiliation is None


def test_an_amir_with_honorifics_before_a_long_arabic_name():
    f = facts("We call on both sides to resume talks without delay.\n\n"
              "Amir of the State of Qatar HH Sheikh Khalid bin Omar Al Nasser")
    found = person(f, "Khalid bin Omar Al Nasser")
    assert found is not None and found.roles == ["Amir"] and found.affiliation == "Qatar"


def test_a_foreign_office_holder_takes_the_one_other_country_of_their_sentence():
    f = facts("WASHINGTON, May 3, 2024 \u2014 Reed is slated to discuss the U.S.-Japan alliance during meetings with "
              "Prime Minister Ana Ruiz, officials said.")
    assert person(f, "Ana Ruiz").affiliation == "Japan"
    f = facts("WASHINGTON, May 3, 2024 \u2014 Reed will meet Prime Minister Ana Ruiz and businessman Tom Jordan in "
              "the city, officials said.")
    assert person(f, "Ana Ruiz").affiliation is None


def test_an_appositive_office_runs_past_a_numbered_unit_abbreviation():
    f = facts("Wing Commander Ana Ruiz, Officer Commanding No. 3 Squadron, said the jets were ready.")
    assert "Officer Commanding No. 3 Squadron" in person(f, "Ana Ruiz").roles


def test_a_ship_returning_home_after_deployment_keeps_its_nation():
    f = facts("After a nine-month deployment, HMS Harrow returned to the United Kingdom, where Lt Cdr Ana Ruiz "
              "said the crew had done well.")
    assert person(f, "Ana Ruiz").affiliation == "United Kingdom"
