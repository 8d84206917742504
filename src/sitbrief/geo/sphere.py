"""Longitudes on a circle: wrapping, spans that cross the antimeridian, and the arc covering a set."""

from __future__ import annotations

import math

EARTH_KM = 6371.0
KM_PER_DEGREE = math.pi * EARTH_KM / 180


def wrap(lon: float, centre: float = 0.0) -> float:
    """Return `lon` shifted by whole turns into [centre - 180, centre + 180)."""
    return (lon - centre + 180.0) % 360.0 - 180.0 + centre


def cover(arcs: list[tuple[float, float]]) -> tuple[float, float]:
    """Return (west, width) of the shortest arc that covers every (west, width) arc given.

    The result's west edge lies in [-180, 180); west + width may pass 180 (the arc then crosses
    the antimeridian and stays continuous).
    """
    if not arcs:
        raise ValueError("no arcs to cover")
    spans = sorted((wrap(w, 0.0), min(width, 360.0)) for w, width in arcs)
    merged: list[list[float]] = []
    for west, width in spans:
        if merged and west <= merged[-1][0] + merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], west + width - merged[-1][0])
        else:
            merged.append([west, width])
    if merged[-1][1] >= 360.0:
        return -180.0, 360.0
    gaps = []
    for i, (west, width) in enumerate(merged):
        nxt = merged[(i + 1) % len(merged)][0] + (360.0 if i + 1 == len(merged) else 0.0)
        gaps.append((nxt - (west + width), i))
    largest, index = max(gaps)
    if largest <= 0:
        return -180.0, 360.0
    start = merged[(index + 1) % len(merged)][0]
    return wrap(start, 0.0), 360.0 - largest


def distance_km(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Return the great-circle distance between two points in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(h)))
