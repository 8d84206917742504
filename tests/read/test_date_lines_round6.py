"""Publication dates in header lines of other forms (round 6): abbreviated weekdays, a label
before the date, a byline that closes with the date; none of them is taken for the headline."""

from __future__ import annotations

from datetime import date

import pytest

from sitbrief.read.article import parse_article

TITLE = "Minister meets counterpart in Canberra"
BODY = "The Defence Minister met his Japanese counterpart in Canberra on Tuesday."


@pytest.mark.parametrize(
    "header,published,byline",
    [
        ("Thu 14 Mar 2024 10.05 GMT", date(2024, 3, 14), None),
        ("PRESS RELEASE 14 March 2024", date(2024, 3, 14), None),
        ("Tue, 03/12/2024 - 10:00", date(2024, 12, 3), None),  # both readings are Tuesdays; "Defence": day first
        ("Wed., March 13, 2024", date(2024, 3, 13), None),
        ("By Jane Doe March 14, 2024", date(2024, 3, 14), "Jane Doe"),
        ("Story by Sgt. Jane Doe, 14 March 2024", date(2024, 3, 14), "Sgt. Jane Doe"),
        ("Photo by Cpl. John Roe, 14 March 2024", date(2024, 3, 14), None),  # a photo credit names no writer
    ],
)
def test_header_date_lines_and_dated_bylines(header, published, byline):
    article = parse_article(f"{TITLE}\n\n{header}\n\n{BODY}")
    assert (article.title, article.published, article.byline) == (TITLE, published, byline)
    assert article.dateline is None and article.source is None


@pytest.mark.parametrize(
    "lead,published,dateline",
    [
        ("New Delhi, 12 March 2024: The defence ministers held talks.", date(2024, 3, 12), "New Delhi"),
        ("Canberra, Tuesday 12 March 2024 \u2013 The defence ministers held talks.", date(2024, 3, 12), "Canberra"),
        ("ABOARD USS EXAMPLE, South China Sea (March 12, 2024) \u2013 Sailors held a damage control drill on the "
         "ship.", date(2024, 3, 12), None),
    ],
)
def test_datelines_with_a_colon_a_weekday_or_a_long_region(lead, published, dateline):
    article = parse_article(f"{TITLE}\n\n{lead}")
    assert article.published == published
    assert dateline is None or article.dateline == dateline
    assert not article.sentences[0].text.startswith(("New Delhi", "Canberra", "ABOARD"))


def test_a_date_line_with_a_bracketed_byline_is_neither_title_nor_outlet():
    article = parse_article(f"{TITLE}\n\nAugust 28, 2015 (by Jane Doe)\n\n{BODY}")
    assert (article.title, article.published, article.byline, article.source) == (
        TITLE, date(2015, 8, 28), "Jane Doe", None)
