"""Lambert azimuthal equal-area projection about the frame's centre: any region, no antimeridian seam."""

from __future__ import annotations

import math
from dataclasses import dataclass

from sitbrief.geo.sphere import EARTH_KM


@dataclass(frozen=True)
class Azimuthal:
    """The projection centred on (lon0, lat0); x east, y north, in kilometres."""

    lon0: float
    lat0: float

    def __post_init__(self) -> None:
        object.__setattr__(self, "_sin0", math.sin(math.radians(self.lat0)))
        object.__setattr__(self, "_cos0", math.cos(math.radians(self.lat0)))

    def forward(self, lon: float, lat: float) -> tuple[float, float]:
        """Return the projected (x, y) of a point."""
        phi, lam = math.radians(lat), math.radians(lon - self.lon0)
        sin_p, cos_p, cos_l = math.sin(phi), math.cos(phi), math.cos(lam)
        denom = 1 + self._sin0 * sin_p + self._cos0 * cos_p * cos_l
        k = EARTH_KM * math.sqrt(2 / denom) if denom > 1e-9 else 2 * EARTH_KM
        return k * cos_p * math.sin(lam), k * (self._cos0 * sin_p - self._sin0 * cos_p * cos_l)

    def forward_ring(self, ring: list[tuple[int, int]]) -> list[tuple[float, float]]:
        """Return the projected (x, y) of a ring of points in hundredths of a degree (a fast loop)."""
        rad = math.pi / 18000
        sin0, cos0, lam0 = self._sin0, self._cos0, self.lon0 * 100
        sin, cos, sqrt = math.sin, math.cos, math.sqrt
        out = []
        for lon, lat in ring:
            phi, lam = lat * rad, (lon - lam0) * rad
            sin_p, cos_p, cos_l = sin(phi), cos(phi), cos(lam)
            denom = 1 + sin0 * sin_p + cos0 * cos_p * cos_l
            k = EARTH_KM * sqrt(2 / denom) if denom > 1e-9 else 2 * EARTH_KM
            out.append((k * cos_p * sin(lam), k * (cos0 * sin_p - sin0 * cos_p * cos_l)))
        return out

    def inverse(self, x: float, y: float) -> tuple[float, float]:
        """Return the (lon, lat) of a projected point."""
        rho = math.hypot(x, y)
        if rho < 1e-9:
            return self.lon0, self.lat0
        c = 2 * math.asin(min(1.0, rho / (2 * EARTH_KM)))
        sin_c, cos_c = math.sin(c), math.cos(c)
        lat = math.asin(max(-1.0, min(1.0, cos_c * self._sin0 + y * sin_c * self._cos0 / rho)))
        lon = self.lon0 + math.degrees(math.atan2(x * sin_c, rho * self._cos0 * cos_c - y * self._sin0 * sin_c))
        return (lon + 180.0) % 360.0 - 180.0, math.degrees(lat)
