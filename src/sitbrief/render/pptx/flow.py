"""Text blocks stacked down a slide (paragraphs, bullets, quotes, judgements, evidence).

What goes in: blocks and the content area; what comes out: pages of shapes, continued on further
slides when the floor size is not enough, with one base size shared by all pages.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sitbrief.compose.brief import (
    Bullets,
    EvidenceList,
    JudgementBlock,
    KeyJudgements,
    Paragraph,
    QuoteBlock,
)
from sitbrief.render.pptx.frame import GAP, Box
from sitbrief.render.pptx.model import Page, ShapeSpec, Styled
from sitbrief.render.pptx.style import DeckStyle
from sitbrief.render.pptx.text import frame, height_for
from sitbrief.render.textfit import (
    HEIGHT_MARGIN,
    PITCH,
    largest,
    scaled,
    size_grid,
    split_para,
    text_height,
)

BULLET_INDENT = 20.0


@dataclass(frozen=True)
class Frame:
    """How a flow item is framed: a coloured bar at the left, a fill, insets."""

    bar: float = 0.0
    bar_colour: str = "accent"
    fill: str | None = None  # colour role, or "tint:<role>"
    insets: tuple[float, float, float, float] = (7.2, 3.6, 7.2, 3.6)
    anchor: str = "t"


FRAMES = {
    "plain": Frame(insets=(0.0, 3.6, 0.0, 3.6)),
    "callout": Frame(6, "accent", "surface", (22, 18, 22, 18), "ctr"),
    "quote": Frame(4, "accent", "surface", (20, 14, 20, 14), "ctr"),
    "judgement": Frame(6, "judgement", "tint:judgement", (22, 16, 22, 16), "ctr"),
    "context": Frame(3, "rule", None, (16, 4, 7.2, 4)),
    "bare": Frame(insets=(0.0, 0.0, 0.0, 0.0)),  # one text frame (a placeholder) holds them all
}


@dataclass
class FlowItem:
    """One framed text item of a flow, with the evidence refs it shows."""

    items: list[Styled]
    frame: str = "plain"
    refs: list[str] | None = None
    rest: bool = False  # the second or later part of an item split across slides


def is_flow(block) -> bool:
    """Tell whether `block` is drawn by the flow (stacked text)."""
    return isinstance(block, (Paragraph, Bullets, QuoteBlock, JudgementBlock, KeyJudgements,
                              EvidenceList))


def flow_items(block, style: DeckStyle) -> list[FlowItem]:
    """Return the flow items of a text block."""
    if isinstance(block, Paragraph):
        return [FlowItem([style.styled(block.text, block.role)], _frame_of(block.role), block.refs)]
    if isinstance(block, Bullets):
        return [_bullets(block, style)]
    if isinstance(block, QuoteBlock):
        return [_quote(block, style)]
    if isinstance(block, JudgementBlock):
        return [_judgement(block, style)]
    if isinstance(block, KeyJudgements):
        return _key_judgements(block, style)
    return [_evidence(block, style)]


def _frame_of(role: str) -> str:
    """Return the frame a paragraph role is drawn in."""
    return {"bluf": "callout", "context": "context", "judgement": "judgement"}.get(role, "plain")


def _bullets(block: Bullets, style: DeckStyle) -> FlowItem:
    """Return a bulleted list as one item."""
    items = [style.styled(b.text, block.role, bullet="•", indent=BULLET_INDENT,
                          space_before=0.5) for b in block.items]
    refs = [r for b in block.items for r in b.refs]
    return FlowItem(items, _frame_of(block.role), refs)


def _quote(block: QuoteBlock, style: DeckStyle) -> FlowItem:
    """Return a quote call-out: the words, then the attribution."""
    words = " ".join(p for p in (block.portion, f"“{block.text.strip()}”") if p)
    items = [style.styled(words, "body", italic=True, scale=1.2)]
    if block.attribution.strip():
        items.append(style.styled(_attribution(block.attribution), "muted", space_before=0.6,
                                  scale=0.85))
    return FlowItem(items, "quote", block.refs)


def _attribution(text: str) -> str:
    """Return an attribution line led by a dash (added only when the wording has none)."""
    text = text.strip()
    return text if text[:1] in "—–-―" else f"— {text}"


def _judgement(block: JudgementBlock, style: DeckStyle) -> FlowItem:
    """Return a judgement: its qualifier as a label, then the judgement itself."""
    items = []
    if block.qualifier:
        items.append(style.styled(block.qualifier, "body", bold=True, scale=0.8,
                                  colour=style.colour("judgement")))
    items.append(style.styled(block.text, "body", scale=1.25, space_before=0.5))
    return FlowItem(items, "judgement", block.refs)


def _key_judgements(block: KeyJudgements, style: DeckStyle) -> list[FlowItem]:
    """Return each key judgement framed as a judgement (number and qualifier above), then the legend."""
    items = []
    for item in block.items:
        label = " · ".join(p for p in (str(item.number), item.qualifier) if p)
        items.append(_judgement(JudgementBlock(item.text, label, item.refs), style))
    if block.legend:
        items.append(FlowItem([style.styled(block.legend, "muted", scale=0.8)], "plain"))
    return items


def _evidence(block: EvidenceList, style: DeckStyle) -> FlowItem:
    """Return the evidence list: intro, then each sentence quoted with its number."""
    items = [style.styled(block.intro, "muted")] if block.intro else []
    items += [style.styled(f"[{e.number}] {e.lead()}“{e.text}”",
                           "body", scale=0.9, space_before=0.4)
              for e in block.items]
    return FlowItem(items, "plain", [e.sid for e in block.items])


# --- measuring and drawing items ------------------------------------------------------------

def item_height(item: FlowItem, width: float, size: float, style: DeckStyle) -> float:
    """Return the height of `item` drawn `width` wide at base `size`."""
    spec = FRAMES[item.frame]
    return height_for(item.items, width - spec.bar, size, style, insets=spec.insets)


def stack_height(items: list[FlowItem], width: float, size: float, style: DeckStyle) -> float:
    """Return the height of `items` stacked with gaps."""
    heights = [item_height(i, width, size, style) for i in items]
    return sum(heights) + GAP * max(len(items) - 1, 0)


def draw_item(item: FlowItem, x: float, y: float, width: float, size: float,
              style: DeckStyle) -> list[ShapeSpec]:
    """Return the shapes of `item` with its top-left corner at (x, y)."""
    spec = FRAMES[item.frame]
    height = item_height(item, width, size, style)
    shapes = []
    if spec.bar:
        shapes.append(ShapeSpec(Box(x, y, spec.bar, height), fill=style.colour(spec.bar_colour),
                                name="Bar"))
    text = frame(item.items, size, insets=spec.insets, anchor=spec.anchor)
    shapes.append(ShapeSpec(Box(x + spec.bar, y, width - spec.bar, height),
                            fill=_fill(spec.fill, style), text=text, name=f"Text {item.frame}"))
    return shapes


def _fill(fill: str | None, style: DeckStyle) -> str | None:
    """Return the colour of a frame fill ('tint:<role>' is the role mixed with white)."""
    if fill is None:
        return None
    if fill.startswith("tint:"):
        return style.tint(fill[5:], 0.88)
    return style.colour(fill)


# --- pagination -----------------------------------------------------------------------------

def flow_pages(blocks: list, area: Box, style: DeckStyle) -> list[Page]:
    """Return pages of stacked text for `blocks`, continued when one slide is not enough."""
    items = [i for b in blocks for i in flow_items(b, style)]
    items = [part for item in items for part in _split(item, area, style)]
    pages = _paginate(items, area, style)
    size = min(_page_size(page, area, style) for page in pages)
    return [_draw_page(page, area, size, style) for page in pages]


def bare_pages(blocks: list, area: Box, style: DeckStyle) -> list[tuple[list[FlowItem], float]]:
    """Return pages of unframed items for one text frame of `area`, with their shared size."""
    items = [replace(i, frame="bare") for b in blocks for i in flow_items(b, style)]
    items = [part for item in items for part in _split(item, area, style)]
    pages = _paginate(items, area, style)
    size = min(_page_size(page, area, style) for page in pages)
    return [(page, size) for page in pages]


def _fits(items: list[FlowItem], area: Box, size: float, style: DeckStyle) -> bool:
    """Tell whether `items` stack into `area` at `size`."""
    return stack_height(items, area.w, size, style) <= area.h


def _page_size(items: list[FlowItem], area: Box, style: DeckStyle) -> float:
    """Return the largest base size at which the page's items fit (the floor at worst)."""
    found = largest(size_grid(style.body_max, style.floor),
                    lambda s: _fits(items, area, s, style))
    return found or style.floor


def _paginate(items: list[FlowItem], area: Box, style: DeckStyle) -> list[list[FlowItem]]:
    """Group items into pages greedily at the comfortable size."""
    pages: list[list[FlowItem]] = [[]]
    for item in items:
        if pages[-1] and not _fits(pages[-1] + [item], area, style.comfortable, style):
            pages.append([])
        pages[-1].append(item)
    while len(pages) > 1 and _count(pages[-1]) < 2 and len(pages[-2]) > 1:  # no lone continuation
        moved = [pages[-2][-1], *pages[-1]]
        if not _fits(moved, area, style.comfortable, style):
            break
        pages[-2], pages[-1] = pages[-2][:-1], moved
    return pages


def _draw_page(items: list[FlowItem], area: Box, size: float, style: DeckStyle) -> Page:
    """Return the page's shapes, stacked from the top of `area`."""
    shapes, y = [], area.y
    for item in items:
        shapes += draw_item(item, area.x, y, area.w, size, style)
        y += item_height(item, area.w, size, style) + GAP
    refs = [r for item in items for r in (item.refs or [])]
    return Page(shapes, refs, size, count=_count(items), split=bool(items) and items[0].rest)


def _count(items: list[FlowItem]) -> int:
    """Return how many things `items` show: a call-out is one, a list one per line."""
    return sum(1 if item.frame in ("callout", "quote", "judgement") else len(item.items)
               for item in items)


def _split(item: FlowItem, area: Box, style: DeckStyle) -> list[FlowItem]:
    """Split an item too tall for a whole slide at the floor size into parts that fit."""
    if _fits([item], area, style.floor, style):
        return [item]
    spec = FRAMES[item.frame]
    width = area.w - spec.bar - spec.insets[0] - spec.insets[2]
    room = (area.h - spec.insets[1] - spec.insets[3] - 1.0) * HEIGHT_MARGIN
    parts, current = [], []
    pending = list(item.items)
    while pending:
        head = pending.pop(0)
        used = text_height([s.para for s in current], style.body, style.floor, width)
        left = room - used - (head.para.space_before * style.floor if current else 0)
        if left < PITCH * scaled(style.floor, head.para.scale) and current:
            parts.append(current)
            current, pending = [], [head, *pending]
            continue
        first, rest = split_para(head.para, style.body, style.floor, width,
                                 max(left, 1.0) / HEIGHT_MARGIN)
        current.append(replace(head, para=first))
        if rest is not None:
            parts.append(current)
            current, pending = [], [replace(head, para=rest), *pending]
    if current:
        parts.append(current)
    return [FlowItem(p, item.frame, item.refs, rest=k > 0) for k, p in enumerate(parts)]
