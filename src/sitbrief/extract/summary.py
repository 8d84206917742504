"""The BLUF and key points: the lead, with relative dates made absolute; background sentences."""

from __future__ import annotations

import re
from datetime import date

from sitbrief.extract.doc import Doc
from sitbrief.extract.tense import FUTURE
from sitbrief.text.clean import word_count
from sitbrief.text.dates import DateExpr, find_dates

_BACKGROUND = re.compile(
    r"\b(?:comes as|came as|come as|in recent years|over the past|for years|for decades|has been|"
    r"have been|had been|is part of|are part of|part of the|framework|known as|since \d{4}|"
    r"brings together|is designed to|was established|was founded|long-standing|longstanding|"
    r"historically|traditionally|is one of|are among|has gained|has long|amid|counterweight|"
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
    """Return `sentence` with each resolvable relative date replaced by its absolute form.

    `known` maps expressions as written to how the events of this sentence resolved them, so
    the BLUF and the timeline always agree.
    """
    if anchor is None:
        return sentence
    out, last = [], 0
    for expr in find_dates(sentence, anchor, False):
        window = sentence[max(0, expr.span[0] - 60) : expr.span[0]]
        if known and expr.text in known:
            resolved = known[expr.text]
            expr = DateExpr(expr.text, expr.span, resolved.start, resolved.end, resolved.precision, resolved.rule)
        elif FUTURE.search(window) or FUTURE.search(sentence[expr.span[1] : expr.span[1] + 20]):
            expr = next(e for e in find_dates(sentence, anchor, True) if e.span == expr.span)
        if expr.start is None or expr.rule.startswith("explicit"):
            continue
        before = sentence[last : expr.span[0]]
        if _DETERMINED.search(before):
            continue
        phrase = _phrase(expr)
        if _PREPOSITION_END.search(before) and phrase.split()[0] in _PREPOSITIONS:
            phrase = phrase.split(" ", 1)[1]
        out.append(before)
        out.append(phrase[:1].upper() + phrase[1:] if expr.span[0] == 0 else phrase)
        last = expr.span[1]
    out.append(sentence[last:])
    return "".join(out)


_PREPOSITIONS = ("on", "in", "from", "by", "until", "since", "during", "before", "after")
_PREPOSITION_END = re.compile(r"\b(?:on|in|from|by|until|since|during|before|after|of)\s+$", re.I)
_DETERMINED = re.compile(r"\b(?:the|a|an|this|that|its|their|his|her|our)\s+$", re.I)


def _phrase(expr: DateExpr) -> str:
    """Return an absolute phrase for a resolved expression ("on 19 October 2023")."""
    start = expr.start or ""
    parts = [int(p) for p in start.split("-")]
    lead = expr.text.split()[0].lower()
    prep = lead if lead in ("in", "from", "by", "until", "since", "during", "before", "after", "on") else ""
    if expr.precision == "day":
        return f"{prep or 'on'} {parts[2]} {_MONTH_NAMES[parts[1] - 1]} {parts[0]}"
    if expr.precision == "part-of-month":
        part = re.search(r"early|mid|late|end|beginning|start|middle", expr.text, re.I)
        word = part.group(0).lower() if part else "late"
        return f"{(prep + ' ') if prep else ''}{word} {_MONTH_NAMES[parts[1] - 1]} {parts[0]}"
    if expr.precision == "month":
        return f"{prep or 'in'} {_MONTH_NAMES[parts[1] - 1]} {parts[0]}"
    if expr.precision == "week":
        return f"in the week of {parts[2]} {_MONTH_NAMES[parts[1] - 1]} {parts[0]}"
    if expr.precision == "year":
        return f"{prep or 'in'} {parts[0]}"
    return f"{expr.text} ({start[:7]}\u2013{(expr.end or '')[:7]})"


LEAD_IN = re.compile(
    r"\b(?:(?:issued|provided|released|made|gave|published|delivered|read out)\s+(?:the|a)\s+following|"
    r"as follows|the following (?:statement|readout|remarks|points))\b|:\s*$|"
    r"^(?:joint\s+)?(?:statement|readout|remarks|communiqu[eé])\s+(?:from|by|of)\b[^.]{0,30}:",
    re.I,
)


def lead_sentences(doc: Doc) -> list[int]:
    """Return indexes of the lead: the first body sentence, and the second if the first is short.

    Attribution lead-ins ("X provided the following readout:") are not the lead, and a sentence
    repeating the one before it (a standfirst restated in the body) counts once, as whichever
    of the two carries a date.
    """
    body = [
        i
        for i in doc.body
        if not LEAD_IN.search(clean_lead(doc.sentences[i].text)) and word_count(doc.sentences[i].text) >= 4
    ]
    if not body:
        return []
    lead = [body[0]]
    rest = body[1:]
    if rest and restates(doc.sentences[rest[0]].text, doc.sentences[body[0]].text):
        if find_dates(doc.sentences[rest[0]].text, None, False) and not find_dates(
            doc.sentences[body[0]].text, None, False
        ):
            lead = [rest[0]]
        rest = rest[1:]
    if len(doc.sentences[lead[0]].text.split()) < 22 and rest:
        lead.append(rest[0])
    return lead


_TRAILING_LEAD_IN = re.compile(
    r",?\s+and\s+(?:\w+\s+){0,2}(?:confirmed|agreed|issued|released|adopted|stated|noted|made)\s+(?:the|a)\s+"
    r"following(?:\s+\w+){0,2}\s*:\s*$",
    re.I,
)


def clean_lead(text: str) -> str:
    """Return a sentence without a closing lead-in ("... met and confirmed the following points:")."""
    cut = _TRAILING_LEAD_IN.search(text)
    return text[: cut.start()].rstrip(" ,") + "." if cut and cut.start() > 20 else text


def restates(a: str, b: str) -> bool:
    """Tell whether sentence `a` says nearly what `b` says (most of the shorter one's words)."""
    wa, wb = (set(re.findall(r"[a-z]{3,}", t.lower())) for t in (a, b))
    return min(len(wa), len(wb)) >= 4 and len(wa & wb) / min(len(wa), len(wb)) >= 0.7


def is_background(text: str) -> bool:
    """Tell whether a sentence gives background rather than new reporting."""
    return bool(_BACKGROUND.search(text))


_ATTRIBUTION = re.compile(
    r",?\s+(?:the\s+)?[\w\s'\u2019.-]{0,60}?\b(?:said|says|told|announced|reported|according to)\b[^,]*$"
)
_CUT_BEFORE = re.compile(
    r"\s(?:between|for the first time|amid|after|as|because|while|which|who|despite|following|, )\b"
)
HEADLINE_WORDS = 14


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
        text = text[: expr.span[0]] + text[expr.span[1] :]
    text = re.sub(r"\b(agreed|said|announced|decided|confirmed)\s+that\s+", r"\1 ", text)
    text = re.sub(r"\b(?:today|yesterday|tonight|this (?:morning|afternoon|evening))\b", "", text, flags=re.I)
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
            text = text[: comma[-1]] if comma else text
    bare = _ATTRIBUTION.sub("", text.strip(" ,;:"))
    text = bare if len(bare.split()) >= 4 else text
    return finish_title(text.strip(" ,;:"), MAX_HEADLINE_WORDS) or text.strip(" ,;:")


MAX_HEADLINE_WORDS = 20
