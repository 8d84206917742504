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
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from typing import Generic, TypeVar

from sitbrief.facts.model import Event, Facts, Organisation, Person, Place

T = TypeVar("T")
SIMILAR_TITLE = 0.5  # share of the shorter title's content words the other must hold
DISPUTE_DAYS = 7  # how far apart two reports may date one event before it is two events


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
    return alike_events(a, b, places) and dates_fit(a, b)


def alike_events(a: Event, b: Event, places: Mapping[str, Place] | None = None) -> bool:
    """Tell whether `a` and `b` would be one event if their dates were left aside."""
    return same_family(a.kind, b.kind) and _places_fit(a.where, b.where, places or {}) \
        and similar_titles(a.title, b.title)


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


def _content_words(title: str) -> set[str]:
    stop = set(_lines("title_stopwords.txt"))
    return {w for w in normalise(title).split() if w not in stop}


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


def _first_day(value: str) -> date:
    parts = [int(p) for p in value.split("-")]
    return date(parts[0], *(parts[1:] + [1, 1])[:2])


def _last_day(value: str) -> date:
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return date(*parts)
    month = parts[1] if len(parts) == 2 else 12
    return date(parts[0], month, calendar.monthrange(parts[0], month)[1])


# ----- grouping --------------------------------------------------------------------------------
def cluster(items: Sequence[T], same: Callable[[T, T], bool]) -> list[list[T]]:
    """Return `items` in groups, in order: an item joins the first group all of whose members it matches."""
    groups: list[list[T]] = []
    for item in items:
        group = next((g for g in groups if all(same(item, member) for member in g)), None)
        if group is None:
            groups.append([item])
        else:
            group.append(item)
    return groups


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


def group_facts(facts_list: Sequence[Facts], disputed_dates: bool = False) -> StoryGroups:
    """Return the items of `facts_list` (one fact model per report) grouped across reports.

    Events of different reports whose places are the same group match through those groups.
    With `disputed_dates`, an event that matches a group in all but a date a few days off,
    and whose report has no event in it yet, joins it: the reports disagree on the date.
    """
    mentions = [(n, f) for n, f in enumerate(facts_list, start=1)]
    people = cluster([Mention(n, p) for n, f in mentions for p in f.people], _on_items(same_person))
    orgs = cluster([Mention(n, o) for n, f in mentions for o in f.organisations], _on_items(same_org))
    places = cluster([Mention(n, p) for n, f in mentions for p in f.places], _on_items(same_place))
    lookup = _place_lookup(places)
    events = cluster([Mention(n, e) for n, f in mentions for e in f.events],
                     lambda x, y: same_event(_placed(x, lookup), _placed(y, lookup)))
    if disputed_dates:
        events = _fold_disputes(events, lookup)
    return StoryGroups(people, orgs, places, events)


def _on_items(same: Callable[[T, T], bool]) -> Callable[[Mention[T], Mention[T]], bool]:
    return lambda x, y: same(x.item, y.item)


def _place_lookup(groups: list[list[Mention[Place]]]) -> dict[tuple[int, str], str]:
    """Return (report, place id) -> the id of the place's group ("g3")."""
    return {(m.report, m.item.id): f"g{i}" for i, group in enumerate(groups) for m in group}


def _placed(mention: Mention[Event], lookup: dict[tuple[int, str], str]) -> Event:
    """Return the event with its place id replaced by its place group's, so reports compare."""
    event = mention.item
    if event.where is None:
        return event
    return event.model_copy(update={"where": lookup.get((mention.report, event.where), event.where)})


def _fold_disputes(groups: list[list[Mention[Event]]], lookup) -> list[list[Mention[Event]]]:
    """Return the event groups with lone reports of a disputed date folded into their event."""
    kept: list[list[Mention[Event]]] = []
    for group in groups:
        home = next((g for g in kept if _disputes(group, g, lookup)), None)
        if home is None:
            kept.append(group)
        else:
            home += group
    return kept


def _disputes(group: list[Mention[Event]], home: list[Mention[Event]], lookup) -> bool:
    """Tell whether `group` is `home` dated differently by other reports."""
    if {m.report for m in group} & {m.report for m in home}:
        return False
    for x in group:
        for y in home:
            a, b = _placed(x, lookup), _placed(y, lookup)
            gap = date_gap(a, b)
            if not (alike_events(a, b) and gap is not None and gap <= DISPUTE_DAYS):
                return False
    return True
