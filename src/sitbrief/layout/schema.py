"""The layout.yaml schema: validated after merging the extends chain; unknown keys refused."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from sitbrief.layout.scales import LikelihoodSettings

Colour = Annotated[str, StringConstraints(pattern=r"^(#[0-9A-Fa-f]{6}|[a-z][a-z0-9_-]*)$")]
HexColour = Annotated[str, StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$")]
# Asset paths are written relative to their layout.yaml and made absolute (inside that layout's
# folder) before the chain is merged, so the limit allows for the folder's own path.
AssetPath = Annotated[str, StringConstraints(min_length=1, max_length=2000)]

SECTION_KINDS = ("header", "key_judgements", "bluf", "changes", "key_facts", "actors", "timeline", "upcoming",
                 "quotes", "context", "assessment", "sources", "related", "evidence", "map", "discrepancies")
SLIDE_KINDS = ("title", "key_judgements", "bluf", "changes", "key_facts", "actors", "timeline", "upcoming",
               "quotes", "context", "assessment", "sources", "map", "discrepancies")
ROLES = ("primary", "accent", "text", "muted", "surface", "alert", "judgement", "rule",
         "past", "planned", "background")


class Strict(BaseModel):
    """Base: unknown keys are refused, values are not coerced across types."""

    model_config = ConfigDict(extra="forbid")


# A page side in millimetres: finite, and big enough for margins, banners and a line of text.
PageSide = Annotated[float, Field(ge=50, le=1500, allow_inf_nan=False)]


class Margins(Strict):
    top: float = Field(20, ge=5, le=80)
    right: float = Field(18, ge=5, le=80)
    bottom: float = Field(20, ge=5, le=80)
    left: float = Field(18, ge=5, le=80)


class Page(Strict):
    """Paper size, orientation and margins (millimetres)."""

    size: Literal["A4", "A3", "A5", "Letter", "Legal"] | tuple[PageSide, PageSide] = Field(
        "A4", description="A paper name, or [width, height] in millimetres (each 50 to 1500).")
    orientation: Literal["portrait", "landscape"] = "portrait"
    margins_mm: Margins = Field(default_factory=Margins)


class Face(Strict):
    """A font family: the name shown in the deck and its TTF files (relative to the layout)."""

    family: str
    regular: AssetPath
    bold: AssetPath | None = None
    italic: AssetPath | None = None
    bold_italic: AssetPath | None = None


class Fonts(Strict):
    """Body and heading faces and the fallback chain for scripts they lack."""

    body: Face
    heading: Face | None = None
    fallbacks: list[Face] = Field(default_factory=list)


class Sizes(Strict):
    """The PDF type scale in points."""

    title: float = Field(17, ge=8, le=48)
    heading: float = Field(11, ge=6, le=30)
    body: float = Field(9.5, ge=6, le=16)
    small: float = Field(7.5, ge=5, le=12)


class Brand(Strict):
    """Organisation name, palette of named colours, semantic roles, fonts, logo."""

    organisation: str = "sitbrief"
    palette: dict[str, HexColour] = Field(default_factory=dict)
    roles: dict[Literal[ROLES], Colour] = Field(default_factory=dict)  # type: ignore[valid-type]
    fonts: Fonts
    logo: AssetPath | None = None
    sizes: Sizes = Field(default_factory=Sizes)


class Level(Strict):
    """One marking level: banner text, colours and the portion mark."""

    text: str
    foreground: Colour = "#FFFFFF"
    background: Colour = "#000000"
    portion: str = ""


class MarkingScheme(Strict):
    """The marking shown on every page and slide."""

    level: str
    levels: dict[str, Level]
    caveats: str = ""
    distribution: str = ""
    portion_marks: bool = False


class Dates(Strict):
    """How every date is written: prose ("19 Oct 2023") or DTG ("19 OCT 23", "191200Z OCT 23")."""

    style: Literal["prose", "dtg"] = "prose"
    locale: str = "en-GB"


class SectionSpec(Strict):
    """One report section: its kind, optional title override and options."""

    kind: Literal[SECTION_KINDS]  # type: ignore[valid-type]
    title: str | None = None
    max_items: int | None = Field(None, ge=1, le=500)
    show_evidence: bool = True


class Report(Strict):
    """The PDF report: which sections, in which order."""

    serial_prefix: str = "SB"
    sections: list[SectionSpec]


class Placeholder(Strict):
    """How to find a placeholder on a slide layout: by idx, type or name."""

    idx: int | None = None
    type: str | None = None
    name: str | None = None


class Slot(Strict):
    """A master slide layout (by name) and the placeholders sitbrief fills on it."""

    layout: str
    title: Placeholder | None = None
    subtitle: Placeholder | None = None
    body: Placeholder | None = None


class SlideSpec(Strict):
    """One slide kind in the deck, with an optional title override and slot."""

    kind: Literal[SLIDE_KINDS]  # type: ignore[valid-type]
    title: str | None = None
    slot: str | None = None
    max_items: int | None = Field(None, ge=1, le=500)


class DeckSizes(Strict):
    """Deck type sizes in points: maximum per role and the floor text may shrink to."""

    title: float = Field(28, ge=10, le=60)
    body: float = Field(18, ge=8, le=40)
    floor: float = Field(11, ge=6, le=24)


Switch = Literal["auto", "always", "never"]


class Chrome(Strict):
    """What sitbrief draws on slides around the content, each auto/always/never.

    `auto`: the footer, date and slide number go into the master's own placeholders when its
    slide layout has them, else sitbrief draws them (the date only ever goes in the master's);
    the cover stripe and title rule are drawn only on slide layouts with no graphics of their own.
    `always`: sitbrief draws its own (the master's placeholder is left out). `never`: neither.
    """

    stripe: Switch = "auto"
    title_rule: Switch = "auto"
    footer: Switch = "auto"
    date: Switch = "auto"
    slide_number: Switch = "auto"


class Deck(Strict):
    """The PowerPoint deck: master template, slot mapping, slides."""

    template: AssetPath | None = None
    slide_size: Literal["16:9", "4:3", "16:10"] = "16:9"
    use_template_theme: bool = False
    slots: dict[str, Slot]
    slides: list[SlideSpec]
    sizes: DeckSizes = Field(default_factory=DeckSizes)
    # short slides of these kinds go under the slide before them when they fit there whole
    # (with their title as a subheading); [] gives every slide kind its own slide
    merge_short: list[Literal[SLIDE_KINDS]] = Field(default_factory=lambda: ["sources"])  # type: ignore[valid-type]
    chrome: Chrome = Field(default_factory=Chrome)


class MapSettings(Strict):
    """The locator map: where it is drawn, its palette roles, smallest frame and label sizes."""

    report: bool = Field(True, description="Draw the map section in the PDF (where `map` is in report.sections).")
    deck: bool = Field(True, description="Draw the map slide in the deck (where `map` is in deck.slides).")
    shade: Literal[ROLES] = Field("primary", description="Role shading the countries the story is about.")  # type: ignore[valid-type]
    shade_context: Literal[ROLES] = Field(  # type: ignore[valid-type]
        "primary", description="Role shading, in a lighter tint, other named countries inside the frame.")
    points: Literal[ROLES] = Field("accent", description="Role marking cities and facilities.")  # type: ignore[valid-type]
    min_frame_km: float = Field(900, ge=50, le=10000, description="Smallest width and height of the frame.")
    label_size: float = Field(7.0, ge=4, le=14, description="Label size on the PDF map, in points.")
    deck_label_size: float = Field(12.0, ge=6, le=24, description="Label size on the map slide, in points.")


class LayoutSettings(Strict):
    """A whole layout.yaml after the extends chain is merged."""

    name: str
    description: str = ""
    extends: str | None = None
    page: Page = Field(default_factory=Page)
    brand: Brand
    marking: MarkingScheme
    dates: Dates = Field(default_factory=Dates)
    likelihood: LikelihoodSettings = Field(default_factory=LikelihoodSettings)
    report: Report
    deck: Deck
    map: MapSettings = Field(default_factory=MapSettings)
