"""Country rings thinned and simplified at fixed tolerances, from ``data/outlines.bin``.

``tools/outlines.py`` writes the file from ``countries.bin`` at development time: for each scale a
ladder of tolerances (hundredths of a degree), every ring of every polygon in the atlas's order.
"""

from __future__ import annotations

import array
import json
import struct
import sys
import zlib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import accumulate

from sitbrief.geo.shapes import Atlas, atlas

MAGIC = b"SBOUT1"
SCALES = ("110m", "50m")

Spans = tuple[tuple[tuple[int, int], ...], ...]  # per polygon of a country, its rings' (offset, count)


@dataclass(frozen=True)
class Step:
    """One step of the ladder: every country's ring spans and the coordinates they point into."""

    spans: dict[str, Spans]
    coords: array.array  # int16 pairs: lon, lat in hundredths of a degree

    def ring(self, span: tuple[int, int]) -> array.array:
        """Return one ring's packed coordinates (lon, lat, lon, lat, ... in hundredths)."""
        offset, count = span
        return self.coords[2 * offset: 2 * (offset + count)]


@dataclass(frozen=True, eq=False)
class Outlines:
    """The ladder of steps per scale, each decoded from its block when first asked for."""

    atlas: Atlas
    blocks: dict[tuple[str, int], tuple[int, int, int]]  # (scale, step) -> rings, start, length in `raw`
    raw: bytes
    _steps: dict[tuple[str, int], Step] = field(default_factory=dict)

    def level(self, scale: str, tolerance: int) -> int:
        """Return the coarsest step at or under `tolerance` (the finest step when all are coarser)."""
        steps = sorted(step for s, step in self.blocks if s == scale)
        return max((step for step in steps if step <= tolerance), default=steps[0])

    def step(self, scale: str, level: int) -> Step:
        """Return one step of a scale, decoding its block the first time."""
        key = (scale, level)
        if key not in self._steps:
            self._steps[key] = self._decode(scale, *self.blocks[key])
        return self._steps[key]

    def _decode(self, scale: str, rings: int, start: int, length: int) -> Step:
        """Return a step from its block: ring vertex counts, then coordinates, in the atlas's order."""
        body = zlib.decompress(self.raw[start:start + length])
        counts, coords = array.array("i"), array.array("h")
        counts.frombytes(body[:4 * rings])
        coords.frombytes(body[4 * rings:])
        if sys.byteorder != "little":
            counts.byteswap()
            coords.byteswap()
        spans, ring_index, vertex = {}, 0, 0
        for country in self.atlas.countries.values():
            polygons = []
            for polygon in country.polygons[scale]:
                some = counts[ring_index:ring_index + len(polygon.rings)]
                ends = list(accumulate(some, initial=vertex))
                polygons.append(tuple(zip(ends[:-1], some, strict=True)))
                ring_index, vertex = ring_index + len(polygon.rings), ends[-1]
            spans[country.name] = tuple(polygons)
        if ring_index != rings:
            raise ValueError("outlines.bin does not match countries.bin (run tools/outlines.py)")
        return Step(spans, coords)


@cache
def outlines() -> Outlines:
    """Return the simplified outlines, reading the package data file once."""
    raw = resources.files("sitbrief.geo").joinpath("data", "outlines.bin").read_bytes()
    return parse(raw, atlas())


def parse(raw: bytes, shapes: Atlas) -> Outlines:
    """Return the outlines packed in `raw` (the format tools/outlines.py writes) for `shapes`."""
    if not raw.startswith(MAGIC):
        raise ValueError("not a sitbrief outlines file")
    (head_len,) = struct.unpack_from("<I", raw, len(MAGIC))
    start = len(MAGIC) + 4
    header = json.loads(raw[start:start + head_len].decode("utf-8"))
    blocks, offset = {}, start + head_len
    for scale, level, rings, length in header["blocks"]:
        blocks[(scale, level)] = (rings, offset, length)
        offset += length
    return Outlines(shapes, blocks, raw)
