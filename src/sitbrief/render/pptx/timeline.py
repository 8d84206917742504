"""The timeline drawn with native shapes: an axis, markers placed by date, labels, a legend.

Past events are filled markers, planned ones hollow, postponed or cancelled ones outlined in the
alert colour; events without a resolved date sit on a dashed stretch at the end of the axis.
Long timelines continue on further slides, each with its own date range.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
from dataclasses import dataclass

from sitbrief.compose.brief import Timeline, TimelineEntry
from sitbrief.render.pptx.frame import Box
from sitbrief.render.pptx.model import Page, ShapeSpec, Styled
from sitbrief.render.pptx.style import DeckStyle
from sitbrief.render.pptx.tables import status_word
from sitbrief.render.pptx.text import fit_label, fit_size_in, frame
from sitbrief.render.textfit import largest, size_grid

MARKER = 16.0
LEGEND_H = 22.0
STEM = 36.0  # gap between the axis and the labels (room for elbow connectors)
TICK_H = 16.0
UNDATED_SLOT = 70.0
LABEL_GAP = 12.0
LABEL_INSETS = (4.0, 2.0, 4.0, 2.0)


@dataclass
class Mark:
    """An entry placed on the axis: x of its marker and whether it sits above."""

    entry: TimelineEntry
    x: float
    above: bool
    label_x: float = 0.0


def day_of(entry: TimelineEntry) -> float | None:
    """Return the middle day (ordinal) of the entry's date range, or None if unresolved."""
    try:
        first = _bounds(entry.start)[0]
        last = _bounds(entry.end or entry.start)[1]
    except (TypeError, ValueError, IndexError):
        return None
    return (first.toordinal() + last.toordinal()) / 2


def _bounds(iso: str | None) -> tuple[dt.date, dt.date]:
    """Return the first and last day of an ISO (partial) date: YYYY, YYYY-MM or YYYY-MM-DD."""
    parts = [int(p) for p in str(iso)[:10].split("-")]
    if len(parts) >= 3:
        day = dt.date(parts[0], parts[1], parts[2])
        return day, day
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return dt.date(parts[0], parts[1], 1), dt.date(parts[0], parts[1], last)
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)


READABLE = 12.0  # label size below which a timeline is spread over more slides


def chunks(entries: list[TimelineEntry], size: int) -> list[list[TimelineEntry]]:
    """Split `entries` (dated by date, then undated) into balanced pages of at most `size`."""
    dated = sorted((e for e in entries if day_of(e) is not None), key=day_of)
    ordered = dated + [e for e in entries if day_of(e) is None]
    count = max(1, math.ceil(len(ordered) / size))
    step = math.ceil(len(ordered) / count) if ordered else 1
    return [ordered[i:i + step] for i in range(0, len(ordered), step)] or [[]]


def timeline_pages(block: Timeline, area: Box, style: DeckStyle) -> list[Page]:
    """Return timeline slides for `block`, the label size shared by all of them.

    Up to eight events share a slide while their labels stay readable; fewer otherwise.
    """
    for per in (8, 6, 4):
        layouts = [_layout(entries, area) for entries in chunks(block.entries, per)]
        size = min(_label_size(block, marks, area, style) for marks, _ in layouts)
        if size >= min(READABLE, style.body_max):
            break
    return [_draw(block, marks, axis, area, size, style) for marks, axis in layouts]


# --- placing markers and labels --------------------------------------------------------------

@dataclass
class Axis:
    """The axis of one slide: its y, dated stretch (x0..x1) and the undated stretch's end."""

    y: float
    x0: float
    x1: float
    end: float
    first: float = 0.0
    last: float = 1.0

    def x_of(self, day: float) -> float:
        """Return the x of `day` on the dated stretch."""
        return self.x0 + (day - self.first) / (self.last - self.first) * (self.x1 - self.x0)


def _layout(entries: list[TimelineEntry], area: Box) -> tuple[list[Mark], Axis]:
    """Return the marks of a page and its axis."""
    undated = [e for e in entries if day_of(e) is None]
    days = [day_of(e) for e in entries if day_of(e) is not None]
    y = area.y + (area.h - LEGEND_H) / 2
    x1 = area.right - 8 - UNDATED_SLOT * len(undated)
    if not days:
        x1 = area.x + 8
    axis = Axis(y, area.x + 8, x1, area.right - 8)
    if days:
        span = max(days) - min(days)
        pad = span * 0.06 + 0.5 if span else 15.0
        axis.first, axis.last = min(days) - pad, max(days) + pad
    marks = [Mark(e, axis.x_of(day_of(e)), i % 2 == 0) for i, e in enumerate(entries)
             if day_of(e) is not None]
    _dodge(marks)
    marks += [Mark(e, x1 + UNDATED_SLOT * (i + 0.5), (len(marks) + i) % 2 == 0)
              for i, e in enumerate(undated)]
    _spread(marks, area, True)
    _spread(marks, area, False)
    return marks, axis


def _dodge(marks: list[Mark]) -> None:
    """Nudge markers of (nearly) the same date apart so that none hides another."""
    for before, mark in zip(marks, marks[1:], strict=False):
        mark.x = max(mark.x, before.x + MARKER + 2)


def label_width(marks: list[Mark], area: Box) -> float:
    """Return the label width: the busier side's labels must fit side by side."""
    side = max(sum(m.above for m in marks), sum(not m.above for m in marks), 1)
    return min(200.0, (area.w - LABEL_GAP * (side - 1)) / side)


def _spread(marks: list[Mark], area: Box, above: bool) -> None:
    """Place one side's labels near their markers without overlapping, inside `area`."""
    side = [m for m in marks if m.above == above]
    width = label_width(marks, area)
    pitch = width + LABEL_GAP
    lo, hi = area.x + width / 2, area.right - width / 2
    position = lo - pitch
    for mark in side:
        position = max(mark.x, position + pitch, lo)
        mark.label_x = position
    position = hi + pitch
    for mark in reversed(side):
        position = min(mark.label_x, position - pitch, hi)
        mark.label_x = position


def _label_box(mark: Mark, marks: list[Mark], axis: Axis, area: Box) -> Box:
    """Return the box of a mark's label, above or below the axis."""
    width = label_width(marks, area)
    if mark.above:
        top = area.y
        return Box(mark.label_x - width / 2, top, width, axis.y - STEM - top)
    top = axis.y + STEM + TICK_H
    return Box(mark.label_x - width / 2, top, width, area.bottom - LEGEND_H - 6 - top)


def _label_items(entry: TimelineEntry, block: Timeline, style: DeckStyle) -> list[Styled]:
    """Return a label: date (coloured by status), event, status word when not past/planned."""
    colour = style.colour(_status_colour(entry))
    items = [style.styled(entry.date_text, "body", bold=True, scale=0.9, colour=colour,
                          align="ctr"),
             style.styled(entry.label, "body", align="ctr", space_before=0.15)]
    if entry.status not in ("past", "planned"):
        items.append(style.styled(status_word(entry.status, block.legend), "alert", scale=0.8,
                                  align="ctr", space_before=0.15))
    return items


def _status_colour(entry: TimelineEntry) -> str:
    """Return the colour role of an entry's status."""
    if entry.status in ("postponed", "cancelled"):
        return "alert"
    if day_of(entry) is None:
        return "muted"
    return "past" if entry.status == "past" else "planned"


def _label_size(block: Timeline, marks: list[Mark], area: Box, style: DeckStyle) -> float:
    """Return the largest size at which every label of the page fits its box."""
    axis = _layout([m.entry for m in marks], area)[1]
    top = min(style.body_max, 16.0)

    def ok(size: float) -> bool:
        return all(fit_size_in(_label_items(m.entry, block, style),
                               _label_box(m, marks, axis, area), style, size, size,
                               insets=LABEL_INSETS) for m in marks)
    return largest(size_grid(top, style.floor), ok) or style.floor


# --- drawing -------------------------------------------------------------------------------

def _draw(block: Timeline, marks: list[Mark], axis: Axis, area: Box, size: float,
          style: DeckStyle) -> Page:
    """Return the shapes of one timeline slide."""
    shapes = _axis_shapes(axis, style) + _ticks(axis, marks, style)
    for mark in marks:
        shapes += _mark_shapes(mark, marks, axis, area, block, size, style)
    shapes += _legend(block, marks, area, style)
    return Page(shapes, [r for m in marks for r in m.entry.refs])


def _axis_shapes(axis: Axis, style: DeckStyle) -> list[ShapeSpec]:
    """Return the axis line, dashed over the undated stretch."""
    shapes = []
    if axis.x1 > axis.x0:
        shapes.append(ShapeSpec(Box(axis.x0, axis.y, axis.x1 - axis.x0, 0), "line",
                                line=style.colour("primary"), line_width=2.5, name="Axis"))
    if axis.end > axis.x1 + 1:
        shapes.append(ShapeSpec(Box(axis.x1, axis.y, axis.end - axis.x1, 0), "line",
                                line=style.colour("muted"), line_width=1.5, dash=True,
                                name="Axis undated"))
    return shapes


def _ticks(axis: Axis, marks: list[Mark], style: DeckStyle) -> list[ShapeSpec]:
    """Return ticks under the dated stretch, labelled where no connector runs down through."""
    if axis.x1 <= axis.x0:
        return []
    shapes = []
    stems = [m.x for m in marks if not m.above]
    for day, text in _tick_days(axis.first, axis.last):
        x = axis.x_of(day)
        shapes.append(ShapeSpec(Box(x, axis.y, 0, 6), "line", line=style.colour("primary"),
                                line_width=1.0, name="Tick"))
        if not text or any(abs(x - stem) < 32 for stem in stems):
            continue
        box = Box(x - 30, axis.y + 6, 60, TICK_H)
        label = [style.styled(text, "muted", align="ctr")]
        shapes.append(ShapeSpec(box, text=fit_label(label, box, style, 9, 7, insets=(0, 1, 0, 1)),
                                name="Tick label"))
    return shapes


def _tick_days(first: float, last: float) -> list[tuple[float, str]]:
    """Return (ordinal, label) ticks: unlabelled days or weeks on short spans, months, years.

    On spans of a few weeks the event labels carry the dates, so day ticks have no label.
    """
    start, end = dt.date.fromordinal(math.ceil(first)), dt.date.fromordinal(math.floor(last))
    span = (end - start).days
    if span <= 70:
        step = next(s for s in (1, 2, 7, 14) if span / s <= 10)
        return [(start.toordinal() + n, "") for n in range(0, span + 1, step)]
    months = [d for d in _month_starts(start, end)]
    if len(months) <= 30:
        step = next(s for s in (1, 2, 3, 6) if len(months) / s <= 10)
        return [(d.toordinal(), d.strftime("%b %Y")) for d in months if (d.month - 1) % step == 0]
    years = [d for d in months if d.month == 1]
    step = max(1, math.ceil(len(years) / 10))
    return [(d.toordinal(), str(d.year)) for d in years if d.year % step == 0]


def _month_starts(start: dt.date, end: dt.date) -> list[dt.date]:
    """Return the first days of months between `start` and `end`."""
    out, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        day = dt.date(year, month, 1)
        if day >= start:
            out.append(day)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _mark_shapes(mark: Mark, marks: list[Mark], axis: Axis, area: Box, block: Timeline,
                 size: float, style: DeckStyle) -> list[ShapeSpec]:
    """Return a mark's connector, marker and label."""
    box = _label_box(mark, marks, axis, area)
    items = _label_items(mark.entry, block, style)
    anchor = "b" if mark.above else "t"
    if fit_size_in(items, box, style, size, size, insets=LABEL_INSETS):
        text = frame(items, size, insets=LABEL_INSETS, anchor=anchor)
    else:
        text = fit_label(items, box, style, size, size, insets=LABEL_INSETS, anchor=anchor)
    label = ShapeSpec(box, text=text, name="Event label")
    return [_connector(mark, marks, axis, box, style), _marker(mark, axis, style), label]


def _connector(mark: Mark, marks: list[Mark], axis: Axis, box: Box, style: DeckStyle) -> ShapeSpec:
    """Return the line from a marker to its label: straight, or an elbow at its own level."""
    sign = -1 if mark.above else 1
    start = axis.y + sign * MARKER / 2
    end = box.bottom if mark.above else box.y
    if abs(mark.label_x - mark.x) < 1:
        return ShapeSpec(Box(mark.x, start, 0, end - start), "line", line=style.colour("rule"),
                         line_width=1.0, name="Connector")
    level_y = axis.y + sign * _level_offset(mark, marks)
    points = ((mark.x, start), (mark.x, level_y), (mark.label_x, level_y), (mark.label_x, end))
    return ShapeSpec(_bounds_box(points), "polyline", line=style.colour("rule"), line_width=1.0,
                     points=points, name="Connector")


def _level_offset(mark: Mark, marks: list[Mark]) -> float:
    """Return how far from the axis a mark's elbow runs, so that elbows never cross.

    Labels pulled left take levels nearest the axis from the leftmost; labels pushed right from
    the rightmost.
    """
    side = [m for m in marks if m.above == mark.above and abs(m.label_x - m.x) >= 1]
    left = mark.label_x < mark.x
    group = sorted((m for m in side if (m.label_x < m.x) == left), key=lambda m: m.label_x,
                   reverse=not left)
    levels = max(len(group) - 1, 1)
    low, high = MARKER / 2 + 5, STEM - 5
    if not mark.above:  # below the axis, run under the tick labels
        low, high = 6 + TICK_H + 4, STEM + TICK_H - 5
    return low + group.index(mark) * (high - low) / levels


def _bounds_box(points) -> Box:
    """Return the bounding box of `points`."""
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return Box(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def _marker(mark: Mark, axis: Axis, style: DeckStyle) -> ShapeSpec:
    """Return the marker of an entry: filled (past), hollow (planned), dashed (undated)."""
    box = Box(mark.x - MARKER / 2, axis.y - MARKER / 2, MARKER, MARKER)
    return marker_shape(box, mark.entry, style)


def marker_shape(box: Box, entry: TimelineEntry, style: DeckStyle) -> ShapeSpec:
    """Return a marker in `box` styled by the entry's status and date."""
    colour = style.colour(_status_colour(entry))
    undated = day_of(entry) is None
    if entry.status == "past" and not undated:
        return ShapeSpec(box, "ellipse", fill=colour, line="#FFFFFF", line_width=1.5,
                         name="Marker past")
    return ShapeSpec(box, "ellipse", fill="#FFFFFF", line=colour, line_width=2.25,
                     dash=undated or entry.status == "cancelled",
                     name=f"Marker {'undated' if undated else entry.status}")


def _legend(block: Timeline, marks: list[Mark], area: Box, style: DeckStyle) -> list[ShapeSpec]:
    """Return the legend row: a sample marker and its word per kind shown, then the caption."""
    samples = _legend_samples(block, marks)
    shapes, x = [], area.x
    y = area.bottom - LEGEND_H
    for word, entry in samples:
        shapes.append(marker_shape(Box(x, y + (LEGEND_H - 11) / 2, 11, 11), entry, style))
        item = [style.styled(word, "muted")]
        width = style.body.chain().width(word, 11) / 0.9 + 14
        box = Box(x + 14, y, width, LEGEND_H)
        shapes.append(ShapeSpec(box, text=fit_label(item, box, style, 11, 8,
                                                    insets=(2, 2, 2, 2), anchor="ctr"),
                                name="Legend"))
        x += 14 + width + 14
    if block.caption and area.right - x > 80:
        box = Box(x, y, area.right - x, LEGEND_H)
        text = fit_label([style.styled(block.caption, "muted", align="r")], box, style, 11, 8,
                         insets=(2, 2, 2, 2), anchor="ctr")
        shapes.append(ShapeSpec(box, text=text, name="Caption"))
    return shapes


def _legend_samples(block: Timeline, marks: list[Mark]) -> list[tuple[str, TimelineEntry]]:
    """Return (word, sample entry) for past, planned, unresolved and other statuses shown."""
    legend = block.legend
    sample = {"past": TimelineEntry("", "", "2000-01-01", None, "day", "past"),
              "planned": TimelineEntry("", "", "2000-01-01", None, "day", "planned"),
              "unresolved": TimelineEntry("", "", None, None, "unknown", "planned")}
    out = [(legend.get(k) or k.capitalize(), e) for k, e in sample.items()]
    for status in sorted({m.entry.status for m in marks} - {"past", "planned", "ongoing"}):
        entry = TimelineEntry("", "", "2000-01-01", None, "day", status)
        out.append((status_word(status, legend), entry))
    return out
