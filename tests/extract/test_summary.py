"""The BLUF's date rewriting and the key points' filters, on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from sitbrief.extract.summary import absolute_text, clean_lead, is_boilerplate

ANCHOR = date(2024, 6, 14)  # a Friday


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The talks are scheduled for Jan. 15-16 in Oslo.",
         "The talks are scheduled for 15\u201316 January 2025 in Oslo."),
        ("She sent condolences over yesterday's attack.", "She sent condolences over 13 June 2024's attack."),
        ("The minister spoke to him yesterday evening.", "The minister spoke to him on the evening of 13 June 2024."),
        ("The deal will be signed later this year.", "The deal will be signed later in 2024."),
        ("The unit will be ready before the end of the year and more.",
         "The unit will be ready before the end of 2024 and more."),
        ("The ministers met on Thursday (13 June 2024) and agreed.",
         "The ministers met on Thursday (13 June 2024) and agreed."),
        ("This week that plan began to fray.", "In the week of 10 June 2024, that plan began to fray."),
        ("The envoy will visit from June 20 to 22.", "The envoy will visit from 20 to 22 June 2024."),
        ("For most of the past year, the navies were busy.", "For most of the past year, the navies were busy."),
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
