"""Finding benchmark articles and loading their hand-made gold files."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from benchmarks.extraction import ARTICLES, SPLITS

GOLD_SUFFIX = ".gold.yaml"


@dataclass
class Case:
    """One benchmark article: its slug, split and the paths of its text and gold."""

    slug: str
    split: str
    text_path: Path
    gold_path: Path


@dataclass
class GoldPerson:
    """A person of the gold."""

    name: str
    role: str | None = None
    rank: str | None = None
    affiliation: str | None = None


@dataclass
class GoldOrg:
    """An organisation of the gold."""

    name: str
    acronym: str | None = None
    kind: str = "organisation"


@dataclass
class GoldPlace:
    """A (non-country) place of the gold."""

    name: str
    kind: str = "other"


@dataclass
class GoldEvent:
    """An event of the gold."""

    what: str
    kind: str = "other"
    when_text: str | None = None
    when: str | None = None
    status: str = "past"
    where: str | None = None
    participants: list[str] = field(default_factory=list)


@dataclass
class GoldQuote:
    """A quote of the gold; paragraphs of a block quote are separated by a blank line."""

    text: str
    speaker: str | None = None


@dataclass
class Gold:
    """The whole gold of one article."""

    source: dict = field(default_factory=dict)
    published: str | None = None
    dateline: str | None = None
    people: list[GoldPerson] = field(default_factory=list)
    organisations: list[GoldOrg] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    places: list[GoldPlace] = field(default_factory=list)
    events: list[GoldEvent] = field(default_factory=list)
    quotes: list[GoldQuote] = field(default_factory=list)


def find_cases(split: str = "all", root: Path = ARTICLES, slug: str | None = None) -> list[Case]:
    """Return the articles of `split` (dev, test or all) under `root` that have a gold file."""
    cases = []
    for name in SPLITS if split == "all" else (split,):
        for gold_path in sorted((root / name).glob(f"*{GOLD_SUFFIX}")):
            case_slug = gold_path.name[: -len(GOLD_SUFFIX)]
            if slug is None or slug == case_slug:
                cases.append(Case(case_slug, name, gold_path.with_name(f"{case_slug}.txt"), gold_path))
    return cases


def read_yaml(path: Path) -> dict:
    """Return the mapping stored in a YAML file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: not a YAML mapping")
    return data


def scalar(value) -> str | None:
    """Return a YAML scalar as text: dates as ISO, years (read as numbers) as digits, null as None."""
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def _items(data: dict, key: str) -> list[dict]:
    """Return the list of mappings under `key` (an absent or null key is empty)."""
    return [item for item in data.get(key) or [] if isinstance(item, dict)]


def _names(values) -> list[str]:
    """Return a list of names, skipping nulls."""
    return [scalar(v) for v in values or [] if v is not None]


def load_gold(path: Path) -> Gold:
    """Return the Gold stored at `path` (tolerant: the lint is what checks the format)."""
    data = read_yaml(path)
    return Gold(
        source=data.get("source") or {},
        published=scalar(data.get("published")),
        dateline=scalar(data.get("dateline")),
        people=[GoldPerson(scalar(p.get("name")) or "", scalar(p.get("role")), scalar(p.get("rank")),
                           scalar(p.get("affiliation"))) for p in _items(data, "people")],
        organisations=[GoldOrg(scalar(o.get("name")) or "", scalar(o.get("acronym")),
                               scalar(o.get("kind")) or "organisation") for o in _items(data, "organisations")],
        countries=_names(data.get("countries")),
        places=[GoldPlace(scalar(p.get("name")) or "", scalar(p.get("kind")) or "other")
                for p in _items(data, "places")],
        events=[_event(e) for e in _items(data, "events")],
        quotes=[GoldQuote(scalar(q.get("text")) or "", scalar(q.get("speaker"))) for q in _items(data, "quotes")],
    )


def _event(item: dict) -> GoldEvent:
    """Return one gold event."""
    return GoldEvent(
        what=scalar(item.get("what")) or "", kind=scalar(item.get("kind")) or "other",
        when_text=scalar(item.get("when_text")), when=scalar(item.get("when")),
        status=scalar(item.get("status")) or "past", where=scalar(item.get("where")),
        participants=_names(item.get("participants")),
    )
