"""Tests of sitbrief.extract.events.mention: one event mention built from its trigger, date and sentence."""

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

def _pairs(body: str) -> list[tuple[str, str]]:
    return [(e.kind, e.title) for e in facts(body, "Defence news", ANCHOR).events]

def _kinds(body: str) -> list[str]:
    return [kind for kind, _ in _pairs(body)]

def _all(body: str) -> list:
    return facts(body, "Defence news", ANCHOR).events


def test_several_events_in_one_sentence_and_anywhere_in_the_text():
    filler = "\n\n".join("Officials described the long history of cooperation between the navies." for _ in range(6))
    body = (
        f"{filler}\n\nMs Collins will meet President Marcos and will hold a bilateral meeting with counterpart "
        "Gilberto Teodoro, before she returns to New Zealand on 7 June."
    )
    found = _events(body)
    assert len([e for e in found if e[0] == "meeting"]) == 2
    assert ("2024-06-07", "planned") in {(e[2], e[3]) for e in found}


def test_an_aside_in_brackets_leaves_the_subject_whole():
    found = _events(
        "The defence ministers from the Five Eyes nations (Australia, Canada, New Zealand, the United Kingdom "
        "and the United States) met via videoconference on Monday."
    )
    assert ("meeting", "The defence ministers from the Five Eyes nations meet via videoconference") in {
        (k, t) for k, t, _, _ in found
    }


def test_an_event_takes_the_place_of_its_own_clause():
    facts = extract_facts(
        parse_article(
            "Defence news\n\nAfter completing an exercise in the Coral Sea, the carrier group will arrive in the "
            "CENTCOM area next week.\n\nDefence Secretary Jo Hale attended the defence summit in Naples, where he "
            "met with "
            "Defence Minister Gino Rossi to discuss the programme."
        ),
        published=ANCHOR,
    )
    where = {p.id: p.name for p in facts.places}
    places = {e.kind: where.get(e.where) for e in facts.events}
    assert places["deployment"] is None
    assert {where.get(e.where) for e in facts.events if e.title.startswith("Hale meets with Rossi")} == {"Naples"}


def test_a_pronoun_subject_is_the_person_before_it_and_takes_part():
    facts = extract_facts(
        parse_article(
            "Defence news\n\nAdmiral Joe Park visited the Philippines on Monday.\n\n"
            "During the visit, he also met with Defence Secretary Ana Cruz and Senator Ben Ruiz."
        ),
        published=ANCHOR,
    )
    names = {p.id: p.name for p in facts.people}
    met = next(e for e in facts.events if e.title.startswith("Park meets with Cruz"))
    assert [names[i] for i in met.participants if i in names][0] == "Joe Park"


def test_a_specific_event_noun_is_its_own_event_and_participation_reads_takes_part():
    found = _events(
        "Secretary Jo Blake met Minister Tim Hale in Oslo on Monday.\n\n"
        "Secretary Blake thanked Minister Hale for Minister Hale's participation in the counter-piracy ministerial.\n\n"
        "He praised New Zealand's participation in the Resolute Support Mission in Afghanistan.\n\n"
        "The meeting ended with a joint statement."
    )
    titles = [t for _, t, _, _ in found]
    assert "New Zealand takes part in the Resolute Support Mission in Afghanistan" in titles
    assert any(t.endswith("takes part in the counter-piracy ministerial") for t in titles)
    assert len([t for k, t, _, _ in found if k == "meeting"]) == 2


def test_a_numbered_joint_statement_paragraph_keeps_its_subject():
    found = _events(
        "1. On 5 May 2024, Minister Ana Ruiz and Minister Ken Ito held the annual defence ministers' meeting "
        "in Qingdao."
    )
    assert any(t.startswith("Ruiz and Ito hold the annual defence ministers' meeting") for _, t, _, _ in found)


def test_places_of_other_clauses_and_of_openings():
    facts = extract_facts(
        parse_article(
            "Defence news\n\nIn Tokyo, Secretary Jo Blake met Minister Ken Ito on Monday.\n\n"
            "They discussed the situation in the Red Sea and preparations for the Quad ministers' meeting, "
            "which India will host in New Delhi later this month."
        ),
        published=ANCHOR,
    )
    where = {p.id: p.name for p in facts.places}
    places = {e.title: where.get(e.where) for e in facts.events}
    assert places.get("Quad ministers' meeting") == "New Delhi", places
    assert any(t.startswith("Blake meets Ito") and w == "Tokyo" for t, w in places.items()), places


def test_a_long_pair_of_speakers_after_the_news_is_the_subject_of_the_announcement():
    found = _events(
        "New Zealand has extended its naval contribution in the Red Sea, Defence Minister Judith Collins and "
        "Foreign Minister Winston Peters announced today."
    )
    assert any(t.startswith("Collins and Peters announce New Zealand has extended") for _, t, _, _ in found)


def test_a_participle_opening_the_sentence_takes_the_main_subject():
    found = _events("Departing today from Sydney, the lead element of the task group will exercise with partners.")
    assert ("deployment", "The lead element of the task group departs from Sydney", "2024-06-03", "past") in found


def test_an_opening_nominal_phrase_is_done_by_the_main_subject():
    found = _events(
        "Following completion of a scheduled exercise, the USS Hale Strike Group (HSG) will arrive in Guam."
    )
    assert "The USS Hale Strike Group completes a scheduled exercise" in {t for _, t, *_ in found}


def test_a_relative_clause_of_bare_auxiliaries_takes_its_antecedent_as_subject():
    found = _events(
        "The minister updated on the latest equipment, including 10 artillery systems, which would be arriving soon."
    )
    assert any(t.startswith("10 artillery systems would be arriving") for _, t, *_ in found)


def test_an_opening_participle_keeps_a_named_subject_after_an_office_and_drops_an_emptied_bracket():
    found = _events(
        "Arriving in Japan today (Monday 3 June) for the ministers' meeting, Foreign Secretary, Tom Hale will speak."
    )
    assert ("deployment", "Hale arrives in Japan for the ministers' meeting") in {(k, t) for k, t, _, _ in found}


def test_an_opening_upon_phrase_is_not_the_subject():
    found = _events("Upon departing Paris, the Foreign Secretary travelled to Rome on June 1.")
    assert "The Foreign Secretary travels to Rome" in {t for _, t, _, _ in found}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Business Secretary flew to Washington on Sunday evening.",
        "The Defence Secretary heads to a security conference in Singapore.",
    ],
)
def test_flying_and_heading_somewhere_are_travel(sentence):
    assert "meeting" in {k for k, *_ in _events(sentence)}
    assert all("evening" not in t for _, t, *_ in _events(sentence))


def test_a_conference_in_an_opening_venue_phrase_is_the_venue_of_the_main_event():
    found = _events("At the G7 conference in Tokyo, the Foreign Secretary will meet G7 Foreign Ministers.")
    assert [k for k, *_ in found] == ["meeting"] and "conference" not in found[0][1]


def test_an_opening_as_well_as_phrase_is_not_the_subject():
    found = _events(
        "As well as addressing the crew during his visit to the dockyard, the Defence Secretary watched "
        "damage-control training on board HMS Kent."
    )
    assert any(t.startswith("The Defence Secretary watches") for _, t, *_ in found)


@pytest.mark.parametrize(
    "sentence,title",
    [
        (
            "We reaffirm our commitment to peace \u2014 as declared in Kuala Lumpur, Malaysia, on July 28, 2023 \u2014 "
            "and to dialogue.",
            "Declaration in Kuala Lumpur",
        ),
        ("The government declared a state of emergency on Monday.", "The government declares a state of emergency"),
    ],
)
def test_a_declaration_made_somewhere_is_a_statement(sentence, title):
    assert ("statement", title) in {(k, t) for k, t, *_ in _events(sentence)}


@pytest.mark.parametrize(
    "sentence,title",
    [
        ("Officials from both sides met in Oslo last week.", "Officials from both sides meet in Oslo"),
        ("RAF Typhoons scrambled to intercept Russian bombers.", "RAF Typhoons scramble to intercept Russian bombers"),
        ("Collins travelled to Manila on Monday.", "Collins travels to Manila"),
    ],
)
def test_a_capitalised_plural_subject_takes_a_plural_verb(sentence, title):
    assert title in {t for _, t, *_ in _events(sentence)}


def test_a_list_of_countries_stays_the_whole_subject():
    found = _events("Japan, the Philippines and the United States held their first trilateral summit.")
    assert any(t.startswith("Japan, the Philippines and the United States hold") for _, t, *_ in found)
    found = _events("Admiral Kim Lee, the Chief of Navy, met the minister in Seoul.")
    assert any(t.startswith("Kim Lee meets") for _, t, *_ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister holds meetings in Washington with senior officials.",
        "The envoy held talks in New Delhi with Prime Minister Modi.",
    ],
)
def test_meetings_in_a_place_with_a_counterpart(sentence):
    assert {"meeting", "talks"} & set(_kinds(sentence))


# --- a visit named as the subject of "is/are PLACE": "The next ports of call are X" ---


@pytest.mark.parametrize(
    "sentence",
    [
        "The next ports of call for the group are Amsterdam, then Bergen and Trondheim.",
        "Her next port of call is Singapore.",
        "The first port visit of the deployment will be Manila.",
    ],
)
def test_a_port_of_call_told_as_a_place_is_a_visit(sentence):
    assert [e for e in _all(sentence) if e.kind == "meeting"]


def test_a_second_verb_after_another_subject_in_a_quote_is_not_the_speaker_s():
    body = '"We talked about trade, and they hosted a dinner for the delegation," he said.'
    assert "meeting" not in {e.kind for e in _all(body)}


# --- a second clause after ", and" with a subject of its own is titled by that subject ---


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("The minister toured the base, and the general held talks with the commander.", "The general"),
        ("The minister met the President, and the two leaders signed a memorandum.", "The two leaders"),
        ("Work toured the memorial with Sharif, and the chairman held a discussion with the general.", "The chairman"),
    ],
)
def test_a_clause_after_comma_and_keeps_its_own_subject(sentence, start):
    assert [e for e in _all(sentence) if e.title.startswith(start)]


def test_a_dash_inside_brackets_in_the_subject_does_not_cut_the_clause():
    body = (
        "The crews of HMS Duncan, FGS Rhoen (German Navy) and ESPS Almirante (flagship – Spanish Navy), "
        "met senior naval officers and civic leaders at formal receptions in the city."
    )
    assert [e for e in _all(body) if e.kind == "meeting" and "officers" in e.title]
