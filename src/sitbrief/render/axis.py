"""Where a date axis breaks: long spans whose events cluster get a compressed (broken) axis.

Twelve years with one event in 2011 and the rest in autumn 2023 says nothing on a linear axis;
broken at the long empty stretches, each cluster gets room of its own. Both writers use this, so
the PDF and the deck break the same timelines at the same places.
"""

from __future__ import annotations

MIN_SPAN_DAYS = 180      # shorter spans are never broken
MIN_GAP_SHARE = 0.3      # a gap breaks the axis when it is this much of the whole span...
MIN_GAP_DAYS = 60        # ...and at least this many days
MIN_PART_SHARE = 0.18    # each stretch of a broken axis gets at least this share of the width
BREAK_WIDTH = 14.0       # points between two stretches (where the break mark goes)


def stretches(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Return the stretches (first day, last day) an axis over `spans` is drawn in; one if unbroken."""
    if not spans:
        return []
    ordered = sorted(spans)
    lo, hi = ordered[0][0], max(s[1] for s in ordered)
    total = hi - lo
    if total < MIN_SPAN_DAYS:
        return [(lo, hi)]
    parts = [list(ordered[0])]
    for first, last in ordered[1:]:
        gap = first - parts[-1][1]
        if gap > MIN_GAP_DAYS and gap > MIN_GAP_SHARE * total:
            parts.append([first, last])
        else:
            parts[-1][1] = max(parts[-1][1], last)
    return [(a, b) for a, b in parts]


def widths(parts: list[tuple[float, float]], width: float) -> list[tuple[float, float]]:
    """Return the x range of each stretch over `width` points, breaks between them."""
    room = width - BREAK_WIDTH * (len(parts) - 1)
    spans = [max(b - a, 1.0) for a, b in parts]
    shares = [max(s / sum(spans), MIN_PART_SHARE) for s in spans]
    shares = [s / sum(shares) for s in shares]
    out, x = [], 0.0
    for share in shares:
        out.append((x, x + room * share))
        x += room * share + BREAK_WIDTH
    return out
