"""Publication dates in header lines and datelines of more forms (round 7): "Jun."/"Jul." with a stop,
an ISO timestamp, a year-first slashed date, ordinal days in a dateline, a bracketed date after it."""

from __future__ import annotations

from datetime import date

import pytest

from sitbrief.read.article import parse_article

TITLE = "Minister meets counterpart in Canberra"
BODY = "The Defence Minister met his Japanese counterpart in Canberra on Tuesday."


@pytest.mark.parametrize(
    "header,published",
    [
        ("Published Jun. 3, 2024", date(2024, 6, 3)),
        ("Jul. 14, 2023", date(2023, 7, 14)),
        ("Published: 2024-06-03T10:15:00Z", date(2024, 6, 3)),
        ("Updated 2023-11-07T08:30:00+01:00", date(2023, 11, 7)),
        ("2024/06/03", date(2024, 6, 3)),
    ],
)
def test_header_date_lines_of_more_forms(header, published):
    article = parse_article(f"{TITLE}\n\n{header}\n\n{BODY}")
    assert (article.title, article.published) == (TITLE, published)


@pytest.mark.parametrize(
    "lead,published",
    [
        ("SYDNEY, Australia, 3rd June 2024 \u2014 The defence ministers held talks.", date(2024, 6, 3)),
        ("PARIS, 21st March 2023: The defence ministers held talks.", date(2023, 3, 21)),
        ("Wellington, 2nd May 2025 - The defence ministers held talks.", date(2025, 5, 2)),
        ("HONOLULU -- (June 3, 2024) -- Sailors held a damage control drill.", date(2024, 6, 3)),
        ("NORFOLK, Va. \u2014 (Sept. 22nd, 2022) \u2014 Sailors held a damage control drill.", date(2022, 9, 22)),
        ("OTTAWA, Aug. 24, 2019 /CNW/ - The defence ministers held talks.", date(2019, 8, 24)),
        ("NEW YORK, June 3, 2024 /PRNewswire/ -- The defence ministers held talks.", date(2024, 6, 3)),
        ("Singapore, 3 June 2024 /PRNewswire-Asia/ - The defence ministers held talks.", date(2024, 6, 3)),
    ],
)
def test_datelines_with_ordinal_days_or_a_bracketed_date(lead, published):
    article = parse_article(f"{TITLE}\n\n{lead}")
    assert article.published == published
    assert article.sentences[0].text.startswith(("The defence", "Sailors"))


def test_a_date_in_the_body_is_no_publication_date():
    article = parse_article(f"{TITLE}\n\nNORFOLK, Va. -- Sailors held a drill on June 3, 2024.")
    assert article.published is None


def test_a_sign_off_with_the_writers_outlet_dates_the_story():
    article = parse_article(f"{TITLE}\n\n{BODY}\n\nJane Smith, Navy News, June 3, 2024")
    assert (article.published, article.byline) == (date(2024, 6, 3), "Jane Smith")
    assert all("Navy News" not in s.text for s in article.sentences)


@pytest.mark.parametrize(
    "header,published",
    [
        ("Updated June 4, 2024 9:00 am ET | Published June 3, 2024", date(2024, 6, 3)),
        ("Updated: 3 June 2024 12:00 | Published: 2 June 2024 18:00", date(2024, 6, 2)),
        ("Published: 2 June 2024 | Updated: 3 June 2024", date(2024, 6, 2)),
        ("Last updated 4 June 2024 | By Jane Doe", date(2024, 6, 4)),  # no other date: the update's
    ],
)
def test_a_piped_date_line_prefers_the_publication_to_the_update(header, published):
    assert parse_article(f"{TITLE}\n\n{header}\n\n{BODY}").published == published
