"""The locator map in the PDF: a vector Flowable sized to the column, drawn from the shared MapDrawing."""

from __future__ import annotations

from functools import lru_cache

from reportlab.platypus import Flowable

from sitbrief.compose.brief import MapBlock
from sitbrief.render.map.drawing import MapDrawing, map_drawing
from sitbrief.render.map.labels import PlacedLabel
from sitbrief.render.map.palette import map_colours, marker_colours
from sitbrief.render.map.view import MIN_ASPECT, aspect
from sitbrief.render.pdf.context import Ctx
from sitbrief.render.pdf.styles import hex_colour

BORDER = 0.35
HALOED = ("point", "sea", "region")
NOTE_ROOM = 24.0  # points kept below the map for its note
MIN_SHARE = 0.4  # the map shrinks to fit the rest of a page down to this share of its height


class MapGraphic(Flowable):
    """A Flowable drawing a MapBlock: sea, countries, markers, labels, inset and attribution."""

    def __init__(self, block: MapBlock, ctx: Ctx) -> None:
        super().__init__()
        self.block, self.ctx = block, ctx
        self.colours = map_colours(ctx.hex, ctx.theme.map)
        self.label_size = float(ctx.theme.map.get("label_size", 7.0))
        self.drawing: MapDrawing | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Return the map's size: the column's width, a height the frame suits."""
        wanted = avail_width * aspect(self.block)
        room = avail_height - NOTE_ROOM
        self.height = round(room if MIN_SHARE * wanted <= room < wanted else wanted, 1)
        # a shrunk map narrows too, never wider than MIN_ASPECT allows: stretched sideways, the
        # view would reach round the globe beyond the outlines prepared for it
        self.width = min(avail_width, round(self.height / MIN_ASPECT, 1))
        if self.drawing is not None and (self.drawing.width, self.drawing.height) != (self.width, self.height):
            self.drawing = None
        return self.width, self.height

    def least_height(self, avail_width: float) -> float:
        """Return the least room the map needs at the foot of a page: shrunk, with its note below."""
        return avail_width * aspect(self.block) * MIN_SHARE + NOTE_ROOM

    def measure(self, text: str, size: float, bold: bool, italic: bool) -> float:
        """Return the width of a label in the font the map draws it in."""
        return self.ctx.fonts.width(text, self.ctx.fonts.chain(False, bold, italic), size)

    def draw(self) -> None:
        """Draw the map, bottom-up in ReportLab's coordinates (the drawing's y runs down)."""
        if self.drawing is None or (self.drawing.width, self.drawing.height) != (self.width, self.height):
            self.drawing = map_drawing(self.block, self.width, self.height, self.label_size, self.measure)
        canv, drawing, c = self.canv, self.drawing, self.colours
        canv.saveState()
        clip = canv.beginPath()
        clip.rect(0, 0, self.width, self.height)
        canv.clipPath(clip, stroke=0, fill=0)
        canv.setFillColor(hex_colour(c["sea"]))
        canv.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        canv.setStrokeColor(hex_colour(c["border"]))
        canv.setLineWidth(BORDER)
        canv.setLineJoin(1)
        for tier in ("land", "context", "focus"):
            canv.setFillColor(hex_colour(c[tier]))
            for area in (a for a in drawing.areas if a.tier == tier):
                self._path(area.rings, stroke=1, fill=1)
        self._markers()
        for label in drawing.labels:
            self._label(label)
        if drawing.attribution:
            self._label(drawing.attribution)
        self._inset()
        canv.restoreState()
        canv.setStrokeColor(hex_colour(c["frame"]))
        canv.setLineWidth(0.5)
        canv.rect(0, 0, self.width, self.height, stroke=1, fill=0)

    def _path(self, rings, stroke: int, fill: int, operators: tuple[str, ...] | None = None) -> None:
        """Fill and/or stroke rings (nonzero winding: holes run the other way round), or the
        operators already written for them."""
        path = self.canv.beginPath()
        h = self.height
        path._code.extend(_ring_operators(rings, h) if operators is None else operators)
        self.canv.drawPath(path, stroke=stroke, fill=fill, fillMode=1)

    def _markers(self) -> None:
        """Draw the point markers: filled dots with a white edge (facilities as squares); a country
        too small to see is a dot in its shade."""
        canv, c, h = self.canv, self.colours, self.height
        canv.setLineWidth(0.7)
        for m in self.drawing.markers:
            fill, edge = marker_colours(m, c)
            canv.setFillColor(hex_colour(fill))
            canv.setStrokeColor(hex_colour(edge))
            if m.kind == "facility":
                canv.rect(m.x - m.radius * 0.9, h - m.y - m.radius * 0.9, m.radius * 1.8, m.radius * 1.8,
                          stroke=1, fill=1)
            else:
                canv.circle(m.x, h - m.y, m.radius, stroke=1, fill=1)

    def _label(self, label: PlacedLabel) -> None:
        """Draw a placed label's lines inside its box."""
        fonts = self.ctx.fonts
        chain = fonts.chain(False, label.bold, label.italic)
        self.canv.setFillColor(hex_colour(self.colours[f"{label.style}_text"]))
        line = label.box.h / len(label.lines)
        align = {"l": "left", "r": "right", "ctr": "centre"}[label.align]
        x = {"left": label.box.x + 0.5, "right": label.box.x + label.box.w - 0.5,
             "centre": label.box.x + label.box.w / 2}[align]
        halo = label.style in HALOED
        for i, text in enumerate(label.lines):
            baseline = self.height - (label.box.y + line * i + label.size * 0.92)
            if halo:
                self._halo(x, baseline, text, chain, label.size, align)
            fonts.draw(self.canv, x, baseline, text, chain, label.size, align=align)

    def _halo(self, x: float, baseline: float, text: str, chain, size: float, align: str) -> None:
        """Stroke a label's glyphs in white under the text, so it reads over outlines and fills."""
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(hex_colour(self.colours["halo"]))
        canv.setLineWidth(size * 0.22)
        canv.setLineJoin(1)
        text = self.ctx.fonts.clean(text, chain)
        x -= {"left": 0, "centre": chain.width(text, size) / 2, "right": chain.width(text, size)}[align]
        for name, run in chain.runs(text):
            canv.setFont(name, size)
            canv.drawString(x, baseline, run, mode=1)
            x += canv.stringWidth(run, name, size)
        canv.restoreState()

    def _inset(self) -> None:
        """Draw the world inset: a white box, land, the frame's outline."""
        inset = self.drawing.inset
        if inset is None:
            return
        canv, c, h, box = self.canv, self.colours, self.height, inset.box
        canv.setFillColor(hex_colour(c["inset_sea"]))
        canv.setStrokeColor(hex_colour(c["frame"]))
        canv.setLineWidth(0.4)
        canv.rect(box.x, h - box.y - box.h, box.w, box.h, stroke=1, fill=1)
        canv.setFillColor(hex_colour(c["inset_land"]))
        self._path(inset.land, stroke=0, fill=1, operators=_operators(inset.land, h))
        canv.setStrokeColor(hex_colour(c["inset_frame"]))
        canv.setLineWidth(0.9)
        self._path([inset.frame], stroke=1, fill=0)


class MapCaption(Flowable):
    """The line under the map: its note, and the points left off for want of room (known once drawn)."""

    def __init__(self, graphic: MapGraphic, ctx: Ctx) -> None:
        super().__init__()
        self.graphic, self.ctx = graphic, ctx

    def _para(self, avail_width: float):
        drawing = self.graphic.drawing or map_drawing(self.graphic.block, self.graphic.width, self.graphic.height,
                                                      self.graphic.label_size, self.graphic.measure)
        self.graphic.drawing = drawing
        text = self.graphic.block.caption()
        if drawing.left_out:
            crowded = f"{self.ctx.label('Map crowded', 'Too crowded to mark')}: {', '.join(drawing.left_out)}."
            text = f"{text} {crowded}".strip()
        return self.ctx.para(text, "caption") if text else None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Measure the caption once the map above it is laid out."""
        self.para = self._para(avail_width)
        if self.para is None:
            return avail_width, 0
        self.width, self.height = self.para.wrap(avail_width, avail_height)
        return self.width, self.height

    def draw(self) -> None:
        """Draw the caption paragraph."""
        if self.para is not None:
            self.para.drawOn(self.canv, 0, 0)


def map_flowables(block: MapBlock, ctx: Ctx) -> list[Flowable]:
    """Return the map and the line under it (places not shown, points too crowded to mark)."""
    graphic = MapGraphic(block, ctx)
    return [graphic, MapCaption(graphic, ctx)]


@lru_cache(maxsize=4)
def _operators(rings: tuple, h: float) -> tuple[str, ...]:
    """Return the path operators of rings that recur from map to map (the inset's world), cached."""
    return tuple(_ring_operators(rings, h))


def _ring_operators(rings, h: float) -> list[str]:
    """Return PDF path operators for closed rings, y flipped in a box `h` high.

    Written directly: ReportLab's path.lineTo formats each number slowly."""
    code = []
    for ring in rings:
        (x0, y0), *rest = ring
        code.append(f"{x0:.2f} {h - y0:.2f} m")
        code.extend([f"{x:.2f} {h - y:.2f} l" for x, y in rest])
        code.append("h")
    return code
