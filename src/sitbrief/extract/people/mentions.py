"""Make people of mentions and link later mentions (surname, title and surname) to them."""

from __future__ import annotations

import re

from sitbrief.extract.doc import Doc
from sitbrief.extract.people.country import _mission_country, _of_national_body, _service_of, _split_affiliation
from sitbrief.extract.people.cues import _credit_line, _given_name_first, _person_cue, _speech_cue
from sitbrief.extract.people.figures import _figure_form, _figure_surname, _titled_figure
from sitbrief.extract.people.model import PersonDraft, _find_or_add, _match_short
from sitbrief.extract.people.names import _parse_title_name
from sitbrief.extract.people.role_after import _office_of_next, _role_after, _skip_post_nominals, _split_offices
from sitbrief.extract.people.role_before import _role_before, _shared_plural_office
from sitbrief.extract.people.runs import _cut_possessive
from sitbrief.extract.people.words import (
    _GIVEN_NAMES,
    _PLACE_HEADS,
    _POST_NOMINALS,
    HONORIFICS,
    _has_head,
    _is_head_token,
    _is_place_or_org,
    _is_rank_word,
    _known_elsewhere,
    _name_word,
)
from sitbrief.extract.tokens import FUNCTION_WORDS, Token


def _consider(
    doc: Doc, index: int, tokens: list[Token], run: list[Token], people: list[PersonDraft], carried: list[Token],
    of_country: str | None = None, pending: list | None = None,
) -> None:
    """Register `run` as a person mention when it parses as [title] Name and a cue supports it."""
    parsed = _parse_title_name(doc, run)
    if parsed is None:
        return
    title_tokens, core = parsed
    sentence = doc.sentences[index].text
    start, end = core[0].start, core[-1].end
    after_name = _skip_post_nominals(doc, sentence[end:])
    pre_roles, pre_affil, post_role = _roles_around(doc, sentence, run, title_tokens, carried, after_name)
    if len(core) == 1 and not title_tokens and core[0].bare in _GIVEN_NAMES and _AGE_AFTER.match(sentence[end:]):
        person = _find_or_add(people, core[0].bare)  # "The brothers: George, 28; Francis, 27; ...": given names
        person.mention(doc, index, start, end)
        return
    if len(core) == 1:
        if not _link_title_surname(doc, index, core[0], title_tokens, people) and _titled_head(doc, title_tokens) and (
            pending is not None
        ):
            post, post_affil = _split_affiliation(doc, post_role)
            roles = [*pre_roles, *([post] if post else [])]
            pending.append((index, core[0], title_tokens, roles, of_country or pre_affil or post_affil))
        return
    if not _is_person(doc, index, tokens, run, core, people, title_tokens, bool(pre_roles), bool(post_role)):
        return
    name, end = _name_of(sentence, core)
    person = _find_or_add(people, name)
    person.mention(doc, index, start, end)
    post, post_affil = _split_affiliation(doc, post_role)
    for role in [*pre_roles, post]:
        for one in _split_offices(role or ""):
            person.add_role(one)
    if post and not (of_country or person.affiliation or pre_affil or post_affil):
        post_affil = _mission_country(doc, sentence[end:])
    if not (of_country or person.affiliation or pre_affil or post_affil):
        post_affil = _of_national_body(doc, sentence[end:])
    person.affiliation = of_country or person.affiliation or pre_affil or post_affil or _service_of(
        doc, sentence, run[0].start, end, pre_roles
    )


def _roles_around(
    doc: Doc, sentence: str, run: list[Token], title_tokens: list[Token], carried: list[Token], after_name: str
) -> tuple[list[str], str | None, str | None]:
    """Return the roles and affiliation written before a name (with a `carried` title's) and the role after it."""
    post_role = _role_after(doc, after_name)
    pre_roles, pre_affil = _role_before(doc, sentence, run[0].start, title_tokens, bool(post_role))
    if not pre_roles and not title_tokens and (shared := _shared_plural_office(doc, sentence[: run[0].start])):
        pre_roles = [shared]  # "Foreign Ministers Tom Reed and Ana Ruiz": the second is a Foreign Minister too
    if carried:
        more, more_affil = _role_before(doc, sentence, carried[0].start, carried)
        pre_roles, pre_affil = more + pre_roles, pre_affil or more_affil
    if post_role and pre_roles and _office_of_next(doc, after_name, post_role):
        post_role = None  # "Chief X, General Y, Special Adviser Z, Ana Ruiz, and ...": the office is Ruiz's
    return pre_roles, pre_affil, post_role


def _titled_head(doc: Doc, title_tokens: list[Token]) -> bool:
    """Tell whether a title ends in an office's head or a rank, or holds a head ("Secretary of State Blinken")."""
    return bool(title_tokens) and (
        _is_head_token(doc, title_tokens[-1]) or _is_rank_word(doc, title_tokens[-1])
        or _has_head(doc, [t.bare for t in title_tokens])  # "Secretary of State Blinken"
    )


def _is_person(
    doc: Doc, index: int, tokens: list[Token], run: list[Token], core: list[Token], people: list[PersonDraft],
    title_tokens: list[Token], pre_role: bool, post_role: bool,
) -> bool:
    """Tell whether a full name is a person's: an office, honorific, label, known figure or cue says so, and an
    untitled name names no place or body, a title no exercise or operation."""
    sentence = doc.sentences[index].text
    start, end = core[0].start, core[-1].end
    honorific = any(t.bare.lower().rstrip(".") in HONORIFICS | {"h.e", "hon"} for t in title_tokens)
    label = bool(re.match(r"\s*:", sentence[end:])) and start == 0
    titled = pre_role or honorific
    after_determiner = re.search(r"\b(?:the|a|an|this|that|its|their)\s+$", sentence[max(0, start - 12) : start], re.I)
    known_figure = sentence[start:end].lower() in doc.lex.figures or (
        _given_name_first(doc, run, core) and not after_determiner and not _credit_line(sentence)
    )
    cued = _speech_cue(doc, index, tokens, core) or _person_cue(doc, index, run, core, people) or bool(
        _AGE_AFTER.match(sentence[end:]) and _given_name_first(doc, run, core)
    )
    if not (titled or post_role or label or known_figure or cued) or _is_place_or_org(
        doc, sentence[start:end]
    ):
        return False
    if not titled and (any(_known_elsewhere(doc, t) for t in core) or sentence[start:end].lower() in doc.lex.cities
                       or core[0].bare in _PLACE_HEADS):
        return False  # "Santa Cruz said ...", "Camp Butler said ...": an untitled place is no person
    return not (title_tokens and title_tokens[-1].bare in ("Exercise", "Operation", "Op"))


def _name_of(sentence: str, core: list[Token]) -> tuple[str, int]:
    """Return a person's name as written, without post-nominals, a possessive or a closing period, and its end."""
    start = core[0].start
    while len(core) > 1 and core[-1].text in _POST_NOMINALS:
        core = core[:-1]
    end = core[-1].end
    name = sentence[start:end]
    name = re.sub(r"[\u2019']s$", "", name)
    if name.endswith(".") and not re.search(r"(?:\b[A-Z]|Jr|Sr)\.$", name):
        name = name[:-1]
    return name, end


_AGE_AFTER = re.compile(r"^,\s+(?:[1-9]\d?|10\d)(?:\s*[,;)]|\s+(?:and|or)\b|\.(?:\s|$))")  # "George, 28;"


def _link_title_surname(doc: Doc, index: int, tok: Token, title: list[Token], people: list[PersonDraft]) -> bool:
    """Link "Secretary Whitcombe" or "Lt Gen Carradine" to a known person; tell whether one was found."""
    person = _match_short(people, tok.bare)
    if person:
        person.mention(doc, index, tok.start, tok.end)
        person.aliases.add(doc.sentences[index].text[title[0].start : tok.end] if title else tok.bare)
        _add_appositive(doc, person, doc.sentences[index].text[tok.end :])
    return person is not None


def _add_titled_surnames(doc: Doc, pending: list, people: list[PersonDraft]) -> None:
    """Make a person of a titled surname no full name matches ("President Marsh's visit")."""
    for index, tok, title, roles, affil in pending:
        if _link_title_surname(doc, index, tok, title, people) or not _name_word(doc, tok):
            continue
        if _is_place_or_org(doc, tok.bare) or _known_elsewhere(doc, tok):
            continue
        person = _find_or_add(people, tok.bare)
        person.mention(doc, index, tok.start, tok.end)
        if known := _figure_form(doc, doc.sentences[index].text, title, tok):
            person.aliases.add(known)  # "President Xi": the one office holder figures.tsv knows by that form
        for role in roles:
            person.add_role(role)
        office = bool(title) and not _is_rank_word(doc, title[-1])  # "Secretary Hagel", not "Capt. Austin"
        person.affiliation = person.affiliation or affil or (
            (_figure_surname(tok.bare, alone=False) or _titled_figure(doc, tok.bare, roles)) if office else None
        )


def _add_figure_surnames(doc: Doc, people: list[PersonDraft]) -> None:
    """Make a person of a well-known office holder's surname standing alone ("... and Putin fails")."""
    for index in range(len(doc.sentences)):
        for run in doc.capital_runs(doc.sentences[index].text):
            run = _cut_possessive(run)
            serves = _figure_surname(run[0].bare, alone=True) if len(run) == 1 else None
            if not serves or _match_short(people, run[0].bare):
                continue
            person = _find_or_add(people, run[0].bare)
            person.mention(doc, index, run[0].start, run[0].start + len(run[0].bare))
            person.affiliation = person.affiliation or serves


def _link_short_mentions(doc: Doc, index: int, tokens: list[Token], people: list[PersonDraft]) -> None:
    """Link single-word mentions ("Kihara told reporters") to known people."""
    for tok in tokens:
        if not tok.capitalised or tok.bare in FUNCTION_WORDS:
            continue
        person = _match_short(people, tok.bare)
        if person and not any(s <= tok.start < e for i, s, e in person.mentions if i == index):
            person.mention(doc, index, tok.start, tok.end)
            if tok.bare != person.name:
                person.aliases.add(tok.bare)
            _add_appositive(doc, person, doc.sentences[index].text[tok.end :])


def _add_appositive(doc: Doc, person: PersonDraft, after: str) -> None:
    """Add the role given right after a mention (", who doubles as the deputy prime minister,")."""
    role, affil = _split_affiliation(doc, _role_after(doc, after))
    if role:
        person.add_role(role)
        person.affiliation = person.affiliation or affil
