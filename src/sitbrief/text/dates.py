"""Find date expressions in a sentence and resolve them against an anchor date by tense.

Every resolution records the rule it applied, so an analyst can see how "late November"
became 2023-11-21..2023-11-30. Without an anchor, relative expressions stay unresolved.
"""

from __future__ import annotations

import calendar
import copy
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

from sitbrief.text.gate import may_match

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = {
    name: number
    for number, names in enumerate(
        [
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        ]
    )
    for name in names
}
_MON = r"(?P<mon>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|Jun(?:e|\.)?|Jul(?:y|\.)?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_ORD = r"(?:st|nd|rd|th)?"  # the ordinal ending a day may carry ("3rd")
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10}
_COUNT = "|".join(_COUNTS)
_NO_OBJECT = r"(?!\s+(?!(?:and|or|but|as)\b)[\w\u201c\u2018\"'])"  # "a day after leader Kim oversaw drills": an object
_PART = r"(?P<part>early|mid|late|the end of|end of|the beginning of|the start of|the middle of|mid-)"


def _holidays() -> dict[str, tuple[int, int]]:
    """Return the fixed-day holidays of data/holidays.tsv: folded name -> (month, day)."""
    text = resources.files("sitbrief.text").joinpath("data", "holidays.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return {name.casefold(): (int(month), int(day)) for name, month, day in rows}


HOLIDAYS = _holidays()


def _lone_day_pattern() -> re.Pattern[str]:
    """Return the pattern of a day of the month told alone ("on the 5th", "on the 21st,"), no noun after it."""
    text = resources.files("sitbrief.text").joinpath("data", "lone_day_followers.txt").read_text(encoding="utf-8")
    followers = "|".join(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))
    return re.compile(
        r"\b(?i:on)\s+the\s+(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
        rf"(?=\s*(?:$|[.,;:)\u2013\u2014]|(?i:{followers})\b))"
    )


def _holiday_pattern() -> re.Pattern[str]:
    """Return the pattern of every holiday name, either apostrophe ("New Year\u2019s Day")."""
    names = sorted(HOLIDAYS, key=len, reverse=True)
    alternatives = "|".join(re.escape(n).replace("'", "['\u2019]") for n in names)
    return re.compile(rf"\b(?:the\s+)?(?P<holiday>{alternatives})(?!\w)", re.I)  # "on the Fourth of July"


PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{2})(?P=sep)(?P<d>\d{2})(?![\d.]\d)")),  # "2024/06/03", "2024.06.03" too
    (
        "range_mdmd",
        re.compile(
            rf"\b(?:from\s+)?{_MON}\s+(?P<d>\d{{1,2}}){_ORD}\s*(?:to|-|\u2013|until|through)\s*(?P<mon2>[A-Z][a-z]{{2,8}}\.?)\s+(?P<d2>\d{{1,2}}){_ORD}(?:,?\s+(?P<y>\d{{4}}))?\b"
        ),
    ),
    (
        "range_dmdm",
        re.compile(
            rf"\b(?:from\s+)?(?P<d>\d{{1,2}}){_ORD}\s+{_MON}\s*(?:to|-|\u2013|until)\s*(?P<d2>\d{{1,2}}){_ORD}\s+(?P<mon2>[A-Z][a-z]{{2,8}}\.?)(?:\s+(?P<y>\d{{4}}))?\b"
        ),
    ),
    (
        "range_md",
        re.compile(
            rf"\b(?:from\s+)?{_MON}\s+(?P<d>\d{{1,2}}){_ORD}\s*(?:to|-|\u2013|until|through)\s*(?P<d2>\d{{1,2}}){_ORD}(?:,?\s+(?P<y>\d{{4}}))?\b"
        ),
    ),
    (
        "range_dm",  # "on 4, 5 and 6 March": from the first day listed (not "5 and 6 March")
        re.compile(
            rf"\b(?P<d>\d{{1,2}}){_ORD}(?:,\s*\d{{1,2}}{_ORD})+,?\s+and\s+(?P<d2>\d{{1,2}}){_ORD}\s+{_MON}(?:\s+(?P<y>\d{{4}}))?\b"
        ),
    ),
    (
        "range_dm",
        re.compile(
            rf"\b(?:from\s+)?(?P<d>\d{{1,2}}){_ORD}\s*(?:to|-|\u2013|until|and)\s*(?P<d2>\d{{1,2}}){_ORD}\s+{_MON}(?:\s+(?P<y>\d{{4}}))?\b"
        ),
    ),
    (
        "range_dm",  # "between 3 and 7 June"
        re.compile(rf"\bbetween\s+(?P<d>\d{{1,2}}){_ORD}\s+and\s+(?P<d2>\d{{1,2}}){_ORD}\s+{_MON}(?:\s+(?P<y>\d{{4}}))?\b"),
    ),
    (
        "range_md",  # "between June 3 and 7", "on March 20 and 21"
        re.compile(
            rf"\b(?:between\s+)?{_MON}\s+(?P<d>\d{{1,2}}){_ORD}\s+and\s+(?P<d2>\d{{1,2}}){_ORD}(?![.,]?\d)"
            r"(?:,?\s+(?P<y>\d{4}))?\b"
        ),
    ),
    ("mdy", re.compile(rf"\b{_MON}\s+(?P<d>\d{{1,2}}){_ORD}(?:,?\s+(?P<y>\d{{4}}))?\b")),
    ("dmy", re.compile(rf"\b(?:[Tt]he\s+)?(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?{_MON}(?:,?\s+(?P<y>\d{{4}}))?\b")),
    ("lone_day", _lone_day_pattern()),  # "on the 5th": a day of the month told alone
    (
        "month_rel_year",  # "in March last year", "late November of next year": the month of that year
        re.compile(rf"\b(?:{_PART}\s*)?{_MON}\s+(?:of\s+)?(?P<rel>(?i:last|next|this))\s+(?i:year)\b"),
    ),
    (
        "week_of_month",  # "in the last week of March", "the second half of April": not "last week", not all April
        re.compile(
            r"\b(?:(?i:the)\s+)?(?P<nth>(?i:first|second|third|fourth|last|final))\s+(?P<unit>(?i:week|half))\s+"
            rf"(?i:of)\s+{_MON}(?:,?\s+(?P<y>\d{{4}}))?\b"
        ),
    ),
    ("holiday", _holiday_pattern()),  # before the months: "the Fourth of July" is a day, not July
    ("part_month", re.compile(rf"\b{_PART}\s*{_MON}(?:\s+(?P<y>\d{{4}}))?\b", re.I)),
    ("month_year", re.compile(rf"\b{_MON}\s+(?P<y>\d{{4}})\b")),
    (
        "part_rel_year",
        re.compile(r"\b(?P<part>early|mid|late|later|earlier)\s*(?:-\s*)?(?P<rel>this|next|last)\s+year\b", re.I),
    ),
    (
        "part_rel_month",  # "late last month", "by the end of next month", "early this month": that part of the month
        re.compile(
            r"\b(?P<part>early|mid|late|the end of|end of|the beginning of|the start of|the middle of)\s*-?\s*"
            r"(?P<rel>this|next|last)\s+month\b",
            re.I,
        ),
    ),
    (
        "part_year",
        re.compile(
            r"\b(?P<part>early|mid|late|the end of|end of|the beginning of|the start of|the middle of|"
            r"the (?:first|second|third|fourth|last) (?:half|quarter) of)\s*-?\s*(?P<y>(?:19|20)\d{2})\b",
            re.I,
        ),
    ),
    (
        "part_rel_year2",  # "in the second half of the year", "the first quarter of next year"
        re.compile(
            r"\bthe\s+(?P<nth>first|second|third|fourth|last|final)\s+(?P<unit>half|quarter)\s+of\s+"
            r"(?:(?P<rel>this|next|last)\s+year|the\s+year)\b",
            re.I,
        ),
    ),
    ("new_year", re.compile(r"\bin the new year\b", re.I)),
    ("weekend", re.compile(r"\b(?P<rel>over the|last|this past|this|next|the past|at the)\s+weekend\b", re.I)),
    (
        "season_year",  # "in spring 2025", "the summer of 2023", "this autumn": the year (a season's months differ by hemisphere)
        re.compile(
            r"\b(?:(?:early|late|mid)[- ]?)?(?P<season>(?i:spring|summer|autumn|winter)|Fall|(?:(?<=\bin )|(?<=\bthe )|(?<=\bby ))fall)\s+(?:of\s+)?(?P<y>(?:19|20)\d{2})\b|"
            r"\b(?i:this)\s+(?:(?i:spring|summer|autumn|winter)|fall)\b"
        ),
    ),
    ("quarter", re.compile(r"\bQ(?P<q>[1-4])\s*(?:of\s+)?(?P<y>(?:19|20)\d{2})\b")),  # "Q3 2024"
    (
        "end_year",
        re.compile(r"\b(?:by\s+|before\s+|until\s+)?the end of (?:(?P<rel>this|next|last) year|the year)\b", re.I),
    ),
    ("later_week", re.compile(r"\b(?:later|earlier) this week\b", re.I)),
    (
        "coming_units",  # "in the coming weeks": the anchor's month (or year) when the span stays in it
        re.compile(r"\b(?:in|over|within|during)\s+the\s+(?:coming|next)\s+(?:few\s+|several\s+)?(?P<unit>days|weeks?|months?)\b", re.I),
    ),
    (
        "rel_unit",  # "later this month" is this month: the "later" belongs to the date, not to a title
        re.compile(  # not "the last week of the month", "the last year of his term": a part of another period
            r"\b(?:(?:later|earlier)\s+(?=this\s+month))?(?P<rel>this|next|last|coming|past)\s+(?P<unit>week|month|year)\b"
            r"(?!\s+of\b)",
            re.I,
        ),
    ),
    ("fiscal_year", re.compile(r"\b(?:(?i:fiscal|financial)(?:\s+year)?\s+|FY\s?-?)(?P<y>(?:19|20)\d{2}|\d{2})\b")),
    (
        "month",
        re.compile(
            rf"\b(?:in|from|by|until|since|during|before|after|last|next|this|for|through|around|to|and|of)\s+{_MON}(?!\w)(?!\s+\d)",
            re.I,
        ),
    ),
    (
        "month",  # "their August meeting", "the March visit": a month naming the event after it
        re.compile(
            r"(?:(?<=\b[Tt]he )|(?<=\btheir )|(?<=\bits )|(?<=\bhis )|(?<=\bher )|(?<=\bour ))"
            r"(?P<mon>January|February|March|April|June|July|August|September|October|November|December)"
            r"(?= (?:[a-z][\w-]* |(?:[A-Z][\w'\u2019-]* ){1,4})?(?i:meetings?|visits?|calls?|summit|talks|elections?|"
            r"exercises?|deployment|trip|conference|agreement|attacks?|strikes?|incident|ministerial|dialogue)\b)"
        ),
    ),
    (
        "year",  # "In 2014, ..." too; "back in 2016": the "back" belongs to the date
        re.compile(r"\b(?:(?i:back)\s+(?=(?i:in)\s))?(?i:in|since|by|from|until|during|before|after)\s+(?P<y>(?:19|20)\d{2})\b"),
    ),
    ("year", re.compile(r"(?<=\()(?P<y>(?:19|20)\d{2})(?=\))")),
    (
        "year",  # "the tsunami of 2004", "her first visit of 2024" (not "a total of 2000 troops")
        re.compile(
            r"(?<=[a-z] of )(?<!total of )(?<!number of )(?<!maximum of )(?<!minimum of )(?<!crowd of )(?<!force of )"
            r"(?<!group of )(?<!team of )(?<!fleet of )(?<!contingent of )(?<!population of )(?<!estimated of )"
            r"(?P<y>(?:19|20)\d{2})(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|to|in|at|on|off|with|was|were|is|are|has|had|when|as)\b)"
        ),
    ),
    ("year", re.compile(r"(?:(?<=\b[Tt]he )|(?<=\bits )|(?<=\btheir )|(?<=\b[Tt]his ))(?P<y>(?:19|20)\d{2})(?= [A-Za-z][\w.-]*)")),
    (
        "year_list",  # a year listed after a year told as a date: the middle of "in 2014, 2016 and 2019" (not "Since 2015, 2016 soldiers")
        re.compile(r"(?<=\d, )(?P<y>(?:19|20)\d{2})(?=,?\s+(?:and|or)\s+(?:19|20)\d{2}\b)"),
    ),
    (
        "year_list",  # "in 2014 and 2017", "in 2014, 2016 or 2019": its last year
        re.compile(r"(?:(?<=\d )|(?<=\d, ))(?:and|or)\s+(?P<y>(?:19|20)\d{2})\b(?![-/.,]\d)(?!\s*(?:%|per\b))"),
    ),
    (
        "day_word",
        re.compile(
            r"\b(?P<word>today|tonight|last night|yesterday|tomorrow|earlier today|later today|this morning|this afternoon|this evening)\b",
            re.I,
        ),
    ),
    (
        "since_count",  # "It is 10 years since the pact was agreed", "six months have passed since our last meeting"
        re.compile(
            r"\b(?:(?:it\s+(?:is|was|has\s+been|had\s+been)|just|only)\s+){0,2}"
            r"(?:(?P<vague>more\s+than|over|nearly|almost|at\s+least|about|some)\s+)?"
            rf"(?P<n>{_COUNT}|\d{{1,2}})\s+(?P<unit>years?|months?)\s+(?:(?:have|has|had)\s+(?:now\s+)?passed\s+)?"
            r"since\b(?!\s+\w+ing\b)",
            re.I,
        ),
    ),
    (
        "ago",
        re.compile(rf"\b(?P<n>{_COUNT}|\d{{1,2}})\s+(?P<unit>days?|months?|years?)\s+ago\b", re.I),
    ),
    (
        "day_offset",  # "two days later": from the date before it (not "a day before the summit": from the summit)
        re.compile(
            rf"\b(?:(?P<n>{_COUNT}|\d{{1,2}})\s+days?\s+(?:(?P<dir>later|earlier)|(?P<dir3>after|before){_NO_OBJECT})|"
            rf"the\s+(?P<rel>following|next|previous)\s+day|the\s+day\s+(?P<dir2>before|after){_NO_OBJECT}|"
            r"(?:(?:later|earlier)\s+)?(?P<same>that)\s+(?:morning|afternoon|evening|night))\b",  # that day's
            re.I,
        ),
    ),
    (
        "unit_offset",  # "the following week", "later that month", "a year later": from the date told before it
        re.compile(
            rf"\b(?:(?P<n>{_COUNT}|\d{{1,2}})\s+(?P<unit>weeks?|months?|years?)\s+(?P<dir>later|earlier)|"
            r"the\s+(?P<rel>following|previous|same)\s+(?P<unit2>day|week|month|year)|"
            r"(?P<that>later|earlier|that)\s+(?:that|the\s+same|same)\s+(?P<unit3>day|week|month|year)|"
            r"(?:later|earlier)\s+in\s+the\s+(?P<unit4>day|week|month|year))\b",  # the day of the date told before it
            re.I,
        ),
    ),
    (
        "weekday",  # "on Sunday evening", "late Tuesday", "earlier on Monday": the part of the day belongs to the date
        re.compile(
            r"(?<!\b[Ee]very )(?<!\b[Ee]ach )\b(?:(?P<mod>(?i:early|late|earlier|later))\s+(?:(?i:on)\s+)?)?"
            rf"(?:(?P<rel>(?i:last|next|this|on|coming))\s+)?{_WD}(?:\s+(?:morning|afternoon|evening|night))?\b"
        ),  # not "every Friday": a habit, no date
    ),
]


@dataclass
class DateExpr:
    """A date expression found in text, resolved or not."""

    text: str
    span: tuple[int, int]
    start: str | None
    end: str | None
    precision: str
    rule: str


def find_dates(sentence: str, anchor: date | None, future: bool) -> list[DateExpr]:
    """Return the date expressions in `sentence`, left to right, resolved against `anchor`."""
    return [copy.copy(expr) for expr in _find_dates(sentence, anchor, future)]


@lru_cache(maxsize=1024)
def _find_dates(sentence: str, anchor: date | None, future: bool) -> tuple[DateExpr, ...]:
    """Find the date expressions of `find_dates` once per sentence, anchor and tense (callers get copies)."""
    return tuple(_scan_dates(sentence, anchor, future))


def _scan_dates(sentence: str, anchor: date | None, future: bool) -> list[DateExpr]:
    """Scan `sentence` for date expressions (see `find_dates`)."""
    found: list[DateExpr] = []
    taken: list[tuple[int, int]] = []
    seen: dict[re.Pattern[str], bool] = {}
    for kind, pattern in PATTERNS:
        if not may_match(pattern, sentence, seen):
            continue  # the sentence lacks what every match of the pattern holds
        for match in pattern.finditer(sentence):
            span = match.span()
            if any(span[0] < e and s < span[1] for s, e in taken):
                continue
            if (
                kind == "month"
                and match.group("mon").lower().rstrip(".") == "may"
                and not _may_is_month(sentence, span)
            ):
                continue
            if kind == "year_list" and not _listed_after_year(sentence, match.start(), found):
                continue
            expr = _resolve(kind, match, anchor, future)
            if expr:
                taken.append(span)
                found.append(expr)
    found = _explicit_beats_weekday(sorted(found, key=lambda e: e.span), sentence, anchor)
    found = _apposed_beats_today(found, sentence, anchor)
    found = _lone_day_in_told_month(found)
    return [_week_of(e, sentence) for e in _weekday_of_week(found, sentence, anchor)]


_APPOSED = re.compile(r"\s*(?:,|\()\s*")
_TODAY = re.compile(r"\btoday\b", re.IGNORECASE)
_BESIDE_TODAY = re.compile(r"\s*(?:,|\()\s*(?:" + _WD.replace("?P<wd>", "") + r",?\s+)?")  # "today (Sunday "


def today_told(sentences: list[str]) -> date | None:
    """Return the full date the text sets beside "today" ("today (Sunday 23 July 2017)"), if one and only one.

    That is the day the text was written, stated by the text itself: relative dates anywhere in it resolve
    against it, though it is not a date line (the release's own publication date).
    """
    told = {day for sentence in sentences if _TODAY.search(sentence) for day in _apposed_days(sentence)}
    return told.pop() if len(told) == 1 else None


def _apposed_days(sentence: str) -> list[date]:
    """Return the full dates (day, month and year written) set beside a "today" of `sentence`."""
    days = []
    for expr in find_dates(sentence, None, False):
        before = sentence[: expr.span[0]]
        today = list(_TODAY.finditer(before))
        if (
            today and _BESIDE_TODAY.fullmatch(before, today[-1].end())
            and expr.precision == "day" and expr.start and expr.start == expr.end and expr.rule.startswith("explicit")
        ):
            days.append(date.fromisoformat(expr.start))
    return days

_DAY_NUMBER = re.compile(r"(?<!\d)\d{1,2}(?:st|nd|rd|th)?(?!\d)")  # a day of a month, not a year alone


def _apposed_beats_today(found: list[DateExpr], sentence: str, anchor: date | None) -> list[DateExpr]:
    """Let the date set beside "today" stand for it ("Today, 4 September, ...", "today (Tuesday 7 November)").

    The text's own day beats the anchor's; its year is the one that puts it nearest the anchor.
    """
    out: list[DateExpr] = []
    for n, expr in enumerate(found):
        after = found[n + 1] if n + 1 < len(found) else None
        if (
            expr.text.lower() == "today" and after is not None and _DAY_NUMBER.search(after.text)
            and _APPOSED.fullmatch(sentence, expr.span[1], after.span[0])
            and after.rule.startswith(("explicit", "day and month", "no anchor date"))
        ):
            if anchor is not None:
                found[n + 1] = _nearest_year(after, anchor, sentence, expr.span[0])
            continue
        out.append(expr)
    return out


def _nearest_year(expr: DateExpr, anchor: date, sentence: str, start: int) -> DateExpr:
    """Return a day and month told for "today" in the year that puts it nearest `anchor`, spanning from `start`."""
    span = (start, expr.span[1] + sentence.startswith(")", expr.span[1]))  # "today (31 July)": the brackets too
    if not expr.rule.startswith("day and month") or not expr.start:
        return DateExpr(sentence[span[0] : span[1]], span, expr.start, expr.end, expr.precision, expr.rule)
    mo, d = int(expr.start[5:7]), int(expr.start[8:10])
    years = [y for y in (anchor.year - 1, anchor.year, anchor.year + 1) if _valid(y, mo, d)]
    y = min(years, key=lambda y: abs((date(y, mo, d) - anchor).days))
    iso = _iso(y, mo, d)
    return DateExpr(sentence[span[0] : span[1]], span, iso, iso, "day", "day and month told for today; year nearest the anchor")


_WEEK_OF = re.compile(r"\b(?:the\s+)?week\s+(?:of|beginning|starting|commencing)\s+(?:the\s+)?$", re.I)


def _week_of(expr: DateExpr, sentence: str) -> DateExpr:
    """Return "the week of March 18" as the seven days from that day, not the day alone."""
    found = _WEEK_OF.search(sentence, max(0, expr.span[0] - 30), expr.span[0])
    if not found or expr.precision != "day" or not expr.start or expr.start != expr.end:
        return expr
    last = (date.fromisoformat(expr.start) + timedelta(days=6)).isoformat()
    span = (found.start(), expr.span[1])
    return DateExpr(sentence[span[0] : span[1]], span, expr.start, last, "week", f"{expr.rule}; the week from that day")


def _weekday_of_week(found: list[DateExpr], sentence: str, anchor: date | None) -> list[DateExpr]:
    """Resolve "on Tuesday last week", "Friday of next week" to that day of the week named after it."""
    out: list[DateExpr] = []
    for expr in found:
        week = out[-1] if out else None
        if (
            week is not None and anchor is not None and expr.precision == "week" and "Monday-Sunday" in expr.rule
            and "weekday" in week.rule and re.fullmatch(r"\s+(?:of\s+)?", sentence[week.span[1] : expr.span[0]])
        ):
            name = re.search(_WD, week.text)
            day = date.fromisoformat(expr.start) + timedelta(days=WEEKDAYS[name["wd"].lower()])
            out[-1] = DateExpr(sentence[week.span[0] : expr.span[1]], (week.span[0], expr.span[1]), day.isoformat(),
                               day.isoformat(), "day", f"the weekday of {expr.text}")
            continue
        out.append(expr)
    return out


def _explicit_beats_weekday(found: list[DateExpr], sentence: str, anchor: date | None = None) -> list[DateExpr]:
    """Drop a weekday that only names the day of the explicit date beside it ("Friday, October 27")."""
    out = []
    for n, expr in enumerate(found):
        near = [
            e
            for e in found[max(0, n - 1) : n + 2]
            if e is not expr and e.rule.startswith(("explicit", "day and month"))
        ]
        beside = any(
            re.fullmatch(r",?\s*(?:the\s+)?", sentence[min(expr.span[1], e.span[1]) : max(expr.span[0], e.span[0])])
            for e in near
        )
        if not (expr.rule.startswith(("past: most recent such weekday", "planned: next such weekday")) and beside):
            out.append(expr)
        elif n + 1 < len(found) and found[n + 1] in near and found[n + 1].span[0] >= expr.span[1]:
            found[n + 1] = _widened(found[n + 1], expr, sentence, anchor)  # "on Friday, October 27": one date, weekday and all
    return out


def _widened(explicit: DateExpr, weekday: DateExpr, sentence: str, anchor: date | None) -> DateExpr:
    """Return the explicit date stretched back over the weekday that names its day ("Friday, October 27")."""
    span = (weekday.span[0], explicit.span[1])
    start, end, rule = explicit.start, explicit.end, explicit.rule
    fitted = _year_by_named_weekday(explicit, weekday, anchor)
    if fitted is not None:
        start = end = fitted
        rule = f"{rule}; the year its weekday fits"
    return DateExpr(sentence[span[0] : span[1]], span, start, end, explicit.precision, rule)


def _year_by_named_weekday(explicit: DateExpr, weekday: DateExpr, anchor: date | None) -> str | None:
    """Return the day of a yearless date moved to the year next to the anchor's whose weekday is the one named.

    "on Thursday 18 April" resolved to a year in which 18 April is a Tuesday: the weekday says
    which year is meant (None when the resolved year fits, or no year beside it does).
    """
    named = re.search(_WD, weekday.text)
    if anchor is None or named is None or not explicit.rule.startswith("day and month") or explicit.start != explicit.end:
        return None
    day = date.fromisoformat(explicit.start)
    target = WEEKDAYS[named["wd"].lower()]
    if day.weekday() == target:
        return None
    ahead = "(planned)" in explicit.rule  # the tense's side of the anchor, which the weekday's year must keep
    fits = [
        date(y, day.month, day.day) for y in (anchor.year - 1, anchor.year, anchor.year + 1)
        if y != day.year and _valid(y, day.month, day.day) and date(y, day.month, day.day).weekday() == target
        and (date(y, day.month, day.day) >= anchor) == ahead
    ]
    return fits[0].isoformat() if len(fits) == 1 else None


_LIST_GAP = re.compile(r",?\s*(?:and|or)?\s*|,\s*(?:and|or)\s*")


def _listed_after_year(sentence: str, start: int, found: list[DateExpr]) -> bool:
    """Tell whether a bare year at `start` follows a year already found as a date, joined by a comma, "and" or "or"."""
    return any(
        e.precision == "year" and e.span[1] <= start and _LIST_GAP.fullmatch(sentence[e.span[1] : start])
        and e.rule == "explicit year" for e in found
    )


def _may_is_month(sentence: str, span: tuple[int, int]) -> bool:
    """Tell whether "May" after a preposition is the month, not the modal verb."""
    return sentence[span[0] : span[1]].split()[-1] == "May"


def _resolve(kind: str, m: re.Match[str], anchor: date | None, future: bool) -> DateExpr | None:
    """Resolve one matched expression of `kind`."""
    text = m.group(0)
    span = m.span()
    handler = _HANDLERS[kind]
    result = handler(m, anchor, future)
    if result is None:
        return None
    if result == "unresolved":
        return DateExpr(text, span, None, None, "unknown", "no anchor date: left unresolved")
    start, end, precision, rule = result
    return DateExpr(text, span, start, end, precision, rule)


def _month_num(token: str) -> int:
    return MONTHS[token.lower().rstrip(".")]


def _iso(y: int, m: int | None = None, d: int | None = None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _year_for_month(month: int, anchor: date, future: bool) -> tuple[int, str]:
    """Return the year of `month` relative to `anchor`: next occurrence if future, else most recent."""
    if future:
        year = anchor.year if month >= anchor.month else anchor.year + 1
        return year, "planned: next occurrence of the month"
    year = anchor.year if month <= anchor.month else anchor.year - 1
    return year, "past: most recent occurrence of the month"


def _h_iso(m, anchor, future):
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not _valid(y, mo, d):
        return None
    return _iso(y, mo, d), _iso(y, mo, d), "day", "explicit date"


def _h_holiday(m, anchor, future):
    mo, d = HOLIDAYS[m["holiday"].replace("\u2019", "'").casefold()]
    if anchor is None:
        return "unresolved"
    y, rule = _year_for_month(mo, anchor, future)
    if mo == anchor.month and (d > anchor.day) != future:  # this month's holiday: before or after the anchor day
        y += 1 if future else -1
    return _iso(y, mo, d), _iso(y, mo, d), "day", "holiday; year from anchor (" + rule.split(":")[0] + ")"


def _h_day_month(m, anchor, future):
    mo, d = _month_num(m["mon"]), int(m["d"])
    if m["y"]:
        y, rule = int(m["y"]), "explicit date"
    elif anchor is None:
        return "unresolved"
    else:
        y, rule = _year_for_month(mo, anchor, future)
        rule = "day and month; year from anchor (" + rule.split(":")[0] + ")"
    if not _valid(y, mo, d):
        return None
    return _iso(y, mo, d), _iso(y, mo, d), "day", rule


def _h_lone_day(m, anchor, future):
    """Resolve "on the 5th" to that day of the anchor's month, or of the month next to it on the tense's side."""
    if anchor is None:
        return "unresolved"
    day, (y, mo) = int(m["d"]), (anchor.year, anchor.month)
    step = 1 if future else -1
    if (day < anchor.day) if future else (day > anchor.day):
        y, mo = _month_step(y, mo, step)
    if not _valid(y, mo, day):  # "on the 31st" in a month of 30 days: the month beyond it
        y, mo = _month_step(y, mo, step)
    side = "next" if future else "most recent"
    return _iso(y, mo, day), _iso(y, mo, day), "day", f"{_LONE_DAY_RULE}: the {side} such day from the anchor"


def _month_step(y: int, mo: int, step: int) -> tuple[int, int]:
    """Return the month `step` (1 or -1) months from `mo` of `y`."""
    n = y * 12 + mo - 1 + step
    return n // 12, n % 12 + 1


_LONE_DAY_RULE = "day of the month alone"


def _lone_day_in_told_month(found: list[DateExpr]) -> list[DateExpr]:
    """Put a day told alone in the month of the day told before it ("opened on 3 March and ended on the 5th")."""
    out: list[DateExpr] = []
    for expr in found:
        told = None
        if expr.rule.startswith(_LONE_DAY_RULE):
            told = next((e for e in reversed(out) if e.precision == "day" and e.start and len(e.start) == 10), None)
        if told is not None:
            y, mo, before = (int(x) for x in told.start.split("-"))
            day = int(re.search(r"\d+", expr.text).group())
            if day < before:
                y, mo = _month_step(y, mo, 1)
            if _valid(y, mo, day):
                iso = _iso(y, mo, day)
                expr = DateExpr(expr.text, expr.span, iso, iso, "day", f"{_LONE_DAY_RULE}: the month of the day told before it")
        out.append(expr)
    return out


def _valid(y: int, mo: int, d: int) -> bool:
    return 1 <= mo <= 12 and 1 <= d <= calendar.monthrange(y, mo)[1]


_PART_DAYS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}


def _part_key(part: str) -> str:
    part = part.lower().strip("- ")
    if part in ("early", "the beginning of", "the start of"):
        return "early"
    if part in ("mid", "the middle of"):
        return "mid"
    return "late"


_BOUND_BEFORE = re.compile(r"\b(?:through|until|till|up to)\s+(?:the\s+)?$", re.I)


def ends_period(sentence: str, start: int, written: str) -> bool:
    """Tell whether the date `written` at `start` only bounds a period ("until the end of January", "through June")."""
    lead = written.split()[0].lower()
    return lead in ("until", "till", "through") or bool(_BOUND_BEFORE.search(sentence[:start]))


def _bounds_ahead(m: re.Match[str], month: int, anchor: date) -> bool:
    """Tell whether a bare month later in the anchor's year ends a period ("to train through mid-September"):
    a bound written without a year is this year's, not last year's, whatever the tense of the verb."""
    return month > anchor.month and ends_period(m.string, m.start(), m.group(0))


def _month_of(m: re.Match[str], anchor: date | None, future: bool) -> tuple[int, int, str] | None:
    """Return the year, month and rule of a match's month ("y" its year if written), None without an anchor."""
    mo = _month_num(m["mon"])
    if m["y"]:
        return int(m["y"]), mo, "explicit month"
    if anchor is None:
        return None
    y, rule = _year_for_month(mo, anchor, future)
    return y, mo, rule


def _h_part_month(m, anchor, future):
    found = _month_of(m, anchor, future or (anchor is not None and _bounds_ahead(m, _month_num(m["mon"]), anchor)))
    if found is None:
        return "unresolved"
    y, mo, rule = found
    key = _part_key(m["part"])
    first, last = _PART_DAYS[key]
    last = min(last, calendar.monthrange(y, mo)[1])
    return _iso(y, mo, first), _iso(y, mo, last), "part-of-month", f"{key} month = days {first}-{last}; {rule}"


_WEEK_OF_MONTH = {"first": 0, "second": 1, "third": 2, "fourth": 3}


def _h_week_of_month(m, anchor, future):
    found = _month_of(m, anchor, future)
    if found is None:
        return "unresolved"
    y, mo, rule = found
    days = calendar.monthrange(y, mo)[1]
    nth, unit = m["nth"].lower(), m["unit"].lower()
    if unit == "half":
        if nth not in ("first", "second", "last"):
            return None  # "the third half of April": no such part
        first, last = (1, 15) if nth == "first" else (16, days)
    elif nth in ("last", "final"):
        first, last = days - 6, days
    else:
        first = 1 + 7 * _WEEK_OF_MONTH[nth]
        last = first + 6
    return _iso(y, mo, first), _iso(y, mo, last), "part-of-month", f"{nth} {unit} of the month = days {first}-{last}; {rule}"


def _h_month_year(m, anchor, future):
    y, mo = int(m["y"]), _month_num(m["mon"])
    return _iso(y, mo), _iso(y, mo), "month", "explicit month and year"


def _h_month(m, anchor, future):
    mo = _month_num(m["mon"])
    if anchor is None:
        return "unresolved"
    lead = m.group(0).split()[0].lower()
    if lead in ("next",):
        future = True
    elif lead in ("last", "since"):
        future = False  # "since March": a since-date is never after the article
    y, rule = _year_for_month(mo, anchor, future or _bounds_ahead(m, mo, anchor))
    return _iso(y, mo), _iso(y, mo), "month", rule


_PART_MONTHS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}


def _h_month_rel_year(m, anchor, future):
    """Resolve "in March last year", "late June next year": the month (or its part) of the year named."""
    if anchor is None:
        return "unresolved"
    y, mo = anchor.year + {"this": 0, "next": 1, "last": -1}[m["rel"].lower()], _month_num(m["mon"])
    rule = f"{m['mon']} of {m['rel'].lower()} year"
    if not m["part"]:
        return _iso(y, mo), _iso(y, mo), "month", rule
    first, last = _PART_DAYS[_part_key(m["part"])]
    last = min(last, calendar.monthrange(y, mo)[1])
    return _iso(y, mo, first), _iso(y, mo, last), "part-of-month", f"{_part_key(m['part'])} month = days {first}-{last}; {rule}"


def _h_part_rel_year(m, anchor, future):
    if anchor is None:
        return "unresolved"
    y = anchor.year + {"this": 0, "next": 1, "last": -1}[m["rel"].lower()]
    part = m["part"].lower()
    if part == "later":
        first, last = (anchor.month, 12) if m["rel"].lower() == "this" else (1, 12)
    elif part == "earlier":
        first, last = (1, anchor.month) if m["rel"].lower() == "this" else (1, 12)
    else:
        first, last = _PART_MONTHS[part]
    return _iso(y, first), _iso(y, last), "part-of-year", f"{part} {m['rel'].lower()} year = months {first}-{last}"


def _h_part_rel_year2(m, anchor, future):
    """Resolve "the second half of the year", "the first quarter of next year" to those months of the year named."""
    if anchor is None:
        return "unresolved"
    rel = (m["rel"] or "this").lower()
    y = anchor.year + {"this": 0, "next": 1, "last": -1}[rel]
    nth = "last" if m["nth"].lower() == "final" else m["nth"].lower()
    key = f"{nth} {m['unit'].lower()}"
    if key not in _PART_OF_YEAR:
        return None  # "the third half"
    first, last = _PART_OF_YEAR[key]
    return _iso(y, first), _iso(y, last), "part-of-year", f"the {key} of {rel} year = months {first}-{last}"


def _h_part_rel_month(m, anchor, future):
    """Resolve "late last month", "the end of next month" to those days of the month named from the anchor."""
    if anchor is None:
        return "unresolved"
    step = {"this": 0, "next": 1, "last": -1}[m["rel"].lower()]
    y, mo = divmod(anchor.year * 12 + anchor.month - 1 + step, 12)
    key = _part_key(m["part"])
    first, last = _PART_DAYS[key]
    last = min(last, calendar.monthrange(y, mo + 1)[1])
    return _iso(y, mo + 1, first), _iso(y, mo + 1, last), "part-of-month", f"{key} {m['rel'].lower()} month = days {first}-{last}"


def _h_new_year(m, anchor, future):
    if anchor is None:
        return "unresolved"
    y = anchor.year + 1
    return _iso(y, 1), _iso(y, 3), "part-of-year", "the New Year = early next year (months 1-3)"


def _h_rel_unit(m, anchor, future):
    if anchor is None:
        return "unresolved"
    rel, unit = m["rel"].lower(), m["unit"].lower()
    step = {"this": 0, "next": 1, "coming": 1, "last": -1, "past": -1}[rel]
    if unit == "year":
        y = anchor.year + step
        return _iso(y), _iso(y), "year", f"{rel} year from anchor"
    if unit == "month":
        y, mo = divmod(anchor.year * 12 + anchor.month - 1 + step, 12)
        return _iso(y, mo + 1), _iso(y, mo + 1), "month", f"{rel} month from anchor"
    monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=step)
    first, last = monday, monday + timedelta(days=6)
    if step == 0:  # "this week": its days up to the anchor, or from it when planned
        first, last = (anchor, last) if future else (first, anchor)
        return first.isoformat(), last.isoformat(), "week", f"this week ({'anchor-Sunday' if future else 'Monday-anchor'})"
    return first.isoformat(), last.isoformat(), "week", f"{rel} week (Monday-Sunday) from anchor"


_COMING_DAYS = {"days": 7, "week": 7, "weeks": 28, "month": 30, "months": 180}


def _h_coming_units(m, anchor, future):
    """Resolve "in the coming weeks" to the anchor's month, or its year, when the whole span stays in it."""
    if anchor is None:
        return "unresolved"
    last = anchor + timedelta(days=_COMING_DAYS[m["unit"].lower()])
    if (last.year, last.month) == (anchor.year, anchor.month):
        return _iso(anchor.year, anchor.month), _iso(anchor.year, anchor.month), "month", f"the coming {m['unit'].lower()}: this month"
    if last.year == anchor.year:
        return _iso(anchor.year), _iso(anchor.year), "year", f"the coming {m['unit'].lower()}: this year"
    return None


def _h_fiscal_year(m, anchor, future):
    """Resolve "fiscal year 2026", "FY25" to the year it is named by."""
    y = int(m["y"]) if len(m["y"]) == 4 else 2000 + int(m["y"])
    return _iso(y), _iso(y), "year", "fiscal year named by its year"


BY_YEAR_END = "by the end of the year = that year"  # a deadline's rule: some time in the year, by its end


def _h_end_year(m, anchor, future):
    if anchor is None:
        return "unresolved"
    y = anchor.year + {"this": 0, "next": 1, "last": -1}[(m["rel"] or "this").lower()]
    if re.match(r"(?:by|before)\s", m.group(0), re.I):  # a deadline: some time in the year, by its end
        return _iso(y), _iso(y), "year", BY_YEAR_END
    return _iso(y, 12), _iso(y, 12), "part-of-year", "the end of the year = December"


_PART_OF_YEAR = {"first half": (1, 6), "second half": (7, 12), "last half": (7, 12), "first quarter": (1, 3),
                 "second quarter": (4, 6), "third quarter": (7, 9), "fourth quarter": (10, 12),
                 "last quarter": (10, 12), "end": (12, 12)}


def _h_part_year(m, anchor, future):
    """Resolve "late 2023", "mid-2025", "the first half of 2025" to the year's months it names."""
    y, part = int(m["y"]), m["part"].lower()
    key = re.sub(r"^the |\s+of$", "", part)
    if key in _PART_OF_YEAR:
        first, last = _PART_OF_YEAR[key]
    else:
        first, last = _PART_MONTHS[_part_key(part)]
    return _iso(y, first), _iso(y, last), "part-of-year", f"{part} {y} = months {first}-{last}"


def _h_season_year(m, anchor, future):
    """Resolve "spring 2025" to its year, "this summer" to the anchor's."""
    if m["y"]:
        return m["y"], m["y"], "year", "season of the year named"
    if anchor is None:
        return "unresolved"
    return _iso(anchor.year), _iso(anchor.year), "year", "season this year: the anchor's year"


def _h_quarter(m, anchor, future):
    """Resolve "Q3 2024" to the quarter's months."""
    first = 3 * int(m["q"]) - 2
    y = int(m["y"])
    return _iso(y, first), _iso(y, first + 2), "part-of-year", f"quarter {m['q']} of {y} = months {first}-{first + 2}"


def _h_weekend(m, anchor, future):
    """Resolve "over the weekend" (the one before the anchor) or "next weekend" to its Saturday and Sunday."""
    if anchor is None:
        return "unresolved"
    rel = m["rel"].lower()
    ahead = rel == "next" or (rel in ("this", "at the") and future)
    if ahead:
        saturday = anchor + timedelta(days=(5 - anchor.weekday()) % 7 or (7 if rel == "next" else 0))
    else:
        saturday = anchor - timedelta(days=(anchor.weekday() - 5) % 7 or (7 if anchor.weekday() == 5 else 0))
    sunday = saturday + timedelta(days=1)
    return saturday.isoformat(), sunday.isoformat(), "week", f"{rel} weekend = Saturday and Sunday"


def _h_later_week(m, anchor, future):
    """Resolve "later/earlier this week" to the month of the week's days after (before) the anchor."""
    if anchor is None:
        return "unresolved"
    monday = anchor - timedelta(days=anchor.weekday())
    later = m.group(0).lower().startswith("later")
    first, last = (anchor + timedelta(days=1), monday + timedelta(days=6)) if later else (monday, anchor - timedelta(days=1))
    if last < first:
        first = last = anchor  # "later this week" on a Sunday, "earlier this week" on a Monday
    word = "later" if later else "earlier"
    if (first.year, first.month) == (last.year, last.month):
        return _iso(first.year, first.month), _iso(first.year, first.month), "month", f"{word} this week = the month of those days"
    return first.isoformat(), last.isoformat(), "week", f"{word} this week = the days {word} in the anchor's week"


def _h_year(m, anchor, future):
    y = m["y"]
    return y, y, "year", "explicit year"


_DAY_OFFSETS = {"yesterday": -1, "last night": -1, "tomorrow": 1}


def _h_day_word(m, anchor, future):
    if anchor is None:
        return "unresolved"
    word = m["word"].lower()
    day = anchor + timedelta(days=_DAY_OFFSETS.get(word, 0))
    return day.isoformat(), day.isoformat(), "day", f"'{word}' relative to anchor"


def _h_weekday(m, anchor, future):
    if anchor is None:
        return "unresolved"
    target = WEEKDAYS[m["wd"].lower()]
    rel = (m["rel"] or "").lower()
    if rel in ("next", "coming"):
        future = True
    elif rel == "last" or (m["mod"] or "").lower() == "earlier":
        future = False  # "earlier Tuesday, he warned that he will ...": told as past, whatever follows
    if future:
        delta = (target - anchor.weekday()) % 7
        if rel == "next" and delta == 0:
            delta = 7
        rule = "planned: next such weekday on or after anchor"
    else:
        delta = -((anchor.weekday() - target) % 7)
        if rel == "last" and delta == 0:
            delta = -7
        rule = "past: most recent such weekday on or before anchor"
    day = anchor + timedelta(days=delta)
    return day.isoformat(), day.isoformat(), "day", rule


def _h_range(m, anchor, future):
    first = _h_day_month(m, anchor, future)
    if first in (None, "unresolved"):
        return first
    start, _, _, rule = first
    y, mo = int(start[:4]), int(start[5:7])
    d2 = int(m["d2"])
    mon2 = m.groupdict().get("mon2")
    if mon2:
        if mon2.lower().rstrip(".") not in MONTHS:
            return None
        mo2 = _month_num(mon2)
        y2 = y + 1 if mo2 < mo else y
    else:
        mo2, y2 = mo, y
        if d2 < int(m["d"]):
            return None
    if not _valid(y2, mo2, d2):
        return None
    return start, _iso(y2, mo2, d2), "day", rule + "; a range of days"


def _count(token: str) -> int:
    return int(token) if token.isdigit() else _COUNTS[token.lower()]


def _h_ago(m, anchor, future):
    """Resolve "three days ago", "two years ago" back from the anchor at the unit's precision ("weeks ago" is vague)."""
    if anchor is None:
        return "unresolved"
    n, unit = _count(m["n"]), m["unit"].lower().rstrip("s")
    if unit == "day":
        day = (anchor - timedelta(days=n)).isoformat()
        return day, day, "day", f"{n} day(s) before the anchor"
    if unit == "month":
        y, mo = divmod(anchor.year * 12 + anchor.month - 1 - n, 12)
        return _iso(y, mo + 1), _iso(y, mo + 1), "month", f"{n} month(s) before the anchor"
    return _iso(anchor.year - n), _iso(anchor.year - n), "year", f"{n} year(s) before the anchor"


def _h_since_count(m, anchor, future):
    """Resolve "10 years since X", "six months have passed since X" to when X was: that long before the anchor."""
    if m["vague"]:
        return None  # "more than two years since": no year
    if anchor is None:
        return "unresolved"
    n, unit = _count(m["n"]), m["unit"].lower().rstrip("s")
    if unit == "month":
        y, mo = divmod(anchor.year * 12 + anchor.month - 1 - n, 12)
        return _iso(y, mo + 1), _iso(y, mo + 1), "month", f"what came since: {n} month(s) before the anchor"
    return _iso(anchor.year - n), _iso(anchor.year - n), "year", f"what came since: {n} year(s) before the anchor"


def _h_day_offset(m, anchor, future):
    """Mark "the following day", "two days earlier" as days from the date stated before it (resolved by events)."""
    if m["same"]:
        step = 0  # "that evening": the day told before it
    elif m["rel"]:
        step = -1 if m["rel"].lower() == "previous" else 1
    elif m["dir2"]:
        step = -1 if m["dir2"].lower() == "before" else 1
    else:
        step = _count(m["n"]) * (-1 if (m["dir"] or m["dir3"]).lower() in ("earlier", "before") else 1)
    return None, None, "unknown", f"{DAY_OFFSET}{step:+d}"


DAY_OFFSET = "days from the date before it: "
UNIT_OFFSET = "from the date before it: "  # then "week+1", "month+0", "year-1"


def _h_unit_offset(m, anchor, future):
    """Mark "the following month", "later that year", "the same day" as counted from the date stated before it."""
    if m["unit"]:
        unit, step = m["unit"].lower().rstrip("s"), _count(m["n"]) * (-1 if m["dir"].lower() == "earlier" else 1)
        unit = "days" if unit == "week" else unit  # "two weeks later": 14 days on, not the week after next
    elif m["unit2"]:
        unit, step = m["unit2"].lower(), {"following": 1, "previous": -1, "same": 0}[m["rel"].lower()]
    else:
        unit, step = (m["unit3"] or m["unit4"]).lower(), 0
    if m["unit4"] and unit == "day" and anchor is not None:  # "earlier in the day": else the anchor's day
        return anchor.isoformat(), anchor.isoformat(), "day", f"{DAY_OFFSET}+0"
    if unit in ("day", "days"):
        return None, None, "unknown", f"{DAY_OFFSET}{step * (7 if unit == 'days' else 1):+d}"
    return None, None, "unknown", f"{UNIT_OFFSET}{unit}{step:+d}"

_HANDLERS = {
    "ago": _h_ago,
    "since_count": _h_since_count,
    "day_offset": _h_day_offset,
    "unit_offset": _h_unit_offset,
    "range_mdmd": _h_range,
    "range_dmdm": _h_range,
    "range_md": _h_range,
    "range_dm": _h_range,
    "iso": _h_iso,
    "mdy": _h_day_month,
    "dmy": _h_day_month,
    "lone_day": _h_lone_day,
    "part_month": _h_part_month,
    "week_of_month": _h_week_of_month,
    "month_year": _h_month_year,
    "month_rel_year": _h_month_rel_year,
    "part_rel_year": _h_part_rel_year,
    "part_rel_month": _h_part_rel_month,
    "new_year": _h_new_year,
    "part_year": _h_part_year,
    "weekend": _h_weekend,
    "rel_unit": _h_rel_unit,
    "season_year": _h_season_year,
    "quarter": _h_quarter,
    "coming_units": _h_coming_units,
    "fiscal_year": _h_fiscal_year,
    "later_week": _h_later_week,
    "end_year": _h_end_year,
    "part_rel_year2": _h_part_rel_year2,
    "month": _h_month,
    "year": _h_year,
    "year_list": _h_year,
    "day_word": _h_day_word,
    "weekday": _h_weekday,
    "holiday": _h_holiday,
}


_WEEKDAY_DATE = re.compile(
    rf"{_WD},?\s+(?:the\s+)?(?:(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?{_MON}|(?P<mon2>[A-Z][a-z]{{2,8}})\.?\s+(?P<d2>\d{{1,2}}){_ORD})(?![\d,]*\s*\d{{4}})"
)
_STATED_YEAR = re.compile(r"(?<![\d.,-])(?:19|20)\d{2}(?![\d-])")


def year_by_weekday(sentence: str, span: tuple[int, int], text: str) -> DateExpr | None:
    """Date "Thursday, August 15" by the one year stated in `text` whose August 15 is a Thursday (else None)."""
    # a weekday and a day of a month fit about one year in seven: a stated year that fits is the date's
    found = next((m for m in _WEEKDAY_DATE.finditer(sentence) if m.start() <= span[0] < m.end() or
                  m.start() < span[1] <= m.end()), None)
    if found is None:
        return None
    month_name = found["mon"] or found["mon2"]
    if month_name.lower().rstrip(".") not in MONTHS:
        return None
    month, day, weekday = _month_num(month_name), int(found["d"] or found["d2"]), WEEKDAYS[found["wd"].lower()]
    years = {int(y) for y in _STATED_YEAR.findall(text)}
    fits = [y for y in years if _valid(y, month, day) and date(y, month, day).weekday() == weekday]
    if len(fits) != 1:
        return None
    iso = _iso(fits[0], month, day)
    return DateExpr(found.group(0), found.span(), iso, iso, "day", f"the weekday fits the year {fits[0]} stated in the text")


def parse_full_date(text: str, numeric: bool = False, order: str | None = None) -> date | None:
    """Return the first complete (day, month, year) date in `text` (any letter case), or None.

    With `numeric`, an all-digit date also counts: one that reads only one way ("11.13.2016",
    "13/11/2016"), or one that reads both ways ("07.10.2024") in the `order` the text writes dates
    in ("mdy" month first, "dmy" day first; see text/date_order.py). Without an order it is None.
    """
    return _full_date(text) or _full_date(text.title()) or (_numeric_date(text, order) if numeric else None)


NUMERIC_DATE = re.compile(
    r"(?<![\d.])(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2})(?![\d.]\d)"
)


def _numeric_date(text: str, order: str | None) -> date | None:
    """Return the first all-digit date in `text` if it reads one way only, or in `order` ("mdy", "dmy")."""
    match = NUMERIC_DATE.search(text)
    if not match:
        return None
    a, b, y = int(match["a"]), int(match["b"]), int(match["y"])
    readings = {(month, day) for month, day in ((a, b), (b, a)) if _valid(y, month, day)}
    if len(readings) > 1:
        readings = {(a, b)} if order == "mdy" else {(b, a)} if order == "dmy" else set()
    return date(y, *readings.pop()) if readings else None


def _full_date(text: str) -> date | None:
    """Return the first complete date in `text` as written."""
    for kind in ("iso", "mdy", "dmy"):
        for match in dict(PATTERNS)[kind].finditer(text):
            if kind != "iso" and not match["y"]:
                continue
            result = _resolve(kind, match, None, False)
            if result and result.start:
                return date.fromisoformat(result.start)
    return None
