"""A list's items after "The Minister will also:" told whole as key points."""

from __future__ import annotations

import re

from sitbrief.extract.listing import told_whole
from tests.extract.helpers import facts


def test_a_list_item_opening_on_a_verb_is_told_with_its_lead_in():
    f = facts(
        "Foreign Minister Ann Roe will hold talks on trade during a two-day visit to Norland.\n\n"
        "During the visit the Foreign Minister will also:\n\n"
        "Unveil a new war memorial in the capital and lay a wreath at the national cemetery.\n\n"
        "Travel to the coast with the Minister for Fisheries to meet the crews of the fleet.\n\n"
        "Foreign Minister Ann Roe said:\n\n"
        "\u201cI am delighted to be here.\u201d"
    )
    page = [f.summary.bluf, *(p.text for p in f.summary.key_points)]
    assert "During the visit the Foreign Minister will also unveil a new war memorial" in " ".join(page)
    assert "The Foreign Minister will also travel to the coast" in " ".join(page)
    assert not [t for t in page if "Unveil" in t or t.startswith("Travel")]


def test_an_item_is_told_in_lower_case_after_its_stem():
    assert told_whole("The Minister will", "Visit the base.") == "The Minister will visit the base."


def test_a_list_item_opening_in_lower_case_is_told_with_its_lead_in():
    f = facts(
        "Foreign Minister Ann Roe held a meeting with Foreign Minister Bo Lee.\n\n"
        "The Ministers met in Oslo on 21 September 2022 and agreed to:\n\n"
        "continue their support of Norland in the face of aggression\n\n"
        "develop their co-operation on the defence of the coast\n\n"
        "The Ministers also condemned the attacks on the coast."
    )
    page = [f.summary.bluf, *(p.text for p in f.summary.key_points)]
    assert "and agreed to continue their support of Norland" in " ".join(page), page
    assert not [t for t in page if re.search(r"(?:^|[.!?]\s+)(?:continue|develop)\b", t)], page
