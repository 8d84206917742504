"""Reading articles: decoding, cleaning, metadata, sentences with offsets."""

from __future__ import annotations

import codecs

import pytest

from sitbrief.core.errors import InputError
from sitbrief.read.article import parse_article, read_article
from sitbrief.text.clean import clean_text

BODY = "Officials met in Paris on Monday. They agreed to talk again, the ministry said.\n"


def test_sentence_offsets_point_into_normalised_text():
    article = parse_article("Headline of the story here\n\n" + BODY + "\nMore text follows here today.")
    for s in article.sentences:
        assert article.text[s.start:s.end] == s.text


@pytest.mark.parametrize("data,fragment", [
    (b"", "empty"), (b"   \n\t  ", "empty"), (b"%PDF-1.7 binary", "PDF"),
    (b"PK\x03\x04abc", "zip"), (b"abc\x00def" * 10, "binary"),
    ("Caf\u00e9 society met on Monday in Paris today.".encode("cp1252"), "--encoding cp1252"),
])
def test_bad_input_is_refused_clearly(tmp_path, data, fragment):
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as info:
        read_article(path)
    assert fragment in str(info.value)
    assert "\n" not in str(info.value)


def test_size_cap(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 500_000)
    with pytest.raises(InputError, match="limit"):
        read_article(path)


def test_encodings(tmp_path):
    text = "Ministers from Łódź and Київ met on Monday in Paris, officials said."
    for name, data in [("bom", codecs.BOM_UTF8 + text.encode()), ("utf16", text.encode("utf-16"))]:
        path = tmp_path / f"{name}.txt"
        path.write_bytes(data)
        assert read_article(path).sentences[0].text == text
    path = tmp_path / "cp.txt"
    path.write_bytes("Caf\u00e9 owners met officials in Paris on Monday, they said.".encode("cp1252"))
    assert "Café" in read_article(path, encoding="cp1252").text


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="folder"):
        read_article(tmp_path)


def test_clean_text_strips_controls_bidi_and_normalises():
    dirty = "A\x00B\u202eC\u200bD\r\nE\x1b[31mF\x1b[0m e\u0301"
    assert clean_text(dirty) == "ABCD\nEF \u00e9"


def test_markup_is_kept_literally():
    article = parse_article("AT&T said <b>nothing</b> &nbsp; today in a statement to reporters.")
    assert article.sentences[0].text.startswith("AT&T said <b>nothing</b> &nbsp;")


def test_wire_header_dateline_and_trailer():
    text = ("Ships to sail next month\n\nBy Ana Cruz\n\nMarch 3, 2025 9:14 AM GMT+8\n\n"
            "MANILA, March 3 (Harbor Wire) - The navy will sail next month, officials said.\n\n"
            "(Reporting by Ana Cruz; Editing by Bo Li)")
    article = parse_article(text)
    assert article.title == "Ships to sail next month"
    assert article.byline == "Ana Cruz"
    assert article.published.isoformat() == "2025-03-03"
    assert article.dateline == "Manila" and article.source == "Harbor Wire"
    assert article.sentences[0].text.startswith("The navy will sail")
    assert all("Reporting by" not in s.text for s in article.sentences)


def test_html_main_text(tmp_path):
    html = """<html><head><title>Drills begin - Site</title>
    <meta property="og:site_name" content="Harbor Wire">
    <meta property="article:published_time" content="2024-03-03T10:00:00Z"></head>
    <body><nav>Home | World | Cookies</nav><article><h1>Drills begin</h1>
    <p>The Philippines and Japan began joint drills on Sunday off Palawan, officials said.</p>
    <p>AT&amp;T and &lt;b&gt; appear as written in this second paragraph of the story.</p>
    </article><footer>Copyright Harbor Wire</footer></body></html>"""
    path = tmp_path / "story.html"
    path.write_text(html)
    article = read_article(path)
    assert article.source == "Harbor Wire" and article.published.isoformat() == "2024-03-03"
    assert "AT&T and <b>" in article.text and "Cookies" not in article.text


@pytest.mark.parametrize(
    "header,published,dateline",
    [
        ("Date Posted: 11.05.2024 22:34\n\nCAMP H.M. SMITH, Hawaii \u2013 ", "2024-11-05", "Camp H.M. Smith"),
        ("MANILA, June 3, 2024 \u2014 ", "2024-06-03", "Manila"),
        ("Date Posted: 09.03.2017\n\nANDERSEN SOUTH AIR FORCE BASE, Guam \u2014 ", "2017-09-03",
         "Andersen South Air Force Base"),
    ],
)
def test_date_lines_and_datelines(header, published, dateline):
    text = f"Marines train in Guam\n\n{header}Marines arrived to train with partners on the island this week."
    article = parse_article(text)
    assert article.published.isoformat() == published
    assert article.dateline == dateline
    assert article.sentences[0].text.startswith("Marines arrived")


def test_what_a_dateline_adds_after_its_place_is_kept_apart():
    article = parse_article("Marines train\n\nCAMP HANSEN, Okinawa, Japan \u2014 Marines arrived to train with "
                            "partners on the island this week.")
    assert article.dateline == "Camp Hansen" and article.dateline_region == "Okinawa, Japan"


def test_an_abbreviated_state_after_a_dateline_is_its_region():
    article = parse_article("Sailors train\n\nHALLOWAY, Md. -- Sailors arrived to train with partners on the "
                            "coast this week.")
    assert article.dateline == "Halloway" and article.dateline_region == "Md."
    assert article.sentences[0].text.startswith("Sailors arrived")


@pytest.mark.parametrize("office", ["Deputy Spokesperson", "Press Secretary", "Assistant Secretary for Public Affairs"])
def test_a_signers_name_over_their_office_is_the_byline_not_the_outlet(office: str) -> None:
    article = parse_article(
        "Secretary Reed's Meeting With Norlandic Foreign Minister Ana Ruiz\n\nPress Statement\n\nTom Lark\n\n"
        f"{office}\n\nWashington, DC\n\nMarch 28, 2019\n\nSecretary Tom Reed met today with Foreign Minister Ana Ruiz."
    )
    assert article.byline == "Tom Lark"
    assert article.source != "Tom Lark" and article.source != "Washington, DC"


def test_a_summary_line_without_a_full_stop_under_the_headline_is_not_the_title() -> None:
    article = parse_article(
        "Defence Secretary visits Norland\n\nVisit by the Defence Secretary, Ann Roe, to Oslo and Bergen shows the "
        "depth of the relationship between the two countries\n\nDefence Secretary Ann Roe met in Oslo with the "
        "Prime Minister."
    )
    assert article.title == "Defence Secretary visits Norland"


def test_an_outlet_line_over_a_long_title_case_headline_leaves_the_headline_the_title() -> None:
    article = parse_article(
        "Norland Ministry of Defence\n\nReadout of Secretary of Defense Ann Roe's Call With Norlandic Minister "
        "of Defence Tom Reed\n\nSecretary of Defense Ann Roe spoke today with Tom Reed."
    )
    assert article.title.startswith("Readout of Secretary of Defense Ann Roe")


def test_a_date_line_with_a_bracketed_byline_is_no_title() -> None:
    article = parse_article("Jets deploy to Norland\n\nAugust 28, 2015 (by Ann Lee)\n\nFour jets arrived at Vale.")
    assert article.title == "Jets deploy to Norland"
    assert article.byline == "Ann Lee" and article.published.isoformat() == "2015-08-28"


@pytest.mark.parametrize("label", ["Media Note", "Media Advisory", "Fact Sheet"])
def test_a_release_type_label_is_not_the_outlet(label: str) -> None:
    article = parse_article(
        f"Joint Communique of the Talks\n\nAugust 12, 2014\n\n{label}\n\nThe ministers met in Perth on Monday."
    )
    assert article.source != label
