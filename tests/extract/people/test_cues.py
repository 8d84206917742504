"""Tests of sitbrief.extract.people.cues: tell whether an untitled name is a person by what surrounds it: a speech
verb, a person cue, a given name."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, person


@pytest.mark.parametrize("body, names", [
    ("The delegation met Okonkwo Adebayo and Thabo Ndlovu on Tuesday.", ["Okonkwo Adebayo", "Thabo Ndlovu"]),
    ("The delegation met Okonkwo Adebayo, Thabo Ndlovu and Kwame Mensah.",
     ["Okonkwo Adebayo", "Thabo Ndlovu", "Kwame Mensah"]),
    ("Okonkwo Adebayo thanked the hosts for their hospitality.", ["Okonkwo Adebayo"]),
    ("Okonkwo Adebayo, who leads the delegation, arrived on Monday.", ["Okonkwo Adebayo"]),
    ("According to Okonkwo Adebayo, the talks went well.", ["Okonkwo Adebayo"]),
    ("The talks, hosted by Okonkwo Adebayo, went well.", ["Okonkwo Adebayo"]),
    ("Okonkwo Adebayo and his counterpart signed the agreement.", ["Okonkwo Adebayo"]),
    ("Thabo Ndlovu, 34, of Pretoria, was injured.", ["Thabo Ndlovu"]),
])
def test_a_person_by_cue_words_not_by_a_given_name_list(body, names):
    assert [p.name for p in facts(body).people] == names


def test_officer_commanding_is_an_office_not_a_person():
    f = facts("Wing Commander Ana Ruiz, Officer Commanding 6 Squadron, said the jets launched.")
    assert [(p.name, p.roles) for p in f.people] == [("Ana Ruiz", ["Wing Commander", "Officer Commanding 6 Squadron"])]


@pytest.mark.parametrize("body, name, role", [
    ("UN High Commissioner for Refugees Ana Ruiz visited the camp.", "Ana Ruiz", "UN High Commissioner for Refugees"),
    ("Commissioner for Human Rights Tom Reed visited the camp.", "Tom Reed", "Commissioner for Human Rights"),
])
def test_a_remit_after_for_ends_at_a_given_name(body, name, role):
    assert person(facts(body), name).roles == [role]


@pytest.mark.parametrize("body, absent", [
    ("I'm Corporal Troy Reed with your Marine Minute. Marines with 3rd Battalion trained in Japan.", "Troy Reed"),
    ("This is Sgt. Ana Ruiz reporting from Camp Foster. Lt. Col. Tom Reed said the drill went well.", "Ana Ruiz"),
    ("I\u2019m Ana Ruiz for the Pentagon Channel. The carrier left port on Monday.", "Ana Ruiz"),
])
def test_a_presenter_signing_in_is_no_person_of_the_story(body, absent):
    assert person(facts(body), absent) is None


@pytest.mark.parametrize("body", [
    "Austin met his counterpart, Secretary of State for Defence John Healey, at the AUKUS Defense Ministers Meeting.",
    "The ASEAN Defence Ministers Meeting-Plus opened in Jakarta. The Foreign Ministers Conference followed.",
    "The G20 Foreign Ministers Forum closed on Friday.",
])
def test_a_ministers_meeting_is_no_person(body):
    assert all(p.name.split()[-1].split("-")[0] not in ("Meeting", "Conference", "Forum") for p in facts(body).people)


@pytest.mark.parametrize("body, names", [
    ("The Sullivan brothers: George, 28; Francis, 27; and Albert, 20; died in 1942.", ["George", "Francis", "Albert"]),
    ("Tom Reed, 45, said the storm was bad. His daughters, Emma, 12, and Lucy, 9, were safe.",
     ["Tom Reed", "Emma", "Lucy"]),
])
def test_a_given_name_with_an_age_is_a_person(body, names):
    assert [p.name for p in facts(body).people] == names


@pytest.mark.parametrize("body", [
    "Brigade, 2, and Division, 3, trained on Monday.",
    "The votes were: Reed, 12; Jordan, 9; and Georgia, 3.",
])
def test_a_count_after_a_capitalised_word_makes_no_person(body):
    assert facts(body).people == []


def test_a_titled_surname_alone_is_a_person():
    f = facts("Ukrainian President Zelenskyy thanked the allies. President Marsh\u2019s visit ended.")
    assert person(f, "Zelenskyy").affiliation == "Ukraine"
    assert person(f, "Marsh").roles == ["President"]


def test_given_name_after_capitals_is_not_a_rank():
    f = facts("Defense Minister ISHIDA Gen met the Italian Defence Minister in Rome.")
    assert person(f, "ISHIDA Gen").roles == ["Defense Minister"]


def test_untitled_names_in_a_list_are_people():
    f = facts("The delegation met with Tom Reyes, Ana Ruiz and Peter Walsh on Tuesday.")
    assert {"Tom Reyes", "Ana Ruiz", "Peter Walsh"} <= {p.name for p in f.people}
    assert not facts("The team trained at Virginia Beach and near Jackson Hole.").people


def test_family_name_first_with_a_given_name_that_is_a_rank_and_no_role_for_neighbours():
    f = facts("The ministers \u2013 Minister for Defence Ana Ruiz, Minister of Defense Ishida Gen, and Secretary of "
              "National Defense Tom Reyes Jr. \u2013 met in Singapore.")
    assert person(f, "Ishida Gen").roles == ["Minister of Defense"]
    assert person(f, "Ana Ruiz").roles == ["Minister for Defence"]
    assert person(f, "Tom Reyes Jr.").roles == ["Secretary of National Defense"]


def test_a_given_name_after_an_article_is_a_thing_not_a_person():
    f = facts("The team won the Stanley Cup and sailors aboard the Ronald Reagan saw a Sherman Tank.")
    assert f.people == []


def test_member_heads_an_office_but_member_states_are_no_person():
    f = facts("Politburo Member Ana Ruiz said ASEAN Member States would send observers.")
    assert person(f, "Ana Ruiz").roles == ["Politburo Member"]
    assert [p.name for p in f.people] == ["Ana Ruiz"]


def test_a_rank_word_that_is_a_known_office_holders_given_name_is_the_name():
    f = facts("TOKYO \u2014 Japan's Defense Minister Gen Nakatani met U.S. Defense Secretary Pete Hegseth on Sunday.")
    p = person(f, "Gen Nakatani")
    assert p is not None and p.roles == ["Defense Minister"]


def test_an_office_of_a_country_before_its_holder_is_no_person():
    f = facts("The Sultan of Brunei, Hassanal Bolkiah, met the Crown Prince of Saudi Arabia, Mohammed bin Salman.")
    assert [p.name for p in f.people] == ["Hassanal Bolkiah", "Mohammed bin Salman"]
    assert person(f, "Mohammed bin Salman").affiliation == "Saudi Arabia"
