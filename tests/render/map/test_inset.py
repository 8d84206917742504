"""The inset's world land: rings thinned once per turn, identical to thinning them per centre."""

from __future__ import annotations

from sitbrief.geo.shapes import atlas
from sitbrief.render.map import inset
from sitbrief.render.map.outlines import simplified


def _direct(span: tuple[int, int], centre: float) -> list[tuple[float, float]]:
    """Return a land ring thinned and simplified for `centre` from scratch (no cache)."""
    packed = atlas().ring(span)
    raw = [(packed[i] / 100, packed[i + 1] / 100) for i in range(0, len(packed), 2)]
    return simplified(inset._unwrapped(raw, centre, inset.SPACING), inset.TOLERANCE)


def test_land_rings_match_thinning_per_centre():
    inset._RINGS.clear()
    spans = [p.rings[0] for c in atlas().countries.values() for p in c.polygons["110m"]]
    for centre in (170, -180, 0, 180, -40, 140):
        for span in spans:
            assert repr(inset._land_ring(span, centre)) == repr(_direct(span, centre))


def test_land_rings_are_cached_per_turn():
    inset._RINGS.clear()
    span = atlas().country("Fiji").polygons["110m"][0].rings[0]
    for centre in (170, 160, -170, -160):
        inset._land_ring(span, centre)
    assert len(inset._RINGS) <= 2


def test_the_unit_world_is_cached_for_every_rounded_centre() -> None:
    centres = {round(lon / inset.CENTRE_STEP) * inset.CENTRE_STEP for lon in range(-180, 181)}
    assert inset._unit_world.cache_info().maxsize >= len(centres)
