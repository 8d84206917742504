"""Write a Brief as a PowerPoint briefing deck in the layout's house style.

What goes in: a Brief, a resolved Theme and a path; what comes out: an editable .pptx (real text
in placeholders and text boxes, native tables and shapes) written atomically, and the warnings
(text continued or shortened, placeholders missing). Text is measured at write time so that it
fits; nothing relies on PowerPoint's autofit.
"""

from __future__ import annotations

from pathlib import Path

from sitbrief.compose.brief import Brief
from sitbrief.core.collector import collector_paused
from sitbrief.layout.theme import Theme
from sitbrief.render.fonts import describe_missing
from sitbrief.render.pptx.draw import draw_slide
from sitbrief.render.pptx.frame import EMU_PER_PT
from sitbrief.render.pptx.model import SlidePlan, TableSpec
from sitbrief.render.pptx.package import (
    DocInfo,
    build_time,
    drop_stale_parts,
    package_bytes,
    remove_slides,
    set_app_properties,
    set_core_properties,
    write_atomic,
)
from sitbrief.render.pptx.slides import plan_deck
from sitbrief.render.pptx.style import DeckStyle, deck_style
from sitbrief.render.pptx.template import cached_slot_frame, open_template, size_warning, slot_name


def write_pptx(brief: Brief, theme: Theme, path: Path) -> list[str]:
    """Write `brief` as a deck to `path` and return the warnings."""
    data, warnings = build_pptx(brief, theme)
    write_atomic(Path(path), data)
    return warnings


def build_pptx(brief: Brief, theme: Theme) -> tuple[bytes, list[str]]:
    """Return the deck for `brief` as bytes, with the warnings."""
    with collector_paused():
        return _build_pptx(brief, theme)


def _build_pptx(brief: Brief, theme: Theme) -> tuple[bytes, list[str]]:
    """Return the deck and the warnings (the collector paused by `build_pptx`)."""
    prs, plans, style, frames = plan_pptx(brief, theme)
    for plan in plans:
        draw_slide(prs, plan, frames[plan.slot], style)
    _finish(prs, brief)
    return package_bytes(prs, build_time()), _dedupe(style.warnings)


def plan_pptx(brief: Brief, theme: Theme) -> tuple[object, list[SlidePlan], DeckStyle, dict]:
    """Open the template and plan every slide; return it, the plans, style and slot frames."""
    prs = open_template(theme)
    remove_slides(prs)
    style = deck_style(theme, brief.labels, brief.language)
    if (warning := size_warning(prs, theme)) is not None:
        style.warnings.append(warning)
    size = (prs.slide_width / EMU_PER_PT, prs.slide_height / EMU_PER_PT)
    frames = _frames(prs, brief, theme)
    style.warnings += [w for frame in frames.values() for w in frame.warnings]
    plans = plan_deck(brief, style, frames, _slot_names(brief, theme), size)
    _warn_missing_glyphs(plans, style)
    return prs, plans, style, frames


def plan_texts(plan: SlidePlan) -> list[str]:
    """Return every text a slide plan writes: title, subtitle, shapes and table cells."""
    texts = [t.text for t in (plan.title, plan.subtitle) if t is not None]
    for shape in plan.shapes:
        if isinstance(shape, TableSpec):
            texts += [cell.text.text for row in shape.rows for cell in row]
        elif getattr(shape, "text", None) is not None:
            texts.append(shape.text.text)
    return texts


def _warn_missing_glyphs(plans: list[SlidePlan], style: DeckStyle) -> None:
    """Warn about characters no font of the chain covers (they show as boxes)."""
    text = "".join(t for plan in plans for t in plan_texts(plan))
    missing = style.body.chain().missing(text)
    if missing:
        style.warnings.append(describe_missing(missing))


def _slot_names(brief: Brief, theme: Theme) -> dict[str, str]:
    """Return the slot each slide kind of the brief uses."""
    return {s.kind: slot_name(s.kind, theme) for s in brief.slides}


def _frames(prs, brief: Brief, theme: Theme) -> dict:
    """Return the resolved slot frames the brief's slides use."""
    names = set(_slot_names(brief, theme).values())
    return {name: cached_slot_frame(prs, name, theme) for name in sorted(names)}


def _finish(prs, brief: Brief) -> None:
    """Set properties and drop what the template carried that is not about this deck."""
    drop_stale_parts(prs)
    info = DocInfo(title=brief.title, author=brief.organisation,
                   subject=brief.subject or brief.title, keywords=list(brief.keywords),
                   language=brief.language, identifier=brief.serial)
    set_core_properties(prs, info, build_time())
    set_app_properties(prs, brief.organisation)


def _dedupe(warnings: list[str]) -> list[str]:
    """Return `warnings` without repeats, in order."""
    return list(dict.fromkeys(warnings))
