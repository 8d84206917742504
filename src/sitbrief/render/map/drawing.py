"""Assemble a MapDrawing: outlines by tier, markers, inset, attribution, then labels around them."""

from __future__ import annotations

from dataclasses import dataclass, field

from sitbrief.compose.brief import MapBlock, MapPlace
from sitbrief.geo.shapes import atlas
from sitbrief.render.map.inset import RATIO, frame_ring, world
from sitbrief.render.map.labels import LabelRequest, Measure, PlacedLabel, Rect, place_labels, variants
from sitbrief.render.map.outlines import Ring, largest_ring, outlines, ring_area
from sitbrief.render.map.view import View, fit, projected_box

POINT_KINDS = ("city", "facility", "other")
AREA_KINDS = ("sea", "region")
MARGIN = 4.0
SPECK = 12.0  # square points: a named country drawn smaller than this is marked with a dot too


@dataclass
class Area:
    """A filled country: `tier` is focus, context or land (not named in the brief)."""

    name: str
    tier: str
    rings: list[Ring]


@dataclass
class Marker:
    """A point marker: a city, facility or other point place, or a named country too small to see."""

    name: str
    kind: str  # city, facility, other or country
    x: float
    y: float
    radius: float
    tier: str = "focus"  # a country's: focus or context (its shade)


@dataclass
class Inset:
    """The world inset: its box, land rings and the outline of the map's frame."""

    box: Rect
    land: tuple[tuple[tuple[float, float], ...], ...]
    frame: list[tuple[float, float]]


@dataclass
class MapDrawing:
    """Everything to draw, in points from the map's top-left corner."""

    width: float
    height: float
    areas: list[Area]
    markers: list[Marker]
    labels: list[PlacedLabel]
    inset: Inset | None
    attribution: PlacedLabel | None
    left_out: list[str] = field(default_factory=list)  # places dropped for want of label room
    view: View | None = None


def map_drawing(block: MapBlock, width: float, height: float, label_size: float, measure: Measure,
                inset: bool = True) -> MapDrawing:
    """Return the drawing of `block` in a width x height box with labels of `label_size` points."""
    view = fit(block, width, height)
    # a region Natural Earth draws as a unit (Guam, Greenland, Hong Kong) is shaded like a country
    tiers = {p.name: p.tier for p in block.places if p.kind in ("country", "region")}
    areas = [Area(o.name, tiers.get(o.name, "land"), o.rings)
             for o in outlines(atlas(), view, projected_box(block)[1])]
    radius = max(2.0, label_size * 0.4)
    specks = _specks(block.places, areas)
    markers = []
    for place in block.places:
        if place.kind in POINT_KINDS or place.name in specks:
            x, y = view.point(place.lon, place.lat)
            if 0 <= x <= width and 0 <= y <= height:
                markers.append(Marker(place.name, place.kind, x, y, radius, place.tier))
    requests = _requests(block.places, view, areas, label_size, radius, specks)
    box = _inset_box(width, height, requests) if inset else None
    drawn_inset = Inset(box, world(view.projection.lon0, box), frame_ring(view, box)) if box else None
    attribution = _attribution(block.attribution, width, height, label_size, measure, box)
    obstacles = [Rect(m.x - m.radius - 1, m.y - m.radius - 1, 2 * m.radius + 2, 2 * m.radius + 2) for m in markers]
    obstacles += [r for r in (box and _grown(box, 2), attribution and attribution.box) if r]
    labels, left_out = place_labels(requests, obstacles, width, height, measure)
    named = {label.name for label in labels}
    point_names = {m.name for m in markers}
    kept = [m for m in markers if m.name in named]
    dropped = [name for name in left_out if name in point_names]
    return MapDrawing(width, height, areas, kept, labels, drawn_inset, attribution, dropped, view)


def _specks(places: list[MapPlace], areas: list[Area]) -> set[str]:
    """Return the brief's countries that the map draws too small to see (islands), or not at all."""
    countries = {p.name for p in places if p.kind == "country"}
    seen = {a.name for a in areas if a.name in countries and _at_least(a.rings, SPECK)}
    return countries - seen


def _at_least(rings, area: float) -> bool:
    """Return whether rings cover `area` square points, summing only until they do."""
    total = 0.0
    for ring in rings:
        total += abs(ring_area(ring))
        if total >= area:
            return True
    return False


def _requests(places: list[MapPlace], view: View, areas: list[Area], size: float,
              radius: float, specks: set[str]) -> list[LabelRequest]:
    """Return the label requests in priority order: points, focus countries, seas, regions, context.

    A country drawn as a speck is labelled beside its dot, as a point is."""
    rings = {a.name: a.rings for a in areas}
    points, focus, seas, context = [], [], [], []
    for place in places:
        x, y = view.point(place.lon, place.lat)
        if place.kind in POINT_KINDS:
            points.append(LabelRequest(place.name, [[place.name]], x, y, size, "point", radius=radius))
        elif place.kind in AREA_KINDS:
            style = "sea" if place.kind == "sea" else "region"
            beside = radius if place.name in rings else 0.0  # a shaded region: the label leaves it in sight
            seas.append(LabelRequest(place.name, variants(place.name), x, y, size, style, italic=True,
                                     radius=beside))
        elif place.kind == "country":
            speck = place.name in specks
            anchor = (x, y) if speck else _country_anchor(x, y, rings.get(place.name, []), view)
            if anchor is None:
                continue
            text = place.name.upper()
            tier = "country" if place.tier == "focus" else "country_context"
            request = LabelRequest(place.name, variants(text), anchor[0], anchor[1], size * 0.95, tier,
                                   bold=place.tier == "focus", radius=radius if speck else 0.0)
            (focus if place.tier == "focus" else context).append(request)
    return points + focus + seas + context


def _country_anchor(x: float, y: float, rings: list[Ring], view: View) -> tuple[float, float] | None:
    """Return where a country's label centres: its visual centre, or the middle of what shows."""
    if 0 <= x <= view.width and 0 <= y <= view.height:
        return x, y
    ring = largest_ring(rings)
    if ring is None:
        return None
    xs, ys = [p[0] for p in ring], [p[1] for p in ring]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    return (cx, cy) if 0 <= cx <= view.width and 0 <= cy <= view.height else None


def _inset_box(width: float, height: float, requests: list[LabelRequest]) -> Rect | None:
    """Return the inset's box in the corner with the fewest label anchors (none if the map is small)."""
    w = max(64.0, min(width * 0.22, 150.0))
    h = w / RATIO
    if w > width * 0.4 or h > height * 0.35:
        return None
    corners = [Rect(MARGIN, height - h - MARGIN, w, h), Rect(width - w - MARGIN, MARGIN, w, h),
               Rect(MARGIN, MARGIN, w, h), Rect(width - w - MARGIN, height - h - MARGIN, w, h)]

    def crowd(box: Rect) -> int:
        grown = _grown(box, 12)
        return sum(1 for r in requests if grown.x <= r.x <= grown.x + grown.w and grown.y <= r.y <= grown.y + grown.h)

    return min(corners, key=crowd)


def _attribution(text: str, width: float, height: float, size: float, measure: Measure,
                 inset: Rect | None) -> PlacedLabel | None:
    """Return the attribution, bottom right (bottom left when the inset holds that corner)."""
    if not text:
        return None
    small = max(4.5, size * 0.75)
    w = measure(text, small, False, False) + 2
    h = small * 1.2
    right = inset is not None and inset.x + inset.w > width - MARGIN - 1 and inset.y + inset.h > height - MARGIN - 1
    x = MARGIN if right else width - w - MARGIN
    return PlacedLabel("attribution", [text], Rect(x, height - h - 2, w, h), small, "attribution",
                       False, False, "l" if right else "r")


def _grown(box: Rect, by: float) -> Rect:
    """Return a box grown by `by` on every side."""
    return Rect(box.x - by, box.y - by, box.w + 2 * by, box.h + 2 * by)
