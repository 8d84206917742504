"""The Brief: a neutral document of sections and blocks that both writers draw.

All wording is final here (compose ran the layout's templates); writers only decide how to
draw each block kind with a resolved Theme. Evidence refs are sentence ids of the article;
`Brief.evidence` lists those sentences, numbered, for the evidence list and speaker notes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Role = Literal["body", "lead", "bluf", "muted", "context", "judgement", "alert", "caption"]
Status = Literal["past", "ongoing", "planned", "postponed", "cancelled"]


@dataclass
class Paragraph:
    """A paragraph of plain text."""

    text: str
    role: Role = "body"
    refs: list[str] = field(default_factory=list)
    kind: Literal["paragraph"] = "paragraph"


@dataclass
class BulletItem:
    """One bullet."""

    text: str
    refs: list[str] = field(default_factory=list)


@dataclass
class Bullets:
    """A bulleted list."""

    items: list[BulletItem]
    role: Role = "body"
    kind: Literal["bullets"] = "bullets"


@dataclass
class KeyFact:
    """One row of key facts at a glance: a label (Who, What, When, Where) and its text."""

    label: str
    text: str
    refs: list[str] = field(default_factory=list)


@dataclass
class KeyFacts:
    """Key facts at a glance."""

    rows: list[KeyFact]
    role: Role = "body"
    kind: Literal["key_facts"] = "key_facts"


@dataclass
class Actor:
    """A person or organisation with role and affiliation."""

    name: str
    role: str
    affiliation: str
    refs: list[str] = field(default_factory=list)
    kind_of: Literal["person", "organisation"] = "person"


@dataclass
class Actors:
    """An actors table (PDF) or cards (deck); `headers` are the column titles."""

    headers: list[str]
    actors: list[Actor]
    role: Role = "body"
    kind: Literal["actors"] = "actors"


@dataclass
class TimelineEntry:
    """A dated event on the timeline; `start`/`end` are ISO (partial) dates or None."""

    label: str
    date_text: str
    start: str | None
    end: str | None
    precision: str
    status: Status
    refs: list[str] = field(default_factory=list)


@dataclass
class Timeline:
    """A timeline drawn as a graphic plus a table; `headers` title the table columns."""

    entries: list[TimelineEntry]
    headers: list[str]
    legend: dict[str, str] = field(default_factory=dict)
    caption: str = ""
    role: Role = "body"
    kind: Literal["timeline"] = "timeline"


@dataclass
class QuoteBlock:
    """A verbatim quote as a call-out, with its attribution line."""

    text: str
    attribution: str
    refs: list[str] = field(default_factory=list)
    role: Role = "body"
    kind: Literal["quote"] = "quote"
    portion: str = ""  # the portion mark, e.g. "(OS)", written before the opening quote mark


@dataclass
class JudgementBlock:
    """An analyst's judgement, visibly apart from reported fact."""

    text: str
    qualifier: str
    refs: list[str] = field(default_factory=list)
    role: Role = "judgement"
    kind: Literal["judgement"] = "judgement"


@dataclass
class KeyJudgement:
    """One key judgement: its text, its likelihood and confidence as worded, its basis as refs."""

    number: int
    text: str
    qualifier: str = ""
    refs: list[str] = field(default_factory=list)


@dataclass
class KeyJudgements:
    """The key judgements leading the brief; `legend` explains the likelihood scale (or is empty)."""

    items: list[KeyJudgement]
    legend: str = ""
    role: Role = "judgement"
    kind: Literal["key_judgements"] = "key_judgements"


@dataclass
class SourceItem:
    """One numbered source; `grading` is its Admiralty code and `grading_note` what it means."""

    number: int
    text: str
    grading: str | None = None
    url: str | None = None
    grading_note: str = ""


@dataclass
class Sources:
    """Numbered sources; `legend` explains the grading codes (empty when none is graded)."""

    items: list[SourceItem]
    role: Role = "body"
    kind: Literal["sources"] = "sources"
    legend: str = ""


@dataclass
class EvidenceItem:
    """A quoted source sentence that statements cite."""

    number: int
    sid: str
    text: str
    portion: str = ""  # the portion mark, e.g. "(OS)", written before the quoted sentence
    source: str = ""  # in a merged story, the report it is from ("Source 2 · Latvian Ministry of Defence")
    edited: str = ""  # the layout's marker when the sentence was edited after extraction

    def lead(self) -> str:
        """Return what stands before the quotation marks: portion mark and edited marker, spaced."""
        return "".join(f"{part} " for part in (self.portion, f"[{self.edited}]" if self.edited else "") if part)


@dataclass
class EvidenceList:
    """The evidence list: every cited sentence quoted, numbered."""

    items: list[EvidenceItem]
    intro: str = ""
    role: Role = "muted"
    kind: Literal["evidence"] = "evidence"


@dataclass
class MapPlace:
    """A place drawn on the locator map: a shaded country, a marked point or a labelled area.

    `tier` is "focus" for the places the story is about (they set the frame) and "context" for
    others that fall inside it; `lat`/`lon` are the label position (a country's visual centre).
    """

    name: str
    kind: str
    lat: float
    lon: float
    tier: Literal["focus", "context"] = "focus"
    span_km: float = 0.0


@dataclass
class MapBlock:
    """A locator map: the places shown, the frame they set, and the places left off it.

    `frame` is (west, south, east, north) in degrees; east may pass 180, so a frame across the
    antimeridian stays one continuous box. `note` lists the places not shown, worded.
    """

    places: list[MapPlace]
    frame: tuple[float, float, float, float]
    note: str = ""
    attribution: str = "Natural Earth"
    not_shown: list[str] = field(default_factory=list)
    portion: str = ""  # the portion mark of the figure, shown before its note
    role: Role = "body"
    kind: Literal["map"] = "map"

    def caption(self) -> str:
        """Return the line under the map: its portion mark, then the note of places not shown
        (nothing when every place is shown: a mark alone is not a caption)."""
        return " ".join(part for part in (self.portion, self.note) if part) if self.note else ""


Block = (Paragraph | Bullets | KeyFacts | Actors | Timeline | QuoteBlock | JudgementBlock | KeyJudgements
         | Sources | EvidenceList | MapBlock)
BLOCK_KINDS = ("paragraph", "bullets", "key_facts", "actors", "timeline", "quote", "judgement",
               "key_judgements", "sources", "evidence", "map")


@dataclass
class Section:
    """A titled section of blocks; `kind` names what it holds (bluf, actors, timeline, ...)."""

    kind: str
    title: str
    blocks: list[Block]
    options: dict = field(default_factory=dict)


@dataclass
class Marking:
    """The handling marking shown at the top and bottom of every page and slide."""

    text: str
    caveats: str = ""
    distribution: str = ""
    portion: str = ""
    foreground: str = "#FFFFFF"
    background: str = "#1B7A3E"


@dataclass
class Slide:
    """One slide of the deck: its kind (a layout slot), title and the blocks it shows."""

    kind: str
    title: str
    blocks: list[Block] = field(default_factory=list)
    subtitle: str = ""


@dataclass
class Brief:
    """A composed brief: header, marking, sections for the report, slides for the deck."""

    title: str
    organisation: str
    date_label: str
    serial: str
    source_line: str
    marking: Marking
    sections: list[Section]
    slides: list[Slide]
    evidence: dict[str, EvidenceItem]
    footer: str = ""
    issued: str = ""  # the report's date-time group and information cut-off, as worded
    updates: str = ""  # the report this one updates (`--since`), as worded; empty for a first report
    number: int = 1  # the report's number in its story's series (No. 1, No. 2, ...)
    issued_at: str = ""  # when it was issued, ISO UTC ("2024-03-13T12:30:00Z"), for the saved fact file
    subject: str = ""
    keywords: list[str] = field(default_factory=list)
    language: str = "en"
    filename: str = "brief"
    labels: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def evidence_number(self, sid: str) -> int | None:
        """Return the evidence-list number of sentence `sid`, if it is cited."""
        item = self.evidence.get(sid)
        return item.number if item else None


REF_HOLDERS = ("items", "rows", "actors", "entries")


def block_refs(block) -> list[str]:
    """Return the evidence ids a block cites, its own and its items'."""
    refs = list(getattr(block, "refs", []))
    for attr in REF_HOLDERS:
        for item in getattr(block, attr, []) or []:
            refs += list(getattr(item, "refs", []))
    return refs


def cited_refs(sections: list[Section], slides: list[Slide]) -> set[str]:
    """Return every evidence id cited by the sections and slides (the evidence list aside)."""
    blocks = [b for s in sections for b in s.blocks] + [b for s in slides for b in s.blocks]
    return {r for b in blocks if not isinstance(b, EvidenceList) for r in block_refs(b)}


def strip_refs(blocks) -> None:
    """Remove the evidence refs of `blocks` and their items (a section that shows no evidence)."""
    for block in blocks:
        if hasattr(block, "refs"):
            block.refs = []
        for attr in REF_HOLDERS:
            for item in getattr(block, attr, []) or []:
                if hasattr(item, "refs"):
                    item.refs = []
