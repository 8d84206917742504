"""The tests that reject a trigger as no event: reported, generic, habitual."""

from __future__ import annotations

import re

from sitbrief.extract.events.clauses import (
    _FINITE,
    _LIGHT_VERB,
    _MODAL,
    _ORDERED_TO,
    _clause,
    _once_clause_end,
    _shares_modal,
)
from sitbrief.extract.events.eventive import _BARE_VERB, _GLAD_TO, _HOLDS_PASSIVE
from sitbrief.extract.lexicon import lexicon, words
from sitbrief.extract.rx import alternation
from sitbrief.extract.titles import NOUN_TRIGGERS

_FUNCTION = frozenset(["against", "in", "on", "at", "to", "for", "from", "with", "by", "into", "this", "these", "that"])

_HYPOTHETICAL = re.compile(
    r"\b(?:urges?|urged|calls? (?:up)?on|called (?:up)?on|calls? for|encourages?|if|whether|unless|once|could|should|"
    r"must|(?<!\d )(?-i:may)(?! \d)|might|can|never|available to|able to|ready to|pleasure to|looked forward to|look forward to|looks forward to|in order to)\b",
    re.I,
)

_BARE_OBJECT = re.compile(r"\s+(?:with\s+)?[a-z]+(?:\s+(?:and|at|in|on|during)\b|[,.;]|$)")


_DOCUMENT = re.compile(r"(?:agreements?|conventions?|treat(?:y|ies)|accords?|arrangements?|pacts?|memorand(?:um|a))$", re.I)
_DOCUMENT_ACTION = re.compile(
    r"\b(?:sign\w*|conclu\w*|ratif\w*|entr(?:y|ies|ied|ered|er) into force|t(?:ook|ake|akes) effect|came into force|"
    r"reach\w*|negotiat\w*|approv\w*|adopt\w*|implement\w*|extend\w*|renew\w*|expir\w*|struck|strike|finali[sz]\w*|"
    r"launch\w*|establish\w*|withdr[ae]w\w*|suspend\w*|upgrad\w*|agreed (?:on|to)|will (?:sign|conclude)|to sign)\b",
    re.I,
)


_DEAL_ACTION = re.compile(
    r"\b(?:sign\w*|struck|strike|reach\w*|agree\w*|announc\w*|award\w*|won|win|wins|clos\w*|finali[sz]\w*|"
    r"conclu\w*|seal\w*|approv\w*|worth|valued)\b",
    re.I,
)


def _acted_on(text: str, span: tuple[int, int], action: re.Pattern[str]) -> bool:
    """Tell whether an action of `action` stands near a noun trigger in its clause ("signed the agreement")."""
    lo, hi = _clause(text, span)
    return bool(action.search(text, max(lo, span[0] - 80), min(hi, span[1] + 60)))


_HOPE_TO = re.compile(  # "the leaders hoped they would be able to meet", "she hopes to visit": a planned meeting
    r"\b(?:hop(?:e|es|ed|ing)|wish(?:es|ed)?)\s+(?:that\s+)?"
    r"(?:(?:they|he|she|we|I|both(?:\s+\w+)?|the\s+(?:two\s+)?[\w-]+|(?-i:[A-Z])[\w-]+)\s+)?"
    r"(?:(?:would|will|could|can|might)\s+(?:be\s+able\s+to\s+)?|to\s+)(?:\w+ly\s+)?$",
    re.I,
)
_PLACED_AS = re.compile(  # "The next ports of call are Amsterdam, then Bergen": the visit's place is its predicate
    r"(?:\s+(?:for|of|on)\s+(?:the\s+|her\s+|his\s+|its\s+|their\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+"
    r"(?:is|are|was|were|will\s+be)\s+(?:then\s+)?(?:in\s+)?(?P<place>(?-i:[A-Z])[\w'\u2019-]+)"
    r"(?![\w'\u2019-]*\s+(?:of|to|for)\b)",
    re.I,
)
_PLACED_BEFORE = re.compile(
    r"(?:^|(?<!\bof )\b(?:the|her|his|its|their|our))\s+(?:(?:next|first|final|last|latest|second|third|only)\s+)?$", re.I
)


def placed_visit(text: str, span: tuple[int, int]) -> re.Match[str] | None:
    """Return the "is/are PLACE" after a visit noun ("Her next port of call is Singapore"), PLACE in the gazetteer."""
    if not _PLACED_BEFORE.search(text, max(0, span[0] - 30), span[0]):
        return None
    placed = _PLACED_AS.match(text, span[1])
    lex = lexicon()
    word = placed["place"] if placed else ""
    return placed if placed and (lex.place(word) or lex.country(word) or word.lower() in lex.cities) else None


def _reported(text: str, span: tuple[int, int], kind: str) -> bool:
    """Tell whether an undated trigger reports a happening: a finite or future verb, a named or modified noun.

    A document noun ("the Law of the Sea Convention", "the Free Trade Agreement") is a happening
    only with an action on it in its clause (signed, ratified, entered into force, negotiated ...).
    """
    word = text[span[0] : span[1]]
    if once := _once_clause_end(text, span):
        text = " " * once + text[once:]  # "Once ratified, the treaty will enter into force": the main clause is no condition
    if kind == "deal" and re.fullmatch(r"deal", word, re.I) and not _acted_on(text, span, _DEAL_ACTION):
        return False  # "their views on the Iran nuclear deal": a topic, not a happening
    if kind == "agreement" and _DOCUMENT.search(word) and not _acted_on(text, span, _DOCUMENT_ACTION):
        return False
    before = text[max(0, span[0] - 40) : span[0]]
    if kind in ("meeting", "talks", "exercise") and re.search(
        r"\blook(?:s|ed|ing)? forward to (?:the |a |an |their |his |her |next )?(?:[\w'\u2019-]+ ){0,3}$", before
    ):
        return True  # "We look forward to a successful COP 26 in Glasgow": a planned event
    if re.fullmatch(r"COP ?\d{1,2}", word) and not _HYPOTHETICAL.search(text[max(0, span[0] - 40) : span[0]]):
        return True  # a named conference ("at the COP26")
    if kind == "meeting" and _BARE_VERB.match(word) and _HOPE_TO.search(text, max(0, span[0] - 90), span[0]):
        return True  # "the leaders hoped they would be able to meet in person": a planned meeting
    if kind == "meeting" and placed_visit(text, span):
        return True  # "The next ports of call for the group are Amsterdam, then Bergen"
    if _HYPOTHETICAL.search(text[max(0, span[0] - 70) : span[0]]):
        return False
    if word.lower() == "on patrol" and re.search(r"\b(?:is|are|was|were|remains?|remained)\s+(?:\w+\s+)?$", before):
        return True  # "the destroyer is on patrol in the Philippine Sea"
    if _ORDERED_TO.search(text, max(0, span[0] - 200), span[0]):
        return True  # "the Secretary directed the strike group to remain in X": an order given is a happening
    if re.search(r"\b(?:routinely|typically|usually|normally|traditionally|generally)\b", text[max(0, span[0] - 30) : span[0]], re.I):
        return False  # a habit ("Army Pacific routinely deploys forces on a rotational basis"), not a happening
    if _generic(text, span) and not _ONGOING_OF.search(text[max(0, span[0] - 80) : span[0]]):
        return False  # (but "Russia's continued military deployments": one actor's ongoing happening, no habit)
    if _BARE_VERB.match(word) and _GLAD_TO.search(text, max(0, span[0] - 90), span[0]):
        return True  # "I was delighted to have the opportunity to meet X"
    if re.fullmatch(r"meet|visit|hold", word, re.I) and re.search(
        r"\b(?:agreed|committed|decided|pledged|resolved|promised)\s+(?:again\s+)?to\s+$", before
    ):
        return True  # "The leaders agreed to meet again at the G7": a planned meeting
    if _BARE_INFINITIVE.search(before) and word.split()[0].lower() not in NOUN_TRIGGERS and not _MODAL.search(before):
        return False  # "enhancing Australia's ability to operate with partners": an infinitive, no happening
    if re.match(r"(?:phone |telephone |video )?call from$", word, re.I):
        return True  # "received a call from his US counterpart"
    if re.fullmatch(r"\W*(?-i:[A-Z][a-z]+s)\s+(?:who|that)\s+", text[: span[0]]):
        return False  # "Veterans who retired from the navy often ...": people of a kind, not a happening
    if kind == "other" and _MARKED_THE.search(text, max(0, span[0] - 70), span[0]):
        return False  # "The assault marked the beginning of the U.S. offensive": a phase of a fight, not another
        # (but "The arrival marks the start of back-to-back rotations" reports new deployments)
    if re.match(r"\s+(?:us\s+)?(?:at\s+|on\s+)?(?:https?://|www\.|\S+\.(?:com|org|gov|mil|net)\b)", text[span[1] :], re.I):
        return False  # "for more, visit www.navy.mil": an invitation to a website
    if kind == "deployment" and re.fullmatch(r"(?:deployed|stationed)", word, re.I) and (
        re.search(r"\b(?:when|whenever|while|if)\s+$", before, re.I)
        or re.search(r"\b[Tt]here\s+(?:are|is|remain|were)\b", text[_clause(text, span)[0] : span[0]])
    ):
        return False  # "when stationed away from home", "there are 26 personnel deployed": a state, not a happening
    if kind == "other" and re.match(r"(?:passing|death|opening|safe return) of\b", word, re.I):
        return not _HYPOTHETICAL.search(text[max(0, span[0] - 70) : span[0]])  # "the passing of former Premier X"
    if kind == "other" and word == "War" and span[0] > 0 and not re.match(r"\s+[A-Z]", text[span[1] :]):
        return False  # a named war cited in passing ("the end of the Cold War"): background, undated
    if re.match(r"will\s", word, re.I):
        return True
    if kind == "other" and re.search(r"\sopen(?:s|ed)$", word):
        return True  # "the new headquarters opens in Reading"
    if _HOLDS_PASSIVE.search(word):
        return True  # "the bill was passed": the trigger holds its passive verb
    if re.match(r"\w+ing\b", word) and re.search(r"\b(?:is|are|was|were)\s+(?:\w+\s+)?$", before, re.I):
        return True  # the progressive: "warships are making their way to Norway"
    if re.match(r"\w+ing\b", word) and re.search(r"\S\s+(?:after|since|upon)\s+$", text[: span[0]], re.I):
        return True  # "has been transiting the region after departing Guam": the departure happened
        # (not "Upon departing Paris, he travelled to Rome": an opening phrase is the main verb's first leg)
    if kind == "meeting" and re.fullmatch(r"me(?:t|ets?)", word, re.I) and _BARE_OBJECT.match(text, span[1]):
        return False  # "met with staff and saw facilities": a bare common noun is no counterpart
    if _FINITE.match(word) and not re.search(r"\b(?:the|a|an|to)\s+$", before, re.I):
        return not re.search(r"\b(?:if|whether|could|should|must|(?-i:may)|might|can)\s+(?:\w+\s+)?$", before, re.I)
    if _MODAL.search(before):
        return True
    if _shares_modal(text, span):
        return True  # "will attend a ceremony at X, and tour the camp": the second verb shares the first's "will"
    if re.search(r"\b(?:was|were|is|are|will be)\s+(?:then\s+|later\s+)?(?:followed|preceded)\s+by\s+$", before, re.I):
        return True  # "This was followed by firings of the missile system"
    if kind == "statement" and _ISSUED.search(text, max(0, span[0] - 40), span[0]):
        return not _HYPOTHETICAL.search(text[max(0, span[0] - 100) : span[0]])  # "the leaders issued a joint statement"
    if kind in ("statement", "announcement"):
        return False
    if re.match(r"(?:held|had|has|holds) a\b", word, re.I):
        return not re.search(r"\b(?:if|whether|could|should|must|might|can)\s+(?:\w+\s+)?$", before, re.I)  # "had a phone call with"
    if _CALLED_OFF.match(text, span[1]):
        return True  # "non-essential training had been postponed": a postponement is a happening
    if re.search(r"\s(?:with|between)$", word) and re.match(r"\s+(?:the\s+)?(?-i:[A-Z0-9])", text[span[1] :]):
        return True  # "ahead of a call with G7 leaders"
    if _SUBJECT_OF_PREDICATE.match(text, span[1]) and re.search(r"(?:^|[.;:]\s+)\W*(?:The|This|That|These|Those)\s+(?:[\w'\u2019-]+\s+){0,3}$", before):
        return True  # "The talks were held in Geneva", "This year's exercise was postponed": the noun is the subject
    if re.search(r"['\u2019]s\s+participation in\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$", before + " "):
        return True  # "New Zealand's participation in the Resolute Support Mission"
    if light := _LIGHT_VERB.search(text, max(0, span[0] - 60), span[0]):
        return not _HYPOTHETICAL.search(text[max(0, light.start() - 100) : light.start()])
    if kind in ("meeting", "talks") and _OWN_PLACED.search(before) and _PLACED_AFTER.match(text, span[1]):
        return True  # "reflected on their meeting at the G7 in Hiroshima": a meeting of theirs, placed
    if re.search(r"\b(?:the|this|that|these|those)\s+$", before, re.I):
        return bool(
            re.match(
                r"\s+(?:(?:that|which)\s+(?:took place|happened|occurred)\s+)?(?:at|in|near|off)\s+(?:the\s+)?[A-Z]|"
                r"\s+of\s+(?:19|20)\d\d\b",  # "the tsunami of 2004"
                text[span[1] :],
            )
        )
    if _POSSESSOR.search(text[max(0, span[0] - 80) : span[0]]):
        return True
    if _WITH_COUNTERPART.match(text, span[1]):
        return True  # "talks with X", "meetings in Washington with Vice President X"
    if kind == "meeting" and re.match(r"\s+by\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}(?-i:[A-Z])", text[span[1] :]):
        return True  # "a visit by a NATO task group to London"
    determined = re.search(r"\b(?:the|a|an|their|its|his|her|our)\s+((?:[\w.-]+\s+){1,4})$", before)
    return bool(determined) and not set(determined.group(1).lower().split()) & _FUNCTION


_POSSESSOR = re.compile(  # "Russia's continued military deployments", "Ukraine's counter-offensive": the possessor's own happening
    r"[A-Z][\w.-]*['\u2019]s\s+(?:[a-z][\w-]*,?\s+(?:and\s+)?){0,4}(?:[a-z]+-)?$"
)
_ONGOING_OF = re.compile(r"[A-Z][\w.-]*['\u2019]s\s+(?:continued|continuing|ongoing)\s+(?:[a-z][\w-]*\s+){0,3}$")
_OWN_PLACED = re.compile(  # not "speaking during their meeting at the Pentagon": the meeting told already, as a frame
    r"(?<!during )(?<!\bat )(?<!\bin )(?<!throughout )\b(?:their|his|her|its|our)\s+(?:(?:first|last|previous|earlier|recent)\s+)?$",
    re.I,
)
_PLACED_AFTER = re.compile(r"\s+(?:at|in)\s+(?:the\s+)?(?-i:[A-Z])[\w.'\u2019-]*")
_BARE_INFINITIVE = re.compile(rf"\b(?:{alternation(words('infinitive_heads'))})\s+to\s+$", re.I)
_WITH_COUNTERPART = re.compile(
    r"\s+(?:in\s+(?:[A-Z][\w.'\u2019-]*\s+){1,3}(?:this\s+week\s+|today\s+)?)?(?:between|with)\s+(?:the\s+)?[A-Z]"
)
_MARKED_THE = re.compile(
    r"\bmark(?:s|ed|ing)?\s+the\s+(?:beginning|start|end|close|turning point|dawn|onset)\s+of\s+(?:the\s+|an?\s+)?(?:[\w.'\u2019-]+\s+){0,3}$",
    re.I,
)
_CALLED_OFF = re.compile(
    r"\s+(?:had|has|have|was|were|is|are|will be)\s+(?:been\s+)?(?:postponed|cancell?ed|called off|suspended|deferred|delayed)\b",
    re.I,
)
_SUBJECT_OF_PREDICATE = re.compile(
    r"\s+(?:(?:was|were|has been|have been|had been|will be|is being|are being)\s+(?:\w+ly\s+)?"
    r"(?:held|hosted|conducted|staged|postponed|cancell?ed|called off|delayed|rescheduled|suspended|signed|ratified|"
    r"completed|concluded|opened|attended|chaired|co-chaired|organi[sz]ed|launched|extended)|"
    r"took place|will take place|takes place|(?:began|begins|ended|ends|opened|opens|closed|closes|concluded|concludes|"
    r"started|starts|wrapped up|kicked off|kicks off|runs|ran|will run|lasts|lasted|will last)\b)",
    re.I,
)

_ISSUED = re.compile(
    r"\b(?:issu(?:ed|es)|releas(?:ed|es)|deliver(?:ed|s)|gave|gives|made|makes|adopted|adopts)\s+(?:an?\s+|the\s+|their\s+|his\s+|her\s+)"
    r"(?:[\w-]+\s+){0,2}$",
    re.I,
)
_GENERIC_BEFORE = re.compile(
    r"\b(?:(?:importance|value|significance|benefits?|role) of|such as|including|"
    r"continu(?:e|es|ed|ing)(?: to (?:\w+ )?(?:\w+ )?)?)\s+(?:(?!the\b|a\b|an\b|this\b|next\b|their\b|its\b)[\w-]+,?\s+){0,3}$",
    re.I,
)


_FREQUENCY = re.compile(
    r"\b(?:(?:at least\s+)?(?:once|twice|\w+ times) (?:a|per|every) (?:year|month|week)|annually|every (?:\w+ )?(?:years?|months?|weeks?)|"
    r"each (?:year|month|week)|on a (?:regular|rotational|routine|annual) basis|over the (?:centuries|decades|years)|throughout history)\b",
    re.I,
)


_AIM_IS_TO = re.compile(rf"\b(?:{alternation(words('aim_nouns'))})\s+(?:is|are|was|remains)\s+to\s+(?:\w+\s+)?$", re.I)


def _habitual(text: str, span: tuple[int, int]) -> bool:
    """Tell whether a trigger's clause says how often it happens ("has deployed ships every year since 2018")."""
    return bool(_FREQUENCY.search(text, span[1], min(_clause(text, span)[1], span[1] + 60)))


def _generic(text: str, span: tuple[int, int]) -> bool:
    """Tell whether a trigger names a kind of activity, not one happening.

    "the importance of regular visits", "cooperation through exercises, training and exchanges",
    "will continue to conduct joint exercises", "exercises such as X": a habit or a category.
    """
    before = text[max(0, span[0] - 60) : span[0]]
    if re.match(r",?\s+(?:such as|like)\b", text[span[1] :]) or re.search(r"\b[Ss]uch\s+(?:[\w-]+\s+){0,2}$", before):
        return True  # "exercises such as X", "such visits": a kind of activity
    if _AIM_IS_TO.search(before):
        return True  # "the Government's policy is to deploy forces only ...": an intention in general
    if re.search(r"\bregular(?:ly)?\s+(?:[\w-]+\s+){0,2}$", before, re.I):
        return True
    return _habitual(text, span) or bool(_GENERIC_BEFORE.search(before))
