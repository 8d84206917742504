"""PDF tables: key facts, actors, timeline, sources, evidence; light rules, Paragraph cells."""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

from reportlab.platypus import Paragraph, Table, TableStyle

from sitbrief.compose.brief import Actors, EvidenceList, KeyFacts, Sources, Timeline
from sitbrief.render.pdf.context import Ctx
from sitbrief.render.pdf.markup import anchor, safe_url
from sitbrief.render.pdf.para import Para
from sitbrief.render.status import STATUS_ROLES

_TOP = 3.0


def grid_style(ctx: Ctx, header: bool) -> list[tuple]:
    """Return the shared table style: top-aligned cells, light rules, a ruled header row."""
    rule = ctx.colour("rule")
    style = [ctx.table_font(), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
             ("TOPPADDING", (0, 0), (-1, -1), _TOP), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.8),
             ("LINEBELOW", (0, 0), (-1, -1), 0.4, rule)]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), ctx.colour("surface")),
                  ("LINEBELOW", (0, 0), (-1, 0), 0.9, ctx.colour("primary"))]
    else:
        style += [("LINEABOVE", (0, 0), (-1, 0), 0.4, rule)]
    return style


def grid(ctx: Ctx, rows: list[list], fractions: list[float], header: bool,
         smaller: tuple[int, ...] = ()) -> Table:
    """Return a full-width table that splits inside rows and repeats its header row.

    Columns in `smaller` hold smaller type: they are padded down so that baselines line up.
    """
    widths = [ctx.width * f for f in fractions]
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, splitInRow=1,
                  hAlign="LEFT")
    style = grid_style(ctx, header)
    first = 1 if header else 0
    for column in smaller:
        cell = rows[first][column] if len(rows) > first else None
        if isinstance(cell, Paragraph):
            drop = ctx.styles.get("cell").fontSize - cell.style.fontSize
            style.append(("TOPPADDING", (column, first), (column, -1), _TOP + drop))
    table.setStyle(TableStyle(style))
    return table


def head_row(ctx: Ctx, headers: list[str]) -> list[Paragraph]:
    """Return a header row of Paragraph cells."""
    return [ctx.para(h, "cell_head") for h in headers]


def key_facts_table(block: KeyFacts, ctx: Ctx) -> list:
    """Return key facts at a glance as a two-column label/value table."""
    rows = [[ctx.para(r.label, "cell_head"), ctx.para(r.text, "cell", r.refs)]
            for r in block.rows]
    return [grid(ctx, rows, [0.17, 0.83], header=False, smaller=(0,))] if rows else []


def actors_table(block: Actors, ctx: Ctx) -> list:
    """Return the actors table: name (with references), role, affiliation."""
    headers = (list(block.headers) + ["", "", ""])[:3]
    rows = [head_row(ctx, headers)]
    rows += [[ctx.para(a.name, "cell_bold", a.refs), ctx.para(a.role, "cell"),
              ctx.para(a.affiliation, "cell")] for a in block.actors]
    return [grid(ctx, rows, [0.31, 0.44, 0.25], header=True)] if block.actors else []


def status_label(ctx: Ctx, block: Timeline, status: str) -> str:
    """Return the wording of a timeline status (the legend's, else the status capitalised)."""
    return block.legend.get(status) or ctx.label(status.capitalize(), status.capitalize())


def timeline_table(block: Timeline, ctx: Ctx) -> list:
    """Return the timeline table: marker number, date, event (with references), status."""
    headers = (list(block.headers) + ["", "", ""])[:3]
    rows = [head_row(ctx, ["#"] + headers)]
    for number, entry in enumerate(block.entries, start=1):
        status = ctx.styles.with_colour("cell_bold", STATUS_ROLES.get(entry.status, "text"))
        rows.append([ctx.para(str(number), "cell_muted"), ctx.para(entry.date_text, "cell"),
                     ctx.para(entry.label, "cell", entry.refs),
                     ctx.para(status_label(ctx, block, entry.status), status)])
    table = grid(ctx, rows, [0.05, 0.19, 0.59, 0.17], header=True, smaller=(0,))
    return [table] if block.entries else []


def _source_cell(item, ctx: Ctx) -> list[Paragraph]:
    """Return a source's text and, when it is an http(s) link, the link below it."""
    cell = [ctx.para(item.text, "cell")]
    url = safe_url(item.url)
    if url:
        link = f"<a href={quoteattr(url)} color={quoteattr(ctx.hex('accent'))}>"
        cell.append(Para(link + ctx.markup(url, "cell_muted") + "</a>",
                         ctx.styles.get("cell_muted")))
    return cell


def _grading_cell(item, ctx: Ctx) -> list[Paragraph]:
    """Return a source's Admiralty code and, below it, what the code means."""
    if not item.grading:
        return [ctx.para("\u2014", "cell_muted")]
    cell = [ctx.para(item.grading, "cell_bold")]
    return cell + ([ctx.para(item.grading_note, "cell_muted")] if item.grading_note else [])


def sources_table(block: Sources, ctx: Ctx) -> list:
    """Return the numbered sources, with a grading column and its legend when any is graded."""
    if not block.items:
        return []
    graded = any(item.grading for item in block.items)
    headers = ["#", ctx.label("Source", "Source")]
    headers += [ctx.label("Grading", "Grading")] if graded else []
    rows = [head_row(ctx, headers)]
    for item in block.items:
        row = [ctx.para(str(item.number), "cell_muted"), _source_cell(item, ctx)]
        rows.append(row + ([_grading_cell(item, ctx)] if graded else []))
    fractions = [0.05, 0.68, 0.27] if graded else [0.05, 0.95]
    legend = graded and block.legend
    if legend:
        rows.append([ctx.para(block.legend, "caption")] + [""] * (len(headers) - 1))
    table = grid(ctx, rows, fractions, header=True, smaller=(0,))
    if legend:  # the legend rides in a last, unruled row so it never leaves its table
        table.setStyle(TableStyle([("SPAN", (0, -1), (-1, -1)), ("LEFTPADDING", (0, -1), (-1, -1), 0),
                                   ("TOPPADDING", (0, -1), (-1, -1), 6),
                                   ("LINEBELOW", (0, -1), (-1, -1), 0, ctx.colour("background"))]))
    return [table]


def _evidence_number(item, ctx: Ctx) -> Paragraph:
    """Return an evidence number linking back to its first citation, when there is one."""
    text = f"[{item.number}]"
    back = ctx.cites.back_link(item.sid)
    if back:
        colour = quoteattr(ctx.hex("accent"))
        text = f"<a href={quoteattr('#' + back)} color={colour}>{text}</a>"
    target = f"<a name={quoteattr(anchor('ev', item.sid))}/>"
    return Para(target + text, ctx.styles.get("number"))


def _evidence_text(item, ctx: Ctx) -> Paragraph:
    """Return the quoted source sentence (the anchor sits on its number, which never wraps as CJK)."""
    quoted = item.lead() + "\u201c" + item.text + "\u201d"
    quoted += f" \u2014 {item.source}" if item.source else ""
    return Para(ctx.markup(quoted, "evidence"), ctx.styles.get("evidence", quoted))


def evidence_table(block: EvidenceList, ctx: Ctx) -> list:
    """Return the evidence list: each cited sentence quoted, numbered, linked both ways."""
    out: list = [ctx.para(block.intro, "muted")] if block.intro else []
    rows = [[_evidence_number(item, ctx), _evidence_text(item, ctx)] for item in block.items]
    if rows:
        table = grid(ctx, rows, [0.07, 0.93], header=False)
        table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (0, -1), 0),
                                   ("LINEABOVE", (0, 0), (-1, 0), 0, ctx.colour("background")),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.25, ctx.colour("rule"))]))
        out.append(table)
    return out
