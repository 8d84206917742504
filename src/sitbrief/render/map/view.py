"""Fit a MapBlock's frame to a drawing box: the projection, the scale and the degrees it covers."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from sitbrief.compose.brief import MapBlock
from sitbrief.geo.sphere import wrap
from sitbrief.render.map.projection import Azimuthal

EDGE_SAMPLES = 16
MIN_ASPECT, MAX_ASPECT = 0.5, 0.7  # height / width a writer may give the map


@dataclass(frozen=True)
class View:
    """Where the map sits: projection, km-to-point scale and offsets, size in points."""

    projection: Azimuthal
    scale: float  # points per km
    x0: float  # projected x (km) at the left edge
    y0: float  # projected y (km) at the top edge
    width: float
    height: float

    def point(self, lon: float, lat: float) -> tuple[float, float]:
        """Return a position in points (top-left origin, y down)."""
        x, y = self.projection.forward(lon, lat)
        return (x - self.x0) * self.scale, (self.y0 - y) * self.scale

    def km_per_point(self) -> float:
        """Return how many kilometres one point covers."""
        return 1.0 / self.scale

    def bounds(self) -> tuple[float, float, float, float]:
        """Return (west, south, east, north) in degrees the view covers, west/east around its centre."""
        lons, lats = [], []
        for i in range(EDGE_SAMPLES + 1):
            t = i / EDGE_SAMPLES
            for px, py in ((t * self.width, 0), (t * self.width, self.height), (0, t * self.height),
                           (self.width, t * self.height)):
                lon, lat = self.projection.inverse(px / self.scale + self.x0, self.y0 - py / self.scale)
                lons.append(wrap(lon, self.projection.lon0))
                lats.append(lat)
        south, north = min(lats), max(lats)
        for pole in (90.0, -90.0):
            x, y = self.point(self.projection.lon0 + 90.0, pole)
            if 0 <= x <= self.width and 0 <= y <= self.height:
                return self.projection.lon0 - 180, min(south, pole), self.projection.lon0 + 180, max(north, pole)
        return min(lons), south, max(lons), north


def frame_samples(frame: tuple[float, float, float, float]) -> list[tuple[float, float]]:
    """Return points along the edges of a degree frame (west, south, east, north)."""
    west, south, east, north = frame
    out = []
    for i in range(EDGE_SAMPLES + 1):
        t = i / EDGE_SAMPLES
        lon, lat = west + t * (east - west), south + t * (north - south)
        out += [(lon, south), (lon, north), (west, lat), (east, lat)]
    return out


def projected_box(block: MapBlock) -> tuple[Azimuthal, tuple[float, float, float, float]]:
    """Return the projection for a block and the projected box (x0, y0, x1, y1) of its frame."""
    return _projected_box(tuple(block.frame), tuple((p.lon, p.lat) for p in block.places if p.kind != "country"))


@lru_cache(maxsize=4)
def _projected_box(frame: tuple[float, float, float, float], places: tuple[tuple[float, float], ...]
                   ) -> tuple[Azimuthal, tuple[float, float, float, float]]:
    """Return the projection and projected box of a frame and the points it must hold (cached:
    each writer asks several times while it lays the map out)."""
    west, south, east, north = frame
    projection = Azimuthal(wrap((west + east) / 2), (south + north) / 2)
    points = [projection.forward(lon, lat) for lon, lat in frame_samples(frame)]
    points += [projection.forward(lon, lat) for lon, lat in places]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return projection, (min(xs), min(ys), max(xs), max(ys))


def aspect(block: MapBlock) -> float:
    """Return the height/width ratio the frame wants, within what a page or slide can give."""
    _, (x0, y0, x1, y1) = projected_box(block)
    return max(MIN_ASPECT, min(MAX_ASPECT, (y1 - y0) / max(x1 - x0, 1e-6)))


def fit(block: MapBlock, width: float, height: float) -> View:
    """Return the view showing the whole frame in a width x height box, centred, aspect kept."""
    projection, (x0, y0, x1, y1) = projected_box(block)
    scale = min(width / max(x1 - x0, 1e-6), height / max(y1 - y0, 1e-6))
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    return View(projection, scale, cx - width / 2 / scale, cy + height / 2 / scale, width, height)
