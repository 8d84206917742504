"""Publication dates (round 8): a date opening the story, or after a dateline's dash, may end in a
colon ("TOKYO -- June 3, 2024: ...", "3 June 2024: ...")."""

from __future__ import annotations

from datetime import date

import pytest

from sitbrief.read.article import parse_article

TITLE = "Minister meets counterpart in Tokyo"
BODY = "The Defence Minister met his Japanese counterpart in Tokyo today to discuss regional security."


@pytest.mark.parametrize(
    "opening,published",
    [
        ("TOKYO -- June 3, 2024: ", date(2024, 6, 3)),
        ("MANILA, PHILIPPINES \u2014 3 June 2024: ", date(2024, 6, 3)),
        ("June 3, 2024: ", date(2024, 6, 3)),
        ("Tuesday, 12 March 2024: ", date(2024, 3, 12)),
    ],
)
def test_an_opening_date_ending_in_a_colon_is_the_publication_date(opening, published):
    article = parse_article(f"{TITLE}\n\n{opening}{BODY}")
    assert article.published == published
    assert article.sentences[0].text.startswith("The Defence Minister")
