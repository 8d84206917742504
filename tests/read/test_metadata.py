"""The publication date as releases state it: one dateline grammar and the date labels of data/date_labels.txt."""

from __future__ import annotations

from datetime import date

import pytest

from sitbrief.read.article import parse_article
from sitbrief.read.metadata import read_dateline

TITLE = "Minister meets counterpart to discuss maritime security"
BODY = ("The minister met her counterpart to discuss maritime security. "
        "The two sides agreed to hold further talks on March 5, 2023, in the capital.")
DAY = date(2024, 6, 3)


@pytest.mark.parametrize(
    "opening,place",
    [
        ("WASHINGTON, D.C. -- June 3, 2024 -- ", "Washington"),
        ("WASHINGTON, D.C., June 3, 2024 -- ", "Washington"),
        ("LONDON, Monday 3 June 2024 - ", "London"),
        ("MANILA, Monday, June 3, 2024 \u2014 ", "Manila"),
        ("JOINT BASE PEARL HARBOR-HICKAM, Hawaii, June 3, 2024 \u2014 ", "Joint Base Pearl Harbor-Hickam"),
        ("Washington, DC \u2014 June 3, 2024 \u2014 ", "Washington"),
        ("Canberra, Monday, 3rd June 2024 - ", "Canberra"),
        ("ARLINGTON, Va. (June 3, 2024) \u2014 ", "Arlington"),
        ("BRUSSELS, 3 Jun 2024 - ", "Brussels"),
    ],
)
def test_a_dateline_in_any_of_its_forms_gives_place_and_date(opening, place):
    article = parse_article(f"{TITLE}\n\n{opening}{BODY}")
    assert (article.published, article.dateline) == (DAY, place)
    assert article.sentences[0].text.startswith("The minister met")


def test_a_dateline_keeps_its_region_and_outlet_apart_from_its_date():
    line = read_dateline("WASHINGTON, D.C. (Reuters) -- The minister said.")
    assert (line.place, line.region, line.source, line.published) == ("Washington", "D.C.", "Reuters", None)
    assert read_dateline("LONDON, Monday 3 June 2024 - x").region is None  # a weekday is no region


@pytest.mark.parametrize(
    "opening",
    ["On June 3, 2024 - the minister met her counterpart. ", "Monday, June 3 - the talks opened. ",
     "The Minister, June 3, 2024 - the day of the talks. "],
)
def test_a_sentence_opening_is_no_dateline(opening):
    assert read_dateline(opening) is None


@pytest.mark.parametrize(
    "line",
    [
        "Publication date: 3 June 2024",
        "Date of release: 3 June 2024",
        "First published: 3 June 2024",
        "FOR IMMEDIATE RELEASE: June 3, 2024",
        "For release June 3, 2024",
        "Embargoed until 00:01 3 June 2024",
        "Issued on 3 June 2024.",
    ],
)
def test_a_labelled_date_line_in_the_header_is_the_publication_date(line):
    article = parse_article(f"{TITLE}\n\n{line}\n\n{BODY}")
    assert article.published == DAY
    assert all(line not in s.text for s in article.sentences)


@pytest.mark.parametrize(
    "line", ["Issued on 3 June 2024.", "Date Posted: June 3, 2024", "Page last updated: 3 June 2024"]
)
def test_a_labelled_date_line_closing_the_text_is_the_publication_date(line):
    article = parse_article(f"{TITLE}\n\n{BODY}\n\nThe talks will resume next month.\n\n{line}")
    assert article.published == DAY


def test_an_update_is_the_date_only_when_no_other_is_stated():
    text = f"{TITLE}\n\nLast updated 9 June 2024\n\nLONDON, 3 June 2024 - {BODY}"
    assert parse_article(text).published == DAY
    text = f"{TITLE}\n\nLONDON, 3 June 2024 - {BODY}\n\nPage last updated: 9 June 2024"
    assert parse_article(text).published == DAY


@pytest.mark.parametrize(
    "closing",
    [
        "Issued by the Press Office, 3 June 2024",
        "(Press Office, 3 June 2024)",
        "(Released by the Embassy, June 3, 2024.)",
    ],
)
def test_a_closing_sign_off_of_an_office_gives_the_date_and_no_writer(closing):
    article = parse_article(f"{TITLE}\n\n{BODY}\n\nThe talks will resume next month.\n\n{closing}")
    assert article.published == DAY
    assert article.byline in (None, "Press Office")
    assert all("3 June 2024" not in s.text for s in article.sentences)


@pytest.mark.parametrize("line", ["2024.06.03", "Date: 2024.06.03", "2024.06.03 10:15"])
def test_a_year_first_dotted_date_line_is_read(line):
    assert parse_article(f"{TITLE}\n\n{line}\n\n{BODY}").published == DAY


@pytest.mark.parametrize(
    "opening,published",
    [
        ("CANADA, June 16 - Today, the Prime Minister met the President at the 2025 G7 Leaders' Summit.",
         date(2025, 6, 16)),
        ("SEOUL, Aug. 21 (Yonhap) -- Troops took part in Exercise Ulchi Freedom Shield 2023 on Monday.",
         date(2023, 8, 21)),
        ("WASHINGTON, 10 July - Leaders met on the sidelines of the 2024 NATO Summit.", date(2024, 7, 10)),
    ],
)
def test_a_yearless_dateline_takes_the_year_of_the_gathering_its_lead_attends(opening, published):
    assert parse_article(f"{TITLE}\n\n{opening}\n\n{BODY}").published == published


@pytest.mark.parametrize(
    "opening",
    [
        "MANILA, June 3 (Reuters) - The Philippines marked the anniversary of the 2016 Arbitral Award.",
        "MANILA, June 3 (Reuters) - In 2016 China rejected the ruling, officials at the 2024 summit said.",
        "MANILA, June 3 (Reuters) - Officials met at the 2024 summit, ten years after the 2014 accord.",
        "MANILA, June 3 (Reuters) - Officials met during March 2024 talks.",
    ],
)
def test_a_yearless_dateline_takes_no_year_the_lead_does_not_tell_as_now(opening):
    assert parse_article(f"{TITLE}\n\n{opening}\n\nThe two leaders discussed trade.").published is None


@pytest.mark.parametrize("ending", ["", "\n\n###", "\n\n-30-", "\n\n- ENDS -"])
def test_a_date_line_closing_the_release_is_the_publication_date(ending):
    text = f"{TITLE}\n\nWASHINGTON \u2014 {BODY}\n\nThe talks resume next month.\n\nJune 3, 2024{ending}"
    article = parse_article(text)
    assert article.published == DAY
    assert all("June 3, 2024" not in s.text for s in article.sentences)


def test_a_second_label_on_a_header_line_is_read():
    article = parse_article(f"{TITLE}\n\nStory Number: NNS240603-01 Release Date: 6/3/2024 2:00:00 PM\n\n{BODY}")
    assert (article.published, article.source) == (DAY, None)


def test_a_signatory_line_under_the_headline_is_not_the_title():
    article = parse_article(
        "Norland-Vale Ministerial Talks 2024\n\nMinisterial Consultations\n\n"
        "The Rt Hon Ann Roe MP, Secretary of State for Foreign and Commonwealth Affairs, Norland\n\n"
        "Senator the Hon Bo Lee, Minister for Foreign Affairs, Vale\n\n3 June 2024\n\n"
        "The ministers met today in Lima for the annual consultations.")
    assert article.title in ("Norland-Vale Ministerial Talks 2024", "Ministerial Consultations"), article.title


@pytest.mark.parametrize(
    "headline",
    ["Readout of Secretary Ann Roe's Meeting With Vale Secretary of State for Defence, Bo Lee",
     "Prime Minister Ann Roe speaks with the President of Vale, Bo Lee"],
)
def test_a_headline_naming_an_office_after_a_comma_stays_the_title(headline):
    assert parse_article(f"{headline}\n\n3 June 2024\n\nThe two met today in Lima.").title == headline


def test_dateline_with_a_dash_set_solid() -> None:
    """A dateline whose dash touches the next word ("DEDEDO, Guam\u2014Marines") is still the dateline."""
    found = read_dateline("DEDEDO, Guam\u2014Marines and sailors are scheduled to take part.")
    assert found is not None and (found.place, found.region, found.end) == ("Dededo", "Guam", 13)
    assert read_dateline("The UK\u2014Japan partnership grew.") is None


@pytest.mark.parametrize("line", ["Date Posted: 06.03.2024 | Story ID: 473000",
                                  "Story ID: 473000 | Date Posted: 06.03.2024"])
def test_a_labelled_all_digit_date_reads_in_its_labels_order_wherever_the_label_sits_in_the_line(line):
    article = parse_article(f"Marines train in Guam\n\n{line}\n\nMarines trained in Guam this week with allies.\n")
    assert article.published == date(2024, 6, 3)
