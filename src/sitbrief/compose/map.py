"""The locator map's content: which of the brief's places it shows, the frame they set, what it leaves off.

The places the story is about set the frame: taken in order of salience (mentions, and whether the
lead names them), each widens the frame while it stays regional; a place mentioned in passing may
widen it only a little, so a one-line aside about a distant capital does not turn a regional map
into a world map. Places inside the frame are then shown too (as context); the rest are listed.
Writers only draw: projection, padding and label placement are theirs (render/map).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from sitbrief.compose.brief import MapBlock, MapPlace
from sitbrief.extract.lexicon import lexicon, words
from sitbrief.facts.model import Facts, Place
from sitbrief.geo.coordinates import Location, locate
from sitbrief.geo.shapes import atlas
from sitbrief.geo.sphere import KM_PER_DEGREE, cover, wrap

MAX_WIDTH = 120.0  # degrees of longitude a frame may span while it grows
MAX_HEIGHT = 90.0  # degrees of latitude
GROWING_SPAN_KM = 1500.0  # areas larger than this (oceans, continents) never widen the frame
MAIN_SPAN_KM = 4500.0  # the main event's sea or region sets the frame when no larger than this
PASSING_GROWTH = 0.2  # a place mentioned in passing may lengthen the frame's diagonal by this share...
PASSING_DEGREES = 12.0  # ...or by this many degrees, whichever is more
PAD = 0.1  # share of the frame added on every side before deciding what falls inside it
SOUTH, NORTH = -80.0, 84.0
_FACILITY_WORDS = frozenset(words("facility_words"))


@dataclass(frozen=True)
class Box:
    """A frame in degrees: a longitude arc (west edge and width, east of 180 allowed) and a latitude band."""

    west: float
    width: float
    south: float
    north: float

    @property
    def east(self) -> float:
        """Return the east edge (may pass 180)."""
        return self.west + self.width

    def union(self, other: Box) -> Box:
        """Return the smallest box covering both."""
        west, width = cover([(self.west, self.width), (other.west, other.width)])
        return Box(west, width, min(self.south, other.south), max(self.north, other.north))

    def contains(self, lat: float, lon: float) -> bool:
        """Return whether the point lies inside the box."""
        return self.south <= lat <= self.north and wrap(lon - self.west, 180.0) <= self.width

    def overlaps(self, other: Box) -> bool:
        """Return whether the two boxes share any area."""
        if other.south > self.north or other.north < self.south:
            return False
        return (wrap(other.west - self.west, 180.0) <= self.width
                or wrap(self.west - other.west, 180.0) <= other.width)

    def diagonal(self) -> float:
        """Return the box's diagonal in degrees of latitude (longitude scaled at its middle)."""
        middle = math.radians((self.south + self.north) / 2)
        return math.hypot(self.width * math.cos(middle), self.north - self.south)

    def regional(self) -> bool:
        """Return whether the box is still small enough to grow."""
        return self.width <= MAX_WIDTH and self.north - self.south <= MAX_HEIGHT


def around(lat: float, lon: float, span_km: float) -> Box:
    """Return the box `span_km` wide and high centred on a point (a point for span 0)."""
    half_lat = span_km / 2 / KM_PER_DEGREE
    half_lon = min(180.0, half_lat / max(0.05, math.cos(math.radians(lat))))
    return Box(wrap(lon - half_lon), 2 * half_lon, max(SOUTH, lat - half_lat), min(NORTH, lat + half_lat))


@dataclass
class Candidate:
    """A place of the facts with where it is and how much the story is about it."""

    place: Place
    kind: str
    positions: tuple[tuple[float, float], ...]  # (lat, lon) label positions
    extent: Box
    span_km: float
    score: float
    order: int
    main: bool = False  # the main event happens here: it sets the frame first

    @property
    def grows(self) -> bool:
        """Return whether the place may widen the frame (countries, points, small areas); the main event's
        sea or region does too unless it is ocean-wide (its frame is the area round its label)."""
        return self.kind == "country" or self.span_km <= (MAIN_SPAN_KM if self.main else GROWING_SPAN_KM)


def facility_town(place: Place, countries: frozenset[str]) -> Location | None:
    """Return the town a base is named after ("Tapa Camp") when that town lies in a country of the story."""
    if place.kind not in ("facility", "other"):
        return None
    name = place.name.split()
    town = [w for w in name if w not in _FACILITY_WORDS and w.lower() not in ("air", "the")]
    if not town or len(town) == len(name):
        return None
    found = locate(" ".join(town), place.country)
    if found is None or found.kind != "city" or found.country not in countries:
        return None
    return found


def locate_place(
    place: Place, countries: frozenset[str] = frozenset()
) -> tuple[str, tuple[tuple[float, float], ...], Box, float] | None:
    """Return (kind, positions, extent, span) of a place of the facts, or None if it has no location."""
    if place.kind == "country":
        country = atlas().country(place.name)
        if country is None:
            return None
        west, south, east, north = country.extent
        lon, lat = country.label
        return "country", ((lat, lon),), Box(west, east - west, south, north), 0.0
    found = locate(place.name, place.country)
    if found is None:
        canonical = lexicon().places.get(place.name.casefold())
        found = locate(canonical[0], place.country) if canonical else None
    if found is None and (found := facility_town(place, countries)) is None:
        return None
    lat, lon = found.positions[0]
    return place.kind, found.positions, around(lat, lon, min(found.span_km, GROWING_SPAN_KM)), found.span_km


def salience(place: Place, lead: set[str]) -> float:
    """Return how much the story is about a place: its mentions, and more if the lead names it."""
    return len(place.evidence) + (2.0 if lead & set(place.evidence) else 0.0)


def candidates(facts: Facts) -> tuple[list[Candidate], list[str]]:
    """Return the located places (most salient first) and the names of those without a location."""
    lead = set(facts.summary.evidence) or {s.id for s in facts.article.sentences[:1]}
    order = {s.id: i for i, s in enumerate(facts.article.sentences)}
    main = next((e.where for e in facts.events if e.id == facts.summary.event), None)
    found, missing, seen = [], [], set()
    countries = frozenset(p.name for p in facts.places if p.kind == "country")
    for place in facts.places:
        if place.name.casefold() in seen:
            continue
        seen.add(place.name.casefold())
        where = locate_place(place, countries)
        if where is None:
            missing.append(place.name)
            continue
        first = min((order.get(ref, len(order)) for ref in place.evidence), default=len(order))
        kind, positions, extent, span = where
        found.append(Candidate(place, kind, positions, extent, span, salience(place, lead), first, place.id == main))
    found.sort(key=lambda c: (not c.main, -c.score, c.order))  # the Key facts' Where is always on the map
    return found, missing


def _within_main_area(found: list[Candidate]) -> list[Candidate]:
    """Return `found` with the places inside an ocean-wide main event's area first ("in the Western
    Pacific": Guam and Korea frame the map, not the United States the Navy belongs to)."""
    main = next((c for c in found if c.main and not c.grows), None)
    if main is None:
        return found
    lat, lon = main.positions[0]
    area = around(lat, lon, main.span_km)
    inside = [c for c in found if c is not main and any(area.contains(a, o) for a, o in c.positions)]
    return [main, *inside, *(c for c in found if c is not main and c not in inside)]


def grow(found: list[Candidate]) -> tuple[Box | None, set[str]]:
    """Return the frame the story's places set and the names of the places that set it."""
    frame: Box | None = None
    focus: set[str] = set()
    found = _within_main_area(found)
    top = max((c.score for c in found if c.grows), default=0.0)
    for cand in found:
        if not cand.grows:
            continue
        if frame is None:
            frame, focus = cand.extent, {cand.place.name}
            continue
        wider = frame.union(cand.extent)
        passing = cand.score < top / 2
        allowance = max(PASSING_GROWTH * frame.diagonal(), PASSING_DEGREES)
        if wider.regional() and (not passing or wider.diagonal() - frame.diagonal() <= allowance):
            frame = wider
            focus.add(cand.place.name)
    if frame is None and found and found[0].span_km <= MAIN_SPAN_KM:  # an ocean alone makes no locator map
        lat, lon = found[0].positions[0]
        frame, focus = around(lat, lon, min(found[0].span_km, MAX_HEIGHT * KM_PER_DEGREE)), {found[0].place.name}
    return frame, focus


def at_least(frame: Box, km: float) -> Box:
    """Return the frame widened (about its centre) to at least `km` across and high."""
    middle = (frame.south + frame.north) / 2
    need_lat = km / KM_PER_DEGREE
    need_lon = min(360.0, need_lat / max(0.05, math.cos(math.radians(middle))))
    width = max(frame.width, need_lon)
    height = max(frame.north - frame.south, need_lat)
    north = min(NORTH, max(SOUTH, middle - height / 2) + height)
    return Box(frame.west - (width - frame.width) / 2, width, max(SOUTH, north - height), north)


def padded(frame: Box, share: float = PAD) -> Box:
    """Return the frame with `share` of its size added on every side."""
    dx, dy = frame.width * share, (frame.north - frame.south) * share
    return Box(frame.west - dx, min(360.0, frame.width + 2 * dx), max(SOUTH, frame.south - dy),
               min(NORTH, frame.north + dy))


def shown_place(cand: Candidate, frame: Box, focus: set[str]) -> MapPlace | None:
    """Return the map place of a candidate if it falls inside the frame, else None."""
    tier = "focus" if cand.place.name in focus else "context"
    if cand.kind == "country":
        if not frame.overlaps(cand.extent):
            return None
        lat, lon = cand.positions[0]
        return MapPlace(cand.place.name, "country", lat, lon, tier, cand.span_km)
    for lat, lon in cand.positions:
        if frame.contains(lat, lon):
            return MapPlace(cand.place.name, cand.kind, lat, lon, tier, cand.span_km)
    return None


def map_content(facts: Facts, min_frame_km: float) -> tuple[MapBlock | None, list[str], list[str]]:
    """Return the map (None when no place has a location), the places outside it and those unlocated."""
    found, missing = candidates(facts)
    frame, focus = grow(found)
    if frame is None:
        return None, [], missing
    frame = padded(at_least(frame, min_frame_km))
    shown, outside = [], []
    for cand in found:
        place = shown_place(cand, frame, focus)
        if place is None:
            outside.append(cand.place.name)
        else:
            shown.append(place)
    block = MapBlock(shown, (frame.west, frame.south, frame.east, frame.north),
                     not_shown=outside + missing)
    return block, outside, missing
