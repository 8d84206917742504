"""Matching gold items to predicted ones: names, roles, places, organisations, events, quotes.

Every matcher returns a score (0 = no match); `pair_up` turns scores into a one-to-one pairing,
best score first, so nothing is ever matched by its position in a list.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from benchmarks.extraction.lexicon import (
    canonical_country,
    org_acronyms,
    pairs,
    title_words,
    word_list,
)
from benchmarks.extraction.text import contains_run, quote_key, squash, words

NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v"})
ROLE_FILLER = frozenset({"the", "a", "an", "and"})
_ROLE_HEAD_END = re.compile(r"\b(?:of|for|and|to|at|in|on)\b|,|\(")
_PARAGRAPH = re.compile(r"\n\s*\n")


def pair_up(golds: Sequence, preds: Sequence, score: Callable[[object, object], float]) -> list[tuple[int, int]]:
    """Return one-to-one (gold index, predicted index) pairs, greedily by descending score."""
    scored = [(s, g, p) for g, gold in enumerate(golds) for p, pred in enumerate(preds)
              if (s := score(gold, pred)) > 0]
    scored.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    result = []
    for _, g, p in scored:
        if g not in used_g and p not in used_p:
            used_g.add(g)
            used_p.add(p)
            result.append((g, p))
    return sorted(result)


# --- people ----------------------------------------------------------------------------------

def name_tokens(name: str) -> list[str]:
    """Return the words of a person's name without leading titles and trailing suffixes."""
    toks = words(name)
    titles = title_words()
    while len(toks) > 1 and toks[0] in titles:
        toks = toks[1:]
    while len(toks) > 1 and toks[-1] in NAME_SUFFIXES:
        toks = toks[:-1]
    return toks


def _surname(toks: list[str]) -> str | None:
    """Return the last word of a name that is not an initial."""
    return next((t for t in reversed(toks) if len(t) > 1), toks[-1] if toks else None)


def _compatible(a: str, b: str) -> bool:
    """Return whether two given names can be the same (equal, or one is the other's initial)."""
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def name_score(gold: str, pred: str) -> float:
    """Score a name match: 3 same words, 2 one's words all in the other's, 1 shared surname; 0 none."""
    a, b = name_tokens(gold), name_tokens(pred)
    if not a or not b:
        return 0
    if a == b:
        return 3
    if set(a) <= set(b) or set(b) <= set(a):
        return 2
    common = next((s for s in (_surname(a), _surname(b)) if s in a and s in b), None)
    if common is None:
        return 0
    given_a = [t for t in a if t != common]
    given_b = [t for t in b if t != common]
    if given_a and given_b and not _compatible(given_a[0], given_b[0]):
        return 0
    return 1


def names_match(gold: str | None, pred: str | None) -> bool:
    """Return whether two person names refer to the same person."""
    return bool(gold and pred and name_score(gold, pred))


# --- roles -----------------------------------------------------------------------------------

def role_words(role: str) -> list[str]:
    """Return the words of a role without articles and "and"."""
    return [w for w in words(role) if w not in ROLE_FILLER]


def role_head(role: str) -> str | None:
    """Return the head word of a role: the last word before of/for/and ("Secretary of State" -> secretary)."""
    toks = words(_ROLE_HEAD_END.split(role.replace("-", " "), maxsplit=1)[0])
    toks = [t for t in toks if t not in ROLE_FILLER] or role_words(role)
    return toks[-1] if toks else None


def loose_role(gold: str, preds: Sequence[str]) -> bool:
    """Return whether any predicted role shares the gold role's head word."""
    head = role_head(gold)
    return bool(head) and any(head in words(p) for p in preds)


def role_problems(preds: Sequence[str], names: Sequence[str]) -> list[str]:
    """Return why predicted roles are not clean: a verb, or a word of a person's name, in one."""
    verbs = word_list("verbs.txt")
    name_words = {w for n in names for w in name_tokens(n) if len(w) > 2} - title_words()
    problems = []
    for role in preds:
        found = [w for w in words(role) if w in verbs or w in name_words]
        if found:
            problems.append(f"{role!r} contains {', '.join(found)}")
    return problems


def strict_role(gold: str, preds: Sequence[str], names: Sequence[str]) -> bool:
    """Return whether every word of the gold role is in the predicted roles, and these are clean."""
    predicted = {w for p in preds for w in role_words(p)}
    return bool(preds) and set(role_words(gold)) <= predicted and not role_problems(preds, names)


# --- affiliations, countries, places, organisations ------------------------------------------

def affiliation_key(value: str | None) -> str | None:
    """Return a comparable key of an affiliation: canonical country, organisation acronym, or words."""
    if not value:
        return None
    joined = " ".join(w for w in words(value) if w != "the")
    return canonical_country(value) or org_acronyms().get(joined) or joined


def place_words(name: str) -> list[str]:
    """Return the words of a place name without a leading "the"."""
    toks = words(name)
    return toks[1:] if len(toks) > 1 and toks[0] == "the" else toks


def place_score(gold: str, pred: str) -> float:
    """Score a place match: 3 same words, 1-2 one contained in the other ("Pacific" ~ "Pacific Ocean")."""
    a, b = place_words(gold), place_words(pred)
    if not a or not b:
        return 0
    if a == b:
        return 3
    short, long_ = sorted((a, b), key=len)
    return 1 + len(short) / len(long_) if contains_run(long_, short) else 0


def org_words(name: str) -> list[str]:
    """Return the words of an organisation name with spelling variants and "U.S." made uniform."""
    table = pairs("spelling.tsv")
    out: list[str] = []
    for w in place_words(name):
        out.extend(table.get(w, w).split())
    return out


def _acronym_key(value: str | None) -> str | None:
    """Return the folded acronym of a name or acronym, from the text or orgs.tsv."""
    if not value:
        return None
    joined = " ".join(words(value))
    return org_acronyms().get(joined) or (joined if " " not in joined and value.isupper() else None)


def org_score(gold_name: str, gold_acronym: str | None, pred_name: str, pred_acronym: str | None) -> float:
    """Score an organisation match: 3 same words, 2.5 same acronym, 1-2 one name contained in the other."""
    a, b = org_words(gold_name), org_words(pred_name)
    if a and a == b:
        return 3
    gold_keys = {k for k in (_acronym_key(gold_acronym), _acronym_key(gold_name)) if k}
    pred_keys = {k for k in (_acronym_key(pred_acronym), _acronym_key(pred_name)) if k}
    if gold_keys & pred_keys:
        return 2.5
    if not a or not b:
        return 0
    short, long_ = sorted((a, b), key=len)
    return 1 + len(short) / len(long_) if contains_run(long_, short) else 0


def same_place(gold: str | None, pred: str | None) -> bool:
    """Return whether two place or country names agree (same country, or one place contains the other)."""
    if not gold or not pred:
        return False
    country = canonical_country(gold)
    return country == canonical_country(pred) if country else place_score(gold, pred) > 0


# --- events ----------------------------------------------------------------------------------

def stem(word: str) -> str:
    """Return a crude stem: meets/meeting/meeted -> meet, signs/signed -> sign."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> set[str]:
    """Return the stemmed content words of an event's what/title."""
    stop = word_list("stopwords.txt")
    return {stem(w) for w in words(text) if w not in stop}


def kind_family(kind: str | None) -> str:
    """Return the family of an event kind (meeting/call/talks are one family)."""
    return pairs("event_kinds.tsv").get(kind or "other", kind or "other")


def date_right(gold: str | None, pred: str | None) -> bool:
    """Return whether a predicted start date equals the gold date at the gold's precision."""
    return bool(gold and pred) and len(pred) >= len(gold) and pred[: len(gold)] == gold


def event_score(gold: dict, pred: dict) -> float:
    """Score an event match: shared content words +1 same kind family +1 same date +1 same place.

    Both are dicts with keys what, kind, when, where (names). A match needs at least one shared
    content word and a score of at least 2.
    """
    shared = len(content_words(gold["what"]) & content_words(pred["what"]))
    score = shared + (kind_family(gold["kind"]) == kind_family(pred["kind"]))
    score += date_right(gold["when"], pred["when"]) + same_place(gold["where"], pred["where"])
    return score if shared >= 1 and score >= 2 else 0


# --- quotes ----------------------------------------------------------------------------------

def quote_paragraphs(text: str) -> list[str]:
    """Return the normalised paragraphs of a quote (a block quote has several)."""
    return [k for k in (quote_key(p) for p in _PARAGRAPH.split(text)) if k]


def quote_overlap(gold: str, pred: str) -> int:
    """Return how many characters of a gold quote a predicted quote covers (0: no match).

    A prediction matches when it lies inside the gold quote (its paragraphs joined by a space),
    or when it contains one or more whole gold paragraphs.
    """
    whole, pred_key = quote_key(gold), quote_key(pred)
    if not pred_key or not whole:
        return 0
    if pred_key in whole:
        return len(pred_key)
    return sum(len(p) for p in quote_paragraphs(gold) if p in pred_key)


def verbatim(pred: str, source: str) -> bool:
    """Return whether every paragraph of a predicted quote occurs as it stands in `source`."""
    parts = [squash(p) for p in _PARAGRAPH.split(pred) if p.strip()]
    return bool(parts) and all(p in source for p in parts)
