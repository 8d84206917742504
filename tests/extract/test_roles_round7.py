"""Roles and affiliations in forms new to the dev articles (issue 12, round 7)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, person


@pytest.mark.parametrize("body, name, office", [
    ('"The jets are here," said General Frank Moore, U.S. Air Forces in Europe and Air Forces Africa commander.',
     "Frank Moore", "Air Forces in Europe and Air Forces Africa commander"),
    ("Adm. Tom Reed, U.S. Naval Forces in Europe commander, said the ships would stay.", "Tom Reed",
     "Naval Forces in Europe commander"),
    ("Lt. Gen. Ana Ruiz, British Forces in Cyprus commander, said the troops were ready.", "Ana Ruiz",
     "Forces in Cyprus commander"),
    ("Maj. Gen. Tom Reed, Coalition Forces in the Gulf chief, told reporters the plan was sound.", "Tom Reed",
     "Coalition Forces in the Gulf chief"),
])
def test_a_command_remit_with_in_before_the_head_is_the_office(body, name, office):
    assert office in person(facts(body), name).roles


@pytest.mark.parametrize("body, name, role", [
    ("Ana Ruiz, the ambassador in Tokyo since 2020, said the talks were useful.", "Ana Ruiz", "ambassador"),
    ("Tom Reed, a spokesman in Washington, said the talks were useful.", "Tom Reed", "spokesman"),
])
def test_a_place_after_a_headed_office_is_still_cut(body, name, role):
    assert person(facts(body), name).roles == [role]


@pytest.mark.parametrize("body, name, office", [
    ('Officer Commanding 1(F) Sqn, Wing Commander Mark Dunn, who led the trail, said: "It went well."', "Mark Dunn",
     "Officer Commanding 1(F) Sqn"),
    ("Officer Commanding No. 3 Squadron, Wing Commander Tom Reed, said the jets were ready.", "Tom Reed",
     "Officer Commanding No. 3 Squadron"),
    ("Commanding Officer 2nd Battalion, Lieutenant Colonel Ana Ruiz, said the soldiers were ready.", "Ana Ruiz",
     "Commanding Officer 2nd Battalion"),
    ("Commander Joint Task Force 633, Major General Tom Reed, said the soldiers were ready.", "Tom Reed",
     "Commander Joint Task Force 633"),
])
def test_an_office_with_a_unit_number_before_rank_and_name(body, name, office):
    assert office in person(facts(body), name).roles


@pytest.mark.parametrize("body, name, office", [
    ("David Cameron spoke to President Barack Obama about Syria.\n\nThe Prime Minister spoke to President Obama on "
     "Friday.", "David Cameron", "Prime Minister"),
    ("Rishi Sunak spoke to Joe Biden on Tuesday. The Prime Minister and the President agreed to keep working.",
     "Rishi Sunak", "Prime Minister"),
    ("Rishi Sunak spoke to Joe Biden on Tuesday. The Prime Minister and the President agreed to keep working.",
     "Joe Biden", "President"),
    ("Keir Starmer met Emmanuel Macron in Paris. The Prime Minister said the talks were useful.", "Keir Starmer",
     "Prime Minister"),
    ("In line with the President's direction, the Secretary of Defense directed the group to stay. Secretary Hale "
     "continues to make clear that the U.S. will act.", "Hale", "Secretary of Defense"),
])
def test_an_office_written_the_office_is_the_one_person_it_can_be(body, name, office):
    assert person(facts(body), name).roles == [office]


@pytest.mark.parametrize("body, name", [
    ("Ana Ruiz, 45, said she was angry about the new tax. The Prime Minister defended the policy.", "Ana Ruiz"),
    ("Jane Doe arrived in Kyiv. She met the Prime Minister of Ukraine, Tom Reed, and the Defence Secretary said "
     "the visit mattered.", "Jane Doe"),
])
def test_an_unnamed_office_is_not_given_to_a_private_person(body, name):
    assert person(facts(body), name).roles == []


def test_a_bare_title_named_before_a_fuller_office_keeps_its_title():
    f = facts("Minister Tom Reed met Ana Ruiz in Jakarta. The Minister for Foreign Affairs said the talks were useful.")
    assert person(f, "Tom Reed").roles == ["Minister"]


@pytest.mark.parametrize("body, absent", [
    ("I'm Corporal Troy Reed with your Marine Minute. Marines with 3rd Battalion trained in Japan.", "Troy Reed"),
    ("This is Sgt. Ana Ruiz reporting from Camp Foster. Lt. Col. Tom Reed said the drill went well.", "Ana Ruiz"),
    ("I\u2019m Ana Ruiz for the Pentagon Channel. The carrier left port on Monday.", "Ana Ruiz"),
])
def test_a_presenter_signing_in_is_no_person_of_the_story(body, absent):
    assert person(facts(body), absent) is None


def test_a_person_quoted_signing_in_is_still_a_person():
    f = facts('"I\'m Tom Reed and I approve," said Senator Tom Reed. Reed spoke in Ohio.')
    assert person(f, "Tom Reed").roles == ["Senator"]


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
