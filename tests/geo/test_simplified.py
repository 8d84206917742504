"""The shipped simplified outlines (geo/simplified.py, written by tools/outlines.py) match the atlas."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import math
import struct
from importlib import resources
from pathlib import Path

import pytest

from sitbrief.geo.shapes import atlas
from sitbrief.geo.simplified import MAGIC, outlines


def _tool():
    """Return tools/outlines.py as a module."""
    path = Path(__file__).resolve().parents[2] / "tools" / "outlines.py"
    spec = importlib.util.spec_from_file_location("outlines_tool", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_outlines_were_written_from_the_shipped_atlas():
    data = resources.files("sitbrief.geo").joinpath("data")
    raw = data.joinpath("outlines.bin").read_bytes()
    (head_len,) = struct.unpack_from("<I", raw, len(MAGIC))
    header = json.loads(raw[len(MAGIC) + 4:len(MAGIC) + 4 + head_len])
    # rerun tools/outlines.py after tools/geodata.py
    assert header["atlas"] == hashlib.sha256(data.joinpath("countries.bin").read_bytes()).hexdigest()


@pytest.mark.parametrize("scale", ["110m", "50m"])
def test_every_step_has_every_ring_of_every_polygon_from_the_atlas_vertices(scale):
    ladder = outlines()
    for level in sorted(step for s, step in ladder.blocks if s == scale):
        step = ladder.step(scale, level)
        for country in atlas().countries.values():
            spans = step.spans[country.name]
            assert [len(p.rings) for p in country.polygons[scale]] == [len(s) for s in spans]
            for polygon, rings in zip(country.polygons[scale], spans, strict=True):
                for source, span in zip(polygon.rings, rings, strict=True):
                    raw, kept = atlas().ring(source), step.ring(span)
                    assert tuple(kept[:2]) == tuple(raw[:2])
                    assert set(zip(kept[::2], kept[1::2], strict=True)) <= set(zip(raw[::2], raw[1::2], strict=True))


def test_a_map_takes_the_coarsest_step_at_or_under_its_tolerance():
    ladder = outlines()
    steps = sorted(step for s, step in ladder.blocks if s == "110m")
    assert ladder.level("110m", steps[2]) == steps[2]
    assert ladder.level("110m", steps[2] + 1) == steps[2]
    assert ladder.level("110m", steps[0] - 1) == steps[0]  # finer than every step: the finest
    assert ladder.level("110m", 10_000) == steps[-1]


def test_a_border_along_a_parallel_keeps_vertices_so_the_projection_can_curve_it():
    tool = _tool()
    parallel = [(x * 50, 4900) for x in range(-250, -100)] + [(-5000, 3000), (-12500, 3000)]
    kept = tool.simplified(parallel, 5.0, tool.longest(22))
    assert len(kept) > 4  # a straight line in degrees: plain Douglas-Peucker keeps its ends only
    on_parallel = [(a, b) for a, b in zip(kept, kept[1:], strict=False) if a[1] == b[1] == 4900]
    assert all(abs(b[0] - a[0]) <= tool.longest(22) for a, b in on_parallel)
    assert tool.simplified(parallel, 5.0, math.inf) == [(-12500, 4900), (-5050, 4900), (-5000, 3000), (-12500, 3000)]


def test_the_simplified_ring_stays_within_its_tolerance_of_the_thinned_one():
    tool = _tool()
    ring = [(0, 0), (100, 3), (200, -2), (300, 40), (400, 0), (400, 400), (0, 400)]
    kept = tool.simplified(ring, 5.0, math.inf)
    assert (300, 40) in kept and (100, 3) not in kept  # 3 off the line (0, 0)-(200, -2) it keeps
    assert tool.simplified(ring, 50.0, math.inf) == [(0, 0), (400, 0), (400, 400), (0, 400)]
