"""What the locator map shows: the seed's places, the frame they set, the antimeridian, no places."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitbrief.compose.brief import MapBlock
from sitbrief.compose.map import Box, map_content
from sitbrief.compose.single import compose
from sitbrief.extract import extract_facts
from sitbrief.layout import load_layout
from sitbrief.read.article import read_article

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "kyodo-2023-10-19-japan-australia-defence-talks.txt"
ARTICLES = sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt"))
PACIFIC = ("SUVA (Reuters) - Fiji, Tonga and Samoa agreed on Monday to pool their fisheries patrols, "
           "Fiji's prime minister said in Suva. Tonga will send a patrol boat to Nuku'alofa's harbour "
           "for joint training, and Samoa will host the next meeting in Apia.\n")
NO_PLACES = ("The committee met on Tuesday and agreed a new budget, its chair said. "
             "Members will review the figures next month.\n")


def facts_of(path: Path):
    return extract_facts(read_article(path))


def facts_of_text(tmp_path: Path, text: str):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return facts_of(path)


@pytest.fixture(scope="module")
def seed_map() -> MapBlock:
    block, _, _ = map_content(facts_of(SEED), 900)
    return block


def frame_box(block: MapBlock) -> Box:
    west, south, east, north = block.frame
    return Box(west, east - west, south, north)


def test_the_seed_shades_japan_and_australia_marks_tokyo_and_labels_the_china_seas(seed_map):
    by_name = {p.name: p for p in seed_map.places}
    assert by_name["Japan"].tier == by_name["Australia"].tier == "focus"
    assert by_name["Tokyo"].kind == "city"
    assert {"East China Sea", "South China Sea"} <= {p.name for p in seed_map.places if p.kind == "sea"}
    assert "United States" in seed_map.not_shown  # named, but it would turn the map into a world map


@pytest.mark.parametrize("path", [SEED, *ARTICLES], ids=lambda p: p.stem)
def test_the_frame_contains_every_shown_place_and_only_the_briefs_countries_are_shaded(path):
    facts = facts_of(path)
    block, outside, unlocated = map_content(facts, 900)
    if block is None:
        return
    frame = frame_box(block)
    countries = {p.name for p in facts.places if p.kind == "country"}
    for place in block.places:
        if place.kind == "country":
            assert place.name in countries
        else:
            assert frame.contains(place.lat, place.lon), place.name
    shown = {p.name for p in block.places}
    assert shown.isdisjoint(outside) and shown.isdisjoint(unlocated)
    assert set(block.not_shown) == set(outside) | set(unlocated)


def test_a_pacific_story_gets_one_continuous_frame_across_the_antimeridian(tmp_path):
    block, _, _ = map_content(facts_of_text(tmp_path, PACIFIC), 900)
    west, south, east, north = block.frame
    assert {"Fiji", "Tonga", "Samoa"} <= {p.name for p in block.places}
    assert west < 180 < east and east - west < 40  # not two halves of the world
    frame = frame_box(block)
    assert all(frame.contains(p.lat, p.lon) for p in block.places if p.kind != "country")


def test_a_city_only_story_still_shows_a_frame_of_the_minimum_size(tmp_path):
    facts = facts_of_text(tmp_path, "KIEL - Sailors gathered in Kiel on Monday for the regatta, organisers said.\n")
    block, _, _ = map_content(facts, 900)
    west, south, east, north = block.frame
    assert north - south >= 900 / 111.2 and {p.name for p in block.places} == {"Kiel"}


def test_an_article_with_no_places_has_no_map_section_or_slide(tmp_path):
    brief = compose(facts_of_text(tmp_path, NO_PLACES), load_layout("default"))
    assert "map" not in {s.kind for s in brief.sections}
    assert "map" not in {s.kind for s in brief.slides}


@pytest.mark.parametrize("name", ["default", "ministry", "riskco"])
def test_the_shipped_layouts_put_the_map_in_the_report_and_the_deck(name):
    brief = compose(facts_of(SEED), load_layout(name))
    section = next(s for s in brief.sections if s.kind == "map")
    assert isinstance(section.blocks[0], MapBlock)
    assert section.blocks[0].note.startswith("Not shown: United States")
    assert "map" in {s.kind for s in brief.slides}


def test_the_map_can_be_switched_off_per_output(make_layout, isolated):
    folder = make_layout("nomap", "name: nomap\nextends: default\nmap: {report: false}\n")
    brief = compose(facts_of(SEED), load_layout(str(folder)))
    assert "map" not in {s.kind for s in brief.sections}
    assert "map" in {s.kind for s in brief.slides}


def test_the_main_events_place_is_on_the_map_even_when_a_far_country_is_named_more(tmp_path):
    text = ("Ministers meet in London\n\nLONDON, May 3, 2024 - Foreign Minister Ann Roe met Envoy Bo Lee in London "
            "on Friday. They discussed trade with the United States. The United States is their largest market. "
            "Exports to the United States grew last year, and the United States will host talks next month.\n")
    facts = facts_of_text(tmp_path, text)
    block, outside, _ = map_content(facts, 900)
    assert "London" in [p.name for p in block.places], outside


def test_a_base_named_after_a_town_of_the_story_is_drawn_at_that_town(tmp_path):
    facts = facts_of_text(
        tmp_path,
        "Minister visits troops in Estonia\n\nThe minister visited troops at Tapa Camp in Estonia on Monday.\n",
    )
    block, _, missing = map_content(facts, 900)
    camp = next(p for p in block.places if p.name == "Tapa Camp")
    assert (round(camp.lat), round(camp.lon)) == (59, 26) and "Tapa Camp" not in missing


def test_a_base_is_not_placed_at_a_namesake_town_of_a_country_the_story_does_not_name(tmp_path):
    facts = facts_of_text(
        tmp_path,
        "Troops train in Narvia\n\nSoldiers trained at Darwin Camp in Narvia and in Estonia on Monday.\n",
    )
    block, outside, missing = map_content(facts, 900)
    assert "Darwin Camp" in missing and "Darwin Camp" not in outside


def test_the_main_events_sea_sets_the_frame_over_a_distant_home_country(tmp_path):
    text = ("Chile has extended its contribution to the coalition working to uphold maritime security in the "
            "Red Sea, the Defence Minister announced on 12 July 2024.\n\nChile first sent officers in 2019.\n")
    f = facts_of_text(tmp_path, text)
    block, outside, _ = map_content(f, 900)
    assert any(p.name == "Red Sea" for p in block.places)
    assert "Chile" in outside


def test_an_ocean_alone_makes_no_map(tmp_path):
    text = ("The navy will see more activity at sea next week as ships train in the Pacific Ocean, "
            "the fleet commander said on 12 July 2024.\n")
    block, _, _ = map_content(facts_of_text(tmp_path, text), 900)
    assert block is None


def test_an_ocean_wide_main_place_is_framed_by_the_places_inside_it(tmp_path: Path):
    facts = facts_of_text(tmp_path, (
        "Carriers to exercise in Western Pacific\n\nJune 3, 2024\n\n"
        "The U.S. Navy will conduct a joint exercise with three aircraft carriers in the Western Pacific.\n\n"
        "U.S. officials said the U.S. carriers would sail from Guam. U.S. sailors will visit Seoul.\n\n"
        "The United States and its allies plan more drills off Guam next year."
    ))
    block, _, _ = map_content(facts, 900)
    assert block is not None
    shown = {p.name for p in block.places}
    assert "Guam" in shown and "United States" not in shown, shown
