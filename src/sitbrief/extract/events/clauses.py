"""Clause and predicate bounds of a trigger, and the clause patterns the other passes share."""

from __future__ import annotations

import functools
import re

from sitbrief.extract.events.triggers import FINITE_FORMS
from sitbrief.extract.lexicon import words
from sitbrief.extract.rx import alternation
from sitbrief.text.clean import inside_quote

_CLAUSE_BREAK = re.compile(
    r"[,;:]\s|\s(?:but|while|whereas|although|as|which|who|since|because|after|when)\s|\s[\u2013\u2014-]\s|"
    r"(?:(?<=agreed)|(?<=decided))\s(?:\w+\s+)?that\s"
)

_PREDICATE_VERBS = alternation(words("predicate_verbs"))  # "and met X", "then sailed": a second predicate's verb
_PREDICATE_VERB = re.compile(rf"(?:{_PREDICATE_VERBS})\b", re.I)
_AND_THEN = re.compile(
    r"\s(?:and|then)\s+(?:also\s+|later\s+|then\s+)?(?:(?:will|would|to)\s+(?:also\s+|then\s+)?(?:be\s+)?)?$", re.I
)


_MODAL_EARLIER = re.compile(
    r"\b(?:will|would|shall|is to|are to|plans? to|set to|due to|expected to|scheduled to)\s+(?:also\s+)?[a-z]+\b[^.;:]*$"
)


def _second_verb(text: str, span: tuple[int, int]) -> bool:
    """Tell whether a trigger is the verb of a second predicate ("increasing the jets deployed and sending a squadron")."""
    return bool(_PREDICATE_VERB.match(text, span[0]) and _AND_THEN.search(text, max(0, span[0] - 30), span[0]))


def _shares_modal(text: str, span: tuple[int, int]) -> bool:
    """Tell whether a second predicate's verb shares an earlier "will" ("will attend X, and tour Y"), or a noun
    is the object of such a verb ("will attend X, participate in a roundtable and ...")."""
    if (listed := LISTED_LIGHT.search(text, max(0, span[0] - 70), span[0])) is not None:
        verb = listed.start("verb")
        return bool(_MODAL_EARLIER.search(text, max(0, verb - 200), verb))
    return _second_verb(text, span) and bool(_MODAL_EARLIER.search(text, max(0, span[0] - 200), span[0]))


LISTED_LIGHT = re.compile(  # ", participate in a Fijian women leaders' ": a listed predicate's light verb and object
    r",\s+(?:and\s+)?(?P<verb>participat\w*|t(?:ake|akes|ook|aking)\s+part|attend\w*|join\w*|hold\w*|held|host\w*|"
    r"co-host\w*|chair\w*)\s+(?:in\s+)?(?:a|an|the|his|her|their)\s+(?:[\w'\u2019-]+\s+){0,4}$",
    re.I,
)


def _progressive(text: str, span: tuple[int, int]) -> bool:
    """Tell whether a trigger is the -ing of a progressive verb ("HMS X is operating in the Baltic")."""
    return bool(re.match(r"\w+ing$", text[span[0] : span[1]])) and bool(
        re.search(r"\b(?:is|are|was|were)\s+(?:now\s+|currently\s+|still\s+|also\s+)?$", text[max(0, span[0] - 20) : span[0]])
    )


_NEXT_PREDICATE = re.compile(  # "visited Manila and conducted an exercise": a second verb starts a second event
    r"\s(?:and|then)\s+(?:also\s+|later\s+|then\s+)?(?:(?:will|would|to)\s+(?:also\s+|then\s+)?(?:be\s+)?|"
    r"(?:agreed|decided) to\s+)?"
    rf"(?=(?:{_PREDICATE_VERBS})\b)",
    re.I,
)


def _predicate(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Return the clause around `span`, cut where "and" starts another finite verb."""
    lo, hi = _clause(text, span)
    for m in _NEXT_PREDICATE.finditer(text, lo, hi):
        if m.end() <= span[0]:
            lo = m.end()
        elif m.start() >= span[1]:
            return lo, m.start()
    return lo, hi


_FINITE = re.compile(
    r"^(?:\w+ed|met|meets?|held|holds?|took|takes|laid|lays|flew|flies|assumes|spoke|speaks?|sent|began|left|leaves|signs?|visits?|hosts?|"
    r"welcomes?|attends?|travels?|arrives?|departs?|launch(?:es)?|intercepts?|strikes?|"
    r"deploys?|sails?|returns?|moves?|calls?|adopts|passes|approves|endorses|enacts|graduates?|resigns|steps|operates?|trains?|take|receives|leads|lands|touches|evacuates|delivers|represents|rotates|confers|consults|talked|told|died|lost|"
    rf"{alternation(FINITE_FORMS)})\b",
    re.I,
)
_MODAL = re.compile(
    r"\b(?:will|would|shall|is to|are to|set to|due to|plans? to|expected to|scheduled to|has|have|had|was|were)"
    r"\s+(?:\w+\s+)?$",
    re.I,
)

_ORDERED_TO = re.compile(
    r"\b(?:directed|ordered|instructed|authori[sz]ed|tasked|ask(?:ed|s)?|invited)\s+(?:[\w.'\u2019-]+\s+){1,20}?to\s+$", re.I
)


def _inside_quote(text: str, span: tuple[int, int]) -> bool:
    """Tell whether `span` lies inside a quotation (dates inside quotes are the speaker's)."""
    return inside_quote(text, span[0])


def event_clause(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Return the bounds of the clause of the trigger at `span` (see `_clause`)."""
    return _clause(text, span)


@functools.lru_cache(maxsize=256)
def _clause_breaks(text: str) -> tuple[tuple[int, int], ...]:
    """Return the spans of the clause breaks in `text`, found once per text (a sentence's clauses are asked for often)."""
    return tuple(m.span() for m in _CLAUSE_BREAK.finditer(text))


def _clause(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Return the bounds of the clause around `span` (at most the sentence)."""
    start = 0
    for lo, hi in _clause_breaks(text):
        if hi <= span[0]:
            start = hi
        elif lo >= span[1]:
            nxt = lo
            break
    else:
        nxt = len(text)
    if span[0] - start < 3:
        start = max(0, text.rfind(",", 0, max(start - 2, 0)) + 1)
    return start, nxt


_LIGHT_VERB = re.compile(
    r"\b(?:conduct(?:s|ed|ing)?|h[eo]ld(?:s|ing)?|host(?:s|ed|ing)?|sign(?:s|ed|ing)?|attend(?:s|ed|ing)?|"
    r"t(?:ook|akes?|aking) part in|participat(?:e|es|ed|ing) in|conclud(?:e|es|ed|ing)|complet(?:e|es|ed|ing)|beg(?:an|ins?)|launch(?:es|ed)?|"
    r"ha[ds]|issu(?:e|es|ed)|made|makes?|l[e]d|leads?|join(?:s|ed)?|pa(?:id|ys?)|announc(?:e|es|ed)|"
    r"agreed|start(?:s|ed)?|order(?:s|ed)|carr(?:y|ies|ied) out|engag(?:e|es|ed) in|award(?:s|ed)|perform(?:s|ed)|struck|seal(?:s|ed)|clinch(?:es|ed)|finali[sz](?:es|ed)|approv(?:es|ed)|open(?:s|ed)|continu(?:e|es|ed)|(?:co-)?chair(?:s|ed)|direct(?:s|ed)|resum(?:e|es|ed)|stag(?:e|es|ed)|organi[sz](?:e|es|ed)|co-host(?:s|ed)?|"
    r"will (?:hold|host|sign|attend|conduct|take part in|make|pay|lead|join|begin|launch))\b"
    r"(?=(?:\s+[\w'\u2019()-]+){0,5}\s*$)",
    re.I,
)


ONCE_CLAUSE = re.compile(r"\W*[Oo]nce\b[^,;:.]{2,120},\s*")  # "Once ratified by both parliaments, the treaty will ..."


def _once_clause_end(text: str, span: tuple[int, int]) -> int:
    """Return where an opening "Once ...," clause ends if `span` lies after it (its main clause is no condition), else 0."""
    once = ONCE_CLAUSE.match(text)
    return once.end() if once and once.end() <= span[0] else 0
