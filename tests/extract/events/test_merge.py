"""Tests of sitbrief.extract.events.merge: merging mentions of the same event, within a sentence and across the
article."""

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


def test_only_the_same_event_merges():
    body = (
        "Japan and Australia signed a laser technology deal in Tokyo.\n\n"
        "Separately, Japan signed a shipbuilding contract with the Philippines.\n\n"
        "The laser deal took months to negotiate."
    )
    deals = [e for e in _events(body) if e[0] in ("deal", "agreement")]
    assert len(deals) == 2


def test_a_named_exercise_after_a_lower_case_exercise_and_its_later_mention_are_one():
    body = (
        "Marines boarded the USS Hale off the coast of Okinawa during exercise Blue Chromite 2017.\n\n"
        "This along with the other Blue Chromite training events amplified the readiness of the unit."
    )
    exercises = [t for k, t, _, _ in _events(body) if k == "exercise"]
    assert exercises == ["Exercise Blue Chromite"]


def test_a_visit_and_an_exercise_joined_by_and_are_two_events():
    found = _events("The frigate HMS Kent visited Manila and conducted a passing exercise with the navy on Tuesday.")
    assert {"meeting", "exercise"} <= {k for k, *_ in found}
    assert len(found) == 2


def test_this_deployment_refers_back_to_the_deployment_before_it():
    found = _events(
        "The frigate departed Portsmouth today on a six-month deployment to the Gulf.\n\n"
        "The crew has been preparing for this deployment for the last six months."
    )
    assert [k for k, *_ in found] == ["deployment"]


def test_taking_part_in_an_activity_is_an_event_but_not_twice_for_a_named_exercise():
    found = _events("Sailors from the ship took part in community relations projects in the town.")
    assert [k for k, *_ in found] == ["other"]
    found = _events("Sailors from the ship took part in Exercise Coastal Shield on Monday.")
    assert [k for k, *_ in found] == ["exercise"]


def test_one_sentence_telling_a_named_agreement_twice_gives_one_event():
    events = _events(
        "In March, the Atlantic Maritime Partnership Agreement took effect, allowing faster movement of naval "
        "personnel between Norway and Iceland."
    )
    agreements = [e for e in events if e[0] == "agreement"]
    assert len(agreements) == 1, events


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The leaders met at the G20 Summit of Leaders.\n\n"
                     "They recalled the G7 summit in Italy in June, where leaders agreed to cooperate.",
                     id="summits_with_other_numbers_are_not_merged"),
        pytest.param("Foreign Secretary Tom Hale has embarked on a week long series of visits to European capitals.\n\n"
                     "The Foreign Secretary travelled to Rome on June 1.",
                     id="two_things_one_person_did_share_a_subject_but_are_two_events"),
    ],
)
def test_two_meetings_stay_two_events(body):
    found = _events(body)
    assert len([k for k, *_ in found if k == "meeting"]) == 2


def test_two_legs_of_a_voyage_are_two_events_and_a_strike_group_is_no_strike():
    found = _events(
        "The carrier strike group will arrive in the Central Command area later this month.\n\n"
        "Next week, the strike group will depart the Indo-Pacific for the Central Command area."
    )
    assert [k for k, *_ in found] == ["deployment", "deployment"]


def test_one_visit_told_twice_with_other_verb_forms_is_one_event():
    body = (
        "Minister for Veterans, Rt Hon Jane Holloway MP visited troops at Camp Redwood to thank them.\n\n"
        "Minister for Veterans, Rt Hon Jane Holloway MP, has met Narvian Armed Forces during a visit to Narvia "
        "to thank soldiers for their work."
    )
    visits = [t for _, t, _, _ in _events(body)]
    assert visits == ["Holloway visits troops at Camp Redwood"], visits


def test_a_deployment_named_for_an_operation_is_one_event_and_left_port_is_finite():
    found = _events(
        "A new year brought a new mission for the crew of HMCS Hale as it left its home port of Halifax to join "
        "the NATO group as part of a six-month deployment to Operation REASSURANCE."
    )
    titles = [t for _, t, _, _ in found]
    assert len([t for t in titles if "Operation REASSURANCE" in t]) == 1 and len(found) == 2, found


def test_pulling_into_port_for_a_scheduled_visit_is_one_past_arrival():
    found = _events("The ship USS Hale pulled into Sasebo Naval Base, Japan, June 1, for a scheduled port visit.")
    assert [(k, d, s) for k, _, d, s in found] == [("deployment", "2024-06-01", "past")]


def test_the_next_sentence_retelling_a_deployment_by_its_subject_is_one_event():
    found = _events(
        "Four B-52H bombers returned to Guam on Monday for a Bomber Task Force deployment. "
        "The bombers, from the 96th Bomb Squadron, deployed in support of training with allies."
    )
    assert [k for k, *_ in found] == ["deployment"]


def test_an_arrival_and_a_departure_of_one_ship_stay_two_events():
    found = _events("The destroyer arrived in Manila on Monday. The destroyer departed for Subic on Wednesday.")
    assert len(found) == 2


def test_a_trigger_inside_the_once_clause_stays_conditional():
    assert not [e for e in _all("The agreement will matter once both sides sign it.") if e.kind == "agreement"]


def test_a_bare_noun_after_before_refers_back_and_adds_nothing():
    assert not [e for e in _all("Soldiers trained for weeks before the exercise.") if e.title == "Exercise"]


@pytest.mark.parametrize(
    "later",
    [
        "Our partnership has deep roots and, as our talks today confirmed, it continues to evolve.",
        "As our discussions today showed, the partnership keeps growing.",
        "Our meeting today confirmed the strength of the partnership.",
    ],
)
def test_our_talks_that_day_are_the_meeting_dated_that_day(later):
    body = f"The defence ministers of Canada and France, Jean Roy and Marie Blanc, met today in Ottawa.\n\n{later}"
    events = facts(body, "Defence news", date(2024, 6, 3)).events
    assert [e.evidence for e in events] == [["s1", "s2"]]


@pytest.mark.parametrize(
    "body",
    [
        "On Monday, Secretary Mark Smith met General Obi Okoro at the Pentagon, and Admiral Jane Grey held a separate "
        "discussion with the general, the spokesman said.",
        "This morning, Secretary Mark Smith toured the memorial with Minister Ken Tanaka, and the chairman held "
        "separate talks with the minister, the department said.",
        "On Tuesday, Defence Secretary Tom Hale toured the dockyard with Minister Ken Tanaka, and the First Sea Lord "
        "held a separate discussion with the minister.",
    ],
)
def test_a_separate_meeting_of_the_same_people_stays_its_own_event(body):
    assert len(facts(body, "Defence news", date(2024, 6, 3)).events) == 2


def test_agreements_naming_different_documents_are_not_merged():
    body = (
        "The ministers also signed a memorandum of understanding on defence industrial cooperation.\n\n"
        "In March, Australia and the UK concluded a new defence and security cooperation treaty."
    )
    agreements = [t for k, t, _, _ in _events(body) if k == "agreement"]
    assert len(agreements) == 2, agreements


def test_a_later_mention_of_the_same_document_still_merges():
    body = (
        "Japan and the Philippines signed a reciprocal access agreement in Manila on Monday.\n\n"
        "The agreement allows each country's forces to train on the other's territory."
    )
    assert len([k for k, *_ in _events(body) if k == "agreement"]) == 1


def test_todays_phone_call_is_the_call_told_before():
    body = ("Secretary John Doe called Minister Jane Poe today to continue their consultations.\n\n"
            "Today's phone call followed a meeting between Doe and Poe last month in Canada.")
    calls = [e for e in _events(body) if e[0] == "call"]
    assert len(calls) == 1 and calls[0][2] == "2024-06-03"


def test_a_judged_mention_is_the_event_told_before():
    body = ("Foreign Secretary John Doe will hold talks during a two-day visit to New Zealand.\n\n"
            "He will also unveil a memorial in Wellington.\n\n"
            "\u201cMy visit comes just after thousands of fans came here,\u201d Doe said.")
    visits = [e for e in _events(body) if "visit" in e[1].lower()]
    assert len(visits) == 1 and "two-day visit" in visits[0][1]


def test_a_judged_mention_of_an_event_not_told_before_stays():
    body = ("The Queen toured the base.\n\n"
            "Her Majesty\u2019s visit has been a tremendous boost to morale, the commander said.")
    assert len(_events(body)) == 2  # no earlier visit to retell: the touring is not named a visit


def test_a_departure_retold_by_a_referring_subject_is_one_departure():
    body = ("Foreign Minister Jane Poe departs for Fiji next week, her first trip since 2019.\n\n"
            "The Foreign Minister departs on Monday subject to Fiji's protocols, and will return on 14 June.")
    found = facts(body, "Defence news", date(2024, 6, 7))  # a Friday: "next week" holds Monday 10 June
    departures = [e for e in found.events if e.kind == "deployment" and "depart" in e.title]
    assert len(departures) == 1 and departures[0].when.start == "2024-06-10"


def test_the_noun_of_an_earlier_verb_refers_back_to_its_event():
    body = ("The Queen was formally appointed Vice Admiral of the United Kingdom.\n\n"
            "She received a pennant from Rear Admiral Andy Perks to mark the historic appointment.")
    assert [e[0] for e in _events(body)] == ["appointment"]


def test_the_lead_meeting_retold_with_its_date_in_the_next_sentence_is_one():
    body = (
        "Foreign Secretary Jane Roe held a trilateral meeting with Polish Foreign Minister Adam Nowak and "
        "Ukrainian Foreign Minister Ivan Petrenko.\n\n"
        "Foreign Ministers of Poland, Ukraine and the United Kingdom met in New York on 21 September 2022 and agreed "
        "to keep supporting Ukraine."
    )
    meetings = [e for e in _events(body) if e[0] == "meeting"]
    assert len(meetings) == 1
    assert meetings[0][2] == "2022-09-21"


def test_a_lead_visit_and_a_dated_meeting_next_are_two_events():
    body = (
        "Foreign Secretary Jane Roe will visit Paris, Rome and Berlin.\n\n"
        "In Paris she will meet French Foreign Minister Paul Blanc on 4 June."
    )
    assert len([e for e in _events(body) if e[0] == "meeting"]) == 2


def test_one_noun_named_apart_by_its_proper_words_is_two_events():
    body = (
        "The Prime Minister met Chancellor Merkel in Berlin today.\n\n"
        "The two also discussed the upcoming NATO summit, where the Prime Minister said it was vital for all "
        "countries to display unity.\n\n"
        "The Prime Minister also looked forward to welcoming Chancellor Merkel to next week’s Western Balkans "
        "summit in London."
    )
    summits = [t for k, t, _, _ in _events(body) if k == "meeting" and "summit" in t.lower()]
    assert len(summits) == 2


def test_a_possessor_does_not_name_a_noun_apart():
    from sitbrief.extract.events.merge import _noun_names

    assert _noun_names("Chung-Hoon’s transit through the Taiwan Strait", "transit") == frozenset()
    assert _noun_names("Next week's Western Balkans summit in London", "summit") == {"western", "balkans"}


def test_the_authors_own_talks_and_the_talks_dated_that_day_are_one():
    body = (
        "We were pleased to continue our consultations today.\n\n"
        "In a video teleconference, President Jane Roe talks with Prime Minister Tom Reed Monday, June 3, 2024."
    )
    talks = [e for e in _events(body) if e[0] == "talks"]
    assert len(talks) == 1
