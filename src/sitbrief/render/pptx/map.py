"""The map slide: the shared MapDrawing as native freeforms, dots and text boxes, with a side legend.

Every country is one editable freeform (recolour it in PowerPoint), every marker an ellipse,
every label a text box; the world inset is a box, its land one freeform and the frame an unfilled one.
"""

from __future__ import annotations

from functools import lru_cache

from sitbrief.compose.brief import MapBlock
from sitbrief.render.map.drawing import MapDrawing, map_drawing
from sitbrief.render.map.labels import PlacedLabel
from sitbrief.render.map.palette import map_colours, marker_colours
from sitbrief.render.map.view import aspect
from sitbrief.render.pptx.frame import Box
from sitbrief.render.pptx.model import Page, ShapeSpec, TextPara, TextSpec
from sitbrief.render.pptx.style import DeckStyle
from sitbrief.render.pptx.text import fit_label
from sitbrief.render.textfit import HEIGHT_MARGIN, WIDTH_MARGIN

MAP_SHARE = 0.74  # of the content width the map may take; the legend has the rest
LEGEND_GAP = 18.0
SLACK = 6.0  # points added to a label's box: PowerPoint's and LibreOffice's metrics differ a little
NO_INSETS = (0.0, 0.0, 0.0, 0.0)


def map_pages(block: MapBlock, area: Box, style: DeckStyle) -> list[Page]:
    """Return the one page of a map slide: the map on the left, legend and note on the right."""
    settings = style.theme.map
    colours = map_colours(style.colour, settings)
    width = min(area.w * MAP_SHARE, area.h / aspect(block) * 1.6)
    box = Box(area.x, area.y, width, area.h)
    body = style.fonts("body")

    def measure(text: str, size: float, bold: bool, italic: bool) -> float:
        return body.measure(size, bold, italic)(text)

    drawing = map_drawing(block, box.w, box.h, float(settings.get("deck_label_size", 12.0)), measure)
    shapes = [ShapeSpec(box, fill=colours["sea"], line=colours["frame"], line_width=0.75, name="Map sea")]
    shapes += _areas(drawing, box, colours)
    shapes += _markers(drawing, box, colours)
    shapes += [_label(label, box, colours) for label in drawing.labels]
    if drawing.attribution:
        shapes.append(_label(drawing.attribution, box, colours))
    shapes += _inset(drawing, box, colours)
    legend = Box(box.right + LEGEND_GAP, area.y, area.right - box.right - LEGEND_GAP, area.h)
    shapes += _legend(block, drawing, legend, colours, style)
    return [Page(shapes)]


def _areas(drawing: MapDrawing, box: Box, colours: dict[str, str]) -> list[ShapeSpec]:
    """Return the land not named in the brief as one freeform, then one per named country.

    The brief's countries are separate shapes (recolour or restyle each in PowerPoint); the
    background land is one, which keeps the slide light. Its contours never overlap (holes such
    as lakes lie inside their country), so the even-odd fill renderers use draws it whole.
    """
    def placed(area):
        return [[(box.x + x, box.y + y) for x, y in ring] for ring in area.rings]

    land = [ring for area in drawing.areas if area.tier == "land" for ring in placed(area)]
    out = [ShapeSpec(box, "freeform", fill=colours["land"], line=colours["border"], line_width=0.5,
                     name="Map land", rings=land)] if land else []
    for tier in ("context", "focus"):
        out += [ShapeSpec(box, "freeform", fill=colours[tier], line=colours["border"], line_width=0.5,
                          name=f"Map country: {area.name}", rings=placed(area))
                for area in drawing.areas if area.tier == tier]
    return out


def _markers(drawing: MapDrawing, box: Box, colours: dict[str, str]) -> list[ShapeSpec]:
    """Return the point markers: dots (facilities as squares) with a white edge; small countries' dots."""
    out = []
    for m in drawing.markers:
        r = m.radius if m.kind != "facility" else m.radius * 0.9
        geometry = "rect" if m.kind == "facility" else "ellipse"
        fill, edge = marker_colours(m, colours)
        name = f"Map country dot: {m.name}" if m.kind == "country" else f"Map point: {m.name}"
        out.append(ShapeSpec(Box(box.x + m.x - r, box.y + m.y - r, 2 * r, 2 * r), geometry, fill=fill,
                             line=edge, line_width=1.0, name=name))
    return out


def _label(label: PlacedLabel, box: Box, colours: dict[str, str]) -> ShapeSpec:
    """Return a label as a text box with no insets, widened on its free side to the fitting margins.

    The text box is wider than the placed box by the safety margin every deck text is fitted with
    (`WIDTH_MARGIN`), so no renderer wraps it; the placed box is what overlap was tested on.
    """
    extra = label.box.w / WIDTH_MARGIN - label.box.w + SLACK
    shift = {"l": 0.0, "r": extra, "ctr": extra / 2}[label.align]
    height = label.box.h / HEIGHT_MARGIN + 1
    frame = Box(box.x + label.box.x - shift, box.y + label.box.y, label.box.w + extra, height)
    colour = colours[f"{label.style}_text"]
    paras = [TextPara(line, label.size, colour, label.bold, label.italic, label.align) for line in label.lines]
    return ShapeSpec(frame, text=TextSpec(paras, NO_INSETS, "t"), name=f"Map label: {label.name}")


def _inset(drawing: MapDrawing, box: Box, colours: dict[str, str]) -> list[ShapeSpec]:
    """Return the world inset: its box, the land as one freeform, the frame's outline."""
    inset = drawing.inset
    if inset is None:
        return []
    b = inset.box
    out = [ShapeSpec(Box(box.x + b.x, box.y + b.y, b.w, b.h), fill=colours["inset_sea"], line=colours["frame"],
                     line_width=0.5, name="Map inset")]
    land = _shifted(inset.land, box.x, box.y)
    if land:
        out.append(ShapeSpec(box, "freeform", fill=colours["inset_land"], name="Map inset land", rings=land))
    frame = [(box.x + x, box.y + y) for x, y in inset.frame]  # a closed, unfilled freeform: no builder calls
    out.append(ShapeSpec(box, "freeform", line=colours["inset_frame"], line_width=1.25, name="Map inset frame",
                         rings=[frame]))
    return out


def _legend(block: MapBlock, drawing: MapDrawing, area: Box, colours: dict[str, str],
            style: DeckStyle) -> list[ShapeSpec]:
    """Return the legend (swatches for what the map shows) and the note of places not shown."""
    tiers = {a.tier for a in drawing.areas} | {m.tier for m in drawing.markers if m.kind == "country"}
    rows = []
    if "focus" in tiers:
        rows.append(("focus", style.label("Map focus", "Countries at the centre of the story")))
    if "context" in tiers:
        rows.append(("context", style.label("Map context", "Other countries named")))
    if any(m.kind != "country" for m in drawing.markers):
        rows.append(("point", style.label("Map points", "Cities and facilities named")))
    size = max(style.floor, min(style.body_max * 0.75, 14.0))
    out, y = [], area.y
    for key, text in rows:
        if key == "point":
            out.append(ShapeSpec(Box(area.x + 3, y + size * 0.35, size * 0.6, size * 0.6), "ellipse",
                                 fill=colours["point"], name="Legend point"))
        else:
            out.append(ShapeSpec(Box(area.x, y + size * 0.15, size * 1.2, size * 0.9), fill=colours[key],
                                 name=f"Legend {key}"))
        label_box = Box(area.x + size * 1.7, y, area.w - size * 1.7, size * 2.6)
        item = [style.styled(text, "body", colour=style.colour("text"))]
        out.append(ShapeSpec(label_box, text=fit_label(item, label_box, style, size, style.floor,
                                                       insets=NO_INSETS), name=f"Legend {key} text"))
        y += size * 2.7
    note = " ".join(t for t in (block.caption(), _left_out_note(drawing, style)) if t)
    if note:
        note_box = Box(area.x, y + size, area.w, area.bottom - y - size)
        items = [style.styled(note, "muted", scale=0.85)]
        out.append(ShapeSpec(note_box, text=fit_label(items, note_box, style, size, style.floor * 0.85,
                                                      insets=NO_INSETS), name="Map note"))
    return out


def _left_out_note(drawing: MapDrawing, style: DeckStyle) -> str:
    """Return the note naming points left off for want of label room."""
    if not drawing.left_out:
        return ""
    return f"{style.label('Map crowded', 'Too crowded to mark')}: {', '.join(drawing.left_out)}."


@lru_cache(maxsize=4)
def _shifted(rings: tuple, dx: float, dy: float) -> tuple[tuple[tuple[float, float], ...], ...]:
    """Return rings moved by (dx, dy): the inset's world, the same from map to map, moved once."""
    return tuple(tuple((dx + x, dy + y) for x, y in ring) for ring in rings)
