"""The status of an event (past, planned, postponed, cancelled) and the tense that resolves its date."""

from __future__ import annotations

import copy
import functools
import re

from sitbrief.extract.doc import Doc
from sitbrief.extract.events.clauses import _predicate, _progressive, _shares_modal
from sitbrief.extract.events.eventive import _ATTRIBUTIVE, _GLAD_TO
from sitbrief.extract.lexicon import words
from sitbrief.extract.rx import alternation
from sitbrief.extract.tense import FUTURE
from sitbrief.text.dates import BY_YEAR_END, DateExpr, ends_period, find_dates
from sitbrief.text.gate import Gated

_POSTPONED = re.compile(
    r"\b(?:postpone[sd]?|postponing|put(?:s|ting)? (?:\w+ )?off|delay(?:ed|ing)|(?<=to )delay|(?<=will )delay|push(?:ed|es|ing)? back|"
    r"defer(?:red|s|ring)?|reschedul(?:ed|es|e|ing))\b",
    re.I,
)
_CANCELLED = re.compile(r"\b(?:cancell?ed|called off|scrapped|abandoned)\b", re.I)
_ONGOING = re.compile(
    r"\b(?:began|begun|underway|under way|ongoing|continues|continuing|has been \w+ing|started)\b", re.I
)
_PAST_VERB = re.compile(r"(?:\w+ed|met|held|took|spoke|began|begun|signed|sent|hosted|announced)\b", re.I)

_SCHEDULED = re.compile(rf"(?:{'|'.join(sorted(words('scheduled_verbs')))})\b", re.I)


def _status_words(text: str) -> str | None:
    if _CANCELLED.search(text):
        return "cancelled"
    if _POSTPONED.search(text):
        return "postponed"
    return None


def _resolve_by_tense(doc: Doc, text: str, span: tuple[int, int], expr: DateExpr, status: str) -> tuple[DateExpr, str]:
    """Resolve an event's date by its tense; return the date and the status it implies."""
    timetable = _timetable(text, span)
    if status in ("past", "ongoing") and timetable and not expr.rule.startswith("explicit"):
        status = "planned"  # a timetable: "The Minister travels to Tonga on Monday", "the UK is hosting on 4 June"
        ahead = _re_resolve(doc, text, expr, future=True)
        if (
            doc.anchor and ahead.start and len(ahead.start) == 10 and ahead.start < doc.anchor.isoformat()
            and not _ATTRIBUTIVE.search(text, max(0, span[0] - 12), span[0])
        ):
            return ahead, "past"  # "Marines arrive in Darwin, April 3", read on April 10: a caption's present
        if not _far_ahead(doc, ahead) or _progressive(text, span):
            return ahead, status
        status = "past"  # "The conference opens in Munich on 2 February", read in March: the nearer, past one
    if status in ("planned", "postponed", "cancelled") and _past_plan(text, expr):
        return _re_resolve(doc, text, expr, future=False), status  # "had been due to meet on Monday": that Monday is past
    if status in ("postponed", "cancelled") and not _new_date(text, expr):
        ahead = _re_resolve(doc, text, expr, future=True)  # the date it was to be held: the nearer one
        return (_re_resolve(doc, text, expr, future=False) if _far_ahead(doc, ahead) else ahead), status
    if status in ("planned", "postponed", "cancelled"):
        if status == "planned" and _told_past(text, expr):
            return _re_resolve(doc, text, expr, future=False), "past"  # "originally scheduled for May, took place on 3 June"
        return _re_resolve(doc, text, expr, future=True), status
    expr = _re_resolve(doc, text, expr, future=False)
    if status == "past" and _present_month(doc, text, expr):
        expr = _re_resolve(doc, text, expr, future=True)  # "is assigned ..., including X at the end of May"
        status = "planned"
    if status in ("past", "ongoing") and doc.anchor and expr.start and expr.start[:10] > doc.anchor.isoformat():
        status = "planned"  # a past event cannot come after the article: "before she returns on 7 June"
    elif status in ("past", "ongoing") and doc.anchor and expr.rule == BY_YEAR_END and expr.end == str(doc.anchor.year):
        status = "planned"  # "to conclude the contract by the end of this year": a deadline still to come
    elif status == "past" and doc.anchor and _spans_day(expr, doc.anchor.isoformat()):
        status = "ongoing"  # "the exercise, which runs from May 26 to June 9", read on June 3
    return expr, status


_PAST_PLAN = re.compile(rf"\bhad\s+(?:been\s+)?(?:{alternation(words('plan_participles'))})\s+(?:to|for)\b", re.I)
_CLAUSE_BREAK = re.compile(r"[;:]|,\s*(?:but|and|while|although|though)\b|\b(?:but|until|before|after)\b", re.I)


def _past_plan(text: str, expr: DateExpr) -> bool:
    """Tell whether a pluperfect plan governs the date ("had been due to meet on Monday", "had been set for 3 May")."""
    plan = next(reversed(list(_PAST_PLAN.finditer(text, 0, expr.span[0]))), None)
    return plan is not None and not _CLAUSE_BREAK.search(text, plan.end(), expr.span[0])


_PAST_BEFORE_DATE = re.compile(  # the past verb the date itself belongs to: "took place on", "was held in"
    r"\b(?:took\s+place|(?:was|were)\s+held|happened|occurred|began|ended|concluded|opened|closed)\s+(?:on\s+|in\s+)?$", re.I
)


def _told_past(text: str, expr: DateExpr) -> bool:
    """Tell whether a date is told by a past verb of its own ("took place on 3 June"), whatever planned it before."""
    return bool(_PAST_BEFORE_DATE.search(text, max(0, expr.span[0] - 30), expr.span[0]))


_NEW_DATE = re.compile(  # "postponed until June": the new date, ahead of the article
    r"\b(?:postpone[sd]?|postponing|delay(?:ed|s|ing)?|mov(?:ed|es|e|ing)|push(?:ed|es|ing)? back|put(?:s|ting)? off|"
    r"reschedul(?:ed|es|e|ing)|defer(?:red|s|ring)?|shift(?:ed|s|ing)?)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:to|until|till|into|for)\s+(?:the\s+)?$",
    re.I,
)


def _end_bound(text: str, expr: DateExpr) -> bool:
    """Tell whether a date only bounds how long something lasts ("until the end of January"), not a postponement's new date."""
    return ends_period(text, expr.span[0], expr.text) and not _new_date(text, expr)


def _new_date(text: str, expr: DateExpr) -> bool:
    """Tell whether the date of a postponed event is the one it was moved to ("postponed to June")."""
    lead = re.match(r"(?:to|until|till|into|for)\s+", expr.text, re.I)
    return bool(_NEW_DATE.search(text[max(0, expr.span[0] - 40) : expr.span[0]] + (lead.group(0) if lead else "")))


def _timetable(text: str, span: tuple[int, int]) -> bool:
    """Tell whether a trigger states a timetable: a present-tense verb ("travels", "is hosting", "the exercise takes place")."""
    if _SCHEDULED.match(text, span[0]):
        return True
    if re.match(r"\w+ing\b", text[span[0] : span[1]]) and re.search(r"\b(?:is|are)\s+$", text[max(0, span[0] - 8) : span[0]]):
        return True
    lo, hi = _predicate(text, span)
    verb = _TIMETABLE_AFTER.match(text, span[1]) or (text[span[1] - 1] == "s" and _PLURAL_AFTER.match(text, span[1]))
    if verb and verb.end() <= hi and not _PAST_FINITE.search(text, lo, hi):
        return True
    main = _SCHEDULED_VERB.search(text, lo, span[0]) or _PLURAL_TIMETABLE.search(text, lo, span[1])
    # "The minister heads to Jakarta on Monday for talks", "The two leaders meet in Hanoi on Friday"
    return bool(main) and not _PAST_FINITE.search(text, lo, hi) and not _PRESENT_PROGRESSIVE.search(text, lo, span[0])


def _plural(verb: str) -> str:
    """Return the plural present of a third-person timetable verb ("flies" -> "fly", "takes place" -> "take place")."""
    first, _, rest = verb.partition(" ")
    first = first[:-3] + "y" if first.endswith("ies") else first[:-1]
    return f"{first} {rest}".strip()


_TIMETABLE_VERBS = words("timetable_verbs") | words("scheduled_verbs")
_PLURAL_VERBS = "|".join(sorted(_plural(v) for v in _TIMETABLE_VERBS))
_PLURAL_TIMETABLE = re.compile(  # a plural subject and its present verb: "Both navies begin", "Talks resume"
    r"\b(?!(?:is|was|has|its|this|his|us|as|does|plus|thus|across|always|perhaps|this|yes)\b)(?:[A-Za-z]{2,}s|both|they|we)"
    rf"\s+(?:again\s+|also\s+|now\s+|then\s+)?(?:{_PLURAL_VERBS})\b"
)
_SCHEDULED_VERB = re.compile(rf"\b(?:{alternation(words('scheduled_verbs'))})\b", re.I)
_TIMETABLE_AFTER = re.compile(  # the present-tense verb of a noun trigger: "The exercise off Hawaii takes place"
    rf"[^,;.]{{0,40}}?\s(?:{'|'.join(sorted(_TIMETABLE_VERBS))})\b", re.I
)
_PLURAL_AFTER = re.compile(rf"\s+(?:{_PLURAL_VERBS})\b", re.I)  # a plural noun trigger's verb: "Talks resume in Geneva"


def _far_ahead(doc: Doc, expr: DateExpr) -> bool:
    """Tell whether a calendar date without a year, resolved ahead, lies over half a year after the article."""
    if not doc.anchor or not expr.start or "weekday" in expr.rule or len(expr.start) < 7:
        return False
    year, month = int(expr.start[:4]), int(expr.start[5:7])
    return (year - doc.anchor.year) * 12 + month - doc.anchor.month > 6


_PAST_FINITE = re.compile(
    r"\b(?:was|were|had|did|met|held|took|spoke|began|sent|left|made|led|went|came|saw|"
    r"(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bbeing )[a-z]{3,}ed)\b"
)


def _present_month(doc: Doc, text: str, expr: DateExpr) -> bool:
    """Tell whether a month without a year in a sentence with no past verb lies nearer ahead than behind."""
    if not doc.anchor or expr.precision not in ("month", "part-of-month") or not expr.start or "explicit" in expr.rule:
        return False
    if _PAST_FINITE.search(text) or not re.search(r"\b(?:is|are|currently|now)\b", text):
        return False
    month = int(expr.start[5:7])
    return 0 < (month - doc.anchor.month) % 12 <= 6


def _spans_day(expr: DateExpr, day: str) -> bool:
    """Tell whether a range of days (not a week or month) runs over `day`."""
    return (
        expr.precision == "day" and bool(expr.start and expr.end)
        and len(expr.start) == len(expr.end) == 10 and expr.start < day <= expr.end
    )


def _re_resolve(doc: Doc, text: str, expr: DateExpr, future: bool) -> DateExpr:
    """Resolve `expr` again with the tense of its own event."""
    again = [d for d in _dates_in(text, doc.anchor, future) if d.span == expr.span]
    return copy.copy(again[0]) if again and (again[0].start or not expr.start) else expr  # a resolved date stays so


@functools.lru_cache(maxsize=32)
def _dates_in(text: str, anchor, future: bool) -> tuple[DateExpr, ...]:
    """Return the date expressions of a sentence, found once however many events it holds."""
    return tuple(d for d in find_dates(text, anchor, future) if not _IN_HISTORY.match(text, d.span[1]))


_IN_HISTORY = re.compile(r"\s+in\s+(?:[\w'\u2019-]+\s+){0,3}history\b", re.I)  # "this week in Navy history": a column, not a date


def _ends_with_be(text: str, end: int) -> bool:
    """Tell whether ``text[:end]`` ends with the word "be" ("to be", "will be"…) and spaces.

    The same test as ``re.search(r"\b(?:to be|will be|would be|be)\\s*$", text[:end])`` (every
    alternative ends in the word "be"), but looking only at the end: linear on long sentences.
    """
    word_end = end
    while word_end > 0 and text[word_end - 1].isspace():
        word_end -= 1
    return re.search(r"\bbe\s*$", text[max(0, word_end - 3) : end]) is not None


def _status(text: str, span: tuple[int, int], expr: DateExpr | None, lead: int = 25, hints: bool = True) -> str:
    """Return past, ongoing, planned, postponed or cancelled for the event at `span`.

    Without `hints`, words like "postponed" are ignored (a strike or a storm is not postponed).
    """
    lo = min(span[0], expr.span[0] if expr else span[0])
    hi = max(span[1], expr.span[1] if expr else span[1])
    if hints and (hint := _status_words(_own_clause(text, lo, hi))):
        return hint
    if expr is not None and _GLAD_TO.search(text, max(0, span[0] - 90), span[0]):
        return "past"  # "I was delighted to meet X": the meeting happened, whatever "to meet" says
    if (
        lead < len(text)
        and _PAST_VERB.match(text[span[0] : span[1]])
        and not _ends_with_be(text, span[0])
    ):
        lead = 0
    window = text[max(0, lo - lead) : hi]
    if expr and span[1] <= expr.span[0] and _PAST_RELATIVE.match(text, span[1], expr.span[0]):
        return "past"  # "will build on the summit, that took place in Hiroshima in May": the clause's own tense
    if FUTURE.search(window) or _ahead_in_present(text, span):
        return "planned"
    if _ONGOING.search(window) or _progressive(text, span) or _PRESENT_PROGRESSIVE.search(window) or _state_since(text, span, expr):
        return "ongoing"
    if _shares_modal(text, span):
        return "planned"  # "will attend X, and tour Y": the second verb's "will" is the first's
    return "past"


_CLAUSE_BREAK = re.compile(r"[;:]|\b(?:after|before|because|since|when|while|although|though|whereas)\b", re.I)


def _own_clause(text: str, lo: int, hi: int) -> str:
    """Return the 40 characters either side of an event, cut where another clause begins.

    "The ministers met on Monday, after the talks were delayed": the delay is the talks', not the meeting's
    ("arranged talks on Friday but put them off": "but" goes on with the same event).
    """
    left, right = text[max(0, lo - 40) : lo], text[hi : hi + 40]
    cut = max((m.end() for m in _CLAUSE_BREAK.finditer(left)), default=0)
    first = _CLAUSE_BREAK.search(right)
    return left[cut:] + text[lo:hi] + right[: first.start() if first else len(right)]


_BEEN_BEFORE = re.compile(r"\b(?:has|have)\s+been\s+(?:[\w-]+\s+){0,6}?$", re.I)


def _state_since(text: str, span: tuple[int, int], expr: DateExpr | None) -> bool:
    """Tell whether a trigger is a state holding since its date ("has been deployed in the Red Sea since December")."""
    if expr is None or not re.match(r"since\b", expr.text, re.I) or expr.span[0] < span[1]:
        return False
    return bool(_BEEN_BEFORE.search(text[max(0, span[0] - 60) : span[0]]))


_AHEAD_OF = re.compile(  # "ahead of the NATO summit", "in the run-up to next month's talks"
    r"\b(?:ahead\s+of|in\s+advance\s+of|in\s+the\s+(?:run|lead)[- ]up\s+to|in\s+preparation\s+for)\s+"
    r"(?:the\s+|a\s+|an\s+|[\w'\u2019-]+['\u2019]s\s+)?(?:[\w.'\u2019-]+\s+){0,4}$",
    re.I,
)


def _ahead_in_present(text: str, span: tuple[int, int]) -> bool:
    """Tell whether a trigger is a happening told "ahead of" in a clause with no past verb ("The talks come ahead of the summit in July")."""
    ahead = _AHEAD_OF.search(text, max(0, span[0] - 70), span[0])
    if not ahead:
        return False
    verbs = _PAST_FINITE.finditer(text, 0, ahead.start())
    return not any(not re.search(r"\b(?:is|are|be|been|being)\s+$", text[max(0, v.start() - 7) : v.start()]) for v in verbs)


_PAST_RELATIVE = re.compile(
    r"[^,;]{0,60}?,?\s+(?:that|which|who)\s+(?:was\s+|were\s+)?(?:took place|held|happened|occurred|met|convened|"
    r"began|ended|(?!(?:will|would)\b)[a-z]+ed)\b"
)
_PRESENT_PROGRESSIVE = re.compile(r"\b(?:is|are)\s+(?:now\s+|currently\s+|still\s+)?(?!going\b)[a-z]{3,}ing\b")


# Searched only in text holding what their every match must (text/gate.py): most sentences lack it.
_POSTPONED, _CANCELLED = map(Gated, (_POSTPONED, _CANCELLED))
