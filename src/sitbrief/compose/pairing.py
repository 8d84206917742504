"""Pair the items of the previous brief's facts with the current ones, by the shared matcher.

What goes in: the previous Facts and the current Facts. What comes out, for people,
organisations and events: the pairs (previous, current) that are one real thing, the current
items with no previous counterpart, and the previous items no current one matches. "Same" is
decided by facts/match.py (as for the digest and merged stories); an event reported again
with its date moved (a postponement) is paired when it is alike in all but the date.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

from sitbrief.facts.match import Mention, alike_events, dates_fit, group_facts, same_family, similar_titles
from sitbrief.facts.model import Event, Facts, Place

T = TypeVar("T")
BEFORE, NOW = 1, 2  # the report numbers of the previous and the current facts in the grouping


@dataclass
class Paired(Generic[T]):
    """Items of one kind: (previous, current) pairs, current ones that are new, previous ones gone."""

    pairs: list[tuple[T, T]] = field(default_factory=list)
    new: list[T] = field(default_factory=list)
    gone: list[T] = field(default_factory=list)


@dataclass
class StoryPairs:
    """The people, organisations and events of the previous and the current facts, paired."""

    people: Paired
    organisations: Paired
    events: Paired
    places: dict[tuple[int, str], str]  # (1 or 2, place id) -> the place's group, for comparing places


def pair_facts(before: Facts, now: Facts) -> StoryPairs:
    """Return the items of `before` and `now` paired: what is the same, what is new, what is gone."""
    groups = group_facts([before, now], disputed_dates=True)
    places = {(m.report, m.item.id): f"g{i}" for i, group in enumerate(groups.places) for m in group}
    events = _paired(groups.events)
    _pair_moved(events, before, now, places)
    return StoryPairs(_paired(groups.people), _paired(groups.organisations), events, places)


def _paired(groups: list[list[Mention]]) -> Paired:
    """Return the groups of one kind as pairs, new and gone items (in the current facts' order)."""
    out = Paired()
    for group in groups:
        old = [m.item for m in group if m.report == BEFORE]
        new = [m.item for m in group if m.report == NOW]
        if old and new:
            out.pairs.append((old[0], new[0]))
        elif new:
            out.new.append(new[0])
        else:
            out.gone += old[:1]
    return out


def _pair_moved(events: Paired, before: Facts, now: Facts, places: dict) -> None:
    """Pair new and gone events that are one event in all but their date, or in all but their
    place (moved, not new): alike by the shared matcher with the date or the place left aside."""
    lookup = _place_groups(before, now, places)
    for event in list(events.new):
        here = _placed(event, NOW, places)
        match = next((old for old in events.gone if _moved(_placed(old, BEFORE, places), here, lookup)), None)
        if match is not None:
            events.pairs.append((match, event))
            events.new.remove(event)
            events.gone.remove(match)


def _moved(old: Event, new: Event, lookup: dict[str, Place]) -> bool:
    """Tell whether two events are one whose date or whose place (not both) has changed."""
    if alike_events(old, new, lookup):
        return True
    return same_family(old.kind, new.kind) and similar_titles(old.title, new.title) and dates_fit(old, new)


def _placed(event: Event, report: int, places: dict) -> Event:
    """Return `event` with its place id replaced by its place group's, so both reports compare."""
    if event.where is None:
        return event
    return event.model_copy(update={"where": places.get((report, event.where), event.where)})


def _place_groups(before: Facts, now: Facts, places: dict) -> dict[str, Place]:
    """Return place group id -> a place of that group (alike_events looks places up by id)."""
    found: dict[str, Place] = {}
    for report, facts in ((BEFORE, before), (NOW, now)):
        for place in facts.places:
            found.setdefault(places[(report, place.id)], place)
    return found


def same_place_group(pairs: StoryPairs, before: Event, now: Event) -> bool:
    """Tell whether two events' places are one place (both must be set)."""
    return pairs.places.get((BEFORE, before.where)) == pairs.places.get((NOW, now.where))

