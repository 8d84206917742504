"""Outline simplification (render/map/outlines.py): the fast Douglas-Peucker keeps what the plain one does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sitbrief.render.map.outlines import simplified


def _plain(ring: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Return the ring simplified by a plain recursive Douglas-Peucker (the same tie rules)."""
    n = len(ring)
    if n < 4:
        return ring
    x0, y0 = ring[0]
    reach = [(x - x0) ** 2 + (y - y0) ** 2 for x, y in ring]
    far = reach.index(max(reach))
    keep = {0, far, n - 1}

    def split(a: int, b: int) -> None:
        if b - a < 2:
            return
        (ax, ay), (bx, by) = ring[a], ring[b]
        dx, dy = bx - ax, by - ay
        length = dx * dx + dy * dy or 1e-12
        off = [((px - ax) * dy - (py - ay) * dx) ** 2 / length for px, py in ring[a + 1:b]]
        worst = max(off)
        at = b - 1 - off[::-1].index(worst)
        if worst > tolerance * tolerance:
            keep.add(at)
            split(a, at)
            split(at, b)

    split(0, far)
    split(far, n - 1)
    return [p for i, p in enumerate(ring) if i in keep]


def test_a_lone_vertex_between_two_kept_ones_stays_only_when_off_their_line() -> None:
    ring = [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (5.0, 10.6), (0.0, 10.0), (0.0, 5.0)]
    assert (5.0, 10.6) in simplified(ring, 0.5)  # 0.6 off the line (10, 10)-(0, 10)
    assert (5.0, 10.6) not in simplified(ring, 0.7)
    assert simplified(ring, 0.5) == _plain(ring, 0.5)


def test_of_two_vertices_equally_far_off_a_line_the_later_one_is_kept() -> None:
    ring = [(0.0, 0.0), (3.0, 2.0), (7.0, 2.0), (10.0, 0.0), (5.0, -1.0)]  # both 2.0 off (0,0)-(10,0)
    assert simplified(ring, 1.15) == [(0.0, 0.0), (7.0, 2.0), (10.0, 0.0), (5.0, -1.0)]
    assert simplified(ring, 1.15) == _plain(ring, 1.15)


coordinate = st.floats(min_value=-50, max_value=50, allow_nan=False).map(lambda v: round(v, 1))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(coordinate, coordinate), min_size=1, max_size=40), st.sampled_from([0.1, 0.5, 2.0]))
def test_simplified_keeps_exactly_what_the_plain_recursion_keeps(ring, tolerance) -> None:
    assert simplified(ring, tolerance) == _plain(ring, tolerance)
