"""What every PDF block builder shares: theme, styles, fonts, citations, frame width, warnings."""

from __future__ import annotations

from dataclasses import dataclass, field

from sitbrief.compose.brief import Brief, EvidenceList
from sitbrief.layout.theme import Theme
from sitbrief.render.pdf.markup import Citations, FontSet, has_cjk
from sitbrief.render.pdf.para import Para
from sitbrief.render.pdf.parsed import SHARED, ParsedMarkup
from sitbrief.render.pdf.styles import Styles, hex_colour, role_hex, tint


def evidence_targets(brief: Brief) -> set[str]:
    """Return the sentence ids that have an entry in an evidence list of the brief."""
    return {item.sid for section in brief.sections for block in section.blocks
            if isinstance(block, EvidenceList) for item in block.items}


@dataclass
class Ctx:
    """The state shared while a Brief is turned into flowables."""

    brief: Brief
    theme: Theme
    width: float
    fonts: FontSet = field(init=False)
    styles: Styles = field(init=False)
    cites: Citations = field(init=False)
    parsed: ParsedMarkup = field(init=False)
    warnings: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.fonts = FontSet(self.theme)
        self.styles = Styles(self.theme, self.fonts)
        self.parsed = SHARED.scope(self.theme)
        self.cites = Citations(self.brief.evidence, evidence_targets(self.brief),
                               self.hex("accent"))

    def markup(self, text: str, style: str) -> str:
        """Return `text` as escaped markup in the font runs of `style`."""
        return self.fonts.markup(text, self.styles.chain(style))

    def para(self, text: str, style: str = "body", refs: list[str] | None = None) -> Para:
        """Return one Paragraph of plain `text` with its reference marks."""
        body = self.markup(text, style) + self.cites.marks(refs or [], anchors=not has_cjk(text))
        return Para(body, self.styles.get(style, text), parsed=self.parsed)

    def colour(self, role: str):
        """Return the ReportLab colour of a theme role."""
        return hex_colour(self.hex(role))

    def tint(self, role: str, amount: float):
        """Return a theme role's colour mixed with white."""
        return tint(self.hex(role), amount)

    def hex(self, role: str) -> str:
        """Return the ``#RRGGBB`` of a theme role (derived when the theme leaves it out)."""
        return role_hex(self.theme, role)

    def table_font(self) -> tuple:
        """Return the table style command that keeps tables off ReportLab's default Helvetica."""
        body = self.styles.get("body")
        return ("FONT", (0, 0), (-1, -1), body.fontName, body.fontSize, body.leading)

    def label(self, key: str, default: str) -> str:
        """Return the brief's wording for label `key`, or `default`."""
        return self.brief.labels.get(key) or default
