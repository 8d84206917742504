"""The BLUF and key points: the lead, with relative dates made absolute; background sentences."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from sitbrief.extract.doc import FIRST_PERSON, SPEECH_VERBS, Doc
from sitbrief.extract.lexicon import lexicon, pairs, words
from sitbrief.extract.rx import alternation, rx
from sitbrief.extract.tense import FUTURE
from sitbrief.text.clean import inside_quote, word_count
from sitbrief.text.dates import DateExpr, find_dates
from sitbrief.text.gate import Gated

_BACKGROUND = re.compile(
    r"\b(?:comes as|came as|come as|in recent years|over the past|for years|for decades|has been|"
    r"have been|had been|is part of|are part of|part of the|framework|known as|since \d{4}|"
    r"brings together|is designed to|was established|was founded|long-standing|longstanding|"
    r"historically|traditionally|since the (?:early |mid-?|late )?\d{4}s|is one of|are among|has gained|has long|"
    r"amid|counterweight|(?:this|last) (?:week|month|day) in (?:[\w-]+ ){0,3}history|on this day in|"
    r"largest|biggest)\b",
    re.I,
)
_MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def absolute_text(sentence: str, anchor: date | None, known: dict[str, DateExpr] | None = None) -> str:
    """Return `sentence` with each resolvable relative date outside quotation marks replaced by its absolute form.

    `known` maps expressions as written to how the events of this sentence resolved them, so
    the BLUF and the timeline always agree. An expression stays as written where a rewrite
    would not read: after a determiner ("the past year"), beside the explicit date it names
    ("on Thursday (13 June 2024)"), or when no absolute wording exists for it.
    """
    if anchor is None:
        return _relative_beside_dropped(sentence)
    out, last, previous = [], 0, None
    for expr in _resolved(sentence, anchor, known):
        beside = (previous is not None and previous[1:] == (expr.start, expr.end)
                  and _BESIDE_GAP.fullmatch(sentence[previous[0] : expr.span[0]]))
        previous = (expr.span[1], expr.start, expr.end)
        if expr.start is None or expr.rule.startswith(_AS_WRITTEN):
            continue
        before, after = sentence[last : expr.span[0]], sentence[expr.span[1] :]
        if _DETERMINED.search(before) or _EXPLICIT_BESIDE.match(after) or _in_a_name(sentence, expr.span):
            continue
        if expr.text.lower() == "today" and _NOWADAYS.search(sentence[: expr.span[0]]):
            continue  # "the threat facing the world today": these days, not the day of the report
        if inside_quote(sentence, expr.span[0]):
            continue  # a quotation is given as spoken: '"Today, we join ..."' keeps its "Today"
        part = _PART_OF_DAY.match(after) if expr.precision == "day" else None
        phrase = _phrase(expr, part.group(1).lower() if part else _part_of_day(expr.text))
        if phrase is None:
            continue
        possessive = _POSSESSIVE.match(after)  # "yesterday's talks" -> "the 13 June 2024 talks"
        if possessive or _attributive(expr.text, after):  # "the 14 November Kaikoura earthquake" keeps "the"
            phrase = "the " + _bare(phrase)
        elif (_PREPOSITION_END.search(before) or beside or _WEEKDAY_BEFORE.search(before)) and \
                phrase.split()[0] in _PREPOSITIONS:
            phrase = _bare(phrase)  # "on Tuesday (12 June)" -> "on Tuesday (12 June 2024)", no second "on"
        if expr.span[0] == 0 and not possessive and _time_is_subject(after):
            phrase = _as_subject(phrase)  # "This year marks" -> "2015 marks", not "In 2015 marks"
        elif expr.span[0] == 0:
            phrase = phrase[:1].upper() + phrase[1:] + ("," if _SUBJECT_NEXT.match(after) and not possessive else "")
        out += [before, phrase]
        last = expr.span[1] + (part.end() if part else 0) + (possessive.end() if possessive else 0)
    out.append(sentence[last:])
    return _perfect_dated("".join(out)) if out[:-1] else _relative_beside_dropped("".join(out))


_PERFECT_DATED = re.compile(  # "has on 23 January 2018 met with": a dated perfect reads as the past
    r"\b(?:has|have)\s+(?P<date>on\s+(?:the\s+\w+\s+of\s+)?\d{1,2}(?:\u2013\d{1,2})?\s+[A-Z][a-z]+\s+\d{4})\s+"
    r"(?P<done>[a-z]+ed|met|held|made|sent|led|told|said|paid|found|left)\b(?=\s+(?:with|in|at|to|for|by|from)\b|[.,])")


def _perfect_dated(text: str) -> str:
    """Return `text` with a perfect tense its date rewrite made read wrongly told in the past: "has today met
    with X" -> "has on 23 January 2018 met with X" -> "met on 23 January 2018 with X"."""
    text = _relative_beside_dropped(text)
    text = _PERFECT_DATED.sub(lambda m: m.group(0) if inside_quote(text, m.start())
                              else f"{m['done']} {m['date']}", text)
    return _date_fronted(text)


_AUXILIARY_DATED = re.compile(  # "The Foreign Secretary will on 27 January 2025 co-host": "will today co-host", dated
    r"^(?P<subject>[A-Z][^\u201c\"]{2,120}?)\s+(?P<aux>has|have|had|will|would)\s+"
    r"on\s+(?P<date>(?:the\s+(?:morning|afternoon|evening)\s+of\s+)?\d{1,2}(?:\u2013\d{1,2})?\s+[A-Z][a-z]+\s+\d{4})"
    r"\s+(?=[a-z])")


def _date_fronted(text: str) -> str:
    """Return a sentence whose date a rewrite left between an auxiliary and its verb with the date first: "The
    Minister will on 27 January 2025 co-host ..." -> "On 27 January 2025, the Minister will co-host ..."; in a
    reported clause the date opens that clause ("X confirmed that on 6 July 2018 the Cabinet would consider")."""
    found = _AUXILIARY_DATED.match(text)
    if found is None:
        return text
    subject, aux, rest = found["subject"], found["aux"] + " ", text[found.end() :]
    if aux in ("has ", "have ") and _DONE.match(rest):
        aux = ""  # "has on 25 February 2025 signed" -> "On 25 February 2025, X signed": a dated perfect is the past
    clause = list(_THAT_CLAUSE.finditer(subject))
    if clause:  # "X confirmed that the Cabinet would on 6 July consider": the date opens the clause it governs
        head, inner = subject[: clause[-1].end()], subject[clause[-1].end() :]
        return f"{head}on {found['date']} {inner} {aux}{rest}"
    subject = "the" + subject[3:] if subject.startswith("The ") else subject
    return f"On {found['date']}, {subject} {aux}{rest}"


_THAT_CLAUSE = re.compile(r"\b(?:that|whether|if)\s+(?=(?:the\s+|an?\s+)?[A-Za-z])")  # a reported clause's opening


_DONE = re.compile(r"(?:[a-z]+ed|met|held|made|sent|led|told|said|paid|found|left)\b")


_DAY_WRITTEN = (r"(?:[A-Z][a-z]+,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?)"
                r"(?:,?\s+\d{4})?")
_RELATIVE_BESIDE = re.compile(  # "today (Tuesday 7 November 2023)", "yesterday (23 August 2018)", "Today, 4 May 2024,"
    rf"\b(?P<word>(?i:today|yesterday|tomorrow|tonight))(?:(?P<own>['\u2019]s)?\s*\(\s*(?P<date>{_DAY_WRITTEN})\s*\)|"
    rf",\s*(?P<set>{_DAY_WRITTEN})(?=,))")


def _relative_beside_dropped(text: str) -> str:
    """Return `text` with a relative day beside the explicit date it names given as that date alone: "arriving
    today (Tuesday 7 November 2023)" -> "arriving on Tuesday 7 November 2023", "Today, 4 May 2024, I met" -> "On
    4 May 2024, I met", "today's (14 July) attack" -> "the 14 July attack"; one inside a quotation stays."""
    def dated(m: re.Match[str]) -> str:
        if inside_quote(text, m.start()):
            return m.group(0)
        night = "the night of " if m["word"].lower() == "tonight" else ""
        preposition = "" if _PREPOSITION_END.search(text[: m.start()]) else "on "
        if m["own"]:
            night, preposition = "", "the "  # "today's (14 July) attack" -> "the 14 July attack"
        phrase = f"{preposition}{night}{m['date'] or m['set']}"
        return phrase[:1].upper() + phrase[1:] if m.start() == 0 or m["word"][0].isupper() else phrase

    return _RELATIVE_BESIDE.sub(dated, text)


_HERE = re.compile(
    r"(?<=[a-z,] )(?<!click )(?<!see )(?<!read )(?<!go )here\b"
    r"(?!\s+for\b|\s+(?:in|at)\s+(?:the\s+)?[A-Z]|\s+(?:is|are)\b)"
)


def here_named(sentence: str, dateline: str | None) -> str:
    """Return `sentence` with the narrator's "here" named by the dateline ("said here today" -> "said in
    Baghdad today"); a "here" inside a quotation, or one the sentence names itself, stays."""
    if not dateline or dateline in sentence:
        return sentence
    out, last = [], 0
    for m in _HERE.finditer(sentence):
        if inside_quote(sentence, m.start()):
            continue
        out += [sentence[last : m.start()], f"in {dateline}"]
        last = m.end()
    return "".join(out) + sentence[last:]


def _resolved(sentence: str, anchor: date, known: dict[str, DateExpr] | None) -> list[DateExpr]:
    """Return the date expressions of `sentence`, each resolved as its events were, else by its tense."""
    found = []
    for expr in find_dates(sentence, anchor, False):
        window = sentence[max(0, expr.span[0] - 60) : expr.span[0]]
        if known and expr.text in known:
            resolved = known[expr.text]
            expr = DateExpr(expr.text, expr.span, resolved.start, resolved.end, resolved.precision, resolved.rule)
        elif FUTURE.search(window) or FUTURE.search(sentence[expr.span[1] : expr.span[1] + 20]):
            expr = next(e for e in find_dates(sentence, anchor, True) if e.span == expr.span)
        found.append(_past_weekday(expr))
    return _ranges_in_order(sentence, found)


_NAMED_WEEKDAY = re.compile(r"(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:the\s+)?", re.I)
_MODIFIER = re.compile(  # "late Tuesday", "later this month", "earlier in the year": the modifier stays as written
    r"(?:early|late|earlier|later)\s+(?:on\s+)?"
    r"(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|this\s+month\b|in\s+the\s+(?:week|month|year)\b)",
    re.I,
)


def _past_weekday(expr: DateExpr) -> DateExpr:
    """Return a date without the words opening it that its rewrite keeps as written.

    "Sunday 6 June" -> "6 June 2010" after "Sunday"; "late Tuesday" -> "late on 31 May 2011";
    "earlier in the year" -> "earlier in 2018".
    """
    if "the week from that day" in expr.rule and (week := _WEEK_LEAD.match(expr.text)):
        span = (expr.span[0] + week.end(), expr.span[1])  # "the week of March 18" -> "the week of 18 March 2024"
        return _past_weekday(DateExpr(expr.text[week.end() :], span, expr.start, expr.start, "day", expr.rule))
    lead = _MODIFIER.match(expr.text) or ("weekday" not in expr.rule and _NAMED_WEEKDAY.match(expr.text))
    if not lead or lead.end() == len(expr.text):
        return expr
    span = (expr.span[0] + lead.end(), expr.span[1])
    return DateExpr(expr.text[lead.end() :], span, expr.start, expr.end, expr.precision, expr.rule)


_WEEK_LEAD = re.compile(r"(?:the\s+)?week\s+(?:of|beginning|starting|commencing)\s+(?:the\s+)?", re.I)


_RANGE_JOIN = re.compile(r"\s*(?:to|through|until|till|and|[-\u2013])\s*", re.I)


def _ranges_in_order(sentence: str, found: list[DateExpr]) -> list[DateExpr]:
    """Return `found` with the end of a range ("from Monday to Wednesday") never before its start.

    The two ends may be resolved apart (the first as its event was, the second by tense); an end
    that falls before the start is resolved again as the next such day after the start.
    """
    out = list(found)
    for n in range(1, len(out)):
        first, end = out[n - 1], out[n]
        joined = _RANGE_JOIN.fullmatch(sentence[first.span[1] : end.span[0]])
        if not (joined and first.start and end.start and len(first.start) == 10 and end.start < first.start):
            continue
        again = [e for e in find_dates(sentence, date.fromisoformat(first.start), True) if e.span == end.span]
        out[n] = again[0] if again and again[0].start and again[0].start >= first.start else end
    return out


_WEEKDAY_BEFORE = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*[(,]?\s*$")  # "on Tuesday, June 12"
_BESIDE_GAP = re.compile(r"(?:['\u2019]s)?\s*[(,]\s*")  # a date set off after another: "today's (14 July)"
_PREPOSITIONS = ("on", "in", "from", "by", "until", "since", "during", "before", "after")
_PREPOSITION_END = re.compile(
    r"\b(?:on|in|from|by|until|till|thru|through|throughout|past|since|during|before|after|of|for|at|to|about|"
    r"over|between|with|than|beginning|starting|commencing)\s+$", re.I
)
# "in the coming weeks", "this summer"; a holiday is a name a reader knows ("a statement on Anzac Day");
# "10 years since" reads as written
_AS_WRITTEN = ("explicit", "the coming", "season", "fiscal", "quarter", "holiday", "what came since")
_DETERMINED = re.compile(  # "the past year"; a possessive: "the BBC's Today programme", "the ministry's Monday ..."
    r"\b(?:the|a|an|this|that|its|their|his|her|our)\s+$|\w(?:['\u2019]s|s['\u2019])\s+$", re.I
)
_NOWADAYS = re.compile(rf"\b(?:{alternation(words('nowadays_before'))})\s+$", re.I)
_POSSESSIVE = re.compile(r"^['\u2019]s\b")
_PART_OF_DAY = re.compile(r"^\s+(morning|afternoon|evening|night)\b(?!['\u2019]s)", re.I)
_EXPLICIT_BESIDE = re.compile(  # "today (14 July)", "today's (14 July) attack"
    r"^(?:['\u2019]s)?\s*(?:\(|,)\s*(?:\d{1,2}\s+[A-Z][a-z]{2,}|[A-Z][a-z]{2,}\.?\s+\d{1,2}\b)"
)
_SUBJECT_NEXT = re.compile(r"^\s+(?:the|that|this|these|those|a|an|it|they|we|he|she|[A-Z][a-z]+)\b")


def _in_a_name(sentence: str, span: tuple[int, int]) -> bool:
    """Tell whether a date word stands inside a capitalised name ("the Good Friday Agreement")."""
    before = re.search(r"(?:^|[\s/(])([A-Z][a-z]+)[\s/-]$", sentence[: span[0]])
    after = re.match(r"\s+[A-Z][a-z]+", sentence[span[1] :])
    if not before or not after or before.start(1) == 0:
        return False
    return before.group(1).lower() not in _NOT_IN_A_NAME


_FUNCTION_WORDS = words("function_words")
_DATE_MODIFIERS = frozenset({"last", "next", "this", "every", "each", "since", "until", "late", "early"})
_NOT_IN_A_NAME = _FUNCTION_WORDS | _DATE_MODIFIERS


def _attributive(written: str, after: str) -> bool:
    """Tell whether a date written with "the" qualifies the noun after it ("the 14 November Kaikoura
    earthquake"): the next word is neither a function word nor a past form ("on the 14 November to meet")."""
    following = re.match(r"\s+([A-Za-z][\w'\u2019-]*)", after)
    word = following.group(1) if following else ""
    return written.lower().startswith("the ") and bool(word) and word.lower() not in _NOT_IN_A_NAME \
        and not word.endswith("ed")


def _part_of_day(text: str) -> str | None:
    """Return the part of the day an expression names ("this morning" -> "morning"), if any."""
    m = re.search(r"\b(morning|afternoon|evening|night)\b", text, re.I)
    return m.group(1).lower() if m else None


_TIME_SUBJECT_VERBS = words("time_subject_verbs")


def _time_is_subject(after: str) -> bool:
    """Tell whether an opening time phrase is the sentence's subject ("This year marks ...")."""
    match = re.match(r"\s+([a-z]+)\b", after)
    return bool(match) and match.group(1) in _TIME_SUBJECT_VERBS


def _as_subject(phrase: str) -> str:
    """Return an absolute phrase as a subject: no leading preposition, capitalised ("The week of ...")."""
    noun = _without_preposition(phrase) or phrase
    return noun[:1].upper() + noun[1:]


def _bare(phrase: str) -> str:
    """Return an absolute phrase without its leading preposition ("on 3 May 2024" -> "3 May 2024")."""
    rest = _without_preposition(phrase)
    return re.sub(r"^the \w+ of ", "", rest) if rest else phrase


def _without_preposition(phrase: str) -> str | None:
    """Return what follows a phrase's leading preposition ("in the week of X" -> "the week of X"), else None."""
    first, _, rest = phrase.partition(" ")
    return rest if first in _PREPOSITIONS and rest else None


def _day(start: str, end: str | None) -> str:
    """Return a day or a range of days in words ("15 January 2018", "15\u201316 January 2018")."""
    s = [int(p) for p in start.split("-")]
    e = [int(p) for p in (end or start).split("-")] if end and len(end) == 10 else s
    if e == s:
        return f"{s[2]} {_MONTH_NAMES[s[1] - 1]} {s[0]}"
    if e[:2] == s[:2]:
        return f"{s[2]}\u2013{e[2]} {_MONTH_NAMES[s[1] - 1]} {s[0]}"
    if e[0] == s[0]:
        return f"{s[2]} {_MONTH_NAMES[s[1] - 1]}\u2013{e[2]} {_MONTH_NAMES[e[1] - 1]} {s[0]}"
    return f"{s[2]} {_MONTH_NAMES[s[1] - 1]} {s[0]}\u2013{e[2]} {_MONTH_NAMES[e[1] - 1]} {e[0]}"


def _phrase(expr: DateExpr, part: str | None = None) -> str | None:
    """Return an absolute phrase for a resolved expression ("on 19 October 2023"), or None if none reads."""
    start = expr.start or ""
    parts = [int(p) for p in start.split("-")]
    lead = expr.text.split()[0].lower()
    prep = lead if lead in _PREPOSITIONS else ""
    if expr.precision == "day":
        days = _day(start, expr.end)
        if part and "\u2013" not in days:
            return f"{prep or 'on'} the {part} of {days}"
        if prep == "from":
            days = days.replace("\u2013", " to ", 1)
        return f"{prep or 'on'} {days}"
    if expr.precision == "part-of-month":
        word = re.search(r"early|mid|late|end|beginning|start|middle", expr.text, re.I)
        word = word.group(0).lower() if word else "late"
        return f"{(prep + ' ') if prep else ''}{word} {_MONTH_NAMES[parts[1] - 1]} {parts[0]}"
    if expr.precision == "month":
        return f"{prep or 'in'} {_MONTH_NAMES[parts[1] - 1]} {parts[0]}"
    if expr.precision == "week":
        if _is_weekend(start, expr.end):
            return f"on the weekend of {_day(start, expr.end)}"
        return f"in the week of {parts[2]} {_MONTH_NAMES[parts[1] - 1]} {parts[0]}"
    if expr.precision == "year":  # "before the end of this year", a deadline: its words, with the year named
        return _with_year(expr.text, parts[0]) if "end of" in expr.text.lower() else f"{prep or 'in'} {parts[0]}"
    return _with_year(expr.text, parts[0])


def _is_weekend(start: str, end: str | None) -> bool:
    """Tell whether a week-precision range is a weekend: two days, Saturday then Sunday."""
    if not end or len(start) != 10 or len(end) != 10:
        return False
    first, last = date.fromisoformat(start), date.fromisoformat(end)
    return first.weekday() == 5 and (last - first).days == 1


_RELATIVE_YEAR = re.compile(r"\b(?:this|next|last|the)\s+year\b", re.I)


def _with_year(text: str, year: int) -> str | None:
    """Return `text` with its relative year named ("later this year" -> "later in 2024"), or None."""
    if not _RELATIVE_YEAR.search(text):
        return None
    named = _RELATIVE_YEAR.sub(str(year), text)
    return re.sub(rf"^(later|earlier|early|late)\s+{year}\b", rf"\1 in {year}", named, flags=re.I)


LEAD_IN = re.compile(
    r"\b(?:(?:issued|provided|released|made|gave|published|delivered|read out)\s+(?:the|a)\s+following|"
    r"as follows|the following (?:statement|readout|remarks|points))\b|:\s*$|"
    r"^(?:joint\s+)?(?:statement|readout|remarks|communiqu[eé])\s+(?:from|by|of)\b[^.]{0,30}:|"
    r"^(?:the|this)\s+(?:press|news|media)\s+release\s+(?:was\s+)?(?:issued|published|released|sent)\b",
    re.I,
)


def lead_sentences(doc: Doc) -> list[int]:
    """Return indexes of the lead: the first body sentence, and the second if the first is short.

    Attribution lead-ins ("X provided the following readout:") are not the lead, and a sentence
    repeating the one before it (a standfirst restated in the body) counts once, as whichever
    of the two carries a date.
    """
    body = _past_standfirst(doc, [i for i in doc.body if _may_lead(doc.sentences[i].text)])
    if not body:
        return []
    lead = [body[0]]
    rest = body[1:]
    if rest and restates(doc.sentences[rest[0]].text, doc.sentences[body[0]].text):
        if _says_more(doc.sentences[rest[0]].text, doc.sentences[body[0]].text):
            lead = [rest[0]]
        rest = rest[1:]
    if len(doc.sentences[lead[0]].text.split()) < 22 and rest:
        lead.append(rest[0])
    return lead


_WHOLE_SENTENCE = re.compile(r"[.!?][\"\u201d\u2019)]?\s*$")


def _past_standfirst(doc: Doc, body: list[int]) -> list[int]:
    """Return the body's sentences from its first whole one when the lines before it are a standfirst's summary
    lines, without a full stop, that it restates ("Foreign Secretary will co-host a reception ... today", then
    "The Foreign Secretary will today co-host a reception with ..."); else `body` as it is."""
    run = next((n for n, i in enumerate(body) if _WHOLE_SENTENCE.search(doc.sentences[i].text.strip())), len(body))
    if not run or run == len(body):
        return body
    first = doc.sentences[body[run]].text
    told = any(restates(first, doc.sentences[i].text) or _opens_alike(first, doc.sentences[i].text) for i in body[:run])
    return body[run:] if told else body


def _opens_alike(a: str, b: str) -> bool:
    """Tell whether two sentences open on the same five words (a standfirst's subject, then the body's)."""
    wa, wb = (re.findall(r"[\w'\u2019-]+", t.lower())[:5] for t in (a, b))
    return len(wa) == 5 and wa == wb


def _may_lead(text: str) -> bool:
    """Tell whether a body sentence may be the lead: four words or more, no lead-in, no presenter's sign-on
    ("I'm Corporal A B with your Marine Minute."), no document title without a verb."""
    return (
        not LEAD_IN.search(clean_lead(text)) and word_count(text) >= 4 and not _SIGN_ON.search(text)
        and not _is_document_title(text)
    )


def _is_document_title(text: str) -> bool:
    """Tell whether a line names a document, not news: "Readout of ...", "FCDO statement in response to ..." with
    no verb after the document's name."""
    found = _DOCUMENT_TITLE.match(text)
    return bool(found) and not has_verb(text[found.end() :])


def _says_more(second: str, first: str) -> bool:
    """Tell whether a sentence restating the one before says more: a date it lacks, or a verb to a title-like line."""
    dated = bool(find_dates(second, None, False))
    return (dated and not find_dates(first, None, False)) or (has_verb(second) and not has_verb(first))


_TRAILING_LEAD_IN = re.compile(
    r",?\s+and\s+(?:\w+\s+){0,2}(?:confirmed|agreed|issued|released|adopted|stated|noted|made)\s+(?:the|a)\s+"
    r"following(?:\s+\w+){0,2}\s*:\s*$",
    re.I,
)


_FOLLOWING_TAIL = re.compile(r"\s[a-z]+\s+the\s+following(?:\s+[a-z]+){0,2}\s*:\s*$")


_SPEAKER_LABEL = re.compile(r"^(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*:\s+(?=[A-Z\"\u201c])")


_DATE_LINE = re.compile(  # "May 4, 2020 - ", "4 May 2020 \u2013 "; a place written in lower case: "Washington, DC - "
    r"^(?:[A-Z][A-Za-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|"
    r"[A-Z][a-z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2},\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})"
    r"\s*[\u2013\u2014-]+\s+(?=[A-Z])"
)


_PICTURE_ASIDE = re.compile(  # "(pictured)", "(left)", "(that's the ExCeL Centre on the left)": the photograph's
    rf"\s*\((?:(?:{alternation(words('picture_positions'))})(?:[,;][^()]*)?|"
    rf"[^()]*\b(?:pictured|on the (?:far\s+)?(?:left|right)|in the (?:{alternation(words('picture_parts'))})|"
    r"(?:above|below)\s+(?:left|right))\b[^()]*)\)",
    re.I,
)


def clean_lead(text: str) -> str:
    """Return a sentence without a speaker's label ("Li Hua: ..."), an opening date line ("May 4, 2020 \u2013 ..."),
    an aside about the photograph ("(pictured)") or a closing lead-in ("... the following points:"); a sentence
    a standfirst left open ends with a period."""
    text = text if re.search(r"[.!?:;][\"\u201d\u2019')]?\s*$", text) else text.rstrip() + "."
    label = _SPEAKER_LABEL.match(text) or _DATE_LINE.match(text)
    if label and len(text) - label.end() > 20:
        text = text[label.end() :]
    text = _PICTURE_ASIDE.sub("", text)
    cut = _TRAILING_LEAD_IN.search(text)
    if cut and cut.start() > 20:
        return text[: cut.start()].rstrip(" ,") + "."
    if _FOLLOWING_TAIL.search(text) and word_count(text) >= 20 and not LEAD_IN.search(text[:-1]):
        return text.rstrip()[:-1] + "."  # "..., on the occasion of the visit on 28 June, have reached the
    return text  # following understandings:" reports the event: the list follows as key points


_BOILERPLATE = re.compile(
    r"\?[\"\u201d\u2019)]?\s*$|^\(.*\)\.?$|^\(.*\.\)$|https?://|\bwww\.|"
    r"^for (?:more|further) (?:news|information|details)\b|"
    r"^that['\u2019]s (?:it|all) for\b|"  # a presenter's sign-off
    r"\b(?:go|head|visit|log on) to [\w-]+\.(?:mil|gov|com|org|net)\b|"
    r"\b(?:can|may) be (?:found|read|seen|viewed) (?:here|online|below)\b|"  # a pointer to a link
    r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b\d{3}[-.]\d{3}[-.]\d{4}\b|"  # a press office's contact: email, phone
    r"\b(?:are|is) (?:asked|invited|encouraged) to contact\b|"
    r"\bcontribut(?:ed|es|ing) to (?:this|the) (?:report|story|article)\.?\s*$|"  # a credit line, not news
    r"^(?:\(?(?:additional\s+)?reporting\s+by|writing\s+by|edited\s+by|editing\s+by|compiled\s+by)\b",
    re.I,
)


_SIGN_ON = re.compile(r"^(?:I['\u2019]m|I am)\s+(?:[A-Z][\w.'\u2019-]*\s+){1,5}(?:with|for|from)\s+(?:your|the|this)\b")


@cache
def _non_answer() -> Gated:
    """Return the pattern of a spokesperson's non-answers (data/words/non_answers.txt)."""
    return Gated(re.compile(r"\b(?:" + alternation(words("non_answers")) + r")\b", re.I))


def is_boilerplate(text: str) -> bool:
    """Tell whether a sentence is a question, a bracketed source note, a pointer elsewhere, a reporter's credit
    line or a non-answer."""
    bare = text.strip()
    return bool(_BOILERPLATE.search(bare) or _SIGN_ON.search(bare) or _non_answer().search(text))


_COMMON_WORDS = frozenset(w.lower() for w in _FUNCTION_WORDS | words("calendar"))  # no evidence of restating


def restates(a: str, b: str) -> bool:
    """Tell whether sentence `a` says nearly what `b` says (most of the shorter one's words)."""
    wa, wb = (set(re.findall(r"[a-z]{3,}", t.lower())) - _COMMON_WORDS for t in (a, b))
    return min(len(wa), len(wb)) >= 4 and len(wa & wb) / min(len(wa), len(wb)) >= 0.7


def is_background(text: str) -> bool:
    """Tell whether a sentence gives background rather than new reporting, or tells what is done habitually
    ("Command units regularly conduct training ...")."""
    habit = _HABIT.search(text)
    return bool(_BACKGROUND.search(text)) or bool(habit and habit.group(1) not in _FUNCTION_WORDS)


_HABIT = re.compile(r"\b(?:regularly|routinely)\s+([a-z]+)(?<!ed)\s")


_ATTRIBUTION = re.compile(
    r",?\s+(?:the\s+)?[\w\s'\u2019.-]{0,60}?\b(?:said|says|told|announced|reported|according to)\b[^,]*$"
)
_CUT_BEFORE = re.compile(
    r"\s(?:between|for the first time|amid|after|as|because|while|which|who|despite|following|followed by|, )\b"
)
HEADLINE_WORDS = 14
_STRAY_POSSESSIVE = re.compile(r"(?<![\w'\u2019])['\u2019]s\b")  # the "'s" of a date word cut from the lead
_EMPTIED_BRACKET = re.compile(r"\s*\(\s*(?:(?:on|in|at|from|since|by|until|of)\s*)?\)")  # "(on 8 March)" once cut
_EMPTIED_OPENING = re.compile(r"^(?:\w+\s+){1,5}(?:the|of|a|an|in|on|for|during|since)\s*,\s*(?=\S)", re.I)


def headline(lead: str, anchor: date | None) -> str:
    """Return a short headline from the lead: no attribution, no date words, one clause of at most 20 words.

    The lead is cut at a clause boundary, never mid-phrase with an ellipsis.
    """
    from sitbrief.extract.titles import finish_title
    from sitbrief.text.dates import find_dates

    text = re.sub(r"^\(?\d{1,2}[.)]\s+", "", lead.strip().rstrip("."))
    bare = _ATTRIBUTION.sub("", text)
    if len(bare.split()) >= 4:
        text = bare
    for expr in sorted(find_dates(text, anchor, False), key=lambda e: -e.span[0]):
        if not expr.rule.startswith("holiday"):  # "on Ukrainian Independence Day" names the occasion
            text = text[: expr.span[0]] + text[expr.span[1] :]
    text = _EMPTIED_BRACKET.sub("", _EMPTIED_OPENING.sub("", text))
    text = re.sub(r"\b(agreed|said|announced|decided|confirmed)\s+that\s+", r"\1 ", text)
    text = re.sub(r"\b(?:today|yesterday|tonight|this (?:morning|afternoon|evening))\b", "", text, flags=re.I)
    text = _STRAY_POSSESSIVE.sub("the", text)  # "condemns today's (14 July) attack" -> "condemns the attack"
    text = re.sub(r"\s{2,}", " ", text).replace(" ,", ",").strip(" ,")
    words = text.split()
    if len(words) > HEADLINE_WORDS:
        cut = _CUT_BEFORE.search(text, len(" ".join(words[:6])))
        if cut and len(text[: cut.start()].split()) <= MAX_HEADLINE_WORDS:
            text = text[: cut.start()]
        else:
            comma = [
                m.start()
                for m in re.finditer(r",\s", text)
                if 6 <= len(text[: m.start()].split()) <= MAX_HEADLINE_WORDS
            ]
            end = next((c for c in reversed(comma) if not cut_off(text[:c], text, True)), None)  # not in an aside
            text = text[:end] if end is not None else text[: comma[-1]] if comma else text
    bare = _ATTRIBUTION.sub("", text.strip(" ,;:"))
    text = bare if len(bare.split()) >= 4 else text
    return finish_title(text.strip(" ,;:"), MAX_HEADLINE_WORDS) or text.strip(" ,;:")


MAX_HEADLINE_WORDS = 20


@cache
def _apposed_name() -> re.Pattern[str]:
    """An office, then the name set off after it by commas, before "and": "Foreign Minister, Zbigniew Rau, and"."""
    heads = alternation(sorted(lexicon().role_heads, key=len, reverse=True))
    return re.compile(rf"\b(?P<office>(?i:{heads})),\s+(?P<name>(?:[A-Z][\w'\u2019-]+\s+){{1,3}}[A-Z][\w'\u2019-]+),"
                      r"(?=\s+and\s)")


def _appositions_closed(text: str) -> str:
    """Return `text` with a name set off by commas after its office told without them ("with Polish Foreign
    Minister, Zbigniew Rau, and ..." -> "with Polish Foreign Minister Zbigniew Rau and ..."): no comma for a
    headline to be cut at that drops the second person met."""
    return _apposed_name().sub(lambda m: f"{m['office']} {m['name']}", text)


_ADVERBIAL_OPENING = re.compile(
    r"^(?:In line with|In response to|At the invitation of|On behalf of|Ahead of|Following|During|After|Under|"
    r"Amid|Addressing|Speaking|To\s+[a-z]+)\b[^,]{3,150},\s+(?=\S)",
)
_SUBORDINATE_OPENING = re.compile(  # "As the ocean swells rise over two feet, Marines began ...": a scene's clause
    rf"^(?:{alternation(words('subordinators'))})\b|^As\s+(?:the|a|an|night|dawn|day)\b[^,]{{3,80}},\s",
    re.I,
)
_TIME_AS_SUBJECT = re.compile(  # a feature's opening: "A new year brought a new mission for ..."
    r"^(?:A|The|This|Last|Next)\s+(?:new\s+)?(?:year|week|month|day|weekend|season|decade)\s+(?!of\b)[a-z]+", re.I
)
_SECOND_CLAUSE = re.compile(r",?\s+and\s+(?:they|we|he|she)\s+[a-z]+", re.I)
_CLAUSE_GOES_ON = re.compile(
    r"^(?:[.;:!?)\u2013\u2014-]|,\s+(?:which|who|whom|whose|where|when|while|as|after|before|following|amid|during|"
    r"because|since|despite|and|but|including|according|officials?|the|a|an|[a-z]+ing|[a-z]+ed|"
    r"(?:[\w.'\u2019-]+\s+){1,6}(?:said|says|told|added|noted|announced))\b|"
    r"(?:to|as|while|which|who|whom|whose|after|before|following|amid|during|because|"
    r"since|despite|and|but|or|where|when|with|in|on|at|for|from|between|near|off|by|including|said|says|followed\s+by|"
    r"told|according|today|yesterday|tonight|this|last|next|earlier|later|\d+|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)",
    re.I,
)
_STRAY_PART_OF_DAY = re.compile(
    r"(?<!\bthe)(?<!\bthis)(?<!\bthat)(?<!\blast)(?<!\beach)(?<!\bevery)(?<!\bon)(?<!\bat)(?<!\bin)(?<!\bby)"
    r"\s+(?:morning|afternoon|evening|night|early|late)$",
    re.I,
)


def brief_headline(lead: str, anchor: date | None, title: str = "") -> str:
    """Return the brief's headline ("What"): one clause of the lead, at most 20 words, never a lead cut off.

    An opening adverbial ("In line with ..., ") is dropped; a lead opening on a subordinate clause
    ("While ..., X said") or a quotation, or one no clause boundary shortens enough gives way to the article's
    `title` when that reads as one; else the headline is left empty.
    """
    text = lead.strip()
    opening = _ADVERBIAL_OPENING.match(text)
    if opening and len(text[opening.end() :].split()) >= 6:
        text = text[opening.end() :]
        text = text[:1].upper() + text[1:]
    second = _SECOND_CLAUSE.search(text)
    if second and len(text[: second.start()].split()) >= 5:
        text = text[: second.start()] + "."
    quoted = re.match(r"[\"\u201c\u2018]", text)  # a lead that is someone's words is no report's headline
    plain = not (quoted or _SUBORDINATE_OPENING.match(text) or _TIME_AS_SUBJECT.match(text))
    for told in dict.fromkeys((_appositions_closed(text), text)) if plain else ():  # both people met, if it fits
        found = _STRAY_PART_OF_DAY.sub("", headline(told, anchor))
        if found and not cut_off(found, told, True) and has_verb(found) and \
                found.count("\u201c") <= found.count("\u201d"):
            return found
    return title.strip() if reads_as_headline(title) else ""


_SUBJECT_LEFT = re.compile(  # a relative clause stopped on its subject, before its verb: "by what Kirby"
    r"\b(?:what|which|whom|whose|that)\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*$")


def cut_off(found: str, text: str, strict: bool = False) -> bool:
    """Tell whether headline `found` stops inside a phrase of sentence `text` ("... for one of NATO's biggest").

    A comma ends the headline's clause; when `strict` (a headline cut from the lead, whose verb may
    come after the comma) only a comma that opens an aside or a new clause does.
    """
    if _SUBJECT_LEFT.search(found):
        return True  # "followed by what Kirby" of "what ... Kirby called a productive discussion": no verb
    text = re.sub(r"\s*\([A-Z][A-Z-]{1,7}(?:\s[A-Z]{2,6})?\)", "", text)
    ends = _tail_ends(found, text)
    if not ends:
        return False
    rest = text[ends[-1] :].lstrip(" \u2019'\"\u201d")
    if _LIST_GOES_ON.match(rest) or _TOPICS_GO_ON.match(rest):
        return True  # "to depart for Indonesia" of "for Indonesia, Japan and South Korea"
    if rest and (_NAME_GOES_ON.match(rest) and re.search(r"\s[A-Z][\w'\u2019-]*$", found)
                 or found.split()[-1].lower() in _COMPLEMENT_VERBS):
        return True  # "on the Partnership" of "the Partnership for Global Infrastructure", "to remain" of "... in X"
    if rest.startswith(",") and not strict:
        return False
    country = _OF_NAME.match(rest)
    if country and lexicon().country(country.group(1)):
        return False  # "speaks with Morrison" of "Prime Minister Scott Morrison of Australia"
    return bool(rest) and not _CLAUSE_GOES_ON.match(rest)


def _tail_ends(found: str, text: str) -> list[int]:
    """Return where the last three words of `found` end in `text`, allowing a word or two between them
    (a date the headline dropped: "to depart for Indonesia" of "to depart tomorrow for Indonesia")."""
    tail = found.split()[-3:]
    if len(tail) == 3 and tail[0] not in text and re.fullmatch(r"[a-z]+s", tail[0]):
        tail = tail[1:]  # the headline's verb put in the present ("meets in Islamabad" of "met in Islamabad")
    if not tail or not all(w in text for w in tail):
        return []  # each pattern below holds every tail word as written
    for gap in (r"\s+", r"(?:\s+\S+){0,2}\s+"):
        pattern = gap.join(re.escape(w) for w in tail)
        ends = [m.end() for m in rx(rf"(?<!\w){pattern}(?!\w)").finditer(text)]
        if ends:
            return ends
    return []


_LIST_ITEM = r"(?:the\s+)?(?:[A-Z][\w'\u2019.-]*\s+){0,2}[A-Z][\w'\u2019.-]*"
_LIST_GOES_ON = re.compile(rf"^,\s+(?:{_LIST_ITEM},\s+){{0,12}}{_LIST_ITEM},?\s+(?:and|or)\s+(?:the\s+)?[A-Z]")
_TOPICS_GO_ON = re.compile(r"^,\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*,?\s+(?:and|or)\s+[a-z]")  # "on trade, foreign
# policy and international security": the headline kept the list's first item only
_OF_NAME = re.compile(r"of\s+((?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})")  # "of Australia"
_NAME_GOES_ON = re.compile(r"^(?:for|and|&)\s+(?:the\s+)?[A-Z]")  # "the Partnership | for Global", "Fiji | and Peru"
_COMPLEMENT_VERBS = words("complement_verbs")


def reads_as_headline(title: str) -> bool:
    """Tell whether an article's title can stand as the brief's headline (a short line, not a byline)."""
    words = title.split()
    letters = [c for c in title if c.isalpha()]
    shouting = bool(letters) and sum(c.isupper() for c in letters) > 0.6 * len(letters)  # a dateline, a kicker
    return (3 <= len(words) <= MAX_HEADLINE_WORDS and not shouting and not _BYLINE.match(title)
            and not title.endswith(":") and not _DOCUMENT_TITLE.match(title))


_BYLINE = re.compile(  # "By Jim Garamone", "Audio by Cpl. Troy Saunders": who made it, and nothing else
    r"^(?:By\s|[A-Z][a-z]+\s+by\s+(?:[A-Z][\w.'\u2019-]*\s*){1,5}$)")
_DOCUMENT_TITLE = re.compile(  # "Readout of ...", "FCDO statement in response to ...", "A-B-C Joint Statement on ..."
    r"^(?:(?:(?-i:[A-Z][\w.'\u2019&-]*)|for|of|and|the)\s+){0,8}(?:joint\s+)?"
    rf"(?:{alternation(words('document_title_nouns'))})s?"
    r"\s+(?:of|by|from|on|at|after|between|among|to\s+mark|marking|in\s+response\s+to|regarding|following)\b",
    re.I,
)


_VERB = re.compile(
    r"(?<![\w-])(?:[a-z]{3,}ed|will|would|to|is|are|was|were|has|have|had|can|could|may|must|shall|should)(?![\w-])"
)


def has_verb(text: str) -> bool:
    """Tell whether a headline has a verb: a past form, an auxiliary, an infinitive or a listed one."""
    return bool(_VERB.search(text)) or any(w.strip(",.").lower() in _listed_verbs() for w in text.split())


@cache
def _listed_verbs() -> frozenset[str]:
    """Return the finite verb forms the word lists name: verb_present's pairs, headline_verbs, and predicate_verbs'
    third-person forms ("condemns", "deploys"; not "launch" or "launching", which may be nouns)."""
    present = pairs("verb_present")
    third = {w for w in words("predicate_verbs") if w.endswith("s") and not w.endswith("ss")}
    return frozenset(present) | frozenset(present.values()) | words("headline_verbs") | third


# Searched only in text holding what their every match must (text/gate.py): most sentences lack it.
_BACKGROUND, LEAD_IN, _TRAILING_LEAD_IN, _FOLLOWING_TAIL, _HABIT = map(
    Gated, (_BACKGROUND, LEAD_IN, _TRAILING_LEAD_IN, _FOLLOWING_TAIL, _HABIT))


_FOLLOWING_STATEMENT = Gated(re.compile(
    rf"\b({alternation(words('statement_verbs'))})\s+the\s+following\s+({alternation(words('following_texts'))})\b",
    re.I,
))
_OPENS_QUOTE = re.compile(r"^\s*([\"\u201c])")


def statement_intro(doc: Doc, lead: list[int]) -> int | None:
    """Return the body sentence that introduces a quoted lead ("X today issued the following statement on Y:"
    before '"Today, we ..."'), else None: the statement's author is the news, and the lead-in names them."""
    if not lead or not _OPENS_QUOTE.match(doc.sentences[lead[0]].text):
        return None
    before = [i for i in doc.body if i < lead[0]]
    if not before:
        return None
    text = doc.sentences[before[-1]].text
    return before[-1] if _FOLLOWING_STATEMENT.search(text) or _says_in_full(text) else None


_SAID_INTRO = re.compile(
    rf"^(?P<who>.+?)\s+(?:{alternation(words('speech_verbs'))})\b[^.:;\"\u201c\u201d]{{0,40}}:\s*$")


_AIDE_HEAD = re.compile(rf"\b(?:{alternation(words('aide_heads'))})\b", re.I)


def _says_in_full(intro: str) -> bool:
    """Tell whether a sentence introduces the words of its speaker given in full after it ("Foreign Secretary
    Ann Roe said today:"); a spokesperson's "said:" gives a readout, whose news is what it reports."""
    found = _SAID_INTRO.match(intro)
    return bool(found) and not _AIDE_HEAD.search(found["who"])


def statement_said(intro: str) -> str:
    """Return a statement's lead-in as a clause: "X today issued the following statement on Y:" ->
    "X today issued a statement on Y"."""
    found = _FOLLOWING_STATEMENT.search(intro)
    if found is None:
        return intro.rstrip(" :.")
    noun = found.group(2)
    said = f"{found.group(1)} {noun if noun.endswith('s') else 'a ' + noun}"
    return (intro[: found.start()] + said + intro[found.end() :]).rstrip(" :.")


def statement_lead(intro: str, quoted: str) -> str:
    """Return the BLUF of a statement given as a quotation: its lead-in as a clause, then its first sentence with
    the quotation closed ('X issued a statement on Y: "Today, we join ...".')."""
    text = quoted.strip()
    opening = _OPENS_QUOTE.match(text)
    if opening and opening.group(1) == '"' and text.count('"') % 2:
        text += '"'
    elif opening and text.count("\u201c") > text.count("\u201d"):
        text += "\u201d"
    return f"{statement_said(intro)}: {text}"


_SPEECH_VERB = re.compile(rf"\b(?:{alternation(SPEECH_VERBS)})\b")


def statement_quoted_whole(doc: Doc, index: int) -> bool:
    """Tell whether sentence `index` opens a quotation that is the whole statement: it opens a mark it does not
    close, and no speaker is named where the mark closes ('\u201cToday, X and Y had a call. ... peace.\u201d' at the
    end of a release), so the words are the release's own report."""
    sentence = doc.sentences[index]
    opening = _OPENS_QUOTE.match(sentence.text)
    if opening is None or _closes(sentence.text, opening.group(1)):
        return False
    close = '"' if opening.group(1) == '"' else "\u201d"
    end = doc.text.find(close, sentence.start + opening.end())
    after = doc.text[end + 1 : end + 80] if end >= 0 else ""
    return not _SPEECH_VERB.search(after.split("\n")[0])


def _closes(text: str, mark: str) -> bool:
    """Tell whether `text`, opening on quotation `mark`, closes it."""
    return text.count('"') % 2 == 0 if mark == '"' else text.count("\u201d") >= text.count("\u201c")


_CLOSE_AT_END = re.compile(r"[\"\u201d](?=[^\w\"\u201c\u201d]*$)")  # the closing mark a sentence ends on


def stray_close_dropped(text: str) -> str:
    """Return a reported sentence without a closing mark it ends on and never opened ('... counterparts\u201d.')."""
    if "\u201c" in text or text.count('"') % 2 == 0 and "\u201d" not in text:
        return text
    return _CLOSE_AT_END.sub("", text) if text.count('"') <= 1 else text


def unquoted(text: str) -> str:
    """Return a sentence of a statement quoted whole without its marks: the opening one it starts on, the
    closing one it ends on."""
    text = _OPENS_QUOTE.sub("", text, count=1)
    return _CLOSE_AT_END.sub("", text) if not _balanced(text) else text


def _balanced(text: str) -> bool:
    """Tell whether every quotation `text` opens it closes, and none it closes is opened before it."""
    return text.count('"') % 2 == 0 and text.count("\u201c") == text.count("\u201d")


_FIRST_PERSON = re.compile(r"\b(?:We|we|Our|our|Ours|ours|Ourselves|ourselves|us)\b")
THIRD_PERSON = {"we": "they", "our": "their", "ours": "theirs", "ourselves": "themselves", "us": "them"}


def told_of(text: str, authors: str | None, opening: bool = False) -> str:
    """Return a sentence of a joint statement told of its signatories, outside quotations: "we"/"our"/"us" ->
    "they"/"their"/"them", and, when `opening`, its first "we" named ("We reiterate ..." -> "E3 leaders
    reiterate ...", "As mediators, we are" -> "As mediators, the Leaders of A and B are"). A "We, the leaders of
    ..." that names itself, or a statement with no plural `authors`, stays."""
    if not authors or re.match(r"\W*We,", text):
        return text
    unnamed = [opening]

    def swap(m: re.Match[str]) -> str:
        if inside_quote(text, m.start()):
            return m.group(0)
        if unnamed[0] and m.group(0) in ("We", "we"):
            unnamed[0] = False
            return _as_subject_at(authors, m.start() == 0 or bool(re.search(r"[.!?]\s+$", text[: m.start()])))
        word = THIRD_PERSON[m.group(0).lower()]
        return word.capitalize() if m.group(0)[0].isupper() else word

    return _FIRST_PERSON.sub(swap, text)


_HAVING_THEN_FOLLOWING = re.compile(  # ", having met in Lima on 3 May, declare the following."
    r",\s+having\s+(?P<done>[a-z]+ed|met|held|made|sent|led)\s+(?P<rest>[^;:]+?),\s+[a-z]+"
    r"(?:\s+[a-z]+)?\s+the\s+following(?:\s+[a-z]+)?\s*[.:]?\s*$")
_FOLLOWING_NOUN = re.compile(r"\s+the\s+following\s+(?P<noun>[a-z]+s)\s*[.:]?\s*$")  # "... the following points"


def following_dropped(text: str) -> str:
    """Return a lead without the words that point at a text given after it: "..., having met in Lima on 3 May,
    declare the following." -> "..., met in Lima on 3 May."; "... have reached the following understandings."
    -> "... have reached understandings."; a sentence pointing at nothing after it stays."""
    having = _HAVING_THEN_FOLLOWING.search(text)
    if having and not inside_quote(text, having.start()):
        before = text[: having.start()]  # "A and B, as witnessed by C, met": the comma stays after an aside only
        return f"{before}{',' if ',' in before else ''} {having['done']} {having['rest']}."
    noun = _FOLLOWING_NOUN.search(text)
    if noun and not inside_quote(text, noun.start()):
        return f"{text[: noun.start()]} {noun['noun']}."
    return text


_SELF_NAMED = re.compile(  # "We, the leaders of A, B, and C, met": who "we" are, set off after it
    r"(?:^|(?<=,\s))(?P<we>[Ww]e),\s+(?P<who>the\s+[^,]+(?:,\s+(?:(?:and|or)\s+)?(?:the\s+)?[A-Z][^,]*)*)")
_NAMES_END = re.compile(r"^(.*?[A-Z][\w'\u2019.-]*)(?=\s+(?!(?:of|and|or|the|for)\b)[a-z])")


def self_named(text: str) -> tuple[str, str | None]:
    """Return a lead that names its signatories told of them, and who they are: "We, the leaders of A and B,
    convened ..." -> ("The leaders of A and B convened ...", "the leaders of A and B"); "On 15 May, we, the
    leaders of A and B mark ..." -> "On 15 May, the leaders of A and B mark ..."; else (text, None)."""
    found = _SELF_NAMED.search(text)
    if found is None or inside_quote(text, found.start()):
        return text, None
    who = found["who"].strip()
    named = _NAMES_END.match(who)  # "the leaders of A and B mark the anniversary": the leaders of A and B
    rest = text[found.end() :]
    verb = re.match(r",\s+(?=([a-z]+)\b)", rest)
    if verb and (verb.group(1).endswith("ed") or verb.group(1) in _listed_verbs()):
        rest = " " + rest[verb.end() :]  # "We, the leaders of A, convened" -> "The leaders of A convened"
    subject = who[:1].upper() + who[1:] if found.start() == 0 else who
    return text[: found.start()] + subject + rest, named.group(1) if named else who


def _as_subject_at(authors: str, opening: bool) -> str:
    """Return the signatories as a subject: capitalised opening a sentence, "the Leaders of ..." inside one."""
    if opening:
        return authors[:1].upper() + authors[1:]
    return "the" + authors[3:] if authors.startswith("The ") else authors


def continues_quotation(paragraph: list[str]) -> bool:
    """Tell whether a paragraph goes on with a quotation opened before it: it closes more marks than it opens and
    speaks in the first person ('This week I will also visit Singapore. ... in this area.\u201d')."""
    text = " ".join(paragraph)
    unopened = text.count("\u201d") > text.count("\u201c") or (text.count('"') % 2 == 1 and text.rstrip().endswith('"'))
    return unopened and bool(FIRST_PERSON.search(text))
