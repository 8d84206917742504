"""Publication dates stated in the header's other forms: a release date with seconds, a date-first
dateline with an outlet, an editor's note on the release's date."""

from __future__ import annotations

from datetime import date

import pytest

from sitbrief.read.article import parse_article

BODY = "The two navies opened their annual exercise with a ceremony at the naval base on Wednesday."


@pytest.mark.parametrize(
    "header,published",
    [
        ("Story Number: NNS190530-07\n\nRelease Date: 5/30/2019 1:03:00 PM", date(2019, 5, 30)),
        ("November 19, 2021 \u2013 Ottawa, Ontario \u2013 Global Affairs Canada", date(2021, 11, 19)),
        ("Here is the Minister of Defence press release on the visit dated 25 January 2020.", date(2020, 1, 25)),
    ],
)
def test_the_date_line_forms(header, published):
    article = parse_article(f"Navies open exercise\n\n{header}\n\n{BODY}")
    assert article.published == published
    assert all("Story Number" not in s.text and "dated 25" not in s.text for s in article.sentences)
    assert article.source != "Story Number: NNS190530-07"


def test_a_date_first_dateline_gives_place_and_outlet():
    line = "November 19, 2021 \u2013 Ottawa, Ontario \u2013 Global Affairs Canada"
    article = parse_article(f"Ministers speak\n\n{line}\n\n{BODY}")
    assert (article.dateline, article.source) == ("Ottawa", "Global Affairs Canada")


@pytest.mark.parametrize(
    "first,place",
    [
        ("MANILA (June 3, 2024) \u2014 ", "Manila"),
        ("MANILA, Philippines (June 3, 2024) -- ", "Manila"),
        ("MANILA, June 3, 2024 \u2014 ", "Manila"),
    ],
)
def test_datelines_with_a_bracketed_or_numeric_date(first, place):
    article = parse_article(f"Navies open exercise\n\n{first}{BODY}")
    assert (article.published, article.dateline) == (date(2024, 6, 3), place)
    assert article.sentences[0].text.startswith("The two navies")


@pytest.mark.parametrize(
    "body,published",
    [
        (BODY, None),  # 6 March or 3 June: nothing in the text tells, so no date is guessed
        (BODY.replace("on Wednesday", "on June 2"), date(2024, 6, 3)),  # the text writes its dates month first
        (BODY.replace("naval base", "defence centre"), date(2024, 3, 6)),  # British spelling: day first
    ],
)
def test_a_numeric_dateline_date_read_both_ways_is_read_as_the_text_writes_dates(body, published):
    article = parse_article(f"Navies open exercise\n\nMANILA, PHILIPPINES \u2014 06.03.2024 \u2014 {body}")
    assert (article.published, article.dateline) == (published, "Manila")
    assert article.sentences[0].text.startswith("The two navies")


@pytest.mark.parametrize(
    "header",
    [
        "June 3, 2024 | By Press Office",
        "Ministry of Defence | 3 June 2024",
        "By Sgt. Jo Doe | 1st Marine Division | June 3, 2024",
    ],
)
def test_a_header_line_split_by_bars_gives_its_date_and_is_not_the_headline(header):
    article = parse_article(f"Readout of the Minister's Meeting\n\n{header}\n\n{BODY}")
    assert article.published == date(2024, 6, 3) and article.published_from == "date line"
    assert article.title == "Readout of the Minister's Meeting"


def test_an_opening_date_and_a_closing_sign_off_give_the_publication_date():
    opening = parse_article(f"Navies open exercise\n\nJune 3, 2024 \u2013 {BODY}\n\nMore ships joined later.")
    assert opening.published == date(2024, 6, 3) and opening.sentences[0].text.startswith("The two navies")
    closing = parse_article(f"Navies open exercise\n\n{BODY}\n\nMore ships joined later.\n\nNaval Staff, June 3, 2024")
    assert closing.published == date(2024, 6, 3)
    assert all("Naval Staff" not in s.text for s in closing.sentences)


def test_a_published_line_closing_the_page_gives_the_date_and_leaves_the_body():
    story = "\n\n".join([BODY] + [f"Ship {n} joined the exercise later in the week." for n in range(1, 9)])
    article = parse_article(f"Navies open exercise\n\n{story}\n\nPublished 3 June 2024")
    assert (article.published, article.published_from) == (date(2024, 6, 3), "date line")
    assert all("Published" not in s.text for s in article.sentences)


def test_a_header_line_split_by_a_spaced_slash_gives_its_date():
    article = parse_article(f"Navies open exercise\n\nFleet News / June 3, 2024\n\n{BODY}")
    assert article.published == date(2024, 6, 3) and article.title == "Navies open exercise"


def test_a_note_on_who_issued_the_release_and_when_gives_the_date_and_stays():
    note = "The press release issued by the Ministry of Transport on 3 June 2024."
    article = parse_article(f"Navies open exercise\n\n{note}\n\n{BODY}")
    assert article.published == date(2024, 6, 3)
    assert any("Ministry of Transport" in s.text for s in article.sentences)


@pytest.mark.parametrize(
    "first,place",
    [
        ("Canberra, 3 June 2024 \u2013 ", "Canberra"),
        ("Washington, DC, June 3, 2024 \u2014 ", "Washington"),
        ("Monday, June 3, 2024 \u2014 ", None),
    ],
)
def test_a_dateline_in_mixed_case_or_a_weekday_before_the_date(first, place):
    article = parse_article(f"Navies open exercise\n\n{first}{BODY}")
    assert (article.published, article.dateline) == (date(2024, 6, 3), place)
    assert article.sentences[0].text.startswith("The two navies")


def test_a_last_updated_line_gives_way_to_the_published_line():
    article = parse_article(f"Navies open exercise\n\nUpdated: June 5, 2024\n\nPosted: June 3, 2024\n\n{BODY}")
    assert article.published == date(2024, 6, 3)
    alone = parse_article(f"Navies open exercise\n\nLast updated: June 5, 2024\n\n{BODY}")
    assert alone.published == date(2024, 6, 5)


@pytest.mark.parametrize(
    "header,byline",
    [
        ("March 17, 2021 \u2022 Statements and Releases", None),
        ("Posted on March 17, 2021 by Navy Public Affairs", "Navy Public Affairs"),
        ("March 17, 2021 By Navy Public Affairs", "Navy Public Affairs"),
    ],
)
def test_a_date_line_with_a_section_label_or_a_byline_is_not_the_headline(header, byline):
    article = parse_article(f"Navies open exercise\n\n{header}\n\n{BODY}")
    assert (article.published, article.title, article.byline) == (date(2021, 3, 17), "Navies open exercise", byline)
    assert article.source is None


@pytest.mark.parametrize(
    "line,place",
    [("Media release, 3 June 2024", None), ("Statement by the Minister, 3 June 2024", None),
     ("Port of Spain, 3 June 2024", "Port of Spain"), ("June 3, 2024 \u2014 News Story", None),
     ("3 June 2024 \u2013 Media release", None), ("News Story\n\nJune 3, 2024", None)],
)
def test_a_label_before_a_date_is_not_a_dateline_place(line, place):
    article = parse_article(f"Navies open exercise\n\n{line}\n\n{BODY}")
    assert (article.published, article.dateline) == (date(2024, 6, 3), place)


@pytest.mark.parametrize(
    "header,published",
    [
        ("Date Taken: 06.02.2024\n\nDate Posted: 06.03.2024 09:15\n\nStory ID: 473000", date(2024, 6, 3)),
        ("Date Taken: 06.02.2024", date(2024, 6, 2)),  # the day of the pictures, when no other date is stated
        ("Date Taken: 06.02.2024 | Date Posted: 06.03.2024 09:15", date(2024, 6, 3)),
        ("Date Posted: 06.03.2024 09:15", date(2024, 6, 3)),  # the label's sites write month first
        ("Published: 06.03.2024 09:15", None),  # a label that tells no order, and a text that tells none
        ("Published: 06.03.2024 09:15 AEST", date(2024, 3, 6)),  # the time zone tells it
    ],
)
def test_date_taken_and_date_posted_lines(header, published):
    article = parse_article(f"Navies open exercise\n\n{header}\n\n{BODY}")
    assert article.published == published
    assert all("Date " not in s.text and "Story ID" not in s.text for s in article.sentences)


@pytest.mark.parametrize(
    "header,published,dateline",
    [
        ("Washington, D.C. \u2014 June 3, 2024", date(2024, 6, 3), "Washington"),
        ("WASHINGTON \u2014 June 3, 2024 \u2014", date(2024, 6, 3), "Washington"),
    ],
)
def test_a_place_and_its_date_after_a_dash_on_a_line_of_their_own(header, published, dateline):
    article = parse_article(f"Navies open exercise in the Pacific\n\n{header}\n\n{BODY}")
    assert (article.published, article.dateline) == (published, dateline)
    assert article.sentences[0].text.startswith("The two navies")


@pytest.mark.parametrize(
    "headline", ["Joint Statement \u2013 7 July 2025", "Exercise Talisman Sabre \u2014 14 July 2025"]
)
def test_a_headline_closing_with_a_dash_and_a_date_stays_the_headline(headline):
    article = parse_article(f"{headline}\n\n{BODY}")
    assert article.title == headline and article.published is not None


def test_a_closing_issued_by_line_of_an_office_dates_the_release():
    article = parse_article(f"Navies open exercise\n\n{BODY}\n\nIssued by the Ministry of Defence, 3 June 2024.")
    assert article.published == date(2024, 6, 3)
    assert all("Issued by" not in s.text for s in article.sentences)


@pytest.mark.parametrize(
    "header,source",
    [
        ("Published on 3 June 2024 by the Ministry of Defence", "Ministry of Defence"),  # the office, not a writer
        ("Originally published June 3, 2024", None),
    ],
)
def test_a_labelled_date_line_with_its_office_or_an_original_date(header, source):
    title = "Navies open exercise in the Pacific"
    article = parse_article(f"{title}\n\n{header}\n\n{BODY}")
    assert (article.title, article.published, article.source) == (title, date(2024, 6, 3), source)
    assert article.byline is None


@pytest.mark.parametrize(
    "lead",
    ["By the middle of June, the ministers will sign the pact.", "By 2025, the ministers will sign the pact."],
)
def test_a_story_opening_with_by_and_a_date_is_no_byline(lead):
    article = parse_article(f"Navies open exercise in the Pacific\n\n{lead}\n\n{BODY}")
    assert article.byline is None and article.sentences[0].text == lead


@pytest.mark.parametrize("line,who", [("By 1st Lt. Jane Doe, Pacific Air Forces Public Affairs", "1st Lt. Jane Doe"),
                                      ("By a staff reporter", "a staff reporter")])
def test_a_byline_opening_with_an_ordinal_rank_or_a_staff_word_stays_a_byline(line, who):
    article = parse_article(f"Navies open exercise\n\n{line}\n\n{BODY}")
    assert article.byline == who and article.sentences[0].text == BODY
