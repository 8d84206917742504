"""Named events: operations, exercises and agreements by name."""

from __future__ import annotations

import re
from datetime import date

from sitbrief.extract.doc import Doc
from sitbrief.extract.events.clauses import _FINITE
from sitbrief.extract.events.mention import _event
from sitbrief.extract.events.triggers import TRIGGERS
from sitbrief.extract.lexicon import words
from sitbrief.extract.tense import FUTURE
from sitbrief.text.dates import DateExpr, find_dates
from sitbrief.text.gate import Gated

_CALENDAR = "|".join(sorted(words("calendar")))
_NAMED = re.compile(
    rf"\b(?P<name>(?:Exercise|Operation|Op\.|(?<=\s)exercise,?)\s+(?!(?:{_CALENDAR})\b)"
    r"(?:[A-Z][\w'-]*)(?:\s+[A-Z][\w'-]*){0,3})"
)
_GIVES_NAME = r"(?:code-?named|dubbed|known as|called)"  # "the raid, dubbed Operation X"
_QUOTED_NAME = re.compile(r"[\"\u201c\u2018](?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})[\"\u201d\u2019]")
_GLOSS = re.compile(  # "exercise Khunjar Hadd, Arabic for 'Sharp Dagger'": a name's translation, not another name
    r"\b(?:[A-Z][a-z]+\s+for|meaning|means|translated\s+as|translates\s+as|or)\s+$"
)
_KNOWN_AS = re.compile(
    r"\b(?:exercises?|drills?|operations?|manoeuvres|maneuvers),?\s+(?:known as|dubbed|"
    r"code-?named|called|named)\s+(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})",
    re.I,
)
_APPOSITIVE_NAME = re.compile(
    r"\b(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,5}"
    r"(?:exercise|drills?|operation|war games?)\b"
)
_AGREEMENT_NAME = re.compile(
    r"\b(?P<name>(?:[A-Z][\w.'\u2013-]*\s+){1,6}(?:Agreement|Arrangement|Convention|Treaty|Accord|Pact|Memorandum of Understanding|Declaration)(?:\s+on(?:\s+[A-Z][\w-]*)+)?)\b"
)


def _named_events(doc: Doc, index: int, text: str, dates: list[DateExpr]):
    """Return named exercises, operations and agreements with the dates that follow them."""
    events, used = [], set()
    names = [
        (m.span("name"), m["name"], "exercise") for m in _NAMED.finditer(text)
        if not _place_named(text, m) and not (m["name"].startswith("exercise,") and len(m["name"].split()) < 3)
    ]  # "exercise, Valiant Shield 2016," names it; "exercise, Rim of the Pacific" is cut short
    if TRIGGERS[0][1].search(text):
        names += [
            (m.span("name"), m["name"], "exercise") for m in _QUOTED_NAME.finditer(text)
            if not _NAMED.match(m["name"]) and not _GLOSS.search(text, max(0, m.start() - 30), m.start())
        ]
    names += [(m.span("name"), m["name"], "exercise") for m in _KNOWN_AS.finditer(text)]
    names += [
        (m.span("name"), m["name"], "exercise")
        for m in _APPOSITIVE_NAME.finditer(text)
        if not _NAMED.match(m["name"]) and m["name"].split()[0] not in ("The", "In", "On", "At")
    ]
    names += [(m.span("name"), _trim_agreement(m["name"]), "agreement") for m in _AGREEMENT_NAME.finditer(text)]
    names = sorted(n for n in names if not any(d.span[0] < n[0][1] and n[0][0] < d.span[1] for d in dates))
    # a date is no name: "Earlier Wednesday, the navy held drills" names no exercise "Earlier Wednesday"
    for n, (span, name, kind) in enumerate(names):
        limit = names[n + 1][0][0] if n + 1 < len(names) else len(text)
        expr = next((d for d in dates if span[1] <= d.span[0] < min(limit, span[1] + 70) and d.span not in used), None)
        if expr is None and kind == "agreement":
            expr = next(
                (d for d in dates if d.span[1] <= span[0] and span[0] - d.span[1] < 40 and not _governed(text, d.span)),
                None,
            )
        if expr is None and kind == "exercise":
            expr = _name_year(text, span)
            if expr and doc.anchor and int(expr.start) > doc.anchor.year and not FUTURE.search(text):
                expr = None  # "during exercise Blue Chromite 2017", read in November 2016: a fiscal year's label
        if expr and expr.start is None and (year := _name_year(text, span)):
            expr = _in_year(text, expr, int(year.start))  # "Valiant Shield 2016, on Tinian from Sept. 15 to 27"
        if expr:
            used.add(expr.span)
        title = _named_title(text, name, kind, span)
        if expr is None and (title == name if kind == "agreement" else _bare_operation(title)):
            continue  # a bare name ("Operation X") with no date reports no happening of its own
        draft = _event(doc, index, text, (kind, span), expr, title)
        draft.named = True
        events.append(draft)
    return events, used


def _bare_operation(title: str) -> bool:
    """Tell whether a title is only an operation's name ("Operation X", "Op X"): a mission, not a happening."""
    return len(title.split()) < 3 and title.split()[0] in ("Operation", "Op", "Op.")


def _name_year(text: str, span: tuple[int, int]) -> DateExpr | None:
    """Return the year a named exercise carries in its name ("Exercise Coastal Shield 2023")."""
    m = re.match(r"\s+((?:19|20)\d{2})\b(?!\s*[-\u2013/]\s*\d)", text[span[1] :])
    if not m:
        return None
    lo = span[1] + m.start(1)
    return DateExpr(m.group(1), (lo, lo + 4), m.group(1), m.group(1), "year", "the year in the exercise's name")


def _in_year(text: str, expr: DateExpr, year: int) -> DateExpr:
    """Return a yearless date left unresolved (no anchor) resolved in the year the event's name carries."""
    found = next((d for d in find_dates(text, date(year, 1, 1), True) if d.span == expr.span and d.start), None)
    return found or expr


def _place_named(text: str, match: re.Match[str]) -> bool:
    """Tell whether "Exercise X" is part of a place's name ("the Northern Australian Exercise Area")."""
    last = match["name"].split()[-1]
    return last in ("Area", "Areas", "Range", "Ranges", "Zone", "Ground", "Grounds") or bool(
        re.search(r"(?-i:[A-Z][\w'-]*)\s+$", text[: match.start("name")]) and match["name"].startswith("Exercise")
    )


def _governed(text: str, span: tuple[int, int]) -> bool:
    """Tell whether a verb trigger just before a date governs it ("will travel to X today")."""
    window = text[max(0, span[0] - 40) : span[0]]
    return any(_FINITE.search(m.group(0)) for _, pattern in TRIGGERS for m in pattern.finditer(window))


def _trim_agreement(name: str) -> str:
    """Drop sentence-initial words ("In August, the ...") from an agreement name."""
    words = name.split()
    while words and words[0] in ("The", "In", "Under", "A", "An", "On", "At", "By", "With"):
        words = words[1:]
    return " ".join(words)


def _named_title(text: str, name: str, kind: str, span: tuple[int, int]) -> str:
    """Return the title of a named event ("Exercise Keen Edge", "X Agreement took effect")."""
    if kind == "agreement":
        action = re.search(
            r"\b((?:ratification|signing|conclusion|implementation|renewal|entry into force) of (?:the )?(?:new )?)$",
            text[: span[0]],
            re.I,
        )
        if action:
            return action.group(1)[:1].upper() + action.group(1)[1:] + name
        verb = re.match(
            r"\s+(took effect|entered into force|came into force|was signed|"
            r"was ratified|expired)",
            text[span[1] :],
        )
        return f"{name} {verb.group(1)}" if verb else name
    noun = re.match(r"\s+(deployment|mission|patrol|exercises?|drills?|operations?)\b", text[span[1] :])
    before = re.search(r"(?:\b[\w-]+\s+)?\b(?:deployment|mission|patrol|rotation|contribution|tour)\s+(?:to|on|in)\s+$", text[: span[0]])
    given = re.search(rf"\b(?:the|a|an)\s+([a-z][\w-]+),?\s+({_GIVES_NAME}\s+)$", text[: span[0]], re.I)
    if re.match(r"(?:Exercise|Operation|Op\.)\s", name):
        if len(name.split()) < 3 and given and not noun:
            return f"{given.group(1).capitalize()} {given.group(2)}{name}"  # "The raid, dubbed Operation X" -> "Raid dubbed Operation X"
        if len(name.split()) < 3 and noun:
            return f"{name} {noun.group(1)}"  # "Operation MANITOU deployment"
        if len(name.split()) < 3 and before:
            return f"{before.group(0)[:1].upper()}{before.group(0)[1:]}{name}"  # "Nine-month deployment to Operation X"
        return name
    return "Exercise " + re.sub(r"^exercise,?\s+", "", name)


# Searched only in text holding what their every match must (text/gate.py): most sentences lack it.
_APPOSITIVE_NAME, _KNOWN_AS, _AGREEMENT_NAME, _NAMED = map(
    Gated, (_APPOSITIVE_NAME, _KNOWN_AS, _AGREEMENT_NAME, _NAMED))
