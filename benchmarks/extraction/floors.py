"""The floors of the pooled test figures: reading them, and computing them from today's scores."""

from __future__ import annotations

import math
from pathlib import Path

import yaml

from benchmarks.extraction import ROOT

FLOORS = ROOT / "floors.yaml"
HEADER = """\
# Floors of the extraction benchmark: the pooled figures of the `test` split may not drop below
# these (tests/benchmarks/test_extraction_floor.py). Each floor is the figure measured when it was
# recorded, rounded down to 0.01. Raise floors when extraction improves; never lower one to make a
# change pass. Undefined figures (nothing to count) have no floor.
"""


def round_down(value: float) -> float:
    """Return `value` rounded down to 0.01 (a float error of 1e-9 does not cost a point)."""
    return math.floor(value * 100 + 1e-9) / 100


def floors_of(figures: dict[str, float | None]) -> dict[str, float]:
    """Return the floor of every defined figure."""
    return {key: round_down(value) for key, value in figures.items() if value is not None}


def load_floors(path: Path = FLOORS) -> dict:
    """Return the recorded floors file: split, recorded date, and floors by figure."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def write_floors(figures: dict[str, float | None], recorded: str, path: Path = FLOORS, split: str = "test") -> None:
    """Write the floors of `figures` (the pooled figures of `split`) to `path`."""
    body = {"split": split, "recorded": recorded, "floors": floors_of(figures)}
    path.write_text(HEADER + yaml.safe_dump(body, sort_keys=False), encoding="utf-8")
