"""The story of the PDF: header block, then each section's heading kept with its first block."""

from __future__ import annotations

from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from sitbrief.compose.brief import EvidenceList, Section
from sitbrief.render.pdf.blocks import block_flowables, box
from sitbrief.render.pdf.context import Ctx
from sitbrief.render.pdf.logo import logo

_NO_PADDING = [(f"{side}PADDING", (0, 0), (-1, -1), 0) for side in ("LEFT", "RIGHT", "TOP",
                                                                    "BOTTOM")]


class SectionMark(Flowable):
    """A zero-height flowable that carries a section's outline entry."""

    def __init__(self, title: str, key: str) -> None:
        super().__init__()
        self.sb_outline = (title, key)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Take no room."""
        return 0, 0

    def draw(self) -> None:
        """Draw nothing (the outline entry is added after the flowable)."""


class KeepStart(CondPageBreak):
    """Break the page unless a heading and the start of what follows it fit below."""

    def __init__(self, head: Flowable, follower: Flowable, min_follow: float) -> None:
        super().__init__(0)
        self.head, self.follower, self.min_follow = head, follower, min_follow

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Work out the room needed, then behave as a conditional page break."""
        head = self.head.wrap(avail_width, avail_height)[1] + self.head.getSpaceBefore() \
            + self.head.getSpaceAfter()
        follow = self.follower.wrap(avail_width, 1e6)[1] + self.follower.getSpaceBefore() + 2
        if isinstance(self.follower, (Paragraph, Table)) and not hasattr(self.follower, "whole"):
            full, follow = follow, min(follow, self.min_follow)
            if follow < full and not self._splits(avail_width, avail_height - head):
                follow = full  # a box that cannot break in the room left would leave the heading alone
        if hasattr(self.follower, "least_height"):  # a graphic that shrinks to the room left
            follow = min(follow, self.follower.least_height(avail_width) + 2)
        frame = self._doctemplateAttr("frame")
        limit = frame._height * 0.9 if frame else avail_height
        self.height = min(head + follow, limit)
        return super().wrap(avail_width, avail_height)

    def _splits(self, avail_width: float, room: float) -> bool:
        """Tell whether the follower can break so that a first part fits in `room`."""
        if not isinstance(self.follower, Table) or room <= 0:
            return True
        return bool(self.follower.split(avail_width, room))


def header(ctx: Ctx) -> list[Flowable]:
    """Return the page-1 header: organisation and logo, rule, title, date, serial, source, and
    the report it updates."""
    brief = ctx.brief
    image = logo(ctx)
    left = [ctx.para(brief.organisation, "org")]
    if brief.labels.get("Report"):
        left.append(ctx.para(brief.labels["Report"], "meta"))
    top = Table([[left, image or Spacer(1, 1)]], colWidths=[ctx.width * 0.7, ctx.width * 0.3],
                hAlign="LEFT")
    top.setStyle(TableStyle([ctx.table_font(), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                             ("ALIGN", (1, 0), (1, 0), "RIGHT"), *_NO_PADDING]))
    rule = HRFlowable(width="100%", thickness=1.6, color=ctx.colour("primary"), spaceBefore=5,
                      spaceAfter=9)
    meta = " \u00b7 ".join(t for t in (brief.date_label, brief.serial, brief.source_line) if t)
    out = [top, rule, ctx.para(brief.title, "title")]
    lines = [ctx.para(text, "meta") for text in (meta, brief.issued, brief.updates) if text]
    return out + lines + [Spacer(1, 8)]


def bluf(section: Section, key: str, ctx: Ctx) -> list[Flowable]:
    """Return the BLUF section as a shaded, ruled box labelled with the section title."""
    content: list[Flowable] = [ctx.para(section.title, "label")]
    for block in section.blocks:
        content += block_flowables(block, ctx)
    panel = box(ctx, content, "primary", ctx.colour("surface"), 3.5)
    panel.whole = True
    mark = SectionMark(section.title, key)
    return [KeepStart(mark, panel, 0), mark, panel, Spacer(1, 2)]


def section_flowables(section: Section, index: int, ctx: Ctx) -> list[Flowable]:
    """Return a section: its heading kept with the start of its first block, then the rest."""
    key = f"section-{index + 1}"
    if section.kind == "bluf":
        return bluf(section, key, ctx)
    heading = ctx.para(section.title, "heading")
    heading.sb_outline = (section.title, key)
    body = [f for block in section.blocks for f in block_flowables(block, ctx)]
    while body and isinstance(body[-1], Spacer):
        body.pop()
    start = [PageBreak()] if section.options.get("page_break_before") else []
    if not body:
        return start + [heading]
    min_follow = ctx.styles.get("body").leading * 4
    return start + [KeepStart(heading, body[0], min_follow), heading, *body]


def _is_late(section: Section) -> bool:
    """Tell whether a section holds an evidence list (built last: it needs every citation)."""
    return any(isinstance(block, EvidenceList) for block in section.blocks)


def story(ctx: Ctx) -> list[Flowable]:
    """Return every flowable of the brief in reading order."""
    sections = ctx.brief.sections
    built: dict[int, list[Flowable]] = {}
    for late in (False, True):
        for index, section in enumerate(sections):
            if _is_late(section) == late:
                built[index] = section_flowables(section, index, ctx)
    return header(ctx) + [f for index in range(len(sections)) for f in built[index]]
