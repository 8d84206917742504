"""Hostile articles through the real command: a clear one-line error, or the text exactly as written.

Each build row writes one article, runs `sitbrief build` on it, reads the PDF back with pdftotext
(inside the page frames) and the deck with python-pptx (shapes, tables, notes), and checks that the
payload appears as written, that nothing shows as U+FFFD or a `_x0000_` escape, and that every
warning is printed once.
"""

from __future__ import annotations

import codecs
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from sitbrief.facts.io import load_facts
from tests.hostile.helpers import (
    BODY,
    PPTX_ESCAPE,
    REPLACEMENT,
    SEED,
    Built,
    build,
    flat,
    invoke,
    lead,
    needs_poppler,
    pdf_body_text,
    run_cli,
    solid,
    time_limit,
)

pytestmark = needs_poppler

CITIES = "ministers from Łódź and Київ"
CP1252 = "Café owners’ “fair” prices – €5"
MARKUP = ('AT&T, <b>bold</b>, &nbsp;, &amp;, &#65;, <img src=/etc/passwd>, <script>x</script> and '
          '<a href="javascript:alert(1)">link</a>')
URL = "https://example.org/" + "a1b2c3d4e5" * 48
CJK = "".join("官方表示今天在东京举行了会谈双方同意加强合作他们还讨论了地区安全问题日本語のテキスト한국어"[(i * 7) % 45]
              for i in range(3000))
RTL = "\u0627\u0644\u0642\u0627\u0647\u0631\u0629 and \u05d9\u05e8\u05d5\u05e9\u05dc\u05d9\u05dd"
EMOJI = "the 🚢 ships 👍🏽 and 👨\u200d👩\u200d👧 families"
# Neutral words for long articles: no names, places, dates or event verbs for extraction to find.
FILLER = ("analysts continue to examine supply chains and port capacity across several coastal provinces "
          "while shipping firms review insurance costs and crew schedules for the coming season")
NEWLINES = ("Officials said the talks in Manila were long and detailed and covered\r\n"
            "many subjects, including the drills and patrols planned for the coming\r"
            "months, on Monday, the ministry said.\r\n\r\n"
            "The two navies agreed to hold joint drills next month off Palawan, officials said.\r\r"
            "The talks were the third this year, the ministry said.\x85\u2028\u2029")
NEWLINES_LEAD = ("Officials said the talks in Manila were long and detailed and covered many subjects, "
                 "including the drills and patrols planned for the coming months, on Monday, the ministry said.")


@dataclass
class Row:
    """A hostile article that must build, and what its outputs must (not) contain."""

    data: bytes
    present: str
    args: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    compare: str = "flat"
    pdf_present: str | None = None


def _utf8(text: str) -> bytes:
    return text.encode("utf-8")


BUILD_ROWS = {
    "utf8-bom": Row(codecs.BOM_UTF8 + _utf8(lead(CITIES)), CITIES, absent=("\ufeff",)),
    "utf16-le-bom": Row(lead(CITIES).encode("utf-16"), CITIES, absent=("\ufeff",)),
    "utf16-be-bom": Row(codecs.BOM_UTF16_BE + lead(CITIES).encode("utf-16-be"), CITIES, absent=("\ufeff",)),
    "utf32-bom": Row(lead(CITIES).encode("utf-32"), CITIES, absent=("\ufeff",)),
    "cp1252-with-encoding": Row(lead(CP1252).encode("cp1252"), CP1252, args=("--encoding", "cp1252")),
    "utf16-no-bom-with-encoding": Row(lead(CITIES).encode("utf-16-le"), CITIES, args=("--encoding", "utf-16-le")),
    "cp1252-auto-warns": Row(lead("Café owners met").encode("cp1252"), "owners met", args=("--encoding", "auto"),
                             warnings=("encoding guessed as",)),
    "mixed-newlines": Row(_utf8(NEWLINES), NEWLINES_LEAD, absent=("\r", "\x85", "\u2028", "\u2029")),
    "nul-and-controls": Row(_utf8(lead("the\x00 talks\x07 went\x01 well\x1f\x7f\x9b")), "the talks went well",
                            absent=("\x00", "\x07", "\x01", "\x1f", "\x7f", "\x9b")),
    "ansi-escapes": Row(_utf8(lead("\x1b[1;31murgent\x1b[0m news\x1b]0;title\x07")), "urgent news",
                        absent=("\x1b", "[1;31m", "[0m")),
    "zero-width-and-bidi": Row(_utf8(lead("Ma\u200bni\u2060la and \u202eevil\u202c and \u2066iso\u2069 text")),
                               "Manila and evil and iso text",
                               absent=("\u200b", "\u2060", "\u202e", "\u202c", "\u2066", "\u2069")),
    "nfd-accents": Row(_utf8(lead("leaders from Sa\u0303o Paulo and Zu\u0308rich")),
                       "leaders from São Paulo and Zürich", absent=("\u0303", "\u0308")),
    "markup-and-entities": Row(_utf8(lead(MARKUP)), MARKUP),
    "500-char-url": Row(_utf8(lead(URL + " was the link")), URL, compare="solid"),
    "3000-cjk-chars": Row(_utf8("Officials in Tokyo said the talks went well on Monday. The statement read "
                                + CJK + " in full, the ministry said." + BODY), CJK, compare="solid"),
    "arabic-and-hebrew": Row(_utf8(lead(RTL)), RTL, pdf_present="at the talks in Manila",
                             warnings=("right-to-left text",)),
    "emoji": Row(_utf8(lead(EMOJI)), EMOJI, pdf_present="ships",
                 warnings=("U+1F6A2 (🚢)", "U+1F44D (👍)", "U+1F468 (👨)", "left out")),
}


def _check_outputs(built: Built, row: Row) -> None:
    """Assert the shared guarantees of a successful build and the row's own expectations."""
    assert built.code == 0, built.stderr
    assert not built.errors and "Traceback" not in built.stderr
    assert len(built.warnings) == len(set(built.warnings)), "a warning was printed twice"
    for fragment in row.warnings:
        assert fragment in built.stderr
    assert sorted(p.suffix for p in built.outputs) == [".pdf", ".pptx", ".yaml"]
    load_facts(next(p for p in built.outputs if p.name.endswith(".facts.yaml")))  # the saved model reads back
    pdf = pdf_body_text(next(p for p in built.outputs if p.suffix == ".pdf"))
    same = solid if row.compare == "solid" else flat
    assert REPLACEMENT not in pdf and REPLACEMENT not in built.deck
    assert PPTX_ESCAPE not in built.deck
    assert same(row.pdf_present or row.present) in same(pdf)
    assert same(row.present) in same(built.deck)
    for text in row.absent:
        assert text not in built.pdf and text not in built.deck, f"{text!r} reached an output"


@pytest.mark.parametrize("name", list(BUILD_ROWS))
def test_hostile_article_builds_text_as_written(tmp_path: Path, name: str) -> None:
    row = BUILD_ROWS[name]
    article = tmp_path / "article.txt"
    article.write_bytes(row.data)
    _check_outputs(build(article, tmp_path / "out", *row.args), row)


def test_markup_is_never_obeyed_in_the_pdf(tmp_path: Path) -> None:
    images = {}
    for name, payload in (("plain", "plain words"), ("markup", MARKUP)):
        article = tmp_path / f"{name}.txt"
        article.write_text(lead(payload), encoding="utf-8")
        built = build(article, tmp_path / name, "--to", "pdf")
        assert built.code == 0
        pdf = next(p for p in built.outputs if p.suffix == ".pdf")
        data = pdf.read_bytes()
        images[name] = data.count(b"/Subtype /Image")
    assert images["markup"] == images["plain"], "an <img> in the article embedded a file"
    actions = [str(annot.get_object().get("/A", "")) for page in PdfReader(pdf).pages
               for annot in page.get("/Annots", [])]
    assert not [a for a in actions if "javascript" in a.lower()], "an <a href> became a PDF action"
    assert flat(MARKUP) in flat(built.pdf)


ERROR_ROWS = [
    pytest.param(b"", (), 1, "the article is empty", id="empty"),
    pytest.param(" \n\t\r\n \u3000\u00a0\n".encode(), (), 1, "the article is empty", id="whitespace-only"),
    pytest.param("\u200b\u202e\x1b[0m\x07".encode(), (), 1, "the article is empty", id="invisible-only"),
    pytest.param(bytes(range(256)) * 8, (), 1, "looks like a binary file", id="binary"),
    pytest.param(b"\x89PNG\r\n\x1a\n" + bytes(200), (), 1, "this is a PNG image, not an article", id="png"),
    pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", (), 1, "this is a PDF file, not an article", id="pdf"),
    pytest.param(b"PK\x03\x04" + bytes(100), (), 1, "zip archive", id="zip"),
    pytest.param(b"word " * 420_000, (), 1, "over the 2,000,000-byte limit", id="over-size-cap"),
    pytest.param(lead(CP1252).encode("cp1252"), (), 1, "not valid UTF-8 (byte 0xe9 at offset 18); if it is "
                 "Windows text, rerun with --encoding cp1252", id="cp1252-without-encoding"),
    pytest.param(lead(CITIES).encode("utf-16-le"), (), 1, "looks like UTF-16 text without a byte-order mark; "
                 "rerun with --encoding utf-16-le", id="utf16-without-bom"),
    pytest.param(codecs.BOM_UTF16_LE + b"\x00\xd8A\x00", (), 1, "not valid utf-16", id="utf16-lone-surrogate"),
    pytest.param(codecs.BOM_UTF16_LE + b"A\x00B", (), 1, "not valid utf-16", id="utf16-odd-length"),
    pytest.param(lead("x").encode(), ("--encoding", "klingon"), 2, "unknown text encoding 'klingon'",
                 id="unknown-encoding"),
    pytest.param(lead("x").encode(), ("--encoding", "rot13"), 2, "unknown text encoding 'rot13'",
                 id="not-a-text-encoding"),
    pytest.param(lead("é").encode("cp1252"), ("--encoding", "utf-8"), 1, "not valid utf-8 at byte offset 15",
                 id="wrong-encoding-named"),
    pytest.param(b"Hello there.", (), 1, "too little text to be an article", id="too-short"),
    pytest.param(b"<html><body><nav>Home | Cookies</nav></body></html>", (), 1, "too little text to be an article",
                 id="html-without-text"),
    pytest.param(b"<html><body>" + b"<div>" * 5000 + b"<p>Officials met in Manila on Monday, officials said.</p>"
                 + b"</div>" * 5000 + b"</body></html>", (), 1, "no article text found in this HTML page",
                 id="html-nested-5000-deep"),
]


@pytest.mark.parametrize("data, args, code, fragment", ERROR_ROWS)
def test_bad_article_is_refused_in_one_line(tmp_path: Path, data: bytes, args, code: int, fragment: str) -> None:
    suffix = ".html" if data.startswith(b"<html") else ".txt"
    article = tmp_path / f"article{suffix}"
    article.write_bytes(data)
    out = tmp_path / "out"
    result = invoke("build", str(article), "--out", str(out), *args)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.exit_code == code, result.stderr
    assert len(lines) == 1 and lines[0].startswith("sitbrief: error:"), result.stderr
    assert fragment in lines[0]
    assert not out.exists() or not [p for p in out.rglob("*") if p.is_file()]


def test_missing_article_and_empty_folder(tmp_path: Path) -> None:
    result = invoke("build", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1 and "nope.txt: no such file" in result.stderr
    (tmp_path / "empty").mkdir()
    result = invoke("build", str(tmp_path / "empty"), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1 and "no input files found" in result.stderr


def test_real_process_prints_one_line_and_no_traceback(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_bytes(lead(CP1252).encode("cp1252"))
    result = run_cli("build", str(article), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "--encoding cp1252" in result.stderr


@pytest.mark.slow
def test_50000_word_article_builds_in_sane_time(tmp_path: Path) -> None:
    words = FILLER.split()
    sentences = [" ".join(words[(i * 7 + j * 3) % len(words)] for j in range(12 + i % 9)).capitalize() + "."
                 for i in range(3200)]
    paragraphs = [" ".join(sentences[i:i + 6]) for i in range(0, len(sentences), 6)]
    article = tmp_path / "long.txt"
    article.write_text(lead("the long report was published") + "\n\n" + "\n\n".join(paragraphs) + "\n")
    assert len(article.read_text().split()) >= 50_000
    start = time.process_time()
    built = build(article, tmp_path / "out")
    elapsed = time.process_time() - start
    _check_outputs(built, Row(b"", "Officials said the long report was published at the talks in Manila"))
    assert elapsed < 60, f"a 50,000-word article used {elapsed:.0f} s of processor time"


@pytest.mark.slow
def test_50000_words_without_a_full_stop_are_cut_into_sentences(tmp_path: Path) -> None:
    words = FILLER.split()[:12]
    article = tmp_path / "run-on.txt"
    article.write_text("Officials said the report was published at the talks in Manila on Monday and "
                       + " ".join(words[(i * 7) % len(words)] for i in range(50_000)) + "\n")
    start = time.process_time()
    built = build(article, tmp_path / "out", "--to", "pdf")
    assert built.code == 0, built.stderr
    assert time.process_time() - start < 60
    assert "Officials said the report was published" in flat(built.pdf)


def test_fitting_a_very_long_running_header_title_is_fast() -> None:
    from sitbrief.layout import load_layout
    from sitbrief.render.pdf.markup import FontSet

    fonts = FontSet(load_layout("default").theme())
    with time_limit(1.0):
        fitted = fonts.fit(CJK, fonts.chain(), 8, 400)
    assert fitted.endswith("\u2026") and CJK.startswith(fitted[:-1])


def test_all_cjk_article_builds(tmp_path: Path) -> None:
    first = "日本と豪州の防衛相は十九日東京で会談し共同訓練の拡大で合意した。"
    article = tmp_path / "cjk.txt"
    article.write_text(first + ("両国は地域の安全保障について意見を交換した。" * 140) + "\n", encoding="utf-8")
    built = build(article, tmp_path / "out")
    assert built.code == 0, built.stderr
    assert first in solid(built.pdf) and first in solid(built.deck)


@pytest.mark.xfail(strict=True, reason=(
    "render/pdf_markup.py draws right-to-left runs left to right in logical order (no bidi reordering, "
    "no shaping): the PDF shows Arabic and Hebrew letters reversed and unjoined, and pdftotext reads "
    "'ةرهاقلا' for 'القاهرة'. Warned about, but the text is not as written"))
def test_arabic_and_hebrew_read_back_from_the_pdf_in_order(tmp_path: Path) -> None:
    article = tmp_path / "rtl.txt"
    article.write_text(lead(RTL), encoding="utf-8")
    built = build(article, tmp_path / "out", "--to", "pdf")
    words = RTL.split(" and ")
    assert all(word in built.pdf for word in words)


def test_left_out_emoji_leave_no_stray_joiner(tmp_path: Path) -> None:
    article = tmp_path / "emoji.txt"
    article.write_text(lead(EMOJI), encoding="utf-8")
    built = build(article, tmp_path / "out", "--to", "pdf")
    assert built.code == 0
    assert "\u200d" not in built.pdf


def test_strict_turns_the_left_out_emoji_warning_into_exit_6(tmp_path: Path) -> None:
    article = tmp_path / "emoji.txt"
    article.write_text(lead(EMOJI), encoding="utf-8")
    result = invoke("build", str(article), "--out", str(tmp_path / "out"), "--published", "2024-05-06",
                    "--strict")
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.exit_code == 6, result.stderr
    assert len(lines) == 1 and "--strict" in lines[0]


def test_cjk_word_near_a_line_break_in_an_english_bluf(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Officials said at the talks in Manila on Monday, the ministry said.\n\n"
                       "Officials Officials 東京 000000@Æ", encoding="utf-8")
    built = build(article, tmp_path / "out", "--to", "pdf")
    assert built.code == 0, built.stderr
    assert "東京" in built.pdf


def test_size_cap_can_be_changed_for_one_run(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(lead("a story of ordinary length"), encoding="utf-8")
    result = invoke("build", str(article), "--out", str(tmp_path / "out"), env={"SITBRIEF_MAX_BYTES": "100"})
    assert result.exit_code == 1
    assert "bytes is over the 100-byte limit for one article; split it, or set SITBRIEF_MAX_BYTES" in result.stderr


def test_an_overlong_title_and_related_list_are_shortened_with_a_warning(tmp_path: Path) -> None:
    body = SEED.read_text(encoding="utf-8")
    page = tmp_path / "page.html"
    related = "".join(f'<li><a href="/s{i}">Related story {i} {"r" * 600}</a></li>' for i in range(150))
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    page.write_text(f"<html><head><title>{'Japan ' * 300}</title></head><body><article><h1>{'Japan ' * 300}</h1>"
                    f"{paragraphs}<ul>{related}</ul></article></body></html>", encoding="utf-8")
    facts = tmp_path / "facts.yaml"
    result = invoke("extract", str(page), "-o", str(facts))
    assert result.exit_code == 0, result.stderr
    assert "title: over 500 characters, shortened to fit" in result.stderr
    assert "related: over 100 items, shortened to fit" in result.stderr
    built = build(facts, tmp_path / "out")  # the shortened fact file is valid as it stands
    assert built.code == 0, built.stderr


def test_invisible_characters_are_removed_from_names_taken_from_an_article(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text(SEED.read_text(encoding="utf-8").replace(
        "Minoru Kihara", "Mino\u200bru Ki\u2060hara\U000e0041\u200f"), encoding="utf-8")
    facts = tmp_path / "facts.yaml"
    assert invoke("extract", str(article), "-o", str(facts)).exit_code == 0
    text = facts.read_text(encoding="utf-8")
    assert "name: Minoru Kihara" in text and "\U000e0041" not in text.split("sentences:")[0]
