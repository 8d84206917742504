"""Which item of the previous brief's facts is the same as one of the current facts.

INTERIM: a thin adapter until the shared matcher (the `stories` branch) lands; people and
organisations are matched by the digest's keys (compose/index.py).
"""

from __future__ import annotations

from sitbrief.compose.index import normalise, org_keys, person_keys
from sitbrief.facts.model import Event, Facts, Organisation, Person


def best_person(person: Person, other: Facts) -> Person | None:
    """Return the person of `other` who is `person`, or None."""
    keys = set(person_keys(person.name))
    return next((p for p in other.people if keys & set(person_keys(p.name))), None)


def best_organisation(org: Organisation, other: Facts) -> Organisation | None:
    """Return the organisation of `other` that is `org`, or None."""
    keys = set(org_keys(org.name, org.acronym))
    return next((o for o in other.organisations if keys & set(org_keys(o.name, o.acronym))), None)


def same_place_id(facts_a: Facts, a: str | None, facts_b: Facts, b: str | None) -> bool:
    """Tell whether place id `a` of `facts_a` and `b` of `facts_b` name the same place."""
    name_a = next((p.name for p in facts_a.places if p.id == a), None)
    name_b = next((p.name for p in facts_b.places if p.id == b), None)
    return bool(name_a and name_b) and normalise(name_a) == normalise(name_b)


def best_event(event: Event, facts: Facts, other: Facts) -> Event | None:
    """Return the event of `other` that is `event` (of `facts`), or None."""
    candidates = [e for e in other.events if e.kind == event.kind
                  and (same_place_id(facts, event.where, other, e.where)
                       or (e.when.start and e.when.start == event.when.start))]
    return candidates[0] if candidates else None
