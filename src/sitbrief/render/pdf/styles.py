"""Paragraph styles for the PDF, derived once from the theme's type scale and palette."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from sitbrief.layout.theme import Theme
from sitbrief.render.fonts import FontChain
from sitbrief.render.pdf.markup import FontSet, has_cjk

# name: (heading face, bold, italic, size key, size delta, leading factor, colour role)
_SPECS: dict[str, tuple[bool, bool, bool, str, float, float, str]] = {
    "title": (True, True, False, "title", 0, 1.22, "primary"),
    "org": (True, True, False, "heading", 0, 1.25, "primary"),
    "meta": (False, False, False, "small", 0.5, 1.4, "muted"),
    "heading": (True, True, False, "heading", 0, 1.25, "primary"),
    "body": (False, False, False, "body", 0, 1.36, "text"),
    "bluf": (False, False, False, "body", 1, 1.4, "text"),
    "label": (True, True, False, "small", 0, 1.3, "primary"),
    "cell": (False, False, False, "body", -0.5, 1.32, "text"),
    "cell_bold": (False, True, False, "body", -0.5, 1.32, "text"),
    "cell_head": (True, True, False, "small", 0, 1.3, "primary"),
    "cell_muted": (False, False, False, "small", 0.5, 1.32, "muted"),
    "bullet": (False, False, False, "body", 0, 1.36, "text"),
    "quote": (False, False, True, "body", 0.5, 1.42, "text"),
    "attribution": (False, False, False, "small", 0.5, 1.35, "muted"),
    "judgement": (False, False, False, "body", 0, 1.36, "text"),
    "judgement_label": (True, True, False, "small", 0, 1.3, "judgement"),
    "key_judgement": (False, False, False, "body", 0.5, 1.38, "text"),
    "key_qualifier": (True, True, False, "small", 0, 1.3, "judgement"),
    "muted": (False, False, False, "body", -0.5, 1.4, "muted"),
    "caption": (False, False, True, "small", 0, 1.35, "muted"),
    "evidence": (False, False, False, "small", 0.5, 1.38, "text"),
    "number": (False, True, False, "small", 0.5, 1.38, "accent"),
}
_ROLE_COLOURS = {"body": "text", "lead": "text", "bluf": "text", "muted": "muted",
                 "context": "text", "judgement": "text", "alert": "alert", "caption": "muted"}
_DEFAULT_SIZES = {"title": 17.0, "heading": 11.0, "body": 9.5, "small": 7.5}
# role: (role it derives from, tint) for roles a theme may leave out
_DERIVED = {"surface": ("primary", 0.07), "rule": ("muted", 0.35), "past": ("primary", 1.0),
            "planned": ("accent", 1.0), "ongoing": ("accent", 1.0), "judgement": ("accent", 1.0),
            "accent": ("primary", 1.0), "muted": ("text", 0.7), "primary": ("text", 1.0)}
_FIXED = {"text": "#1A1A1A", "background": "#FFFFFF"}


def size_of(theme: Theme, key: str) -> float:
    """Return the theme's size for `key` (title, heading, body, small)."""
    return float(theme.sizes.get(key) or _DEFAULT_SIZES[key])


def role_hex(theme: Theme, role: str) -> str:
    """Return the ``#RRGGBB`` of a colour role; roles a theme leaves out derive from others."""
    if theme.colours.get(role):
        return theme.colours[role]
    if role in _FIXED:
        return _FIXED[role]
    if role not in _DERIVED:
        return role_hex(theme, "text")
    base, amount = _DERIVED[role]
    if amount == 1.0:
        return role_hex(theme, base)
    return tint(role_hex(theme, base), amount).hexval().replace("0x", "#")


def hex_colour(value: str) -> colors.Color:
    """Return a ReportLab colour for ``#RRGGBB``."""
    return colors.HexColor(value)


def tint(value: str, amount: float) -> colors.Color:
    """Return `value` mixed with white: `amount` 0 is white, 1 the colour itself."""
    base = colors.HexColor(value)
    return colors.Color(*(1 - amount * (1 - c) for c in (base.red, base.green, base.blue)))


@dataclass
class Styles:
    """The named paragraph styles and the font chain each one draws with."""

    theme: Theme
    fonts: FontSet

    def __post_init__(self) -> None:
        self._styles = {name: self._make(name, *spec) for name, spec in _SPECS.items()}
        self._cjk: dict[str, ParagraphStyle] = {}
        self._flush: dict[str, ParagraphStyle] = {}
        self._base = {name: name for name in _SPECS}
        self._tune()

    def _make(self, name: str, heading: bool, bold: bool, italic: bool, size_key: str,
              delta: float, leading: float, role: str) -> ParagraphStyle:
        """Return one style with an embedded TrueType font set everywhere."""
        size = size_of(self.theme, size_key) + delta
        font = self.fonts.chain(heading, bold, italic).primary.fontName
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=round(size * leading, 2),
                              textColor=hex_colour(role_hex(self.theme, role)), bulletFontName=font,
                              bulletFontSize=size, alignment=TA_LEFT, splitLongWords=1,
                              allowWidows=0, allowOrphans=0, spaceBefore=0, spaceAfter=0)

    def _tune(self) -> None:
        """Set the spacing and indents that differ from the plain spec."""
        body = size_of(self.theme, "body")
        s = self._styles
        s["title"].spaceAfter = 3
        s["heading"].spaceBefore = body * 1.3
        s["heading"].spaceAfter = body * 0.5
        s["body"].spaceAfter = body * 0.5
        s["bullet"].leftIndent = body * 1.2
        s["bullet"].bulletIndent = body * 0.15
        s["bullet"].spaceAfter = body * 0.25
        s["attribution"].spaceBefore = 3
        s["judgement_label"].spaceAfter = 3
        for name in ("key_judgement", "key_qualifier"):
            s[name].leftIndent = body * 1.9
        s["key_judgement"].bulletIndent = 0
        s["key_judgement"].bulletFontName = self.fonts.chain(True, True, False).primary.fontName
        s["key_judgement"].bulletColor = s["key_qualifier"].textColor
        s["key_qualifier"].spaceBefore = 2
        s["key_qualifier"].spaceAfter = body * 0.75
        s["label"].spaceAfter = 2
        s["number"].alignment = TA_RIGHT

    def get(self, name: str, text: str = "") -> ParagraphStyle:
        """Return style `name`, wrapping between CJK characters when `text` holds any."""
        if not has_cjk(text):
            return self._styles[name]
        if name not in self._cjk:
            self._cjk[name] = ParagraphStyle(f"{name}-cjk", parent=self._styles[name],
                                             wordWrap="CJK")
        return self._cjk[name]

    def chain(self, name: str) -> FontChain:
        """Return the font chain style `name` draws with."""
        heading, bold, italic = _SPECS[self._base[name]][:3]
        return self.fonts.chain(heading, bold, italic)

    def without_space_after(self, style: ParagraphStyle) -> ParagraphStyle:
        """Return `style` with no space after it (the last paragraph of a box)."""
        key = f"{style.name}@flush"
        if key not in self._flush:
            self._flush[key] = ParagraphStyle(key, parent=style, spaceAfter=0)
        return self._flush[key]

    def with_colour(self, name: str, role: str) -> str:
        """Return a variant of style `name` in the colour of a role; its name is returned."""
        key = f"{name}@{role}"
        if key not in self._styles:
            colour = hex_colour(role_hex(self.theme, _ROLE_COLOURS.get(role, role)))
            self._styles[key] = ParagraphStyle(key, parent=self._styles[name], textColor=colour)
            self._base[key] = self._base[name]
        return key
