"""Every form of an English verb or verb phrase, so one lemma in a word list covers all its inflections.

`verb_forms("travel")` gives travel, travels, travelled, traveled, travelling, traveling;
`phrase_forms("hold talks with")` inflects the first word and keeps the rest. Spellings are
generated generously (a doubled consonant both ways, -ise and -ize): a form no text uses is harmless.
"""

from __future__ import annotations

from functools import cache

from sitbrief.extract.lexicon import words

_VOWELS = frozenset("aeiou")


@cache
def _irregular() -> dict[str, tuple[str, str]]:
    """Return lemma -> (past, past participle) of the irregular verbs (words/irregular_verbs.txt)."""
    rows = (line.split() for line in words("irregular_verbs"))
    return {row[0]: (row[1], row[2]) for row in rows if len(row) >= 3}


@cache
def _irregular_third() -> dict[str, str]:
    """Return lemma -> third person singular where it is irregular (have: has)."""
    rows = (line.split() for line in words("irregular_verbs"))
    return {row[0]: row[3] for row in rows if len(row) == 4}


def _stems(lemma: str) -> tuple[str, ...]:
    """Return the stems -ed and -ing are added to: the lemma, and its final consonant doubled after one vowel."""
    last, vowel, before = lemma[-1:], lemma[-2:-1], lemma[-3:-2]
    if before and last not in _VOWELS | {"w", "x", "y"} and vowel in _VOWELS and before not in _VOWELS:
        return (lemma, lemma + lemma[-1])  # travel: traveled/travelled; stop: stopped (stoped is never written)
    return (lemma,)


def _third(lemma: str) -> str:
    """Return the third person singular (meets, watches, carries)."""
    if lemma in _irregular_third():
        return _irregular_third()[lemma]
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        return lemma[:-1] + "ies"
    return lemma + "s"


def _regular(lemma: str) -> set[str]:
    """Return the regular -ed and -ing forms of `lemma`."""
    if lemma.endswith("ee"):
        return {lemma + "d", lemma + "ing"}
    if lemma.endswith("ie"):
        return {lemma + "d", lemma[:-2] + "ying"}
    if lemma.endswith("e"):
        return {lemma + "d", lemma[:-1] + "ing"}
    if lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        return {lemma[:-1] + "ied", lemma + "ing"}
    return {s + ending for s in _stems(lemma) for ending in ("ed", "ing")}


@cache
def verb_forms(lemma: str) -> frozenset[str]:
    """Return every form of a one-word verb: base, -s, past, participle, -ing (UK and US spelling)."""
    lemma = lemma.lower()
    spellings = {lemma}
    if lemma.endswith(("ise", "ize")):
        spellings |= {lemma[:-3] + "ise", lemma[:-3] + "ize"}  # organise / organize
    out: set[str] = set()
    for base in spellings:
        out |= {base, _third(base)}
        irregular = _irregular().get(base)
        if irregular:
            out |= set(irregular) | {(base[:-1] if base.endswith("e") and not base.endswith("ee") else base) + "ing"}
            if base[-1] not in _VOWELS and len(base) <= 4 and base[-2] in _VOWELS:
                out.add(base + base[-1] + "ing")  # sit: sitting, set: setting
        else:
            out |= _regular(base)
    return frozenset(out)


@cache
def phrase_forms(phrase: str) -> frozenset[str]:
    """Return every form of a verb phrase: its first word inflected, the rest as written ("held talks with")."""
    head, _, rest = phrase.strip().partition(" ")
    return frozenset(f"{form} {rest}".strip() for form in verb_forms(head))


def finite_forms(phrase: str) -> frozenset[str]:
    """Return the finite forms of a verb phrase (-s and past), which alone make a predicate."""
    head, _, rest = phrase.strip().partition(" ")
    head = head.lower()
    irregular = _irregular().get(head)
    past = {irregular[0]} if irregular else {f for f in verb_forms(head) if f.endswith("d") and f != head}
    return frozenset(f"{form} {rest}".strip() for form in past | {_third(head)})


def participles(phrase: str) -> frozenset[str]:
    """Return the past participles of a verb phrase ("agreed", "set up", "made"), first word inflected."""
    head, _, rest = phrase.strip().partition(" ")
    head = head.lower()
    irregular = _irregular().get(head)
    past = {irregular[1]} if irregular else {f for f in verb_forms(head) if f.endswith("d") and f != head}
    return frozenset(f"{form} {rest}".strip() for form in past)
