"""The drawn timeline: numbered markers on a proportional date axis, keyed to the timeline table.

Statuses are drawn as in the deck (`render/status.py`): past filled, planned hollow, postponed
dashed, cancelled a diamond;
ranges and partial dates (a month, a year) are bars along the axis. Labels sit in lanes above the
axis and never overlap: when they cannot all fit, markers show numbers only, stacked where dates
are close (the table below carries the labels). Events whose date is not stated go in a separate lane on the right.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable

from sitbrief.compose.brief import Timeline
from sitbrief.render.pdf.context import Ctx
from sitbrief.render.pdf.dates import BrokenScale, day_span, ticks
from sitbrief.render.pdf.layout import Mark, place_marks
from sitbrief.render.pdf.styles import size_of
from sitbrief.render.pdf.tables import status_label
from sitbrief.render.status import LEGEND_ORDER, STATUS_ROLES, look_of

_LABEL_WIDTHS = (190.0, 140.0, 100.0)
_MAX_LANES = 4
_MAX_NUMBER_LANES = 5   # a numbers-only drawing taller than this is cut into date ranges
_MAX_PER_PART = 30


@dataclass
class Geometry:
    """Sizes derived from the theme's small type size."""

    text: float
    radius: float
    lane: float
    undated_width: float

    @classmethod
    def of(cls, ctx: Ctx) -> Geometry:
        """Return the geometry for the theme."""
        small = size_of(ctx.theme, "small")
        return cls(small - 0.5, small * 0.78, small * 2.15, small * 11)


def timeline_parts(block: Timeline, ctx: Ctx) -> list[TimelineGraphic]:
    """Return the drawings of a timeline: one, or several consecutive date ranges when crowded.

    A range holds as many events (in date order) as can be drawn with labels in a few lanes, or
    numbered in at most a handful of lanes; events with no resolved date go with the last range.
    """
    whole = TimelineGraphic(block, ctx)
    order, undated = whole.dated, whole.undated
    parts: list[TimelineGraphic] = []
    while order:
        low, high = 1, min(len(order), _MAX_PER_PART)
        tried: dict[int, TimelineGraphic] = {}  # the drawings tried, laid out at the column's width
        while low < high:
            middle = (low + high + 1) // 2
            tried[middle] = TimelineGraphic(block, ctx, order[:middle])
            if tried[middle].readable(ctx.width):
                low = middle
            else:
                high = middle - 1
        if len(order) - low == 1 and low > 2:
            low -= 1  # never leave one event alone in the last range
        parts.append(tried.get(low) or TimelineGraphic(block, ctx, order[:low]))
        order = order[low:]
    if not parts:
        return [whole]
    if undated:
        parts[-1] = TimelineGraphic(block, ctx, parts[-1].shown + undated)
    return parts


class TimelineGraphic(Flowable):
    """A Flowable that draws a Timeline block as a graphic."""

    def __init__(self, block: Timeline, ctx: Ctx, shown: list[int] | None = None) -> None:
        super().__init__()
        self.block, self.ctx, self.geo = block, ctx, Geometry.of(ctx)
        self.spans = [day_span(e.start, e.end) for e in block.entries]
        self.shown = list(range(len(block.entries))) if shown is None else shown
        self.undated = [i for i in self.shown if self.spans[i] is None]
        self.dated = [i for i in self.shown if self.spans[i] is not None]

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """Continue a timeline too tall for the room left: the earliest events here, the rest after.

        Each part keeps the table's marker numbers and gets its own date range; the part on this
        page holds as many events as fit (at least two, else the whole drawing moves on).
        """
        order = self.dated + self.undated
        if len(order) < 2:
            return []
        low, high = 1, len(order) - 1  # the largest k in 2..n-1 that fits (binary search)
        while low < high:
            middle = (low + high + 1) // 2
            if self._part(order[:middle]).fits(avail_width, avail_height):
                low = middle
            else:
                high = middle - 1
        if low < 2:
            return []
        return [self._part(order[:low]), self._part(order[low:])]

    def _part(self, shown: list[int]) -> TimelineGraphic:
        """Return a drawing of the entries `shown` (indices into the block)."""
        return TimelineGraphic(self.block, self.ctx, shown)

    def readable(self, width: float) -> bool:
        """Tell whether the drawing, `width` wide, is labelled or numbered in a few lanes."""
        self.wrap(width, 1e6)
        lanes = max((m.lane + 1 for m in self.marks), default=0)
        return self.labelled or lanes <= _MAX_NUMBER_LANES

    def fits(self, avail_width: float, avail_height: float) -> bool:
        """Tell whether this drawing fits in the given room."""
        return self.wrap(avail_width, avail_height)[1] <= avail_height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Lay the markers out for `avail_width` (once per width: the height plays no part);
        return the graphic's size."""
        if getattr(self, "_laid_out_for", None) != avail_width:
            self._lay_out(avail_width)
            self._laid_out_for = avail_width
        return self.width, self.height

    def _lay_out(self, avail_width: float) -> None:
        """Place the markers and work out the size for `avail_width`."""
        self.width = avail_width
        self.chart = avail_width - (self.geo.undated_width + 12 if self.undated else 0)
        self.scale = BrokenScale.fit([self.spans[i] for i in self.dated], 0, self.chart) \
            if self.dated else None
        self.marks = self._layout()
        lanes = max((m.lane + 1 for m in self.marks), default=0)
        self.lane = self.geo.lane if self.labelled else self.geo.radius * 2 + 3
        self.lanes_height = max(lanes * self.lane, self._undated_height())
        self.axis_y = 36.0 if self.dated else 20.0
        self.height = self.axis_y + 8 + self.lanes_height

    def _undated_height(self) -> float:
        """Return the height the 'date not stated' lane needs."""
        if not self.undated:
            return 0.0
        rows = -(-len(self.undated) // self._undated_per_row())
        return self.geo.text * 2 + rows * (self.geo.radius * 2 + 4)

    def _undated_per_row(self) -> int:
        """Return how many undated markers fit on one row of their lane (one when labelled)."""
        if self.labelled:
            return 1
        return max(1, int(self._undated_width() // (self.geo.radius * 2 + 5)))

    def _undated_width(self) -> float:
        """Return the width of the 'date not stated' lane."""
        return self.geo.undated_width if self.dated else self.width

    def _layout(self) -> list[Mark]:
        """Place the dated markers: with labels if they fit in a few lanes, else numbers only."""
        self.labelled = True
        if not self.dated:
            return []
        chain = self.ctx.styles.chain("cell")
        for max_width in _LABEL_WIDTHS:
            marks = [self._mark(i, self.ctx.fonts.fit(self.block.entries[i].label, chain,
                                                      self.geo.text, max_width))
                     for i in self.dated]
            if place_marks(marks, self.chart, _MAX_LANES, self.geo.radius):
                return marks
        self.labelled = False
        marks = [self._mark(i, "") for i in self.dated]
        place_marks(marks, self.chart, len(marks), self.geo.radius, strict=False)
        return marks

    def _mark(self, index: int, label: str) -> Mark:
        """Return the unplaced marker of entry `index` with its (shortened) label."""
        first, last = self.spans[index]
        x0 = self.scale.x(first.toordinal())
        x1 = self.scale.x(last.toordinal() + 1)
        if first == last:
            x0 = x1 = (x0 + x1) / 2
        width = self.ctx.fonts.width(label, self.ctx.styles.chain("cell"), self.geo.text)
        box = self.geo.radius * 2 + (width + 4 if label else 0)
        return Mark(index + 1, self.block.entries[index].status, label, (x0 + x1) / 2, x0, x1, box)

    def draw(self) -> None:
        """Draw axis, ticks, bars, stems, markers, labels, the undated lane and the legend."""
        canv = self.canv
        canv.saveState()
        if self.scale:
            self._draw_axis()
            for mark in self.marks:
                self._draw_stem(mark)
            for mark in self.marks:
                self._draw_marker(mark.x, self._lane_y(mark.lane), mark.number, mark.status)
                if mark.label:
                    self._draw_label(mark, self._lane_y(mark.lane))
        self._draw_undated()
        self._draw_legend()
        canv.restoreState()

    def _lane_y(self, lane: int) -> float:
        """Return the centre height of marker lane `lane`."""
        return self.axis_y + 8 + lane * self.lane + self.lane / 2

    def _draw_axis(self) -> None:
        """Draw the gridlines, the axis line and the tick labels."""
        canv, ctx = self.canv, self.ctx
        top = self.axis_y + 8 + self.lanes_height
        chain = ctx.styles.chain("cell")
        canv.setLineWidth(0.3)
        for x, label in ticks(self.scale, 42):
            canv.setStrokeColor(ctx.tint("rule", 0.55))
            canv.line(x, self.axis_y, x, top)
            canv.setStrokeColor(ctx.colour("muted"))
            canv.line(x, self.axis_y - 3, x, self.axis_y)
            if x + ctx.fonts.width(label, chain, self.geo.text - 0.5) < self.chart:
                canv.setFillColor(ctx.colour("muted"))
                ctx.fonts.draw(canv, x + 2, self.axis_y - 10, label, chain, self.geo.text - 0.5)
        canv.setStrokeColor(ctx.colour("muted"))
        canv.setLineWidth(0.8)
        gaps = self.scale.breaks() if isinstance(self.scale, BrokenScale) else []
        edges = [0.0] + [x for gap in gaps for x in gap] + [self.chart]
        for a, b in zip(edges[::2], edges[1::2], strict=True):
            canv.line(a, self.axis_y, b, self.axis_y)
        for a, b in gaps:  # a break: two short slanted strokes across the axis
            for x in (a + 3, b - 3):
                canv.line(x - 2, self.axis_y - 4, x + 2, self.axis_y + 4)

    def _draw_stem(self, mark: Mark) -> None:
        """Draw a marker's bar (range) or dot (day) on the axis and the stem up to its lane."""
        canv, colour = self.canv, self._colour(mark.status)
        canv.setStrokeColor(colour)
        canv.setFillColor(colour)
        if mark.x1 - mark.x0 > 3:
            canv.setFillColor(self.ctx.tint(STATUS_ROLES.get(mark.status, "text"), 0.45))
            canv.roundRect(mark.x0, self.axis_y - 2.5, mark.x1 - mark.x0, 5, 2, stroke=0, fill=1)
        else:
            canv.circle(mark.x, self.axis_y, 1.8, stroke=0, fill=1)
        canv.setLineWidth(0.5)
        canv.line(mark.x, self._stem_base(mark), mark.x, self._lane_y(mark.lane) - self.geo.radius)

    def _stem_base(self, mark: Mark) -> float:
        """Return where a stem starts: the axis, or the top of a lower circle it runs through."""
        lower = [m.lane for m in self.marks
                 if m.lane < mark.lane and abs(m.x - mark.x) <= self.geo.radius * 0.5]
        return self._lane_y(max(lower)) + self.geo.radius if lower else self.axis_y + 2.5

    def _draw_label(self, mark: Mark, y: float) -> None:
        """Draw a marker's label beside its circle, on the side the layout chose."""
        chain, fonts = self.ctx.styles.chain("cell"), self.ctx.fonts
        self.canv.setFillColor(self.ctx.colour("text"))
        baseline = y - self.geo.text * 0.35
        if mark.side == "right":
            fonts.draw(self.canv, mark.x + self.geo.radius + 3, baseline, mark.label, chain,
                       self.geo.text)
        else:
            fonts.draw(self.canv, mark.x - self.geo.radius - 3, baseline, mark.label, chain,
                       self.geo.text, align="right")

    def _colour(self, status: str):
        """Return the colour of a status."""
        return self.ctx.colour(STATUS_ROLES.get(status, "text"))

    def _draw_marker(self, x: float, y: float, number: int | None, status: str,
                     radius: float | None = None) -> None:
        """Draw a status marker: filled (past, ongoing), hollow (planned), dashed, diamond."""
        canv, r = self.canv, radius or self.geo.radius
        colour, look = self._colour(status), look_of(status)
        filled = look.filled
        canv.saveState()
        canv.setStrokeColor(colour)
        canv.setFillColor(colour if filled else self.ctx.colour("background"))
        canv.setLineWidth(0.9)
        if look.dashed:
            canv.setDash(1.6, 1.2)
        if look.shape == "diamond":
            self._diamond(x, y, r * 1.2)
        else:
            canv.circle(x, y, r, stroke=1, fill=1)
        canv.setDash()
        if number is not None:
            self._draw_number(x, y, number, filled, colour)
        canv.restoreState()

    def _diamond(self, x: float, y: float, r: float) -> None:
        """Draw a diamond (the cancelled marker) centred on (x, y)."""
        path = self.canv.beginPath()
        path.moveTo(x, y + r)
        for dx, dy in ((r, 0), (0, -r), (-r, 0)):
            path.lineTo(x + dx, y + dy)
        path.close()
        self.canv.drawPath(path, stroke=1, fill=1)

    def _draw_number(self, x: float, y: float, number: int, filled: bool, colour) -> None:
        """Draw a marker's number centred in its circle."""
        size = self.geo.text - (1.5 if number < 10 else 2)
        self.canv.setFillColor(self.ctx.colour("background") if filled else colour)
        self.ctx.fonts.draw(self.canv, x, y - size * 0.35, str(number),
                            self.ctx.styles.chain("cell_bold"), size, align="centre")

    def _draw_undated(self) -> None:
        """Draw the 'date not stated' lane with its numbered markers."""
        if not self.undated:
            return
        canv, ctx, geo = self.canv, self.ctx, self.geo
        x0 = self.chart + 12 if self.dated else 0
        top = self.axis_y + 8 + self.lanes_height
        if self.dated:
            canv.setStrokeColor(ctx.colour("rule"))
            canv.setLineWidth(0.5)
            canv.setDash(2, 2)
            canv.line(x0 - 6, self.axis_y - 12, x0 - 6, top)
            canv.setDash()
        canv.setFillColor(ctx.colour("muted"))
        title = ctx.fonts.fit(self._undated_title(), ctx.styles.chain("cell_bold"), geo.text,
                              geo.undated_width)
        ctx.fonts.draw(canv, x0, top - geo.text, title, ctx.styles.chain("cell_bold"), geo.text)
        per_row, step = self._undated_per_row(), geo.radius * 2 + 5
        for k, index in enumerate(self.undated):
            x = x0 + geo.radius + (k % per_row) * step
            y = top - geo.text * 2 - geo.radius - (k // per_row) * (geo.radius * 2 + 4)
            self._draw_marker(x, y, index + 1, self.block.entries[index].status)
            if self.labelled:
                self._draw_undated_label(x, y, self.block.entries[index].label)

    def _draw_undated_label(self, x: float, y: float, label: str) -> None:
        """Draw an undated marker's label beside it, shortened to the lane's width."""
        chain, fonts, geo = self.ctx.styles.chain("cell"), self.ctx.fonts, self.geo
        room = self._undated_width() - geo.radius * 2 - 4
        self.canv.setFillColor(self.ctx.colour("text"))
        fonts.draw(self.canv, x + geo.radius + 3, y - geo.text * 0.35,
                   fonts.fit(label, chain, geo.text, room), chain, geo.text)

    def _undated_title(self) -> str:
        """Return the wording for events whose date is not stated."""
        return self.block.legend.get("unresolved") or self.ctx.label("Unresolved date",
                                                                     "Date not stated")

    def _draw_legend(self) -> None:
        """Draw the legend: one sample marker and label per status present."""
        present = {self.block.entries[i].status for i in self.shown}
        items = [(s, status_label(self.ctx, self.block, s)) for s in LEGEND_ORDER if s in present]
        x, y, r = 0.0, 5.5, self.geo.radius * 0.6
        chain = self.ctx.styles.chain("cell")
        for status, label in items:
            self._draw_marker(x + r, y, None, status, r)
            self.canv.setFillColor(self.ctx.colour("muted"))
            x += r * 2 + 3
            x += self.ctx.fonts.draw(self.canv, x, y - self.geo.text * 0.35, label, chain,
                                     self.geo.text - 0.5) + 12
