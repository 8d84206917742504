"""A header line that is only a town and its state's initials, in mixed case, is the dateline (round 7)."""

from __future__ import annotations

import pytest

from sitbrief.extract import extract_facts
from sitbrief.read.article import parse_article

TITLE = "Joint statement on the ministers' consultations"
BODY = "The ministers met in Sydney on Tuesday for their annual consultations."


@pytest.mark.parametrize("line, dateline, region", [
    ("Washington, DC", "Washington", "DC"),
    ("Washington, D.C.", "Washington", "D.C."),
    ("Halifax, N.S.", "Halifax", "N.S."),
])
def test_a_mixed_case_town_and_state_line_is_the_dateline(line, dateline, region):
    article = parse_article(f"{TITLE}\n\nAugust 12, 2014\n\nMedia Note\n\n{line}\n\n{BODY}")
    assert (article.dateline, article.dateline_region) == (dateline, region)


def test_a_known_town_and_state_is_one_place():
    article = parse_article(f"{TITLE}\n\nAugust 12, 2014\n\nMedia Note\n\nWashington, DC\n\n{BODY}")
    places = {p.name: p.kind for p in extract_facts(article).places}
    assert places.get("Washington") == "city"
    assert "DC" not in places


@pytest.mark.parametrize("line", ["Jane Doe, Reuters", "Office of the Spokesperson"])
def test_other_header_lines_are_no_dateline(line):
    article = parse_article(f"{TITLE}\n\nAugust 12, 2014\n\n{line}\n\n{BODY}")
    assert article.dateline is None
