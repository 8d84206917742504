"""The first page's bottom line, key points and headline ("What"), on invented sentences and articles."""

from __future__ import annotations

from datetime import date

import pytest

from sitbrief.extract.summary import LEAD_IN, absolute_text, brief_headline, cut_off, reads_as_headline, restates
from tests.extract.helpers import facts

WEDNESDAY = date(2024, 6, 12)


def test_this_weekend_reads_as_the_weekend_not_a_week():
    text = absolute_text("The envoy will begin a tour this weekend in Oslo.", WEDNESDAY)
    assert text == "The envoy will begin a tour on the weekend of 15\u201316 June 2024 in Oslo."


def test_a_weekday_inside_a_name_is_not_a_date():
    text = absolute_text("She backed the Black Friday Accord and will sign it on Friday.", WEDNESDAY)
    assert "Black Friday Accord" in text and "on 14 June 2024" in text


def test_a_standfirst_restated_with_other_small_words_counts_once():
    standfirst = "Minister Ann Roe spoke with President Bo Lee."
    assert restates(standfirst, "The Minister spoke to President Lee this evening.")


def test_a_press_release_line_is_not_the_lead():
    assert LEAD_IN.search("The press release issued by the Ministry of Trade on 3 May 2024.")


def test_a_document_title_is_not_a_headline():
    assert not reads_as_headline("Readout of Minister Ann Roe's Meeting with Envoy Bo Lee")
    assert reads_as_headline("Minister Roe meets envoy in Oslo")


def test_a_headline_cut_inside_a_list_is_cut_off():
    lead = "Minister Ann Roe is scheduled to depart tomorrow for Peru, Chile and Brazil, her first trip."
    assert cut_off("Roe is scheduled to depart for Peru", lead)
    assert not cut_off("Roe is scheduled to depart for Peru, Chile and Brazil", lead)


def test_a_purpose_opening_and_a_long_attribution_leave_the_headline():
    lead = ("To deepen ties with partners in the region, Minister Ann Roe will prepare for a two-country tour "
            "across the Andes, Deputy Press Secretary Bo Lee said today.")
    assert brief_headline(lead, WEDNESDAY) == "Minister Ann Roe will prepare for a two-country tour across the Andes"


def test_a_scene_set_in_the_lead_gives_way_to_the_dated_news():
    f = facts(
        "PORTVILLE, June 12, 2024 \u2013 Small children waved paper flags as the band played on the square.\n\n"
        "Families watched quietly from the stands beside the old parade ground.\n\n"
        "On Tuesday, Colonel Ann Roe cased the battalion colours in a ceremony at Camp Vale.\n\n"
        "The battalion deploys to the north later this year."
    )
    assert f.summary.bluf.startswith("On 11 June 2024, Colonel Ann Roe cased")
    assert not any("children" in p.text for p in f.summary.key_points)


def test_a_one_paragraph_readout_still_has_key_points():
    f = facts(
        "Minister Ann Roe spoke by phone on June 11, 2024 with Envoy Bo Lee about the border. "
        "She welcomed the envoy's plan to reopen two crossings before the harvest. "
        "The two discussed the supply of grain to the northern provinces this summer. "
        "They agreed to meet again in Oslo in the autumn to review the crossings."
    )
    assert len(f.summary.key_points) >= 2  # the first sentence and a short one after it are the lead


def test_a_headline_names_the_lead_subject_by_surname():
    f = facts(
        "Deputy Foreign Minister Ann Roe on June 11, 2024 addressed a gathering of envoys in the old city hall, "
        "urging patience over the stalled border talks and the reopening of crossings, officials said."
    )
    assert not f.summary.headline.startswith("Deputy Foreign Minister")


def test_a_habit_is_background_not_a_key_point():
    from sitbrief.extract.summary import is_background

    assert is_background("Fleet units regularly conduct drills with partner navies in the region.")
    assert not is_background("The ministers agreed to meet regularly as members of the new forum.")


def test_a_feature_opening_on_a_time_is_not_the_headline():
    lead = "A new year brought a new mission for the crew of the frigate Vale as it left port on New Year's Day."
    assert brief_headline(lead, WEDNESDAY, "Frigate Vale departs for NATO deployment") == (
        "Frigate Vale departs for NATO deployment"
    )


def test_a_date_set_off_beside_another_of_the_same_day_takes_no_second_preposition():
    thursday = date(2024, 6, 13)
    assert absolute_text("The jets responded yesterday (June 12) to two bombers.", thursday) == (
        "The jets responded yesterday (12 June 2024) to two bombers.")
    assert absolute_text("The envoys met on Tuesday, June 11, in Lima.", thursday) == (
        "The envoys met on Tuesday, 11 June 2024, in Lima.")
    assert absolute_text("On Monday, 10 June, the ministers met in Oslo.", thursday).startswith(
        "On Monday, 10 June 2024, the ministers")


def test_the_narrators_here_is_named_by_the_dateline():
    from sitbrief.extract.summary import here_named

    assert here_named("The minister said here today that talks would go on.", "Lima") == (
        "The minister said in Lima today that talks would go on.")
    assert here_named("Roe and Lee are here to meet officials.", "Accra") == (
        "Roe and Lee are in Accra to meet officials.")
    quoted = "\u201cWe are proud to be here,\u201d she said."
    assert here_named(quoted, "Accra") == quoted
    assert here_named("The talks here in Accra ended.", "Accra") == "The talks here in Accra ended."
    assert here_named("The minister said here that talks would go on.", None) == (
        "The minister said here that talks would go on.")


def test_a_decade_since_which_something_has_been_done_is_background():
    from sitbrief.extract.summary import is_background

    assert is_background("Norway has contributed to patrols in the region since the mid-1990s.")
    assert is_background("The two navies have trained together since the 1980s.")
    assert not is_background("The two navies trained together in the 1980s.")


def test_a_presenters_sign_on_and_sign_off_are_neither_lead_nor_key_point():
    from sitbrief.extract.summary import is_boilerplate

    f = facts(
        "I'm Petty Officer Ann Roe with your Fleet Minute. About 300 sailors from the frigate HMS Vale joined "
        "partners from four navies in exercise Cold Dawn off Norway on 3 May 2024.\n\n"
        "That's it for your Fleet Minute, for more news go to Navy.mil."
    )
    assert f.summary.bluf.startswith("About 300 sailors")
    assert is_boilerplate("That's all for this week, for more news head to Army.mil.")
    assert not is_boilerplate("This is a great day for the Navy, the admiral said.")


def test_a_declarations_event_sentence_ending_on_the_following_is_its_lead():
    f = facts(
        "12 June 2024\n\nChile and Peru are neighbours, partners, and friends. Our relationship rests on shared "
        "history.\n\n"
        "To affirm this commitment, the President of Chile, Ana Roe, and the President of Peru, Bo Lee, on the "
        "occasion of President Lee's visit to Chile on June 11-12, 2024, have reached the following "
        "understandings:\n\n1. Chile and Peru will expand their coastal patrols.",
        header="Joint Declaration Between the Republic of Chile and the Republic of Peru",
    )
    assert f.summary.bluf.startswith("To affirm this commitment"), f.summary.bluf
    assert f.summary.bluf.endswith("have reached the following understandings.")


def test_a_document_title_line_in_the_body_is_not_the_lead():
    f = facts(
        "Joint Declaration by the Prime Minister of Chile and the Prime Minister of Peru on the outcomes of "
        "their meeting in Lima\n\n"
        "We, the Prime Minister of Chile and the Prime Minister of Peru, having met in Lima, Peru, on June 11, "
        "2024, as witnessed by the Secretary-General, declare the following:\n\n"
        "We reaffirm our commitment to peace between our two countries.",
        header="Meeting in Lima",
    )
    assert f.summary.bluf.startswith("We, the Prime Minister of Chile"), f.summary.bluf


def test_a_scene_opening_on_as_gives_way_to_the_title():
    lead = "As the night fog rolls over the harbour, sailors began to load the landing craft aboard HMS Vale."
    assert brief_headline(lead, WEDNESDAY, "Exercise Cold Dawn: sailors practise night landings") == (
        "Exercise Cold Dawn: sailors practise night landings")


def test_a_paragraph_opening_on_history_gives_no_key_point():
    f = facts(
        "12 June 2024\n\nAbout 300 sailors from the frigate HMS Vale joined partners from four navies in exercise "
        "Cold Dawn off Norway on 11 June 2024, the fleet said in a statement issued at its headquarters.\n\n"
        "The frigate will lead the task group through the northern fjords next week.\n\n"
        "Also in the fleet, this week in naval history in 1944 sailors landed in Normandy. "
        "The landings, codenamed Operation Neptune, lasted for several days."
    )
    assert not any("1944" in p.text or "Neptune" in p.text for p in f.summary.key_points)


def test_a_weekday_before_a_date_without_comma_takes_no_second_preposition():
    assert absolute_text("The leaders spoke on Friday 4 December.", date(2015, 12, 6)) == (
        "The leaders spoke on Friday 4 December 2015.")


@pytest.mark.parametrize("lead, expected", [
    ("Foreign Minister Ann Roe met in Vale City (on 8 March 2024) with the Prime Minister, Tom Reed, and the "
     "Chief of Army Staff, General Bo Lee.",
     "Foreign Minister Ann Roe met in Vale City with the Prime Minister, Tom Reed"),
    ("Navy divers began (from 2 May) a search of the harbour at Portville with help from the coastguard.",
     "Navy divers began a search of the harbour at Portville with help from the coastguard"),
    ("The frigate Vale arrived in Portville (on Tuesday) for a five-day visit hosted by the Norland Navy.",
     "The frigate Vale arrived in Portville for a five-day visit hosted by the Norland Navy"),
])
def test_a_bracket_holding_only_a_date_goes_with_it_and_a_cut_keeps_an_aside_whole(lead, expected):
    assert brief_headline(lead, WEDNESDAY) == expected


@pytest.mark.parametrize("lead", [
    "\u201cToday, we join communities across the country to mark the 30th anniversary of Vale's independence.",
    "\"Today we remember those who served in the Gulf, and we thank their families for their sacrifice.",
    "\u201cThis week, I am proud to announce that we will send two more ships to the region.",
])
def test_a_lead_that_is_a_quotation_gives_no_headline(lead):
    assert brief_headline(lead, None) == ""


@pytest.mark.parametrize("body", [
    "Ministers released a statement welcoming Vale's application for membership.\n\n"
    "Today, the Defence Ministers of the Northern Group met in Portville.\n\nThey discussed security.",
    "The Foreign Secretary issued a statement on trade with Norland.\n\n"
    "On 3 June 2024 the Foreign Secretary met Foreign Minister Tom Reed in Portville.\n\nThey discussed trade.",
    "Leaders published a joint statement after their meeting.\n\n"
    "The leaders of Vale and Norland met in Portville on Monday to discuss the border.\n\nThey agreed to meet again.",
])
def test_a_standfirst_that_a_statement_was_released_yields_to_the_meeting_it_reports(body):
    f = facts(body, published=WEDNESDAY)
    main = next(e for e in f.events if e.id == f.summary.event)
    assert main.kind == "meeting", [(e.kind, e.title) for e in f.events]
