"""The country a mention gives a person: an office's "of <Country>", a national body, a service, a mission."""

from __future__ import annotations

import re

from sitbrief.extract.doc import Doc
from sitbrief.extract.lexicon import words
from sitbrief.extract.people.words import _PHONETIC, _SERVICE, _is_military_rank
from sitbrief.extract.rx import alternation


def _country_of(doc: Doc, name: str) -> str | None:
    """Return the country a name stands for: a country, or a national body ("the US Navy")."""
    if country := doc.lex.country(name):
        return country
    known = doc.lex.orgs.get(name) or doc.lex.orgs.get(name.lower())
    if known and {name, known[0]} & _WIRES:
        return None  # "Tom Reed of Reuters": a reporter of a news agency serves no government
    if known:
        return known[2] or known[0]
    words_ = name.split()
    if len(words_) >= 2 and words_[-1].lower() in doc.lex.org_heads:
        return doc.lex.country(words_[0]) or doc.lex.demonym(words_[0])
    return None


_WIRES = words("international_wires")


_NATIONAL_NOUN = re.compile(r"(?:^|\s)(?P<d>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+[a-z][a-z-]+\s+$")


def _service_of(doc: Doc, sentence: str, start: int, end: int, roles: list[str]) -> str | None:
    """Return the country a service member's mention gives: a service's letters after, a nationality before."""
    ranked = any(_is_military_rank(doc, r) for r in roles)
    return _service_letters(doc, sentence[end:]) or (_nationality_before(doc, sentence[:start]) if ranked else None)


def _nationality_before(doc: Doc, before: str) -> str | None:
    """Return the nationality of a noun before a ranked name ("British servicewoman Lance Corporal X")."""
    match = _NATIONAL_NOUN.search(before)
    return doc.lex.demonym(match["d"]) if match else None


_LETTERS = re.compile(r"^(?:,?\s*[A-Z]{2,5}\b)+(?=\s*[,.;]|\s+(?:said|told|and)\b|$)")


def _service_letters(doc: Doc, after: str) -> str | None:
    """Return the country of a service's letters after a name ("Captain Ana Ruiz, CSC, RAN, said")."""
    match = _LETTERS.match(after)
    if not match:
        return None
    for letters in re.findall(r"[A-Z]{2,5}", match.group()):
        known = doc.lex.orgs.get(letters)
        if known and known[2] and _SERVICE.search(known[0]):
            return known[2]
    return None


_MISSION = re.compile(
    r"^\s*,[^,;()]*?\s(?:at|in|with)\s+the\s+(?P<who>[A-Z][\w.]*)\s+"
    r"(?:Embassy|High Commission|Consulate(?:-General)?|Permanent Mission|Mission|Ministry|Department)\b"
)


_OF_BODY = re.compile(
    r"^\s*,\s+(?:of|from|with)\s+(?:the\s+)?(?P<body>[A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|of|the))*?)"
    r"\s*(?=[,.;]|$|\s+(?:said|told|and)\b)"
)


def _of_national_body(doc: Doc, after: str) -> str | None:
    """Return the country of a national force or body set off after a name (", of the Australian Defence Force,")."""
    match = _OF_BODY.match(after)
    if not match or not _STATE_BODY.search(match["body"]):
        return None  # "Tom Reed, of Lockheed Martin,": a company's employee serves no government
    country = _country_of(doc, match["body"])
    return country if country and doc.lex.country(country) else None


_STATE_BODY = re.compile(rf"\b(?:{alternation(words('state_body_words'))})\b")


def _mission_country(doc: Doc, after: str) -> str | None:
    """Return the country of the embassy or ministry an appositive office sits in ("..., at the British Embassy")."""
    match = _MISSION.match(after)
    return (doc.lex.demonym(match["who"]) or doc.lex.country(match["who"])) if match else None


_OF_COUNTRY_TO = re.compile(r"\s+of\s+(?:the\s+)?(?P<c>[A-Z][\w.' -]*?)(?=\s+to\s)")  # "Ambassador of Japan to"


def _split_affiliation(doc: Doc, role: str | None) -> tuple[str | None, str | None]:
    """Split a leading demonym or trailing "of <Country>" off a role into an affiliation."""
    if not role:
        return None, None
    affil = None
    words_ = role.split()
    if words_ and words_[0] in _PHONETIC:
        words_ = []
    for width in (3, 2, 1):
        head = " ".join(words_[:width]).removesuffix("'s").removesuffix("\u2019s")
        if len(words_) > width and (country := doc.lex.country(head) or doc.lex.demonym(head)):
            affil, role = country, " ".join(words_[width:])
            break
    for match in _OF_COUNTRY_TO.finditer(role):
        if country := doc.lex.country(match["c"]):  # "Ambassador of Japan to the United Kingdom"
            return role[: match.start()] + role[match.end() :], affil or country
    tails = list(re.finditer(r"\s+(?:of|for)\s+(?:the\s+)?(?=[A-Z])", role))
    for match in tails:  # the longest tail naming a country ("... of the Republic of Estonia")
        if country := doc.lex.country(role[match.end() :].strip()):
            return role[: match.start()], affil or country
    for match in reversed(tails):
        name = role[match.end() :].strip()
        if org := doc.lex.orgs.get(name) or doc.lex.orgs.get(name.lower()):
            return role, affil or org[2] or org[0]
    return role, affil
