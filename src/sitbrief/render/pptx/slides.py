"""Plan every slide of a Brief: title slide, content slides (continued when long), and chrome.

What goes in: a Brief, the deck style and the resolved slots; what comes out: SlidePlans with
final text sizes, ready to draw. Every slide gets the marking top and bottom, a footer and its
number; every content slide gets speaker notes quoting its evidence.
"""

from __future__ import annotations

from pathlib import Path

from sitbrief.compose.brief import Actors, Brief, KeyFacts, MapBlock, Paragraph, Slide, Sources, Timeline
from sitbrief.render.images import image_problem
from sitbrief.render.pptx.cards import card_pages
from sitbrief.render.pptx.flow import flow_pages, is_flow
from sitbrief.render.pptx.frame import BAND, FOOTER, GAP, SIDE, Box
from sitbrief.render.pptx.map import map_pages
from sitbrief.render.pptx.model import INSETS, Page, PictureSpec, ShapeSpec, SlidePlan
from sitbrief.render.pptx.notes import notes_text
from sitbrief.render.pptx.placeholders import (
    body_pages,
    draws,
    field_role,
    field_texts,
    placeholder_label,
)
from sitbrief.render.pptx.style import DeckStyle
from sitbrief.render.pptx.tables import (
    events_table,
    key_facts_table,
    sources_table,
    table_pages,
    upcoming_table,
)
from sitbrief.render.pptx.template import SlotFrame
from sitbrief.render.pptx.text import fit_label
from sitbrief.render.pptx.timeline import day_of, timeline_pages

MARK_INSETS = (8.0, 1.0, 8.0, 1.0)


def plan_deck(brief: Brief, style: DeckStyle, slots: dict[str, SlotFrame],
              slot_names: dict[str, str], size: tuple[float, float]) -> list[SlidePlan]:
    """Return the plans of every slide of `brief`, in order, chrome included."""
    plans: list[SlidePlan] = []
    cover = None
    for slide in brief.slides:
        name = slot_names[slide.kind]
        if slide.kind == "title":
            cover = (len(plans), slide, slots[name])
            plans.append(title_plan(slide, brief, style, slots[name], size))
        elif not (slide.kind in style.theme.deck_merge and plans and plans[-1].kind != "title"
                  and merge_under(plans[-1], slide, brief, style, slots[name], size)):
            planned = content_plans(slide, brief, style, slots[name], size)
            if cover and _lone_source(slide, style):
                index, title, frame = cover  # one source that fits nowhere: on the cover instead
                plans[index] = title_plan(title, brief, style, frame, size, source=True)
                continue
            plans += planned
    for number, plan in enumerate(plans, start=1):
        frame = slots[slot_names[plan.kind]]
        plan.shapes += chrome(brief, style, size, number, frame)
        plan.fields = field_texts(_field_values(brief, number), frame, style)
    return plans


def _field_values(brief: Brief, number: int) -> dict[str, str]:
    """Return the footer, date and slide-number texts of slide `number`."""
    return {"footer": brief.footer or brief.organisation, "date": brief.date_label,
            "number": str(number)}


# --- the title slide -----------------------------------------------------------------------

def _lone_source(slide: Slide, style: DeckStyle) -> bool:
    """Tell whether `slide` is a mergeable Sources slide of a single source (it goes on the cover)."""
    return slide.kind == "sources" and slide.kind in style.theme.deck_merge and \
        sum(len(b.items) for b in slide.blocks if isinstance(b, Sources)) == 1


def title_plan(slide: Slide, brief: Brief, style: DeckStyle, frame: SlotFrame,
               size: tuple[float, float], source: bool = False) -> SlidePlan:
    """Return the title slide: title, date and organisation, serial, logo, brand stripe.

    With `source`, the brief's source line goes under the subtitle (a deck of one source that
    had no room under another slide gets no Sources slide of its own).
    """
    width, height = size
    title_box = frame.title or Box(SIDE + 16, height * 0.24, width * 0.7, height * 0.36)
    items = [style.styled(slide.title or brief.title, "body", bold=True,
                          colour=style.colour("primary"))]
    top = style.title_max * 1.3
    if "title" not in frame.formats:
        title = fit_label(items, title_box, style, top, style.floor, "heading", anchor="b")
    else:
        title = placeholder_label(items, title_box, frame.format("title"), style, top,
                                  style.floor, "heading", style.colour("primary"))
    sub_box = frame.subtitle or title_box.below(height * 0.12, 16)
    sub_items = _subtitle_items(slide, brief, style)
    if source and brief.source_line:
        sub_items.append(style.styled(brief.source_line, "muted", scale=0.8, space_before=0.2))
    if "subtitle" not in frame.formats:
        subtitle = fit_label(sub_items, sub_box, style, style.body_max * 1.1, style.floor)
    else:
        subtitle = placeholder_label(sub_items, sub_box, frame.format("subtitle"), style,
                                     style.body_max * 1.1, style.floor, "body",
                                     style.colour("text"))
    shapes = []
    if draws(style, "title_rule", frame):
        shapes.append(ShapeSpec(Box(rule_x(title_box, frame, 72), title_box.bottom + 6, 72, 4),
                                fill=style.colour("accent"), name="Title rule"))
    if draws(style, "stripe", frame):
        shapes.append(ShapeSpec(Box(0, BAND, 14, height - 2 * BAND),
                                fill=style.colour("primary"), name="Brand stripe"))
    if style.theme.logo and image_problem(Path(style.theme.logo)) is None:
        shapes.append(PictureSpec(style.theme.logo, Box(width - SIDE - 180, BAND + 24, 180, 60)))
    return SlidePlan("title", frame.name, title, subtitle, shapes,
                     notes_text(brief, [], style), [])


def _subtitle_items(slide: Slide, brief: Brief, style: DeckStyle) -> list:
    """Return the subtitle lines: date and organisation, then serial and distribution, and the
    report this one updates."""
    line = slide.subtitle or " · ".join(p for p in (brief.date_label, brief.organisation) if p)
    items = [style.styled(line, "body", colour=style.colour("text"))]
    extra = " · ".join(p for p in (brief.serial, brief.marking.distribution) if p)
    if brief.issued:
        items.append(style.styled(brief.issued, "muted", scale=0.8, space_before=0.6))
    if extra:
        items.append(style.styled(extra, "muted", scale=0.8, space_before=0.2 if brief.issued else 0.6))
    if brief.updates:
        items.append(style.styled(brief.updates, "muted", scale=0.8, space_before=0.2))
    return items


# --- content slides ------------------------------------------------------------------------

def content_area(frame: SlotFrame, size: tuple[float, float]) -> Box:
    """Return where content goes: the body placeholder, else below the title to the footer."""
    width, height = size
    footer_top = height - BAND - FOOTER - 4
    if frame.body is not None:
        body = frame.body
        return Box(body.x + INSETS[0], body.y, body.w - 2 * INSETS[0],
                   min(body.bottom, footer_top - 8) - body.y)
    title = frame.title or Box(SIDE, BAND + 12, width - 2 * SIDE, 62)
    top = title.bottom + 18
    return Box(title.x + INSETS[0], top, title.w - 2 * INSETS[0], footer_top - 10 - top)


def content_plans(slide: Slide, brief: Brief, style: DeckStyle, frame: SlotFrame,
                  size: tuple[float, float]) -> list[SlidePlan]:
    """Return the slides of a content slide: one per page of its blocks."""
    if frame.body is not None and slide.blocks and all(is_flow(b) for b in slide.blocks):
        return _body_plans(slide, brief, style, frame, size)
    area = content_area(frame, size)
    pages = block_pages(slide, area, style)
    continued = style.label("Continued", "(cont.)")
    if len(pages) > 1 and any(p.size is not None and p.size <= style.floor + 1e-6 for p in pages):
        style.warnings.append(f"slide {slide.title!r}: text at the floor size "
                              f"({style.floor:g} pt) continued on {len(pages)} slides")
    plans = []
    for index, page in enumerate(pages):
        text = slide.title if index == 0 else f"{slide.title} {continued}"
        plans.append(SlidePlan(slide.kind, frame.name, _title(text, frame, style, size),
                               None, _title_rule(frame, size, style) + page.shapes,
                               notes_text(brief, page.refs, style), page.refs,
                               continued=index > 0, count=page.count, split=page.split))
    return plans


def merge_under(plan: SlidePlan, slide: Slide, brief: Brief, style: DeckStyle, frame: SlotFrame,
                size: tuple[float, float]) -> bool:
    """Put a short slide under the content of `plan`, titled as a subheading, if it fits whole.

    It must fit on what is left of the slide without continuing or shrinking below the
    comfortable size; otherwise nothing changes and False is returned.
    """
    if plan.body is not None:  # text in the master's body placeholder: its extent is the master's
        return False
    area = content_area(frame, size)
    used = max((s.box.bottom for s in plan.shapes if getattr(s, "name", "") != "Title rule"),
               default=area.y)
    heading = Box(area.x, used + 2 * GAP, area.w, style.comfortable * 1.6)
    room = Box(area.x, heading.bottom + 2, area.w, area.bottom - heading.bottom - 2)
    if room.h < style.comfortable * 3:
        return False
    pages = block_pages(slide, room, style)
    if len(pages) != 1 or (pages[0].size is not None and pages[0].size < style.comfortable):
        return False
    if not _within(pages[0], room):
        return False
    items = [style.styled(slide.title, "body", bold=True, colour=style.colour("primary"))]
    label = fit_label(items, heading, style, style.comfortable, style.floor, "heading", anchor="b")
    plan.shapes += [ShapeSpec(heading, text=label, name="Subheading")] + pages[0].shapes
    plan.refs += [r for r in pages[0].refs if r not in plan.refs]
    plan.notes = notes_text(brief, plan.refs, style)
    plan.count += pages[0].count
    return True


def _within(page: Page, room: Box) -> bool:
    """Tell whether every shape of `page` lies inside `room`."""
    return all(s.box.y >= room.y - 0.5 and s.box.bottom <= room.bottom + 0.5 for s in page.shapes)
def _body_plans(slide: Slide, brief: Brief, style: DeckStyle, frame: SlotFrame,
                size: tuple[float, float]) -> list[SlidePlan]:
    """Return the slides of a text-only slide written into the slot's body placeholder."""
    pages = body_pages(slide.blocks, frame, style)
    if len(pages) > 1 and pages[0][2] <= style.floor + 1e-6:
        style.warnings.append(f"slide {slide.title!r}: text at the floor size "
                              f"({style.floor:g} pt) continued on {len(pages)} slides")
    continued = style.label("Continued", "(cont.)")
    plans = []
    for index, (spec, refs, _) in enumerate(pages):
        text = slide.title if index == 0 else f"{slide.title} {continued}"
        plans.append(SlidePlan(slide.kind, frame.name, _title(text, frame, style, size), None,
                               _title_rule(frame, size, style),
                               notes_text(brief, refs, style), refs, body=spec,
                               continued=index > 0, count=len(spec.paras)))
    return plans


def _title(text: str, frame: SlotFrame, style: DeckStyle, size: tuple[float, float]):
    """Return a content slide's title frame, sized to fit its placeholder."""
    box = frame.title or Box(SIDE, BAND + 12, size[0] - 2 * SIDE, 62)
    items = [style.styled(text, "body", bold=True, colour=style.colour("primary"))]
    if "title" not in frame.formats:
        return fit_label(items, box, style, style.title_max, style.floor, "heading", anchor="b")
    return placeholder_label(items, box, frame.format("title"), style, style.title_max,
                             style.floor, "heading", style.colour("primary"))


def _title_rule(frame: SlotFrame, size: tuple[float, float], style: DeckStyle) -> list:
    """Return the short accent rule under a content slide's title (unless the master decorates)."""
    if not draws(style, "title_rule", frame):
        return []
    box = frame.title or Box(SIDE, BAND + 12, size[0] - 2 * SIDE, 62)
    return [ShapeSpec(Box(rule_x(box, frame, 56), box.bottom + 4, 56, 3.5),
                      fill=style.colour("accent"), name="Title rule")]


def rule_x(box: Box, frame: SlotFrame, width: float) -> float:
    """Return where a title rule starts: under the title's first letter, as the title aligns."""
    fmt = frame.formats.get("title")
    align = fmt.align if fmt is not None else "l"
    left, _, right, _ = fmt.insets if fmt is not None else INSETS
    if align == "ctr":
        return box.x + (box.w - width) / 2
    if align == "r":
        return box.right - right - width
    return box.x + left


def block_pages(slide: Slide, area: Box, style: DeckStyle) -> list[Page]:
    """Return the pages of a slide's blocks: text flows stacked, others one kind per page."""
    pages: list[Page] = []
    run: list = []
    for block in slide.blocks:
        if is_flow(block):
            run.append(block)
            continue
        if run:
            pages += flow_pages(run, area, style)
            run = []
        pages += _block_pages(block, slide, area, style)
    if run:
        pages += flow_pages(run, area, style)
    return pages or [Page([])]


def _block_pages(block, slide: Slide, area: Box, style: DeckStyle) -> list[Page]:
    """Return the pages of a non-text block (table, cards or timeline)."""
    if isinstance(block, KeyFacts):
        return table_pages(key_facts_table(block, style), area, style)
    if isinstance(block, Sources):
        return table_pages(sources_table(block, style), area, style)
    if isinstance(block, Actors):
        return card_pages(block, area, style)
    if isinstance(block, Timeline) and slide.kind == "upcoming":
        model = upcoming_table(block, style)
        if model.rows:
            return table_pages(model, area, style)
        none = style.label("No upcoming events", "No planned events are reported.")
        return flow_pages([Paragraph(none, "muted")], area, style)
    if isinstance(block, Timeline) and sum(day_of(e) is not None for e in block.entries) < 2:
        return table_pages(events_table(block, style, block.entries), area, style)
    if isinstance(block, Timeline):
        return timeline_pages(block, area, style)
    if isinstance(block, MapBlock):
        return map_pages(block, area, style)
    raise TypeError(f"no deck drawing for block kind {getattr(block, 'kind', block)!r}")


# --- chrome: marking, footer, slide number -------------------------------------------------

def marking_text(brief: Brief) -> str:
    """Return the banner text: the marking and its caveats."""
    marking = brief.marking
    return " // ".join(p for p in (marking.text, marking.caveats) if p)


def chrome(brief: Brief, style: DeckStyle, size: tuple[float, float], number: int,
           frame: SlotFrame | None = None) -> list:
    """Return the marking bands and, where the master has none, footer and slide number."""
    width, height = size
    fg = style.theme.colours.get("marking_fg") or brief.marking.foreground
    bg = style.theme.colours.get("marking_bg") or brief.marking.background
    shapes = [_band(Box(0, 0, width, BAND), brief, style, fg, bg, "Marking top"),
              _band(Box(0, height - BAND, width, BAND), brief, style, fg, bg, "Marking bottom")]
    footer = frame is None or field_role(style, "footer", "footer", frame) == "sitbrief"
    numbered = frame is None or field_role(style, "slide_number", "number", frame) == "sitbrief"
    return shapes + _footer(brief, style, size, number, footer, numbered)


def _band(box: Box, brief: Brief, style: DeckStyle, fg: str, bg: str, name: str) -> ShapeSpec:
    """Return a marking band: the marking centred on its colour across the slide."""
    items = [style.styled(marking_text(brief), "body", bold=True, colour=fg, align="ctr")]
    text = fit_label(items, box, style, 10, 6, insets=MARK_INSETS, anchor="ctr")
    return ShapeSpec(box, fill=bg, text=text, name=name)


def _footer(brief: Brief, style: DeckStyle, size: tuple[float, float], number: int,
            footer: bool = True, numbered: bool = True) -> list:
    """Return the footer rule, footer text (left) and slide number (right) asked for."""
    width, height = size
    top = height - BAND - FOOTER - 2
    left, right = SIDE + INSETS[0], width - SIDE - INSETS[0]
    if not (footer or numbered):
        return []
    shapes = [ShapeSpec(Box(left, top - 2, right - left, 0), "line", line=style.colour("rule"),
                        line_width=0.75, name="Footer rule")]
    text = brief.footer or brief.organisation
    if text and footer:
        box = Box(left - INSETS[0], top, (right - left) * 0.8, FOOTER)
        items = [style.styled(text, "muted")]
        shapes.append(ShapeSpec(box, text=fit_label(items, box, style, 10, 7, anchor="ctr"),
                                name="Footer"))
    if not numbered:
        return shapes
    box = Box(right - 80 + INSETS[0], top, 80, FOOTER)
    items = [style.styled(str(number), "muted", align="r", field="slidenum")]
    shapes.append(ShapeSpec(box, text=fit_label(items, box, style, 10, 7, anchor="ctr"),
                            name="Slide number"))
    return shapes


__all__ = ["GAP", "plan_deck"]
