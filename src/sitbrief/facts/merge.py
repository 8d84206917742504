"""merge_facts(facts_list, names) -> Facts: several reports of one story as one reviewable fact model.

Each report's sentences keep their report (``source``) under ids unique across reports
(``s2.14`` is sentence 14 of report 2). People, organisations, places, events and quotes that
``facts.match`` finds to be one are one item listing every report that supports it
(``reported_by``) and evidence from each. Where reports disagree on an event's date, place,
status or a number, or on a person's role, the model records every version with its sources
(``discrepancies``) and never settles it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import chain, zip_longest

from sitbrief.core.errors import InputError
from sitbrief.facts.match import Mention, StoryGroups, date_span, dates_fit, group_facts, normalise
from sitbrief.facts.model import (
    ArticleInfo,
    Discrepancy,
    Event,
    Facts,
    Judgement,
    Organisation,
    Person,
    Place,
    Quote,
    Source,
    Statement,
    Summary,
    Version,
)
from sitbrief.text.dates import MONTHS

ID_LIMIT = 64
_SENTENCE = re.compile(r"^s(\d+)$")
_COUNT = re.compile(r"\b(\d[\d,]*(?:\.\d+)?(?:\s+(?:thousand|million|billion))?)\s+([a-z][a-z-]+)")


def is_merged(facts: Facts) -> bool:
    """Tell whether `facts` is already a merged story (its sentences name their reports)."""
    return any(s.source for s in facts.article.sentences)


def merge_facts(facts_list: Sequence[Facts], names: Sequence[str] | None = None) -> Facts:
    """Return one fact model for the reports `facts_list` (in order); `names` lead their warnings."""
    names = list(names or [f"report {n}" for n in range(1, len(facts_list) + 1)])
    for name, facts in zip(names, facts_list, strict=True):
        if is_merged(facts):
            raise InputError(f"{name}: is already a merged story; merge the reports it was made from")
    return _Merger(list(facts_list), names).merged()


class _Merger:
    """Renames each report's ids, merges what ``facts.match`` groups, records what reports dispute."""

    def __init__(self, reports: list[Facts], names: list[str]) -> None:
        self.reports, self.names = reports, names
        self.ids: dict[tuple[int, str], str] = {}
        self.taken: set[str] = set()
        self.sources = self._sources()
        self.report_source = {n: self.ids[(n, _report_sources(f)[0].id)] for n, f in self._numbered()}
        self.sentences = {(n, s.id): _sentence_id(n, s.id) for n, f in self._numbered() for s in f.article.sentences}
        self.groups: StoryGroups = group_facts(reports, disputed_dates=True)
        self.discrepancies: list[Discrepancy] = []

    def _numbered(self):
        return enumerate(self.reports, start=1)

    def _new_id(self, report: int, old: str) -> str:
        """Return a merged id for `old` of `report`: the same where free, else suffixed by the report."""
        new = old if old not in self.taken else f"{old}.{report}"[:ID_LIMIT]
        while new in self.taken:
            new = f"{new[:ID_LIMIT - 2]}.{report}"
        self.taken.add(new)
        return new

    def _name(self, group: list[Mention], new: str) -> str:
        for m in group:
            self.ids[(m.report, m.item.id)] = new
        return new

    # ----- sources and sentences -------------------------------------------------------------
    def _sources(self) -> list[Source]:
        """Return every report's sources once, renamed src-1, src-2, ... (the same source is one)."""
        merged: dict[tuple, Source] = {}
        for n, facts in self._numbered():
            for source in _report_sources(facts):
                key = (normalise(source.outlet or ""), normalise(source.title or ""), source.url or "",
                       source.published or "", n if not (source.outlet or source.title or source.url) else 0)
                if key not in merged:
                    new = self._new_id(n, f"src-{len(merged) + 1}")
                    merged[key] = source.model_copy(update={"id": new})
                elif source.grading and not merged[key].grading:
                    merged[key] = merged[key].model_copy(update={"grading": source.grading})
                self.ids[(n, source.id)] = merged[key].id
        return list(merged.values())

    def _evidence(self, mentions: Iterable[tuple[int, Iterable[str]]]) -> list[str]:
        return list(dict.fromkeys(self.sentences[(n, s)] for n, ids in mentions for s in ids
                                  if (n, s) in self.sentences))

    def _support(self, group: list[Mention]) -> list[str]:
        return list(dict.fromkeys(self.report_source[m.report] for m in group))

    def _ref(self, report: int, old: str | None) -> str | None:
        return self.ids.get((report, old)) if old else None

    # ----- the merged model --------------------------------------------------------------------
    def merged(self) -> Facts:
        """Return the merged Facts."""
        people = [self._person(g) for g in self.groups.people]
        orgs = [self._org(g) for g in self.groups.organisations]
        places = [self._place(g) for g in self.groups.places]
        self.place_names = {p.id: p.name for p in places}
        for group in self.groups.events:  # name every event before any refers to another
            self._name(group, self._new_id(group[0].report, group[0].item.id))
        events = [self._event(g) for g in self.groups.events]
        quotes = [self._quote(g) for g in self.groups.quotes]
        return Facts(
            article=self._article(), summary=self._summary(), people=people, organisations=orgs,
            places=places, events=events, quotes=quotes, context=self._statements("context"),
            sources=self.sources, related=list(dict.fromkeys(chain(*(f.related for f in self.reports)))),
            assessment=self._assessment(), discrepancies=self.discrepancies,
            warnings=[f"{name}: {w}" for name, f in zip(self.names, self.reports, strict=True) for w in f.warnings],
        )

    def _article(self) -> ArticleInfo:
        first = self.reports[0].article
        newest = max(self.reports, key=lambda f: f.article.published or "").article
        sentences = [s.model_copy(update={"id": self.sentences[(n, s.id)], "source": self.report_source[n]})
                     for n, f in self._numbered() for s in f.article.sentences]
        outlets = list(dict.fromkeys(s.outlet for s in self.sources if s.outlet))
        return ArticleInfo(title=first.title, source="; ".join(outlets) or None, published=newest.published,
                           published_from=newest.published_from if newest.published else None,
                           dateline=first.dateline, language=first.language, sentences=sentences)

    def _summary(self) -> Summary:
        first = self.reports[0].summary
        return Summary(headline=first.headline, bluf=first.bluf, evidence=self._evidence([(1, first.evidence)]),
                       key_points=self._statements("key_points"))

    def _statements(self, field: str) -> list[Statement]:
        """Return the reports' key points or context taken in turn, each text once."""
        per_report = [[(n, s) for s in (f.summary.key_points if field == "key_points" else f.context)]
                      for n, f in self._numbered()]
        seen, out = set(), []
        for n, statement in (x for row in zip_longest(*per_report) for x in row if x):
            if normalise(statement.text) not in seen:
                seen.add(normalise(statement.text))
                out.append(Statement(text=statement.text, evidence=self._evidence([(n, statement.evidence)])))
        return out

    def _assessment(self) -> list[Judgement]:
        return [j.model_copy(update={"basis": self._evidence([(n, j.basis)])})
                for n, f in self._numbered() for j in f.assessment]

    def _person(self, group: list[Mention[Person]]) -> Person:
        new = self._name(group, self._new_id(group[0].report, group[0].item.id))
        name = max((m.item.name for m in group), key=len)
        roles = list({r.lower(): r for m in reversed(group) for r in m.item.roles}.values())[::-1]
        aliases = [a for a in dict.fromkeys(chain(*((m.item.name, *m.item.aliases) for m in group))) if a != name]
        self._role_dispute(group, name, new)
        return Person(id=new, name=name, roles=roles, aliases=aliases,
                      affiliation=next((m.item.affiliation for m in group if m.item.affiliation), None),
                      evidence=self._evidence((m.report, m.item.evidence) for m in group),
                      reported_by=self._support(group))

    def _org(self, group: list[Mention[Organisation]]) -> Organisation:
        new = self._name(group, self._new_id(group[0].report, group[0].item.id))
        return Organisation(id=new, name=max((m.item.name for m in group), key=len),
                            acronym=next((m.item.acronym for m in group if m.item.acronym), None),
                            country=next((m.item.country for m in group if m.item.country), None),
                            kind=group[0].item.kind,
                            evidence=self._evidence((m.report, m.item.evidence) for m in group),
                            reported_by=self._support(group))

    def _place(self, group: list[Mention[Place]]) -> Place:
        new = self._name(group, self._new_id(group[0].report, group[0].item.id))
        return Place(id=new, name=group[0].item.name,
                     kind=next((m.item.kind for m in group if m.item.kind != "other"), "other"),
                     country=next((m.item.country for m in group if m.item.country), None),
                     evidence=self._evidence((m.report, m.item.evidence) for m in group),
                     reported_by=self._support(group))

    def _event(self, group: list[Mention[Event]]) -> Event:
        new = self.ids[(group[0].report, group[0].item.id)]
        first = group[0].item
        counts = Counter(_when_key(m.item) for m in group)
        dated = min((m.item for m in group), key=lambda e: (-counts[_when_key(e)], _span_days(e)))
        newest = max(group, key=lambda m: self.reports[m.report - 1].article.published or "")
        where = next((w for m in group if (w := self._ref(m.report, m.item.where))), None)
        participants = [p for m in group for old in m.item.participants if (p := self._ref(m.report, old))]
        self._event_disputes(group, first.title, new)
        return Event(id=new, kind=next((m.item.kind for m in group if m.item.kind != "other"), first.kind),
                     title=first.title, when=dated.when, where=where, participants=list(dict.fromkeys(participants)),
                     status=newest.item.status, evidence=self._evidence((m.report, m.item.evidence) for m in group),
                     reported_by=self._support(group))

    def _quote(self, group: list[Mention[Quote]]) -> Quote:
        new = self._name(group, self._new_id(group[0].report, group[0].item.id))
        longest = max(group, key=lambda m: len(m.item.text))
        speaker = next((s for m in group if (s := self._ref(m.report, m.item.speaker))), None)
        mentions = [longest] + [m for m in group if m is not longest]
        return Quote(id=new, speaker=speaker, text=longest.item.text,
                     speaker_inferred=all(m.item.speaker_inferred or not m.item.speaker for m in group)
                     and speaker is not None and any(m.item.speaker_inferred for m in group),
                     evidence=self._evidence((m.report, m.item.evidence) for m in mentions),
                     reported_by=self._support(group))

    # ----- what the reports dispute ------------------------------------------------------------
    def _dispute(self, about: str, subject: str, item: str, versions: dict[str, list[Mention]]) -> None:
        """Record a discrepancy when the reports give more than one version."""
        if len(versions) < 2:
            return
        self.discrepancies.append(Discrepancy(about=about, subject=subject, item=item, versions=[
            Version(text=text, sources=self._support(ms),
                    evidence=self._evidence((m.report, m.item.evidence[:1]) for m in ms))
            for text, ms in versions.items()]))

    def _event_disputes(self, group: list[Mention[Event]], title: str, new: str) -> None:
        if any(not dates_fit(x.item, y.item) for x in group for y in group):
            self._dispute("date", title, new, _versions(group, lambda m: _date_text(m.item)))
        self._dispute("place", title, new, _versions(group, self._place_of))
        self._dispute("status", title, new, _versions(group, lambda m: m.item.status))
        for noun, versions in self._counts(group).items():
            self._dispute("number", f"{title} ({noun})", new, versions)

    def _place_of(self, mention: Mention[Event]) -> str | None:
        """Return the name of the merged place an event mention is at, or None."""
        where = self._ref(mention.report, mention.item.where)
        return self.place_names.get(where) if where else None

    def _counts(self, group: list[Mention[Event]]) -> dict[str, dict[str, list[Mention]]]:
        """Return, per counted noun ("troops"), each figure the reports' event sentences give it."""
        found: dict[str, dict[str, list[Mention]]] = {}
        for m in group:
            text = " ".join(s.text for s in self.reports[m.report - 1].article.sentences if s.id in m.item.evidence)
            for figure, noun in _COUNT.findall(text.lower()):
                if noun.rstrip(".") in MONTHS or re.fullmatch(r"(19|20)\d\d", figure):
                    continue
                bucket = found.setdefault(noun, {}).setdefault(f"{figure.replace(',', '')} {noun}", [])
                if m not in bucket:
                    bucket.append(m)
        return {noun: v for noun, v in found.items()
                if len(v) > 1 and all(len({m.report for m in ms}) == len(ms) for ms in v.values())
                and not _same_report_twice(v)}

    def _role_dispute(self, group: list[Mention[Person]], name: str, new: str) -> None:
        """Record a role dispute: reports give the person only different roles of one kind (two ministers)."""
        roles = {m.report: {normalise(r): r for r in m.item.roles} for m in group if m.item.roles}
        if len(roles) < 2:
            return
        sets = list(roles.values())
        shared = set.intersection(*(set(s) for s in sets))
        heads = [{k.split()[-1] for k in s} for s in sets]
        if shared or not set.intersection(*heads):
            return
        versions: dict[str, list[Mention]] = {}
        for m in group:
            if m.item.roles:
                versions.setdefault("; ".join(m.item.roles), []).append(m)
        self._dispute("role", name, new, versions)


def _versions(group: list[Mention], value) -> dict[str, list[Mention]]:
    """Return the members of `group` by the version of a value they give (members giving none left out)."""
    out: dict[str, list[Mention]] = {}
    for m in group:
        text = value(m)
        if text:
            out.setdefault(text, []).append(m)
    return out


def _same_report_twice(versions: dict[str, list[Mention]]) -> bool:
    """Tell whether one report gives two figures itself (then they count different things)."""
    reports = [m.report for ms in versions.values() for m in ms]
    return len(reports) != len(set(reports))


def _span_days(event: Event) -> int:
    """Return how many days an event's date covers (an undated event counts as endless)."""
    span = date_span(event)
    return (span[1] - span[0]).days if span else 10**6


def _when_key(event: Event) -> tuple:
    return event.when.start, event.when.end


def _date_text(event: Event) -> str:
    """Return an event's date as a version: YYYY-MM-DD, or start/end for a span."""
    start, end = event.when.start, event.when.end
    return f"{start}/{end}" if end and end != start else str(start)


def _sentence_id(report: int, old: str) -> str:
    """Return the merged id of sentence `old` of `report`: s14 of report 2 is s2.14."""
    match = _SENTENCE.match(old)
    return f"s{report}.{match.group(1)}" if match else f"s{report}.{old}"[:ID_LIMIT]


def _report_sources(facts: Facts) -> list[Source]:
    """Return a report's sources; a report without any counts as its own source."""
    if facts.sources:
        return list(facts.sources)
    art = facts.article
    return [Source(id="src", outlet=art.source, title=art.title, published=art.published, url=art.url)]
