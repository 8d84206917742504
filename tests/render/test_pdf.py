"""The PDF writer, read back as a reader would: text, pages, outline, fonts, links, metadata."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from sitbrief.compose.brief import BLOCK_KINDS, Paragraph, Section, SourceItem, Sources
from sitbrief.render.pdf import writer as pdf_module
from sitbrief.render.pdf.blocks import BUILDERS
from sitbrief.render.pdf.context import Ctx
from sitbrief.render.pdf.dates import Scale, day_span, parse_partial, ticks
from sitbrief.render.pdf.layout import Mark, place_marks
from sitbrief.render.pdf.writer import write_pdf
from tests.render.briefs import CJK_NAMES, SENTENCES, sample_brief, sample_theme, stress_brief

POPPLER = shutil.which("pdftotext") and shutil.which("pdffonts")
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils not installed")
BASE14 = re.compile(r"^(Helvetica|Times|Courier|Symbol|ZapfDingbats)", re.I)


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory) -> tuple[Path, list[str]]:
    """Render the sample brief once."""
    path = tmp_path_factory.mktemp("pdf") / "sample.pdf"
    return path, write_pdf(sample_brief(), sample_theme(), path)


@pytest.fixture(scope="module")
def stress_pdf(tmp_path_factory) -> tuple[Path, list[str]]:
    """Render the stress brief once."""
    path = tmp_path_factory.mktemp("pdf") / "stress.pdf"
    return path, write_pdf(stress_brief(), sample_theme(), path)


def pdftotext(path: Path, page: int | None = None, *extra: str) -> str:
    """Return the text of `path` (one page when given) in pdftotext's reading order."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(["pdftotext", *pages, *extra, str(path), "-"],
                          capture_output=True, text=True, check=True).stdout


def flat(text: str) -> str:
    """Return `text` with all whitespace runs collapsed to one space."""
    return " ".join(text.split())


def lines(text: str) -> list[str]:
    """Return the non-blank lines of `text`, stripped."""
    return [line.strip() for line in text.splitlines() if line.strip()]


@needs_poppler
def test_text_finds_bluf_every_actor_and_quote(sample_pdf, stress_pdf):
    for path, brief in ((sample_pdf[0], sample_brief()), (stress_pdf[0], stress_brief())):
        text = flat(pdftotext(path))
        bluf = brief.sections[0].blocks[0].text
        assert flat(bluf) in text
        for actor in brief.sections[2].blocks[0].actors:
            if actor.name not in ("김정은",):  # no font of the default chain has Hangul
                assert actor.name in text
        for quote in brief.sections[4].blocks:
            assert flat(quote.text) in text
            assert quote.attribution in text


@needs_poppler
def test_every_page_has_marking_top_and_bottom_and_page_x_of_y(stress_pdf):
    path = stress_pdf[0]
    total = len(PdfReader(path).pages)
    assert total >= 2
    for page in range(1, total + 1):
        found = lines(pdftotext(path, page))
        assert found[0] == "UNCLASSIFIED"
        assert found[-1] == "UNCLASSIFIED"
        assert f"Page {page} of {total}" in " ".join(found[-4:])


def test_outline_has_one_entry_per_section_on_its_page(stress_pdf):
    reader = PdfReader(stress_pdf[0])
    titles = [entry.title for entry in reader.outline]
    assert titles == [section.title for section in stress_brief().sections]
    for entry in reader.outline:
        page = reader.pages[reader.get_destination_page_number(entry)]
        assert entry.title in page.extract_text()


def test_metadata(sample_pdf):
    reader = PdfReader(sample_pdf[0])
    meta, brief = reader.metadata, sample_brief()
    assert meta.title == brief.title
    assert meta.author == "Situation Desk"
    assert meta.subject == brief.subject
    assert "Japan" in meta["/Keywords"] and "defence" in meta["/Keywords"]
    assert meta.creator == "sitbrief"
    assert reader.trailer["/Root"]["/Lang"] == "en"


@needs_poppler
def test_all_fonts_embedded_truetype_no_base14(sample_pdf, stress_pdf):
    for path, _ in (sample_pdf, stress_pdf):
        rows = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                              check=True).stdout.splitlines()[2:]
        assert rows
        for row in rows:
            name = row.split()[0].split("+")[-1]
            assert not BASE14.match(name), row
            assert "TrueType" in row and " yes yes yes " in row, row
        assert b"Helvetica" not in path.read_bytes()


@pytest.mark.skipif(not shutil.which("qpdf"), reason="qpdf not installed")
def test_qpdf_check_passes(sample_pdf, stress_pdf):
    for path, _ in (sample_pdf, stress_pdf):
        result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def _links(reader: PdfReader) -> list[tuple[int, tuple[float, ...], int, float]]:
    """Return internal links: (source page, rect, destination page, destination top)."""
    out = []
    for index, page in enumerate(reader.pages):
        for annot in page.get("/Annots", []):
            annot = annot.get_object()
            if "/Dest" in annot:
                dest = annot["/Dest"]
                rect = tuple(float(v) for v in annot["/Rect"])
                out.append((index, rect, reader.get_page_number(dest[0].get_object()),
                            float(dest[3])))
    return out


def _text_in(path: Path, page: int, rect: tuple[float, ...], height: float) -> str:
    """Return the text pdftotext finds inside `rect` (PDF coordinates) of a page."""
    x0, y0, x1, y1 = rect
    area = ["-x", str(int(x0)), "-y", str(int(height - y1)), "-W", str(int(x1 - x0) + 1),
            "-H", str(int(y1 - y0) + 1), "-r", "72"]
    return pdftotext(path, page + 1, *area).strip()


def _word_tops(path: Path, page: int, height: float) -> dict[str, float]:
    """Return the top (PDF coordinates) of each word on a page, first occurrence."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page + 1), "-l", str(page + 1),
                           str(path), "-"], capture_output=True, text=True, check=True).stdout
    tops: dict[str, float] = {}
    for y_min, word in re.findall(r'yMin="([\d.]+)"[^>]*>([^<]*)</word>', html):
        tops.setdefault(word.replace("&#91;", "[").replace("&#93;", "]"), height - float(y_min))
    return tops


@needs_poppler
def test_reference_marks_link_to_their_evidence_entry_and_back(sample_pdf):
    path = sample_pdf[0]
    reader = PdfReader(path)
    height = float(reader.pages[0].mediabox.height)
    links = _links(reader)
    marks = [(src, _text_in(path, src, rect, height), dst, top) for src, rect, dst, top in links]
    forward = [m for m in marks if m[1].isdigit()]
    backward = [m for m in marks if re.fullmatch(r"\[\d+\]", m[1])]
    assert forward and backward
    numbers = {item.number for item in sample_brief().evidence.values()}
    assert {int(m[1]) for m in forward} == numbers
    for _, number, dst, top in forward:
        entry_top = _word_tops(path, dst, height)[f"[{number}]"]
        assert abs(entry_top - top) < 14, (number, entry_top, top)
    for _, label, dst, _top in backward:
        number = label.strip("[]")
        cited = [m for m in forward if m[0] == dst and m[1] == number]
        assert cited, label


@needs_poppler
def test_markup_in_article_text_prints_literally(tmp_path):
    brief = sample_brief()
    brief.sections[0].blocks[0] = Paragraph('AT&T <b> &nbsp; <img src="/etc/passwd"/> '
                                            '<a href="javascript:alert(1)">x</a> 5 < 6', "bluf")
    brief.sections[7].blocks[0] = Sources([SourceItem(1, "Evil", None, "javascript:alert(1)")])
    path = tmp_path / "markup.pdf"
    write_pdf(brief, sample_theme(), path)
    text = flat(pdftotext(path))
    assert 'AT&T <b> &nbsp; <img src="/etc/passwd"/> <a href="javascript:alert(1)">x</a> 5 < 6' \
        in text
    assert flat(SENTENCES["s5"]) in text
    assert b"javascript" not in path.read_bytes()


@needs_poppler
def test_cjk_cyrillic_greek_names_are_extracted(sample_pdf, stress_pdf):
    text = flat(pdftotext(stress_pdf[0]))
    for name in CJK_NAMES:
        if name != "김정은":
            assert name in text
    assert "Łódź, Київ, Αθήνα, 東京" in flat(pdftotext(sample_pdf[0]))


def test_hangul_without_a_font_is_reported(stress_pdf):
    assert any("U+AE40" in w for w in stress_pdf[1])


@needs_poppler
def test_character_no_font_covers_is_warned_and_left_out(tmp_path):
    brief = sample_brief()
    brief.sections[0].blocks[0] = Paragraph("Nazar \U0001F9FF and private \ue000 use.", "bluf")
    path = tmp_path / "missing.pdf"
    warnings = write_pdf(brief, sample_theme(), path)
    assert len(warnings) == 1
    assert "U+1F9FF" in warnings[0] and "U+E000" in warnings[0]
    text = flat(pdftotext(path))
    assert "Nazar and private use." in text
    assert "\U0001F9FF" not in text and "\ue000" not in text


def test_right_to_left_text_is_warned(tmp_path):
    brief = sample_brief()
    brief.sections[0].blocks[0] = Paragraph("Statement: \u05e9\u05dc\u05d5\u05dd", "bluf")
    warnings = write_pdf(brief, sample_theme(), tmp_path / "rtl.pdf")
    assert any("right-to-left" in w for w in warnings)


def test_sample_has_no_warnings(sample_pdf):
    assert sample_pdf[1] == []


def test_failed_build_keeps_previous_file_and_leaves_no_temp(tmp_path, monkeypatch):
    path = tmp_path / "brief.pdf"
    path.write_bytes(b"previous report")

    def broken(self, flowables, **kwargs):
        Path(self.filename).write_bytes(b"%PDF-partial")
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(pdf_module.BriefDoc, "build", broken)
    with pytest.raises(RuntimeError, match="disk on fire"):
        write_pdf(sample_brief(), sample_theme(), path)
    assert path.read_bytes() == b"previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.pdf"]


def test_write_replaces_previous_file(tmp_path):
    path = tmp_path / "brief.pdf"
    path.write_bytes(b"previous report")
    write_pdf(sample_brief(), sample_theme(), path)
    assert path.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["brief.pdf"]


def test_stress_brief_renders_on_several_pages(stress_pdf):
    assert len(PdfReader(stress_pdf[0]).pages) >= 2


@needs_poppler
def test_headings_never_end_a_page(stress_pdf):
    path = stress_pdf[0]
    titles = {section.title for section in stress_brief().sections}
    for page in range(1, len(PdfReader(path).pages) + 1):
        body = lines(pdftotext(path, page))[:-4]
        assert body[-1] not in titles, (page, body[-1])


def test_sample_fits_two_pages_before_its_evidence(tmp_path):
    brief = sample_brief()
    brief.sections = [s for s in brief.sections if s.kind != "evidence"]
    path = tmp_path / "short.pdf"
    write_pdf(brief, sample_theme(), path)
    assert len(PdfReader(path).pages) <= 2


def test_source_date_epoch_gives_identical_bytes(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1697716800")
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    write_pdf(sample_brief(), sample_theme(), first)
    write_pdf(sample_brief(), sample_theme(), second)
    assert first.read_bytes() == second.read_bytes()
    assert "2023" in PdfReader(first).metadata["/CreationDate"]


def test_section_without_blocks_still_gets_heading_and_outline(tmp_path):
    brief = sample_brief()
    brief.sections.insert(3, Section("empty", "Nothing here", []))
    path = tmp_path / "empty.pdf"
    write_pdf(brief, sample_theme(), path)
    assert "Nothing here" in [entry.title for entry in PdfReader(path).outline]


def test_every_block_kind_has_a_builder():
    assert set(BUILDERS) == set(BLOCK_KINDS)


def test_blank_lines_make_separate_paragraphs():
    brief, theme = sample_brief(), sample_theme()
    ctx = Ctx(brief, theme, 480)
    flowables = BUILDERS["paragraph"](Paragraph("One.\n\nTwo.\n \nThree.", "body", ["s1"]), ctx)
    assert len(flowables) == 3
    assert "ev-s1" in flowables[-1].text and "ev-s1" not in flowables[0].text


@needs_poppler
def test_actor_table_repeats_its_header_when_split(stress_pdf):
    path = stress_pdf[0]
    pages = [lines(pdftotext(path, n)) for n in range(1, len(PdfReader(path).pages) + 1)]
    with_actors = [p for p in pages if any(line.startswith("Person Number") for line in p)]
    assert len(with_actors) >= 2
    for page in with_actors:
        assert "Affiliation" in page


@needs_poppler
def test_assessment_is_labelled_as_judgement(sample_pdf):
    text = flat(pdftotext(sample_pdf[0]))
    assert "Analyst judgement · Likely (55-80%) · moderate confidence Australian participation" \
        in text


def test_logo_is_drawn_and_a_broken_logo_is_a_warning(tmp_path):
    from PIL import Image

    theme = sample_theme()
    theme.logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), "#1F3A5F").save(theme.logo)
    path = tmp_path / "logo.pdf"
    assert write_pdf(sample_brief(), theme, path) == []
    assert b"/Subtype /Image" in path.read_bytes()
    theme.logo.write_bytes(b"<svg/>")
    warnings = write_pdf(sample_brief(), theme, path)
    assert len(warnings) == 1 and "logo.png" in warnings[0]


# --- timeline dates and marker layout -------------------------------------------------------

def test_partial_dates_become_day_spans():
    assert parse_partial("2023").isoformat() == "2023-01-01"
    assert parse_partial("2024-02", last=True).isoformat() == "2024-02-29"
    assert parse_partial("2023-10-19").isoformat() == "2023-10-19"
    assert parse_partial("late 2023") is None and parse_partial("2023-13") is None
    first, last = day_span("2023-11-21", "2023-11-30")
    assert (first.day, last.day) == (21, 30)
    assert day_span(None, None) is None
    assert day_span("2024", None)[1].isoformat() == "2024-12-31"


def test_ticks_are_spaced_and_labelled():
    spans = [day_span("2023-08", "2023-08"), day_span("2024-02", "2024-02")]
    scale = Scale.fit(spans, 0, 400)
    found = ticks(scale, 40)
    assert [label for _, label in found][:2] == ["Aug 2023", "Sep"]
    assert all(b[0] - a[0] >= 40 for a, b in zip(found, found[1:], strict=False))
    assert "Jan 2024" in [label for _, label in found]


def _boxes_clear(marks: list[Mark], radius: float, strict: bool = True) -> None:
    """Assert no two boxes in a lane overlap and no stem crosses a label below it."""
    for a in marks:
        a0, a1 = a.extent(a.side, radius)
        for b in marks:
            if b is a:
                continue
            b0, b1 = b.extent(b.side, radius)
            if a.lane == b.lane:
                assert a1 <= b0 or b1 <= a0
            if strict and b.lane < a.lane and abs(a.x - b.x) > radius * 0.5:
                assert not b0 <= a.x <= b1


def test_labels_never_overlap_nor_cross_stems():
    xs = [30, 150, 152, 230, 370]
    marks = [Mark(i + 1, "past", "label", x, x, x, 120) for i, x in enumerate(xs)]
    assert place_marks(marks, 400, 4, 5.5)
    _boxes_clear(marks, 5.5)
    crowded = [Mark(i + 1, "past", "", 100 + i, 100 + i, 100 + i, 11) for i in range(15)]
    assert place_marks(crowded, 400, 15, 5.5, strict=False)
    _boxes_clear(crowded, 5.5, strict=False)
