"""Guard: the pooled figures of the extraction benchmark's test split stay at or above their floors."""

from __future__ import annotations

import pytest
from benchmarks.extraction import report
from benchmarks.extraction.floors import FLOORS, load_floors
from benchmarks.extraction.gold import find_cases
from benchmarks.extraction.run import score_cases
from benchmarks.extraction.score import pool


@pytest.fixture(scope="module")
def recorded() -> dict:
    """Return the recorded floors file."""
    return load_floors(FLOORS)


@pytest.fixture(scope="module")
def figures(recorded) -> dict[str, float | None]:
    """Return today's pooled figures of the split the floors were recorded on."""
    cases = find_cases(recorded["split"])
    assert cases, f"no {recorded['split']} articles with gold found"
    return report.figures(pool(score_cases(cases)))


def test_no_pooled_figure_drops_below_its_floor(recorded, figures):
    below = {key: (figures.get(key), floor) for key, floor in recorded["floors"].items()
             if figures.get(key) is None or figures[key] < floor}
    assert not below, "figures below their floor (now, floor): " + ", ".join(
        f"{key} {report.fmt(now)} < {floor:.2f}" for key, (now, floor) in below.items())
