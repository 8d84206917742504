"""The drawn locator map: geometry shared by both writers, the PDF's vectors, the deck's native shapes."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.oxml.ns import qn

from sitbrief.compose.brief import MapBlock, MapPlace, Slide
from sitbrief.compose.map import map_content
from sitbrief.extract import extract_facts
from sitbrief.read.article import read_article
from sitbrief.render.fonts import FontChain
from sitbrief.render.map.drawing import map_drawing
from sitbrief.render.map.labels import LabelRequest, Rect, place_labels
from sitbrief.render.map.outlines import ring_area
from sitbrief.render.pdf.writer import write_pdf
from sitbrief.render.pptx.check import check_deck
from sitbrief.render.pptx.writer import write_pptx
from tests.render.briefs import FONTS, sample_brief, sample_map, sample_theme

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt"))
CHAINS = {(b, i): FontChain([FONTS / f"LiberationSans-{n}.ttf"]) for (b, i), n in
          {(False, False): "Regular", (True, False): "Bold", (False, True): "Italic",
           (True, True): "BoldItalic"}.items()}


def measure(text: str, size: float, bold: bool, italic: bool) -> float:
    return CHAINS[bold, italic].width(text, size)


def boxes(drawing):
    return [label.box for label in drawing.labels]


def assert_clear(drawing) -> None:
    """Labels overlap neither each other, nor the markers, nor the inset; all lie inside the map."""
    placed = boxes(drawing)
    for i, a in enumerate(placed):
        assert a.inside(drawing.width, drawing.height, 0)
        assert not any(a.overlaps(b) for b in placed[i + 1:]), drawing.labels[i].name
        for m in drawing.markers:
            assert not a.overlaps(Rect(m.x - m.radius, m.y - m.radius, 2 * m.radius, 2 * m.radius)), m.name
        if drawing.inset:
            assert not a.overlaps(drawing.inset.box)


@pytest.mark.parametrize("size", [(480, 360, 7.0), (640, 380, 12.0)])
def test_the_seed_map_shades_only_its_countries_and_keeps_labels_apart(size):
    block = sample_map()
    drawing = map_drawing(block, *size, measure)
    shaded = {a.name: a.tier for a in drawing.areas if a.tier != "land"}
    assert shaded == {"Japan": "focus", "Australia": "focus", "China": "context"}
    assert {lab.name for lab in drawing.labels} >= {"Tokyo", "Japan", "Australia", "East China Sea",
                                                     "South China Sea"}
    assert [m.name for m in drawing.markers] == ["Tokyo"]
    assert_clear(drawing)
    assert drawing.attribution.lines == ["Natural Earth"]


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_every_article_map_keeps_labels_clear_and_points_inside(path):
    block, _, _ = map_content(extract_facts(read_article(path)), 900)
    if block is None:
        return
    drawing = map_drawing(block, 480, 330, 7.0, measure)
    assert_clear(drawing)
    for area in drawing.areas:  # nothing from the far side of the globe wraps around the map
        assert all(abs(ring_area(ring)) < 0.6 * 480 * 330 for ring in area.rings), area.name
    for m in drawing.markers:
        assert 0 <= m.x <= drawing.width and 0 <= m.y <= drawing.height
    view = drawing.view
    for place in block.places:
        if place.kind != "country":
            x, y = view.point(place.lon, place.lat)
            assert -1 <= x <= drawing.width + 1 and -1 <= y <= drawing.height + 1, place.name


def test_a_pacific_frame_draws_both_sides_of_the_antimeridian_as_one_map():
    places = [MapPlace("Fiji", "country", -17.84, 177.81), MapPlace("Samoa", "country", -13.64, -172.46),
              MapPlace("Tonga", "country", -21.16, -175.24), MapPlace("Suva", "city", -18.14, 178.44),
              MapPlace("Apia", "city", -13.83, -171.76)]
    drawing = map_drawing(MapBlock(places, (170.0, -25.0, 195.0, -10.0)), 480, 330, 7.0, measure)
    x_fiji = drawing.view.point(178.44, -18.14)[0]
    x_apia = drawing.view.point(-171.76, -13.83)[0]
    assert 0 < x_fiji < x_apia < drawing.width  # east of 180 continues to the right
    shaded = {a.name for a in drawing.areas if a.tier == "focus"}
    assert shaded == {"Fiji", "Samoa", "Tonga"}
    for area in drawing.areas:
        for ring in area.rings:
            xs = [p[0] for p in ring]
            assert max(xs) - min(xs) < drawing.width * 0.6, area.name  # no ring wraps across the map


def test_a_label_with_no_room_is_left_out_not_overlapped():
    crowd = [LabelRequest(f"Place {i}", [[f"Place {i}"]], 50, 50, 9, "point", radius=3) for i in range(30)]
    placed, left_out = place_labels(crowd, [], 120, 100, measure)
    assert placed and left_out
    for i, a in enumerate(placed):
        assert not any(a.box.overlaps(b.box) for b in placed[i + 1:])


def test_the_deck_map_is_native_shapes_and_the_deck_stays_small(tmp_path):
    brief = sample_brief()
    brief.slides = [brief.slides[0], Slide("map", "Map", [sample_map()])]
    out = tmp_path / "map.pptx"
    write_pptx(brief, sample_theme(), out)
    slide = Presentation(out).slides[1]
    assert not [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
    countries = [s for s in slide.shapes if s.name.startswith("Map country: ")]
    assert {"Map country: Japan", "Map country: Australia"} <= {s.name for s in countries}
    assert all(s._element.spPr.find(qn("a:custGeom")) is not None for s in countries)
    labels = {s.text_frame.text for s in slide.shapes if s.name.startswith("Map label: ")}
    assert {"Tokyo", "JAPAN", "AUSTRALIA"} <= labels
    assert out.stat().st_size < 1_000_000
    assert check_deck(out, sample_theme()) == []  # every label fits its text box unwrapped
    with zipfile.ZipFile(out) as package:
        assert not [n for n in package.namelist() if n.startswith("ppt/media/") and "image" in n
                    and package.getinfo(n).file_size > 200_000]


def test_the_pdf_map_is_vector_with_its_note_and_attribution(tmp_path):
    from pypdf import PdfReader

    from sitbrief.compose.brief import Section

    out = tmp_path / "map.pdf"
    brief = sample_brief()
    brief.sections.insert(2, Section("map", "Map", [sample_map()]))
    write_pdf(brief, sample_theme(), out)
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Natural Earth" in text and "Not shown: United States" in text and "Tokyo" in text
    page = next(p for p in PdfReader(out).pages if "Natural Earth" in p.extract_text())
    assert not page.images  # drawn, not pasted in
