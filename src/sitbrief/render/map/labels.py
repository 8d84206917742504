"""Label placement: every label tried at its candidate positions, kept only where it overlaps nothing.

Labels are placed in priority order (points first, then countries and seas); each takes the first
candidate box that stays inside the map, clear of the markers, the inset, the attribution and the
labels already placed. A label with no free position is left out and reported.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

Measure = Callable[[str, float, bool, bool], float]  # text, size, bold, italic -> width in points
LEADING = 1.2  # as the deck writes lines (exact spacing)
GAP = 2.0  # between a marker and its label
EDGE = 2.0  # labels stay this far inside the map


@dataclass(frozen=True)
class Rect:
    """A box in points: left, top, width, height."""

    x: float
    y: float
    w: float
    h: float

    def overlaps(self, other: Rect) -> bool:
        """Return whether two boxes overlap (touching edges do not)."""
        return (self.x < other.x + other.w and other.x < self.x + self.w
                and self.y < other.y + other.h and other.y < self.y + self.h)

    def inside(self, width: float, height: float, edge: float = EDGE) -> bool:
        """Return whether the box lies within a width x height area, `edge` in from its sides."""
        return (self.x >= edge and self.y >= edge and self.x + self.w <= width - edge
                and self.y + self.h <= height - edge)


@dataclass
class LabelRequest:
    """A label to place: its text lines per variant, anchor, style, size and what it names."""

    name: str
    variants: list[list[str]]  # alternatives: one line, or the words split over two
    x: float
    y: float
    size: float
    style: str  # point, sea, region, country, country_context
    bold: bool = False
    italic: bool = False
    radius: float = 0.0  # the marker's radius: the label goes around it; 0 = centred on the anchor


@dataclass
class PlacedLabel:
    """A label where it is drawn: box, lines, size, style."""

    name: str
    lines: list[str]
    box: Rect
    size: float
    style: str
    bold: bool
    italic: bool
    align: str  # l, ctr or r


def variants(text: str) -> list[list[str]]:
    """Return a label's line variants: as one line, then split in two at its middle word break."""
    words = text.split()
    if len(words) < 2:
        return [[text]]
    best = min(range(1, len(words)), key=lambda i: abs(len(" ".join(words[:i])) - len(" ".join(words[i:]))))
    return [[text], [" ".join(words[:best]), " ".join(words[best:])]]


def _candidates(req: LabelRequest, w: float, h: float) -> list[tuple[Rect, str]]:
    """Return the candidate boxes of a label, best first, with the alignment of each."""
    x, y = req.x, req.y
    if req.radius > 0:
        d = req.radius + GAP
        half = h / 2
        return [
            (Rect(x + d, y - half, w, h), "l"), (Rect(x - d - w, y - half, w, h), "r"),
            (Rect(x + d * 0.7, y - d * 0.7 - h, w, h), "l"), (Rect(x + d * 0.7, y + d * 0.7, w, h), "l"),
            (Rect(x - d * 0.7 - w, y - d * 0.7 - h, w, h), "r"), (Rect(x - d * 0.7 - w, y + d * 0.7, w, h), "r"),
            (Rect(x - w / 2, y - d - h, w, h), "ctr"), (Rect(x - w / 2, y + d, w, h), "ctr"),
        ]
    shifts = [(0, 0), (0, -h * 0.8), (0, h * 0.8), (-w * 0.3, 0), (w * 0.3, 0), (0, -h * 1.6), (0, h * 1.6),
              (-w * 0.3, -h * 0.8), (w * 0.3, h * 0.8), (w * 0.3, -h * 0.8), (-w * 0.3, h * 0.8),
              (-w * 0.6, 0), (w * 0.6, 0), (0, -h * 2.4), (0, h * 2.4), (-w * 0.6, -h * 1.6), (w * 0.6, h * 1.6),
              (w * 0.6, -h * 1.6), (-w * 0.6, h * 1.6)]
    return [(Rect(x - w / 2 + dx, y - h / 2 + dy, w, h), "ctr") for dx, dy in shifts]


def place_labels(requests: list[LabelRequest], obstacles: list[Rect], width: float, height: float,
                 measure: Measure) -> tuple[list[PlacedLabel], list[str]]:
    """Return the labels placed without overlap, and the names of those that found no room."""
    taken = list(obstacles)
    placed, left_out = [], []
    for req in requests:
        spot = _first_free(req, taken, width, height, measure)
        if spot is None:
            left_out.append(req.name)
            continue
        placed.append(spot)
        taken.append(spot.box)
    return placed, left_out


def _first_free(req: LabelRequest, taken: list[Rect], width: float, height: float,
                measure: Measure) -> PlacedLabel | None:
    """Return the label at its first candidate position clear of everything taken, or None."""
    for lines in req.variants:
        w = max(measure(line, req.size, req.bold, req.italic) for line in lines) + 1.0
        h = req.size * LEADING * len(lines)
        for box, align in _candidates(req, w, h):
            if box.inside(width, height) and not any(box.overlaps(t) for t in taken):
                return PlacedLabel(req.name, lines, box, req.size, req.style, req.bold, req.italic, align)
    return None
