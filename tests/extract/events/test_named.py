"""Tests of sitbrief.extract.events.named: named events: operations, exercises and agreements by name."""

from __future__ import annotations

from datetime import date

import pytest

from sitbrief.extract import extract_facts
from sitbrief.read.article import parse_article
from tests.extract.helpers import facts

ANCHOR = date(2024, 6, 3)

def _events(body: str, title: str = "Defence news") -> list:
    facts = extract_facts(parse_article(f"{title}\n\n{body}"), published=ANCHOR)
    return [(e.kind, e.title, e.when.start, e.status) for e in facts.events]

def _all(body: str) -> list:
    return facts(body, "Defence news", ANCHOR).events


def test_an_event_named_for_a_purpose_gives_way_to_the_verb():
    found = _events("Royal Navy warships are making their way to Norway for one of NATO's biggest exercises.")
    assert [k for k, *_ in found] == ["deployment"]


def test_joining_a_group_a_visit_by_someone_and_named_commemorations_are_events():
    found = _events(
        "The frigate paused on a visit by a NATO task group to Oslo.\n\n"
        "The frigate has just joined Standing Maritime Group 2 for the winter.\n\n"
        "The ship is assigned to the group, including participation in Jutland 100 commemorations at the end of "
        "May \u2013 the group currently comprises two ships."
    )
    titles = {k: t for k, t, _, _ in found}
    assert titles.get("deployment") == "The frigate joins Standing Maritime Group 2 for the winter"
    assert "Visit by a NATO task group to Oslo" in [t for _, t, _, _ in found]
    assert "Jutland 100 commemorations" in [t for _, t, _, _ in found]


def test_launching_a_named_programme_is_an_announcement_but_launching_jets_is_not():
    found = _events(
        "Acknowledging the progress made since the launching of the GCAP in December 2022, the ministers met.\n\n"
        "Typhoon jets launched from the base on Monday."
    )
    assert ("announcement", "2022-12") in {(k, d) for k, _, d, _ in found}
    assert sum(1 for k, *_ in found if k == "announcement") == 1


def test_a_named_exercise_in_an_exercise_area_is_still_an_event():
    found = _events("The frigates joined Exercise Coastal Shield in the Northern Exercise Area on Monday.")
    assert [(k, d) for k, _, d, _ in found] == [("exercise", "2024-06-03")]


def test_multinational_operations_and_missile_firings_are_exercises():
    found = _events("The frigate will take part in multinational maritime operations with partner navies.")
    assert [(k, s) for k, _, _, s in found] == [("exercise", "planned")]
    found = _events("The ship completed engineering work. This was followed by firings of its missile system.")
    assert "exercise" in [k for k, *_ in found]


def test_ships_operating_in_a_named_region_are_deployed():
    body = "The frigate HMS Valiant is currently operating in the Western Pacific with partner navies."
    assert "deployment" in {k for k, *_ in _events(body)}
    assert "deployment" not in {k for k, *_ in _events("The radar keeps operating in a harsh environment.")}


def test_troops_who_fought_in_a_named_battle_report_an_event():
    body = "Also in the news, in 1944 soldiers fought in the Battle of Northfield. The battle lasted for three days."
    assert ("other", 1944) in {(k, int(s[:4])) for k, _, s, _ in _events(body) if s}


def test_a_codename_given_to_the_battle_just_told_is_that_battle():
    body = (
        "Also in the news, in 1944 soldiers fought in the Battle of Northfield. "
        "The battle, codenamed Operation Falcon, lasted for three days."
    )
    assert [(k, s) for k, _, s, _ in _events(body)] == [("other", "1944")]


def test_a_later_paragraphs_operation_does_not_rename_an_earlier_drill():
    body = (
        "Sailors rehearsed defensive drills at sea on Monday. The crew kept watch. The ship is currently "
        "operating in the Coral Sea.\n\nAlso in the news, in 1944 soldiers fought in the Battle of Northfield. "
        "The battle, codenamed Operation Falcon, lasted for three days."
    )
    assert any(k == "exercise" and "drills" in t.lower() and s == "2024-06-03" for k, t, s, _ in _events(body))


def test_a_departure_as_part_of_a_named_deployment_is_that_deployment():
    found = _events(
        "The frigate left its home port of Esquimalt on Monday to join the task group as part of a "
        "nine-month deployment to Operation HORIZON."
    )
    assert [(k, t) for k, t, *_ in found] == [("deployment", "Nine-month deployment to Operation HORIZON")]
    assert found[0][2] == "2024-06-03"


def test_a_patrol_conducted_in_a_named_sea_is_a_deployment_and_routine_patrols_are_not():
    found = _events("HMS Tamar conducted a maritime security patrol in the South China Sea.")
    assert "deployment" in {k for k, *_ in found}
    assert _events("Patrols in the South China Sea are routine.") == []


# --- a decision a named party took is an announcement ("the US decision to reject the request") ---


@pytest.mark.parametrize(
    "sentence",
    [
        "The Foreign Secretary reiterated his disappointment at the US decision to reject the extradition request.",
        "He also welcomed the World Health Assembly's decision to discuss a treaty on pandemic preparedness.",
        "Participants discussed the decision by the French government to expand its counter-terrorism efforts.",
        "The ministers noted Canada's recent decision to join the programme.",
    ],
)
def test_a_named_party_s_decision_is_an_announcement(sentence):
    assert [e for e in _all(sentence) if e.kind == "announcement" and "decision" in e.title.lower()]


# --- the release of a named document is an announcement (words/published_documents.txt) ---


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Prime Minister Trudeau highlighted the upcoming release of Canada's Indo-Pacific Strategy.", "planned"),
        ("The Strategic Defence Review, published this year, highlighted that the UK must act.", "past"),
        ("The ministers welcomed the publication of the Defence White Paper.", "past"),
    ],
)
def test_the_release_of_a_named_document_is_an_announcement(sentence, status):
    found = [e for e in _all(sentence) if e.kind == "announcement"]
    assert found and found[0].status == status


# --- an order given to people named at length is a happening; a quoted name can be what is launched ---


def test_directing_officials_named_at_length_to_launch_a_quoted_group_is_an_announcement():
    body = (
        "President Grey and Prime Minister Black directed the Director of the National Economic Council Anna White "
        "and the Cabinet Secretary Mark Green to launch a 'Special Economic Working Group'."
    )
    assert [e for e in _all(body) if e.kind == "announcement"]


def test_a_quoted_translation_of_a_name_is_no_second_exercise():
    body = "The crew took part in the multi-national exercise Desert Shield, Arabic for \u2018Sand Wall\u2019."
    titles = [e.title for e in facts(body, "Defence news", date(2024, 6, 3)).events]
    assert not any("Sand Wall" in t for t in titles)


def test_a_yearless_date_takes_the_year_the_exercises_name_carries():
    from tests.extract.helpers import facts

    body = "Marines are scheduled to participate in exercise, Valiant Shield 2016, on Tinian from Sept. 15 to 27."
    found = [(e.title, e.when.start) for e in facts(body).events if e.kind == "exercise"]
    assert found == [("Exercise Valiant Shield", "2016-09-15")]
