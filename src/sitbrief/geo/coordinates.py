"""The gazetteer's coordinates from ``data/coordinates.tsv``, read once, looked up by name."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Location:
    """Where a place is: label positions (lat, lon; first is the default), rough size, source."""

    name: str
    kind: str
    country: str
    positions: tuple[tuple[float, float], ...]
    span_km: float
    source: str

    @property
    def lat(self) -> float:
        """Return the default latitude."""
        return self.positions[0][0]

    @property
    def lon(self) -> float:
        """Return the default longitude."""
        return self.positions[0][1]


@cache
def gazetteer() -> dict[str, tuple[Location, ...]]:
    """Return every location keyed by casefolded name, rows sharing a name in file order."""
    text = resources.files("sitbrief.geo").joinpath("data", "coordinates.tsv").read_text(encoding="utf-8")
    found: dict[str, list[Location]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, kind, country, lats, lons, span, source = line.split("\t")
        positions = tuple((float(a), float(b)) for a, b in zip(lats.split(";"), lons.split(";"), strict=True))
        found.setdefault(name.casefold(), []).append(
            Location(name, kind, country, positions, float(span), source))
    return {key: tuple(rows) for key, rows in found.items()}


def locate(name: str, country: str | None = None) -> Location | None:
    """Return the location of `name` (the row of `country` where several share the name), or None."""
    rows = gazetteer().get(name.casefold(), ())
    if country:
        for row in rows:
            if row.country.casefold() == country.casefold():
                return row
    return rows[0] if rows else None
