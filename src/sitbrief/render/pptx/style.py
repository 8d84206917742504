"""The deck's brand, resolved once from a Theme: colours, font sets, typefaces, type sizes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sitbrief.layout.theme import FontFace, Theme
from sitbrief.render.fonts import UNICODE_RANGE_BITS, declares_range, has_glyph, load_font
from sitbrief.render.pptx.model import Look, Styled
from sitbrief.render.textfit import FontSet, Para

ROLE_LOOK = {  # role -> (colour role, bold, italic, scale)
    "body": ("text", False, False, 1.0),
    "lead": ("text", False, False, 1.12),
    "bluf": ("text", False, False, 1.45),
    "muted": ("muted", False, False, 0.9),
    "context": ("text", False, False, 1.0),
    "judgement": ("text", False, False, 1.0),
    "alert": ("alert", True, False, 1.0),
    "caption": ("muted", False, True, 0.85),
}


@dataclass
class DeckStyle:
    """Colours by role, body and heading font sets, typeface names and deck type sizes."""

    theme: Theme
    body: FontSet
    heading: FontSet
    ea_typeface: str
    cs_typeface: str
    title_max: float
    body_max: float
    floor: float
    labels: dict[str, str] = field(default_factory=dict)
    lang: str = "en"
    faces: tuple = ()
    warnings: list[str] = field(default_factory=list)
    _by_script: dict[str, str] = field(default_factory=dict)

    def ea_for(self, text: str) -> str:
        """Return the East Asian typeface for `text`: the face that really has its CJK/Hangul glyphs."""
        char = next((c for c in text if _EAST_ASIAN.match(c)), None)
        if char is None:
            return self.ea_typeface
        script = "hangul" if _HANGUL.match(char) else "cjk"
        if script not in self._by_script:
            found = next((f.family for f in self.faces if has_glyph(load_font(f.regular), char)), None)
            self._by_script[script] = found or self.ea_typeface
        return self._by_script[script]

    def colour(self, role: str) -> str:
        """Return the hex colour of `role` (the master's theme colour when its theme is kept)."""
        return self.theme.deck_colour(role)

    def tint(self, role: str, amount: float) -> str:
        """Return `role`'s colour mixed with white (`amount` 0 = colour, 1 = white)."""
        return mix(self.colour(role), "#FFFFFF", amount)

    def fonts(self, face: str) -> FontSet:
        """Return the font set of `face` ('body' or 'heading')."""
        return self.heading if face == "heading" else self.body

    @property
    def comfortable(self) -> float:
        """Return the body size continuation is planned at (between floor and maximum)."""
        return round((self.floor + 0.4 * (self.body_max - self.floor)) * 2) / 2

    def label(self, key: str, default: str) -> str:
        """Return the brief's wording for label `key` (e.g. 'Evidence'), or `default`."""
        return self.labels.get(key) or self.labels.get(key.lower()) or default

    def styled(self, text: str, role: str = "body", **changes) -> Styled:
        """Return `text` as a paragraph styled by `role`, with Para or Look field changes."""
        colour, bold, italic, scale = ROLE_LOOK.get(role, ROLE_LOOK["body"])
        look_keys = {"colour", "align", "bullet", "link", "field"}
        look = {k: v for k, v in changes.items() if k in look_keys}
        para = {k: v for k, v in changes.items() if k not in look_keys}
        para = {"bold": bold, "italic": italic, "scale": scale, **para}
        return Styled(Para(text, **para), Look(look.pop("colour", self.colour(colour)), **look))


def mix(a: str, b: str, amount: float) -> str:
    """Return hex colour `a` mixed with `b` by `amount` (0 = a, 1 = b)."""
    ca = [int(a[i:i + 2], 16) for i in (1, 3, 5)]
    cb = [int(b[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * amount):02X}" for x, y in zip(ca, cb, strict=True))


_HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
_EAST_ASIAN = re.compile("[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")
_SAMPLE_SCRIPT = {"中": "cjk", "한": "hangul", "ب": "arabic", "א": "hebrew"}


def covering_family(faces: list[FontFace], sample: str, default: str) -> str:
    """Return the family of the first face that covers `sample`'s script.

    The font's declared OS/2 Unicode ranges answer without loading it; only a font that
    declares nothing is loaded and probed for the glyph.
    """
    bit = UNICODE_RANGE_BITS.get(_SAMPLE_SCRIPT.get(sample, ""))
    for face in faces:
        declared = declares_range(face.regular, bit) if bit is not None else None
        if declared or (declared is None and has_glyph(load_font(face.regular), sample)):
            return face.family
    return default


def deck_style(theme: Theme, labels: dict[str, str] | None = None,
               lang: str = "en") -> DeckStyle:
    """Resolve the deck's style from `theme`."""
    fallbacks = tuple(theme.fallbacks)
    body_font = theme.deck_body_font or theme.body_font
    heading_font = theme.deck_heading_font or theme.heading_font
    faces = [body_font, *fallbacks]
    sizes = theme.deck_sizes
    floor = float(sizes.get("floor", 11))
    return DeckStyle(
        theme=theme,
        body=FontSet(body_font, fallbacks),
        heading=FontSet(heading_font, fallbacks),
        ea_typeface=covering_family(faces, "中", body_font.family),
        cs_typeface=covering_family(faces, "ب", body_font.family),
        faces=tuple(faces),
        title_max=max(float(sizes.get("title", 28)), floor),
        body_max=max(float(sizes.get("body", 18)), floor),
        floor=floor,
        labels=dict(labels or {}),
        lang=lang or "en",
    )
