"""Country shapes from ``data/countries.bin``: decoded on first use and kept for the process."""

from __future__ import annotations

import array
import json
import struct
import sys
import zlib
from dataclasses import dataclass
from functools import cache
from importlib import resources

MAGIC = b"SBGEO1"
SCALES = ("110m", "50m")


@dataclass(frozen=True)
class Polygon:
    """One polygon of a country: its bounding box (degrees) and rings as (offset, count) spans."""

    bbox: tuple[float, float, float, float]
    rings: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Country:
    """A country's shape: name (as the gazetteer spells it), ISO numeric code, label point, extent."""

    name: str
    iso: str
    label: tuple[float, float]  # lon, lat
    extent: tuple[float, float, float, float]  # west, south, east, north of the main landmass
    polygons: dict[str, tuple[Polygon, ...]]


@dataclass(frozen=True, eq=False)
class Atlas:
    """Every country's shape and the packed coordinates their rings point into."""

    countries: dict[str, Country]
    coords: array.array  # int16 pairs: lon, lat in hundredths of a degree
    source: str

    def ring(self, span: tuple[int, int]) -> array.array:
        """Return one ring's packed coordinates (lon, lat, lon, lat, ... in hundredths)."""
        offset, count = span
        return self.coords[2 * offset: 2 * (offset + count)]

    def country(self, name: str) -> Country | None:
        """Return the country called `name` (case-insensitive), or None."""
        return self.countries.get(name) or _folded(self).get(name.casefold())


@cache
def _folded(atlas: Atlas) -> dict[str, Country]:
    return {name.casefold(): c for name, c in atlas.countries.items()}


@cache
def atlas() -> Atlas:
    """Return the atlas, reading the package data file once."""
    raw = resources.files("sitbrief.geo").joinpath("data", "countries.bin").read_bytes()
    return parse(raw)


def parse(raw: bytes) -> Atlas:
    """Return the atlas packed in `raw` (the format tools/geodata.py writes)."""
    if not raw.startswith(MAGIC):
        raise ValueError("not a sitbrief geodata file")
    head_len, body_len = struct.unpack_from("<II", raw, len(MAGIC))
    start = len(MAGIC) + 8
    header = json.loads(raw[start:start + head_len].decode("utf-8"))
    coords = array.array("h")
    coords.frombytes(zlib.decompress(raw[start + head_len:start + head_len + body_len]))
    if sys.byteorder != "little":
        coords.byteswap()
    countries = {}
    for entry in header["countries"]:
        polygons = {scale: tuple(Polygon(tuple(p[:4]), tuple(tuple(r) for r in p[4:]))
                                 for p in entry["shapes"].get(scale, ()))
                    for scale in SCALES}
        countries[entry["name"]] = Country(entry["name"], entry["iso"], tuple(entry["label"]),
                                           tuple(entry["extent"]), polygons)
    return Atlas(countries, coords, header.get("source", ""))
