"""A Theme: the layout's brand resolved once (colours, fonts with fallbacks, sizes, page, deck).

Writers read a Theme, never layout YAML, so the PDF and the deck cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

MM = 72 / 25.4
EMU_PER_PT = 12700


@dataclass(frozen=True)
class FontFace:
    """A font family: the name the deck names, and the TTF files that give its metrics."""

    family: str
    regular: Path
    bold: Path | None = None
    italic: Path | None = None
    bold_italic: Path | None = None

    def file(self, bold: bool = False, italic: bool = False) -> Path:
        """Return the TTF for the style, falling back to regular."""
        if bold and italic and self.bold_italic:
            return self.bold_italic
        if bold and self.bold:
            return self.bold
        if italic and self.italic:
            return self.italic
        return self.regular


@dataclass(frozen=True)
class DeckSlot:
    """Where one slide kind goes in the deck template: a layout name and placeholder selectors."""

    layout: str
    placeholders: dict[str, dict[str, str | int]] = field(default_factory=dict)


@dataclass
class Theme:
    """Everything a writer needs to know about how a brief looks."""

    page_size: tuple[float, float]
    margins: tuple[float, float, float, float]  # top, right, bottom, left in points
    colours: dict[str, str]
    body_font: FontFace
    heading_font: FontFace
    fallbacks: list[FontFace]
    sizes: dict[str, float]
    logo: Path | None = None
    slide_size: tuple[int, int] = (12192000, 6858000)  # EMU, 16:9
    deck_template: Path | None = None
    deck_slots: dict[str, DeckSlot] = field(default_factory=dict)
    deck_sizes: dict[str, float] = field(default_factory=dict)
    portion_marks: bool = False
    use_template_theme: bool = False
    deck_merge: tuple[str, ...] = ("sources",)  # slide kinds put under the slide before when short
    deck_colours: dict[str, str] = field(default_factory=dict)  # colours with the master's theme
    deck_body_font: FontFace | None = None  # the master's body font when its theme is kept
    deck_heading_font: FontFace | None = None
    deck_notes: list[str] = field(default_factory=list)  # how the master's theme was applied
    chrome: dict[str, str] = field(default_factory=dict)  # chrome element -> auto/always/never
    map: dict[str, str | float | bool] = field(default_factory=dict)  # layout's `map` settings

    def colour(self, role: str) -> str:
        """Return the hex colour of semantic `role` (``#RRGGBB``)."""
        return self.colours.get(role) or self.colours["text"]

    def deck_colour(self, role: str) -> str:
        """Return the deck's colour of `role`: the master's theme colour when it is kept."""
        return self.deck_colours.get(role) or self.colour(role)

    def font_chain(self, bold: bool = False, italic: bool = False) -> list[Path]:
        """Return the body font file for the style followed by each fallback's."""
        return [self.body_font.file(bold, italic)] + [f.file(bold, italic) for f in self.fallbacks]
