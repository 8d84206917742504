"""Merge what several articles report into one digest: ids made unique, actors, sources, events.

What goes in: the Facts of each article; what comes out: Facts whose ids carry an article prefix
("a2-s5"), one actor entry per person or organisation however many stories name them, sources
numbered once across the digest, and one timeline entry per event however many stories report it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sitbrief.facts.match import StoryGroups, normalise
from sitbrief.facts.model import Facts

ID_LIMIT = 64
_ID_LISTS = ("evidence", "participants", "basis", "reported_by", "sources")
_ID_FIELDS = ("id", "speaker", "where", "item")


def article_prefix(number: int) -> str:
    """Return the id prefix of the article numbered `number` (1-based): 'a1', 'a2', ..."""
    return f"a{number}"


def prefix_facts(facts: Facts, prefix: str) -> Facts:
    """Return `facts` with every id and reference prefixed (``s5`` -> ``a2-s5``)."""
    data = facts.model_dump()
    _prefix_tree(data, prefix)
    return Facts.model_validate(data)


def _prefix_tree(node, prefix: str) -> None:
    """Prefix ids and id lists in a dumped fact model, in place."""
    if isinstance(node, list):
        for item in node:
            _prefix_tree(item, prefix)
        return
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        if (key in _ID_FIELDS or (key == "source" and "start" in node)) and isinstance(value, str):
            node[key] = _prefixed(prefix, value)  # a sentence's source is an id, the article's an outlet
        elif key in _ID_LISTS and isinstance(value, list) and all(isinstance(v, str) for v in value):
            node[key] = [_prefixed(prefix, v) for v in value]
        else:
            _prefix_tree(value, prefix)


def _prefixed(prefix: str, value: str) -> str:
    return f"{prefix}-{value}"[:ID_LIMIT]


@dataclass
class ActorEntry:
    """One person or organisation of the digest, with what every article says about them."""

    name: str
    kind: str
    roles: list[str] = field(default_factory=list)
    affiliation: str | None = None
    acronym: str | None = None
    refs: list[str] = field(default_factory=list)
    articles: list[int] = field(default_factory=list)

    def add(self, number: int, name: str, roles: list[str], affiliation: str | None,
            refs: list[str]) -> None:
        """Fold in one article's mention: longer name, more roles, first affiliation, its refs."""
        if len(name) > len(self.name):
            self.name = name
        known = {r.lower() for r in self.roles}
        self.roles += [r for r in roles if r.lower() not in known]
        self.affiliation = self.affiliation or affiliation
        self.refs += [r for r in refs[:1] if r not in self.refs]
        if number not in self.articles:
            self.articles.append(number)


class ActorIndex:
    """People and organisations of several articles, one entry each however many name them.

    Which mentions are one person or organisation is decided by ``facts.match``.
    """

    def __init__(self, groups: StoryGroups) -> None:
        self.entries: list[ActorEntry] = []
        for group in groups.people:
            entry = self._new(ActorEntry(group[0].item.name, "person"))
            for m in group:
                entry.add(m.report, m.item.name, list(m.item.roles), m.item.affiliation, list(m.item.evidence))
        for group in groups.organisations:
            entry = self._new(ActorEntry(group[0].item.name, "organisation", acronym=group[0].item.acronym))
            for m in group:
                entry.acronym = entry.acronym or m.item.acronym
                entry.add(m.report, m.item.name, [], m.item.country, list(m.item.evidence))

    def _new(self, entry: ActorEntry) -> ActorEntry:
        self.entries.append(entry)
        return entry

    def people(self) -> list[ActorEntry]:
        """Return the merged people, most widely reported first, then by name."""
        return _ranked(e for e in self.entries if e.kind == "person")

    def organisations(self) -> list[ActorEntry]:
        """Return the merged organisations, most widely reported first, then by name."""
        return _ranked(e for e in self.entries if e.kind == "organisation")


def _ranked(entries) -> list[ActorEntry]:
    return sorted(entries, key=lambda e: (-len(e.articles), normalise(e.name)))


@dataclass
class DigestSource:
    """One source of the digest, numbered once across all articles."""

    number: int
    outlet: str | None
    title: str | None
    published: str | None
    url: str | None
    grading: str | None
    articles: list[int] = field(default_factory=list)


def merge_sources(facts_list: list[Facts]) -> list[DigestSource]:
    """Return the sources of every article, identical ones once, numbered from 1."""
    merged: dict[tuple, DigestSource] = {}
    for number, facts in enumerate(facts_list, start=1):
        for source in _article_sources(facts):
            key = (normalise(source.outlet or ""), normalise(source.title or ""), source.url or "",
                   source.published or "")
            if key not in merged:
                merged[key] = DigestSource(len(merged) + 1, source.outlet, source.title, source.published,
                                           source.url, source.grading)
            if number not in merged[key].articles:
                merged[key].articles.append(number)
    return list(merged.values())


def _article_sources(facts: Facts) -> list:
    """Return an article's sources; an article without any counts as its own source."""
    if facts.sources:
        return list(facts.sources)
    from sitbrief.facts.model import Source

    art = facts.article
    return [Source(id="src", outlet=art.source, title=art.title, published=art.published, url=art.url)]
