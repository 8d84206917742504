"""Write sitbrief's country rings thinned and simplified at fixed tolerances (development time only).

A map thins its country rings to its scale and smooths them (Douglas-Peucker); done per article
that cost most of the map's time. This script does it once, from ``countries.bin`` (written by
``tools/geodata.py``, same sources and licence), at a ladder of tolerances for each scale, and writes
``src/sitbrief/geo/data/outlines.bin``; a map takes the finest step at or under its own tolerance.

Usage (from the repository root, after ``tools/geodata.py`` whenever ``countries.bin`` changes)::

    python tools/outlines.py
"""

from __future__ import annotations

import array
import hashlib
import json
import math
import struct
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sitbrief.geo.shapes import parse  # noqa: E402
from sitbrief.geo.simplified import MAGIC, SCALES  # noqa: E402
from sitbrief.render.map.outlines import SMOOTH, THIN, simplified  # noqa: E402

DATA = ROOT / "src" / "sitbrief" / "geo" / "data"
# Tolerances in hundredths of a degree, steps of about sqrt(2): 50m serves maps finer than
# about 10 hundredths (render/map/outlines.FINE_KM_PER_POINT), 110m the coarser ones.
KM_PER_DEGREE = 111.2
RADIUS_KM = 2300.0  # curvature radius of a parallel at 70 degrees, projected (R cot 70)
LEVELS = {"110m": (8, 11, 16, 22, 32, 45, 64, 90, 128), "50m": (1, 2, 3, 4, 6, 8)}


def thinned(packed, tolerance: int) -> list[tuple[int, int]]:
    """Return a ring's vertices without those closer than `tolerance` (Manhattan) to the last kept."""
    out = [(packed[0], packed[1])]
    lx, ly = out[0]
    for x, y in zip(packed[2::2], packed[3::2], strict=True):
        if abs(x - lx) + abs(y - ly) < tolerance:
            continue
        out.append((x, y))
        lx, ly = x, y
    return out


def smoothed(packed, level: int) -> list[tuple[int, int]]:
    """Return a ring thinned to `level` and simplified within the share of it a map smooths by."""
    return simplified(thinned(packed, level), level / THIN * SMOOTH, longest(level))


def longest(level: int) -> float:
    """Return the longest segment (hundredths of a degree, on either axis) a step keeps unbroken.

    Simplified in degrees, a border along a parallel (the 49th, US-Canada) would become one chord
    that the map's projection then draws straight where the parallel curves. A segment of length s
    on a curve of radius r sags s^2 / (8 r); r is at least about 2,300 km for a parallel up to 70
    degrees (R cot 70), so a segment no longer than this sags less than the step smooths by.
    """
    smooth_km = level / THIN * SMOOTH * KM_PER_DEGREE / 100
    return math.sqrt(8 * RADIUS_KM * smooth_km) / KM_PER_DEGREE * 100


def build(raw: bytes) -> bytes:
    """Return outlines.bin for the atlas packed in `raw`: a JSON header, then one zlib block per step."""
    atlas = parse(raw)
    blocks, body = [], b""
    for scale in SCALES:
        for level in LEVELS[scale]:
            coords, counts = array.array("h"), array.array("i")
            for country in atlas.countries.values():
                for polygon in country.polygons[scale]:
                    for span in polygon.rings:
                        ring = smoothed(atlas.ring(span), level)
                        counts.append(len(ring))
                        coords.extend(v for point in ring for v in point)
            if sys.byteorder != "little":
                coords.byteswap()
                counts.byteswap()
            packed = zlib.compress(counts.tobytes() + coords.tobytes(), 9)
            blocks.append([scale, level, len(counts), len(packed)])
            body += packed
    header = json.dumps({"atlas": hashlib.sha256(raw).hexdigest(), "blocks": blocks,
                         "smooth": SMOOTH / THIN}, sort_keys=True).encode()
    return MAGIC + struct.pack("<I", len(header)) + header + body


def main() -> None:
    """Read countries.bin, write outlines.bin."""
    out = build((DATA / "countries.bin").read_bytes())
    (DATA / "outlines.bin").write_bytes(out)
    print(f"outlines.bin: {len(out):,} bytes")


if __name__ == "__main__":
    main()
