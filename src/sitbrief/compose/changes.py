"""What changed since the previous brief: the content of "Changes since the last report".

What goes in: the Facts saved beside the previous brief and the Facts of this one. What comes
out: the events that are new or whose status, date or place changed, the people and
organisations that are new or have a new role, the new quotes, and what the previous brief had
that no current source reports. Which items are the same is decided by the shared matcher;
the wording is the layout's (compose/single.py renders it through `change.j2`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from sitbrief.compose.pairing import StoryPairs, pair_facts, same_place_group
from sitbrief.facts.match import date_span, normalise
from sitbrief.facts.model import Event, Facts, Quote

# A past event cannot change status; these can (planned -> past is "held").
_OPEN = ("planned", "postponed", "ongoing")
_ROLE_FILLER = {"of", "the", "and", "for", "a", "an", "s"}


@dataclass
class EventChange:
    """An event new since the previous brief (`before` is None), or one reported differently now."""

    event: Event
    before: Event | None = None
    status: bool = False
    date: bool = False
    place: bool = False
    place_before: str | None = None
    place_now: str | None = None


@dataclass
class ActorChange:
    """A person or organisation new since the previous brief, or a person with a new role."""

    name: str
    kind: Literal["person", "organisation"]
    roles: list[str]
    affiliation: str | None
    refs: list[str]
    new: bool = True
    roles_before: list[str] = field(default_factory=list)


@dataclass
class Gone:
    """Something the previous brief reported that no current source reports."""

    kind: Literal["event", "person", "organisation"]
    name: str


@dataclass
class Changes:
    """Every change between the previous brief's facts and the current ones, in reading order."""

    events: list[EventChange] = field(default_factory=list)
    actors: list[ActorChange] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    gone: list[Gone] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """Tell whether nothing changed."""
        return not (self.events or self.actors or self.quotes or self.gone)


def compare(before: Facts, now: Facts) -> Changes:
    """Return what changed from `before` (the previous brief's facts) to `now`."""
    pairs = pair_facts(before, now)
    changes = Changes()
    changes.events = _event_changes(pairs, before, now)
    changes.actors = _actor_changes(pairs)
    changes.quotes = _new_quotes(before, now)
    changes.gone = ([Gone("event", e.title) for e in pairs.events.gone]
                    + [Gone("person", p.name) for p in pairs.people.gone]
                    + [Gone("organisation", o.name) for o in pairs.organisations.gone])
    return changes


def _event_changes(pairs: StoryPairs, before: Facts, now: Facts) -> list[EventChange]:
    """Return the new events, then the events reported differently now (in the current order)."""
    order = {e.id: i for i, e in enumerate(now.events)}
    changed = [c for old, new in pairs.events.pairs if (c := _changed(new, old, pairs, now, before))]
    new = [EventChange(e) for e in pairs.events.new]
    return sorted(new, key=lambda c: order[c.event.id]) + sorted(changed, key=lambda c: order[c.event.id])


def _changed(event: Event, before: Event, pairs: StoryPairs, now: Facts, old: Facts) -> EventChange | None:
    """Return how `event` differs from its previous report `before`, or None when it does not."""
    change = EventChange(event, before)
    change.status = before.status != event.status and before.status in _OPEN
    change.date = _dates_differ(before, event)
    place_before, place_now = _place_name(old, before.where), _place_name(now, event.where)
    if place_before and place_now and not same_place_group(pairs, before, event):
        change.place, change.place_before, change.place_now = True, place_before, place_now
    return change if (change.status or change.date or change.place) else None


def _dates_differ(before: Event, now: Event) -> bool:
    """Tell whether both reports date the event and their dates cannot be the same days."""
    old, new = date_span(before), date_span(now)
    return old is not None and new is not None and (old[1] < new[0] or new[1] < old[0])


def _place_name(facts: Facts, place_id: str | None) -> str | None:
    place = next((p for p in facts.places if p.id == place_id), None) if place_id else None
    return place.name if place else None


def _actor_changes(pairs: StoryPairs) -> list[ActorChange]:
    """Return the new people and organisations, and the people with a new role."""
    found = [ActorChange(p.name, "person", list(p.roles), p.affiliation, p.evidence[:1])
             for p in pairs.people.new]
    for old, person in pairs.people.pairs:
        added = _new_roles(old.roles, person.roles)
        if added:
            found.append(ActorChange(person.name, "person", added, person.affiliation, person.evidence[:1],
                                     new=False, roles_before=list(old.roles)))
    found += [ActorChange(o.name, "organisation", [], o.country, o.evidence[:1]) for o in pairs.organisations.new]
    return found


def _new_roles(before: list[str], now: list[str]) -> list[str]:
    """Return the roles of `now` that say something `before` did not (not just fewer words)."""
    known = {w for role in before for w in _role_words(role)}
    return [role for role in now if not _role_words(role) <= known]


def _role_words(role: str) -> set[str]:
    return {w for w in normalise(role).split() if w not in _ROLE_FILLER}


def _new_quotes(before: Facts, now: Facts) -> list[Quote]:
    """Return the quotes of `now` that the previous brief did not carry (the same words, in part)."""
    old = [normalise(q.text) for q in before.quotes]
    return [q for q in now.quotes if not any(_overlaps(normalise(q.text), text) for text in old)]


def _overlaps(a: str, b: str) -> bool:
    return bool(a and b) and (a in b or b in a)
