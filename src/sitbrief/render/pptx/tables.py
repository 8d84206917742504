"""Native tables (key facts, upcoming events) that fit, continued with the header row repeated."""

from __future__ import annotations

from dataclasses import dataclass, field

from sitbrief.compose.brief import KeyFacts, Sources, Timeline
from sitbrief.render.pptx.frame import GAP, Box
from sitbrief.render.pptx.model import Cell, Page, ShapeSpec, Styled, TableSpec, paras_of
from sitbrief.render.pptx.style import DeckStyle
from sitbrief.render.pptx.text import EPSILON, cut_items, frame, height_for
from sitbrief.render.status import look_of
from sitbrief.render.textfit import largest, size_grid, splits_words

CELL_INSETS = (12.0, 8.0, 12.0, 8.0)
NOTE_INSETS = (0.0, 2.0, 0.0, 2.0)


@dataclass
class TableModel:
    """Rows of cell paragraphs, column fractions, an optional header and per-row refs."""

    rows: list[list[list[Styled]]]
    fractions: list[float]
    header: list[list[Styled]] | None = None
    refs: list[list[str]] = field(default_factory=list)
    label_column: bool = False
    note: list[Styled] = field(default_factory=list)


def key_facts_table(block: KeyFacts, style: DeckStyle) -> TableModel:
    """Return key facts as a two-column table: label, then text."""
    rows = [[[style.styled(r.label, "body", bold=True, colour=style.colour("primary"))],
             [style.styled(r.text, block.role)]] for r in block.rows]
    return TableModel(rows, [0.2, 0.8], None, [r.refs for r in block.rows], label_column=True)


UPCOMING = ("planned", "postponed")


def status_word(status: str, legend: dict[str, str]) -> str:
    """Return the word shown for an event status (the legend's wording when it has one)."""
    return legend.get(status) or status.replace("_", " ").capitalize()


def upcoming_table(block: Timeline, style: DeckStyle) -> TableModel:
    """Return a timeline's upcoming entries (planned or postponed) as a Date / Event / Status table."""
    return events_table(block, style, [e for e in block.entries if e.status in UPCOMING])


def events_table(block: Timeline, style: DeckStyle, planned: list) -> TableModel:
    """Return timeline entries as a Date / Event / Status table."""
    header = [[style.styled(h, "body", bold=True, scale=0.85, colour="#FFFFFF")]
              for h in (block.headers + ["", "", ""])[:3]]
    rows = [[[style.styled(e.date_text, "body", bold=True, colour=style.colour(_tone(e.status)))],
             [style.styled(e.label, block.role)],
             [style.styled(status_word(e.status, block.legend), _status_role(e.status))]]
            for e in planned]
    return TableModel(rows, [0.22, 0.6, 0.18], header, [e.refs for e in planned])


def _tone(status: str) -> str:
    """Return the colour role of an entry's date: its status colour, as on the timeline."""
    return look_of(status).role


def _status_role(status: str) -> str:
    """Return the paragraph role of an upcoming entry's status word."""
    return "alert" if status in ("postponed", "cancelled") else "muted"


def sources_table(block: Sources, style: DeckStyle) -> TableModel:
    """Return numbered sources as a table: number, source (and its link), grading if any."""
    graded = any(s.grading for s in block.items)
    words = ["#", style.label("Source", "Source")] + ([style.label("Grading", "Grading")] if graded else [])
    header = [[style.styled(w, "body", bold=True, scale=0.85, colour="#FFFFFF")] for w in words]
    rows = [_source_row(s, block.role, graded, style) for s in block.items]
    fractions = [0.07, 0.65, 0.28] if graded else [0.07, 0.93]
    note = [style.styled(block.legend, "body", colour=style.colour("muted"))] if graded and block.legend else []
    return TableModel(rows, fractions, header, [[] for _ in rows], note=note)


def _source_row(source, role: str, graded: bool, style: DeckStyle) -> list[list[Styled]]:
    """Return one source's cells."""
    number = [style.styled(str(source.number), "body", bold=True, colour=style.colour("primary"))]
    text = [style.styled(source.text, role)]
    if source.url and source.url.startswith(("http://", "https://")):
        text.append(style.styled(source.url, "muted", scale=0.8, space_before=0.3,
                                 link=source.url, colour=style.colour("accent")))
    row = [number, text]
    return row + [_grading_cell(source, style)] if graded else row


def _grading_cell(source, style: DeckStyle) -> list[Styled]:
    """Return a source's Admiralty code and, below it, what the code means."""
    if not source.grading:
        return [style.styled("\u2014", "muted")]
    cell = [style.styled(source.grading, "body", bold=True, colour=style.colour("primary"))]
    if source.grading_note:
        cell.append(style.styled(source.grading_note, "muted", scale=0.8, space_before=0.2))
    return cell


def table_pages(model: TableModel, area: Box, style: DeckStyle) -> list[Page]:
    """Return pages of `model` as tables in `area`, the header repeated on each, the note last."""
    note_height = height_for(model.note, area.w, style.floor, style, insets=NOTE_INSETS) \
        if model.note else 0.0
    if note_height:
        area = Box(area.x, area.y, area.w, area.h - note_height - GAP)
    widths = [area.w * f for f in model.fractions]
    _clamp_rows(model, widths, area.h, style)
    chunks = _paginate(model, widths, area.h, style)
    size = min(_chunk_size(model, chunk, widths, area.h, style) for chunk in chunks)
    pages = [_page(model, chunk, widths, area, size, style) for chunk in chunks]
    if note_height:
        table = pages[-1].shapes[0]
        box = Box(area.x, table.box.bottom + GAP, area.w, note_height)
        pages[-1].shapes.append(ShapeSpec(box, text=frame(model.note, style.floor,
                                                          insets=NOTE_INSETS), name="Table note"))
    return pages


def _clamp_rows(model: TableModel, widths: list[float], height: float, style: DeckStyle) -> None:
    """Shorten (with a warning) any row too tall for a slide on its own at the floor size."""
    header = _row_height(model.header, widths, style.floor, style) if model.header else 0.0
    room = height - header
    for index, cells in enumerate(model.rows):
        if _row_height(cells, widths, style.floor, style) > room:
            model.rows[index] = [_cut_cell(c, w, room, style) for c, w in zip(cells, widths, strict=True)]


def _cut_cell(cell: list[Styled], width: float, height: float, style: DeckStyle) -> list[Styled]:
    """Return a cell's paragraphs cut to fit `width` x `height` at the floor size."""
    box = Box(0, 0, width, height - 2 * EPSILON)
    return cut_items(cell, box, style, style.floor, insets=CELL_INSETS)


def _row_height(cells: list[list[Styled]], widths: list[float], size: float,
                style: DeckStyle) -> float:
    """Return the height a row needs at `size`."""
    pairs = zip(cells, widths, strict=True)
    return max(height_for(c, w, size, style, insets=CELL_INSETS) for c, w in pairs)


def _height(model: TableModel, chunk: list[int], widths: list[float], size: float,
            style: DeckStyle) -> float:
    """Return the height of the header plus rows `chunk` at `size`."""
    rows = ([model.header] if model.header else []) + [model.rows[i] for i in chunk]
    return sum(_row_height(r, widths, size, style) for r in rows)


def _paginate(model: TableModel, widths: list[float], height: float,
              style: DeckStyle) -> list[list[int]]:
    """Group row indexes into pages greedily at the comfortable size."""
    pages: list[list[int]] = [[]]
    for index in range(len(model.rows)):
        trial = pages[-1] + [index]
        if pages[-1] and _height(model, trial, widths, style.comfortable, style) > height:
            pages.append([])
        pages[-1].append(index)
    return _rebalance(pages, lambda rows: _height(model, rows, widths, style.comfortable, style) <= height)


def _rebalance(pages: list[list[int]], fits) -> list[list[int]]:
    """Share the rows out evenly over the same number of pages when they fit so; at least never
    leave a last page with one row (rows move onto it from the page before while they fit)."""
    rows = [i for page in pages for i in page]
    count = len(pages)
    if count > 1:
        step, extra = divmod(len(rows), count)
        sizes = [step + (1 if k < extra else 0) for k in range(count)]
        starts = [sum(sizes[:k]) for k in range(count)]
        even = [rows[a:a + n] for a, n in zip(starts, sizes, strict=True)]
        if all(fits(page) for page in even):
            return even
    while len(pages) > 1 and len(pages[-1]) < 2 and len(pages[-2]) > 2:
        moved = [pages[-2][-1], *pages[-1]]
        if not fits(moved):
            break
        pages[-2], pages[-1] = pages[-2][:-1], moved
    return pages


def _chunk_size(model: TableModel, chunk: list[int], widths: list[float], height: float,
                style: DeckStyle) -> float:
    """Return the largest size at which the chunk fits, cutting no word if it can (floor at worst)."""
    sizes = size_grid(style.body_max, style.floor)
    fits = lambda s: _height(model, chunk, widths, s, style) <= height  # noqa: E731
    found = largest(sizes, lambda s: fits(s) and not _cuts(model, chunk, widths, s, style)) \
        or largest(sizes, fits)
    if found is None:
        style.warnings.append("a table row is taller than a slide at the floor size")
    return found or style.floor


def _cuts(model: TableModel, chunk: list[int], widths: list[float], size: float,
          style: DeckStyle) -> bool:
    """Tell whether some cell would have to cut a word at `size`."""
    rows = ([model.header] if model.header else []) + [model.rows[i] for i in chunk]
    inner = [w - CELL_INSETS[0] - CELL_INSETS[2] for w in widths]
    return any(splits_words(paras_of(cell), style.body, size, width)
               for row in rows for cell, width in zip(row, inner, strict=True))


def _page(model: TableModel, chunk: list[int], widths: list[float], area: Box, size: float,
          style: DeckStyle) -> Page:
    """Return one page: a table of the header and the chunk's rows."""
    rows, heights = [], []
    if model.header:
        rows.append([Cell(frame(c, size, insets=CELL_INSETS, anchor="ctr"),
                          style.colour("primary")) for c in model.header])
        heights.append(_row_height(model.header, widths, size, style))
    for n, index in enumerate(chunk):
        cells = model.rows[index]
        rows.append([Cell(frame(c, size, insets=CELL_INSETS, anchor="ctr"),
                          _fill(model, n, col, style)) for col, c in enumerate(cells)])
        heights.append(_row_height(cells, widths, size, style))
    box = Box(area.x, area.y, area.w, sum(heights))
    table = TableSpec(box, widths, heights, rows, bool(model.header), style.colour("rule"))
    refs = [r for i in chunk if i < len(model.refs) for r in model.refs[i]]
    return Page([table], refs, count=len(chunk))


def _fill(model: TableModel, row: int, col: int, style: DeckStyle) -> str:
    """Return a body cell's fill: label column tinted, rows banded lightly."""
    if model.label_column and col == 0:
        return style.colour("surface")
    return style.tint("surface", 0.55) if row % 2 else "#FFFFFF"
