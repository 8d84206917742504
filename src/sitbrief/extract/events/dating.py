"""The date passes: weekday, offsets, dateline, headline, coordinated and where-clauses, a date's own trigger."""

from __future__ import annotations

import copy
import re
from datetime import date, timedelta

from sitbrief.extract.doc import Doc
from sitbrief.extract.events.candidates import WEAK
from sitbrief.extract.events.clauses import _inside_quote, _predicate
from sitbrief.extract.events.draft import EventDraft
from sitbrief.extract.events.eventive import _ATTRIBUTIVE, _eventive_triggers
from sitbrief.extract.events.status import (
    _AHEAD_OF,
    _PAST_FINITE,
    _PRESENT_PROGRESSIVE,
    _dates_in,
    _end_bound,
    _re_resolve,
)
from sitbrief.extract.inflect import verb_forms
from sitbrief.extract.lexicon import words
from sitbrief.extract.rx import alternation
from sitbrief.extract.tense import FUTURE
from sitbrief.text.dates import DAY_OFFSET, UNIT_OFFSET, DateExpr, parse_full_date, year_by_weekday


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
                if expr.start is None:
                    draft.date = None  # no day before it to count from: undated
                else:  # "earlier in the day" with no day told before it: the anchor's day
                    draft.date = DateExpr(expr.text, expr.span, expr.start, expr.end, "day", f"{expr.rule} (the anchor's day)")
                    last = expr.start
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
        before = relative and not same_day and main.date.rule.startswith("'")  # "yesterday": written the day after
        text = main.date.text if main.date else doc.title or ""
        main.date = DateExpr(text, main.date.span if main.date else (0, 0), day, day, "day", "the date in the headline")
        if before and doc.anchor_from == "title" and doc.anchor == stated:
            _written_next_day(drafts, main)


def _written_next_day(drafts: list[EventDraft], main: EventDraft) -> None:
    """Move the day words of a story written the day after its headline's date one day on.

    "Meeting with X, 1 February 2023 ... met in London yesterday ... will continue tomorrow": the
    headline's date is yesterday's, so "tomorrow" is 3 February, not the 2nd.
    """
    for draft in drafts:
        expr = draft.date
        if draft is main or expr is None or not expr.start or not re.fullmatch(r"'[a-z ]+' relative to anchor", expr.rule):
            continue
        day = (date.fromisoformat(expr.start) + timedelta(days=1)).isoformat()
        draft.date = DateExpr(expr.text, expr.span, day, day, "day", f"{expr.rule}, written the day after the headline's date")


def _date_coordinated(text: str, events: list[EventDraft], dates: list[DateExpr]) -> None:
    """Give the verbs joined by "and" to a dated one the date that opens their sentence.

    "On Monday the minister visited Manila and met President Marcos": the opening date governs
    the whole clause (a date after the first verb, "visited Manila on Monday and met X", may not).
    """
    opening = next((d for d in dates if _OPENS.fullmatch(text, 0, d.span[0])), None)
    host = next((e for e in events if opening and e.date and e.date.span == opening.span and e.trigger), None)
    governs = host is not None  # a date opening the sentence governs its clauses joined by ", and" too
    host = host or _day_dated_host(text, events)
    if host is None:
        return
    last = host.trigger
    for event in sorted((e for e in events if e.trigger and e.trigger[0] > host.trigger[1]), key=lambda e: e.trigger):
        between = text[last[1] : event.trigger[0]]
        joined = _AND_VERB.search(between) or (governs and _and_clause(between, event, host))
        if _SUBORDINATE.search(between) or not joined:
            return
        if event.date is None and not event.named:
            event.date, event.status = copy.copy(host.date), host.status
        last = event.trigger


def _day_dated_host(text: str, events: list[EventDraft]) -> EventDraft | None:
    """Return the sentence's first event, a past finite verb dated to one day by a date after it in its predicate.

    "Hagel met in New York today with Sleiman ... and took part in a meeting of the Forum": the
    day of the first verb is the day of the past verbs joined to it by "and" (see `_date_coordinated`).
    """
    first = min((e for e in events if e.trigger), key=lambda e: e.trigger, default=None)
    if first is None or first.date is None or first.date.precision != "day" or first.date.start != first.date.end:
        return None
    if first.status != "past" or not _PAST_FINITE.fullmatch(text, *first.trigger):
        return None
    return first if first.trigger[1] <= first.date.span[0] else None


_OPENS = re.compile(r"\W*(?:also\s+)?(?:on|in|at|during|early|late|earlier|later)?\s*", re.I)
_AND_CLAUSE = re.compile(r",\s+and\s+(?P<clause>[^,]{0,80})$", re.I)


def _and_clause(between: str, event: EventDraft, host: EventDraft) -> bool:
    """Tell whether a past clause joined by ", and" follows the opening-dated one.

    "On 4 March, the Minister met X in Manila, and the two leaders signed an agreement": the
    opening date is the signing's too (a clause in another tense, or a reported one, is not).
    """
    found = _AND_CLAUSE.search(between)
    if not found or host.status != "past" or event.status != "past":
        return False
    clause = found.group("clause")
    if _REPORTING_VERB.search(clause) or FUTURE.search(clause):
        return False
    return bool(_PAST_FINITE.search(clause)) or bool(event.word and _PAST_FINITE.match(event.word))


_AND_VERB = re.compile(  # "... and met", "... and held talks": a light verb before a noun trigger
    r"\band\s+(?:then\s+|also\s+)?(?:(?:held|had|conducted|made|gave|took|paid|hosted)\s+(?:an?\s+|the\s+|further\s+|joint\s+)*)?$",
    re.I,
)
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


def _attribution_date(text: str, span: tuple[int, int]) -> bool:
    """Tell whether a date only dates the reporting ("..., the ministry said on Monday").

    Also a date that dates no event at all: "the first since 2019" is the date of the one before.
    """
    before = text[max(0, span[0] - 40) : span[0]]
    since = text.startswith(("since", "Since"), span[0]) and _FIRST_SINCE.search(text, max(0, span[0] - 60), span[0])
    return bool(
        re.search(
            r"\b(?:said|says|told (?:\w+ ){0,2}\w+|added|stated|wrote|reported)"
            r"(?:\s+in\s+an?\s+(?:\w+\s+)?(?:statement|interview|post|briefing))?(?:\s+on)?\s*$",
            before,
        )
        or _SPEAKING_IN.search(before) or since
    )


def given_up(text: str, expr: DateExpr, dates: list[DateExpr]) -> bool:
    """Tell whether a date is one given up for a date told after it ("originally set for February, took place on 12 March")."""
    later = any(d.span[0] >= expr.span[1] and d.start for d in dates)
    return later and bool(_ORIGINALLY_SET.search(text, max(0, expr.span[0] - 40), expr.span[0] + 4))


def restated(text: str, expr: DateExpr, dates: list[DateExpr]) -> bool:
    """Tell whether a date is told again, as a day, in brackets just after it or later in its own brackets
    ("today (Sunday 23 July 2017)"): the bracketed explicit date dates the event."""
    after = re.match(r"\s*\(([^()]{0,40})\)", text[expr.span[1] :])
    if after:
        lo, hi = expr.span[1] + after.start(1), expr.span[1] + after.end(1)
    else:
        lo, hi = expr.span[1], text.find(")", expr.span[1])
        opened = text.rfind("(", 0, expr.span[0])
        if hi < 0 or opened < 0 or ")" in text[opened : expr.span[0]] or hi - opened > 60:
            return False
    return any(lo <= d.span[0] and d.span[1] <= hi and d.start and d.precision == "day" for d in dates if d is not expr)


def counting_period(text: str, expr: DateExpr) -> bool:
    """Tell whether a date is the period an ordinal counts in ("the fourth meeting between them this year"), no event's date."""
    return bool(_PERIOD.fullmatch(expr.text)) and bool(_ORDINAL_BEFORE.search(text, max(0, expr.span[0] - 80), expr.span[0]))


_PERIOD = re.compile(r"(?:so\s+far\s+)?this\s+(?:year|month|week)", re.I)
_ORDINAL_BEFORE = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,1}"
    r"(?:meeting|call|visit|trip|talks|engagement|exercise|conversation|summit)s?\b[^,;.]{0,50}$",
    re.I,
)


_SPEAKING_IN = re.compile(  # "The minister, speaking in Canberra on Tuesday, said ...": the date of the saying
    r"(?:^|,\s*)(?:[Ss]peaking|[Ww]riting)(?:\s+(?:in|from)\s+(?:[A-Z][\w.'\u2019-]*\s*){1,3})?\s*$"
)
_FIRST_SINCE = re.compile(r"\b(?:first|largest|biggest)\b(?:\s+[\w'\u2019-]+){0,10}\s+$", re.I)  # "... since 2019"
_ORIGINALLY_SET = re.compile(
    r"\b(?:originally|initially|previously)\s+(?:been\s+)?(?:set|scheduled|planned|slated|due|expected)\s+"
    r"(?:to\s+(?:take\s+place|be\s+held|begin|start|open)\s+)?(?:(?:for|on|in)\s+)?(?:for|on|in)?",
    re.I,
)


_REPORTING_VERB = re.compile(rf"\b(?:{alternation(words('reporting_verbs'))})\b")
_OPENING_DATE = re.compile(r"\W*(?:(?:on|in|at|during|early|late|earlier|later)\s+)?", re.I)


def _reported_clause(text: str, span: tuple[int, int], trigger: tuple[int, int]) -> bool:
    """Tell whether a date opening the sentence dates a saying, not the trigger in what was said.

    "Earlier Tuesday, the president warned that he will not accept more strikes": Tuesday is the
    warning's day; the strikes of the reported clause have no date of their own.
    """
    if trigger[0] < span[1] or not _OPENING_DATE.fullmatch(text, 0, span[0]):
        return False
    return bool(_REPORTING_VERB.search(text, span[1], trigger[0]))


_SINCE_ADJUNCT = re.compile(r"\W*since\s+(?P<head>(?:[\w'\u2019-]+\s+){1,8}?)$", re.I)


def since_adjunct(text: str, span: tuple[int, int], trigger: tuple[int, int]) -> bool:
    """Tell whether a date dates the head of an opening "since" phrase, not the main clause after it.

    "Since taking office in January 2021, the President has visited Asia four times": January 2021
    is the taking office's; the visits are told over the period since then, not on its first day.
    """
    if trigger[0] < span[1] or not _SINCE_ADJUNCT.fullmatch(text, 0, span[0]):
        return False
    comma = text.find(",", span[1])
    return 0 <= comma < trigger[0]


_ARRIVING = sorted({w for w in words("movement_words") if w.endswith("ing")} | {"visiting", "landing", "touching down"})
_OPENING_PARTICIPLE = re.compile(rf"\W*(?:{alternation(_ARRIVING)})\b[^,;:()]{{0,120}}?,\s+", re.I)


def _date_from_opening_participle(text: str, events: list[EventDraft]) -> None:
    """Give the main clause's first event the day of the arrival that opens its sentence.

    "Arriving in Tokyo on Thursday 6 June, the Foreign Secretary will meet his counterpart": the
    meeting is on the day of the arrival (its own tense, planned or past, is kept).
    """
    opening = _OPENING_PARTICIPLE.match(text)
    if not opening:
        return
    host = next((e for e in events if e.trigger and e.trigger[1] <= opening.end() and e.date and e.date.start), None)
    if host is None or host.date.precision != "day" or host.date.start != host.date.end or host.date.span[1] > opening.end():
        return
    main = min((e for e in events if e.trigger and e.trigger[0] >= opening.end()), key=lambda e: e.trigger, default=None)
    if main is not None and main.date is None and not main.named:
        main.date = copy.copy(host.date)


_YEAR_FROM_ANCHOR = ("year from anchor (past)", "past: most recent occurrence of the month")


def _date_ahead_of(doc: Doc, text: str, events: list[EventDraft], dates: list[DateExpr]) -> None:
    """Resolve a yearless date of a happening told "ahead of" another forward, to come after that other's date.

    "Campbell spoke today with Okano ahead of the April 10 state visit": the visit comes after
    today's call, so it is the next April 10, not the last one (and still to come).
    """
    for event in events:
        expr = event.date
        if not event.trigger or expr is None or not expr.start or not any(r in expr.rule for r in _YEAR_FROM_ANCHOR):
            continue
        ahead = _AHEAD_OF.search(text, max(0, event.trigger[0] - 70), event.trigger[0])
        told = [d.start for d in dates if ahead and d.span[1] <= ahead.start() and d.start]
        told += [e.date.start for e in events if ahead and e.trigger and e.trigger[1] <= ahead.start() and e.date and e.date.start]
        if not told:
            continue
        n = min(len(expr.start), len(told[-1]))
        later = _re_resolve(doc, text, expr, future=True)
        if expr.start[:n] < told[-1][:n] and later.start and later.start[:n] >= told[-1][:n]:
            event.date = later
            if doc.anchor and later.start > doc.anchor.isoformat():
                event.status = "planned"


def ahead_of_trigger(text: str, span: tuple[int, int], trigger: tuple[int, int]) -> bool:
    """Tell whether a date before "ahead of X" would date X ("spoke on Tuesday ahead of the summit": not the summit's)."""
    if trigger[0] < span[1]:
        return False
    ahead = _AHEAD_OF.search(text, max(span[1], trigger[0] - 70), trigger[0])
    return bool(ahead) and ahead.start() >= span[1]


def date_venues(events: list[EventDraft], apart: list[EventDraft]) -> None:
    """Give an undated gathering on whose margins a dated meeting was held that meeting's day.

    "Austin met today with Healey on the margins of the AUKUS Defense Ministers Meeting in London":
    the gathering was under way today (a summit of several days is dated by the day the text tells).
    """
    for venue in apart:
        if not venue.venue or venue.date is not None or not venue.trigger:
            continue
        host = max(
            (e for e in events if e.trigger and e.trigger[1] <= venue.trigger[0] and e.date is not None),
            key=lambda e: e.trigger, default=None,
        )
        if host is not None and host.date.start and host.date.precision == "day" and host.date.start == host.date.end:
            venue.date, venue.status = copy.copy(host.date), host.status


_DURING_THE = re.compile(  # "During the meeting, the ministers signed X": the meeting told before
    r"(?:During|Throughout|In the course of)\s+(?:the|that|this)\s+(?:[a-z-]+\s+)?(?P<noun>[a-z]+?)s?,\s+"
)
_NOUN_KINDS = {
    "meeting": {"meeting", "talks"}, "visit": {"meeting"}, "trip": {"meeting"}, "summit": {"meeting"},
    "conference": {"meeting", "talks"}, "ceremony": {"meeting", "other"}, "call": {"call"},
    "talk": {"talks", "meeting"}, "discussion": {"talks", "meeting", "call"}, "exercise": {"exercise"},
    "event": {"meeting", "talks", "call", "exercise", "deployment", "other"},
}


def date_during_antecedent(doc: Doc, drafts: list[EventDraft]) -> None:
    """Give the undated events of a sentence opening "During the meeting," the date of that meeting, told before.

    "Today, X co-hosted an event on Y ... During the event, we also launched Z": Z was launched the day
    of the event. The antecedent is the latest event told in an earlier sentence of a kind the noun names.
    """
    for draft in drafts:
        if draft.date is not None or draft.named or draft.apart or not draft.trigger:
            continue  # an event told apart ("the decision by X to ...") is no happening of the meeting
        opening = _DURING_THE.match(doc.sentences[draft.sentence].text)
        if not opening or opening["noun"] not in _NOUN_KINDS or draft.trigger[0] < opening.end():
            continue
        kinds = _NOUN_KINDS[opening["noun"]]
        told = [d for d in drafts if d.sentence < draft.sentence and d.kind in kinds]
        host = max(told, key=lambda d: d.sentence, default=None)
        if host is not None and host.date is not None and host.date.start:
            draft.date, draft.status = copy.copy(host.date), host.status


_TOLD_BEFORE = re.compile(  # "This will be the next milestone, and is due to take place before the end of this year"
    r"(?:This|That|It|These|They)\b[^.;:]{0,80}?\b(?:(?:is|are|was|were)\s+(?:due|expected|scheduled|set|slated|planned)"
    r"\s+to\s+(?:take\s+place|happen|occur|be\s+(?:held|completed|done))|will\s+take\s+place)\s+(?P<rest>.*)$"
)


def date_told_before(doc: Doc, drafts: list[EventDraft]) -> None:
    """Give the last event of a sentence the date the next one gives "it" ("It is due to take place in May").

    "Once ratified, the treaty will enter into force. This is due to take place before the end of
    this year": a sentence of no event of its own, whose subject points back, dates the one before.
    """
    for index in range(1, len(doc.sentences)):
        text = doc.sentences[index].text
        told = _TOLD_BEFORE.match(text)
        if not told or any(doc.sid(index) in d.evidence for d in drafts):
            continue
        expr = next((d for d in _dates_in(text, doc.anchor, True) if d.span[0] >= told.start("rest") and d.start), None)
        before = [d for d in drafts if d.sentence == index - 1 and d.trigger and not d.named]
        last = max(before, key=lambda d: d.trigger, default=None)
        if expr is None or last is None or last.date is not None or _end_bound(text, expr):
            continue
        last.date, last.evidence = copy.copy(expr), last.evidence + [doc.sid(index)]
        if doc.anchor and expr.start > doc.anchor.isoformat():
            last.status = "planned"


_DETERMINED_BEFORE = re.compile(r"\b(?:the|a|an|its|their|this|his|her|our|my|your)\s+$", re.I)
_NOUN_AFTER = re.compile(r",?\s+(?:[a-z][\w-]*\s+)??(?P<noun>[a-z][a-z-]+)\b")


def dates_other_noun(text: str, span: tuple[int, int]) -> bool:
    """Tell whether a date stands inside a noun phrase of its own ("his Dec. 7 remarks", "the June 3 deadline").

    Such a date dates its noun; a trigger it does not modify ("discussed his recent trip and his
    Dec. 7 remarks") takes no date from it (a trigger noun it modifies, "the March 5 call", is the
    trigger's own, and the caller keeps that).
    """
    if not _DETERMINED_BEFORE.search(text, max(0, span[0] - 12), span[0]):
        return False
    noun = _NOUN_AFTER.match(text, span[1])
    return bool(noun) and noun["noun"] not in _NOT_NOUNS


_NOT_NOUNS = frozenset(words("function_words")) | {"was", "were"}


_DAY_POSSESSED = re.compile(  # "Today's interception", "yesterday’s visit": a day owning an action noun
    r"\b(?P<day>[Tt]oday|[Yy]esterday)['\u2019]s\s+(?:[a-z][\w-]*\s+)??(?P<noun>[a-z]{4,})\b"
)
_NOUN_ENDINGS = (("ation", ""), ("ion", ""), ("ion", "e"), ("ment", ""), ("al", "e"), ("ing", ""), ("", ""))  # -> verb


def date_by_owned_action(doc: Doc, drafts: list[EventDraft]) -> None:
    """Give the undated event told before "Today's interception" the day that owns that action's noun.

    "Typhoon jets have launched to intercept Russian aircraft ... 'Today's interception, though routine, ...'":
    the noun names the action of the event told before (intercept -> interception), so the day is that event's.
    """
    for index, sentence in enumerate(doc.sentences):
        for owned in _DAY_POSSESSED.finditer(sentence.text):
            expr = next((d for d in _dates_in(sentence.text, doc.anchor, False)
                         if d.span[0] == owned.start("day") and d.start), None)
            host = _acted_before(doc, drafts, index, _verb_forms_of(owned["noun"])) if expr else None
            if host is not None and host.date is None:
                host.date, host.evidence = copy.copy(expr), host.evidence + [doc.sid(index)]


def _verb_forms_of(noun: str) -> frozenset[str]:
    """Return the forms of the verbs an action noun may name ("interception" -> intercept, intercepted ...)."""
    stems = ((noun[: len(noun) - len(end)], add) for end, add in _NOUN_ENDINGS if noun.endswith(end))
    lemmas = {stem + add for stem, add in stems if len(stem) >= 3}
    return frozenset().union(*(verb_forms(lemma) for lemma in lemmas))


def _acted_before(doc: Doc, drafts: list[EventDraft], index: int, forms: frozenset[str]) -> EventDraft | None:
    """Return the latest event told before sentence `index` whose predicate holds one of `forms`."""
    told = [d for d in drafts if d.sentence < index and not d.named and d.trigger
            and forms & set(re.findall(r"[a-z]+", _predicate_text(doc, d).lower()))]
    return max(told, key=lambda d: (d.sentence, d.trigger), default=None)


def _predicate_text(doc: Doc, draft: EventDraft) -> str:
    """Return the words of a draft's predicate (its trigger when no predicate was bounded)."""
    bounds = draft.predicate or draft.trigger
    return doc.sentences[draft.sentence].text[bounds[0] : bounds[1]]
