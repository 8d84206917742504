"""The fact model: the reviewed, editable contract between extraction and rendering.

Typed and validated with pydantic; every extracted item carries ``evidence``, the ids of the
article sentences it came from. Cross-references (speakers, participants, places, evidence)
are checked on load so a hand edit that breaks one is refused with the field named.
"""

from __future__ import annotations

import datetime
import hashlib
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    model_validator,
)

from sitbrief.text.clean import shorten, without_invisible

SCHEMA_VERSION = "1.1"
SCHEMA_VERSIONS = ("1.0", "1.1")  # 1.1 added what merged stories need; 1.0 files load unchanged
# Characters no output format can hold (C0/C1 controls, non-characters, lone surrogates) and
# bidi overrides that make text display in another order than it is stored.
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff"
                         "\u202a-\u202e\u2066-\u2069]")


def _writable(value: str) -> str:
    """Refuse text holding a character that cannot be written to a PDF or deck."""
    if match := _UNWRITABLE.search(value):
        char = match.group()
        raise ValueError(f"contains the unprintable character U+{ord(char):04X} at position "
                         f"{match.start()}; delete it")
    return value


MAX_NAME = 300  # a name, role, affiliation, acronym, country, outlet, dateline, byline, date text
MAX_TITLE = 500  # a headline, an article's or event's or source's title, a related item
MAX_TEXT = 20000  # a sentence, statement, quote, judgement or the BLUF
MAX_URL = 2000
MAX_RELATED = 100  # related items of one article
MAX_WARNING = 2000
MAX_VERSIONS = 100  # versions of one disputed fact (one per report at most)
_SHORTENED: ContextVar[list[str] | None] = ContextVar("sitbrief_shortened", default=None)


@contextmanager
def shortening() -> Iterator[list[str]]:
    """While active (extraction), values over a field's cap are shortened, each with a note in the
    yielded list; outside it (a fact file someone edited) they are refused, naming the field."""
    notes: list[str] = []
    token = _SHORTENED.set(notes)
    try:
        yield notes
    finally:
        _SHORTENED.reset(token)


def _capped(limit: int, unit: str = "characters") -> AfterValidator:
    """Return a validator refusing (or, while `shortening`, shortening) a text or list over `limit`."""
    def check(value: Any, info: ValidationInfo) -> Any:
        if len(value) <= limit:
            return value
        notes = _SHORTENED.get()
        if notes is None:
            kind = "List" if isinstance(value, list) else "String"
            raise ValueError(f"{kind} should have at most {limit} {unit} (it has {len(value)})")
        field = info.field_name or "a value"
        notes.append(f"{field}: over {limit} {unit}, shortened to fit (the fact file keeps the shortened "
                     "value; edit it there)")
        return value[:limit] if isinstance(value, list) else shorten(value, limit)
    return AfterValidator(check)


def _visible(value: Any) -> Any:
    """Remove invisible formatting characters from a name or title (zero-width, marks, tags)."""
    return without_invisible(value) if isinstance(value, str) else value


def _filled(value: str) -> str:
    """Refuse an empty name or title (also one that held invisible characters only)."""
    if not value:
        raise ValueError("String should have at least 1 character")
    return value


def _label(limit: int, min_length: int = 0) -> Any:
    """Return the type of a name or title: invisible characters removed, length capped."""
    schema = {"maxLength": limit, **({"minLength": 1} if min_length else {})}
    filled = AfterValidator(_filled if min_length else str)
    return Annotated[str, BeforeValidator(_visible), filled, _capped(limit), AfterValidator(_writable),
                     Field(json_schema_extra=schema)]


def _long(limit: int) -> Any:
    """Return the type of a free text capped at `limit` characters."""
    return Annotated[str, _capped(limit), AfterValidator(_writable), Field(json_schema_extra={"maxLength": limit})]


Str = Annotated[str, AfterValidator(_writable)]
Name = _label(MAX_NAME, min_length=1)
Label = _label(MAX_NAME)
Title = _label(MAX_TITLE)
Id = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_.-]{0,63}$")]


def _real_date(value: str) -> str:
    """Refuse a YYYY, YYYY-MM or YYYY-MM-DD that is not on the calendar (2023-02-30, 2023-13)."""
    parts = [int(p) for p in value.split("-")]
    try:
        datetime.date(parts[0], *(parts[1:] + [1, 1])[:2])
    except ValueError:
        raise ValueError(f"{value!r} is not a real calendar date") from None
    return value


PartialDate = Annotated[str, StringConstraints(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$"),
                        AfterValidator(_real_date)]
IsoDate = Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}$"), AfterValidator(_real_date)]
Text = Annotated[str, StringConstraints(min_length=1, max_length=MAX_TEXT), AfterValidator(_writable)]
Evidence = Annotated[list[Id], Field(min_length=1, description="Ids of the sentences this came from.")]
ReportedBy = Annotated[list[Id], Field(default_factory=list, description=(
    "In a merged story: the ids of the sources (reports) that report it."))]

EventKind = Literal[
    "meeting", "call", "talks", "exercise", "agreement", "deal", "deployment",
    "announcement", "postponement", "appointment", "statement", "other",
]
EventStatus = Literal["past", "ongoing", "planned", "postponed", "cancelled"]
# Kinds of event that happen at a time and place and may be told again with their date nearby
# ("... will hold an exercise. The exercise runs May 3-9."), unlike a document's or a statement's.
HAPPENING_KINDS = frozenset({"exercise", "deployment", "meeting", "talks", "call"})
Precision = Literal["day", "week", "part-of-month", "month", "part-of-year", "year", "unknown"]
OrgKind = Literal["organisation", "unit", "ship", "aircraft"]
PlaceKind = Literal["country", "city", "region", "sea", "facility", "other"]
CONFIDENCE_LEVELS = ("low", "moderate", "high")
_ADMIRALTY = re.compile(r"^([A-Fa-f])\s*[-/ ]?\s*([1-6])$")


def _likelihood(value: str) -> str:
    """Refuse a confidence level given as a likelihood; the scale itself is the layout's to check."""
    words = " ".join(value.lower().split())
    if words.removesuffix(" confidence") in CONFIDENCE_LEVELS + ("medium",):
        raise ValueError(f"{value!r} is a confidence level, not a likelihood; put it under "
                         "`confidence:` and give a term of the layout's likelihood scale here "
                         "(e.g. 'likely')")
    return _writable(" ".join(value.split()))


def _confidence(value: object) -> object:
    """Accept a confidence level in any case ("High"), and 'high confidence' for 'high'."""
    if isinstance(value, str):
        return " ".join(value.lower().split()).removesuffix(" confidence")
    return value


def _grading(value: object) -> object:
    """Return an Admiralty grading as 'B2' (accepting 'b2', 'B-2', 'B/2'), or refuse it clearly."""
    if not isinstance(value, str):
        return value
    match = _ADMIRALTY.match(value.strip())
    if not match:
        raise ValueError(f"{value!r} is not an Admiralty grading: write the source's reliability "
                         "A-F then the information's credibility 1-6, e.g. 'B2'")
    return match.group(1).upper() + match.group(2)


Likelihood = Annotated[
    str, StringConstraints(min_length=1, max_length=80), AfterValidator(_likelihood),
    Field(description="A term of the layout's likelihood scale, in any case: ICD 203 by default "
                      "(either column, e.g. 'likely' or 'probable'), the PHIA yardstick in the "
                      "ministry layout. Checked when the brief is built or linted."),
]
Confidence = Annotated[Literal["low", "moderate", "high"], BeforeValidator(_confidence)]
Grading = Annotated[
    Annotated[str, StringConstraints(pattern=_ADMIRALTY.pattern), BeforeValidator(_grading)] | None,
    Field(description="Admiralty/NATO grading: source reliability A-F, information credibility 1-6, "
                      "e.g. 'B2' ('b2', 'B-2' are accepted and stored as 'B2')."),
]


class Model(BaseModel):
    """Base for every fact-model type: unknown fields are refused."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


PublishedFrom = Literal["metadata", "date line", "dateline", "caption", "title", "option"]
MAX_EVENTS = 1000  # a brief with more cannot be read; extraction reads at most this many mentions
Hash = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{16}$")]


def text_hash(text: str) -> str:
    """Return the short SHA-256 recorded for a text at extraction (tamper evidence, not secrecy)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class Sentence(Model):
    """One sentence of the normalised article text, with its character offsets."""

    id: Id
    text: Text
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    paragraph: int = Field(default=0, ge=0)
    kind: Literal["body", "caption"] = "body"
    source: Id | None = Field(default=None, description=(
        "In a merged story: the id of the source (report) the sentence is from."))
    sha256: Hash | None = Field(default=None, description=(
        "Hash of the text as extracted; a text edited afterwards is shown as edited, never "
        "as the source's words."))

    @property
    def edited(self) -> bool:
        """Tell whether the text was changed after extraction (its recorded hash no longer fits)."""
        return self.sha256 is not None and self.sha256 != text_hash(self.text)


class ArticleInfo(Model):
    """Metadata of the article and its sentences."""

    title: Title | None = None
    source: Label | None = Field(default=None, description="The outlet.")
    published: IsoDate | None = None
    published_from: PublishedFrom | None = Field(default=None, description=(
        "Where the publication date was stated: page metadata, a date line, the dateline, a "
        "photo caption, the title, or the --published option."))
    dateline: Label | None = None
    byline: Label | None = None
    url: _long(MAX_URL) | None = None
    language: _long(35) = "en"
    text_sha256: Hash | None = Field(default=None, description="Hash of the normalised article "
                                     "text the sentences were cut from, recorded at extraction.")
    sentences: list[Sentence] = Field(default_factory=list)


class Statement(Model):
    """A sentence-level statement drawn from the article."""

    text: Text
    evidence: Evidence


class Summary(Model):
    """Headline, bottom line up front and key points."""

    headline: Title = Field(default="", description="A short title for the brief (editable).")
    bluf: _long(MAX_TEXT) = ""
    evidence: list[Id] = Field(default_factory=list)
    key_points: list[Statement] = Field(default_factory=list)
    event: Id | None = Field(default=None, description="The main event: the one the lead reports (Key facts).")


class Person(Model):
    """A named person, every role the article gives them, and whom they act for."""

    id: Id
    name: Name
    roles: list[Label] = Field(default_factory=list)
    affiliation: Label | None = None
    aliases: list[Label] = Field(default_factory=list, description="Other mentions, e.g. surname.")
    evidence: Evidence
    reported_by: ReportedBy


class Organisation(Model):
    """An organisation, with its acronym where the article gives one; ships and units are of their kind."""

    id: Id
    name: Name
    acronym: Label | None = None
    country: Label | None = None
    kind: OrgKind = "organisation"
    evidence: Evidence
    reported_by: ReportedBy


class Place(Model):
    """A country, city, region, sea or facility named in the article."""

    id: Id
    name: Name
    kind: PlaceKind = "other"
    country: Label | None = None
    evidence: Evidence
    reported_by: ReportedBy


class When(Model):
    """A date as written and as resolved, with the anchor and the rule used."""

    text: Label | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None
    precision: Precision = "unknown"
    anchor: IsoDate | None = None
    rule: Label | None = None


class Event(Model):
    """A dated (or undatable) event reported by the article."""

    id: Id
    kind: EventKind = "other"
    title: _label(MAX_TITLE, min_length=1)
    when: When = Field(default_factory=When)
    where: Id | None = Field(default=None, description="A place id.")
    participants: list[Id] = Field(default_factory=list)
    status: EventStatus = "past"
    evidence: Evidence
    reported_by: ReportedBy


class Quote(Model):
    """A verbatim quote and its speaker (a person id) where attributable."""

    id: Id
    speaker: Id | None = None
    speaker_inferred: bool = Field(default=False, description="True when the text does not name the speaker "
                                   "and it was inferred (a first-person release by its minister).")
    text: Text
    evidence: Evidence
    reported_by: ReportedBy


class Source(Model):
    """A source of reporting, with an optional analyst-set grading (e.g. Admiralty "B2")."""

    id: Id
    outlet: Label | None = None
    title: Title | None = None
    published: IsoDate | None = None
    url: _long(MAX_URL) | None = None
    grading: Grading = None


class Version(Model):
    """One report's version of a disputed fact: as the brief prints it, who says so, where."""

    text: _label(MAX_TITLE, min_length=1)
    sources: list[Id] = Field(min_length=1, description="Ids of the sources giving this version.")
    evidence: Evidence


class Discrepancy(Model):
    """A fact the merged reports disagree on, with every version: shown, never settled silently."""

    about: Literal["date", "place", "number", "role", "status"]
    subject: _label(MAX_TITLE, min_length=1) = Field(
        description="What is disputed, e.g. the event's title or the person's name.")
    item: Id | None = Field(default=None, description="The id of the event or person disputed.")
    versions: list[Version] = Field(min_length=2, max_length=MAX_VERSIONS)


class Judgement(Model):
    """An analyst's key judgement: authored, never extracted."""

    text: Text
    likelihood: Likelihood | None = None
    confidence: Confidence | None = None
    basis: list[Id] = Field(default_factory=list, description="Sentence ids it rests on.")


Timestamp = Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?Z$")]


class PreviousReport(Model):
    """A brief as its saved fact file records it: number in the story's series, title, serial, issue time."""

    number: int = Field(default=1, ge=1, le=99999, description="The report's number in its series "
                        "(No. 1, No. 2, ...): `--since` counts up from the previous one's.")
    title: Title | None = None
    serial: Label | None = None
    issued: Timestamp | None = Field(default=None, description="When the brief was issued (UTC).")


class ReportInfo(PreviousReport):
    """The brief these facts were built into, and the earlier report it updates (`--since`)."""

    updates: PreviousReport | None = None


class Facts(Model):
    """The whole fact model of one article."""

    schema_version: Literal[SCHEMA_VERSIONS] = SCHEMA_VERSION  # type: ignore[valid-type]
    article: ArticleInfo = Field(default_factory=ArticleInfo)
    summary: Summary = Field(default_factory=Summary)
    people: list[Person] = Field(default_factory=list)
    organisations: list[Organisation] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list, max_length=MAX_EVENTS)
    quotes: list[Quote] = Field(default_factory=list)
    context: list[Statement] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    related: Annotated[list[Title], _capped(MAX_RELATED, "items")] = Field(
        default_factory=list, json_schema_extra={"maxItems": MAX_RELATED})
    assessment: list[Judgement] = Field(default_factory=list)
    discrepancies: list[Discrepancy] = Field(default_factory=list, max_length=MAX_EVENTS, description=(
        "In a merged story: facts the reports disagree on, each with every version."))
    warnings: list[_long(MAX_WARNING)] = Field(default_factory=list)
    report: ReportInfo | None = Field(default=None, description=(
        "Written by `sitbrief build` into the fact file it saves beside the brief: the brief's "
        "number, title, serial and issue time, and the report it updates. Set `number` by hand "
        "to continue a series."))

    @model_validator(mode="after")
    def _check_references(self) -> Facts:
        """Refuse duplicate ids, dangling references and quotes not found verbatim."""
        problems = list(_reference_problems(self))
        if problems:
            raise ValueError("; ".join(problems[:5]))
        return self

    def sentence(self, sid: str) -> Sentence | None:
        """Return the sentence with id `sid`, or None."""
        return self.sentence_index().get(sid)

    def sentence_index(self) -> dict[str, Sentence]:
        """Return sentences by id."""
        return {s.id: s for s in self.article.sentences}

    def person(self, pid: str | None) -> Person | None:
        """Return the person with id `pid`, or None."""
        return next((p for p in self.people if p.id == pid), None)

    def entity_name(self, eid: str) -> str:
        """Return the display name of any person, organisation or place id."""
        for item in (*self.people, *self.organisations, *self.places):
            if item.id == eid:
                return item.name
        return eid


def _reference_problems(facts: Facts):
    """Yield one message per broken reference in `facts`, naming the field."""
    sentences = facts.sentence_index()
    seen: dict[str, str] = {}
    for field in ("people", "organisations", "places", "events", "quotes", "sources"):
        for i, item in enumerate(getattr(facts, field)):
            if item.id in seen:
                yield f"{field}[{i}].id: duplicate id {item.id!r} (also used in {seen[item.id]})"
            seen.setdefault(item.id, f"{field}[{i}]")
    if len(sentences) != len(facts.article.sentences):
        yield "article.sentences: duplicate sentence ids"
    yield from _evidence_problems(facts, sentences)
    yield from _link_problems(facts)
    yield from _quote_problems(facts, sentences)
    yield from _report_problems(facts, sentences)


def _evidence_problems(facts: Facts, sentences: dict[str, Sentence]):
    """Yield messages for evidence ids that point to no sentence."""
    for field in ("people", "organisations", "places", "events", "quotes", "context"):
        for i, item in enumerate(getattr(facts, field)):
            for sid in item.evidence:
                if sid not in sentences:
                    yield f"{field}[{i}].evidence: sentence {sid!r} does not exist"
    for i, point in enumerate(facts.summary.key_points):
        for sid in point.evidence:
            if sid not in sentences:
                yield f"summary.key_points[{i}].evidence: sentence {sid!r} does not exist"
    for sid in facts.summary.evidence:
        if sid not in sentences:
            yield f"summary.evidence: sentence {sid!r} does not exist"
    for i, judgement in enumerate(facts.assessment):
        for sid in judgement.basis:
            if sid not in sentences:
                yield f"assessment[{i}].basis: sentence {sid!r} does not exist"


def _link_problems(facts: Facts):
    """Yield messages for speakers, participants and places that point nowhere."""
    people = {p.id for p in facts.people}
    places = {p.id for p in facts.places}
    entities = people | places | {o.id for o in facts.organisations}
    for i, quote in enumerate(facts.quotes):
        if quote.speaker is not None and quote.speaker not in people:
            yield f"quotes[{i}].speaker: {quote.speaker!r} is not the id of anyone in people"
    for i, event in enumerate(facts.events):
        if event.where is not None and event.where not in places:
            yield f"events[{i}].where: {event.where!r} is not the id of any place"
        for pid in event.participants:
            if pid not in entities:
                yield f"events[{i}].participants: {pid!r} is not a person, organisation or place id"


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _quote_problems(facts: Facts, sentences: dict[str, Sentence]):
    """Yield messages for quotes whose text is not verbatim in their evidence sentences."""
    for i, quote in enumerate(facts.quotes):
        source = _squash(" ".join(sentences[s].text for s in quote.evidence if s in sentences))
        parts = [_squash(part) for part in quote.text.split("\n\n")]
        if source and not all(part in source for part in parts):
            yield f"quotes[{i}].text: not found verbatim in its evidence sentences"


def _report_problems(facts: Facts, sentences: dict[str, Sentence]):
    """Yield messages for source ids (a merged story's reports) and discrepancies that point nowhere."""
    sources = {s.id for s in facts.sources}
    for i, sentence in enumerate(facts.article.sentences):
        if sentence.source is not None and sentence.source not in sources:
            yield f"article.sentences[{i}].source: {sentence.source!r} is not the id of any source"
    for field in ("people", "organisations", "places", "events", "quotes"):
        for i, item in enumerate(getattr(facts, field)):
            for sid in item.reported_by:
                if sid not in sources:
                    yield f"{field}[{i}].reported_by: {sid!r} is not the id of any source"
    items = {x.id for f in ("people", "organisations", "places", "events") for x in getattr(facts, f)}
    for i, disc in enumerate(facts.discrepancies):
        if disc.item is not None and disc.item not in items:
            yield f"discrepancies[{i}].item: {disc.item!r} is not the id of any person, organisation, place or event"
        for j, version in enumerate(disc.versions):
            where = f"discrepancies[{i}].versions[{j}]"
            yield from (f"{where}.sources: {s!r} is not the id of any source" for s in version.sources
                        if s not in sources)
            yield from (f"{where}.evidence: sentence {s!r} does not exist" for s in version.evidence
                        if s not in sentences)
