"""Tests of sitbrief.extract.events.titles: the title of an event: its noun phrase or headline clause."""

from __future__ import annotations

import re
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

def _all(body: str) -> list:
    return facts(body, "Defence news", ANCHOR).events


def test_titles_read_like_headlines():
    found = _events(
        "Japan and Australia signed a laser technology development deal in Tokyo on Monday, officials said."
    )
    titles = [t for _, t, _, _ in found]
    assert any(t.startswith("Japan and Australia sign") for t in titles), titles
    for title in titles:
        words = title.split()
        assert len(words) >= 3 and words[-1].lower() not in ("the", "of", "in", "to", "a", "and")
        assert "\u2026" not in title


def test_the_headline_date_dates_the_readout_call():
    facts = extract_facts(
        parse_article(
            "PM call with President Zelenskyy: 28 May 2022\n\n"
            "Prime Minister Boris Johnson spoke to Ukrainian President Volodymyr Zelenskyy this morning."
        )
    )
    call = next(e for e in facts.events if e.kind == "call")
    assert call.when.start == "2022-05-28"
    assert facts.summary.headline.startswith("Johnson speaks to")


def test_a_stated_publication_date_resolves_yesterday_not_the_headline():
    facts = extract_facts(
        parse_article(
            "PM call with President Hale: 15 October 2024\n\n"
            "Published 15 October 2024\n\n"
            "The Prime Minister spoke to President Tom Hale of Canada yesterday evening."
        )
    )
    call = next(e for e in facts.events if e.kind == "call")
    assert call.when.start == "2024-10-14"


def test_titles_end_on_a_whole_phrase_and_name_people_by_surname():
    found = _events(
        "New Zealand and the Philippines will sign an agreement to enable the two countries' militaries to work "
        "together.\n\nSecretary of Defense Lloyd J. Austin III met with Minister Ken Ito in Tokyo on Monday."
    )
    titles = [t for _, t, _, _ in found]
    assert "New Zealand and the Philippines to sign an agreement" in titles
    assert any(t.startswith("Austin meets with Ito") for t in titles), titles
    assert not any(t.endswith(("'", "\u2019")) for t in titles)


def test_a_meeting_on_the_sidelines_of_a_summit_takes_the_date_and_the_title():
    found = _events(
        "Prime Minister Tom Hale and President Ana Reyes held a bilateral meeting on the sidelines of the "
        "NATO summit in Vilnius on Wednesday.\n\nSecretary Jo Blake met Foreign Minister Li Wong on the margins "
        "of the regional forum in Vientiane on 27 May."
    )
    titles = {t: d for _, t, d, _ in found}
    assert titles.get("Hale and Reyes hold a bilateral meeting at the NATO summit in Vilnius") == "2024-05-29"
    blake = "Blake meets Li Wong at the regional forum"
    assert any(t.startswith(blake) and d == "2024-05-27" for t, d in titles.items())


@pytest.mark.parametrize(
    "sentence,title",
    [
        ("The exercise, which began on 2 May, will run until 20 May.", "The exercise begins"),
        ("The agreement, signed in 2019, expires next year.", "The agreement is signed"),
        ("On Tuesday the Chief of Navy hosted his counterpart at Garden Island.",
         "The Chief of Navy hosts his counterpart at Garden Island"),
        (
            "Progress was outlined by the Prime Ministers of the three countries, who met in the margins of the "
            "G20 Summit in Brazil on 19 May.",
            "The Prime Ministers of the three countries meet at the G20 Summit in Brazil",
        ),
    ],
)
def test_titles_are_never_a_bare_noun_a_false_present_or_a_dangling_preposition(sentence, title):
    assert title in [t for _, t, _, _ in _events(sentence)]


@pytest.mark.parametrize(
    "sentence,title,date_,status",
    [
        ("The summit, which had been scheduled for March, was postponed until further notice.",
         "The summit is postponed", None, "postponed"),
        ("The two sides held talks on Thursday and will meet again on Friday.",
         "The two sides to meet again", "2024-06-07", "planned"),
        ("Ministers met in Canberra last week and agreed to hold the next round of talks in Tokyo.",
         "Ministers meet in Canberra", "2024-05-27", "past"),
        ("Last month, the ship completed a six-month deployment to the Middle East.",
         "The ship completes a six-month deployment to the Middle East", "2024-05", "past"),
    ],
)
def test_titles_of_coordinated_and_passive_clauses(sentence, title, date_, status):
    found = {t: (d, s) for _, t, d, s in _events(sentence)}
    assert title in found, found
    assert found[title][1] == status and (date_ is None or found[title][0] == date_)


def test_a_readout_headline_ending_in_jr_is_the_title_and_its_meeting_reads_from_the_body():
    facts = extract_facts(
        parse_article(
            "Readout of Secretary Jo Blake's Meeting With Defence Secretary Tim Cruz Jr.\n\nJune 3, 2024\n\n"
            "Secretary of Defense Jo Blake hosted Defence Secretary Tim Cruz Jr. at the Pentagon today.\n\n"
            "The two leaders welcomed the success of the exercise held in April and look forward to the next "
            "ministerial dialogue in Manila later this year."
        )
    )
    assert facts.article.title.startswith("Readout of Secretary Jo Blake")
    where = {p.id: p.name for p in facts.places}
    meeting = next(e for e in facts.events if e.kind == "meeting")
    assert meeting.title.startswith("Blake hosts Cruz") and meeting.when.start == "2024-06-03"
    exercise = next(e for e in facts.events if e.kind == "exercise")
    assert where.get(exercise.where) is None and "look forward" not in exercise.title


def test_short_names_and_pairs_read_as_headlines():
    found = _events(
        "The frigate returned home after her nine-month deployment to Operation Manitou.\n\n"
        "Crews praised Operation Manitou for its results."
    )
    titles = [t for _, t, _, _ in found]
    assert "Nine-month deployment to Operation Manitou" in titles and len(titles) == 1 or all(
        len(t.split()) >= 3 for t in titles
    )
    facts = extract_facts(
        parse_article("Readout\n\nAdvisor Jake Sullivan met Eyal Hulata. The meeting went well."),
        published=ANCHOR,
    )
    assert all(len(e.title.split()) >= 3 for e in facts.events)


def test_a_short_operation_name_given_to_a_noun_titles_that_noun():
    titles = [t for _, t, *_ in _events("The raid, dubbed Operation Falcon, lasted for two days in March.")]
    assert "Raid dubbed Operation Falcon" in titles


def test_a_title_stops_before_a_bracket_opened_outside_it():
    found = _events("The frigate joined the group (two groups; HMS Hale is operating in the Baltic with one).")
    assert "HMS Hale is operating in the Baltic with one" in {t for _, t, *_ in found}


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "Minister for Veterans and Families, Rt Hon Dr Jane Holloway MP visited troops at Camp Redwood "
            "to thank them.",
            "Holloway visits troops at Camp Redwood",
        ),
        (
            "Secretary of State for Defence, John Carver, visited sailors at the naval base in Portsmouth.",
            "Carver visits sailors at the naval base in Portsmouth",
        ),
    ],
)
def test_an_office_before_the_name_and_letters_after_it_leave_the_headline(body: str, title: str):
    assert title in [t for _, t, _, _ in _events(body)]


def test_a_family_name_first_stays_whole_and_a_long_office_before_a_name_leaves_the_title():
    body = (
        "National Security Adviser Tom Reed met with Party Politburo Member and Director of the Office of the "
        "Foreign Affairs Commission Yang Jiechi in Zurich."
    )
    assert "Reed meets with Yang Jiechi in Zurich" in [t for _, t, _, _ in _events(body)]


def test_a_noun_that_is_the_subject_of_began_reads_as_a_headline():
    found = _events("The exercise began on 20 May and will end on 14 June.")
    assert found[0][1] == "The exercise begins"


def test_an_order_to_remain_is_titled_by_who_gave_it():
    found = _events(
        "In line with the President's direction to achieve peace through strength, the Secretary of Defense "
        "directed the Hale Carrier Strike Group to remain in the Arabian Sea."
    )
    assert found[0][1].startswith("The Secretary of Defense directs the Hale Carrier Strike Group")


def test_a_tour_on_a_named_operation_is_titled_by_the_tour():
    body = "The frigate sailed from Portsmouth en route to a six-month tour on Operation NORTHSTAR in the Baltic."
    titles = [t for _, t, _, _ in _events(body)]
    assert "Operation NORTHSTAR" not in titles, titles


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("Foreign Secretary Ann Roe met in Oslo on 8 March 2016 with the Prime Minister, Tom Reed, and "
         "Minister for Interior Cy Poe.", "Roe meets with Reed and Poe in Oslo"),  # both met: both named
        ("Ann Roe met the Secretary of State, Tom Reed, in Oslo on Monday.", "Roe meets Reed"),
        ("Ann Roe met with her counterpart, Defence Minister Tom Reed, to discuss the alliance on Monday.",
         "Roe meets with Reed"),
    ],
)
def test_an_office_named_by_an_appositive_is_the_persons_name_in_the_title(body: str, title: str) -> None:
    assert title in [t for _, t, _, _ in _events(body)]


@pytest.mark.parametrize(
    "sentence,title",
    [
        ("A memorandum of understanding was signed on Tuesday.", "A memorandum of understanding is signed"),
        ("The ship was commissioned into service on Saturday.", "The ship is commissioned into service"),
        ("Two ships were deployed to the Gulf in May.", "Two ships are deployed to the Gulf"),
    ],
)
def test_a_passive_stays_passive_in_the_title(sentence, title):
    assert title in {t for _, t, *_ in _events(sentence)}


def test_an_event_noun_after_followed_by_is_titled_by_its_own_phrase():
    found = _events("The trip will begin with a ceremony in Hawaii, followed by visits to South Korea and Japan.")
    assert "Visits to South Korea and Japan" in {t for _, t, *_ in found}


def test_a_relative_date_leaves_no_dangling_possessive_in_a_title():
    found = _events("Today\u2019s meeting followed from the Secretary\u2019s visit to London in May.")
    assert all(not t.startswith(("\u2019s", "'s")) and " \u2019s " not in t for _, t, *_ in found)
    assert any(t.startswith("Meeting") for _, t, *_ in found)


def test_a_purpose_infinitive_is_titled_by_the_subject_not_the_movement():
    found = _pairs(
        "Four F-22 Raptors, one C-17 Globemaster III, and approximately 60 Airmen arrived at Spangdahlem Air Base, "
        "Germany, to train with allied air forces and U.S. services through mid-September."
    )
    assert ("exercise", "Four F-22 Raptors and approximately 60 Airmen train with allied air forces") in found
    assert any(kind == "deployment" and "arrive" in title for kind, title in found)


def test_a_title_stops_at_following():
    found = _pairs(
        "HMS Argyll will deploy to Japan to take part in exercises in December 2018 following participation in a "
        "Five Power Defence Arrangements exercise."
    )
    assert ("exercise", "HMS Argyll will deploy to Japan to take part in exercises") in found


def test_a_port_of_call_is_titled_by_its_clause_with_its_places():
    body = "The next ports of call for the group are Amsterdam, then Bergen and Trondheim."
    found = [e for e in _all(body) if e.kind == "meeting"]
    assert "Trondheim" in found[0].title


@pytest.mark.parametrize(
    "sentence",
    [
        "The leaders said that China's plan to impose new security laws on Hong Kong goes against the treaty.",
        "The ministers welcomed the plans by the Dutch government to buy four submarines.",
    ],
)
def test_a_named_party_s_plan_is_an_announcement_titled_without_the_main_verb(sentence):
    found = [e for e in _all(sentence) if e.kind == "announcement" and "plan" in e.title.lower()]
    assert found and not re.search(r"\b(?:goes|welcomed)\b", found[0].title)


@pytest.mark.parametrize("body, title", [
    ("To strengthen alliances and partnerships, Defense Secretary Ann Roe departed Washington on 3 June 2024 for a "
     "week-long trip across two continents.", "Roe departs Washington for a week-long trip across two continents"),
    ("To deepen defence ties with Pacific partners, the Defence Minister Bo Lee is travelling to Fiji and Tonga this "
     "week.", "Lee is travelling to Fiji and Tonga"),
    ("In order to deter aggression, NATO will deploy four battalions to Poland in June 2024.",
     "NATO to deploy four battalions to Poland"),
    ("To mark the anniversary of the alliance, the two navies held a joint exercise in the Baltic Sea on 3 June 2024.",
     "The two navies hold a joint exercise in the Baltic Sea"),
])
def test_a_title_never_opens_on_the_purpose_clause_that_opens_its_sentence(body, title):
    titles = [t for _, t, _, _ in _events(body)]
    assert titles[:1] == [title], titles


def test_a_date_leaves_a_noun_phrase_title_with_its_preposition():
    body = ("The ministers convened a Trilateral Defense Ministerial Meeting in Singapore on June 3, 2024 "
            "during the summit.")
    titles = [e.title for e in _all(body) if e.kind == "meeting"]
    assert titles and " on " not in f"{titles[0]} " and "Singapore" in titles[0]


def test_a_year_that_names_a_noun_stays_in_its_title():
    body = "Progress was made in areas of cooperation set forth in the 2022 Joint Statement."
    assert [(e.title, e.when.start) for e in _all(body)] == [("2022 Joint Statement", "2022")]


def test_a_title_drops_its_attribution():
    body = "Woog said the two defense leaders discussed Hagel's recent trip to the Gulf region and his remarks."
    titles = [e.title for e in _all(body)]
    assert titles and not any(t.startswith("Woog said") for t in titles)


def test_a_listed_predicates_object_is_its_own_planned_event():
    body = ("She will also attend an event at the Pacific Islands Forum Secretariat, participate in a Fijian "
            "women leaders\u2019 roundtable and visit development projects.")
    found = [(e.title, e.status) for e in _all(body)]
    assert ("She to participate in a Fijian women leaders\u2019 roundtable", "planned") in found
    assert not any("Secretariat participate" in title for title, _ in found)


def test_an_upcoming_summit_keeps_upcoming_in_its_title():
    found = facts("The two also discussed the upcoming NATO summit, where unity was vital.", "News", date(2024, 6, 3))
    assert "Upcoming NATO summit" in [e.title for e in found.events]
