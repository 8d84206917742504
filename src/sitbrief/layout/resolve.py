"""Validated settings → Theme: colours by role, fonts as paths, page and slide sizes."""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

from sitbrief.layout.master_theme import MasterTheme, read_master_theme
from sitbrief.layout.schema import ROLES, SLIDE_KINDS, Face, LayoutSettings
from sitbrief.layout.theme import MM, DeckSlot, FontFace, Theme

DEFAULT_ROLES = {
    "primary": "#1F3864", "accent": "#B85410", "text": "#1A1A1A", "muted": "#666666",
    "surface": "#F2F4F7", "alert": "#B00020", "judgement": "#5B2C83", "rule": "#BFC5CE",
    "past": "#1F3864", "planned": "#B85410", "background": "#FFFFFF",
}
PAPER_MM = {"A3": (297, 420), "A4": (210, 297), "A5": (148, 210),
            "Letter": (215.9, 279.4), "Legal": (215.9, 355.6)}
SLIDE_EMU = {"16:9": (12192000, 6858000), "4:3": (9144000, 6858000),
             "16:10": (10972800, 6858000)}
DEFAULT_SLOT = {"title": "title"}


def colour(settings: LayoutSettings, value: str) -> str:
    """Return `value` as #RRGGBB: a hex colour as is, a palette name looked up."""
    if value.startswith("#"):
        return value.upper()
    return settings.brand.palette[value].upper()


def slot_for(settings: LayoutSettings, kind: str) -> str:
    """Return the deck slot a slide of `kind` uses (its own `slot`, else title/content)."""
    for spec in settings.deck.slides:
        if spec.kind == kind and spec.slot:
            return spec.slot
    return DEFAULT_SLOT.get(kind, "content")


def reference_problems(settings: LayoutSettings) -> list[tuple[tuple[Any, ...], str]]:
    """Return (location, message) for names that refer to nothing: colours, levels, slots."""
    problems = []
    palette = settings.brand.palette
    for role, value in settings.brand.roles.items():
        if not value.startswith("#") and value not in palette:
            problems.append((("brand", "roles", role), _unknown("palette colour", value, palette)))
    for name, level in settings.marking.levels.items():
        for key in ("foreground", "background"):
            value = getattr(level, key)
            if not value.startswith("#") and value not in palette:
                problems.append((("marking", "levels", name, key),
                                 _unknown("palette colour", value, palette)))
    if settings.marking.level not in settings.marking.levels:
        message = _unknown("marking level", settings.marking.level, settings.marking.levels)
        problems.append((("marking", "level"), message))
    problems += judgement_problems(settings)
    for i, spec in enumerate(settings.deck.slides):
        slot = slot_for(settings, spec.kind) if spec.slot is None else spec.slot
        if slot not in settings.deck.slots:
            where = ("deck", "slides", i, "slot") if spec.slot else ("deck", "slides", i, "kind")
            problems.append((where, _unknown("deck slot", slot, settings.deck.slots)))
    return problems


def judgement_problems(settings: LayoutSettings) -> list[tuple[tuple[Any, ...], str]]:
    """Return problems of the likelihood scale's name and of judgements listed twice."""
    problems = []
    likelihood = settings.likelihood
    if likelihood.scale not in likelihood.scales:
        problems.append((("likelihood", "scale"),
                         _unknown("likelihood scale", likelihood.scale, likelihood.scales)))
    for where, specs in (("report", settings.report.sections), ("deck", settings.deck.slides)):
        kinds = [spec.kind for spec in specs]
        if "key_judgements" in kinds and "assessment" in kinds:
            key = "sections" if where == "report" else "slides"
            problems.append(((where, key, kinds.index("assessment"), "kind"),
                             "key_judgements and assessment both show the analyst's judgements; "
                             "keep one of them"))
    return problems


def _unknown(what: str, value: str, known: Any) -> str:
    """Explain a name that is not defined, suggesting the closest defined one."""
    names = list(known)
    close = difflib.get_close_matches(value, names, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else f"; defined: {', '.join(names) or 'none'}"
    return f"{what} {value!r} is not defined{hint}"


def page_size(settings: LayoutSettings) -> tuple[float, float]:
    """Return the page (width, height) in points, turned for landscape."""
    size = settings.page.size
    width_mm, height_mm = PAPER_MM[size] if isinstance(size, str) else size
    width, height = sorted((round(width_mm * MM, 3), round(height_mm * MM, 3)))
    return (height, width) if settings.page.orientation == "landscape" else (width, height)


def font_face(face: Face) -> FontFace:
    """Return a Theme font face with absolute paths."""
    optional = {k: Path(v) if v else None for k, v in
                (("bold", face.bold), ("italic", face.italic), ("bold_italic", face.bold_italic))}
    return FontFace(family=face.family, regular=Path(face.regular), **optional)


def colours(settings: LayoutSettings) -> dict[str, str]:
    """Return every role's colour plus the active marking's foreground and background."""
    resolved = {role: colour(settings, settings.brand.roles.get(role, DEFAULT_ROLES[role]))
                for role in ROLES}
    level = settings.marking.levels[settings.marking.level]
    resolved["marking_fg"] = colour(settings, level.foreground)
    resolved["marking_bg"] = colour(settings, level.background)
    return resolved


def deck_slots(settings: LayoutSettings) -> dict[str, DeckSlot]:
    """Return DeckSlots by slot name, plus one under each slide kind that is not a slot name."""
    slots = {}
    for name, slot in settings.deck.slots.items():
        places = {role: ph.model_dump(exclude_none=True)
                  for role in ("title", "subtitle", "body")
                  if (ph := getattr(slot, role)) is not None}
        slots[name] = DeckSlot(layout=slot.layout, placeholders=places)
    for kind in SLIDE_KINDS:
        slots.setdefault(kind, slots.get(slot_for(settings, kind)))
    return {k: v for k, v in slots.items() if v is not None}


def build_theme(settings: LayoutSettings) -> Theme:
    """Return the Theme for validated, asset-resolved `settings`."""
    fonts = settings.brand.fonts
    margins = settings.page.margins_mm
    template = Path(settings.deck.template) if settings.deck.template else None
    theme = Theme(
        page_size=page_size(settings),
        margins=tuple(m * MM for m in (margins.top, margins.right, margins.bottom, margins.left)),
        colours=colours(settings),
        body_font=font_face(fonts.body),
        heading_font=font_face(fonts.heading or fonts.body),
        fallbacks=[font_face(f) for f in fonts.fallbacks],
        sizes=settings.brand.sizes.model_dump(),
        logo=Path(settings.brand.logo) if settings.brand.logo else None,
        slide_size=SLIDE_EMU[settings.deck.slide_size],
        deck_template=template if template and template.is_file() else None,
        deck_slots=deck_slots(settings),
        deck_sizes=settings.deck.sizes.model_dump(),
        portion_marks=settings.marking.portion_marks,
        use_template_theme=settings.deck.use_template_theme,
        deck_merge=tuple(settings.deck.merge_short),
        chrome=settings.deck.chrome.model_dump(),
        map=settings.map.model_dump(),
    )
    if theme.use_template_theme and theme.deck_template is not None:
        keep_master_theme(theme, read_master_theme(theme.deck_template))
    return theme


def keep_master_theme(theme: Theme, master: MasterTheme) -> None:
    """Give the deck the master's theme colours and fonts (metrics from a matching face)."""
    theme.deck_colours = {**theme.colours, **master.role_colours()}
    known = [theme.body_font, theme.heading_font, *theme.fallbacks]
    theme.deck_body_font = _face_named(master.body, known, theme.body_font, theme)
    theme.deck_heading_font = _face_named(master.heading, known, theme.heading_font, theme)


def _face_named(family: str, known: list[FontFace], default: FontFace, theme: Theme) -> FontFace:
    """Return a face named `family`: a layout face of that family, else `default`'s files."""
    if not family:
        return default
    match = next((f for f in known if f.family.lower() == family.lower()), None)
    if match is not None:
        return FontFace(family, match.regular, match.bold, match.italic, match.bold_italic)
    note = (f"the master's theme font {family!r} has no TrueType file in the layout; deck "
            f"text names it but is fitted with {default.family}'s metrics (add it under "
            "brand.fonts to fit with its own)")
    if note not in theme.deck_notes:
        theme.deck_notes.append(note)
    return FontFace(family, default.regular, default.bold, default.italic, default.bold_italic)
