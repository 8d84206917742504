"""Tests of sitbrief.extract.summary: the BLUF and key points: the lead, with relative dates made absolute;
background sentences."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from sitbrief.extract import extract_facts
from sitbrief.extract.summary import (
    LEAD_IN,
    absolute_text,
    brief_headline,
    clean_lead,
    cut_off,
    has_verb,
    is_boilerplate,
    reads_as_headline,
    restates,
    told_of,
)
from sitbrief.extract.titles import finish_title
from sitbrief.read.article import read_article
from tests.extract.helpers import facts

ANCHOR = date(2024, 6, 14)  # a Friday

THU = date(2024, 3, 14)

WEDNESDAY = date(2024, 6, 12)

ROOT = Path(__file__).resolve().parents[2]

FIXTURES = ROOT / "tests" / "fixtures" / "articles"

DEV = ROOT / "benchmarks" / "extraction" / "articles" / "dev"

ARTICLE_SUFFIXES = (".txt", ".md", ".html")

FIXTURE_ARTICLES = [p for p in FIXTURES.iterdir() if p.suffix in ARTICLE_SUFFIXES and not p.name.startswith("README")]

CASES = sorted(FIXTURE_ARTICLES) + sorted(
    p for p in (DEV.iterdir() if DEV.is_dir() else []) if p.suffix == ".txt"
)

DOUBLED = re.compile(r"\b(\w+)\s+\1\b", re.I)

DANGLING = re.compile(
    r"\b(?:the|of|in|on|a|an)\s*(?:[,.;:!?]|$)|\b(?:the|a|an)\s+(?:in|on|at|of|by|for|from|to|and)\b", re.I
)

LEAD_IN_RX = re.compile(
    r"\b(?:provided|issued|released|made) the following\b|:\s*$|"
    r"^(?:joint\s+)?(?:statement|readout)\s+from\b[^.]{0,30}:",
    re.I,
)

DATELINE = re.compile(  # "MANILA, June 3 -", "Washington, DC - "
    r"^[A-Z][A-Z .'-]{2,},(?:\s+[A-Z][a-z]+)*\s*[\u2013\u2014-]|^[A-Z][a-z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2},"
    r"\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\s+[\u2013\u2014-]+\s"
)

DANGLING_TITLE = re.compile(r"\b(?:the|of|in|on|at|to|for|from|by|with|a|an|and|or|that|which)\s*$", re.I)

def _problems(text: str, source: str) -> list[str]:
    """Return what is wrong with one sentence or title of the brief."""
    found = []
    if (m := DOUBLED.search(text)) and m.group(0).lower() not in source.lower():
        found.append(f"doubled word {m.group(0)!r}")
    if (m := DANGLING.search(text)) and m.group(0).strip().lower() not in source.lower():
        found.append(f"dangling {m.group(0)!r}")
    if LEAD_IN_RX.search(text):
        found.append("attribution lead-in")
    if DATELINE.match(text):
        found.append("dateline")
    if text.count("(") != text.count(")"):
        found.append("unbalanced bracket")
    if "\u2026" in text and "\u2026" not in source:
        found.append("ellipsis not in the source")
    return found

@pytest.fixture(scope="module", params=CASES, ids=[p.name for p in CASES])
def brief(request):
    article = read_article(request.param)
    return extract_facts(article), article.text

TUESDAY = date(2024, 6, 4)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The talks are scheduled for Jan. 15-16 in Oslo.",
         "The talks are scheduled for 15\u201316 January 2025 in Oslo."),
        ("She sent condolences over yesterday's attack.", "She sent condolences over the 13 June 2024 attack."),
        ("Yesterday's talks went well.", "The 13 June 2024 talks went well."),
        ("The minister spoke to him yesterday evening.", "The minister spoke to him on the evening of 13 June 2024."),
        ("The deal will be signed later this year.", "The deal will be signed later in 2024."),
        ("The unit will be ready before the end of the year and more.",
         "The unit will be ready before the end of 2024 and more."),
        ("The ministers met on Thursday (13 June 2024) and agreed.",
         "The ministers met on Thursday (13 June 2024) and agreed."),
        ("This week that plan began to fray.", "In the week of 10 June 2024, that plan began to fray."),
        ("The envoy will visit from June 20 to 22.", "The envoy will visit from 20 to 22 June 2024."),
        ("For most of the past year, the navies were busy.", "For most of the past year, the navies were busy."),
        ("This year marks 100 years since the first visit.", "2024 marks 100 years since the first visit."),
        ("Last week saw three launches.", "The week of 3 June 2024 saw three launches."),
    ],
)
def test_relative_dates_become_absolute_without_garbling(sentence: str, expected: str) -> None:
    assert absolute_text(sentence, ANCHOR) == expected


def test_a_period_with_no_absolute_wording_stays_as_written() -> None:
    text = "The pact is due in the coming season of talks, officials said."
    assert absolute_text(text, ANCHOR) == text
    assert "(" not in absolute_text("They hope to meet later in the decade.", ANCHOR)


def test_a_speaker_label_is_not_part_of_the_lead() -> None:
    assert clean_lead("Jane Roe: The minister will visit the capital next month.") == (
        "The minister will visit the capital next month."
    )
    assert clean_lead("Note: short.") == "Note: short."


@pytest.mark.parametrize(
    "sentence",
    [
        "Q: Could you tell us more about the visit?",
        "(From a ministry news release.)",
        "For more news from the fleet, visit www.example.mil/fleet.",
        "We have noted the reports.",
        "I would refer you to the competent authorities for details.",
    ],
)
def test_questions_source_notes_and_non_answers_are_not_key_points(sentence: str) -> None:
    assert is_boilerplate(sentence)


def test_reporting_is_not_boilerplate() -> None:
    assert not is_boilerplate("The two navies practised a combined search for a disabled submarine.")
    assert not is_boilerplate('"Will the pact hold?" the minister asked, before signing it.')


def test_the_headline_never_stops_inside_a_phrase() -> None:
    lead = ("Navy warships of the allied task group were making their way north for one of the biggest "
            "exercises held in the region in recent years, officials said.")
    assert cut_off("Navy warships were making their way north for one of the biggest", lead)
    assert not cut_off("Navy warships of the allied task group were making their way north", lead)
    found = brief_headline(lead, ANCHOR, "Warships head north for exercise")
    assert not found.endswith("biggest") and not cut_off(found, lead, True)


def test_a_lead_on_a_subordinate_clause_gives_way_to_the_title() -> None:
    lead = "While the talks would help most of the region, the envoy could only see a failure, the minister said."
    assert brief_headline(lead, ANCHOR, "Envoy sees failure in talks") == "Envoy sees failure in talks"


def test_an_opening_adverbial_and_a_second_clause_are_dropped() -> None:
    lead = "In line with the new plan, the minister ordered the frigate to remain in the gulf for two more months."
    assert brief_headline(lead, ANCHOR).startswith("The minister ordered the frigate")
    lead = "The minister spoke to the general and they discussed the attack and the missile test."
    assert brief_headline(lead, ANCHOR) == "The minister spoke to the general"


def test_a_headline_needs_a_verb_and_a_byline_is_no_title() -> None:
    lead = ("The navy's cruiser, the marine corps, the coast guard, the allied navy and its marine corps "
            "kicked off the annual exercise with a ceremony at the naval base.")
    assert brief_headline(lead, ANCHOR, "By Petty Officer Jane Roe, Fleet Public Affairs") == ""
    assert not has_verb("The navy's cruiser, the marine corps and the coast guard")


def test_a_date_removed_from_an_opening_phrase_leaves_no_gap() -> None:
    lead = "For most of the past year, the coast guards of the region have been busier than ever at sea."
    assert not brief_headline(lead, ANCHOR).startswith("For most of the,")


def test_an_opening_date_line_is_cut_and_an_open_standfirst_closed() -> None:
    assert clean_lead("May 4, 2020 \u2013 Two frigates are returning home after three years away.") == (
        "Two frigates are returning home after three years away."
    )
    assert clean_lead("The minister visited troops at the camp to thank them") == (
        "The minister visited troops at the camp to thank them."
    )


def test_a_title_in_capitals_or_a_compound_adjective_is_no_headline() -> None:
    lead = "The 1st Brigade, 4th Division, will replace the 2nd Brigade as part of a regular rotation of forces."
    kicker = "CAMP NORTH, PROVINCE [REGION], COUNTRY"
    assert brief_headline(lead, ANCHOR, kicker) != kicker
    assert not has_verb("The guided-missile destroyer USS Example")


@pytest.mark.parametrize(
    ("sentence", "known"),
    [
        ("The support will deploy by transport aircraft from the northern air base on a number of flights "
         "from Monday to Wednesday.", "Monday"),
        ("The frigates sail in company between Tuesday and Thursday.", "Tuesday"),
    ],
)
def test_the_end_of_a_weekday_range_never_falls_before_its_start(sentence: str, known: str) -> None:
    from sitbrief.text.dates import DateExpr

    start = DateExpr(known, (0, 0), "2024-06-17", "2024-06-17", "day", "as its event")  # the start, resolved ahead
    out = absolute_text(sentence, ANCHOR, {known: start})
    assert "17 June 2024" in out, out
    assert "12 June" not in out and "13 June" not in out, out


@pytest.mark.parametrize(
    "sentence",
    [
        "VOA's Ann Roe contributed to this report.",
        "Tom Reed in Portville and Bo Lee in Vale contributed to this story.",
        "Additional reporting by Ann Roe; editing by Tom Reed.",
        "(Reporting by Ann Roe in Portville; Writing by Tom Reed)",
        "Writing by Bo Lee; Edited by Cy Poe",
    ],
)
def test_a_reporters_credit_line_is_not_a_key_point(sentence: str) -> None:
    assert is_boilerplate(sentence)


def test_contributing_to_an_effort_is_news() -> None:
    assert not is_boilerplate("Norland contributed to the report's findings on the exercise.")
    assert not is_boilerplate("The frigate contributed two helicopters to the operation.")


@pytest.mark.parametrize(("sentence", "expected"), [
    ('"Today, we join our partners to mark the anniversary," the minister said on Monday.',
     '"Today, we join our partners to mark the anniversary," the minister said on 3 June 2024.'),
    ("\u201cWe met them yesterday,\u201d she said.", "\u201cWe met them yesterday,\u201d she said."),
])
def test_a_quotation_keeps_its_relative_dates_as_spoken(sentence: str, expected: str) -> None:
    assert absolute_text(sentence, date(2024, 6, 4)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The ships will deploy in the coming weeks.",
        "They will meet in spring 2025.",
        "They will meet this summer.",
        "The rifle enters service in FY25.",
        "Deliveries start in Q3 2024.",
    ],
)
def test_a_vague_span_reads_as_written(sentence):
    assert absolute_text(sentence, THU) == sentence


@pytest.mark.parametrize(
    "sentence,written",
    [
        ("They deployed in March last year.", "They deployed in March 2023."),
        ("Last Thursday the ministers met.", "On 7 March 2024, the ministers met."),
    ],
)
def test_months_of_last_year_and_sentence_initial_weekdays_read_absolute(sentence, written):
    assert absolute_text(sentence, THU) == written


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("The minister met his counterpart on Sunday 10 March in Paris.",
         "The minister met his counterpart on Sunday 10 March 2024 in Paris."),
        ("The envoy spoke to reporters late Tuesday in Rome.",
         "The envoy spoke to reporters late on 12 March 2024 in Rome."),
        ("The minister will visit Canberra later this month.", "The minister will visit Canberra later in March 2024."),
        ("Earlier on Wednesday the navy announced the drills.",
         "Earlier on 13 March 2024 the navy announced the drills."),
    ],
)
def test_the_opening_words_of_a_date_stay_as_written(sentence, expected):
    assert absolute_text(sentence, THU) == expected


def test_a_count_since_stays_as_written():
    sentence = "Just six months have passed since our last meeting."
    assert absolute_text(sentence, THU) == sentence


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("The vote is planned for the week of March 18.", "The vote is planned for the week of 18 March 2024."),
        ("Talks are set for the week beginning 3 June in Geneva.",
         "Talks are set for the week beginning 3 June 2024 in Geneva."),
    ],
)
def test_the_week_of_a_day_keeps_its_words(sentence, expected):
    assert absolute_text(sentence, THU) == expected


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
        "The jets responded on 12 June 2024 to two bombers.")  # the relative day gives way to the date it names
    assert absolute_text("The envoys met on Tuesday, June 11, in Lima.", thursday) == (
        "The envoys met on Tuesday, 11 June 2024, in Lima.")
    assert absolute_text("On Monday, 10 June, the ministers met in Oslo.", thursday).startswith(
        "On Monday, 10 June 2024, the ministers")


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("Arriving in Tokyo today (Thursday 13 June) for the meeting, the minister spoke.",
         "Arriving in Tokyo on 13 June 2024 for the meeting, the minister spoke."),
        ("Today (13 June) the minister met the envoy.", "On 13 June 2024, the minister met the envoy."),
        ("The jets launched from the base yesterday (12 June).", "The jets launched from the base on 12 June 2024."),
        ("She will join the meeting in Lima tomorrow (14 June).", "She will join the meeting in Lima on 14 June 2024."),
        ("Today, 13 June, I visited the memorial.", "On 13 June 2024, I visited the memorial."),
        ("The talks end today, 13 June, in Lima.", "The talks end on 13 June 2024, in Lima."),
        ("Today, 12 ships sailed from Lima.", "On 13 June 2024, 12 ships sailed from Lima."),
        ("\u201cWe leave today (13 June),\u201d she said.", "\u201cWe leave today (13 June),\u201d she said."),
    ],
)
def test_a_relative_day_beside_the_date_it_names_gives_way_to_that_date(sentence: str, told: str) -> None:
    assert absolute_text(sentence, date(2024, 6, 13)) == told


def test_a_relative_day_beside_its_date_gives_way_to_it_with_no_publication_date_known():
    assert absolute_text("The jets responded yesterday (August 23) to a bomber.", None) == (
        "The jets responded on August 23 to a bomber.")


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
    assert f.summary.bluf.endswith("have reached understandings.")  # no "the following" pointing past the lead


def test_a_document_title_line_in_the_body_is_not_the_lead():
    f = facts(
        "Joint Declaration by the Prime Minister of Chile and the Prime Minister of Peru on the outcomes of "
        "their meeting in Lima\n\n"
        "We, the Prime Minister of Chile and the Prime Minister of Peru, having met in Lima, Peru, on June 11, "
        "2024, as witnessed by the Secretary-General, declare the following:\n\n"
        "We reaffirm our commitment to peace between our two countries.",
        header="Meeting in Lima",
    )
    told = "The Prime Minister of Chile and the Prime Minister of Peru met in Lima"  # whom "We, the ..." names
    assert f.summary.bluf.startswith(told), f.summary.bluf


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


def test_bottom_line_and_key_points_are_grammatical(brief):
    facts, source = brief
    texts = [facts.summary.bluf, *(p.text for p in facts.summary.key_points)]
    bad = {t: p for t in texts if t and (p := _problems(t, source))}
    assert not bad, bad


def test_headline_is_one_short_clause(brief):
    facts, source = brief
    headline = facts.summary.headline
    assert len(headline.split()) <= 20, headline
    assert not _problems(headline, source), (headline, _problems(headline, source))
    assert not DANGLING_TITLE.search(headline), headline


def test_event_titles_read_like_headlines(brief):
    facts, source = brief
    bad = [
        e.title
        for e in facts.events
        if len(e.title.split()) < 3 or DANGLING_TITLE.search(e.title) or _problems(e.title, source)
    ]
    assert not bad, bad


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The drills are scheduled to run through Friday and involve 900 troops.",
         "The drills are scheduled to run through 7 June 2024 and involve 900 troops."),
        ("The exercise runs through June 14 off Okinawa.", "The exercise runs through 14 June 2024 off Okinawa."),
        ("Talks will continue till Thursday in Geneva.", "Talks will continue till 6 June 2024 in Geneva."),
        ("Ships will remain on station past Friday.", "Ships will remain on station past 7 June 2024."),
    ],
)
def test_a_date_after_through_till_or_past_takes_no_second_preposition(sentence: str, expected: str) -> None:
    assert absolute_text(sentence, TUESDAY) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "He was interviewed on the BBC's Today programme about the talks.",
        "She told NHK\u2019s Sunday programme that the deal holds.",
        "The ministry's Monday statement said the ships had left.",
        "The ministers\u2019 Friday meeting was cancelled.",
    ],
)
def test_a_date_word_after_a_possessive_stays_as_written(sentence: str) -> None:
    assert absolute_text(sentence, TUESDAY) == sentence


@pytest.mark.parametrize(
    ("found", "sentence"),
    [
        ("Leaders convene to reaffirm cooperation between Australia",
         "Leaders convened to reaffirm cooperation between Australia, India, Japan, and the United States."),
        ("The ministers met in Oslo", "The ministers met in Oslo, Stockholm, Helsinki and Riga."),
        ("The envoys gathered in Lima", "The envoys gathered in Lima, the Hague, Quito, and Bogota."),
        ("The leaders co-host an event on the Partnership",
         "The leaders co-hosted an event on the Partnership for Global Infrastructure on the margins of the summit."),
        ("Henare will visit Fiji", "Henare will visit Fiji and Australia next week."),
        ("The Secretary directs the strike group to remain",
         "The Secretary directed the strike group to remain in the Central Command area."),
        ("The frigate will stay", "The frigate will stay in the Gulf until May."),
        ("Two battalions will be", "Two battalions will be based at Camp Adazi from March."),
    ],
)
def test_a_headline_stopping_inside_a_list_a_name_or_before_a_complement_is_cut_off(found: str, sentence: str) -> None:
    assert cut_off(found, sentence) and cut_off(found, sentence, True)


@pytest.mark.parametrize(
    ("found", "sentence"),
    [
        ("The ministers met in Oslo", "The ministers met in Oslo, where they agreed a plan."),
        ("Biden speaks with Morrison", "Biden spoke with Premier Scott Morrison of Australia to highlight ties."),
        ("The JEF ministers met in Oslo", "The JEF ministers met in Oslo and agreed a plan."),
        ("Abbott met Key", "Abbott met Key and the two leaders agreed to talk again."),
        ("Talks will remain open", "Talks will remain open."),
    ],
)
def test_a_headline_ending_with_its_clause_is_not_cut_off(found: str, sentence: str) -> None:
    assert not cut_off(found, sentence)


@pytest.mark.parametrize(
    "title",
    [
        "FCDO statement in response to dangerous actions by vessels near the shoal",
        "Minister for Asia statement on the launch of a ballistic missile",
        "United States-Indonesia-EU Joint Statement on Partnership for Global Infrastructure",
        "Chief Pentagon Spokesman Jo Bloggs Statement on Force Posture Updates",
        "Joint Readout of the Defence Ministers' Meeting",
    ],
)
def test_a_named_document_is_no_headline(title: str) -> None:
    assert not reads_as_headline(title)


@pytest.mark.parametrize(
    "title",
    ["The UK issued a statement on the launch", "Ministers released a statement welcoming Finland",
     "Japan and Australia sign a statement of intent on space"],
)
def test_a_headline_about_a_statement_is_still_a_headline(title: str) -> None:
    assert reads_as_headline(title)


def test_a_document_name_line_is_not_the_lead_but_the_news_after_it_is() -> None:
    found = facts(
        "Ministry statement in response to dangerous actions by patrol vessels near the reef.\n\n"
        "A ministry spokesperson said:\n\nThe UK strongly condemns the dangerous actions taken by patrol vessels."
    )
    assert found.summary.bluf.startswith("The UK strongly condemns")


@pytest.mark.parametrize(
    ("text", "verbal"),
    [("The UK strongly condemns the actions", True), ("Norway deploys two frigates", True),
     ("Launching from the air base", False), ("Statement on the launch of a missile", False)],
)
def test_a_listed_present_tense_verb_is_a_verb_and_a_bare_or_ing_form_is_not(text: str, verbal: bool) -> None:
    assert has_verb(text) is verbal


@pytest.mark.parametrize(
    ("body", "bluf"),
    [
        ("The Prime Minister, Ann Roe, today issued the following statement on Vale Independence Day:\n\n"
         "\"Today, we join Vale communities around the world to celebrate the anniversary of Vale's independence.\n\n"
         "\"Norland was the first country to recognize Vale's independence in 1991.\"",
         "The Prime Minister, Ann Roe, on 4 June 2024 issued a statement on Vale Independence Day: \"Today, we join "
         "Vale communities around the world to celebrate the anniversary of Vale's independence.\""),
        ("General Bo Lee, Chief of the Defence Staff, released the following statement:\n\n"
         "\u201cI condemn the attack on the base. We will find those responsible.\u201d",
         "General Bo Lee, Chief of the Defence Staff, released a statement: \u201cI condemn the attack on the "
         "base.\u201d"),
        ("The Foreign Minister delivered the following remarks at the memorial:\n\n"
         "\u201cWe remember the fallen of both wars. Their sacrifice is not forgotten.\u201d",
         "The Foreign Minister delivered remarks at the memorial: \u201cWe remember the fallen of both wars.\u201d"),
        ("Foreign Secretary Ann Roe said today:\n\n"
         "\u201cThe attack on civilians in Norland is an outrage. The UK stands with the people of Norland.\u201d",
         "Foreign Secretary Ann Roe said on 4 June 2024: \u201cThe attack on civilians in Norland is an "
         "outrage.\u201d"),
    ],
)
def test_a_statement_given_as_a_quotation_is_led_by_who_issued_it(body: str, bluf: str) -> None:
    found = facts(body, published=TUESDAY)
    assert found.summary.bluf == bluf
    assert found.summary.bluf.count("\u201c") == found.summary.bluf.count("\u201d")


def test_a_spokespersons_said_gives_a_readout_not_a_statement() -> None:
    found = facts("A ministry spokesperson said today:\n\n"
                  "\u201cThe Prime Minister spoke to President Lee of Vale. They discussed the talks in Lima.\u201d",
                  published=TUESDAY)
    assert not found.summary.bluf.startswith("A ministry spokesperson"), found.summary.bluf
    assert "\u201c" not in found.summary.bluf, found.summary.bluf


@pytest.mark.parametrize(
    "body",
    ["\u201cToday, President Ann Roe and President Bo Lee of Vale had a phone call. They discussed the talks in "
     "Lima.\n\nThe two leaders agreed to meet again in July.\u201d",
     "\"Today, President Ann Roe and President Bo Lee of Vale had a phone call.\n\nThey agreed to meet in July.\""],
)
def test_a_statement_quoted_whole_with_nobody_named_at_its_close_is_the_releases_own_report(body: str) -> None:
    bluf = facts(body, published=TUESDAY).summary.bluf
    assert bluf.startswith("On 4 June 2024, President Ann Roe and President Bo Lee"), bluf
    assert "\u201c" not in bluf and '"' not in bluf, bluf


def test_a_quotation_opening_the_lead_and_closed_by_its_speaker_stays_a_quotation() -> None:
    bluf = facts("\u201cToday we stand with Vale. We will not waver,\u201d Defence Minister Ann Roe said in Lima.",
                 published=TUESDAY).summary.bluf
    assert bluf.startswith("\u201cToday we stand with Vale."), bluf


@pytest.mark.parametrize(
    ("lead", "told", "who"),
    [("We, the leaders of Norland, Vale, and Lorn, met in Lima.",
      "The leaders of Norland, Vale, and Lorn met in Lima.", "the leaders of Norland, Vale, and Lorn"),
     ("On 3 June, we, the leaders of Norland and Vale mark the anniversary of the pact.",
      "On 3 June, the leaders of Norland and Vale mark the anniversary of the pact.",
      "the leaders of Norland and Vale"),
     ("We, the Prime Ministers of Norland and Vale, as witnessed by Lorn, declare the following.",
      "The Prime Ministers of Norland and Vale, as witnessed by Lorn, declare the following.",
      "the Prime Ministers of Norland and Vale"),
     ("We reaffirm our commitment.", "We reaffirm our commitment.", None),
     ("\u201cWe, the people, stand firm,\u201d she said.", "\u201cWe, the people, stand firm,\u201d she said.", None)],
)
def test_a_lead_naming_who_we_are_is_told_of_them(lead: str, told: str, who: str | None) -> None:
    from sitbrief.extract.summary import self_named

    assert self_named(lead) == (told, who)


def test_a_joint_statement_naming_its_signatories_is_told_of_them_throughout() -> None:
    found = facts("We, the leaders of Norland and Vale, met today in Lima for our annual summit.\n\n"
                  "We agreed to deepen our cooperation on maritime security.", published=TUESDAY)
    told = " ".join([found.summary.bluf, *(p.text for p in found.summary.key_points)])
    assert told.startswith("The leaders of Norland and Vale met on 4 June 2024 in Lima for their annual summit."), told
    assert "They agreed to deepen their cooperation on maritime security." in told, told


@pytest.mark.parametrize(
    ("lead", "told"),
    [("The Prime Ministers of Norland and Vale, as witnessed by Lorn, having met in Lima on 3 June, declare the "
      "following.", "The Prime Ministers of Norland and Vale, as witnessed by Lorn, met in Lima on 3 June."),
     ("Norland and Vale, on the occasion of the visit, have reached the following understandings.",
      "Norland and Vale, on the occasion of the visit, have reached understandings."),
     ("The minister issued the following statement:", "The minister issued the following statement:"),
     ("Norland and Vale, having met in Lima, declare the following.", "Norland and Vale met in Lima."),
     ("The ministers, having been in Lima, declare the following.",
      "The ministers, having been in Lima, declare the following.")],
)
def test_a_lead_pointing_at_a_text_after_it_drops_the_pointer(lead: str, told: str) -> None:
    from sitbrief.extract.summary import following_dropped

    assert following_dropped(lead) == told


@pytest.mark.parametrize(
    ("sentence", "told"),
    [("The Foreign Secretary has today met with the envoy of Vale.",
      "The Foreign Secretary met on 4 June 2024 with the envoy of Vale."),
     ("The minister has today arrived in Lima.", "The minister arrived on 4 June 2024 in Lima."),
     ("The ministers have today signed the treaty.", "On 4 June 2024, the ministers signed the treaty."),
     ("\u201cWe have today met with them,\u201d she said.", "\u201cWe have today met with them,\u201d she said.")],
)
def test_a_perfect_dated_by_its_rewrite_reads_as_the_past(sentence: str, told: str) -> None:
    assert absolute_text(sentence, TUESDAY) == told


@pytest.mark.parametrize(
    ("point", "told"),
    [("They will meet again in Paris with their counterparts\u201d.", "They will meet again in Paris with their "
      "counterparts."),
     ("They called the talks \u201cproductive\u201d.", "They called the talks \u201cproductive\u201d.")],
)
def test_a_reported_sentence_drops_a_closing_mark_it_never_opened(point: str, told: str) -> None:
    from sitbrief.extract.summary import stray_close_dropped

    assert stray_close_dropped(point) == told


def test_a_statement_whose_text_is_reported_keeps_its_lead() -> None:
    found = facts("The Prime Ministers of A and B today issued the following statement on the talks.\n\n"
                  "We are concerned by reports of fighting near the border.", published=TUESDAY)
    assert found.summary.bluf.startswith("We are concerned")


@pytest.mark.parametrize(
    "sentence",
    ["Crowds gathered in Sydney on Anzac Day to remember the fallen.",
     "The minister issued a statement on Ukrainian Independence Day.",
     "The ship left Halifax on New Year's Day for the Mediterranean."],
)
def test_a_holiday_stays_named_as_written(sentence: str) -> None:
    assert absolute_text(sentence, date(2024, 4, 25)) == sentence


@pytest.mark.parametrize(
    ("header", "body", "bluf"),
    [
        ("Joint statement from the Prime Ministers of Norland and Vale",
         "We are gravely concerned by the fighting near the border. We call on both sides to stop.",
         "The Prime Ministers of Norland and Vale are gravely concerned by the fighting near the border. "
         "They call on both sides to stop."),
        ("Nordic leaders\u2019 declaration on Arctic security",
         "We have discussed the security of the Arctic region. We reaffirm our commitment to the treaty.",
         "Nordic leaders have discussed the security of the Arctic region. They reaffirm their commitment to the "
         "treaty."),
        ("Joint Statement from the Leaders of Norland, Vale and Upland",
         "We, the leaders of Norland, Vale and Upland, met in Oslo to discuss trade.",
         "The leaders of Norland, Vale and Upland met in Oslo to discuss trade."),  # told of whom "we" names
    ],
)
def test_a_joint_statements_we_is_told_of_its_signatories(header: str, body: str, bluf: str) -> None:
    assert facts(body, header).summary.bluf == bluf


def test_the_signatories_are_named_in_the_first_key_point_when_the_bluf_does_not_name_them() -> None:
    body = ("It is time to end the fighting along the border.\n\n"
            "There is no further time to waste for any party to the talks.\n\n"
            "As mediators, we are prepared to present a final proposal to both sides.\n\n"
            "We have called on both sides to resume talks in Geneva to close the remaining gaps.")
    points = [p.text for p in facts(body, "Joint Statement from the Leaders of Norland and Vale").summary.key_points]
    assert "As mediators, the Leaders of Norland and Vale are prepared to present a final proposal to both sides." \
        in points, points
    assert "They have called on both sides to resume talks in Geneva to close the remaining gaps." in points, points


def test_a_statement_without_plural_signatories_keeps_its_we() -> None:
    found = facts("We are gravely concerned by the fighting near the border.", "Statement by the Press Secretary")
    assert found.summary.bluf.startswith("We are gravely concerned")


def test_words_quoted_inside_a_statement_keep_their_we() -> None:
    text = told_of('We welcome the talks, and the envoy said "we will return" to the region.', "The Leaders of A and B",
                   True)
    assert text == 'The Leaders of A and B welcome the talks, and the envoy said "we will return" to the region.'


@pytest.mark.parametrize(
    "body",
    [
        "Norland has formally announced its latest missile test, saying it was a warning to forces in Vale who are "
        "set to soon hold joint naval exercises with Upland.",
        "Norland announced a new missile test on Monday as a warning to the navies that Vale and Upland, which plan "
        "to hold large-scale joint naval exercises next month, have sent to the region.",
        "Norland has announced a missile test, calling it a warning to the troops in Vale who will shortly stage "
        "annual joint exercises near the border.",
    ],
)
def test_an_event_told_in_a_long_relative_clause_is_not_the_main_event(body: str) -> None:
    found = facts(body, published=TUESDAY)
    main = next(e for e in found.events if e.id == found.summary.event)
    assert main.kind != "exercise", (main.kind, main.title)


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        ("Washington, DC - Secretary of State Jo Bloggs spoke today with the Turkish Foreign Minister.",
         "Secretary of State Jo Bloggs spoke today with the Turkish Foreign Minister."),
        ("Norfolk, Va. \u2014 The destroyer USS Mason returned to its homeport on Friday after a deployment.",
         "The destroyer USS Mason returned to its homeport on Friday after a deployment."),
        ("Camp Humphreys, South Korea \u2013 Soldiers of the brigade began a rotation in the country this week.",
         "Soldiers of the brigade began a rotation in the country this week."),
    ],
)
def test_a_dateline_written_in_lower_case_is_no_part_of_the_lead(sentence: str, lead: str) -> None:
    assert clean_lead(sentence) == lead


@pytest.mark.parametrize(
    "sentence",
    ["Prime Minister Ann Roe - who took office in May - met the envoy in London today.",
     "The US, UK and France - the three allies - agreed a new plan on Monday in Paris."],
)
def test_a_dash_aside_is_no_dateline(sentence: str) -> None:
    assert clean_lead(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        ("HMS Example basks in the evening light on a visit to London (that\u2019s the ExCeL Centre on the left).",
         "HMS Example basks in the evening light on a visit to London."),
        ("Commander Ann Roe (pictured) led the ship into port on Monday.",
         "Commander Ann Roe led the ship into port on Monday."),
        ("The minister (left) met the envoy (right, with the ambassador) in Oslo.",
         "The minister met the envoy in Oslo."),
        ("Sailors (above right) load stores aboard the ship in Sasebo.",
         "Sailors load stores aboard the ship in Sasebo."),
    ],
)
def test_an_aside_about_the_photograph_is_no_part_of_the_lead(sentence: str, lead: str) -> None:
    assert clean_lead(sentence) == lead


@pytest.mark.parametrize(
    "sentence",
    ["The centre-right coalition (in power since 2019) agreed a plan.",
     "The UN Convention (UNCLOS) sets the rights of coastal states."],
)
def test_other_asides_stay(sentence: str) -> None:
    assert clean_lead(sentence) == sentence


@pytest.mark.parametrize(
    ("found", "sentence"),
    [
        ("Hammond meets in Islamabad", "Secretary Hammond met in Islamabad (on 8 March) with the Prime Minister."),
        ("The envoy flies to Lima", "The envoy flew to Lima (Peru's capital) for talks with the minister."),
        ("Roe speaks by phone", "Minister Roe spoke by phone (from Oslo) with her counterpart Bo Lee."),
    ],
)
def test_a_present_tense_headline_is_checked_against_the_past_tense_lead(found: str, sentence: str) -> None:
    assert cut_off(found, sentence)


def test_a_headline_ending_on_a_name_before_its_country_is_not_cut_off() -> None:
    assert not cut_off("Biden speaks with Morrison", "Biden spoke with Premier Scott Morrison of Australia to talk.")
    assert cut_off("Lee meets the Minister", "Lee met the Minister of Defence in Seoul.")


@pytest.mark.parametrize(
    ("title", "expected"),
    [("The Foreign Secretary meets Coveney for a meeting", "The Foreign Secretary meets Coveney"),
     ("Minister Roe met Envoy Lee for a meeting", "Minister Roe met Envoy Lee"),
     ("Roe meets Lee in a virtual meeting", "Roe meets Lee in a virtual meeting"),
     ("Roe meets Lee for talks", "Roe meets Lee for talks"),
     ("Ministers meet for a meeting of the council", "Ministers meet for a meeting of the council")],
)
def test_a_meeting_title_does_not_say_meeting_twice(title: str, expected: str) -> None:
    assert finish_title(title, 20) == expected


@pytest.mark.parametrize(
    "title",
    ["Joint Declaration Between the Kingdom of Norland and the Republic of Vale",
     "Joint Leader Statement to Mark the Second Anniversary of the Pact",
     "Joint Statement Among the Partners of the Northern Group"],
)
def test_a_declaration_between_parties_is_no_headline(title: str) -> None:
    assert not reads_as_headline(title)


def test_a_paragraph_going_on_with_a_quotation_gives_no_key_point() -> None:
    body = ("This week Minister Ann Roe will visit Norland to support local firms at the trade fair.\n\n"
            "\u201cI will meet senior officials to promote our industry.\n\n"
            "This week I will also visit Vale to pursue deeper cooperation. Innovation is central to us.\u201d\n\n"
            "Greater collaboration will strengthen the two industries over the coming decade.")
    points = [p.text for p in facts(body, published=TUESDAY).summary.key_points]
    assert not any("I will also visit" in p or "central to us" in p for p in points), points


def test_a_reporting_paragraph_with_a_stray_closing_mark_is_still_a_key_point() -> None:
    body = ("The Foreign Secretary met the envoy in London today to discuss the talks.\n\n"
            "On trade, they agreed on the importance of an early deal between the two countries.\n\n"
            "The Foreign Secretary and the envoy will meet again in Paris tomorrow for further discussions\u201d.")
    points = [p.text for p in facts(body, published=TUESDAY).summary.key_points]
    assert any(p.startswith("The Foreign Secretary and the envoy will meet again") for p in points), points


@pytest.mark.parametrize("text", [
    "Media interested in covering the exercise are asked to contact Sgt Bo Lee at 671-487-1012.",
    "Journalists may write to press.office@defence.example.org for details of the visit.",
    "Investments announced by the partners can be found here.",
])
def test_a_press_offices_contact_or_pointer_is_boilerplate(text: str) -> None:
    assert is_boilerplate(text)


def test_a_headline_keeping_the_first_of_a_list_of_topics_is_cut_off() -> None:
    lead = "Minister Ann Roe will hold talks on trade, foreign policy and security issues during a visit to Vale."
    assert cut_off("Roe to hold talks on trade", lead)
    assert not cut_off("Roe to hold talks on trade", "Minister Ann Roe will hold talks on trade, officials said.")


def test_a_headline_stopping_on_scheduled_is_cut_off() -> None:
    lead = "Marines from the 3rd Division are scheduled to participate in exercise Blue Shield on Vale."
    assert cut_off("Marines from the 3rd Division are scheduled", lead)


def test_today_meaning_these_days_stays_as_written() -> None:
    text = "They discussed the alliance in the context of the threat facing the world today."
    assert absolute_text(text, TUESDAY) == text
    assert "today" not in absolute_text("The Minister met the envoy today.", TUESDAY)


def test_a_date_written_with_the_before_its_noun_keeps_the() -> None:
    text = "Aid came in response to the 14 November Kaikoura earthquake, including ships."
    assert "to the 14 November 2023 Kaikoura earthquake" in absolute_text(text, date(2024, 2, 1))
    assert absolute_text("The ships arrived on the 14 November.", date(2024, 2, 1)) == \
        "The ships arrived on 14 November 2023."


def test_a_standfirsts_summary_lines_give_way_to_the_body_sentence_restating_them() -> None:
    body = ("Foreign Minister will co-host a reception with the Embassy of Vale in the Foreign Office today\n\n"
            "Ann Roe will meet the survivors of the flood in the north of the country\n\n"
            "The Foreign Minister will today co-host a reception with the Ambassador of Vale at the Foreign Office "
            "to mark the anniversary of the treaty.\n\n"
            "The reception will showcase the work of the two embassies over the last ten years.")
    f = facts(body, published=TUESDAY)
    assert "the Foreign Minister will co-host a reception with the Ambassador" in f.summary.bluf, f.summary.bluf


def test_a_standfirst_line_opening_as_the_body_sentence_gives_way_to_it() -> None:
    body = ("Minister for Defence People, Ann Roe MP visited troops at the camp to thank them for their work\n\n"
            "Minister for Defence People, Ann Roe MP, has met the troops during a visit to Vale to thank soldiers "
            "for their part in upholding security.\n\n"
            "Troops based at the camp consist of two battalions and an engineer squadron.")
    assert facts(body, published=TUESDAY).summary.bluf.startswith("Minister for Defence People, Ann Roe MP, has met")


@pytest.mark.parametrize(("text", "told"), [
    ("The Minister will today co-host a reception at the embassy.",
     "On 4 June 2024, the Minister will co-host a reception at the embassy."),
    ("The Government has today signed a contract with the shipyard.",
     "On 4 June 2024, the Government signed a contract with the shipyard."),
])
def test_a_date_between_an_auxiliary_and_its_verb_goes_first(text: str, told: str) -> None:
    assert absolute_text(text, TUESDAY) == told


def test_a_relative_day_in_the_possessive_beside_its_date_is_the_date_once():
    told = absolute_text("Ann Roe condemns today\u2019s (14 July) attack in Oslo.", date(2017, 7, 14))
    assert told == "Ann Roe condemns the 14 July 2017 attack in Oslo.", told
    assert absolute_text("Ann Roe condemns today's (14 July) attack.", None) == "Ann Roe condemns the 14 July attack."


def test_a_headline_keeps_no_possessive_of_the_date_word_it_drops():
    found = brief_headline("Ann Roe strongly condemns today\u2019s (14 July) terror attack in Oslo.", date(2017, 7, 14))
    assert found == "Ann Roe strongly condemns the terror attack in Oslo", found


def test_a_headline_stopped_on_the_subject_of_a_relative_clause_is_cut_off():
    lead = "Ann Roe welcomed Bo Lee with a ceremony followed by what Cy Poe called a productive discussion."
    assert cut_off("Roe welcomed Lee with a ceremony followed by what Poe", lead)
    assert not cut_off("Roe welcomed Lee with a ceremony", lead)
    found = brief_headline("Defence Minister Ann Roe welcomed Norland Prime Minister Bo Lee at the ministry on the "
                           "morning of 13 June with a full ceremony followed by what Press Secretary Cy Poe called a "
                           "productive discussion on cooperation.", date(2014, 6, 13))
    assert found.endswith("with a full ceremony"), found


def test_a_headline_keeps_both_people_met_when_the_first_name_is_set_off_by_commas():
    found = brief_headline("Foreign Secretary Ann Roe held a trilateral meeting with Norland Foreign Minister, Bo Lee, "
                           "and Sudland Foreign Minister Cy Poe.", date(2022, 9, 21))
    assert found.endswith("Bo Lee and Sudland Foreign Minister Cy Poe"), found


def test_a_date_in_a_reported_clause_opens_that_clause_not_the_sentence():
    told = absolute_text("The Prime Minister confirmed that the Cabinet would tomorrow consider a way forward.",
                         date(2018, 7, 5))
    assert told == "The Prime Minister confirmed that on 6 July 2018 the Cabinet would consider a way forward.", told
    assert absolute_text("The Minister will today co-host a reception.", date(2018, 7, 5)) == (
        "On 5 July 2018, the Minister will co-host a reception.")


def test_a_byline_for_a_title_is_no_headline():
    assert not reads_as_headline("Audio by Cpl. Troy Saunders")
    assert not reads_as_headline("By Ann Roe")
    assert reads_as_headline("Marines train by the sea in Norland")
