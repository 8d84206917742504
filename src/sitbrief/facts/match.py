"""Decide when two reports name the same person, organisation, place or event, and group them.

One place answers "same?" for the digest and for merged stories. People match by name (a full
name, first name + surname, or a surname alone, titles in front dropped) unless their given
names or affiliations disagree; organisations by name or acronym unless their countries
disagree; places by name unless their countries or kinds disagree; events by kind family,
compatible dates and place, and a similar title, never by kind alone.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from importlib import resources
from typing import Generic, TypeVar

from sitbrief.facts.model import Event, Facts, Organisation, Person, Place, Quote

T = TypeVar("T")
SIMILAR_TITLE = 0.5  # share of the shorter title's content words the other must hold
DISPUTE_DAYS = 7  # how far apart two reports may date one event before it is two events


@lru_cache(maxsize=8192)
def normalise(name: str) -> str:
    """Return `name` lower-cased, without accents, punctuation or repeated spaces."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def _bare(name: str) -> str:
    """Return `name` normalised without a leading article ("the Ministry" -> "ministry")."""
    return normalise(name).removeprefix("the ")


@cache
def _lines(name: str) -> tuple[str, ...]:
    """Return the entries of data file `name` beside this module (comments and blanks skipped)."""
    text = resources.files("sitbrief.facts").joinpath("data", name).read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


# ----- people ----------------------------------------------------------------------------------
def person_keys(name: str) -> list[str]:
    """Return the keys a person is matched by: the full name, and first name + surname."""
    words = normalise(name).split()
    keys = [" ".join(words)]
    if len(words) > 2:
        keys.append(f"{words[0]} {words[-1]}")
    return keys


def same_person(a: Person, b: Person) -> bool:
    """Tell whether `a` and `b` are one person: their names fit and their affiliations agree."""
    if not _agree(a.affiliation, b.affiliation):
        return False
    titles = _role_words(a) | _role_words(b)
    return any(_names_fit(_untitled(x, titles), _untitled(y, titles))
               for x in (a.name, *a.aliases) for y in (b.name, *b.aliases))


def _role_words(person: Person) -> set[str]:
    return {w for role in person.roles for w in normalise(role).split()}


def _untitled(name: str, titles: set[str]) -> list[str]:
    """Return the words of `name` without the title words in front ("President Marsh" -> marsh)."""
    words = normalise(name).split()
    while len(words) > 1 and words[0] in titles:
        words.pop(0)
    return words


def _names_fit(x: list[str], y: list[str]) -> bool:
    """Tell whether two names may be one person's: one ends the other, or first and last agree."""
    if not x or not y:
        return False
    short, long = sorted((x, y), key=len)
    if long[-len(short):] == short:
        return True
    return x[-1] == y[-1] and _given_fit(x[0], y[0])


def _given_fit(x: str, y: str) -> bool:
    """Tell whether two given names agree: equal, or one is the other's initial."""
    return x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))


def _agree(x: str | None, y: str | None) -> bool:
    """Tell whether two optional values do not contradict each other."""
    return not (x and y and _bare(x) != _bare(y))


# ----- organisations and places ----------------------------------------------------------------
def org_keys(name: str, acronym: str | None) -> list[str]:
    """Return the keys an organisation is matched by: its name and its acronym."""
    keys = [_bare(name)]
    if acronym:
        keys.append(normalise(acronym))
    return keys


def same_org(a: Organisation, b: Organisation) -> bool:
    """Tell whether `a` and `b` are one organisation: a name or acronym in common, same country."""
    if not _agree(a.country, b.country) or (a.kind != b.kind):
        return False
    return bool(set(org_keys(a.name, a.acronym)) & set(org_keys(b.name, b.acronym)))


def same_place(a: Place, b: Place) -> bool:
    """Tell whether `a` and `b` are one place: the same name, country and kind where both say."""
    kinds_agree = a.kind == b.kind or "other" in (a.kind, b.kind)
    return kinds_agree and _agree(a.country, b.country) and _bare(a.name) == _bare(b.name)


# ----- events ----------------------------------------------------------------------------------
def same_event(a: Event, b: Event, places: Mapping[str, Place] | None = None) -> bool:
    """Tell whether `a` and `b` report one event: kin kinds, compatible dates and place, similar titles.

    `places` resolves place ids (`where`) to places; without it, two places agree only when
    their ids are equal.
    """
    return dates_fit(a, b) and alike_events(a, b, places)


def alike_events(a: Event, b: Event, places: Mapping[str, Place] | None = None, *, place: bool = True) -> bool:
    """Tell whether `a` and `b` would be one event if their dates (and, unless `place`, places) were left aside."""
    return same_family(a.kind, b.kind) and similar_titles(a.title, b.title) \
        and (not place or _places_fit(a.where, b.where, places or {}))


def same_family(a: str, b: str) -> bool:
    """Tell whether two event kinds may name the same happening (a meeting and talks may)."""
    if a == b or "other" in (a, b):
        return True
    return any(a in family and b in family for family in _families())


@cache
def _families() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(line.split("\t")) for line in _lines("event_families.tsv"))


def _places_fit(x: str | None, y: str | None, places: Mapping[str, Place]) -> bool:
    if x is None or y is None or x == y:
        return True
    return x in places and y in places and same_place(places[x], places[y])


def similar_titles(a: str, b: str) -> bool:
    """Tell whether two event titles name one thing: most content words of the shorter in the other."""
    x, y = _content_words(a), _content_words(b)
    if not x or not y:
        return False
    shared = len(x & y)
    return shared >= min(2, len(x), len(y)) and shared / min(len(x), len(y)) >= SIMILAR_TITLE


@lru_cache(maxsize=8192)
def _content_words(title: str) -> frozenset[str]:
    stop = _stopwords()
    return frozenset(w for w in normalise(title).split() if w not in stop)


@cache
def _stopwords() -> frozenset[str]:
    return frozenset(_lines("title_stopwords.txt"))


def dates_fit(a: Event, b: Event) -> bool:
    """Tell whether two events' dates agree: equal, one containing the other, or either unknown."""
    x, y = date_span(a), date_span(b)
    if x is None or y is None:
        return True
    return (x[0] <= y[0] and y[1] <= x[1]) or (y[0] <= x[0] and x[1] <= y[1])


def date_gap(a: Event, b: Event) -> int | None:
    """Return how many days lie between two events' dates (0 when they overlap), or None if undated."""
    x, y = date_span(a), date_span(b)
    if x is None or y is None:
        return None
    return max(0, (y[0] - x[1]).days, (x[0] - y[1]).days)


def date_span(event: Event) -> tuple[date, date] | None:
    """Return the first and last day an event's date covers ("2026-03" covers all of March)."""
    when = event.when
    if not when.start:
        return None
    return _first_day(when.start), _last_day(when.end or when.start)


@lru_cache(maxsize=4096)
def _first_day(value: str) -> date:
    parts = [int(p) for p in value.split("-")]
    return date(parts[0], *(parts[1:] + [1, 1])[:2])


@lru_cache(maxsize=4096)
def _last_day(value: str) -> date:
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return date(*parts)
    month = parts[1] if len(parts) == 2 else 12
    return date(parts[0], month, calendar.monthrange(parts[0], month)[1])


# ----- quotes ----------------------------------------------------------------------------------
def same_quote(a: Quote, b: Quote) -> bool:
    """Tell whether two quotes are one statement: one's words hold the other's (case, punctuation aside)."""
    x, y = normalise(a.text), normalise(b.text)
    short, long = sorted((x, y), key=len)
    return len(short.split()) >= 3 and f" {short} " in f" {long} "


# ----- grouping --------------------------------------------------------------------------------
def cluster(items: Sequence[T], same: Callable[[T, T], bool],
            keys: Callable[[T], Iterable[str]] | None = None) -> list[list[T]]:
    """Return `items` in groups, in order: an item joins the first group all of whose members it matches.

    `keys`, when given, names what two items must share to match at all (a surname, a title
    word): an item is then compared only with the groups holding one of its keys.
    """
    groups: list[list[T]] = []
    index: dict[str, list[int]] = {}
    for item in items:
        own = set(keys(item)) if keys else set()
        candidates = sorted({g for k in own for g in index.get(k, ())}) if keys else range(len(groups))
        home = next((g for g in candidates if all(same(item, member) for member in groups[g])), None)
        if home is None:
            home = len(groups)
            groups.append([])
        groups[home].append(item)
        for key in own:
            if home not in index.setdefault(key, []):
                index[key].append(home)
    return groups


def person_surnames(person: Person) -> set[str]:
    """Return the last words of a person's name and aliases: two people match only if they share one."""
    return {words[-1] for name in (person.name, *person.aliases) if (words := normalise(name).split())}


@dataclass(frozen=True)
class Mention(Generic[T]):
    """One report's item: the report's number (1-based) and the item itself."""

    report: int
    item: T


@dataclass
class StoryGroups:
    """The people, organisations, places and events of several reports, one group per real one."""

    people: list[list[Mention[Person]]] = field(default_factory=list)
    organisations: list[list[Mention[Organisation]]] = field(default_factory=list)
    places: list[list[Mention[Place]]] = field(default_factory=list)
    events: list[list[Mention[Event]]] = field(default_factory=list)
    quotes: list[list[Mention[Quote]]] = field(default_factory=list)


def group_facts(facts_list: Sequence[Facts], disputed_dates: bool = False) -> StoryGroups:
    """Return the items of `facts_list` (one fact model per report) grouped across reports.

    Events of different reports whose places are the same group match through those groups;
    quotes match by their words when their speakers are one person (or unknown). With
    `disputed_dates`, an event that matches a group in all but a date a few days off or its
    place, and whose report has no event in it yet, joins it: the reports disagree on it.
    """
    mentions = [(n, f) for n, f in enumerate(facts_list, start=1)]
    people = cluster([Mention(n, p) for n, f in mentions for p in f.people], _on_items(same_person),
                     lambda m: person_surnames(m.item))
    orgs = cluster([Mention(n, o) for n, f in mentions for o in f.organisations], _on_items(same_org),
                   lambda m: org_keys(m.item.name, m.item.acronym))
    places = cluster([Mention(n, p) for n, f in mentions for p in f.places], _on_items(same_place),
                     lambda m: [_bare(m.item.name)])
    lookup = _place_lookup(places)
    placed = {(n, e.id): _placed(Mention(n, e), lookup) for n, f in mentions for e in f.events}
    events = cluster([Mention(n, e) for n, f in mentions for e in f.events],
                     lambda x, y: same_event(placed[(x.report, x.item.id)], placed[(y.report, y.item.id)]),
                     lambda m: _content_words(m.item.title))
    if disputed_dates:
        events = _fold_disputes(events, placed)
    speakers = _group_lookup(people)
    quotes = cluster([Mention(n, q) for n, f in mentions for q in f.quotes],
                     lambda x, y: same_quote(x.item, y.item) and _speakers_fit(x, y, speakers))
    return StoryGroups(people, orgs, places, events, quotes)


def _group_lookup(groups: list[list[Mention]]) -> dict[tuple[int, str], int]:
    """Return (report, item id) -> the number of the item's group."""
    return {(m.report, m.item.id): i for i, group in enumerate(groups) for m in group}


def _speakers_fit(x: Mention[Quote], y: Mention[Quote], speakers: dict[tuple[int, str], int]) -> bool:
    if x.item.speaker is None or y.item.speaker is None:
        return True
    return speakers.get((x.report, x.item.speaker)) == speakers.get((y.report, y.item.speaker))


def _on_items(same: Callable[[T, T], bool]) -> Callable[[Mention[T], Mention[T]], bool]:
    return lambda x, y: same(x.item, y.item)


def _place_lookup(groups: list[list[Mention[Place]]]) -> dict[tuple[int, str], str]:
    """Return (report, place id) -> the id of the place's group ("g3")."""
    return {key: f"g{number}" for key, number in _group_lookup(groups).items()}


def _placed(mention: Mention[Event], lookup: dict[tuple[int, str], str]) -> Event:
    """Return the event with its place id replaced by its place group's, so reports compare."""
    event = mention.item
    if event.where is None:
        return event
    return event.model_copy(update={"where": lookup.get((mention.report, event.where), event.where)})


def _fold_disputes(groups: list[list[Mention[Event]]], placed) -> list[list[Mention[Event]]]:
    """Return the event groups with lone reports of a disputed date folded into their event."""
    kept: list[list[Mention[Event]]] = []
    for group in groups:
        home = next((g for g in kept if _disputes(group, g, placed)), None)
        if home is None:
            kept.append(group)
        else:
            home += group
    return kept


def _disputes(group: list[Mention[Event]], home: list[Mention[Event]], placed) -> bool:
    """Tell whether `group` is `home` dated or placed differently by other reports (not both)."""
    if {m.report for m in group} & {m.report for m in home}:
        return False
    return all(_disputed(placed[(x.report, x.item.id)], placed[(y.report, y.item.id)]) for x in group for y in home)


def _disputed(a: Event, b: Event) -> bool:
    """Tell whether two reports' events are one whose date a few days off, or whose place, they dispute."""
    if not alike_events(a, b, place=False):
        return False
    gap = date_gap(a, b)
    if _places_fit(a.where, b.where, {}):
        return gap is not None and gap <= DISPUTE_DAYS
    return dates_fit(a, b) and a.when.start is not None and b.when.start is not None
