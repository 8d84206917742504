"""Blocks of a Brief as ReportLab flowables: paragraphs, bullets, call-outs, judgement boxes."""

from __future__ import annotations

import re
from collections.abc import Callable

from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from sitbrief.compose.brief import (
    Block,
    Bullets,
    JudgementBlock,
    KeyJudgements,
    Paragraph,
    QuoteBlock,
    Timeline,
)
from sitbrief.render.pdf.context import Ctx
from sitbrief.render.pdf.map import map_flowables
from sitbrief.render.pdf.tables import (
    actors_table,
    evidence_table,
    key_facts_table,
    sources_table,
    timeline_table,
)
from sitbrief.render.pdf.timeline import TimelineGraphic, timeline_parts

_PARAGRAPH_STYLES = {"bluf": "bluf", "lead": "bluf", "caption": "caption", "muted": "muted"}
_BLANK_LINE = re.compile(r"\n\s*\n")
_DASHES = "-\u2013\u2014\u2015"
_OPEN_QUOTES = "\"'\u201c\u2018\u00ab\u300c"


def paragraph(block: Paragraph, ctx: Ctx) -> list[Flowable]:
    """Return one Paragraph per paragraph of the block, styled by role (judgement gets the box)."""
    if block.role == "judgement":
        return judgement(JudgementBlock(block.text, "", block.refs), ctx)
    style = _PARAGRAPH_STYLES.get(block.role, "body")
    if block.role in ("alert", "context"):
        style = ctx.styles.with_colour(style, block.role)
    parts = [p for p in _BLANK_LINE.split(block.text.strip()) if p.strip()] or [""]
    return [ctx.para(p, style, block.refs if i == len(parts) - 1 else None)
            for i, p in enumerate(parts)]


def bullets(block: Bullets, ctx: Ctx) -> list[Flowable]:
    """Return one bulleted Paragraph per item."""
    style = ctx.styles.with_colour("bullet", block.role)
    out = []
    for item in block.items:
        para = ctx.para(item.text, style, item.refs)
        para.bulletText = "\u2022"
        out.append(para)
    return out


def box(ctx: Ctx, content: list[Flowable], rule: str, fill, rule_width: float = 2.5,
        note: Flowable | None = None) -> Table:
    """Return a full-width box with a coloured rule on its left edge, split-able inside.

    A `note` (e.g. a legend) is set just below the box, outside its rule and fill, in the same
    table so that it stays with the box's end.
    """
    rows = [[content]] + ([[note]] if note is not None else [])
    table = Table(rows, colWidths=[ctx.width], splitInRow=1, hAlign="LEFT")
    style = [ctx.table_font(), ("LINEBEFORE", (0, 0), (0, 0), rule_width, ctx.colour(rule)),
             ("LEFTPADDING", (0, 0), (-1, -1), 11), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
             ("TOPPADDING", (0, 0), (-1, -1), 5.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6.5),
             ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if fill is not None:
        style.append(("BACKGROUND", (0, 0), (0, 0), fill))
    if note is not None:
        style += [("LEFTPADDING", (0, 1), (0, 1), 0), ("TOPPADDING", (0, 1), (0, 1), 4),
                  ("BOTTOMPADDING", (0, 1), (0, 1), 0)]
    table.setStyle(TableStyle(style))
    return table


def quoted(text: str) -> str:
    """Return `text` in typographic quotation marks unless it already opens with one."""
    text = text.strip()
    return text if text[:1] in _OPEN_QUOTES else f"\u201c{text}\u201d"


def attributed(text: str) -> str:
    """Return an attribution line opening with a dash (unless the wording already has one)."""
    text = text.strip()
    return text if text[:1] in _DASHES else f"\u2014 {text}"


def quote(block: QuoteBlock, ctx: Ctx) -> list[Flowable]:
    """Return a quote call-out: left rule, italic text, attribution line with references."""
    text = " ".join(p for p in (block.portion, quoted(block.text)) if p)
    content = [ctx.para(text, "quote")]
    if block.attribution:
        content.append(ctx.para(attributed(block.attribution), "attribution", block.refs))
    elif block.refs:
        content[0] = ctx.para(text, "quote", block.refs)
    return [box(ctx, content, "accent", None, 2), _gap(ctx)]


def judgement(block: JudgementBlock, ctx: Ctx) -> list[Flowable]:
    """Return an analyst judgement: labelled, tinted, ruled in the judgement colour."""
    label = ctx.label("Judgement", "Analyst judgement")
    if block.qualifier:
        label = f"{label} \u00b7 {block.qualifier}"
    content = [ctx.para(label, "judgement_label"), ctx.para(block.text, "judgement", block.refs)]
    return [box(ctx, content, "judgement", ctx.tint("judgement", 0.09), 3), _gap(ctx)]


def key_judgements(block: KeyJudgements, ctx: Ctx) -> list[Flowable]:
    """Return the key judgements: numbered, each with its likelihood and confidence, in one box."""
    content: list[Flowable] = []
    for item in block.items:
        text = ctx.para(item.text, "key_judgement", item.refs)
        text.bulletText = str(item.number)
        content.append(text)
        if item.qualifier:
            content.append(ctx.para(item.qualifier, "key_qualifier"))
    content[-1].style = ctx.styles.without_space_after(content[-1].style)
    legend = ctx.para(block.legend, "caption") if block.legend else None
    panel = box(ctx, content, "judgement", ctx.tint("judgement", 0.07), 3, note=legend)
    panel.spaceAfter = ctx.styles.get("body").fontSize * 1.1  # kept even when a section ends here
    return [panel]


# Over this many dated events a drawing is unreadable (and numbered markers stacked on one day
# would not fit a page): the table alone lists them.
MAX_DRAWN_EVENTS = 30


def timeline(block: Timeline, ctx: Ctx) -> list[Flowable]:
    """Return the drawn timeline (when two or more dates are resolved), caption and table.

    With fewer than two dated events a drawing says nothing the table does not: table only.
    """
    out: list[Flowable] = []
    if 2 <= len(TimelineGraphic(block, ctx).dated) <= MAX_DRAWN_EVENTS:
        parts = timeline_parts(block, ctx)
        for part in parts[:-1]:
            out += [part, Spacer(1, ctx.styles.get("body").fontSize * 0.8)]
        out.append(parts[-1])
    if block.caption:
        out.append(ctx.para(block.caption, "caption"))
    out.append(_gap(ctx))
    return out + timeline_table(block, ctx)


def _gap(ctx: Ctx) -> Flowable:
    """Return a small vertical gap between blocks."""
    return Spacer(1, ctx.styles.get("body").fontSize * 0.6)


BUILDERS: dict[str, Callable[[Block, Ctx], list[Flowable]]] = {
    "paragraph": paragraph, "bullets": bullets, "key_facts": key_facts_table,
    "actors": actors_table, "timeline": timeline, "quote": quote, "judgement": judgement,
    "key_judgements": key_judgements, "sources": sources_table, "evidence": evidence_table,
    "map": map_flowables,
}


def block_flowables(block: Block, ctx: Ctx) -> list[Flowable]:
    """Return the flowables that draw `block`."""
    return BUILDERS[block.kind](block, ctx)
