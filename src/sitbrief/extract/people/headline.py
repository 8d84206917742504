"""Give people the roles a headline writes before their names."""

from __future__ import annotations

import re

from sitbrief.extract.doc import Doc
from sitbrief.extract.lexicon import pairs, words
from sitbrief.extract.people.model import PersonDraft, _find_or_add, _match_short
from sitbrief.extract.people.names import _parse_title_name
from sitbrief.extract.people.role_before import _role_before
from sitbrief.extract.people.runs import _cut_possessive
from sitbrief.extract.people.words import SUFFIXES, _has_head, _is_head_token, _is_place_or_org, _name_word
from sitbrief.extract.tokens import Token, capital_runs, split_at, tokenize


def _roles_from_title(doc: Doc, people: list[PersonDraft]) -> None:
    """Add roles the headline gives people already found in the body ("Spokesperson Li Hua's ...")."""
    title = doc.title or ""
    for whole in capital_runs(tokenize(title)):
        for piece in _headline_pieces(whole):
            _headline_role(doc, people, title, _cut_headline_verb(piece))


def _headline_role(doc: Doc, people: list[PersonDraft], title: str, run: list[Token]) -> None:
    """Give the person a headline's titled name names the title's roles."""
    parsed = _parse_title_name(doc, run)
    if not parsed or not parsed[0]:
        return
    name = title[parsed[1][0].start : parsed[1][-1].end]
    name = re.sub(r"[\u2019']s$", "", name)
    person = next((p for p in people if p.name == name), None) or _headline_person(doc, people, name, parsed)
    if person:
        roles, affil = _role_before(doc, title, run[0].start, parsed[0])
        for role in roles:  # a title-case headline: "Readout Of Deputy Secretary Of Defense X"
            person.add_role(re.sub(r"^(?:Of|The|For|With|And|On|To)\s+", "", role))
        person.affiliation = person.affiliation or affil


def _headline_pieces(run: list[Token]) -> list[list[Token]]:
    """Split a headline's run after each possessive and at "on" ("Statement by Spokesperson X on Advisor Y's Call")."""
    pieces: list[list[Token]] = []
    for part in split_at(run, "on"):
        while part:
            piece = _cut_possessive(part)
            pieces.append(piece)
            part = part[len(piece) :]
    return pieces


_HEADLINE_VERBS = frozenset(pairs("verb_present").values()) | words("headline_verbs")


def _cut_headline_verb(run: list[Token]) -> list[Token]:
    """Return a headline's run up to its first verb ("Prime Minister Ana Ruiz Visits Troops" -> "... Ana Ruiz")."""
    at = next((i for i, t in enumerate(run) if i >= 2 and t.text.lower() in _HEADLINE_VERBS), len(run))
    return run[:at]


def _headline_person(doc: Doc, people: list[PersonDraft], name: str, parsed: tuple) -> PersonDraft | None:
    """Make a person of a titled full name in the headline that the body names by surname only ("Ruiz said")."""
    core = [t for t in parsed[1] if not re.fullmatch(r"[A-Z]\.", t.text) and t.text not in SUFFIXES
            and t.bare not in SUFFIXES]  # "Gilberto Teodoro Jr.": the surname is Teodoro
    if len(core) < 2 or not (_is_head_token(doc, parsed[0][-1]) or _has_head(doc, [t.bare for t in parsed[0]])):
        return None  # an office before the name: "Secretary", "Secretary of Defense"
    surname = core[-1].bare
    if known := _match_short(people, surname):
        if known.name == surname and all(_name_word(doc, t) for t in core):  # "Minister Ruiz" in the body
            known.name = name
            known.aliases.add(surname)
            return known
        return None
    spots = [(i, t) for i, tokens in enumerate(doc.tokens) for t in tokens if t.bare == surname]
    if not spots or not all(_name_word(doc, t) for t in core) or _is_place_or_org(doc, name):
        return None
    person = _find_or_add(people, name)
    for i, tok in spots:
        person.mention(doc, i, tok.start, tok.end)
    person.aliases.add(surname)
    return person
