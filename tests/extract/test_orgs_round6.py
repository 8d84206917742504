"""Organisations and places, round 6: failure classes probed with invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, orgs


@pytest.mark.parametrize("body, name", [
    ("Leaders reaffirmed their work within the Global Coalition to Defeat ISIS and the Aqaba Process.",
     "Global Coalition to Defeat ISIS"),
    ("Ministers of the International Coalition to Counter Daesh met in Rome on Monday.",
     "International Coalition to Counter Daesh"),
])
def test_a_body_named_with_its_purpose_against_a_known_body_keeps_it(body, name):
    found = orgs(body)
    assert name in found
    assert "Islamic State" not in found  # the acronym inside the longer name is no body of its own


def test_a_purpose_naming_no_known_body_is_left_out():
    assert "Global Alliance to Counter Drones" not in orgs("The Global Alliance to Counter Drones met in Rome.")


@pytest.mark.parametrize("body, name", [
    ("Ships sailed under the Five Power Defence Arrangements with Malaysia.", "Five Power Defence Arrangements"),
    ("Ships of the Five Power Defence Arrangements (FPDA) sailed with Malaysia.", "Five Power Defence Arrangements"),
    ("Leaders of the Three Seas Initiative met in Warsaw on Monday.", "Three Seas Initiative"),
])
def test_a_number_word_mid_sentence_opens_a_name(body, name):
    assert name in orgs(body)


def test_a_country_inside_a_name_at_the_sentence_end_is_no_mention():
    f = facts("Coalition forces fought the Islamic State of Iraq and Syria.")
    assert not {p.name for p in f.places} & {"Iraq", "Syria"}


@pytest.mark.parametrize("body, unit", [
    ("Group Captain Tom Reed, Officer Commanding No 1 Squadron, said the aircraft were ready.", "No 1 Squadron"),
    ("Wing Commander Ana Ruiz, Officer Commanding No. 3 Squadron, led the flypast.", "No. 3 Squadron"),
    ("Soldiers from the 1st Battalion, Royal Australian Regiment, trained with U.S. Marines.",
     "1st Battalion, Royal Australian Regiment"),
    ("Troops of the 2nd Battalion, The Rifles, deployed to Estonia.", "2nd Battalion, The Rifles"),
])
def test_numbered_units_keep_their_number_sign_and_regiment(body, unit):
    f = facts(body)
    assert unit in {o.name for o in f.organisations}
    assert "No" not in {p.name for p in f.people}


def test_the_government_of_a_formal_country_name_is_the_country():
    f = facts("Representatives of the Government of the People's Republic of China attended the talks in Canberra.")
    assert not f.organisations
    assert "China" in {p.name for p in f.places}


@pytest.mark.parametrize("body, name", [
    ("Officials of the Embassy of the People's Republic of China in Canberra attended.",
     "Embassy of the People's Republic of China"),
    ("The Ministry of National Defense of the People\u2019s Republic of China issued a statement on Monday.",
     "Ministry of National Defense of the People\u2019s Republic of China"),
])
def test_a_body_of_the_peoples_republic_is_chinas_not_taiwans(body, name):
    assert orgs(body)[name].country == "China"


def test_staff_of_a_company_are_not_part_of_its_name():
    assert "BAE Systems" in orgs("Staff of BAE Systems met officials at the show on Monday.")


@pytest.mark.parametrize("body, name", [
    ("New Zealand is sending three Royal New Zealand Air Force NH90 helicopters and crew.",
     "Royal New Zealand Air Force"),
    ("UK troops joined Nato allies for the exercise in Estonia on Monday.", "North Atlantic Treaty Organization"),
    ("Sailors of the Royal Malaysian Navy joined the exercise on Monday.", "Royal Malaysian Navy"),
])
def test_more_services_and_the_british_spelling_of_nato(body, name):
    assert name in orgs(body)


def test_a_ship_prefix_spelled_out_with_its_letters_is_the_ship():
    f = facts("Her Majesty\u2019s Canadian Ship (HMCS) Toronto departed Toronto on July 14. HMCS Toronto will "
              "join NATO.")
    assert [(o.name, o.country) for o in f.organisations if o.kind == "ship"] == [("HMCS Toronto", "Canada")]
    assert "Toronto" in {p.name for p in f.places}  # the port it departed


def test_a_spelled_out_ship_prefix_alone():
    assert orgs("His Majesty's Australian Ship Anzac arrived in Darwin on Monday.")[
        "His Majesty's Australian Ship Anzac"].country == "Australia"
