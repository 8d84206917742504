"""Tests of sitbrief.extract.events.status: the status of an event (past, planned, postponed, cancelled) and the
tense that resolves its date."""

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


def test_future_tense_is_planned_and_resolves_forward():
    found = _events("The two defence ministers will meet in Tokyo on Monday to discuss the exercise.")
    assert ("meeting", "2024-06-03", "planned") in {(k, d, s) for k, _, d, s in found}


def test_storms_are_not_postponed():
    found = _events("The strike on the port was reported as the storm postponed the ferry service on Monday.")
    assert all(s != "postponed" for k, _, _, s in found if k == "other")


def test_a_timetable_in_the_present_tense_is_planned():
    found = _events("The Minister travels to Tonga on Thursday and will return to Fiji on 20 June.")
    assert ("meeting", "2024-06-06", "planned") in {(k, d, s) for k, _, d, s in found}
    assert all(not t.startswith("The Minister travels to return") for _, t, _, _ in found)


def test_a_future_verb_trigger_beside_a_dated_announcement_is_its_own_event():
    found = _events("The transport dock ship USS Hale will move to Sasebo, Japan, the U.S. Navy announced today.")
    kinds = {k: (d, s) for k, _, d, s in found}
    assert kinds["announcement"] == ("2024-06-03", "past")
    assert kinds["deployment"][1] == "planned"


def test_looking_forward_and_a_progressive_with_a_date_are_planned():
    found = _events(
        "The leaders looked forward to the President's visit to the UK in April.\n\n"
        "The Prime Minister invited the President to the Global Vaccine Summit that the UK is hosting on 4 May."
    )
    dated = {(d, s) for _, _, d, s in found}
    assert ("2025-04", "planned") in dated and ("2025-05-04", "planned") in dated


def test_a_second_verb_keeps_the_subject_and_the_future_and_a_bare_object_is_no_meeting():
    found = _events(
        "While in Manila, Ms Ana Cruz will meet with the President and hold a bilateral meeting with counterpart "
        "Tom Reyes.\n\nThe minister watched a training drill on board the frigate, met with staff and saw the "
        "workshops."
    )
    titles = [t for _, t, _, _ in found]
    assert "Cruz to hold a bilateral meeting with counterpart Reyes" in titles
    assert "Cruz to meet with the President" in titles
    assert not any("staff" in t for t in titles)


def test_agreeing_to_hold_talks_is_a_planned_event_of_its_own():
    found = _events("Ministers met in Canberra last week and agreed to hold the next round of talks in Tokyo.")
    assert ("talks", "planned") in {(k, s) for k, _, _, s in found}


def test_a_named_conference_looked_forward_to_is_one_planned_event():
    found = _events(
        "We look forward to a successful COP 26 in Glasgow.\n\n"
        "The leaders will work together for successful outcomes at the COP26 and the summit."
    )
    planned = [t for k, t, _, s in found if k == "meeting" and s == "planned"]
    assert planned and any("COP" in t for t in planned)
    found = _events("Countries will update their plans by COP26.\n\nThey will seek good outcomes at the COP26.")
    assert found and not any(t.endswith(".") for _, t, _, _ in found)


def test_a_progressive_verb_is_a_second_event_of_its_kind_in_one_sentence():
    found = _events(
        "The frigate has just joined the Standing Maritime Group; the minehunter HMS Hale is operating in the Baltic."
    )
    assert [k for k, *_ in found] == ["deployment", "deployment"]


def test_a_present_progressive_is_ongoing_unless_dated_after_the_article():
    assert _events("The Navy is conducting a large exercise off Okinawa.")[0][3] == "ongoing"
    assert _events("The UK is hosting the summit on 4 June.")[0][2:] == ("2024-06-04", "planned")


def test_a_relative_clause_in_the_past_dates_its_noun_backwards_in_a_future_sentence():
    found = _events("The meeting will build on the Leaders' Summit, that took place in Hiroshima in May, and on talks.")
    assert ("meeting", "2024-05", "past") in {(k, d, s) for k, _, d, s in found}


def test_a_month_in_a_present_tense_sentence_is_the_nearer_one_ahead():
    found = _events(
        "The frigate is assigned to the group throughout the summer, including participation in the Jutland "
        "commemorations at the end of September."
    )
    assert {d[:7] for _, _, d, _ in found if d} == {"2024-09"}
    assert {d for _, _, d, _ in _events("The ministers met in Tokyo in September.")} == {"2023-09"}


@pytest.mark.parametrize(
    "sentence,kind,words",
    [
        ("Ahead of a call with G20 leaders on Friday, the ministers agreed to act.", "call", "call with"),
        ("The commodore said that non-essential training had been postponed for four weeks.", "exercise", "postponed"),
        ("Live-fire drills were cancelled because of the weather.", "exercise", "cancelled"),
        ("HMNZS Aotearoa will undergo maintenance soon to be ready for the cyclone season.", "other", "maintenance"),
        ("The frigate entered a six-month refit at Rosyth.", "other", "refit"),
    ],
)
def test_calls_with_named_parties_postponements_and_maintenance(sentence, kind, words):
    assert any(k == kind and words in t for k, t, *_ in _events(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Ministers committed to meet regularly as part of efforts to address security challenges.",
        "The two leaders decided to meet again in Tokyo next year.",
        "The envoys pledged to meet in Geneva.",
    ],
)
def test_a_decision_to_meet_is_a_planned_meeting(sentence):
    assert "meeting" in _kinds(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Halifax will be operating with its NATO allies in Western and Northern European waters.",
        "The frigate is operating alongside the Japanese navy.",
    ],
)
def test_operating_with_allies_in_the_progressive(sentence):
    assert "exercise" in _kinds(sentence)


def test_asking_someone_to_travel_is_a_planned_visit():
    assert "meeting" in _kinds("The President asked the Secretary of State to visit Beijing next month.")
    assert _pairs("He asked reporters to wait.") == []


# --- hoping to meet or visit is a planned meeting ---


@pytest.mark.parametrize(
    "sentence",
    [
        "The leaders agreed to stay in close touch, and hoped they would be able to meet in person soon.",
        "The two ministers hope to meet again in Tokyo.",
        "She said she hoped to visit Canberra before the end of the year.",
        "The Prime Minister expressed the hope that the two leaders could meet at the summit.",
    ],
)
def test_hoping_to_meet_is_a_planned_meeting(sentence):
    found = [e for e in _all(sentence) if e.kind == "meeting"]
    assert found and found[0].status == "planned"


# --- the main clause after an opening "Once ...," reports a planned event ---


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Once ratified in all three Parliaments, the treaty will enter into force.", "agreement"),
        ("Once the talks conclude, the ministers will sign the agreement in Paris.", "agreement"),
        ("Once the ships arrive, they will conduct joint exercises with the Japanese navy.", "exercise"),
    ],
)
def test_the_main_clause_after_once_is_a_planned_event(sentence, kind):
    found = [e for e in _all(sentence) if e.kind == kind]
    assert found and found[0].status == "planned"


# --- a gathering something happens "ahead of" is a later happening of its own ---


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The frigates exercised together in the East China Sea ahead of a visit to the port of Busan.", "visit"),
        ("The minister flew to Paris on Sunday ahead of the NATO summit.", "summit"),
        ("The Secretary is flying to Washington to meet business leaders ahead of the State Visit.", "State Visit"),
        ("The envoys met in Vienna in preparation for the next round of talks with Iran.", "talks"),
    ],
)
def test_a_gathering_ahead_of_which_something_happens_is_a_planned_event(sentence, word):
    found = [e for e in _all(sentence) if word.lower() in e.title.lower() and e.kind in ("meeting", "talks")]
    assert found and found[-1].status == "planned"
    assert len(_all(sentence)) >= 2


@pytest.mark.parametrize(
    "sentence,start",
    [
        ("The talks come ahead of the NATO summit in Washington in July.", "2024-07"),
        ("The exercise takes place in the run-up to the AUKUS defence ministers' meeting in September.", "2024-09"),
        ("The drills are held in the lead-up to the leaders' summit in Hanoi in March.", "2025-03"),
    ],
)
def test_a_gathering_told_ahead_of_in_the_present_is_planned_and_dated_ahead(sentence, start):
    found = facts(sentence, published=date(2024, 6, 5)).events
    assert any(e.when.start == start and e.status == "planned" for e in found)


@pytest.mark.parametrize(
    "body,kind,when,status",
    [
        ("The ministers met on Monday, after the talks were delayed by a day.", "meeting", "2024-06-03", "past"),
        ("The two leaders spoke by phone on Friday, before the summit was postponed.", "call", "2024-05-31", "past"),
        ("Because of the storm, the summit was postponed until July.", "meeting", "2024-07", "postponed"),
    ],
)
def test_a_postponement_in_another_clause_leaves_the_event_as_told(body, kind, when, status):
    assert (kind, when, status) in {(k, d, s) for k, _, d, s in _events(body)}


@pytest.mark.parametrize(
    "body,when",
    [
        ("HMS Diamond has been deployed in the Red Sea since December.", "2023-12"),
        ("The ship has been on patrol in the Gulf since January.", "2024-01"),
    ],
)
def test_a_state_holding_since_its_date_is_ongoing(body, when):
    assert {(d, s) for _, _, d, s in _events(body)} == {(when, "ongoing")}


@pytest.mark.parametrize(
    "sentence,status",
    [
        ("The talks, originally scheduled for April, took place on 28 May.", "past"),  # its own past verb
        ("The talks, originally scheduled for April, will take place on 28 June.", "planned"),
    ],
)
def test_a_scheduled_event_told_by_a_past_verb_of_its_own_day_before_the_article_is_past(sentence, status):
    found = [e for e in facts(sentence, published=ANCHOR).events if e.kind == "talks"]
    assert [e.status for e in found] == [status]
    assert found[0].when.start == ("2024-05-28" if status == "past" else "2024-06-28")


@pytest.mark.parametrize(  # ANCHOR is Monday 3 June 2024
    "body,when",
    [
        ("The ministers had been due to meet on Thursday in Oslo, but the meeting was postponed.", "2024-05-30"),
        ("The talks, which had been set for Friday, were called off.", "2024-05-31"),
        ("The ministers were due to meet on Thursday but the meeting was postponed.", "2024-06-06"),
        ("The summit had been scheduled for Friday but was postponed until July.", "2024-05-31"),
    ],
)
def test_a_pluperfect_plan_dates_its_day_in_the_past(body, when):
    assert when in {e.when.start for e in _all(body)}
