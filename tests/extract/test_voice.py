"""The issuing government's "we" in the BLUF and key points: told of the parties that share it, or left out."""

from __future__ import annotations

import pytest

from sitbrief.extract.voice import lead_parties, speaks_as_we, told_of_government, told_of_parties
from tests.extract.helpers import facts


@pytest.mark.parametrize(("text", "told"), [
    ("They agreed to respect our mutual interests and our respective forces.",
     "They agreed to respect their mutual interests and their respective forces."),
    ("The Secretary and Foreign Minister Roe reiterated our shared values.",
     "The Secretary and Foreign Minister Roe reiterated their shared values."),
    ("The leaders discussed how we can work together.", "The leaders discussed how they can work together."),
    ("During the call, the two ministers welcomed our ties.",
     "During the call, the two ministers welcomed their ties."),
    ("Norland, Sudland and the Union reaffirmed our commitment.",
     "Norland, Sudland and the Union reaffirmed their commitment."),
    ("Roe backed a trade deal between our two countries.", "Roe backed a trade deal between the two countries."),
    ("The Minister also met Vale\u2019s Defence Minister Bo Lee to discuss our joint work.",
     "The Minister also met Vale\u2019s Defence Minister Bo Lee to discuss their joint work."),
    ("Roe said: \u201cwe will act\u201d.", "Roe said: \u201cwe will act\u201d."),
])
def test_a_we_the_parties_share_is_told_of_them(text, told):
    assert told_of_parties(text) == told


@pytest.mark.parametrize("text", [
    "Secretary Roe raised our deep concerns about the strikes.",
    "We stood ready to do more.",
    "Bomber missions validate the credibility of our forces.",
    "The Minister explained we were sending more aircraft.",
    "Today I met with Vale\u2019s Minister for Defence, Bo Lee, to discuss our programme.",
])
def test_the_governments_own_we_cannot_be_told_of_the_parties(text):
    assert told_of_parties(text) is None and speaks_as_we(text)


def test_a_statements_lead_naming_its_parties_gives_its_we():
    lead = "The leaders of the Norland-Sudland partnership \u2013 Ann Roe and Bo Lee \u2013 met today."
    assert lead_parties(lead) == "The leaders of the Norland-Sudland partnership"
    assert lead_parties("The Minister met Bo Lee today.") is None


@pytest.mark.parametrize(("text", "told"), [
    ("Roe will reaffirm our commitment.", "Roe will reaffirm Norland\u2019s commitment."),
    ("Roe raised our deep concerns.", "Roe raised Norland\u2019s deep concerns."),
    ("Roe raised areas where we have concern.", "Roe raised areas where Norland has concern."),
    ("Roe said we were sending ships and our aircraft.", "Roe said Norland was sending ships and its aircraft."),
    ("Roe said we absolutely want a deal.", None),  # a verb not known to agree: left out
    ("Roe reaffirmed our shared values.", None),  # both parties' values
    ("Roe praised our defence partnership.", None),
])
def test_the_governments_we_is_told_of_its_country(text, told):
    assert told_of_government(text, "Norland") == told


def test_a_government_taking_the_is_told_with_it():
    told = told_of_government("Roe raised our concerns.", "United States")
    assert told == "Roe raised the United States\u2019 concerns."


def test_key_points_leave_out_the_governments_own_we_and_tell_the_parties():
    f = facts(
        "Secretary of State Ann Roe met Norland Foreign Minister Bo Lee in Oslo on 3 May 2024.\n\n"
        "Secretary Roe raised our deep concerns about the strikes on the border towns of the region.\n\n"
        "The Secretary and the Foreign Minister reaffirmed our shared commitment to a free and open region.\n\n"
        "They also discussed the coming elections in the region and the state of the fisheries talks."
    )
    points = [p.text for p in f.summary.key_points]
    assert not [p for p in points if "deep concerns" in p]
    assert "reaffirmed their shared commitment" in " ".join(points)


def test_a_readouts_sentence_in_the_governments_voice_is_told_of_its_country():
    f = facts(
        "U.S. National Security Advisor Ann Roe met Chinese Foreign Minister Bo Lee in Zurich on 3 May 2024.\n\n"
        "Ms. Roe raised a number of areas where we have concern with the actions of China in the strait.\n\n"
        "Roe also discussed the coming elections in the region and the state of the fisheries talks."
    )
    page = " ".join([f.summary.bluf, *(p.text for p in f.summary.key_points)])
    assert "where the United States has concern with the actions of China" in page, page
