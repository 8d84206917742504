"""An organisation's own master, made here, built into a layout through the CLI and respected.

The master has its own slide layout names, a body placeholder, footer/date/number placeholders,
theme fonts and theme colours; the layout is scaffolded from it, checked and built, and the deck
must use its layouts, fill its placeholders and name its theme fonts. A master whose title
placeholder has no height and runs off the slide must fail `layouts check`.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree
from pptx import Presentation
from pptx.oxml.ns import qn

from sitbrief.cli.main import main
from sitbrief.core.yamlio import load_yaml
from sitbrief.layout import load_layout
from sitbrief.render.pptx.check import check_deck
from tests.layout.masters import build_master

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "kyodo-2023-10-19-japan-australia-defence-talks.txt"
RENAMES = {"Title Slide": "Northwind Opening", "Title and Content": "Northwind Text",
           "Title Only": "Northwind Headline"}
COLOURS = {"dk1": "1D1D1B", "dk2": "0E4D64", "accent1": "7A1F3D", "lt2": "EEF3F5"}
FONTS = ("Liberation Serif", "DejaVu Sans")  # heading, body (the body is a default fallback)


def run(*args: str):
    """Run `sitbrief ARGS` and return the result."""
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture
def org_layout(isolated: Path) -> Path:
    """Scaffold layout `northwind` from its own master, sending text slides to its body."""
    master = isolated / "Northwind Master.pptx"
    master.write_bytes(build_master(RENAMES, COLOURS, FONTS))
    result = run("layouts", "new", "northwind", "--master", str(master))
    assert result.exit_code == 0, result.output
    return isolated / "layouts" / "northwind"


def test_the_scaffold_maps_the_masters_own_layouts_and_shows_every_setting(org_layout):
    text = (org_layout / "layout.yaml").read_text(encoding="utf-8")
    data, _ = load_yaml(text)
    slots = data["deck"]["slots"]
    assert slots["title"]["layout"] == "Northwind Opening"
    assert slots["content"]["layout"] == "Northwind Headline"
    assert slots["text"] == {"layout": "Northwind Text", "title": {"type": "title"},
                             "body": {"idx": 1}}
    assert {"kind": "bluf", "slot": "text"} in data["deck"]["slides"]
    assert data["deck"]["use_template_theme"] is True
    for setting in ("orientation:", "margins_mm:", "heading:", "fallbacks:", "caveats:",
                    "portion_marks:", "locale:", "serial_prefix:", "show_evidence:",
                    "max_items:", "slot: text", "sizes:", "chrome:", "stripe:", "title_rule:",
                    "footer:", "slide_number:", "use_template_theme:", "slide_size:"):
        assert setting in text, setting


def test_the_deck_uses_the_masters_layouts_placeholders_and_theme_fonts(org_layout, isolated):
    check = run("layouts", "check", str(org_layout))
    assert check.exit_code == 0, check.output
    assert "0 error(s)" in check.output
    built = run("build", str(SEED), "--layout", str(org_layout), "--out", "out", "--to", "pptx")
    assert built.exit_code == 0, built.output
    deck = next((isolated / "out").glob("*.pptx"))
    assert check_deck(deck, load_layout(org_layout).theme()) == []  # everything fits its box
    prs = Presentation(str(deck))
    assert {s.slide_layout.name for s in prs.slides} <= set(RENAMES.values())
    bluf = next(s for s in prs.slides if s.name == "bluf")
    assert bluf.slide_layout.name == "Northwind Text"
    body = next(p for p in bluf.placeholders if p.placeholder_format.idx == 1)
    assert body.text_frame.text.startswith("Japan and Australia agreed")
    for slide in prs.slides:  # the master's own footer and number placeholders are filled
        kinds = {p.placeholder_format.type: p for p in slide.placeholders}
        assert any(p.text_frame.text for p in kinds.values() if p.placeholder_format.idx == 11)
        assert not [s for s in slide.shapes if s.name in ("Footer", "Slide number")]
    typefaces = _run_typefaces(deck)
    assert "DejaVu Sans" in typefaces  # the theme's body font names the text sitbrief draws
    assert "Liberation Sans" not in typefaces  # not the layout's own font
    theme = etree.fromstring(_theme_xml(deck))
    assert theme.find(f".//{qn('a:majorFont')}/{qn('a:latin')}").get("typeface") == FONTS[0]
    assert theme.find(f".//{qn('a:minorFont')}/{qn('a:latin')}").get("typeface") == FONTS[1]
    title = bluf.shapes.title.text_frame.paragraphs[0].runs[0]._r.find(qn("a:rPr"))
    assert title.find(qn("a:latin")) is None  # the title keeps the master's heading font
    tables = [s for slide in prs.slides for s in slide.shapes if s.has_table]
    header = tables[0].table.cell(0, 0)._tc.tcPr
    fills = [e.get("val") for e in header.iter(qn("a:srgbClr"))]
    assert "EEF3F5" in fills  # the theme's lt2 is the deck's surface colour
    stripe = next(s for s in prs.slides[0].shapes if s.name == "Brand stripe")
    assert str(stripe.fill.fore_color.rgb) == "0E4D64"  # and its dk2 the primary


def _run_typefaces(deck: Path) -> set[str]:
    """Return every Latin typeface runs of the deck's slides name."""
    names = set()
    with zipfile.ZipFile(deck) as archive:
        for part in archive.namelist():
            if part.startswith("ppt/slides/slide") and part.endswith(".xml"):
                root = etree.fromstring(archive.read(part))
                names |= {e.get("typeface") for e in root.iter(qn("a:latin"))}
    return names


def _theme_xml(deck: Path) -> bytes:
    """Return the deck's first theme part."""
    with zipfile.ZipFile(io.BytesIO(deck.read_bytes())) as archive:
        return archive.read("ppt/theme/theme1.xml")


def _broken(prs) -> None:
    """Give every title placeholder zero height and a width beyond the slide."""
    for layout in prs.slide_layouts:
        for ph in layout.placeholders:
            if ph.placeholder_format.type in (1, 3):  # title, centre title
                ph.width, ph.height = prs.slide_width + 914400, 0


def test_a_master_with_broken_placeholder_geometry_fails_the_check(isolated: Path):
    master = isolated / "broken.pptx"
    master.write_bytes(build_master(RENAMES, tweak=_broken))
    assert run("layouts", "new", "broken", "--master", str(master)).exit_code == 0
    result = run("layouts", "check", "layouts/broken")
    assert result.exit_code == 3
    assert "slide layout 'Northwind Headline', placeholder 'Title 1' (idx 0) has a zero or " \
           "negative height" in result.output
    assert "reaches beyond the 13.33 x 7.50 in slide" in result.output
    assert "View > Slide Master" in result.output  # a fix is suggested
    assert "FAILED (6 error(s)" in result.output  # two problems for each of three slots


def test_a_title_over_the_body_is_an_error(isolated: Path):
    def overlap(prs) -> None:
        text = prs.slide_layouts[1]
        title, body = text.placeholders[0], text.placeholders[1]
        title.top, title.height, title.left, title.width = body.top, 914400, body.left, body.width

    master = isolated / "overlap.pptx"
    master.write_bytes(build_master(RENAMES, tweak=overlap))
    assert run("layouts", "new", "overlap", "--master", str(master)).exit_code == 0
    result = run("layouts", "check", "layouts/overlap", "--no-build")
    assert result.exit_code == 3
    assert "deck.slots.text: on slide layout 'Northwind Text' the title placeholder " \
           "'Title 1'" in result.output and "overlaps the body placeholder" in result.output


def test_layouts_master_replaces_the_master_and_shows_what_changed(org_layout, isolated):
    other = isolated / "Rebrand.potx"
    renames = {"Title Slide": "Rebrand Cover", "Title Only": "Northwind Headline"}
    from tests.layout.masters import to_potx

    other.write_bytes(to_potx(build_master(renames)))
    result = run("layouts", "master", str(org_layout), str(other))
    assert result.exit_code == 0, result.output
    assert "deck.template: assets/Northwind_Master.pptx -> assets/Rebrand.potx" in result.output
    assert "deck.slots.title: layout 'Northwind Opening'" in result.output
    assert "-> layout 'Rebrand Cover'" in result.output
    assert "deck.slots.content: kept (layout 'Northwind Headline'" in result.output
    data, _ = load_yaml((org_layout / "layout.yaml").read_text(encoding="utf-8"))
    assert data["deck"]["template"] == "assets/Rebrand.potx"
    assert data["deck"]["slots"]["title"]["layout"] == "Rebrand Cover"
    assert data["deck"]["slides"]  # other deck settings are kept
    assert (org_layout / "assets" / "Rebrand.potx").is_file()
    assert run("layouts", "check", str(org_layout), "--no-build").exit_code == 0
    again = run("layouts", "new", "northwind", "--force", "--master",
                str(isolated / "Northwind Master.pptx"))
    assert again.exit_code == 0 and "-> assets/Northwind_Master.pptx" in again.output


def test_a_deck_built_on_a_broken_master_still_has_readable_titles(isolated: Path):
    master = isolated / "broken.pptx"
    master.write_bytes(build_master(RENAMES, tweak=_broken))
    assert run("layouts", "new", "broken", "--master", str(master)).exit_code == 0
    built = run("build", str(SEED), "--layout", "layouts/broken", "--out", "out", "--to", "pptx")
    assert built.exit_code == 0
    assert "placeholder 'Title 1' has no usable size or lies off the slide" in built.output
    prs = Presentation(str(next((isolated / "out").glob("*.pptx"))))
    texts = [shape.text_frame.text for slide in prs.slides for shape in slide.shapes
             if shape.has_text_frame]
    assert "…" not in texts and "Bottom line up front" in texts
    width = prs.slide_width
    assert all(shape.left + shape.width <= width for slide in prs.slides for shape in slide.shapes)


def test_a_built_in_layouts_master_cannot_be_replaced(isolated: Path):
    master = isolated / "m.pptx"
    master.write_bytes(build_master(RENAMES))
    result = run("layouts", "master", "riskco", str(master))
    assert result.exit_code == 3 and "riskco is a built-in layout" in result.output
