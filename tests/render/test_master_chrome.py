"""sitbrief's chrome is drawn only where the master has none, and each piece is switchable."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.oxml.ns import qn

from sitbrief.layout import load_layout
from sitbrief.render.pptx.check import check_deck
from sitbrief.render.pptx.writer import write_pptx
from tests.render.briefs import sample_brief

CHROME = ("Brand stripe", "Title rule", "Footer", "Slide number", "Footer rule")


def _deck(layout, tmp_path: Path):
    out = tmp_path / "deck.pptx"
    theme = layout.theme()
    write_pptx(sample_brief(), theme, out)
    assert check_deck(out, theme) == []
    return Presentation(str(out))


def _names(prs) -> set[str]:
    return {shape.name for slide in prs.slides for shape in slide.shapes}


def test_the_default_master_gets_all_of_sitbriefs_chrome(tmp_path):
    names = _names(_deck(load_layout("default"), tmp_path))
    assert set(CHROME) <= names


def test_riskco_uses_its_masters_footer_and_number_and_draws_no_chrome(tmp_path):
    prs, brief = _deck(load_layout("riskco"), tmp_path), sample_brief()
    assert not set(CHROME) & _names(prs)
    for number, slide in enumerate(prs.slides, start=1):
        places = {p.placeholder_format.idx: p for p in slide.placeholders}
        assert places[11].text_frame.text == brief.footer
        assert places[12].text_frame.text == str(number)
        assert places[12].text_frame.paragraphs[0]._p.find(qn("a:fld")).get("type") == "slidenum"
        assert places[10].text_frame.text == brief.date_label


def test_riskco_cover_subtitle_sits_under_its_title():
    prs = Presentation("layouts/riskco/assets/riskco-master.pptx")
    cover = next(layout for layout in prs.slide_layouts if layout.name == "Cover")
    title, subtitle = cover.placeholders[0], cover.placeholders[1]
    assert (subtitle.left, subtitle.width) == (title.left, title.width)
    assert 0 <= subtitle.top - (title.top + title.height) <= 914400 // 4


@pytest.mark.parametrize(("switches", "absent", "present"), [
    ("{footer: never, slide_number: never}", {"Footer", "Slide number", "Footer rule"},
     {"Brand stripe", "Title rule"}),
    ("{stripe: never, title_rule: never}", {"Brand stripe", "Title rule"}, {"Footer"}),
])
def test_each_piece_of_chrome_can_be_switched_off(make_layout, isolated, tmp_path, switches,
                                                  absent, present):
    folder = make_layout("plain", f"name: plain\nextends: default\ndeck:\n  chrome: {switches}\n")
    names = _names(_deck(load_layout(folder), tmp_path))
    assert not absent & names and present <= names


def test_always_draws_sitbriefs_own_over_a_master_that_has_its_own(make_layout, isolated,
                                                                   tmp_path):
    folder = make_layout("mine", "name: mine\nextends: riskco\ndeck:\n  chrome: {footer: always,"
                         " slide_number: always, title_rule: always}\n")
    prs = _deck(load_layout(folder), tmp_path)
    assert {"Footer", "Slide number", "Title rule"} <= _names(prs)
    assert all(p.placeholder_format.idx not in (11, 12) for s in prs.slides for p in s.placeholders)


def test_bullets_are_set_in_the_body_font(tmp_path):
    prs = _deck(load_layout("default"), tmp_path)
    fonts = {bu.get("typeface") for slide in prs.slides for shape in slide.shapes
             if shape.has_text_frame for bu in shape.text_frame._txBody.iter(qn("a:buFont"))}
    assert fonts == {"Liberation Sans"}
