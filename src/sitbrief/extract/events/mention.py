"""One event mention built from its trigger, date and sentence."""

from __future__ import annotations

import re

from sitbrief.extract.doc import Doc
from sitbrief.extract.events.clauses import _inside_quote, _predicate
from sitbrief.extract.events.draft import EventDraft
from sitbrief.extract.events.status import _resolve_by_tense, _status
from sitbrief.extract.events.titles import _speaker_title, _title
from sitbrief.extract.titles import noun_phrase
from sitbrief.text.dates import DateExpr

_AS_DECLARED = re.compile(r"\bas declared (?:in|at) ((?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,3})", re.I)


def _event(
    doc: Doc,
    index: int,
    text: str,
    trigger: tuple[str, tuple[int, int]],
    expr: DateExpr | None,
    title: str | None = None,
) -> EventDraft:
    """Return a draft for one trigger and its date."""
    kind, span = trigger
    status = _status(text, span, expr, len(text) if title else 60)
    if kind == "other" and status in ("postponed", "cancelled"):
        status = _status(text, span, expr, len(text) if title else 60, hints=False)
    if expr is not None:
        expr, status = _resolve_by_tense(doc, text, span, expr, status)
    phrase = noun_phrase(text, span, expr.span if expr else None)
    named = title is not None
    title = title or _title(doc, text, span, expr)
    if not named and _inside_quote(text, span):
        title = _speaker_title(text, title)
    if kind == "statement" and (place := _AS_DECLARED.search(text, max(0, span[0] - 4))) and place.start() < span[1]:
        title = f"Declaration in {place.group(1)}"  # "the commitment, as declared in Putrajaya on July 28"
    if not named and (said := _SAID_LEAD.match(title)):
        title = _said_title(said)
    if re.match(r"['\u2019]s\s", title):  # "This year's summit" with the date taken out
        title = title[3:4].upper() + title[4:]
    return EventDraft(
        kind=kind,
        title=title,
        date=expr,
        status=status,
        sentence=index,
        evidence=[doc.sid(index)],
        trigger=span,
        word=text[span[0] : span[1]].lower(),
        predicate=_predicate(text, span),
        phrase=phrase if phrase and len(phrase.split()) >= 3 and phrase != title else None,
        clause=title != phrase and not named,
        retold=_judged(text, span),
        definite=bool(
            re.search(r"\bthe\s+(?:[\w-]+\s+){0,3}$", text[: span[0]], re.I)
            and noun_phrase(text, span, None)
            and not _NEW_COMPLEMENT.match(text, span[1])
            or re.match(r"(?:The|This|That|These)\s+[a-z][\w-]*\s+(?:\w+\s+)?$|(?:It|They|He|She)\s+$", text[: span[0]])
            or (kind == "other" and re.search(r"\bthe\s+(?:[\w-]+\s+){0,3}$", text[: span[0]], re.I))
            or bool(re.search(r"\b(?:this|that)\s+$", text[: span[0]], re.I) and noun_phrase(text, span, None))
        ),
    )


_NEW_COMPLEMENT = re.compile(  # "the deployment of additional squadrons" names a new event, not an earlier one
    r"\s+of\s+(?:the\s+)?[A-Z]|\s+of\s+(?:an?|additional|more|new|further|extra|some|several|\d[\d,]*|two|three|four|five)\b"
)


_JUDGED = re.compile(  # "Her Majesty's visit has been a tremendous boost", "the appointment reflects the high regard"
    r"\s+(?:(?:has\s+been|have\s+been|is|was|will\s+be)\s+(?:a|an|very|so|particularly|truly|also|another|important|"
    r"significant|historic|timely|vital|key|crucial)\b|(?:comes|came|reflects|reflected|underlines|underlined|demonstrates|"
    r"demonstrated|shows|showed|highlights|highlighted|signals|signalled|signaled|sends|sent)\b)",
    re.I,
)
_OWNED = re.compile(
    r"(?:^|\s)(?:[Mm]y|[Oo]ur|[Hh]er|[Hh]is|[Tt]heir|[Ii]ts|[Tt]his|[Tt]he|[Tt]oday['\u2019]s|[A-Z][\w-]*['\u2019]s)\s+(?:[a-z][\w-]*\s+){0,2}$"
)


def _judged(text: str, span: tuple[int, int]) -> bool:
    """Tell whether a noun trigger is the determined subject of a judgement, not of a happening ("My visit comes
    just after ...", "the honorary appointment reflects ..."): a retelling of the event the article told."""
    return bool(
        _JUDGED.match(text, span[1]) and _OWNED.search(text, max(0, span[0] - 40), span[0])
        and noun_phrase(text, span, None)
    )


_SAID_LEAD = re.compile(  # "Gates says he plans to use ...", "Woog said the two leaders discussed ..."
    r"(?P<who>(?:The\s+)?(?:(?-i:[A-Z])[\w.'\u2019-]*\s+){1,4})(?:said|says|added|noted)\s+(?:that\s+)?"
    r"(?:(?P<pronoun>he|she|they)\s+)?(?P<rest>\S.{10,})$"
)


def _said_title(said: re.Match[str]) -> str:
    """Return a title without its attribution: the speaker for "he"/"she", else what was said ("Woog said the
    leaders discussed X" -> "The leaders discussed X")."""
    if said["pronoun"]:
        return f"{said['who']}{said['rest']}"
    rest = said["rest"]
    return rest[:1].upper() + rest[1:]
