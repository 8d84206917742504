"""Roles, ranks and affiliations in forms new to the dev articles (issue 12, second round)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, person


@pytest.mark.parametrize("body, name, rank", [
    ("Sqn Ldr Ana Ruiz flew the aircraft.", "Ana Ruiz", "Sqn Ldr"),
    ("The pilot, Sqn Ldr Ana Ruiz, flew the aircraft.", "Ana Ruiz", "Sqn Ldr"),
    ("Plt Off Tom Reed flew the aircraft.", "Tom Reed", "Plt Off"),
    ("Fg Off Tom Reed flew the aircraft.", "Tom Reed", "Fg Off"),
    ("Wing Cdr Tom Reed flew the aircraft.", "Tom Reed", "Wing Cdr"),
    ("Lt Col Tom Reed led the battalion.", "Tom Reed", "Lt Col"),
    ("Lt. Col. Tom Reed led the battalion.", "Tom Reed", "Lt. Col."),
    ("Cdre Ana Ruiz led the task group.", "Ana Ruiz", "Cdre"),
    ("Air Cdre Ana Ruiz led the air wing.", "Ana Ruiz", "Air Cdre"),
    ("Brig Gen Tom Reed led the brigade.", "Tom Reed", "Brig Gen"),
    ("Lt Cdr Tom Reed commanded the ship.", "Tom Reed", "Lt Cdr"),
])
def test_abbreviated_ranks_stay_out_of_the_name(body, name, rank):
    found = person(facts(body), name)
    assert found is not None, [p.name for p in facts(body).people]
    assert rank in found.roles


@pytest.mark.parametrize("body, name, role, affiliation", [
    ("The defence minister, Tom Reed, visited the base.", "Tom Reed", "defence minister", None),
    ("Tom Reed (Minister for Defence) opened the talks.", "Tom Reed", "Minister for Defence", None),
    ("Ana Ruiz (Foreign Minister of Spain) opened the talks.", "Ana Ruiz", "Foreign Minister", "Spain"),
    ("Tom Reed, Ambassador to Japan, attended the ceremony.", "Tom Reed", "Ambassador to Japan", None),
    ("Japan's ambassador, Tom Reed, attended the ceremony.", "Tom Reed", "ambassador", "Japan"),
    ("Tom Reed, Japan's ambassador to Chile, attended.", "Tom Reed", "ambassador to Chile", "Japan"),
    ("Deputy Foreign Minister Ana Ruiz met the delegation.", "Ana Ruiz", "Deputy Foreign Minister", None),
    ("Former Prime Minister Tom Reed criticised the plan.", "Tom Reed", "Former Prime Minister", None),
    ("Tom Reed, the former prime minister, criticised the plan.", "Tom Reed", "former prime minister", None),
    ("NATO Secretary General Tom Reed welcomed the decision.", "Tom Reed", "NATO Secretary General",
     "North Atlantic Treaty Organization"),
    ("The UN High Commissioner for Refugees, Ana Ruiz, visited the camp.", "Ana Ruiz",
     "UN High Commissioner for Refugees", "United Nations"),
])
def test_offices_before_after_and_in_parentheses(body, name, role, affiliation):
    found = person(facts(body), name)
    assert found is not None, [p.name for p in facts(body).people]
    assert role in found.roles
    assert found.affiliation == affiliation


@pytest.mark.parametrize("body, name, role, affiliation", [
    ("Minister of Foreign Affairs of Japan Ana Ruiz spoke today.", "Ana Ruiz", "Minister of Foreign Affairs", "Japan"),
    ("Minister for Trade of the Republic of Chile Tom Reed spoke today.", "Tom Reed", "Minister for Trade", "Chile"),
])
def test_of_country_in_an_office_before_the_name_is_the_affiliation(body, name, role, affiliation):
    found = person(facts(body), name)
    assert found.roles == [role]
    assert found.affiliation == affiliation


@pytest.mark.parametrize("body", [
    "Ambassador of Japan to Chile Tom Reed spoke today.",
    "Tom Reed, Ambassador of Japan to Chile, spoke today.",
])
def test_an_ambassador_of_a_country_to_another_serves_the_first(body):
    found = person(facts(body), "Tom Reed")
    assert found.roles == ["Ambassador to Chile"]
    assert found.affiliation == "Japan"


@pytest.mark.parametrize("body, name, role", [
    ("UN High Commissioner for Refugees Ana Ruiz visited the camp.", "Ana Ruiz", "UN High Commissioner for Refugees"),
    ("Commissioner for Human Rights Tom Reed visited the camp.", "Tom Reed", "Commissioner for Human Rights"),
])
def test_a_remit_after_for_ends_at_a_given_name(body, name, role):
    assert person(facts(body), name).roles == [role]


def test_high_opens_an_office_at_the_start_of_a_sentence():
    assert person(facts("High Commissioner Ana Ruiz visited the camp."), "Ana Ruiz").roles == ["High Commissioner"]


def test_a_given_name_before_a_street_word_is_a_place_not_a_person():
    f = facts("The two ministers met at the residence in Carlton Gardens, near the park, on Monday.")
    assert [p.name for p in f.people] == []


def test_a_known_figure_matches_with_a_middle_initial_without_its_period():
    f = facts("He met his counterpart, Defense Secretary Lloyd J Austin III, at the Pentagon.")
    assert f.people[0].affiliation == "United States"


def test_a_military_style_command_after_commander_ends_before_a_lower_case_verb():
    f = facts("Lt. Gen. Tom Reed, commander, Marine Forces Command announce the upcoming exercise.")
    assert "commander, Marine Forces Command" in person(f, "Tom Reed").roles


def test_a_figures_surname_after_an_arabic_article_stands_alone():
    f = facts("The ministers discussed a political process that would lead to the end of the Asad regime.")
    assert [p.name for p in f.people] == ["Asad"]


def test_a_remit_joined_by_and_without_a_role_head_stays_one_office():
    f = facts("Tom Reed, Assistant Secretary of State for East Asian and Pacific Affairs, said the talks went well.")
    found = person(f, "Tom Reed")
    assert found.roles == ["Assistant Secretary of State for East Asian and Pacific Affairs"]
    assert found.affiliation == "United States"


def test_two_offices_joined_by_and_still_split():
    f = facts("Deputy Prime Minister and Minister for Defence Tom Reed said the talks went well.")
    assert person(f, "Tom Reed").roles == ["Deputy Prime Minister", "Minister for Defence"]


def test_an_under_secretary_of_state_for_a_remit_is_american():
    f = facts("Tom Reed, Under Secretary of State for Arms Control, said the talks went well.")
    assert person(f, "Tom Reed").affiliation == "United States"


@pytest.mark.parametrize("body, name, role", [
    ("On Monday defence minister Tom Reed visited the base.", "Tom Reed", "defence minister"),
    ("In March foreign minister Ana Ruiz visited the base.", "Ana Ruiz", "foreign minister"),
])
def test_a_date_opening_the_sentence_is_no_part_of_a_lower_case_office(body, name, role):
    assert person(facts(body), name).roles == [role]


def test_senior_colonel_is_one_rank():
    assert person(facts("Senior Colonel Tom Reed told reporters the talks went well."), "Tom Reed").roles == [
        "Senior Colonel"
    ]


@pytest.mark.parametrize("body, roles, affiliations", [
    ("Foreign Ministers Tom Reed and Ana Ruiz met in Canberra on Monday.",
     ["Foreign Minister", "Foreign Minister"], [None, None]),
    ("Defence Ministers Tom Reed of Australia and Ana Ruiz of Chile met in Canberra on Monday.",
     ["Defence Minister", "Defence Minister"], ["Australia", "Chile"]),
])
def test_a_plural_title_before_two_names_gives_each_the_office(body, roles, affiliations):
    f = facts(body)
    assert [p.name for p in f.people] == ["Tom Reed", "Ana Ruiz"]
    assert [p.roles[0] for p in f.people] == roles
    assert [p.affiliation for p in f.people] == affiliations


def test_names_joined_by_and_without_a_title_get_no_office():
    f = facts("Tom Reed and Ana Ruiz met in Canberra on Monday.")
    assert [p.roles for p in f.people] == [[], []]


@pytest.mark.parametrize("body, affiliation", [
    ("Ana Ruiz, the deputy head of mission at the British Embassy, said the talks went well.", "United Kingdom"),
    ("Tom Reed, a senior official at the Japanese Ministry of Defense, said the talks went well.", "Japan"),
    ("Tom Reed, a researcher at the Lowy Institute, said the talks went well.", None),
])
def test_an_office_at_a_national_embassy_or_ministry_serves_its_country(body, affiliation):
    assert facts(body).people[0].affiliation == affiliation


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


def test_us_is_no_initials_of_a_name():
    found = person(facts("U.S. Secretary of State Tom Reed met the delegation."), "Tom Reed")
    assert found.affiliation == "United States"


@pytest.mark.parametrize("body, name, affiliation", [
    ("Ana Ruiz of the Ministry of Foreign Affairs said the talks were useful.", "Ana Ruiz", None),
    ("Tom Reed of Reuters reported the talks were useful.", "Tom Reed", None),
    ("Tom Reed of the State Department said the talks were useful.", "Tom Reed", "United States"),
])
def test_a_name_of_a_body_is_a_person_and_a_news_agency_gives_no_country(body, name, affiliation):
    found = person(facts(body), name)
    assert found is not None, [p.name for p in facts(body).people]
    assert found.affiliation == affiliation


def test_a_body_named_after_a_person_is_no_person():
    assert facts("The Tom Lantos Institute of Human Rights said the talks were useful.").people == []


@pytest.mark.parametrize("body, name, role", [
    ("He met Chief of Staff to the President General Tom Reed today.", "Tom Reed", "Chief of Staff to the President"),
    ("He met Chief of Staff to the Minister Admiral Ana Ruiz today.", "Ana Ruiz", "Chief of Staff to the Minister"),
    ("He met Chief of Staff to the President Tom Reed today.", "Tom Reed", "Chief of Staff to the President"),
])
def test_a_multiword_office_before_to_keeps_the_whole_office(body, name, role):
    found = person(facts(body), name)
    assert found is not None, [p.name for p in facts(body).people]
    assert role in found.roles, found.roles
    assert "President" not in found.roles and "Minister" not in found.roles


def test_an_accented_irish_office_opens_a_person():
    found = person(facts("The minister met Tánaiste Ana Ruiz today for a meeting."), "Ana Ruiz")
    assert found is not None
    assert found.roles == ["Tánaiste"]


@pytest.mark.parametrize("body, name, first", [
    ("He met Director of the Policy Office and Foreign Minister Li Wei.", "Li Wei", "Director of the Policy Office"),
    ("He met Chairman of the Central Planning Commission and President Li Wei.", "Li Wei",
     "Chairman of the Central Planning Commission"),
])
def test_an_office_of_a_named_body_joined_by_and_stays_with_the_next_office(body, name, first):
    found = person(facts(body), name)
    assert found is not None
    assert first in found.roles, found.roles


def test_an_office_of_a_body_before_a_name_is_not_carried_to_the_next_person():
    f = facts("He met Director of the Policy Office Tom Reed and Foreign Minister Li Wei today.")
    assert person(f, "Li Wei").roles == ["Foreign Minister"]


@pytest.mark.parametrize("body", [
    "He met People's Republic of China Foreign Minister Li Wei today.",
    "He met People\u2019s Republic of China Foreign Minister Li Wei today.",
])
def test_a_formal_country_name_with_a_possessive_opens_a_titled_person(body):
    found = person(facts(body), "Li Wei")
    assert found is not None, [p.name for p in facts(body).people]
    assert found.roles == ["Foreign Minister"] and found.affiliation == "China"


def test_a_formal_country_name_before_an_office_of_a_body_is_not_a_person():
    f = facts("He met People's Republic of China Director of the Party (CP) Central Commission and Minister Li Wei.")
    assert not [p.name for p in f.people if "Republic" in p.name]


@pytest.mark.parametrize(
    "body",
    [
        "She met her counterpart, Defence Minister Tom Reed, in Oslo on Monday.",
        "The minister held talks with his Norlandic counterpart Tom Reed in Oslo.",
        "Our host, Tom Reed, welcomed the delegation to Oslo on Tuesday.",
    ],
)
def test_a_relation_to_someone_else_is_not_a_role(body: str) -> None:
    reed = person(facts(body), "Tom Reed")
    assert reed is not None
    assert not any(r.split()[-1].lower() in ("counterpart", "host") for r in reed.roles), reed.roles


@pytest.mark.parametrize(
    ("body", "role"),
    [
        ("Minister for Defence Senator Tom Reed met Secretary of Defense Ana Ruiz in Perth on Monday.",
         "Minister for Defence"),
        ("Minister for Trade the Hon Tom Reed opened the talks in Perth on Monday.", "Minister for Trade"),
    ],
)
def test_a_style_between_an_office_and_the_name_is_not_part_of_the_office(body: str, role: str) -> None:
    assert role in person(facts(body), "Tom Reed").roles


@pytest.mark.parametrize("body, name, rank", [
    ("Navy Adm. Tom Reed will hand over command on Friday.", "Tom Reed", "Adm."),
    ("The ceremony was led by Vice Adm. Ana Ruiz and Lt. Gen. Tom Reed.", "Ana Ruiz", "Vice Adm."),
    ("Lt. Cmdr. Ana Ruiz said the ship was ready.", "Ana Ruiz", "Lt. Cmdr."),
    ("Maj Gen Tom Reed visited the troops at the base.", "Tom Reed", "Maj Gen"),
])
def test_a_rank_alone_is_the_role_as_the_text_writes_it(body, name, rank):
    assert person(facts(body), name).roles == [rank]
