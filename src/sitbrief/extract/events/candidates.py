"""The trigger a date in a sentence belongs to."""

from __future__ import annotations

import re

from sitbrief.extract.events.clauses import _FINITE, _NEXT_PREDICATE, _clause
from sitbrief.extract.events.eventive import _eventive, _eventive_triggers
from sitbrief.extract.events.triggers import TRIGGERS
from sitbrief.extract.lexicon import words
from sitbrief.extract.rx import alternation
from sitbrief.text.gate import Gated

WEAK = frozenset({"announcement", "statement", "other"})


def _trigger_for(
    text: str, span: tuple[int, int], widen: tuple[int, int] | None = None
) -> tuple[str, tuple[int, int]] | None:
    """Return the event trigger a date expression belongs to (see `_candidates`)."""
    found = _candidates(text, span, widen)
    return (found[0][1], found[0][2]) if found else None


def _candidates(
    text: str, span: tuple[int, int], widen: tuple[int, int] | None = None
) -> list[tuple[int, str, tuple[int, int]]]:
    """Return (score, kind, span) of the triggers a date may belong to, best first.

    The score is the distance to the date, plus a penalty for triggers after it (English puts
    the date after the event: "met on Monday") and for weak kinds (announcement, statement).
    Without a trigger in its clause, a date looks in the clauses before and after it.
    """
    edge = None if widen else _edge_trigger(text, span)
    if edge:
        return [edge]
    if not widen:
        for kind, pattern in TRIGGERS:
            m = pattern.search(text, span[1], min(len(text), span[1] + 40))
            if m and _modifies(text, span, m.start()):
                return [(-1, kind, m.span())]
    clause = widen or _clause(text, span)
    if (
        not widen
        and re.match(
            r"\s*(?:which|that|who|held|scheduled|planned|set|due|signed|expected|slated|staged|"
            r"hosted|conducted|known)\b",
            text[clause[0] :],
        )
        or re.search(r"(?:which|who)\s*$", text[: clause[0]])
    ):
        clause = (_clause(text, (max(clause[0] - 3, 0), max(clause[0] - 2, 0)))[0], clause[1])
    found = []
    for kind, pattern in TRIGGERS:
        for m in pattern.finditer(text, clause[0], clause[1]):
            if not _eventive(text, m):
                continue
            after = m.start() >= span[1]
            if not after and _TARGET_OF.search(text, m.end(), span[0]):
                continue  # "announced their intention to mobilize $600 billion by 2027": the target's date
            distance = m.start() - span[1] if after else max(span[0] - m.end(), 0)
            if after and _modifies(text, span, m.start()):
                distance = -1
            elif (
                after
                and re.fullmatch(r"\s+for\s+(?:[\w-]+\s+){0,2}", text[span[1] : m.start()])
                and re.search(
                    r"\b(?:travel\w*|trip|visit\w*|fl(?:y|ies|ew)|head\w*)\b", text[max(0, span[0] - 60) : span[0]]
                )
            ):
                distance = 0
            elif after:
                distance += 30 + (60 if _NEXT_PREDICATE.search(text, span[1], m.end()) else 0)
                # "departed X today and will remain in Y": the date ends the predicate before "and"
            if _VENUE.search(text, max(0, m.start() - 60), m.start()):
                distance += 60  # "met on the sidelines of the summit on Monday": the summit is the venue
            found.append((distance + (20 if kind in WEAK else 0), kind, m.span()))
    if found or widen:
        return sorted(found)
    for step in range(1, 4):
        for other in (
            _clause(text, (max(clause[0] - 2 * step - 1, 0),) * 2),
            _clause(text, (min(clause[1] + 2 * step, len(text) - 1),) * 2),
        ):
            if other != clause and other[1] > other[0]:
                more = _candidates(text, span, other)
                if more:
                    return more
        clause = (_clause(text, (max(clause[0] - 3, 0),) * 2)[0], clause[1])
    return []


_TARGET_OF = re.compile(
    r"\b(?:intention|intent|plans?|commitment|pledge|aim|ambition|goal|target|efforts?)\s+to\s+(?-i:[a-z]+)\b", re.I
)
_ORIGIN_PARTICIPLE = re.compile(  # "a consultative body formed in 2012", "the SCF, established in 2012"
    rf"(?:(?<![\w.'\u2019-])(?P<noun>[A-Za-z][\w.'\u2019-]*)|,)\s+(?:{alternation(words('origin_participles'))})\s+(?:[\w'\u2019-]+\s+){{0,3}}?$"
)
_NOT_NOUN = frozenset(words("function_words")) | {"was", "were", "is", "are", "be", "been", "being", "has", "have", "had",
                                                  "and", "or", "then", "also", "jointly", "first", "recently", "newly",
                                                  "who", "which", "that", "not", "just", "only", "formally", "officially"}


def owned_by_participle(text: str, trigger: tuple[int, int], span: tuple[int, int]) -> bool:
    """Tell whether a date belongs to the participle of a noun standing between it and the trigger.

    "joined Kerry in meeting the ministers of the SCF, a consultative body formed in 2012": 2012 is
    the forming's; neither the meeting before the noun nor a verb after the date takes it.
    """
    before = trigger[1] <= span[0]
    found = _ORIGIN_PARTICIPLE.search(text, trigger[1] if before else max(0, span[0] - 60), span[0])
    if not found or (found["noun"] is not None and found["noun"].lower() in _NOT_NOUN):
        return False
    return before or found["noun"] is None  # after the date, only an aside between commas ("the yard, built in 1940, ...")


_VENUE = re.compile(r"\b(?:sidelines|margins?|side) of\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,5}$", re.I)


def _edge_trigger(text: str, span: tuple[int, int]) -> tuple[int, str, tuple[int, int]] | None:
    """Return the trigger a date at the sentence's edge governs: its main verb.

    "On 14th December, X, Y and Z met ..." and "..., met at Camp Smith, Nov. 4, 2024." date the
    sentence's first (finite) event, however many commas stand between.
    """
    found = sorted(
        (not _FINITE.match(m.group(0)), m.start(), kind, m.span())
        for kind, m in _eventive_triggers(text)
    )
    opening = re.fullmatch(r"\W*(?:on|in|at|during|by|early|late|earlier|later)?\s*", text[: span[0]], re.I)
    opening = opening or _SCHEDULED_OPENING.fullmatch(text, 0, span[0])
    if opening and (re.match(r"\s*,", text[span[1] :]) or _subject_follows(text, span)):
        after = sorted((f[1], f[2], f[3]) for f in found if f[1] >= span[1])
        return (0, after[0][1], after[0][2]) if after else None
    if _OPENING_VENUE.fullmatch(text, 0, span[0]) and 0 < (comma := text.find(", ", span[1])) - span[1] <= 60:
        main = sorted((f[1], f[2], f[3]) for f in found if f[1] > comma and not f[0])
        return (0, main[0][1], main[0][2]) if main else None  # "At the June G7 Summit, leaders launched X"
    if re.search(r",\s*(?:on\s+)?$", text[: span[0]]) and re.fullmatch(r"\W*", text[span[1] :]):
        before = [f for f in found if f[3][1] <= span[0]]
        return (0, before[0][2], before[0][3]) if before else None
    return None


_SCHEDULED_OPENING = re.compile(  # "Scheduled to run from Aug. 9-18, LSE 2023 is a ... exercise": the subject's event
    r"\W*(?:scheduled|set|slated|planned|due)\s+to\s+(?:run|take\s+place|begin|start|be\s+held|last|conclude|end)\s+"
    r"(?:from|on|in|between|through|until)?\s*",
    re.I,
)
_OPENING_VENUE = re.compile(r"\W*(?:[\w'\u2019]+\s+){0,4}?(?:at|during)\s+the\s+", re.I)


def _subject_follows(text: str, span: tuple[int, int]) -> bool:
    """Tell whether a sentence-opening date is followed by its clause's subject ("This week Minister X, ..., will visit")."""
    return bool(re.match(r"\s+(?:the\s+)?(?-i:[A-Z])[\w.'-]*", text[span[1] :])) and "," in text[span[1] : span[1] + 80]


def _modifies(text: str, span: tuple[int, int], trigger: int) -> bool:
    """Tell whether a date sits inside the noun phrase of the trigger after it ("the March 5, 2023, call")."""
    between = text[span[1] : trigger]
    return bool(re.search(r"\b(?:the|a|an|its|their|this|his|her|our)\s+$|['\u2019]s\s+$", text[: span[0]], re.I)) and bool(
        re.fullmatch(r",?\s+(?:[\w-]+\s+){0,2}", between)
    )


# Searched only in text holding what their every match must (text/gate.py): most sentences lack it.
_VENUE = Gated(_VENUE)
