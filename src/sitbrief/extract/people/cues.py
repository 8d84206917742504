"""Tell whether an untitled name is a person by what surrounds it: a speech verb, a person cue, a given name."""

from __future__ import annotations

import re
from functools import lru_cache

from sitbrief.extract.doc import SPEECH_VERBS, Doc
from sitbrief.extract.lexicon import words
from sitbrief.extract.people.model import PersonDraft
from sitbrief.extract.people.words import (
    _GIVEN_NAMES,
    _PLACE_HEADS,
    _known_elsewhere,
    _name_word,
    _post_nominal_letters,
)
from sitbrief.extract.tokens import FUNCTION_WORDS, Token


def _given_name_first(doc: Doc, run: list[Token], core: list[Token]) -> bool:
    """Tell whether an untitled run is a personal name by its given name ("met with Tom Reyes and Ana Ruiz")."""
    names = [t for t in core if not re.fullmatch(r"[A-Z]\.", t.text)]
    return (
        len(run) == len(core) and 2 <= len(names) <= 3 and core[0].bare in _GIVEN_NAMES
        and " ".join(t.bare for t in core).lower() not in doc.lex.cities
        and not any(_known_elsewhere(doc, t) or t.bare.lower() in doc.lex.org_heads or t.bare in _PLACE_HEADS
                    for t in core)
    )


@lru_cache(maxsize=8192)
def _credit_line(sentence: str) -> bool:
    """Tell whether a sentence credits reporters ("... contributed to this report"), once per sentence."""
    return bool(_CREDIT.search(sentence))


_CREDIT = re.compile(r"\bcontributed(?: reporting| to this (?:report|story|article))|\b(?:reporting|editing|writing) by\b", re.I)


def _speech_cue(doc: Doc, index: int, tokens: list[Token], core: list[Token]) -> bool:
    """Tell whether the name is the speaker of a speech verb in this sentence."""
    sentence = doc.sentences[index].text
    after = sentence[core[-1].end : core[-1].end + 120]
    letters = re.match(r"^(?:\s+[A-Z]{2,4}\b)+", after)
    if letters and all(_post_nominal_letters(doc, Token(w, 0, 0)) for w in letters.group().split()):
        after = after[letters.end() :]  # "Ana Ruiz MP said"
    before = sentence[max(0, core[0].start - 40) : core[0].start]
    return bool(_SPEAKS_AFTER.match(after) or _SPEAKS_BEFORE.search(before))


_SPEECH = "|".join(sorted(SPEECH_VERBS))
_SPEAKS_AFTER = re.compile(rf"^(?:\s*\([^)]*\))?(?:\s*,[^,]{{1,90}},)?\s+(?:{_SPEECH}|has said|had said|was quoted)\b")
_SPEAKS_BEFORE = re.compile(rf"\b(?:{_SPEECH}|according to)\s*$", re.I)


def _alternatives(name: str) -> str:
    """Return the entries of word list `name` as one regular-expression alternation, longest first."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words(name), key=len, reverse=True))


_PERSON_AFTER = re.compile(
    rf"^(?:\s*,\s*(?:who|whose)\b|\s*,\s*\d{{1,2}},|\s+and\s+(?:his|her)\s+|\s+(?:{_alternatives('person_verbs')})\b)"
)
_PERSON_BEFORE = re.compile(rf"\b(?:{_alternatives('person_cues')})\s*$", re.I)


def _person_cue(doc: Doc, index: int, run: list[Token], core: list[Token], people: list[PersonDraft]) -> bool:
    """Tell whether an untitled run of two or three name words is a person by what surrounds it.

    Cues are data (``words/person_verbs.txt``, ``words/person_cues.txt``): a verb only people
    do ("Okonkwo Adebayo thanked"), ", who", an age (", 34,"), "and his counterpart", words
    before it that take a person ("met with", "hosted by", "according to"), or a person just
    before it in a list ("Okonkwo Adebayo and Thabo Ndlovu").
    """
    names = [t for t in core if not re.fullmatch(r"[A-Z]\.", t.text)]
    if len(run) != len(core) or not 2 <= len(names) <= 3 or not all(_name_word(doc, t) for t in names):
        return False
    sentence = doc.sentences[index].text
    after = sentence[core[-1].end : core[-1].end + 40]
    before = sentence[max(0, core[0].start - 30) : core[0].start]
    listed = re.search(r"(?:,|\s+and)\s+$", before)  # "met Okonkwo Adebayo and Thabo Ndlovu"
    after_person = bool(listed) and any(
        i == index and e == core[0].start - len(listed.group()) for p in people for i, _, e in p.mentions
    )
    modifier = re.match(r"\s+([a-z]+)\b", after)  # "led by Red Arrows pilots": the run names the pilots' unit
    if modifier and modifier.group(1) not in FUNCTION_WORDS:
        return bool(_PERSON_AFTER.match(after))
    return bool(_PERSON_AFTER.match(after) or _PERSON_BEFORE.search(before) or after_person)
