"""The BLUF's date rewriting and the key points' filters, on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from sitbrief.extract.summary import absolute_text, brief_headline, clean_lead, cut_off, has_verb, is_boilerplate

ANCHOR = date(2024, 6, 14)  # a Friday


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
