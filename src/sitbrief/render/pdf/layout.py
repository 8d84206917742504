"""Lanes for timeline markers: labelled boxes above the axis that never overlap or cross stems."""

from __future__ import annotations

from dataclasses import dataclass

_GAP = 6.0      # between two boxes in one lane
_CLEAR = 2.0    # between a stem and a box it passes


@dataclass
class Mark:
    """A timeline marker: its number, status, label, position and the lane it was given."""

    number: int
    status: str
    label: str
    x: float
    x0: float
    x1: float
    box: float
    lane: int = -1
    side: str = "right"

    def extent(self, side: str, radius: float) -> tuple[float, float]:
        """Return the horizontal extent of circle and label when the label is on `side`."""
        if side == "right":
            return self.x - radius, self.x - radius + self.box
        return self.x + radius - self.box, self.x + radius


def _fits(mark: Mark, lane: int, span: tuple[float, float], placed: list[Mark],
          radius: float, width: float, strict: bool) -> bool:
    """Tell whether `mark` can go in `lane` with extent `span` beside the `placed` marks."""
    a, b = span
    if a < 0 or b > width:
        return False
    for other in placed:
        oa, ob = other.extent(other.side, radius)
        if other.lane == lane and a < ob + _GAP and oa < b + _GAP:
            return False
        if strict and other.lane < lane and _crosses(mark.x, other, (oa, ob), radius):
            return False
        if strict and other.lane > lane and _crosses(other.x, mark, span, radius):
            return False
    return True


def _crosses(x: float, mark: Mark, span: tuple[float, float], radius: float) -> bool:
    """Tell whether a stem at `x` crosses `mark`'s box; passing through its circle's middle is fine.

    Two events a day apart share one stem: the upper circle's stem runs into the lower circle.
    """
    if abs(x - mark.x) <= radius * 0.5:
        return False
    return span[0] - _CLEAR <= x <= span[1] + _CLEAR


def _try(marks: list[Mark], lanes: list[int], radius: float, width: float, strict: bool) -> bool:
    """Place every mark in the first lane and side that fits, trying lanes in the given order."""
    placed: list[Mark] = []
    for mark in sorted(marks, key=lambda m: (m.x, m.number)):
        choice = next(((lane, side) for lane in lanes for side in ("right", "left")
                       if _fits(mark, lane, mark.extent(side, radius), placed, radius, width,
                                strict)), None)
        if choice is None:
            return False
        mark.lane, mark.side = choice
        placed.append(mark)
    return True


def place_marks(marks: list[Mark], width: float, max_lanes: int, radius: float,
                strict: bool = True) -> bool:
    """Give each mark a lane and a side in as few lanes as possible; False if none fits.

    Strict placement fills lanes from the top down, so that a stem never crosses a label below
    it (a staircase); loose placement only keeps boxes in one lane apart (stems may pass behind
    circles) and always succeeds when `max_lanes` is the number of marks.
    """
    for count in range(1, max_lanes + 1):
        lanes = list(range(count - 1, -1, -1)) if strict else list(range(count))
        if _try(marks, lanes, radius, width, strict):
            return True
    return False
