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
    named = {p.name for p in block.places}
    for area in drawing.areas:  # nothing from the far side of the globe wraps around the map
        # only a country the story names may fill the map (a frame zoomed on its capital)
        assert area.name in named or all(abs(ring_area(ring)) < 0.6 * 480 * 330 for ring in area.rings), area.name
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


@pytest.mark.parametrize("size", [(480, 330), (560, 230), (370, 185), (900, 450)])
def test_the_inset_frames_every_shown_place_in_one_box(size):
    from sitbrief.render.map.inset import CENTRE_STEP, to_inset

    block = sample_map()
    drawing = map_drawing(block, *size, 7.0, measure)
    frame, box = drawing.inset.frame, drawing.inset.box
    xs, ys = sorted({round(x, 6) for x, _ in frame}), sorted({round(y, 6) for _, y in frame})
    assert len(frame) == 4 and len(xs) == 2 and len(ys) == 2  # a box: it cannot fold over itself
    assert box.x - 0.01 <= xs[0] < xs[1] <= box.x + box.w + 0.01
    assert box.y - 0.01 <= ys[0] < ys[1] <= box.y + box.h + 0.01
    centre = round(drawing.view.projection.lon0 / CENTRE_STEP) * CENTRE_STEP
    for place in block.places:
        x, y = drawing.view.point(place.lon, place.lat)
        if place.kind != "country" and 0 <= x <= drawing.width and 0 <= y <= drawing.height:
            lon = (place.lon - centre + 180) % 360 + centre - 180
            ix, iy = to_inset(lon, place.lat, centre, box)
            assert xs[0] <= ix <= xs[1] and ys[0] <= iy <= ys[1], place.name


def test_a_map_shrunk_to_the_page_narrows_rather_than_stretching_round_the_globe():
    from sitbrief.render.map.view import MIN_ASPECT
    from sitbrief.render.pdf.context import Ctx
    from sitbrief.render.pdf.map import MapGraphic

    graphic = MapGraphic(sample_map(), Ctx(sample_brief(), sample_theme(), 480))
    full_width, full_height = graphic.wrap(480, 2000)
    assert full_width == 480
    width, height = graphic.wrap(480, full_height * 0.7)
    assert height < full_height and width < 480
    assert height / width >= MIN_ASPECT - 0.01


def test_simplified_outlines_drop_only_points_near_the_kept_line():
    from sitbrief.render.map.outlines import simplified

    ring = [(float(x), 0.0) for x in range(11)] + [(10.0, 0.3), (10.0, 10.0), (5.0, 10.2), (0.0, 10.0)]
    kept = simplified(ring, 0.5)
    assert (10.0, 10.0) in kept and (0.0, 10.0) in kept and (10.0, 0.0) in kept
    assert (5.0, 0.0) not in kept and (5.0, 10.2) not in kept
    finer = simplified(ring, 0.1)
    assert (5.0, 10.2) in finer and (5.0, 0.0) not in finer and (10.0, 0.3) not in finer  # on the line


def test_a_named_island_country_too_small_to_see_is_marked_and_labelled_beside_its_dot():
    places = [MapPlace("Australia", "country", -23.09, 132.1), MapPlace("Tonga", "country", -21.16, -175.24),
              MapPlace("New Zealand", "country", -45.16, 169.24)]
    drawing = map_drawing(MapBlock(places, (106.0, -50.0, 193.0, -7.0)), 548, 310, 7.0, measure)
    assert [(m.name, m.kind) for m in drawing.markers] == [("Tonga", "country")]  # Australia and NZ show
    dot = drawing.markers[0]
    label = next(lab for lab in drawing.labels if lab.name == "Tonga")
    assert label.lines == ["TONGA"]
    gap = max(label.box.x - dot.x, dot.x - (label.box.x + label.box.w), label.box.y - dot.y,
              dot.y - (label.box.y + label.box.h))
    assert 0 < gap <= dot.radius + 3  # beside the dot, not over it
    assert_clear(drawing)


def test_a_region_natural_earth_draws_as_a_unit_is_shaded_as_the_story_names_it():
    places = [MapPlace("Guam", "region", 13.45, 144.78, "focus"), MapPlace("Philippine Sea", "sea", 15.0, 140.0)]
    drawing = map_drawing(MapBlock(places, (139.0, 8.0, 150.0, 19.0)), 480, 330, 7.0, measure)
    assert {a.name: a.tier for a in drawing.areas if a.tier != "land"} == {"Guam": "focus"}
