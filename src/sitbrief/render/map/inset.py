"""The small world map in a corner: land at 1:110m, centred on the frame's longitude, the frame outlined."""

from __future__ import annotations

from functools import lru_cache

from sitbrief.geo.shapes import atlas
from sitbrief.geo.sphere import wrap
from sitbrief.render.map.labels import Rect
from sitbrief.render.map.outlines import Ring, _clip_edge, ring_area, simplified
from sitbrief.render.map.view import View

SOUTH, NORTH = -60.0, 85.0
SPACING = 0.3  # degrees: vertices closer than this to the last kept one are dropped first...
TOLERANCE = 1.0  # ...then those within this of their neighbours' line (under half a point at 150 pt wide)
MIN_SHARE = 3e-5  # of the inset's area: smaller islands are left off (about a quarter point² at 150 pt)
RATIO = 360.0 / (NORTH - SOUTH)  # width / height of the inset


def to_inset(lon: float, lat: float, centre: float, box: Rect) -> tuple[float, float]:
    """Return a (continuous, unwrapped) lon/lat as points in the inset box."""
    x = (lon - (centre - 180.0)) / 360.0 * box.w
    y = (NORTH - max(SOUTH, min(NORTH, lat))) / (NORTH - SOUTH) * box.h
    return box.x + x, box.y + y


CENTRE_STEP = 10  # degrees: inset land is cached per centre longitude rounded to this


def world(centre: float, box: Rect) -> tuple[tuple[tuple[float, float], ...], ...]:
    """Return the world's land as rings in the inset box, centred near longitude `centre` (cached)."""
    return _world(round(centre / CENTRE_STEP) * CENTRE_STEP, box)


@lru_cache(maxsize=8)
def _world(centre: float, box: Rect) -> tuple[tuple[tuple[float, float], ...], ...]:
    """Return the land centred on the rounded longitude `centre` in the inset box: cached by that
    rounding, so maps of one region share it (and the writers' caches of its operators hit at once)."""
    return tuple(tuple((box.x + u * box.w, box.y + v * box.h) for u, v in ring) for ring in _unit_world(centre))


@lru_cache(maxsize=round(360 / CENTRE_STEP) + 1)
def _unit_world(centre: float) -> tuple[tuple[tuple[float, float], ...], ...]:
    """Return the land (Antarctica aside) as rings in a unit box centred on longitude `centre`.

    Cached for every rounded centre there is (37, about 0.2 MiB each): 16 entries missed again in a
    batch whose maps spread over 17 of them."""
    geo = atlas()
    unit = Rect(0.0, 0.0, 1.0, 1.0)
    rings = []
    for country in geo.countries.values():
        if country.name == "Antarctica":
            continue
        for polygon in country.polygons["110m"]:
            pts = _land_ring(polygon.rings[0], centre)
            for shift in _shifts(pts, centre):
                ring = _clip_box([to_inset(lon + shift, lat, centre, unit) for lon, lat in pts], unit)
                if len(ring) >= 3 and abs(ring_area(ring)) >= MIN_SHARE:
                    rings.append(tuple(ring))
    return tuple(rings)


# (ring span, whole turns of its first vertex) -> the ring thinned and simplified, as first made
_RINGS: dict[tuple[tuple[int, int], int], list[tuple[float, float]]] = {}


def _land_ring(span: tuple[int, int], centre: float) -> list[tuple[float, float]]:
    """Return one land ring thinned and simplified with longitudes about `centre`.

    Only the first vertex depends on the centre itself (`wrap`); every later one is its raw
    longitude plus the same whole turns for every centre that turns the first vertex alike. So
    the thinning and simplification are done once per ring and turn (at most three), and the
    first vertex is put back as this centre wraps it (checked equal for every inset centre).
    """
    packed = atlas().ring(span)
    lon0 = packed[0] / 100
    first = wrap(lon0, centre)
    key = (span, round((first - lon0) / 360.0))
    if key not in _RINGS:
        raw = [(packed[i] / 100, packed[i + 1] / 100) for i in range(0, len(packed), 2)]
        _RINGS[key] = simplified(_unwrapped(raw, centre, SPACING), TOLERANCE)
    pts = list(_RINGS[key])
    pts[0] = (first, pts[0][1])
    return pts


def _unwrapped(points, centre: float, tolerance: float) -> list[tuple[float, float]]:
    """Return a ring thinned, first longitude about `centre`, each next one continuous with the last."""
    out: list[tuple[float, float]] = []
    for lon, lat in points:
        if not out:
            out.append((wrap(lon, centre), lat))
            continue
        lon += 360.0 * round((out[-1][0] - lon) / 360.0)
        if abs(lon - out[-1][0]) + abs(lat - out[-1][1]) >= tolerance:
            out.append((lon, lat))
    return out


def _shifts(points, centre: float) -> list[float]:
    """Return the whole turns to draw a ring at: twice where it crosses the inset's edge."""
    west, east = min(p[0] for p in points), max(p[0] for p in points)
    shifts = [0.0]
    if west < centre - 180.0:
        shifts.append(360.0)
    if east > centre + 180.0:
        shifts.append(-360.0)
    return shifts


def _clip_box(ring: Ring, box: Rect) -> Ring:
    """Return a ring clipped to the inset box."""
    for axis, limit, above in ((0, box.x, True), (0, box.x + box.w, False), (1, box.y, True),
                               (1, box.y + box.h, False)):
        ring = _clip_edge(ring, axis, limit, above)
        if not ring:
            return []
    return ring


def frame_ring(view: View, box: Rect) -> list[tuple[float, float]]:
    """Return the map's frame on the inset (centred as `world` centres it): a box in degrees.

    Its sides pass through the middles of the map's edges. The map's own outline would be truer
    at its corners, but for a view reaching far round the globe it folds over itself.
    """
    centre = round(view.projection.lon0 / CENTRE_STEP) * CENTRE_STEP
    middle = view.projection.lon0

    def at(px: float, py: float) -> tuple[float, float]:
        lon, lat = view.projection.inverse(px / view.scale + view.x0, view.y0 - py / view.scale)
        return wrap(lon, middle), lat

    west, east = at(0.0, view.height / 2)[0], at(view.width, view.height / 2)[0]
    north, south = at(view.width / 2, 0.0)[1], at(view.width / 2, view.height)[1]
    if east <= west:  # the view spans the globe: its middle row wraps round
        west, east = middle - 180.0, middle + 180.0
    west, east = max(west, centre - 180.0), min(east, centre + 180.0)
    corners = ((west, north), (east, north), (east, south), (west, south))
    return [to_inset(lon, lat, centre, box) for lon, lat in corners]
