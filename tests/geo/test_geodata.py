"""The shipped geodata: shapes decode, every gazetteer place has coordinates or is a known exception."""

from __future__ import annotations

from importlib import resources

import pytest

from sitbrief.geo.coordinates import gazetteer, locate
from sitbrief.geo.shapes import atlas, parse
from sitbrief.geo.sphere import cover, distance_km, wrap

# Continents and ideas: no single location, listed under the map as not shown.
NO_LOCATION = {"Africa", "Americas", "Antarctica", "Asia", "Asia-Pacific", "Eurasia", "Europe", "Indo-Pacific",
               "Indo-Asia-Pacific", "Latin America", "North America", "Oceania", "South America", "Sub-Saharan Africa"}


def gazetteer_rows(name: str) -> list[list[str]]:
    text = resources.files("sitbrief.extract").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def test_every_country_of_the_gazetteer_has_a_shape_but_tuvalu():
    missing = {row[0] for row in gazetteer_rows("countries.tsv") if atlas().country(row[0]) is None}
    assert missing == {"Tuvalu"}  # too small for Natural Earth's 1:50m countries


def test_every_place_of_the_gazetteer_has_coordinates_unless_it_has_no_single_location():
    rows = gazetteer_rows("places.tsv")
    missing = {row[0] for row in rows if locate(row[0], row[2] if len(row) > 2 else None) is None}
    assert missing == NO_LOCATION


def test_places_sharing_a_name_are_told_apart_by_country():
    assert locate("Victoria", "Australia").kind == "region"
    assert locate("Victoria", "Seychelles").kind == "city"


def test_coordinates_are_plausible_and_cities_lie_in_their_country():
    for rows in gazetteer().values():
        for row in rows:
            for lat, lon in row.positions:
                assert -90 <= lat <= 90 and -180 <= lon <= 180, row
    tokyo, canberra = locate("Tokyo"), locate("Canberra")
    assert 7900 < distance_km(tokyo.lon, tokyo.lat, canberra.lon, canberra.lat) < 8100
    japan = atlas().country("Japan")
    west, south, east, north = japan.extent
    assert west <= tokyo.lon <= east and south <= tokyo.lat <= north


def test_crimea_is_drawn_with_ukraine():
    ukraine, russia = atlas().country("Ukraine"), atlas().country("Russia")
    def has_crimea(country):
        return any(p.bbox[0] >= 32 and p.bbox[2] <= 37 and p.bbox[1] >= 44 and p.bbox[3] <= 46.5
                   for p in country.polygons["50m"])
    assert has_crimea(ukraine) and not has_crimea(russia)


def test_countries_across_the_antimeridian_have_one_continuous_extent():
    fiji = atlas().country("Fiji")
    assert fiji.extent[2] - fiji.extent[0] < 5
    russia = atlas().country("Russia")
    assert russia.extent[2] > 180  # Chukotka continues east of 180 rather than wrapping to -180


def test_a_corrupt_file_is_refused():
    with pytest.raises(ValueError):
        parse(b"not geodata")


@pytest.mark.parametrize("arcs, expected", [
    ([(170.0, 10.0), (-178.0, 5.0)], (170.0, 17.0)),
    ([(10.0, 5.0), (20.0, 5.0)], (10.0, 15.0)),
    ([(-179.0, 2.0), (178.0, 1.0)], (178.0, 5.0)),
])
def test_cover_finds_the_shortest_arc_even_across_the_antimeridian(arcs, expected):
    west, width = cover(arcs)
    assert wrap(west) == pytest.approx(expected[0]) and width == pytest.approx(expected[1])
