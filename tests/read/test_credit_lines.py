"""Credit lines in the header ("Story by ...", "Photo by ...", a long "By ..., Unit Public Affairs"),
office lines and shouting labels are never the article's title or outlet."""

from __future__ import annotations

import pytest

from sitbrief.read.article import parse_article

BODY = "The two navies opened their annual exercise with a ceremony at the naval base on Wednesday morning."


@pytest.mark.parametrize(
    "header,byline",
    [
        ("Photo by Leading Seaman Jane Roe", None),
        ("Story by Cpl. Alex Moreau\n\nNews ID: 44512", "Cpl. Alex Moreau"),
        ("By Mass Communication Specialist 2nd Class Sam J. Lee, Commander, Task Force 73 Public Affairs",
         "Mass Communication Specialist 2nd Class Sam J. Lee"),
        ("Images courtesy of Fleet Imaging Unit", None),
    ],
)
def test_a_credit_line_is_neither_title_nor_outlet(header, byline):
    article = parse_article(f"Navies open annual exercise\n\n{header}\n\n{BODY}")
    assert article.title == "Navies open annual exercise"
    assert article.source is None
    assert article.byline == byline


def test_an_office_line_and_a_shouting_label_are_not_title_or_outlet():
    article = parse_article(f"Joint Drill Begins\n\nNEW ZEALAND\n\nCommander, Joint Forces New Zealand\n\n{BODY}")
    assert article.title == "Joint Drill Begins"
    assert article.source is None


def test_a_courtesy_story_label_is_not_the_outlet():
    article = parse_article(f"Navies open annual exercise\n\nCourtesy Story\n\n7th Fleet\n\n{BODY}")
    assert article.source == "7th Fleet"


def test_a_title_ending_on_a_quoted_name_is_a_title():
    article = parse_article(f"Nordic Ministers\u2019 Joint Statement: \u201cA Shared North\u201d\n\n{BODY}")
    assert article.title == "Nordic Ministers\u2019 Joint Statement: \u201cA Shared North\u201d"
    assert all("Shared North" not in s.text for s in article.sentences)


def test_a_bilingual_title_keeps_its_first_language():
    article = parse_article(f"Leaders\u2019 statement on the situation in the Sahel / D\u00e9claration des "
                            f"dirigeants sur la situation au Sahel\n\n{BODY}")
    assert article.title == "Leaders\u2019 statement on the situation in the Sahel"
