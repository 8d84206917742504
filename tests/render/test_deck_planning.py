"""Slide planning without waste: short sources under the slide before, or on the cover."""

from __future__ import annotations

from dataclasses import replace

from sitbrief.compose.brief import BulletItem, Bullets, Slide, SourceItem, Sources
from sitbrief.render.pptx.writer import plan_pptx
from tests.render.briefs import sample_brief, sample_theme


def _brief(bullets: int, sources: int):
    brief = sample_brief()
    items = [BulletItem(f"Background point {n}, written out at some length to take up a line or two of the slide.")
             for n in range(bullets)]
    brief.slides = [brief.slides[0], Slide("context", "Background", [Bullets(items, "context")]),
                    Slide("sources", "Sources", [Sources([SourceItem(n + 1, f"Outlet {n + 1}, 19 Oct 2023")
                                                          for n in range(sources)])])]
    return brief


def test_a_short_sources_slide_goes_under_the_slide_before():
    plans = plan_pptx(_brief(2, 2), sample_theme())[1]
    assert [p.kind for p in plans] == ["title", "context"]
    assert any(getattr(s, "name", "") == "Subheading" and s.text.text == "Sources" for s in plans[1].shapes)


def test_a_layout_can_switch_merging_off():
    theme = replace(sample_theme(), deck_merge=())
    assert [p.kind for p in plan_pptx(_brief(2, 2), theme)[1]] == ["title", "context", "sources"]


def test_one_source_with_no_room_goes_on_the_cover():
    plans = plan_pptx(_brief(9, 1), sample_theme())[1]
    assert [p.kind for p in plans] == ["title", "context"]
    assert sample_brief().source_line in plans[0].subtitle.text


def test_several_sources_with_no_room_keep_their_slide():
    assert [p.kind for p in plan_pptx(_brief(9, 3), sample_theme())[1]] == ["title", "context", "sources"]
