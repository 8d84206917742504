"""The eventive test: which trigger matches report an event (not a place name, a reduced relative, a speaker's habit)."""

from __future__ import annotations

import functools
import re

from sitbrief.extract.events.clauses import _FINITE, _inside_quote, _second_verb
from sitbrief.extract.events.triggers import PRIORITY, TRIGGERS
from sitbrief.extract.lexicon import words

_EVENT_SUBJECT = re.compile(
    r"\b(?:exercises?|drills?|visit|summit|talks|meeting|conference|deployment|dialogue|trip|tour|operation|mission|"
    r"training|ceremony|patrol|consultations|negotiations)\s+(?:\w+\s+)?$",
    re.I,
)
_ENDS_EVENT = re.compile(
    r"\s+(?:the|their|his|her|its)\s+(?:[\w-]+\s+){0,2}?(?:call|meeting|visit|talks|conversation|discussions?|"
    r"trip|tour|session|dialogue|summit|conference|exercise|drills?|deployment|consultations)\b",
    re.I,
)
_NAME_PLACE_HEADS = words("name_place_heads") | words("place_name_heads") | words("facility_words")


def _in_place_name(text: str, match: re.Match[str]) -> bool:
    """Tell whether a capitalised event noun is part of a place's name ("the Eastern Exercise Area")."""
    word = match.group(0)
    if not word[:1].isupper() or match.start() == 0 or " " in word:
        return False
    after = re.match(r"\s+([A-Z][\w-]*)", text[match.end() :])
    return bool(after) and after.group(1) in _NAME_PLACE_HEADS


_SAID_IN = re.compile(
    r"\b(?:said|says|say|added|noted|stated|wrote|warned|according to)\s+(?:[\w.-]+\s+){0,2}?(?:in\s+)?"
    r"(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+)?$",
    re.I,
)
_ATTRIBUTIVE = re.compile(  # "the recently deployed ships"; not "The minister recently visited Japan": an adverb after a subject
    r"\b(?:the|a|an|its|their|our|his|her)\s+(?:(?:newly|recently|already|previously)\s+)?$", re.I
)
_LEAD_IN = re.compile(r"\b(?:the following|as follows|below)\b|:\s*$", re.I)


@functools.lru_cache(maxsize=256)
def _eventive_triggers(text: str) -> tuple[tuple[str, re.Match[str]], ...]:
    """Return (kind, match) of each eventive trigger outside quotes in `text`, in TRIGGERS order (found once)."""
    return tuple(
        (kind, m)
        for kind, pattern in TRIGGERS
        for m in pattern.finditer(text)
        if _eventive(text, m) and (not _inside_quote(text, m.span()) or _speaker_own(text, m.span()))
    )


_SPEAKER_OWN = re.compile(
    r"(?:^|[\s\u201c\u2018\"])(?-i:I|[Ww]e)\s+(?:(?:will|would|also|then|recently|today|yesterday|just|first|have|had|shall)\s+){0,2}$"
)
_GLAD_TO = re.compile(  # "I was delighted to have the opportunity to meet X": the speaker met X
    r"(?:^|[\s\u201c\u2018\"])(?-i:I|[Ww]e)\s+(?:was|were)\s+(?:delighted|pleased|honou?red|proud|glad|happy)\s+to\s+"
    r"(?:have\s+(?:had\s+)?the\s+(?:opportunity|chance|privilege)\s+to\s+)?$"
)


def _speaker_own(text: str, span: tuple[int, int]) -> bool:
    """Tell whether a quoted trigger is the speaker's own action ("I met with X", "we will conduct")."""
    word = text[span[0] : span[1]]
    if _OWN_HABIT.match(text, span[1]):
        return False  # "We meet regularly with ...", "I have visited Japan many times", "we will deploy when needed"
    if _named_report(text, span):
        return True  # a statement quoted whole: "“Today, President X and President Y had a phone conversation."
    if _FINITE.match(word) or _BARE_VERB.match(word):
        return bool(
            _SPEAKER_OWN.search(text, max(0, span[0] - 40), span[0])
            or _GLAD_TO.search(text, max(0, span[0] - 90), span[0])
            or _own_second_verb(text, span)
        )
    light = _OWN_ACTION.search(text, max(0, span[0] - 50), span[0])
    return bool(light) and bool(_SPEAKER_OWN.search(text, max(0, light.start() - 40), light.start()))


_NAMED_SUBJECT = re.compile(  # a quote's clause opening on named people (titles and names), then the event verb
    r"(?:^|[\u201c\"]|[.;:]\s)\s*(?:(?:Today|Yesterday|Earlier today|This morning|On \w+day),?\s+)?"
    r"(?-i:(?:[A-Z][\w.\u2019'-]*\s+){2,7}(?:and\s+(?:[A-Z][\w.\u2019'-]*\s+){2,7})?)(?:also\s+|today\s+)?$"
)
_LIGHT_BEFORE = re.compile(r"\b(?:had|held|have|has|hold|holds)\s+(?:an?\s+)?(?:[a-z][\w-]*\s+){0,2}$", re.I)


def _named_report(text: str, span: tuple[int, int]) -> bool:
    """Tell whether a quoted trigger's subject is named people, the quote reporting their event as narration does."""
    start = span[0]
    finite = bool(_FINITE.match(text[span[0] : span[1]]))
    if finite and _narrating_quote(text, span):
        return True
    if not finite:
        light = _LIGHT_BEFORE.search(text, max(0, start - 40), start)
        if not light:
            return False
        start = light.start()
    return bool(_NAMED_SUBJECT.search(text, max(0, start - 120), start))


def _narrating_quote(text: str, span: tuple[int, int]) -> bool:
    """Tell whether the quote holding a finite trigger opens on named people and their past verb: narration.

    "“Secretary Hagel expressed appreciation ... on the agreement that he and President Obama
    announced yesterday,” Kirby said": an aide tells the principal's doings as the release would.
    """
    opening = max(text.rfind("\u201c", 0, span[0]), text.rfind('"', 0, span[0]))
    if opening < 0 or re.search(r"[\u201d\"]", text[opening + 1 : span[0]]):
        return False
    return bool(_NARRATED_OPENING.match(text, opening))


_NARRATED_OPENING = re.compile(
    r"[\u201c\"]\s*(?:(?:Today|Yesterday|Earlier today|This morning|On \w+day),?\s+)?"
    r"(?-i:(?:[A-Z][\w.\u2019'-]*\s+){2,7}(?:and\s+(?:[A-Z][\w.\u2019'-]*\s+){2,7})?)(?:also\s+)?(?-i:[a-z]+ed)\b"
)
_OWN_SUBJECT = re.compile(
    r"(?:^|[\s\u201c\u2018\"])(?-i:I|[Ww]e)\s+(?:(?:also|then|recently|today|yesterday|just|first|have|had)\s+){0,2}[a-z]+\b"
)
_OTHER_SUBJECT = re.compile(r"\b(?:he|she|they|it|you|who|which|that|but|because|if|when)\b|[,;:]", re.I)


def _own_second_verb(text: str, span: tuple[int, int]) -> bool:
    """Tell whether a quoted verb after "and" shares the speaker's "I"/"we" ("we deployed two ships and hosted X")."""
    if not _second_verb(text, span):
        return False
    before = text[max(0, span[0] - 150) : span[0]]
    if not re.search(r"[\u201c\"][^\u201d\"]*$", before):
        return False  # the quote opens before the subject, inside this stretch
    subject = list(_OWN_SUBJECT.finditer(before))
    return bool(subject) and not _OTHER_SUBJECT.search(before, subject[-1].end())


_OWN_ACTION = re.compile(  # "we conducted live-fire drills", "I held talks with": an action, not "we have had exercises"
    r"\b(?:conduct(?:ed)?|h[eo]ld|host(?:ed)?|sign(?:ed)?|attend(?:ed)?|t(?:ook|ake) part in|participated? in|"
    r"complet(?:e|ed)|launch(?:ed)?|join(?:ed)?|began|begin|start(?:ed)?|carr(?:y|ied) out)\s+(?:[\w'\u2019-]+\s+){0,4}$",
    re.I,
)
_OWN_HABIT = re.compile(
    r"(?:\s+[\w'\u2019-]+){0,5}?\s+(?:regularly|often|frequently|routinely|always|usually|many times|several times|"
    r"every (?:year|month|week|day)|when(?:ever)? (?:needed|necessary|required|asked))\b",
    re.I,
)
_BARE_VERB = re.compile(r"(?:meet|visit|attend|travel|hold|host|sign|conduct|speak|launch|deploy)\b", re.I)


_HOLDS_PASSIVE = re.compile(r"\s(?:was|were|been)\s+(?:\w+ly\s+)?\w+ed$")  # "the bill was passed"


def _eventive(text: str, match: re.Match[str]) -> bool:
    """Tell whether a trigger reports an event: not an adjective ("the deployed wing"), not a lead-in.

    "X provided the following statement:" introduces the text itself; it is not an event.
    """
    word = match.group(0)
    if word.lower().endswith("ed") and _ATTRIBUTIVE.search(text[: match.start()]) and not _HOLDS_PASSIVE.search(word):
        return False
    if _in_place_name(text, match):
        return False
    if re.match(r"-[a-z]", text[match.end() : match.end() + 2]) and not word.lower().startswith(("co", "two")):
        return False  # a compound's first part ("war-fighters", "strike-capable"), not an event
    if word.lower() == "concluded" and _ENDS_EVENT.match(text, match.end()):
        return False  # "They concluded the call by ...": the end of the call, not an agreement
    if word.lower() in ("concluded", "concludes") and _EVENT_SUBJECT.search(text, max(0, match.start() - 40), match.start()):
        return False  # "The exercise concluded on Friday": the exercise ends; no agreement was concluded
    if (
        word.lower() in ("announced", "unveiled")
        and re.search(r"\b(?-i:[A-Za-z][a-z]+s)\s+$", text[max(0, match.start() - 30) : match.start()])
        and re.match(r"\s+by\b", text[match.end() :])
        and not re.search(r"\b(?:has|have|had|was|were|is|are|been)\s+\w*\s*$", text[max(0, match.start() - 30) : match.start()])
    ):
        return False  # "Investments announced by the United States can be found here": a participle after its noun
    if word.lower() in ("announced", "announces") and _OWN_TRAVEL.match(text, match.end()):
        return False  # "Minister X today announced that she will be travelling to Y": the release itself, not an event
    if _reduced_relative(text, match):
        return False  # "Marines stationed in Okinawa are taking part in ...": the participle describes the subject
    if word.lower() == "hosts" and text[max(0, match.start() - 3) : match.start()].lower() == "co-":
        return False  # "the co-hosts and participants": people, not a hosting
    if word.lower() in ("statement", "joint statement", "communique", "communiqu\u00e9", "declaration") and _SAID_IN.search(
        text, max(0, match.start() - 60), match.start()
    ):
        return False  # "..., the ministry said in a statement on Sunday": the source of the report, not an event
    return not (
        word.lower() in ("statement", "readout", "joint statement") and _LEAD_IN.search(text[match.end() - 40 :])
    )


_OWN_TRAVEL = re.compile(
    r"\s+(?:today\s+)?(?:that\s+)?(?:she|he|they|(?:the\s+)?(?-i:[A-Z])[^.;:]{0,80}?)\s+(?:will|would)\s+(?:be\s+)?"
    r"(?:travel\w*|visit\w*|attend\w*|lead\w*|make\w*\s+(?:a|an|her|his|their)\s+(?:[\w-]+\s+)?(?:visit|trip))\b",
    re.I,
)
_PLACED = r"docked|berthed|moored|arrested|rescued"
_STATE_PARTICIPLE = re.compile(rf"(?:forward[- ])?(?:stationed|deployed|based|embedded)|{_PLACED}", re.I)
_PLACED_PARTICIPLE = re.compile(_PLACED, re.I)
_LATER_FINITE = re.compile(r"\b(?:are|is|were|was|have|has|had|faced|face|remain|remains|remained)\b")
_AUXILIARY_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|has|have|had|and|who|that|which)\s+$", re.I)
_LATER_PROGRESSIVE = re.compile(r"\b(?:are|is|were|was)\s+(?:[a-z]+ly\s+|now\s+|still\s+)?[a-z]+ing\b")


def _reduced_relative(text: str, match: re.Match[str]) -> bool:
    """Tell whether a state participle modifies the subject whose own verb follows ("troops based in X are ...")."""
    if not _STATE_PARTICIPLE.fullmatch(match.group(0)):
        return False
    before = text[max(0, match.start() - 30) : match.start()]
    if _AUXILIARY_BEFORE.search(before) or not re.search(r"[A-Za-z]\s+$", before):
        return False
    later = _LATER_PROGRESSIVE.search(text, match.end())
    stop = r"\b(?:and|but|then)\b"
    if later is None and _PLACED_PARTICIPLE.fullmatch(match.group(0)):
        later, stop = _LATER_FINITE.search(text, match.end()), stop + "|,"  # "The ships docked in Sydney are open"
    return bool(later) and not re.search(stop, text[match.end() : later.start()])


def _first_trigger(text: str) -> tuple[str, tuple[int, int]] | None:
    """Return the highest-priority trigger in `text`, for an undated event."""
    found = [
        (PRIORITY.index(kind), m.start(), kind, m.span())
        for kind, m in _eventive_triggers(text)
    ]
    if not found:
        return None
    _, _, kind, span = min(found)
    return kind, span
