"""Tidy people's roles (drop those naming others or only relating) and drop presenters signing in."""

from __future__ import annotations

import re
from functools import cache

from sitbrief.extract.doc import Doc
from sitbrief.extract.lexicon import lexicon, words
from sitbrief.extract.people.model import PersonDraft
from sitbrief.extract.people.words import TITLE_WORDS


def _drop_roles_naming_others(people: list[PersonDraft]) -> None:
    """Drop a role that holds another person's name ("Minister of Defense Nakatani Gen" given to a neighbour,
    "National Security Advisor Waltz" to the one named before him in a list of titled surnames).

    A role that opens with a named possessor keeps what follows ("Minister Nowak's spokesman" -> "spokesman").
    """
    titled = {p.tokens[-1] for p in people if len(p.tokens) == 1 and p.roles}  # "Secretary Rubio": no stray
    for person in people:
        others = [o.name for o in people if o is not person and len(o.name.split()) >= 2]
        surnames = {w for p in people for w in p.tokens[-1:] if len(w) > 2 and w.lower() not in TITLE_WORDS}
        of_full = ({p.tokens[-1] for p in people if len(p.tokens) >= 2} | titled) & surnames  # a lone word may be a stray
        kept = []
        for role in person.roles:
            role = _after_named_possessor(role, surnames)
            if role and not any(_holds_phrase(role, n) for n in others) and not any(
                _holds_phrase(role, w) for w in of_full
            ):
                kept.append(role)
        person.roles = [r for r in kept if not _inside_other(r, kept)]


_SIGN_IN = re.compile(r"^(?:I[\u2019']m|I am|This is)\s+(?:[A-Z][\w.'\u2019-]*\s+){1,6}?$")
_SIGN_OFF = re.compile(r"^,?\s+(?:with|for|reporting)\b")


def _presenter(doc: Doc, person: PersonDraft) -> bool:
    """Tell whether a person is only the presenter signing in ("I'm Corporal Ana Ruiz with your Marine Minute",
    "This is Tom Reed reporting"): the story's author, not a person of the story."""
    if not person.mentions:
        return False
    for index, start, end in person.mentions:
        text = doc.sentences[index].text
        if not (_SIGN_IN.match(text[:start]) and _SIGN_OFF.match(text[end:])):
            return False
    return True


_RELATIONAL = words("relational_nouns")


def _tidy_roles(people: list[PersonDraft]) -> None:
    """Drop a 'role' that only relates a person to another ("counterpart", "Japanese counterpart", "host"),
    and a style that closes an office before the name ("Minister for Defence Senator" -> "Minister for Defence")."""
    for person in people:
        roles = [r for r in person.roles if r.split()[-1].lower() not in _RELATIONAL]
        person.roles = list(dict.fromkeys(_without_closing_style(r) for r in roles))


_STYLES = words("closing_styles")


def _without_closing_style(role: str) -> str:
    """Return an office without a style written between it and the name ("... Senator", "... the Hon")."""
    words_ = role.split()
    for width in (3, 2, 1):
        if len(words_) > width + 1 and " ".join(words_[-width:]).lower() in _STYLES:
            return " ".join(words_[:-width])
    return role


@cache
def _military_ranks_written_out() -> frozenset[str]:
    """Return the military ranks as written out, lower case ("rear admiral")."""
    return frozenset(full.lower() for full, kind in lexicon().ranks.values() if kind == "military")


def _inside_other(role: str, roles: list[str]) -> bool:
    """Tell whether a one-word office is the head of a fuller one the person has ("Minister" beside "Prime Minister")."""
    low = role.lower()
    entry = lexicon().ranks.get(low)
    if " " in low or (entry and entry[1] == "military") or low in _military_ranks_written_out():
        return False
    return any(o.lower() != low and (o.lower().endswith(" " + low) or o.lower().startswith(low + " ")) for o in roles)


def _after_named_possessor(role: str, surnames: set[str]) -> str:
    """Return the role after a possessive naming a person ("Minister Nowak's spokesman" -> "spokesman")."""
    for match in re.finditer(r"\b(\w[\w-]*)[\u2019']s\s+", role):
        if match.group(1) in surnames:
            return role[match.end() :]
    return role


def _holds_phrase(text: str, phrase: str) -> bool:
    """Tell whether `phrase` occurs in `text` as whole words (no regular expression to compile per name)."""
    at = text.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(phrase, at + 1)
    return False
