"""Find events: named exercises and operations, agreements, meetings, calls, deals, appointments.

Each date expression in a sentence is tied to the nearest event trigger in its clause (or to
the named event it follows); its tense (past, planned, postponed...) decides how relative dates
resolve. Mentions of the same event across sentences are merged so it carries every piece of
evidence and the most precise date.
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Callable
from datetime import date, timedelta

from sitbrief.extract.doc import Doc
from sitbrief.extract.events.candidates import _SCHEDULED_OPENING, WEAK, _candidates
from sitbrief.extract.events.clauses import (
    _FINITE,
    _LIGHT_VERB,
    _MODAL,
    _ORDERED_TO,
    _clause,
    _inside_quote,
    _predicate,
    _progressive,
    _second_verb,
    event_clause,
)
from sitbrief.extract.events.draft import EventDraft
from sitbrief.extract.events.eventive import _ATTRIBUTIVE, _OWN_TRAVEL, _eventive_triggers, _speaker_own
from sitbrief.extract.events.filters import _habitual, _reported
from sitbrief.extract.events.status import (
    _PAST_FINITE,
    _PAST_VERB,
    _PRESENT_PROGRESSIVE,
    _dates_in,
    _end_bound,
    _resolve_by_tense,
    _status,
)
from sitbrief.extract.events.status import _ends_with_be as _ends_with_be
from sitbrief.extract.events.triggers import PRIORITY, TRIGGERS
from sitbrief.extract.lexicon import lexicon, words
from sitbrief.extract.rx import alternation
from sitbrief.extract.summary import headline
from sitbrief.extract.tense import FUTURE
from sitbrief.extract.titles import NOUN_TRIGGERS, clause_headline, noun_phrase, opening_nominal
from sitbrief.facts.model import HAPPENING_KINDS, MAX_EVENTS
from sitbrief.text.dates import DAY_OFFSET, UNIT_OFFSET, DateExpr, parse_full_date, year_by_weekday
from sitbrief.text.gate import Gated

__all__ = ["EventDraft", "TRIGGERS", "event_clause", "find_events", "merge_same_people"]


_CALENDAR = "|".join(sorted(words("calendar")))
_NAMED = re.compile(
    rf"\b(?P<name>(?:Exercise|Operation|Op\.|(?<=\s)exercise)\s+(?!(?:{_CALENDAR})\b)"
    r"(?:[A-Z][\w'-]*)(?:\s+[A-Z][\w'-]*){0,3})"
)
_GIVES_NAME = r"(?:code-?named|dubbed|known as|called)"  # "the raid, dubbed Operation X"
_QUOTED_NAME = re.compile(r"[\"\u201c\u2018](?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})[\"\u201d\u2019]")
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

_TAIL_CUT = re.compile(r",?\s+(?:the \w+(?: \w+)? said|according to .*|\w+ said|sources said|officials said)\.?$", re.I)
MAX_TITLE_WORDS = 14

MAX_EVENT_MENTIONS = MAX_EVENTS  # mentions read per article (a long feature has under 100)


def find_events(doc: Doc) -> list[EventDraft]:
    """Return the events reported in `doc`, merged across mentions, in text order."""
    drafts: list[EventDraft] = []
    for index in range(len(doc.sentences)):
        drafts.extend(_sentence_events(doc, index))
        if len(drafts) >= MAX_EVENT_MENTIONS:  # merging is quadratic; no real story has as many
            del drafts[MAX_EVENT_MENTIONS:]
            doc.warnings.append(f"over {MAX_EVENT_MENTIONS} event mentions: only the first "
                                f"{MAX_EVENT_MENTIONS} were read; split the article if the rest matter")
            break
    _date_offsets(drafts)
    merged = _merge(drafts)
    _date_from_headline(doc, merged)
    _date_from_dateline(doc, merged)
    _date_by_weekday(doc, merged)
    return merged


def _date_by_weekday(doc: Doc, drafts: list[EventDraft]) -> None:
    """Without a publication date, date "on Thursday, August 15" by the one stated year its weekday fits."""
    if doc.anchor is not None:
        return
    text = None  # the article's text, joined only when a draft needs it
    for draft in drafts:
        if draft.date is not None and draft.date.start is None and draft.sentence is not None:
            text = text if text is not None else "\n".join(s.text for s in doc.sentences)
            found = year_by_weekday(doc.sentences[draft.sentence].text, draft.date.span, text)
            if found is not None:
                draft.date = found


_DESCRIBES_SUBJECT = re.compile(
    rf"(?:{alternation(words('subject_participles'))})\s+(?:to|in|at|on|aboard|with|from)\b", re.I
)


def _date_offsets(drafts: list[EventDraft]) -> None:
    """Date "the following day", "later that month" from the date of the event told before it."""
    last = stated = None  # the last single day; the last date of any precision
    for draft in drafts:
        expr = draft.date
        if expr is not None and expr.rule.startswith(DAY_OFFSET):
            if last is None:
                draft.date = None  # no day before it to count from: undated
                continue
            day = (date.fromisoformat(last) + timedelta(days=int(expr.rule[len(DAY_OFFSET) :]))).isoformat()
            draft.date = DateExpr(expr.text, expr.span, day, day, "day", f"{expr.rule} ({last})")
        elif expr is not None and expr.rule.startswith(UNIT_OFFSET):
            draft.date = _unit_offset(expr, stated)
        if draft.date is not None and draft.date.precision == "day" and draft.date.start == draft.date.end:
            last = draft.date.start
        if draft.date is not None and draft.date.start and draft.date.precision != "unknown":
            stated = draft.date.start


def _unit_offset(expr: DateExpr, stated: str | None) -> DateExpr | None:
    """Resolve "the following month", "later that year" against the date told before it (None without one)."""
    found = re.fullmatch(r"(week|month|year)([+-]\d+)", expr.rule[len(UNIT_OFFSET) :])
    unit, step = found.group(1), int(found.group(2))
    need = {"week": 10, "month": 7, "year": 4}[unit]
    if stated is None or len(stated) < need:
        return None  # "later that month" after a bare year: the month is unknown
    rule = f"{expr.rule} ({stated})"
    if unit == "year":
        y = f"{int(stated[:4]) + step:04d}"
        return DateExpr(expr.text, expr.span, y, y, "year", rule)
    if unit == "month":
        y, mo = divmod(int(stated[:4]) * 12 + int(stated[5:7]) - 1 + step, 12)
        month = f"{y:04d}-{mo + 1:02d}"
        return DateExpr(expr.text, expr.span, month, month, "month", rule)
    day = date.fromisoformat(stated[:10])
    monday = day - timedelta(days=day.weekday()) + timedelta(weeks=step)
    return DateExpr(expr.text, expr.span, monday.isoformat(), (monday + timedelta(days=6)).isoformat(), "week", rule)


def _headline_words(title: str) -> int:
    """Return how many words of a headline are not its date (a date line taken for a title has few)."""
    return sum(1 for w in re.findall(r"[A-Za-z]{2,}", title) if w.lower() not in _CALENDAR_WORDS)


_CALENDAR_WORDS = frozenset(
    {w.lower() for w in words("calendar")} | {w.lower()[:3] for w in words("calendar")} | {"sept", "tues", "thur", "thurs"}
)


_DAY_BEFORE = frozenset({"yesterday", "last night"})  # a day word other than these names the day it was written


def _date_from_dateline(doc: Doc, drafts: list[EventDraft]) -> None:
    """Give an undated lead event told in the present the dateline's date.

    "SASEBO, Japan (Aug. 22, 2014) - USS X pulls into Sasebo for a port visit": a service
    story's dateline dates the happening its first sentence tells in the present tense.
    """
    if doc.anchor is None or doc.anchor_from != "dateline":
        return
    first = next((i for i in doc.body if doc.sentences[i].kind == "body"), None)
    if first is None:
        return
    text = doc.sentences[first].text
    main = next((d for d in drafts if doc.sid(first) in d.evidence and d.kind not in WEAK), None)
    if main is None or main.date is not None or main.status != "past" or main.sentence != first or not main.trigger:
        return
    if main.named:
        return  # "... during Exercise X": a named exercise runs over days, the dateline's is one of them
    upto = text[: main.trigger[1] + 30]
    past = [
        m for m in _PAST_FINITE.finditer(upto)
        if not _ATTRIBUTIVE.search(upto[: m.start()]) and not _DESCRIBES_SUBJECT.match(upto, m.start())
    ]
    if past or FUTURE.search(upto) or _PRESENT_PROGRESSIVE.search(upto) or _dates_in(text, doc.anchor, False):
        return
    day = doc.anchor.isoformat()
    main.date = DateExpr(text[main.trigger[0] : main.trigger[1]], main.trigger, day, day, "day", "the dateline's date: the lead tells it in the present")


def _date_from_headline(doc: Doc, drafts: list[EventDraft]) -> None:
    """Give the lead's event the date its headline states ("PM call with X: 28 May 2022").

    The headline's date is the day of the event it reports; it replaces a relative date of that
    event ("yesterday", "this morning"), which only the publication date could resolve, unless
    the publication date is stated apart from the headline ("Published 15 October 2024"): then
    "yesterday" is the day before it, and the headline only repeats the publication date.
    """
    stated = parse_full_date(doc.title or "") if _headline_words(doc.title or "") >= 3 else None
    body = [i for i in doc.body if doc.sentences[i].kind == "body"][:2]
    lead = {doc.sid(i) for i in body}
    main = next((d for d in drafts if lead & set(d.evidence) and d.kind not in WEAK), None)
    if stated is None or main is None:
        return
    relative = main.date is not None and (main.date.rule.startswith("'") or "such weekday" in main.date.rule)
    same_day = relative and main.date.rule.startswith("'") and main.date.text.lower() not in _DAY_BEFORE
    # "this afternoon" names the day it was written: the headline's, whenever the page appeared
    if relative and doc.anchor_from not in (None, "title") and not same_day:
        return
    if main.date is None or main.date.start is None or relative:
        day = stated.isoformat()
        text = main.date.text if main.date else doc.title or ""
        main.date = DateExpr(text, main.date.span if main.date else (0, 0), day, day, "day", "the date in the headline")


def _sentence_events(doc: Doc, index: int) -> list[EventDraft]:
    """Return the events one sentence reports."""
    text = doc.sentences[index].text
    dates = list(_dates_in(text, doc.anchor, False))
    events, used = _named_events(doc, index, text, dates)
    dated: list[EventDraft] = []
    dated_triggers: set[tuple[int, int]] = set()
    for expr in dates:
        quoted = _inside_quote(text, expr.span)
        if expr.span in used or _attribution_date(text, expr.span):
            continue
        bound = _end_bound(text, expr)  # "arrived ... to train through mid-September": the end, not the arrival's date
        if (said := re.match(r"\s+announc(?:ed|es)\b", text[expr.span[1] :])) and _OWN_TRAVEL.match(text, expr.span[1] + said.end()):
            continue  # "X today announced that she will travel ...": the date of the release, not of the travel
        found = [
            f for f in _candidates(text, expr.span)
            if f[2] not in dated_triggers and not _habitual(text, f[2]) and not _dated_after(text, f, expr, dates)
            and not _possessed_by_other(text, expr.span, f[2])
            and (not quoted or _own_quoted(text, expr.span, f[2]))
        ]
        if quoted and not found:
            continue  # a date inside a quote dates only the speaker's own action told in that quote
        before = text[max(0, expr.span[0] - 40) : expr.span[0]]
        if _REPORTS_THAT.search(before) and re.match(r",?\s+that\b", text[expr.span[1] : expr.span[1] + 8]):
            # "X agreed Thursday that troops will join the drills": the date is the agreeing's,
            # not the drills' (an event of the that-clause takes a date of its own clause only)
            found = [f for f in found if f[2][1] <= expr.span[0]]
            agreed = _AGREED_THAT.search(before)
            if not found and agreed:
                offset = expr.span[0] - len(before)
                found = [(0, "agreement", (offset + agreed.start(1), offset + agreed.end(1)))]  # the agreeing is the event the date dates
            if not found:
                continue
        if not found and (discussed := _DISCUSSED.search(text)) and not dated:
            found = [(0, "talks", discussed.span())]
        if found:
            dated_triggers.add(found[0][2])
            dated.append(_event(doc, index, text, (found[0][1], found[0][2]), None if bound else expr))
        if found and not bound:
            second = next(
                (
                    f
                    for f in found[1:]
                    if f[1] != found[0][1]
                    and f[0] <= 45
                    and frozenset({f[1], found[0][1]}) not in _MEETINGS
                    and _PAST_VERB.match(text[f[2][0] : f[2][1]])
                    and not _own_date(text, f[2], expr, dates)
                ),
                None,
            )
            if second:
                apart = second[2][0] < found[0][2][0] and _participle_of_noun(text, found[0][2], expr.span)
                dated.append(_event(doc, index, text, (second[1], second[2]), None if apart else expr))
    events = _fold_into_named(events, dated, text)
    if _undated_allowed(doc, index):
        for trigger in _undated_triggers(text, events):
            events.append(_event(doc, index, text, trigger, None))
            if _listed_apart(text, trigger[1]):
                _title_from_list(text, trigger[1], events)
    _date_where_clauses(text, events)
    _date_coordinated(text, events, dates)
    return events


def _date_coordinated(text: str, events: list[EventDraft], dates: list[DateExpr]) -> None:
    """Give the verbs joined by "and" to a dated one the date that opens their sentence.

    "On Monday the minister visited Manila and met President Marcos": the opening date governs
    the whole clause (a date after the first verb, "visited Manila on Monday and met X", may not).
    """
    opening = next((d for d in dates if re.fullmatch(r"\W*(?:on|in|at|during|early|late|earlier|later)?\s*", text[: d.span[0]], re.I)), None)
    host = next((e for e in events if opening and e.date and e.date.span == opening.span and e.trigger), None)
    if host is None:
        return
    last = host.trigger
    for event in sorted((e for e in events if e.trigger and e.trigger[0] > host.trigger[1]), key=lambda e: e.trigger):
        between = text[last[1] : event.trigger[0]]
        if _SUBORDINATE.search(between) or not _AND_VERB.search(between):
            return
        if event.date is None and not event.named:
            event.date, event.status = copy.copy(host.date), host.status
        last = event.trigger


_AND_VERB = re.compile(r"\band\s+(?:then\s+|also\s+)?$", re.I)
_SUBORDINATE = re.compile(r"[;:()]|\b(?:where|which|who|after|before|while|when|but|because|since|although|that|later|until)\b", re.I)


_WHERE_CLAUSE = re.compile(r",\s+(?:where|(?:at|during|in|on) which)\s+(?:[\w.'\u2019-]+\s+){0,4}$")


def _date_where_clauses(text: str, events: list[EventDraft]) -> None:
    """Give an undated event of a where-clause the date of the dated event it follows ("attended X today, where he met Y")."""
    for event in events:
        if event.date is not None or not event.trigger:
            continue
        where = _WHERE_CLAUSE.search(text, max(0, event.trigger[0] - 60), event.trigger[0])
        host = next(
            (e for e in reversed(events) if e.date and e.trigger and where and e.trigger[1] <= where.start()), None
        )
        if host is not None:
            event.date, event.status = copy.copy(host.date), host.status


_POSSESSIVE_DATE = re.compile(r"['\u2019]s\s+(?:[\w-]+\s+){0,4}")
_SEQUENCE_BEFORE = re.compile(r"\b(?:following|after|before|ahead of|since|prior to)\s+$", re.I)


def _possessed_by_other(text: str, span: tuple[int, int], trigger: tuple[int, int]) -> bool:
    """Tell whether a date owned by an earlier happening dates another trigger.

    "Following Wednesday's call, the ministers issued a statement": Wednesday is the call's day,
    not the statement's ("during today's briefing" still dates what was said in it).
    """
    owned = _POSSESSIVE_DATE.match(text, span[1])
    if not owned or not _SEQUENCE_BEFORE.search(text, max(0, span[0] - 20), span[0]):
        return False
    return not owned.start() < trigger[0] <= owned.end()


def _dated_after(text: str, found: tuple[int, str, tuple[int, int]], expr: DateExpr, dates: list[DateExpr]) -> bool:
    """Tell whether a trigger after "and" has a date of its own after it (before the next trigger).

    "graduated in July and the frigate completed its first port visit in August": July, the date
    of the conjunct before, is not the visit's date (a trigger the date modifies or opens keeps it).
    """
    score, _, span = found
    if score <= 0 or span[0] < expr.span[1] or not re.search(r"(?:,\s|\s)and\s", text[expr.span[1] : span[0]]):
        return False  # only a date of the conjunct before ("... in July and the frigate ...")
    hi = min([m.start() for _, m in _eventive_triggers(text) if m.start() >= span[1]] + [text.find(";", span[1]) % (len(text) + 1)])
    return any(
        d.span != expr.span and span[1] <= d.span[0] < hi and d.start
        and not (_attribution_date(text, d.span) or _inside_quote(text, d.span) or _end_bound(text, d))
        for d in dates
    )


_NOUN_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|that)\s+(?:[\w'\u2019-]+\s+){0,3}?[a-z][\w-]*\s+$", re.I)
_PARTICIPLE = r"(?:[a-z]+(?:ed|en)|held|made|built|won|met|set|struck|begun)"
_PARTICIPLE_TO_DATE = re.compile(rf"\s+{_PARTICIPLE}\s+(?:[\w'\u2019-]+\s+){{0,3}}?$")


def _participle_of_noun(text: str, span: tuple[int, int], date_span: tuple[int, int]) -> bool:
    """Tell whether a date dates a noun's participle clause ("the pact agreed in 2021"), not the verb before it."""
    if re.fullmatch(_PARTICIPLE, text[span[0] : span[1]]) and _NOUN_BEFORE.search(text, max(0, span[0] - 50), span[0]):
        return True  # the trigger is the participle itself
    return span[1] <= date_span[0] and bool(_PARTICIPLE_TO_DATE.fullmatch(text, span[1], date_span[0]))


def _own_date(text: str, span: tuple[int, int], expr: DateExpr, dates: list[DateExpr]) -> bool:
    """Tell whether another date stands after the trigger in its own predicate ("and signed it on Tuesday")."""
    hi = _predicate(text, span)[1]
    return any(d.span != expr.span and span[1] <= d.span[0] < hi for d in dates)


_REPORTS_THAT = re.compile(
    r"\b(?:agreed|announced|decided|confirmed|said|stated|noted|pledged|declared|reaffirmed|stressed|"
    r"emphasi[sz]ed|underscored|welcomed|affirmed|recognised|recognized|acknowledged)\s+(?:on\s+)?$",
    re.I,
)
_AGREED_THAT = re.compile(r"\b(agreed|decided)\s+(?:on\s+)?$", re.I)

_DISCUSSED = re.compile(
    r"\b(?:discussed|discuss|held discussions|exchanged views|assessed|reviewed|took stock of)\b", re.I
)


_COORDINATED = re.compile(
    r"\band\s+(?:will\s+|would\s+|to\s+|then\s+)?(?:hold|held|holds|sign|signed|signs|visit|visited|visits|meet|met|"
    r"attend|attended|host|hosted|travel|travelled|traveled|conduct|conducted|launch|launched)\b(?:\s+[\w'-]+){0,4}\s*$",
    re.I,
)


def _undated_triggers(text: str, events: list[EventDraft]) -> list[tuple[str, tuple[int, int]]]:
    """Return one trigger per clause that has no event yet (a sentence may report several events)."""
    taken = [_predicate(text, e.trigger) if not e.named else e.trigger for e in events if e.trigger]
    taken += [e.folded for e in events if e.folded]
    own = {e.trigger for e in events if e.trigger}
    found = sorted(
        (bool(_PURPOSE.search(text, max(0, m.start() - 60), m.start())), PRIORITY.index(kind), m.start(), kind, m.span())
        for kind, m in _eventive_triggers(text)
    )
    chosen: list[tuple[str, tuple[int, int]]] = []
    kinds = {e.kind for e in events}
    for _, _, _, kind, span in found:
        clause = _predicate(text, span)
        finite = bool(_FINITE.match(text[span[0] : span[1]])) or _progressive(text, span)
        coordinated = bool(_COORDINATED.search(text, max(0, span[0] - 50), span[0])) or _second_verb(text, span)
        if span in own or _named_around(text, span, events):
            continue
        if any(lo <= span[0] < hi for lo, hi in taken) and not _listed_apart(text, span):
            continue
        if _opening_venue(text, span):
            continue  # "At the G7 conference in Tokyo, the Foreign Secretary will meet X": the venue of the meeting
        if _purpose_of(text, span, events):
            continue  # "pulled into Sasebo, Aug. 22, for a scheduled port visit": the visit is the arrival's purpose
        if not coordinated and kind in kinds and not finite and not _listed_apart(text, span) and not _told_before(text, span):
            continue
        if not _reported(text, span, kind):
            continue
        kinds.add(kind)
        chosen.append((kind, span))
        taken.append(clause)
    return sorted(chosen, key=lambda t: t[1])


_AFTER_EARLIER = re.compile(r"\b(?:following|after)\s+(?:[\w'\u2019-]+\s+){0,4}$", re.I)


def _told_before(text: str, span: tuple[int, int]) -> bool:
    """Tell whether a noun trigger names an earlier happening the clause sets apart ("..., following two days of meetings")."""
    return bool(_AFTER_EARLIER.search(text, max(0, span[0] - 50), span[0])) and not _FINITE.match(text, span[0])


def _listed_apart(text: str, span: tuple[int, int]) -> bool:
    """Tell whether an event noun ends a list after another event ("visits to Seoul, Tokyo and a NATO conference in X")."""
    return bool(
        re.search(r"\b(?:visits|trips|stops|travel)\s+to\s+(?:[\w.'\u2019-]+,?\s+){1,8}and\s+(?:a|an|the)\s+(?:[\w.'\u2019-]+\s+){0,5}$",
                  text[max(0, span[0] - 120) : span[0]])
    ) and not _FINITE.match(text[span[0] : span[1]])


def _title_from_list(text: str, span: tuple[int, int], events: list[EventDraft]) -> None:
    """Title the listed event by its own phrase and give it the tense of the event it is listed after."""
    event = events[-1]
    head = re.search(r"\band\s+(?:a|an|the)\s+((?:[\w.'\u2019-]+\s+){0,5})$", text[: span[0]])
    place = re.match(r"\s+(?:in|at)\s+(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,3}", text[span[1] :])
    if head:
        phrase = text[head.start(1) : span[1] + (place.end() if place else 0)]
        event.title, event.clause, event.phrase = phrase[:1].upper() + phrase[1:], False, None
    host = next((e for e in events[:-1] if e.trigger and e.trigger[1] <= span[0]), None)
    if host is not None and host.status == "planned":
        event.status = "planned"


def _opening_venue(text: str, span: tuple[int, int]) -> bool:
    """Tell whether a noun trigger names the venue in a sentence's opening phrase before an event verb."""
    if not re.fullmatch(r"\W*(?:At|During)\s+(?:the\s+)?(?:[\w'\u2019.-]+\s+){0,5}", text[: span[0]]):
        return False
    comma = text.find(", ", span[1])
    return 0 < comma - span[1] <= 60 and any(
        m.start() > comma and (_FINITE.match(m.group(0)) or _MODAL.search(text[: m.start()]))
        for _, m in _eventive_triggers(text)
    )


def _purpose_of(text: str, span: tuple[int, int], events: list[EventDraft]) -> bool:
    """Tell whether a noun trigger after "for a ..." is the purpose of a dated movement just before it."""
    if not re.search(r"\bfor\s+(?:a|an|the|its|her|his|their)\s+(?:[\w-]+\s+){0,2}$", text[max(0, span[0] - 40) : span[0]]):
        return False
    return any(
        e.kind == "deployment" and e.date is not None and e.trigger and 0 < span[0] - e.trigger[1] <= 100
        for e in events
    )


def _named_around(text: str, span: tuple[int, int], events: list[EventDraft]) -> bool:
    """Tell whether a trigger word is part of a named event's title ("six-month deployment to Operation X")."""
    word = text[span[0] : span[1]].lower()
    return any(
        e.named and e.trigger and e.trigger[0] - 40 <= span[0] <= e.trigger[1] + 15 and word in e.title.lower()
        for e in events
    )


_PURPOSE = re.compile(  # "making their way to Norway for one of NATO's biggest exercises": the way is the event
    r"\s(?:for|ahead of)\s+(?:one of\s+)?(?:the\s+|an?\s+|[A-Z][\w.-]*['\u2019]s\s+)?(?:[\w-]+\s+){0,3}$"
)

_AS_DECLARED = re.compile(r"\bas declared (?:in|at) ((?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,3})", re.I)


def _fold_into_named(named: list[EventDraft], dated: list[EventDraft], text: str = "") -> list[EventDraft]:
    """Give an undated named event the date of the one dated trigger event beside it.

    Not when the name only frames it ("conducted landing drills on May 28 during Exercise K"):
    the drills are an event of their own within the exercise.
    """
    undated = [
        e for e in named
        if e.date is None and e.kind == "exercise" and not (e.trigger and _FRAME.search(text[: e.trigger[0]]))
    ]
    if (
        len(undated) == 1 and len(dated) == 1 and dated[0].kind in ("exercise", "deployment")
        and not (undated[0].trigger and dated[0].trigger and text
                 and not _near(text, undated[0].trigger, dated[0].trigger)
                 and not _deployment_of(undated[0], dated[0]))
    ):
        event, other = undated[0], dated[0]
        event.date = other.date
        if _deployment_of(event, other):
            event.kind = "deployment"  # "a six-month deployment to Operation X" is a deployment, not an exercise
            event.folded = other.predicate  # its departure is told; no second event from that verb
        if event.status not in ("cancelled", "postponed"):
            event.status = other.status
        return named
    return named + dated


def _deployment_of(named: EventDraft, movement: EventDraft) -> bool:
    """Tell whether a named deployment is the one a dated departure starts ("left port ... as part of a deployment to Operation X")."""
    return movement.kind == "deployment" and bool(re.search(r"\bdeployment\b", named.title, re.I))


def _near(text: str, one: tuple[int, int], other: tuple[int, int]) -> bool:
    """Tell whether two triggers stand in one predicate (not "hold the next exercise in 2025, and confirmed X")."""
    lo, hi = _predicate(text, one)
    return lo <= other[0] < hi


_FRAME = re.compile(r"\b(?:during|as part of|throughout|in support of|ahead of)\s+(?:the\s+)?$", re.I)


def _undated_allowed(doc: Doc, index: int) -> bool:
    """Undated events come from body sentences anywhere, not from captions (quoted speech: see _speaker_own)."""
    return doc.sentences[index].kind == "body"


def _attribution_date(text: str, span: tuple[int, int]) -> bool:
    """Tell whether a date only dates the reporting ("..., the ministry said on Monday")."""
    return bool(
        re.search(
            r"\b(?:said|says|told (?:\w+ ){0,2}\w+|added|stated|wrote|reported)"
            r"(?:\s+in\s+an?\s+(?:\w+\s+)?(?:statement|interview|post|briefing))?\s*$",
            text[max(0, span[0] - 40) : span[0]],
        )
    )


def _own_quoted(text: str, span: tuple[int, int], trigger: tuple[int, int]) -> bool:
    """Tell whether a quoted date dates the speaker's own action in the same quote ("I met X earlier this year")."""
    lo, hi = min(span[0], trigger[0]), max(span[1], trigger[1])
    return (
        _inside_quote(text, trigger) and not re.search(r"[\u201c\u201d\"]", text[lo:hi]) and _speaker_own(text, trigger)
    )


def _named_events(doc: Doc, index: int, text: str, dates: list[DateExpr]):
    """Return named exercises, operations and agreements with the dates that follow them."""
    events, used = [], set()
    names = [(m.span("name"), m["name"], "exercise") for m in _NAMED.finditer(text) if not _place_named(text, m)]
    if TRIGGERS[0][1].search(text):
        names += [
            (m.span("name"), m["name"], "exercise") for m in _QUOTED_NAME.finditer(text) if not _NAMED.match(m["name"])
        ]
    names += [(m.span("name"), m["name"], "exercise") for m in _KNOWN_AS.finditer(text)]
    names += [
        (m.span("name"), m["name"], "exercise")
        for m in _APPOSITIVE_NAME.finditer(text)
        if not _NAMED.match(m["name"]) and m["name"].split()[0] not in ("The", "In", "On", "At")
    ]
    names += [(m.span("name"), _trim_agreement(m["name"]), "agreement") for m in _AGREEMENT_NAME.finditer(text)]
    names.sort()
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
    return "Exercise " + re.sub(r"^exercise\s+", "", name)


_SAID_AFTER = re.compile(
    r"[\u201d\"],?\s+(?:(?:said|says|added)\s+)?(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){0,4}?(?P<who>[A-Z][\w'\u2019-]+)"
    r"(?:,[^,]{1,60},)?\s+(?:said|says|added|told)\b"
)


def _speaker_title(text: str, title: str) -> str:
    """Return a quoted event's title without quote marks, the speaker's surname for "I" ("Marles meets X")."""
    title = re.split(r"[\u201d\"]", title.lstrip("\u201c\u2018\"' "))[0].strip(" ,.;:")
    said = _SAID_AFTER.search(text)
    if said and re.match(r"I\s", title):
        title = said["who"] + title[1:]
    return title[:1].upper() + title[1:]


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


def _title(doc: Doc, text: str, span: tuple[int, int], expr: DateExpr | None) -> str:
    """Return an event's title: a headline from its clause, or the noun phrase of a noun trigger."""
    skips = [_with_possessive(text, d.span) for d in _dates_in(text, doc.anchor, False) if not _of_year(text, d)]
    expr = None if expr is not None and _of_year(text, expr) else expr  # "the tsunami of 2004" keeps its year
    if (scheduled := _SCHEDULED_OPENING.match(text)) and 0 < (comma := text.find(", ", scheduled.end())) < span[0]:
        skips.append((0, comma + 2))  # "Scheduled to run from Aug. 9-18, LSE 2023 is ...": the opening is the date's frame
    if (quoted := _OPENING_QUOTE.match(text)) and quoted.end() <= span[0]:
        skips.append((0, quoted.end()))  # "“We will defend ...,” Trump told members of X": the words said are no title
    if opening := opening_nominal(text, span, skips):
        return opening
    if re.search(r"\b(?:followed|preceded) by\s+$", text[: span[0]]) and (
        series := re.match(r"[^,;.\u2013\u2014]{3,80}", text[span[0] :])
    ):
        return series.group(0)[:1].upper() + series.group(0)[1:].rstrip()  # "..., followed by visits to Seoul"
    if (order := _ORDERED_TO.search(text, max(0, span[0] - 90), span[0])) and (
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
        if light:
            found = clause_headline(text, light.span(), skips)
            if found:
                return found
        subject_of = re.match(r"\s+(?:began|begins|started|starts|ended|ends|opened|opens|concluded|runs|ran)\b", text[span[1] :])
        if subject_of and (found := clause_headline(text, (span[1] + subject_of.start() + 1, span[1] + subject_of.end()), skips)):
            return found  # "The exercise began on 20 May": the noun is the subject of its verb
        phrase = noun_phrase(text, span, expr.span if expr else None)
        if phrase and len(phrase.split()) >= 3:
            return phrase
        placed = _noun_and_place(text, span, skips)
        if placed:
            return placed
        following = _VERB_AFTER.match(text, span[1])
        if following and (found := clause_headline(text, following.span(1), skips)):
            return found  # "The exercise, which began on May 2, ...": "The exercise begins"
    found = clause_headline(text, span, skips + _purpose_gap(text, span))
    title = found or noun_phrase(text, span, expr.span if expr else None) or _clause_title(text, span, expr)
    return title if len(title.split()) >= 3 else _passive_title(text, span, title)


def _of_year(text: str, expr: DateExpr) -> bool:
    """Tell whether a date is a year naming the noun before it ("the tsunami of 2004"), part of its title."""
    return expr.precision == "year" and text[max(0, expr.span[0] - 3) : expr.span[0]] == "of "


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
    return (start, span[1] + 2) if owned else (start, span[1])


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


def _merge(drafts: list[EventDraft]) -> list[EventDraft]:
    """Merge drafts that report the same event."""
    merged: list[EventDraft] = []
    for draft in drafts:
        target = _referent(merged, draft) or next((m for m in reversed(merged) if _same(m, draft)), None)
        if target is None:
            merged.append(draft)
            continue
        _absorb(target, draft)
    return merged


_MEETING_KINDS = frozenset({"meeting", "talks", "call"})
_EARLIER = re.compile(
    r"\b(?:last|previous|previously|earlier|before|first met|again|recent|recently|visit\w*|trip|tour|travel\w*)\b", re.I
)


def merge_same_people(
    doc: Doc, drafts: list[EventDraft], people: Callable[[EventDraft], frozenset]
) -> list[EventDraft]:
    """Fold an undated meeting into a dated one of the same people ("Kihara held a meeting with Marles").

    Only a meeting, talk or call reported by a clause (not a noun naming another event: "the
    conference hosted recently in Glasgow") whose two or more people all take part in an
    earlier-found one of the same status is folded, and not one the text sets apart ("they
    last met in Bali").
    """
    out: list[EventDraft] = []
    for draft in drafts:
        own = people(draft)
        target = None
        if draft.kind in _MEETING_KINDS and draft.date is None and len(own) >= 2 and draft.clause and not draft.named:
            target = next(
                (
                    m
                    for m in out
                    if m.kind in _MEETING_KINDS and m.date is not None and m.status == draft.status and own <= people(m)
                ),
                None,
            )
        if target is not None and draft.trigger and _specific_noun(doc.sentences[draft.sentence].text, draft.trigger):
            target = None  # "Mitchell's participation in the D-ISIS ministerial" is another meeting
        if target is None or _EARLIER.search(draft.title) or _EARLIER.search(doc.sentences[draft.sentence].text):
            out.append(draft)
            continue
        _absorb(target, draft)
    return out


def _specific_noun(text: str, span: tuple[int, int]) -> bool:
    """Tell whether a trigger is a noun naming a particular event ("ministerial", "summit"), not a generic one."""
    word = text[span[0] : span[1]].lower()
    return word.split()[-1] in NOUN_TRIGGERS and word not in _GENERIC and word.split()[-1] not in _GENERIC


def _referent(merged: list[EventDraft], draft: EventDraft) -> EventDraft | None:
    """Return the earlier event a definite mention ("the laser deal") names by a shared word."""
    if not (draft.definite and draft.date is None):
        return None
    recent = [m for m in reversed(merged) if m.kind == draft.kind and 0 <= draft.sentence - m.sentence <= 3]
    own = _content(draft.title) - {draft.kind}
    return next((m for m in recent if own & _content(m.title) and _refers(m, draft) and not _unlike_others(m, draft)), None)


def _content(title: str) -> set[str]:
    """Return a title's content words (four letters or more, stopwords out, plural -s off)."""
    return {w.rstrip("s") for w in re.findall(r"[a-z]{4,}", title.lower()) if w not in _TITLE_STOP}


_SIMILAR = {
    frozenset({"talks", "meeting"}),
    frozenset({"meeting", "call"}),
    frozenset({"deal", "agreement"}),
    frozenset({"exercise", "deployment"}),
}
_MEETINGS = {frozenset({"talks", "meeting"}), frozenset({"meeting", "call"})}
_DEFINITE = re.compile(
    r"^(?:The|This|That|These|Under the|During the)\s+(?:\w+\s+)?"
    r"(?:exercise|drills?|deal|agreement|talks|meeting|summit|call|deployment|operation|visit|project)\b"
)


def _retold(first: str, second: str) -> bool:
    """Tell whether two titles of one sentence tell one event (nearly all content words shared)."""
    a, b = _content(first), _content(second)
    return min(len(a), len(b)) >= 3 and len(a & b) >= 0.8 * min(len(a), len(b))


def _unlike_others(a: EventDraft, b: EventDraft) -> bool:
    """Tell whether two "other" happenings differ: no shared stem or word ("took part in a meeting", "the opening of X")."""
    return a.kind == "other" and a.word[:4] != b.word[:4] and not _content(b.word) & _content(a.title)


def _two_verbs(a: EventDraft, b: EventDraft) -> bool:
    """Tell whether two clause drafts of one sentence have verbs of their own ("departed X and will remain in X")."""
    one, other = _verb_stem(a.word), _verb_stem(b.word)
    return bool(a.clause and b.clause and one and other) and one != other and a.trigger != b.trigger


def _same(a: EventDraft, b: EventDraft) -> bool:
    """Tell whether two drafts report the same event."""
    if a.sentence == b.sentence and a.kind == b.kind and _retold(a.title, b.title) and not _two_verbs(a, b):
        return True  # one sentence telling one event twice ("the X Agreement took effect" and its clause)
    if a.sentence == b.sentence and a.trigger != b.trigger and not (a.named or b.named):
        return False  # one sentence's triggers were told apart when it was read
    if b.definite and b.date is None and a.kind == b.kind and 0 <= b.sentence - a.sentence <= 3 and _refers(a, b):
        return not _unlike_others(a, b)
    if _dated_next(a, b):
        return True
    if a.named and a.date is None and b.definite and not b.named and a.kind == b.kind and 0 < b.sentence - a.sentence <= 3:
        return _refers(a, b)  # "Exercise Olgeta Warrior ... The exercise, which starts next week"
    if b.date is None and _DEFINITE.match(b.title) and not (b.clause and _verb_stem(b.word)):
        return a.kind == b.kind or frozenset({a.kind, b.kind}) in _SIMILAR  # not "During the visit X will attend Y"
    if _retold_next(a, b):
        return True
    if a.named and b.named:
        return _norm(a.title) == _norm(b.title)
    if b.named and not a.named and a.kind == b.kind == "exercise" and _names_it(a, b):
        return a.date is None or b.date is None or a.date.start == b.date.start
    if a.named and not b.named and a.kind == b.kind == "exercise" and b.date is None:
        return _norm(a.title) in b.title.lower()  # "the other Blue Chromite training events"
    if b.named and not a.named and _codename_of(a, b):
        return True
    if a.named or b.named:
        return False
    if a.kind == b.kind == "other" and (not b.definite and a.word[:4] != b.word[:4] or _unlike_others(a, b)):
        return False  # "the attack" and "the latest missile test": "other" gathers unlike happenings
    kinds_match = a.kind == b.kind or frozenset({a.kind, b.kind}) in _MEETINGS
    if not kinds_match or _numbered(a.title) and _numbered(b.title) and not _numbered(a.title) & _numbered(b.title):
        return False  # "the G7 Leaders' Summit" is not "the G20 Summit"
    if a.kind == b.kind == "deployment" and _verb_stem(a.word) and _verb_stem(b.word) and _verb_stem(a.word) != _verb_stem(b.word):
        return False  # "will arrive in X" and "will depart Y for X": two legs of a voyage
    if a.date and b.date and a.date.start and b.date.start:
        return _dates_agree(a.date, b.date) and a.status == b.status and _alike(a, b)
    if a.date and b.date and (a.date.start or b.date.start):
        return False
    if (a.date is None) != (b.date is None) and a.kind != b.kind:
        return False  # an undated meeting beside a dated call of the same people is another happening
    return a.status == b.status and _alike(a, b)


_GENERIC = frozenset(words("event_generic_nouns"))


def _dated_next(a: EventDraft, b: EventDraft) -> bool:
    """Tell whether a dated definite mention next on dates `a` ("... will hold an exercise. The exercise runs May 3-9.")."""
    return (
        a.date is None and b.date is not None and b.date.start is not None and b.definite and not (a.named or b.named)
        and (a.kind == b.kind or frozenset({a.kind, b.kind}) in _MEETINGS) and a.kind in HAPPENING_KINDS
        and a.status == b.status and 0 < b.sentence - a.sentence <= 2
        and bool(re.match(r"(?:The|This|That)\s+", b.title)) and _refers(a, b)
    )


def _retold_next(a: EventDraft, b: EventDraft) -> bool:
    """Tell whether the next sentence retells `a` of its subject ("X bombers returned for a deployment. The bombers deployed ...")."""
    if a.named or b.named or b.date is not None or a.kind != b.kind or b.sentence - a.sentence != 1 or not b.clause:
        return False
    subject = re.match(r"(?:The|These|Those)\s+([a-z][\w-]+)\b", b.title)
    stem = _verb_stem(b.word)
    return bool(subject and stem and stem != _verb_stem(a.word) and subject.group(1) in a.title.lower().split()
                and stem[:5] in a.title.lower())  # its verb names the first's noun; the same verb again is a new leg


def _verb_stem(word: str) -> str | None:
    """Return the stem of a verb trigger ("departed" -> "depart"), None for a noun ("deployment")."""
    head = word.split()[0] if word else ""
    if not head or head in NOUN_TRIGGERS or head.endswith(("ment", "al", "ure", "ion")):
        return None
    return re.sub(r"(?:ing|ed|es|s|e)$", "", head)


def _dates_agree(a: DateExpr, b: DateExpr) -> bool:
    """Tell whether two dates can be one happening's: the same start, or a week or month holding the other's day."""
    if a.start == b.start:
        return True
    wide, day = (a, b) if a.precision in ("week", "month") else (b, a)
    if wide.precision not in ("week", "month") or day.precision != "day" or not (wide.start and wide.end and day.start):
        return False
    return wide.start <= day.start[: len(wide.start)] and day.start[: len(wide.end)] <= wide.end


def _alike(a: EventDraft, b: EventDraft) -> bool:
    """Tell whether two drafts tell one happening: what they tell after the subject, or one subject and a stem."""
    if not (a.clause and b.clause):
        return _similar(a.title, b.title)
    if _ship_led(a.title) != _ship_led(b.title):
        return False  # "HMS Richmond visits Manila" and "Lord Coaker visits Manila and HMS Richmond": two visitors
    return _shared_words(_told(a), _told(b)) or _subject_and_stem(a.title, b.title)


@functools.cache
def _ship_subject() -> re.Pattern[str]:
    """Return the pattern of a title whose subject is a named ship ("HMS Richmond visits Manila")."""
    return re.compile(rf"(?:The\s+)?(?:{alternation(lexicon().ship_prefixes)})\s+(?-i:[A-Z])")


def _ship_led(title: str) -> bool:
    """Tell whether a clause title's subject is a named ship."""
    return bool(_ship_subject().match(title))


def _told(draft: EventDraft) -> str:
    """Return what a clause title says after its verb ("The Foreign Secretary travels to Rome" -> "to Rome").

    Two happenings of one day by one person ("Foreign Secretary X embarks on visits", "the Foreign
    Secretary travels to Rome") share their subject, not what they tell.
    """
    stem = _verb_stem(draft.word)
    if not draft.clause or not stem or len(stem) < 3:
        return draft.title
    found = re.search(rf"\b{re.escape(stem[:4])}\w*\s+(?=\S)", draft.title, re.I)
    return draft.title[found.end() :] if found else draft.title


def _numbered(title: str) -> frozenset[str]:
    """Return the names with a number in a title ("G20", "COP26", "Talisman Sabre 2025" -> "2025")."""
    return frozenset(w.lower() for w in re.findall(r"\b[A-Za-z]*\d+[A-Za-z]*\b", title))


def _refers(a: EventDraft, b: EventDraft) -> bool:
    """Tell whether a definite mention can name `a`: a generic noun ("the meeting"), or a word of its title.

    "The D-ISIS ministerial" after "Mattis met Mitchell" names another meeting, "the meeting" the same.
    """
    if not b.word or b.word.split()[-1] not in NOUN_TRIGGERS or b.word in _GENERIC or b.word.split()[-1] in _GENERIC:
        return True  # a verb ("The ship transited") or a generic noun ("the meeting") refers back
    named = noun_phrase_words(b)
    return bool(named & (_content(a.title) | _content(a.phrase or "") | _content(a.word)))


def noun_phrase_words(draft: EventDraft) -> set[str]:
    """Return the content words naming a draft's event: its trigger's noun phrase, else the trigger."""
    named = draft.phrase or (draft.title if not draft.clause else draft.word)
    return _content(named) - {"secretary", "minister"}


_CODENAMED = re.compile(rf"^([A-Z][a-z-]+) {_GIVES_NAME} ")


def _codename_of(a: EventDraft, b: EventDraft) -> bool:
    """Tell whether `b` ("The battle, codenamed Operation X") gives a name to the event `a` just told ("fought in the Battle of Y")."""
    noun = _CODENAMED.match(b.title)
    return bool(noun) and 0 < b.sentence - a.sentence <= 1 and noun.group(1).lower() in a.title.lower().split()


def _names_it(a: EventDraft, b: EventDraft) -> bool:
    """Tell whether named exercise `b` can name the unnamed `a`: a plain exercise or drill, not a "live-fire event"."""
    if a.sentence == b.sentence and a.predicate and b.trigger and not a.predicate[0] <= b.trigger[0] < a.predicate[1]:
        return False  # "hold the next exercise in 2025, and confirmed that Japan will observe Exercise X"
    return not a.word or a.word.split()[-1] in _GENERIC


def _stems(text: str) -> set[str]:
    """Return the crudely stemmed content words of a title ("visits", "visited" -> "visit")."""
    return {re.sub(r"(?<=[a-z]{3})(?:ing|ed|s)$", "", w) for w in _title_words(text)}


def _title_words(text: str) -> set[str]:
    """Return the content words of a title as written."""
    return {w for w in re.findall(r"[a-z][a-z0-9]{3,}", text.lower()) if w not in _TITLE_STOP}


def _similar(a: str, b: str) -> bool:
    """Tell whether two titles share enough content words to be the same event.

    Either a third of the shorter title's words, or, after one named subject, a stemmed word
    ("Jane Holloway visits troops at the camp" ~ "Jane Holloway meets soldiers during a visit").
    """
    return _shared_words(a, b) or _subject_and_stem(a, b)


def _shared_words(a: str, b: str) -> bool:
    """Tell whether two titles share a third of the shorter one's content words."""
    wa, wb = _title_words(a), _title_words(b)
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= 0.34


def _subject_and_stem(a: str, b: str) -> bool:
    """Tell whether two titles name one subject and then share a stemmed word."""
    subject = _common_subject(a.split(), b.split())
    if subject < 2:
        return False
    rest_a, rest_b = " ".join(a.split()[subject:]), " ".join(b.split()[subject:])
    return bool((_stems(rest_a) & _stems(rest_b)) - _TITLE_WORDS)


def _common_subject(a: list[str], b: list[str]) -> int:
    """Return how many leading words two titles share when those words name someone, else 0."""
    n = 0
    while n < min(len(a), len(b)) - 1 and a[n] == b[n]:
        n += 1
    named = any(w[:1].isupper() and w.lower() not in _TITLE_WORDS for w in a[:n])
    return n if named and n < min(len(a), len(b)) else 0


_TITLE_WORDS = words("title_words")  # lower-cased in its file, as titles._TITLE_WORDS reads it
_TITLE_STOP = frozenset(
    ["with", "from", "that", "this", "their", "will", "were", "have", "about", "into", "over", "talks", "meeting"]
)


def _norm(title: str) -> str:
    """Return the bare name of a named event ("Nine-month deployment to Operation X" -> "x")."""
    name = re.sub(r"^.*?\b(?=(?:exercise|operation|op\.)\s)", "", title.lower())
    name = re.sub(r"\s+(?:deployment|mission|patrol|exercises?|drills?|operations?)$", "", name)
    return re.sub(r"^(exercise|operation|op\.)\s+", "", name)


def _absorb(target: EventDraft, draft: EventDraft) -> None:
    """Fold `draft` into `target`: evidence, the dated when, the fuller title."""
    for sid in draft.evidence:
        if sid not in target.evidence:
            target.evidence.append(sid)
    if draft.named and not target.named:
        target.title, target.named = draft.title, True
        target.trigger, target.phrase, target.sentence = draft.trigger, None, draft.sentence
        target.clause = False
    if draft.status in ("cancelled", "postponed"):
        target.status = draft.status
    if (
        target.date and draft.date and target.date.start and draft.date.start
        and target.date.precision in ("week", "month") and draft.date.precision == "day"
        and _dates_agree(target.date, draft.date)
    ):
        target.date = draft.date  # "next week" then "from 28 April": the day is the more precise
    if (target.date is None or target.date.start is None) and draft.date and draft.date.start:
        target.date = draft.date
        target.status = draft.status
        if draft.kind in ("talks", "call") and target.kind == "meeting":
            target.kind = draft.kind
    if target.kind == "meeting" and draft.kind == "talks":
        target.kind = "talks"


# Searched only in text holding what their every match must (text/gate.py): most sentences lack it.
_APPOSITIVE_NAME, _KNOWN_AS, _AGREEMENT_NAME, _NAMED = map(
    Gated, (_APPOSITIVE_NAME, _KNOWN_AS, _AGREEMENT_NAME, _NAMED))
