"""The timeline drawn with native shapes: an axis, markers placed by date, labels, a legend.

Statuses look as in the PDF (`render/status.py`): past filled, planned hollow, postponed dashed,
cancelled a diamond. Events of one date share one marker (with their count) and one label,
stacked; events without a resolved date sit on a dashed stretch at the end of the axis. Long
timelines continue on further slides, balanced, each with its own date range.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
from dataclasses import dataclass, field

from sitbrief.compose.brief import Timeline, TimelineEntry
from sitbrief.render.axis import stretches, widths
from sitbrief.render.pptx.frame import Box
from sitbrief.render.pptx.model import Page, ShapeSpec, Styled
from sitbrief.render.pptx.style import DeckStyle
from sitbrief.render.pptx.tables import status_word
from sitbrief.render.pptx.text import fit_label, fit_size_in, frame
from sitbrief.render.status import LEGEND_ORDER, UNRESOLVED, look_of
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
    """The events of one date placed on the axis: x of the marker, side of the label."""

    entries: list[TimelineEntry]
    x: float
    above: bool
    label_x: float = 0.0

    @property
    def entry(self) -> TimelineEntry:
        """Return the first event of the date (it sets the marker's look)."""
        return self.entries[0]


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
MINIMUM = 10.0   # ...unless it fits on one slide at this size (no continuation for a few events)
MAX_LINES = 12   # events on one slide (a date's events are stacked in one label)


def groups(entries: list[TimelineEntry]) -> list[list[TimelineEntry]]:
    """Return the entries in date order, one group per date; undated ones form the last group."""
    dated = sorted((e for e in entries if day_of(e) is not None), key=day_of)
    out: list[list[TimelineEntry]] = []
    for entry in dated:
        if out and (out[-1][0].start, out[-1][0].end) == (entry.start, entry.end):
            out[-1].append(entry)
        else:
            out.append([entry])
    undated = [e for e in entries if day_of(e) is None]
    return out + ([undated] if undated else [])


def chunks(entries: list[TimelineEntry], size: int) -> list[list[list[TimelineEntry]]]:
    """Split the date groups into balanced slides of at most `size` dates and MAX_LINES events.

    Slides are balanced so that the last is never left with a single date when it can be helped.
    """
    found = groups(entries)
    for count in range(max(1, math.ceil(len(found) / size)), len(found) + 1):
        pages = _balanced(found, count)
        if all(len(p) <= size and sum(map(len, p)) <= max(MAX_LINES, max(map(len, p)))
               for p in pages):
            return pages
    return [[g] for g in found] or [[]]


def _balanced(found: list[list[TimelineEntry]], count: int) -> list[list[list[TimelineEntry]]]:
    """Return `found` cut into `count` consecutive runs of nearly equal numbers of events."""
    total = sum(map(len, found))
    pages: list[list[list[TimelineEntry]]] = [[]]
    done = 0
    for group in found:
        target = total * len(pages) / count
        if pages[-1] and done + len(group) / 2 > target and len(pages) < count:
            pages.append([])
        pages[-1].append(group)
        done += len(group)
    return pages


def timeline_pages(block: Timeline, area: Box, style: DeckStyle) -> list[Page]:
    """Return timeline slides for `block`, the label size shared by all of them.

    Up to eight dates share a slide while their labels stay readable; fewer otherwise.
    """
    for per in (8, 6, 4):
        pages = chunks(block.entries, per)
        layouts = [_layout(page, area) for page in pages]
        size = min(_label_size(block, marks, area, style) for marks, _ in layouts)
        if size >= min(READABLE, style.body_max) or (len(layouts) == 1 and size >= MINIMUM):
            break
    settled = [_settled(page, marks, axis, block, area, size, style)
               for page, (marks, axis) in zip(pages, layouts, strict=True)]
    return [_draw(block, marks, axis, area, size, style) for marks, axis in settled]


def _fits(marks: list[Mark], axis: Axis, area: Box, block: Timeline, style: DeckStyle, size: float,
          above: bool | None = None) -> bool:
    """Tell whether every label (of one side, if `above` is given) fits its box at `size`."""
    return all(fit_size_in(_label_items(m, block, style), _label_box(m, marks, axis, area), style, size, size,
                           insets=LABEL_INSETS) for m in marks if above is None or m.above == above)


def _settled(page: list[list[TimelineEntry]], marks: list[Mark], axis: Axis, block: Timeline, area: Box,
             size: float, style: DeckStyle) -> tuple[list[Mark], Axis]:
    """Return the slide's marks and axis, the axis moved towards the lighter side when a label would be cut."""
    if _fits(marks, axis, area, block, style, size):
        return marks, axis
    down = not _fits(marks, axis, area, block, style, size, above=True)  # the labels above need room
    step = 6.0 if down else -6.0
    for n in range(1, int(area.h / 3 / 6.0) + 1):
        moved = _layout(page, area, step * n)
        if _fits(*moved, area, block, style, size):
            return moved
    return marks, axis


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
    parts: list[Axis] = field(default_factory=list)  # the stretches of a broken axis

    def x_of(self, day: float) -> float:
        """Return the x of `day` on the dated stretch (in the stretch holding it, when broken)."""
        if self.parts:
            part = min(self.parts, key=lambda p: 0 if p.first <= day <= p.last
                       else min(abs(day - p.first), abs(day - p.last)))
            return part.x_of(day)
        return self.x0 + (day - self.first) / (self.last - self.first) * (self.x1 - self.x0)

    def stretches(self) -> list[Axis]:
        """Return the axis's stretches (itself when unbroken)."""
        return self.parts or [self]


def _pad(axis: Axis, days: list[float]) -> None:
    """Set the first and last day of `axis` to cover `days` with a margin."""
    span = max(days) - min(days)
    pad = span * 0.06 + 0.5 if span else 15.0
    axis.first, axis.last = min(days) - pad, max(days) + pad


def _break(axis: Axis, days: list[float]) -> None:
    """Break `axis` into stretches when its dates cluster over a long span (render/axis.py)."""
    found = stretches([(d, d) for d in days])
    if len(found) < 2:
        return
    for (lo, hi), (a, b) in zip(found, widths(found, axis.x1 - axis.x0), strict=True):
        part = Axis(axis.y, axis.x0 + a, axis.x0 + b, axis.x0 + b)
        _pad(part, [d for d in days if lo <= d <= hi])
        axis.parts.append(part)


def _layout(page: list[list[TimelineEntry]], area: Box, shift: float = 0.0) -> tuple[list[Mark], Axis]:
    """Return the marks of a slide (one per date) and its axis, `shift` below the middle."""
    dated = [g for g in page if day_of(g[0]) is not None]
    undated = [g for g in page if day_of(g[0]) is None]
    days = [day_of(g[0]) for g in dated]
    y = area.y + (area.h - LEGEND_H) / 2 + shift
    x1 = area.right - 8 - UNDATED_SLOT * len(undated)
    if not days:
        x1 = area.x + 8
    axis = Axis(y, area.x + 8, x1, area.right - 8)
    if days:
        _pad(axis, days)
        _break(axis, days)
    marks = [Mark(g, axis.x_of(day_of(g[0])), i % 2 == 0) for i, g in enumerate(dated)]
    _dodge(marks, axis)
    marks += [Mark(g, x1 + UNDATED_SLOT * (i + 0.5), (len(marks) + i) % 2 == 0)
              for i, g in enumerate(undated)]
    _spread(marks, area, True)
    _spread(marks, area, False)
    return marks, axis


def _dodge(marks: list[Mark], axis: Axis) -> None:
    """Spread markers of neighbouring dates that would overlap, each cluster about its centre.

    Markers only move within their cluster (never pushed on along the axis), so a marker stays
    next to its date; a date's several events share one marker.
    """
    pitch = MARKER + 2
    clusters: list[list[Mark]] = []
    for mark in marks:
        if clusters and mark.x - clusters[-1][-1].x < pitch:
            clusters[-1].append(mark)
        else:
            clusters.append([mark])
    for cluster in clusters:
        centre = sum(m.x for m in cluster) / len(cluster)
        first = centre - pitch * (len(cluster) - 1) / 2
        first = min(max(first, axis.x0), axis.x1 - pitch * (len(cluster) - 1))
        for k, mark in enumerate(cluster):
            mark.x = first + k * pitch


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


def _label_items(mark: Mark, block: Timeline, style: DeckStyle) -> list[Styled]:
    """Return a label: the date once (coloured by status), then each event of that date.

    A status other than past or planned is named: below a single event, after each of several.
    """
    entry = mark.entry
    items = [style.styled(entry.date_text, "body", bold=True, scale=0.9,
                          colour=style.colour(_status_colour(entry)), align="ctr")]
    several = len(mark.entries) > 1
    for event in mark.entries:
        text = event.label
        if several and event.status not in ("past", "planned"):
            text = f"{text} ({status_word(event.status, block.legend).lower()})"
        items.append(style.styled(text, "body", align="ctr",
                                  space_before=0.5 if several else 0.15))
    if not several and entry.status not in ("past", "planned"):
        items.append(style.styled(status_word(entry.status, block.legend), "alert", scale=0.8,
                                  align="ctr", space_before=0.15))
    return items


def _status_colour(entry: TimelineEntry) -> str:
    """Return the colour role of an entry's status (muted when its date is not resolved)."""
    if day_of(entry) is None:
        return UNRESOLVED.role
    return look_of(entry.status).role


def _label_size(block: Timeline, marks: list[Mark], area: Box, style: DeckStyle) -> float:
    """Return the largest size at which every label of the page fits its box."""
    axis = _layout([m.entries for m in marks], area)[1]
    top = min(style.body_max, 16.0)

    def ok(size: float) -> bool:
        return _fits(marks, axis, area, block, style, size)
    return largest(size_grid(top, style.floor), ok) or style.floor


# --- drawing -------------------------------------------------------------------------------

def _draw(block: Timeline, marks: list[Mark], axis: Axis, area: Box, size: float,
          style: DeckStyle) -> Page:
    """Return the shapes of one timeline slide."""
    shapes = _axis_shapes(axis, style) + _ticks(axis, marks, style)
    for mark in marks:
        shapes += _mark_shapes(mark, marks, axis, area, block, size, style)
    shapes += _legend(block, marks, area, style)
    refs = [r for m in marks for e in m.entries for r in e.refs]
    return Page(shapes, refs, count=sum(len(m.entries) for m in marks))


def _axis_shapes(axis: Axis, style: DeckStyle) -> list[ShapeSpec]:
    """Return the axis line, dashed over the undated stretch."""
    shapes = []
    if axis.x1 > axis.x0:
        for part in axis.stretches():
            shapes.append(ShapeSpec(Box(part.x0, axis.y, part.x1 - part.x0, 0), "line",
                                    line=style.colour("primary"), line_width=2.5, name="Axis"))
        for left, right in zip(axis.parts, axis.parts[1:], strict=False):
            for x in (left.x1 + 3, right.x0 - 3):  # a break: two slanted strokes
                shapes.append(ShapeSpec(Box(x - 2.5, axis.y - 6, 5, 12), "line",
                                        line=style.colour("primary"), line_width=1.5,
                                        name="Axis break"))
    if axis.end > axis.x1 + 1:
        shapes.append(ShapeSpec(Box(axis.x1, axis.y, axis.end - axis.x1, 0), "line",
                                line=style.colour("muted"), line_width=1.5, dash=True,
                                name="Axis undated"))
    return shapes


def _ticks(axis: Axis, marks: list[Mark], style: DeckStyle) -> list[ShapeSpec]:
    """Return labelled ticks under the dated stretch, at least two of them.

    A tick label steps aside (left or right of the tick) when a connector runs down through it;
    when it has no room either side it is left out, unless fewer than two labels would remain.
    """
    if axis.x1 <= axis.x0:
        return []
    shapes, labels = [], []
    stems = [m.x for m in marks if not m.above]
    days = [(part, day, text) for part in axis.stretches()
            for day, text in _tick_days(part.first, part.last)]
    for part, day, text in days:
        x = part.x_of(day)
        shapes.append(ShapeSpec(Box(x, axis.y, 0, 6), "line", line=style.colour("primary"),
                                line_width=1.0, name="Tick"))
        labels.append((x, text))
    placed: list[tuple[Box, str]] = []
    for x, text in labels:
        box = _tick_box(x, stems, [b for b, _ in placed], axis)
        if box is not None:
            placed.append((box, text))
    if len(placed) < 2 and len(labels) >= 2:
        placed = [(Box(x - 30, axis.y + 6, 60, TICK_H), t) for x, t in (labels[0], labels[-1])]
    for box, text in placed:
        label = [style.styled(text, "muted", align="ctr")]
        shapes.append(ShapeSpec(box, text=fit_label(label, box, style, 9, 7, insets=(0, 1, 0, 1)),
                                name="Tick label"))
    return shapes


def _tick_box(x: float, stems: list[float], taken: list[Box], axis: Axis) -> Box | None:
    """Return where a tick's label goes: centred, else beside the tick clear of connectors."""
    for left in (x - 30, x + 3, x - 63):
        box = Box(left, axis.y + 6, 60, TICK_H)
        clear = all(not box.x - 3 <= stem <= box.right + 3 for stem in stems)
        free = all(box.right + 4 <= t.x or t.right + 4 <= box.x for t in taken)
        if clear and free and axis.x0 - 8 <= box.x and box.right <= axis.end + 8:
            return box
    return None


def _tick_days(first: float, last: float) -> list[tuple[float, str]]:
    """Return (ordinal, label) ticks: days (``19 Oct``), months (``Oct 2023``) or years."""
    start, end = dt.date.fromordinal(math.ceil(first)), dt.date.fromordinal(math.floor(last))
    span = (end - start).days
    if span <= 70:
        step = next(s for s in (1, 2, 3, 7, 14) if span / s <= 7)
        return [(start.toordinal() + n, _day_label(start + dt.timedelta(days=n), year=n == 0))
                for n in range(0, span + 1, step)]
    months = [d for d in _month_starts(start, end)]
    if len(months) <= 30:
        step = next(s for s in (1, 2, 3, 6) if len(months) / s <= 7)
        return [(d.toordinal(), d.strftime("%b %Y")) for d in months if (d.month - 1) % step == 0]
    years = [d for d in months if d.month == 1]
    step = max(1, math.ceil(len(years) / 7))
    return [(d.toordinal(), str(d.year)) for d in years if d.year % step == 0]


def _day_label(day: dt.date, year: bool = False) -> str:
    """Return a day tick's label, e.g. ``19 Oct`` (``19 Oct 2023`` for the first of a stretch)."""
    return f"{day.day} {day.strftime('%b')}" + (f" {day.year}" if year else "")


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
    items = _label_items(mark, block, style)
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
    """Return the marker of a date: styled by its first event, with the count when several."""
    box = Box(mark.x - MARKER / 2, axis.y - MARKER / 2, MARKER, MARKER)
    shape = marker_shape(box, mark.entry, style)
    if len(mark.entries) > 1:
        look = look_of(mark.entry.status)
        colour = "#FFFFFF" if look.filled and day_of(mark.entry) is not None else shape.line
        item = [style.styled(str(len(mark.entries)), "body", bold=True, colour=colour,
                             align="ctr")]
        shape.text = fit_label(item, box, style, 9, 7, insets=(0, 0, 0, 0), anchor="ctr")
    return shape


def marker_shape(box: Box, entry: TimelineEntry, style: DeckStyle) -> ShapeSpec:
    """Return a marker in `box` drawn as the PDF draws the entry's status (render/status.py)."""
    undated = day_of(entry) is None
    look = UNRESOLVED if undated else look_of(entry.status)
    colour = style.colour(look.role)
    name = f"Marker {'undated' if undated else entry.status}"
    geometry = "diamond" if look.shape == "diamond" else "ellipse"
    if look.filled:
        return ShapeSpec(box, geometry, fill=colour, line="#FFFFFF", line_width=1.5, name=name)
    return ShapeSpec(box, geometry, fill="#FFFFFF", line=colour, line_width=2.25,
                     dash=look.dashed, name=name)


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
    """Return (word, sample entry) for each status drawn on this slide, then 'date not resolved'."""
    legend = block.legend
    drawn = {e.status for m in marks for e in m.entries if day_of(e) is not None}
    out = [(status_word(status, legend), TimelineEntry("", "", "2000-01-01", None, "day", status))
           for status in LEGEND_ORDER if status in drawn]
    if any(day_of(m.entry) is None for m in marks):
        out.append((legend.get("unresolved") or "Date not resolved",
                    TimelineEntry("", "", None, None, "unknown", "planned")))
    return out
