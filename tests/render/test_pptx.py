"""The PowerPoint writer: slides, marking, notes, fit, native objects, properties, files."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.oxml.ns import qn

from sitbrief.core.errors import LayoutError
from sitbrief.layout.theme import DeckSlot
from sitbrief.render.pptx import writer
from sitbrief.render.pptx.check import check_deck
from sitbrief.render.pptx.master import LAYOUTS, default_master_path, master_bytes
from sitbrief.render.pptx.writer import build_pptx, plan_pptx, plan_texts, write_pptx
from tests.render.briefs import long_tables_brief, sample_brief, sample_map, sample_theme, stress_brief

BRIEFS = {"sample": sample_brief, "stress": stress_brief, "long": long_tables_brief}
EPOCH = "1697673600"  # 2023-10-19 00:00 UTC


@pytest.fixture(scope="module")
def decks(tmp_path_factory) -> dict[str, tuple]:
    """Write each test brief once: name -> (brief, path, warnings)."""
    folder = tmp_path_factory.mktemp("decks")
    out = {}
    for name, make in BRIEFS.items():
        brief = make()
        path = folder / f"{name}.pptx"
        out[name] = (brief, path, write_pptx(brief, sample_theme(), path))
    return out


def kinds(prs) -> list[str]:
    """Return the slide kinds of a deck (slide names), continuation slides collapsed."""
    names = [slide.name for slide in prs.slides]
    return [n for i, n in enumerate(names) if i == 0 or names[i - 1] != n]


def shape_named(slide, name: str):
    """Return the first shape of `slide` called `name`."""
    return next(s for s in slide.shapes if s.name == name)


def slide_texts(slide) -> list[str]:
    """Return every non-empty text of a slide: text frames and table cells."""
    texts = []
    for shape in slide.shapes:
        if shape.has_text_frame:
            texts.append(shape.text_frame.text)
        if shape.has_table:
            texts += [c.text_frame.text for row in shape.table.rows for c in row.cells]
    return sorted(t for t in texts if t)


# --- structure ------------------------------------------------------------------------------

@pytest.mark.parametrize("name", list(BRIEFS))
def test_slides_follow_the_brief_in_order(decks, name):
    brief, path, _ = decks[name]
    prs = Presentation(str(path))
    merged = [s for s in brief.slides if s.kind not in kinds(prs)]
    assert all(s.kind in sample_theme().deck_merge for s in merged)  # short ones go under the slide before
    assert kinds(prs) == [s.kind for s in brief.slides if s not in merged]
    firsts = [s for i, s in enumerate(prs.slides) if i == 0 or prs.slides[i - 1].name != s.name]
    titles = [s.shapes.title.text_frame.text for s in firsts]
    assert titles == [s.title for s in brief.slides if s not in merged]
    subheadings = [shape.text_frame.text for slide in prs.slides for shape in slide.shapes
                   if shape.name == "Subheading"]
    assert [s.title for s in merged] == subheadings


def test_continued_slides_say_so(decks):
    prs = Presentation(str(decks["stress"][1]))
    names = [s.name for s in prs.slides]
    assert names.count("actors") == 2 and names.count("quotes") >= 2
    for i, slide in enumerate(prs.slides):
        if i and names[i - 1] == slide.name:
            assert slide.shapes.title.text_frame.text.endswith("(cont.)")


@pytest.mark.parametrize("name", list(BRIEFS))
def test_marking_on_every_slide_top_and_bottom(decks, name):
    brief, path, _ = decks[name]
    prs = Presentation(str(path))
    for slide in prs.slides:
        top, bottom = shape_named(slide, "Marking top"), shape_named(slide, "Marking bottom")
        assert top.text_frame.text == bottom.text_frame.text == brief.marking.text
        assert top.top == 0 and bottom.top + bottom.height == prs.slide_height
        assert str(top.fill.fore_color.rgb) == sample_theme().colours["marking_bg"].lstrip("#")


def test_slide_numbers_and_footer_on_every_slide(decks):
    brief, path, _ = decks["sample"]
    for number, slide in enumerate(Presentation(str(path)).slides, start=1):
        field = shape_named(slide, "Slide number")._element.find(".//" + qn("a:fld"))
        assert field.get("type") == "slidenum" and field.findtext(qn("a:t")) == str(number)
        assert shape_named(slide, "Footer").text_frame.text == brief.footer


def test_notes_quote_the_evidence_of_each_content_slide(decks):
    brief, path, _ = decks["sample"]
    prs = Presentation(str(path))
    shown = [s for s in brief.slides if s.kind in kinds(prs)]
    for slide, source in zip(prs.slides, shown, strict=True):
        notes = slide.notes_slide.notes_text_frame.text
        assert brief.source_line in notes
        if source.kind in ("title", "upcoming"):
            continue
        refs = [r for b in source.blocks for r in writer_refs(b)]
        for sid in refs:
            item = brief.evidence[sid]
            assert f"[{item.number}] “{item.text}”" in notes, (source.kind, sid)


def test_upcoming_notes_quote_only_what_the_slide_shows(decks):
    brief, path, _ = decks["sample"]
    slide = next(s for s in Presentation(str(path)).slides if s.name == "upcoming")
    notes = slide.notes_slide.notes_text_frame.text
    assert f"[{brief.evidence['s1'].number}]" in notes
    assert f"[{brief.evidence['s4'].number}]" not in notes  # a past event's sentence


def writer_refs(block) -> list[str]:
    """Return the refs of a block and its items."""
    refs = list(getattr(block, "refs", []))
    for attr in ("items", "rows", "actors", "entries"):
        refs += [r for item in getattr(block, attr, []) for r in getattr(item, "refs", [])]
    return refs


def test_upcoming_shows_planned_and_postponed_entries_only(decks):
    brief, path, _ = decks["sample"]
    slide = next(s for s in Presentation(str(path)).slides if s.name == "upcoming")
    table = next(s for s in slide.shapes if s.has_table).table
    dates = [row.cells[0].text_frame.text for row in table.rows]
    assert dates == ["Date", "20 Oct 2023", "late Nov 2023", "Feb 2024", "date not stated"]


def test_long_tables_continue_with_the_header_repeated(decks):
    brief, path, _ = decks["long"]
    prs = Presentation(str(path))
    for kind, header, count in (("upcoming", "Date", 40), ("sources", "#", 30)):
        slides = [s for s in prs.slides if s.name == kind]
        assert len(slides) > 1
        rows = []
        for slide in slides:
            table = next(s for s in slide.shapes if s.has_table).table
            assert table.rows[0].cells[0].text_frame.text == header
            assert table.first_row
            rows += [r.cells[1].text_frame.text for r in list(table.rows)[1:]]
        assert len(rows) == count == len(set(rows))


def test_actor_cards_are_all_the_same_size(decks):
    brief, path, _ = decks["stress"]
    prs = Presentation(str(path))
    cards = [s for slide in prs.slides if slide.name == "actors" for s in slide.shapes
             if s.name == "Actor card"]
    assert len(cards) == 12
    assert len({(c.width, c.height) for c in cards}) == 1
    names = {c.text_frame.paragraphs[0].text for c in cards}
    assert {a.name for a in brief.slides[3].blocks[0].actors} == names


def test_timeline_markers_are_placed_by_date_past_filled_planned_hollow(decks):
    prs = Presentation(str(decks["sample"][1]))
    slide = next(s for s in prs.slides if s.name == "timeline")
    markers = [s for s in slide.shapes if s.name.startswith("Marker")][:6]
    xs = [m.left for m in markers]
    assert xs == sorted(xs)
    assert markers[0].name == "Marker past" and markers[-1].name == "Marker undated"
    past_fill = str(markers[0].fill.fore_color.rgb)
    planned = next(m for m in markers if m.name == "Marker planned")
    assert past_fill == sample_theme().colours["past"].lstrip("#")
    assert str(planned.fill.fore_color.rgb) == "FFFFFF"
    assert str(planned.line.color.rgb) == sample_theme().colours["planned"].lstrip("#")
    assert any(s.name == "Axis undated" for s in slide.shapes)


# --- native, editable PowerPoint -----------------------------------------------------------

@pytest.mark.parametrize("name", list(BRIEFS))
def test_no_pictures_of_text_and_no_empty_placeholders(decks, name):
    prs = Presentation(str(decks[name][1]))
    for slide in prs.slides:
        assert not [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
        for placeholder in slide.placeholders:
            assert placeholder.text_frame.text.strip()
        assert "Click to" not in "".join(slide_texts(slide))
    kinds_with_tables = {s.name for s in prs.slides if any(x.has_table for x in s.shapes)}
    assert {"key_facts", "upcoming"} <= kinds_with_tables
    headers = [x.table.cell(0, 0).text_frame.text for s in prs.slides for x in s.shapes if x.has_table]
    assert "#" in headers  # the sources table, on its own slide or under the one before


def test_every_run_names_latin_east_asian_and_complex_typefaces(decks):
    theme = sample_theme()
    root = zipfile.ZipFile(decks["stress"][1])
    slides = [n for n in root.namelist() if n.startswith("ppt/slides/slide")]
    for name in slides:
        xml = root.read(name)
        from lxml import etree

        for rpr in etree.fromstring(xml).iter(qn("a:rPr")):
            assert rpr.get("sz"), name
            assert rpr.find(qn("a:latin")).get("typeface") == theme.body_font.family
            assert rpr.find(qn("a:ea")).get("typeface") == "Droid Sans Fallback"
            assert rpr.find(qn("a:cs")) is not None


@pytest.mark.parametrize("name", list(BRIEFS))
def test_reopened_deck_has_every_text_as_planned(decks, name):
    brief, path, _ = decks[name]
    _, plans, _, _ = plan_pptx(brief, sample_theme())
    prs = Presentation(str(path))
    assert len(prs.slides) == len(plans)
    for slide, plan in zip(prs.slides, plans, strict=True):
        assert slide_texts(slide) == sorted(t for t in plan_texts(plan) if t)
        assert slide.notes_slide.notes_text_frame.text == plan.notes


# --- text fits ------------------------------------------------------------------------------

@pytest.mark.parametrize("name", list(BRIEFS))
def test_no_text_frame_exceeds_its_box(decks, name):
    path = decks[name][1]
    assert check_deck(path, sample_theme()) == []
    assert check_deck(path, sample_theme(), margins=False) == []


def test_checker_catches_an_overflowing_frame(decks, tmp_path):
    prs = Presentation(str(decks["sample"][1]))
    shape = shape_named(prs.slides[1], "Text callout")
    shape.text_frame.paragraphs[0].runs[0].text = "A much longer bottom line. " * 40
    edited = tmp_path / "edited.pptx"
    prs.save(edited)
    problems = check_deck(edited, sample_theme())
    assert problems and "Text callout" in problems[0]


def test_warnings_say_what_no_font_covers_but_not_routine_continuations(decks):
    warnings = decks["stress"][2]
    assert not any("continued" in w for w in warnings), "cards and tables continue without a warning"
    assert any("U+AE40" in w for w in warnings)
    assert decks["sample"][2] == []


@pytest.mark.libreoffice
@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_libreoffice_converts_one_page_per_slide(decks, tmp_path):
    from pypdf import PdfReader

    path = decks["stress"][1]
    profile = f"-env:UserInstallation=file://{tmp_path / 'profile'}"
    subprocess.run(["soffice", profile, "--headless", "--convert-to", "pdf", "--outdir",
                    str(tmp_path), str(path)], check=True, capture_output=True, timeout=120)
    pages = len(PdfReader(tmp_path / "stress.pdf").pages)
    assert pages == len(Presentation(str(path)).slides)


# --- properties, bytes, files ---------------------------------------------------------------

def test_core_properties_are_ours_only(decks):
    brief, path, _ = decks["sample"]
    props = Presentation(str(path)).core_properties
    assert props.title == brief.title and props.author == brief.organisation
    assert props.subject == brief.subject and props.keywords == "Japan, Australia, defence"
    assert props.last_modified_by == brief.organisation and props.revision == 1
    package = zipfile.ZipFile(path)
    core = package.read("docProps/core.xml").decode()
    for leftover in ("python-pptx", "Steve Canny", "2013", "PowerPoint Presentation"):
        assert leftover not in core
    assert b"<Application>sitbrief</Application>" in package.read("docProps/app.xml")
    assert not [n for n in package.namelist() if "thumbnail" in n or "printerSettings" in n]


def test_long_title_property_is_cut_to_255_characters(decks):
    props = Presentation(str(decks["stress"][1])).core_properties
    assert len(props.title) <= 255 and props.title.endswith("…")


def test_source_date_epoch_gives_identical_bytes(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    first, _ = build_pptx(sample_brief(), sample_theme())
    second, _ = build_pptx(sample_brief(), sample_theme())
    assert first == second
    props = Presentation(io.BytesIO(first)).core_properties
    assert props.created == props.modified == dt.datetime(2023, 10, 19)
    stamps = {i.date_time for i in zipfile.ZipFile(io.BytesIO(first)).infolist()}
    assert stamps == {(2023, 10, 19, 0, 0, 0)}


def test_a_failed_write_keeps_the_previous_file_and_leaves_no_temp(tmp_path, monkeypatch):
    path = tmp_path / "deck.pptx"
    path.write_bytes(b"previous")

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(writer, "draw_slide", broken)
    with pytest.raises(RuntimeError):
        write_pptx(sample_brief(), sample_theme(), path)
    monkeypatch.undo()
    monkeypatch.setattr("sitbrief.render.pptx.package.os.replace", broken)
    with pytest.raises(RuntimeError):
        write_pptx(sample_brief(), sample_theme(), path)
    assert path.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["deck.pptx"]


# --- templates and slots --------------------------------------------------------------------

def test_template_slides_are_removed_cleanly(tmp_path):
    template = Presentation(io.BytesIO(master_bytes()))
    for n in range(2):
        slide = template.slides.add_slide(template.slide_layouts[1])
        slide.shapes.title.text = f"Template slide {n}"
        slide.notes_slide.notes_text_frame.text = "template notes"
    path = tmp_path / "org.pptx"
    template.save(path)
    theme = replace(sample_theme(), deck_template=path)
    out = tmp_path / "deck.pptx"
    write_pptx(sample_brief(), theme, out)
    names = zipfile.ZipFile(out).namelist()
    assert len(names) == len(set(names))
    prs = Presentation(str(out))
    slide_parts = [n for n in names if n.startswith("ppt/slides/slide")]
    assert len(slide_parts) == len(prs.slides)
    assert "Template slide" not in "".join(t for s in prs.slides for t in slide_texts(s))


def test_a_slot_named_after_a_kind_and_its_body_placeholder_are_used(tmp_path):
    slots = dict(sample_theme().deck_slots)
    slots["bluf"] = DeckSlot("Title and Content", {"title": {"type": "title"},
                                                   "body": {"type": "body"}})
    theme = replace(sample_theme(), deck_slots=slots)
    out = tmp_path / "deck.pptx"
    write_pptx(sample_brief(), theme, out)
    slide = next(s for s in Presentation(str(out)).slides if s.name == "bluf")
    assert slide.slide_layout.name == "Title and Content"
    title, body = slide.placeholders  # the master's body placeholder is filled, not replaced
    assert (title.placeholder_format.type, body.placeholder_format.type) == (1, 7)
    bluf = next(b for b in sample_brief().slides if b.kind == "bluf").blocks[0].text
    assert body.text_frame.paragraphs[0].text == bluf
    assert not [s for s in slide.shapes if s.name.startswith("Text ")]  # no own text boxes
    assert check_deck(out, theme) == []


def test_a_missing_layout_name_is_explained(tmp_path):
    slots = {"title": DeckSlot("Cover"), "content": DeckSlot("Title Only")}
    theme = replace(sample_theme(), deck_slots=slots)
    with pytest.raises(LayoutError, match="no slide layout named 'Cover'.*'Title Slide'"):
        write_pptx(sample_brief(), theme, tmp_path / "deck.pptx")


def test_four_by_three_slides_fit_too(tmp_path):
    theme = replace(sample_theme(), slide_size=(9144000, 6858000))
    out = tmp_path / "deck.pptx"
    write_pptx(stress_brief(), theme, out)
    prs = Presentation(str(out))
    assert (prs.slide_width, prs.slide_height) == (9144000, 6858000)
    assert check_deck(out, theme) == []


# --- the default master ---------------------------------------------------------------------

def test_default_master_is_committed_and_up_to_date():
    path = default_master_path()
    assert path is not None and path.read_bytes() == master_bytes()
    prs = Presentation(str(path))
    assert (prs.slide_width, prs.slide_height) == (12192000, 6858000)
    assert [layout.name for layout in prs.slide_layouts] == list(LAYOUTS)
    assert len(prs.slides) == 0
    core = zipfile.ZipFile(path).read("docProps/core.xml").decode()
    assert "python-pptx" not in core and "Steve Canny" not in core


def test_default_master_placeholders_sit_inside_the_slide():
    prs = Presentation(str(default_master_path()))
    for layout in prs.slide_layouts:
        for ph in layout.placeholders:
            assert ph.left >= 0 and ph.left + ph.width <= prs.slide_width
            assert ph.top >= 0 and ph.top + ph.height <= prs.slide_height


def test_writer_modules_stay_small():
    folder = Path(writer.__file__).parent
    for path in folder.glob("pptx*.py"):
        assert len(path.read_text().splitlines()) <= 400, path.name


def test_every_block_kind_and_role_is_drawn_and_fits(tmp_path):
    from sitbrief.compose.brief import BLOCK_KINDS, Paragraph, Slide

    brief = sample_brief()
    blocks = [b for section in brief.sections for b in section.blocks]
    roles = ("body", "lead", "bluf", "muted", "context", "judgement", "alert", "caption")
    blocks += [Paragraph(f"A {role} paragraph.", role) for role in roles] + [sample_map()]
    assert {b.kind for b in blocks} == set(BLOCK_KINDS)
    brief.slides = [brief.slides[0]] + [Slide("context", f"Block {b.kind}", [b]) for b in blocks]
    out = tmp_path / "every.pptx"
    write_pptx(brief, sample_theme(), out)
    assert len(Presentation(str(out)).slides) >= len(brief.slides)
    assert check_deck(out, sample_theme()) == []


def test_layouts_are_found_on_any_master_of_a_potx_template(tmp_path):
    from tests.layout.masters import add_second_master, build_master, to_potx

    renames = {"Title Slide": "Briefing Cover", "Title Only": "Briefing Page"}
    path = tmp_path / "org.potx"
    path.write_bytes(to_potx(add_second_master(build_master(), renames)))
    slots = {"title": DeckSlot("Briefing Cover", {"title": {"type": "ctrTitle"},
                                                  "subtitle": {"idx": 1}}),
             "content": DeckSlot("Briefing Page", {"title": {"type": "title"}})}
    theme = replace(sample_theme(), deck_template=path, deck_slots=slots)
    out = tmp_path / "deck.pptx"
    write_pptx(sample_brief(), theme, out)
    prs = Presentation(str(out))
    assert len(prs.slide_masters) == 2
    assert {s.slide_layout.name for s in prs.slides} == {"Briefing Cover", "Briefing Page"}
    assert check_deck(out, theme) == []


def test_the_riskco_example_layout_builds_a_deck_that_fits(tmp_path):
    from sitbrief.layout import load_layout

    theme = load_layout("riskco").theme()
    out = tmp_path / "riskco.pptx"
    write_pptx(stress_brief(), theme, out)
    prs = Presentation(str(out))
    assert prs.slides[0].slide_layout.name == "Cover"
    assert check_deck(out, theme) == []


def test_huge_texts_still_fit_by_continuing_or_shortening(tmp_path):
    from sitbrief.compose.brief import Actor, Actors, KeyFact, KeyFacts, Paragraph, Timeline, TimelineEntry

    brief = sample_brief()
    word = "Deterrence and cooperation across the region continue. "
    brief.marking = replace(brief.marking, caveats="REL TO " + ", ".join(["AUS"] * 80))
    for slide in brief.slides:
        if slide.kind == "bluf":
            slide.blocks = [Paragraph(word * 300, "bluf", ["s1"])]
        if slide.kind == "key_facts":
            slide.blocks = [KeyFacts([KeyFact("What", word * 120, ["s1"])])]
            slide.title = "Key facts " * 60
        if slide.kind == "actors":
            slide.blocks = [Actors(["Name", "Role", "Affiliation"],
                                   [Actor("Name " * 40, word * 40, "Japan", ["s2"])])]
        if slide.kind == "timeline":
            slide.blocks = [Timeline([TimelineEntry(word * 30, "19 Oct 2023", "2023-10-19", None,
                                                    "day", "past", ["s2"])], ["Date", "Event", "Status"])]
    out = tmp_path / "huge.pptx"
    warnings = write_pptx(brief, sample_theme(), out)
    assert check_deck(out, sample_theme()) == []
    assert any("shortened" in w for w in warnings)
    assert any("continued" in w and "floor size" in w for w in warnings)


def test_the_output_folder_is_created(tmp_path):
    out = tmp_path / "new" / "folder" / "deck.pptx"
    write_pptx(sample_brief(), sample_theme(), out)
    assert out.is_file() and [p.name for p in out.parent.iterdir()] == ["deck.pptx"]
