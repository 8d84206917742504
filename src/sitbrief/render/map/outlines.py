"""Country outlines for a map: polygons near the frame, simplified to its scale, projected, clipped.

The rings come thinned and simplified at development time (geo/simplified.py); projecting them is
done once per frame in kilometres, for a box wide enough for any drawing aspect, and cached: the
PDF and the deck of one build share it and only scale and clip it to their own boxes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from sitbrief.geo.shapes import Atlas, Polygon
from sitbrief.geo.simplified import outlines as simplified_outlines
from sitbrief.geo.sphere import KM_PER_DEGREE, distance_km, wrap
from sitbrief.render.map.projection import Azimuthal
from sitbrief.render.map.view import MAX_ASPECT, MIN_ASPECT, View

FINE_KM_PER_POINT = 8.0  # coarser than this per point, the 1:110m outlines are detailed enough
TYPICAL_WIDTH = 480.0  # points: the narrowest map a writer draws (a PDF column)
THIN = 1.4  # points: a vertex closer than this to the last kept one is dropped...
SMOOTH = 0.5  # points: then a vertex within this of its neighbours' line (Douglas-Peucker; both
# at development time, tools/outlines.py, in degrees: at a map's scale about these many points)
FAR_SIDE_KM = 100 * KM_PER_DEGREE  # polygons farther than this from the map's centre are never drawn
CLIP_MARGIN = 2.0
MIN_AREA = 0.4  # square points: rings smaller than this vanish at the map's scale

Ring = list[tuple[float, float]]
Box = tuple[float, float, float, float]  # x0, y0, x1, y1


@dataclass(frozen=True)
class Outline:
    """A country's rings, clipped (exterior and holes alike)."""

    name: str
    rings: tuple[tuple[tuple[float, float], ...], ...]


def reach(frame_box: Box) -> Box:
    """Return the km box any view of the frame can show (the frame widened to every aspect)."""
    x0, y0, x1, y1 = frame_box
    dx, dy = x1 - x0, y1 - y0
    w, h = max(dx, dy / MIN_ASPECT) * 1.02, max(dy, dx * MAX_ASPECT) * 1.02
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    return cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2


def outlines(atlas: Atlas, view: View, frame_box: Box) -> list[Outline]:
    """Return the outline of every country that shows in the view, in the view's points."""
    box = reach(frame_box)
    km_per_point = (box[2] - box[0]) / TYPICAL_WIDTH
    scale = "50m" if km_per_point < FINE_KM_PER_POINT else "110m"
    shared = projected(atlas, view.projection, box, scale, round(km_per_point * THIN, 1))
    out = []
    for outline in shared:
        placed = (_placed(ring, bounds, view) for ring, bounds in zip(outline.rings, outline.bounds, strict=True))
        rings = [ring for ring in placed if ring]
        if rings:
            out.append(Outline(outline.name, tuple(rings)))
    return out


def _placed(ring, bounds: Box, view: View) -> tuple[tuple[float, float], ...] | None:
    """Return a km ring in the view's points, clipped, or None when it does not show.

    Scaling keeps the order of coordinates, so the ring's km bounds, scaled, say exactly whether
    it lies wholly inside the clip box (no clipping needed) or wholly beyond one side (nothing).
    """
    sx, x0, y0, m = view.scale, view.x0, view.y0, CLIP_MARGIN
    west, south, east, north = bounds
    left, right, top, bottom = (west - x0) * sx, (east - x0) * sx, (y0 - north) * sx, (y0 - south) * sx
    if left > view.width + m or right < -m or top > view.height + m or bottom < -m:
        return None
    placed = [((x - x0) * sx, (y0 - y) * sx) for x, y in ring]
    if not (left >= -m and right <= view.width + m and top >= -m and bottom <= view.height + m):
        placed = clip(placed, view.width, view.height)
    if len(placed) > 40 or (len(placed) >= 3 and abs(ring_area(placed)) >= MIN_AREA):
        return tuple(placed)
    return None


@dataclass(frozen=True)
class Projected:
    """A country's rings in km, as `projected` caches them, with each ring's (x0, y0, x1, y1)."""

    name: str
    rings: tuple[tuple[tuple[float, float], ...], ...]
    bounds: tuple[Box, ...]


@lru_cache(maxsize=2)
def projected(atlas: Atlas, projection: Azimuthal, box: Box, scale: str, tol_km: float) -> tuple[Projected, ...]:
    """Return every country's rings in km inside `box`, thinned and simplified to `tol_km`.

    The rings come thinned and simplified at the finest step of a fixed ladder at or under the
    tolerance (geo/simplified.py, written at development time by tools/outlines.py), so a map only
    projects and clips them. Cached for the article being built (its PDF and deck share one
    frame): two entries, so a batch worker's memory stays flat."""
    bounds = degree_bounds(projection, box)
    ladder = simplified_outlines()
    step = ladder.step(scale, ladder.level(scale, max(1, round(tol_km / 111.2 * 100))))
    found = []
    for country in atlas.countries.values():
        rings = []
        for polygon, spans in zip(country.polygons[scale], step.spans[country.name], strict=True):
            if not overlaps(polygon, bounds, projection.lon0) or beyond(polygon, projection):
                continue
            for span in spans:
                packed = step.ring(span)
                ring = clip_km(projection.forward_ring(zip(packed[::2], packed[1::2], strict=True)), box)
                if len(ring) >= 3:
                    rings.append(tuple(ring))
        if rings:
            found.append(Projected(country.name, tuple(rings), tuple(_bounds(r) for r in rings)))
    return tuple(found)


def _bounds(ring) -> Box:
    """Return a ring's (x0, y0, x1, y1)."""
    xs, ys = [p[0] for p in ring], [p[1] for p in ring]
    return min(xs), min(ys), max(xs), max(ys)


def degree_bounds(projection: Azimuthal, box: Box) -> tuple[float, float, float, float]:
    """Return (west, south, east, north) a km box covers, longitudes about the projection's centre."""
    x0, y0, x1, y1 = box
    lons, lats = [], []
    steps = 16
    for i in range(steps + 1):
        t = i / steps
        for x, y in ((x0 + t * (x1 - x0), y0), (x0 + t * (x1 - x0), y1), (x0, y0 + t * (y1 - y0)),
                     (x1, y0 + t * (y1 - y0))):
            lon, lat = projection.inverse(x, y)
            lons.append(wrap(lon, projection.lon0))
            lats.append(lat)
    south, north = min(lats), max(lats)
    for pole in (90.0, -90.0):
        x, y = projection.forward(projection.lon0, pole)
        if x0 <= x <= x1 and y0 <= y <= y1:
            return projection.lon0 - 180, min(south, pole), projection.lon0 + 180, max(north, pole)
    return min(lons), south, max(lons), north


def overlaps(polygon: Polygon, bounds: tuple[float, float, float, float], centre: float) -> bool:
    """Return whether a polygon's box meets degree bounds (longitudes about `centre`)."""
    west, south, east, north = polygon.bbox
    v_west, v_south, v_east, v_north = bounds
    if south > v_north or north < v_south:
        return False
    if v_east - v_west >= 360:
        return True
    shifted = wrap(west, centre)
    return any(start <= v_east and start + (east - west) >= v_west
               for start in (shifted - 360, shifted, shifted + 360))


def beyond(polygon: Polygon, projection: Azimuthal) -> bool:
    """Return whether a polygon lies wholly on the far side of the globe (near the antipode the
    projection wraps a shape around the whole map)."""
    west, south, east, north = polygon.bbox
    lon0, lat0 = projection.lon0, projection.lat0
    return all(distance_km(lon0, lat0, lon, lat) > FAR_SIDE_KM  # stops at the first sample near enough
               for lon in (west, (west + east) / 2, east) for lat in (south, (south + north) / 2, north))


def clip_km(ring: Ring, box: Box) -> Ring:
    """Return a km ring clipped to a km box."""
    x0, y0, x1, y1 = box
    if all(x0 <= x <= x1 and y0 <= y <= y1 for x, y in ring):
        return ring
    for axis, limit, keep_above in ((0, x0, True), (0, x1, False), (1, y0, True), (1, y1, False)):
        ring = _clip_edge(ring, axis, limit, keep_above)
        if not ring:
            return []
    return ring


def clip(ring: Ring, width: float, height: float) -> Ring:
    """Return a ring in points clipped to the map's rectangle (a margin outside it)."""
    m = CLIP_MARGIN
    return clip_km(ring, (-m, -m, width + m, height + m))


def _clip_edge(ring: Ring, axis: int, limit: float, keep_above: bool) -> Ring:
    """Return the part of a ring on one side of an axis-parallel line (Sutherland-Hodgman)."""
    out: Ring = []
    prev = ring[-1]
    prev_in = prev[axis] >= limit if keep_above else prev[axis] <= limit
    for cur in ring:
        cur_in = cur[axis] >= limit if keep_above else cur[axis] <= limit
        if cur_in != prev_in:
            out.append(_cross(prev, cur, axis, limit))
        if cur_in:
            out.append(cur)
        prev, prev_in = cur, cur_in
    return out


def _cross(a, b, axis: int, limit: float) -> tuple[float, float]:
    """Return where segment a-b crosses the line coordinate[axis] == limit."""
    t = (limit - a[axis]) / (b[axis] - a[axis])
    x, y = a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])
    return (limit, y) if axis == 0 else (x, limit)


def simplified(ring: Ring, tolerance: float, longest: float = math.inf) -> Ring:
    """Return a closed ring without the vertices within `tolerance` of the line its neighbours
    keep (Douglas-Peucker): far fewer points than spacing alone for the same drawn shape; no kept
    segment spans more than `longest` in x or y (tools/outlines.py, so parallels stay curved)."""
    n = len(ring)
    if n < 4:
        return ring
    x0, y0 = ring[0]
    reach = [(x - x0) ** 2 + (y - y0) ** 2 for x, y in ring]
    far = reach.index(max(reach))  # the first farthest, as max(key=...) picks it
    keep = [False] * n
    keep[0] = keep[far] = keep[-1] = True
    spans, limit = [span for span in ((0, far), (far, n - 1)) if span[1] - span[0] > 1], tolerance * tolerance
    while spans:
        a, b = spans.pop()
        (ax, ay), (bx, by) = ring[a], ring[b]
        dx, dy = bx - ax, by - ay
        length = dx * dx + dy * dy or 1e-12
        # a plain loop: most spans hold a few vertices, where building and searching a list
        # costs more than the arithmetic; `>=` keeps the last of equal offsets
        worst, at = -1.0, a
        for i in range(a + 1, b):
            px, py = ring[i]
            off = ((px - ax) * dy - (py - ay) * dx) ** 2 / length
            if off >= worst:
                worst, at = off, i
        if worst > limit or max(abs(dx), abs(dy)) > longest:
            keep[at] = True
            if at - a > 1:  # only spans with a vertex between their ends are searched
                spans.append((a, at))
            if b - at > 1:
                spans.append((at, b))
    return [p for p, kept in zip(ring, keep, strict=True) if kept]


def ring_area(ring) -> float:
    """Return a ring's signed area in square points."""
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=False)) / 2


def largest_ring(rings) -> tuple | None:
    """Return the ring of largest area, or None."""
    return max(rings, key=lambda r: abs(ring_area(r)), default=None)
