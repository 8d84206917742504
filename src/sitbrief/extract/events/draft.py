"""The event being assembled (EventDraft)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sitbrief.text.dates import DateExpr


@dataclass
class EventDraft:
    """An event being assembled."""

    kind: str
    title: str
    date: DateExpr | None
    status: str
    sentence: int
    participants: list[str] = field(default_factory=list)  # entity names, resolved later
    where: str | None = None
    evidence: list[str] = field(default_factory=list)
    named: bool = False
    trigger: tuple[int, int] | None = None
    phrase: str | None = None  # the trigger's noun phrase, when a headline title would lose it
    clause: bool = False  # the title is a headline clause (subject, verb, object), not a noun phrase
    definite: bool = False  # it refers back ("the three-week exercise", "The ship transited")
    word: str = ""  # the trigger as written ("ministerial", "met")
    predicate: tuple[int, int] | None = None  # the bounds of the trigger's predicate in its sentence
    folded: tuple[int, int] | None = None  # the predicate of a dated trigger folded into this named event
    apart: bool = False  # told beside its sentence's other events ("flew to Paris ahead of the summit"): never merged with them
    venue: bool = False  # the gathering a meeting was held on the margins of ("the G7 Summit"): merged only by its name
    retold: bool = False  # a determined noun judged, not told ("My visit comes just after ..."): the event told before
