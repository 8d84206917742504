"""The lines of "Changes since the last report", worded by the layout's `change.j2`.

Order: new events; status changes; changed dates or places; new actors and new roles; new
quotes; what is no longer reported. Each line cites the current sentences it rests on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sitbrief.compose.changes import ActorChange, Changes, EventChange
from sitbrief.compose.dates import date_text
from sitbrief.facts.model import Event, Facts
from sitbrief.layout.change_vars import change_vars


class ChangeWording:
    """Words a Changes record with the layout's `render`, its labels and date style."""

    def __init__(self, facts: Facts, render: Callable[..., str], labels: dict[str, str], style: str) -> None:
        self.facts, self.render, self.labels, self.style = facts, render, labels, style

    def lines(self, changes: Changes) -> list[tuple[str, list[str]]]:
        """Return (text, evidence refs) for every change, in reading order."""
        new = [c for c in changes.events if c.before is None]
        status = [c for c in changes.events if c.before is not None and c.status]
        moved = [c for c in changes.events if c.before is not None and not c.status]
        out = [self._line("new_event", c.event.evidence[:1], **self._event(c.event)) for c in new]
        out += [self._changed(c) for c in status + moved]
        out += [self._actor(c) for c in changes.actors]
        out += [self._quote(q) for q in changes.quotes]
        out += [self._line("gone", [], name=g.name, what=g.kind) for g in changes.gone]
        return out

    def _line(self, kind: str, refs: list[str], **values: Any) -> tuple[str, list[str]]:
        text = self.render("change.j2", **change_vars(kind, **values))
        return " ".join(text.split()), list(refs)

    def _date(self, event: Event) -> str | None:
        when = event.when
        if not when.start:
            return None
        return date_text(when.start, when.end, when.precision, self.labels, self.style)

    def _event(self, event: Event) -> dict[str, Any]:
        facts = self.facts
        place = next((p.name for p in facts.places if p.id == event.where), None)
        return {"name": event.title, "event_kind": event.kind, "status": event.status,
                "date": self._date(event), "place": place}

    def _changed(self, change: EventChange) -> tuple[str, list[str]]:
        """Return the one line of an event reported differently now: its status, date and place."""
        before = change.before
        values = self._event(change.event)
        values.update(status_before=before.status if change.status else None,
                      date_before=self._date(before) if change.date else None,
                      place_before=change.place_before if change.place else None)
        if not change.status:
            values["status"] = None
        if not change.date:
            values["date"] = values["date"] if change.status else None
        if not change.place:
            values["place"] = None
        return self._line("event", change.event.evidence[:1], **values)

    def _actor(self, change: ActorChange) -> tuple[str, list[str]]:
        kind = "new_actor" if change.new else "role"
        return self._line(kind, change.refs, name=change.name, actor=change.kind, roles=list(change.roles),
                          roles_before=list(change.roles_before), affiliation=change.affiliation)

    def _quote(self, quote) -> tuple[str, list[str]]:
        person = self.facts.person(quote.speaker)
        return self._line("quote", list(quote.evidence), speaker=person.name if person else None,
                          text=" ".join(quote.text.split()))
