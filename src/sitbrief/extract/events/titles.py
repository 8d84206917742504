"""The title of an event: its noun phrase or headline clause."""

from __future__ import annotations

import re

from sitbrief.extract.doc import Doc
from sitbrief.extract.events.candidates import _SCHEDULED_OPENING
from sitbrief.extract.events.clauses import _FINITE, _LIGHT_VERB, _ORDERED_TO, _clause, _once_clause_end
from sitbrief.extract.events.eventive import _eventive_triggers
from sitbrief.extract.events.status import _dates_in
from sitbrief.extract.summary import headline
from sitbrief.extract.titles import clause_headline, noun_phrase, opening_nominal
from sitbrief.text.dates import DateExpr

_TAIL_CUT = re.compile(r",?\s+(?:the \w+(?: \w+)? said|according to .*|\w+ said|sources said|officials said)\.?$", re.I)
MAX_TITLE_WORDS = 14

_SAID_AFTER = re.compile(
    r"[\u201d\"],?\s+(?:(?:said|says|added)\s+)?(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){0,4}?(?P<who>[A-Z][\w'\u2019-]+)"
    r"(?:,[^,]{1,60},)?\s+(?:said|says|added|told)\b"
)


_SAID_BY_PRONOUN = re.compile(r"[\u201d\"],?\s+(?P<who>he|she|the\s+[a-z]+)\s+(?:said|says|added)\b")


def _speaker_title(text: str, title: str) -> str:
    """Return a quoted event's title without quote marks, the speaker's surname for "I" ("Marles meets X")."""
    title = re.split(r"[\u201d\"]", title.lstrip("\u201c\u2018\"' "))[0].strip(" ,.;:")
    said = _SAID_AFTER.search(text)
    if said and re.match(r"I\s", title):
        title = said["who"] + title[1:]
    elif re.match(r"I\s", title) and (who := _SAID_BY_PRONOUN.search(text)):
        title = who["who"][:1].upper() + who["who"][1:] + title[1:]  # "..., she said": "She meets X", resolved later
    return title[:1].upper() + title[1:]


def _title(doc: Doc, text: str, span: tuple[int, int], expr: DateExpr | None) -> str:
    """Return an event's title: a headline from its clause, or the noun phrase of a noun trigger."""
    skips = [_with_possessive(text, d.span) for d in _dates_in(text, doc.anchor, False) if not _of_year(text, d)]
    expr = None if expr is not None and _of_year(text, expr) else expr  # "the tsunami of 2004" keeps its year
    skip = _date_skip(text, span, expr)  # the words a noun phrase title leaves out for its date
    if (scheduled := _SCHEDULED_OPENING.match(text)) and 0 < (comma := text.find(", ", scheduled.end())) < span[0]:
        skips.append((0, comma + 2))  # "Scheduled to run from Aug. 9-18, LSE 2023 is ...": the opening is the date's frame
    if once := _once_clause_end(text, span):
        skips.append((0, once))  # "Once ratified by all three, the treaty will enter into force": the condition is no title
    if (purpose := _OPENING_PURPOSE.match(text)) and purpose.end() <= span[0]:
        skips.append((0, purpose.end()))  # "To strengthen alliances, X departed for ...": the aim is no subject
    if (quoted := _OPENING_QUOTE.match(text)) and quoted.end() <= span[0]:
        skips.append((0, quoted.end()))  # "“We will defend ...,” Trump told members of X": the words said are no title
    if opening := opening_nominal(text, span, skips):
        return opening
    if re.search(r"\b(?:followed|preceded) by\s+$", text[: span[0]]) and (
        series := re.match(r"[^,;.\u2013\u2014]{3,80}", text[span[0] :])
    ):
        return series.group(0)[:1].upper() + series.group(0)[1:].rstrip()  # "..., followed by visits to Seoul"
    if (order := _ORDERED_TO.search(text, max(0, span[0] - 200), span[0])) and (
        found := clause_headline(text, (order.start(), order.start() + len(order.group(0).split()[0])), skips)
    ):
        return found  # "the Secretary directed the group to remain in X": the order is the headline
    near = text[max(0, span[0] - 12) : span[0]]
    as_verb = re.search(r"\b(?:will|would|shall|to|did)\s+$", near) or (
        re.search(r"\band\s+$", near) and _FINITE.match(text, span[0])
    )
    if noun_phrase(text, span, None) is not None and not as_verb:
        lo = _clause(text, span)[0]
        light = _LIGHT_VERB.search(text, lo, span[0])
        if light and re.search(r"\bto\s+$", text[: light.start()]):
            light = None
        share = _PARTICIPATION.search(text, max(0, span[0] - 60), span[0])
        if share and (taking := _participation(text, share, span, expr)):
            return taking
        if light and (listed := _listed_predicate(text, light.start(), span)):
            return listed
        if light:
            found = clause_headline(text, light.span(), skips)
            if found:
                return found
        subject_of = re.match(r"\s+(?:began|begins|started|starts|ended|ends|opened|opens|concluded|runs|ran)\b", text[span[1] :])
        if subject_of and (found := clause_headline(text, (span[1] + subject_of.start() + 1, span[1] + subject_of.end()), skips)):
            return found  # "The exercise began on 20 May": the noun is the subject of its verb
        phrase = _year_named(expr, noun_phrase(text, span, skip), skip)
        if phrase and len(phrase.split()) >= 3:
            return phrase
        placed = _noun_and_place(text, span, skips)
        if placed:
            return placed
        following = _VERB_AFTER.match(text, span[1])
        if following and (found := clause_headline(text, following.span(1), skips)):
            return found  # "The exercise, which began on May 2, ...": "The exercise begins"
    found = clause_headline(text, span, skips + _purpose_gap(text, span))
    title = found or noun_phrase(text, span, skip) or _clause_title(text, span, expr)
    return title if len(title.split()) >= 3 else _passive_title(text, span, title)


_LISTED_AFTER = re.compile(r"[^,;:]{3,},\s+(?:and\s+)?$")
_PLANNED_SUBJECT = re.compile(
    r"\s*(?P<subject>(?-i:[A-Z])[\w.'\u2019-]*(?:\s+(?-i:[A-Z])[\w.'\u2019-]*){0,4})\s+(?:will|is\s+to|are\s+to)\s+(?:also\s+)?(?-i:[a-z])"
)


def _listed_predicate(text: str, verb: int, span: tuple[int, int]) -> str | None:
    """Return "She to participate in a roundtable" for the second of a planned subject's listed predicates
    ("She will also attend an event at X, participate in a roundtable and ..."), not the first one's clause."""
    if not _LISTED_AFTER.fullmatch(text, 0, verb) or not (opening := _PLANNED_SUBJECT.match(text)):
        return None
    if re.search(r"[,;:]", text[verb : span[0]]):
        return None
    return f"{opening['subject']} to {text[verb : span[1]]}"


def _year_named(expr: DateExpr | None, phrase: str | None, skip: tuple[int, int] | None) -> str | None:
    """Return a noun phrase with the year that names it ("the 2022 Joint Statement" -> "2022 Joint Statement")."""
    if not phrase or expr is None or skip is not None or expr.text in phrase:
        return phrase
    return f"{expr.text} {phrase}" if phrase.split()[0][:1].isupper() else phrase


def _date_skip(text: str, span: tuple[int, int], expr: DateExpr | None) -> tuple[int, int] | None:
    """Return the words a noun phrase title leaves out for its date: the date with the preposition before it
    ("Meeting in Singapore on June 3" -> "Meeting in Singapore"); none for a year naming the noun ("the 2022
    Joint Statement")."""
    if expr is None:
        return None
    if expr.precision == "year" and expr.span[1] < span[0] and re.fullmatch(r"\s+", text[expr.span[1] : span[0]]):
        return None
    lead = re.search(r"\b(?:on|in|at|from|by|since)\s+$", text[max(0, expr.span[0] - 8) : expr.span[0]], re.I)
    lead = None if re.match(r"['\u2019]s\b", text[expr.span[1] :]) else lead  # "build on today's announcement"
    return (expr.span[0] - len(lead.group(0)), expr.span[1]) if lead else expr.span


def _of_year(text: str, expr: DateExpr) -> bool:
    """Tell whether a date is a year naming the noun before it ("the tsunami of 2004"), part of its title."""
    return expr.precision == "year" and text[max(0, expr.span[0] - 3) : expr.span[0]] == "of "


_OPENING_PURPOSE = re.compile(r"\s*(?:In\s+order\s+)?[Tt]o\s+[a-z]+\b[^,;:.\"\u201c\u201d]{3,150},\s+(?=\S)")
_OPENING_QUOTE = re.compile(r"\s*[\"\u201c][^\"\u201c\u201d]*[\"\u201d]\s*,?\s*")


def _purpose_gap(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """Return the main predicate before a purpose infinitive, to leave out of its title.

    "Four jets arrived at X, Germany, to train with allies": the training's title is "Four jets
    train with allies", its subject the arrival's, not the arrival itself.
    """
    if not re.search(r"\bto\s+$", text[max(0, span[0] - 4) : span[0]]):
        return []
    main = [
        m for _, m in _eventive_triggers(text)
        if m.end() <= span[0] and span[0] - m.start() <= 120 and _FINITE.match(m.group(0))
        and not re.search(r"[;:.]|\b(?:and|but|who|which|that)\b", text[m.end() : span[0]])
    ]
    if not main:
        return []
    first = min(m.start() for m in main)
    modal = re.search(r"\b(?:will|would|shall|is|are|was|were)\s+(?:\w+ly\s+)?$", text[max(0, first - 20) : first])
    lo = first - (len(modal.group(0)) if modal else 0)
    return [(lo, span[0])]


def _with_possessive(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Return a date's span with its possessive ending and a bound before it.

    "today's briefing" leaves "briefing", not "'s briefing"; "remain at least until the end of
    January" leaves "remain", not "remain at least until".
    """
    owned = re.match(r"['\u2019]s\b", text[span[1] : span[1] + 2])
    bound = re.search(r"(?:\s+at\s+least)?\s+(?:until|till|through)\s+$", text[max(0, span[0] - 30) : span[0]], re.I)
    start = span[0] - len(bound.group(0).lstrip()) if bound else span[0]
    if _RELATIVE_START.match(text, span[0]) and (the := re.search(r"\bthe\s+$", text[max(0, start - 5) : start], re.I)):
        start -= len(the.group(0))  # "use the next week to conduct": no "the" left dangling
    return (start, span[1] + 2) if owned else (start, span[1])


_RELATIVE_START = re.compile(r"(?:next|last|coming|past|following|previous|same)\b", re.I)


_PASSIVE_AFTER = re.compile(
    r"[^.;]{0,80}?\b(?:was|were|is|are|has been|have been|had been)\s+"
    r"(postponed|cancell?ed|delayed|called off|held|scrapped|suspended|deferred|rescheduled|completed|launched)\b"
)


def _passive_title(text: str, span: tuple[int, int], title: str) -> str:
    """Return "The summit is postponed" for a bare "Summit" whose sentence says what became of it."""
    found = _PASSIVE_AFTER.match(text, span[1])
    if not found:
        return title
    noun = text[span[0] : span[1]]
    plural = noun.endswith("s") and not noun.endswith("ss")
    return f"The {noun.lower()} {'are' if plural else 'is'} {found.group(1)}"


_VERB_AFTER = re.compile(
    r"(?:\s*,?\s+(?:which|that)|\s+(?:[\w-]+\s+){0,2}?(?:will|has|have|had|was|were|is|are))?\s+"
    r"(began|begins|started|starts|ended|ends|opened|opens|closed|concluded|continued|continues|ran|runs|"
    r"run|begin|start|end|open|conclude|continue|took place|takes place|take place)\b"
)


_PARTICIPATION = re.compile(r"\bparticipation in\b(?=(?:\s+[\w'\u2019()-]+){0,5}\s*$)", re.I)


def _participation(text: str, light: re.Match[str], span: tuple[int, int], expr: DateExpr | None) -> str | None:
    """Return "X takes part in the Y ministerial" for "X's participation in the Y ministerial"."""
    owner = re.search(r"((?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w.-]*)['\u2019]s\s+$", text[: light.start()])
    phrase = noun_phrase(text, span, expr.span if expr else None)
    if not owner or not phrase:
        return None
    first = phrase.split()[0]
    if re.search(rf"\b{re.escape(first[:1].lower() + first[1:])}\b", text[light.end() :]):
        phrase = phrase[:1].lower() + phrase[1:]  # as written: "the counter-piracy ministerial"
    det = re.match(r"\s*(the|a|an)\s", text[light.end() :], re.I)
    phrase = phrase if not det or phrase.lower().startswith(det.group(1).lower() + " ") else f"{det.group(1)} {phrase}"
    return f"{owner.group(1)} takes part in {phrase}"


def _noun_and_place(text: str, span: tuple[int, int], skips: list[tuple[int, int]]) -> str | None:
    """Return "Attack at Naval Air Station Pensacola" for "the attack that took place at ..."."""
    tail = re.sub(r"^\s+(?:that|which)\s+(?:took place|happened|occurred)", "", text[span[1] :])
    found = re.match(r"\s+((?:at|in|near|off|on|against)\s+(?:the\s+)?(?:[A-Z][\w.'-]*\s*){1,6})", tail)
    if not found or any(lo < span[1] + 60 and hi > span[1] for lo, hi in skips if lo >= span[1]):
        return None
    noun = text[span[0] : span[1]]
    return f"{noun[:1].upper()}{noun[1:]} {found.group(1).strip()}"


def _clause_title(text: str, span: tuple[int, int], expr: DateExpr | None) -> str:
    """Return a short title from the clause around the trigger, without the date."""
    lo, hi = _clause(text, span)
    clause = text[lo:hi]
    if expr and lo <= expr.span[0] < hi:
        a, b = expr.span[0] - lo, expr.span[1] - lo
        clause = clause[:a] + clause[b:]
    clause = _TAIL_CUT.sub("", clause)
    clause = re.sub(r"^(?:and|but|or|so|then|also|while|as)\s+", "", clause.strip(), flags=re.I)
    clause = re.sub(r"\s+(?:on|in|from|by|at|during)?\s*$", "", clause)
    clause = re.sub(r"\s{2,}", " ", clause).strip(" ,.;:")
    clause = headline(clause, None) if clause else clause
    return clause[:1].upper() + clause[1:] if clause else text[:80]
