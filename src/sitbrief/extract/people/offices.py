"""Give people the offices written apart from their names: signature blocks, offices before commas, the lead, "the Office"."""

from __future__ import annotations

import re

from sitbrief.extract.doc import Doc
from sitbrief.extract.people.country import _split_affiliation
from sitbrief.extract.people.figures import _offices_known
from sitbrief.extract.people.model import PersonDraft, _find_or_add
from sitbrief.extract.people.words import (
    _POST_NOMINALS,
    HONORIFICS,
    SUFFIXES,
    _ends_in_head,
    _has_head,
    _is_military_rank,
    _is_place_or_org,
    _name_word,
    _plural_head,
    _rank_at,
    _singular,
)
from sitbrief.extract.tokens import tokenize

_INITIAL = re.compile(r"[A-Z]\.")


def _signature_blocks(doc: Doc, people: list[PersonDraft]) -> None:
    """Read a signature block: a line that is only a name, then a line that is an office.

    "Hun Manet" / "Prime Minister of the Kingdom of Cambodia" under a joint declaration is a
    person with that role and country.
    """
    paras = doc.paragraphs
    for (start, end, ixs), (s2, e2, ixs2) in zip(paras, paras[1:], strict=False):
        if len(ixs) != 1 or len(ixs2) != 1:
            continue
        name_line, office_line = doc.text[start:end].strip(), doc.text[s2:e2].strip()
        tokens = tokenize(name_line)
        while tokens and tokens[0].bare.lower().rstrip(".") in HONORIFICS:  # "Rt Hon Winston Peters"
            tokens = tokens[1:]
        while len(tokens) > 2 and (tokens[-1].text in _POST_NOMINALS or re.fullmatch(r"[A-Z]{2,3}", tokens[-1].text)):
            tokens = tokens[:-1]  # "Hon Judith Collins KC"
        if not tokens:
            continue
        name_line = name_line[tokens[0].start : tokens[-1].end]
        names = [t for t in tokens if not _INITIAL.fullmatch(t.text)]
        if not 2 <= len(names) <= 4 or not all(_name_word(doc, t) or t.text in SUFFIXES for t in names):
            continue
        office = office_line.rstrip(".")
        if len(office.split()) > 12 or office.split()[0].lower() not in doc.lex.role_heads and not _has_head(
            doc, office.split()
        ) or _is_place_or_org(doc, name_line):
            continue
        role, affil = _split_affiliation(doc, office)
        person = _find_or_add(people, name_line)
        if not any(i == ixs[0] for i, _, _ in person.mentions):
            at = max(0, doc.sentences[ixs[0]].text.find(name_line))
            person.mention(doc, ixs[0], at, at + len(name_line))
        person.add_role(role or office)
        person.affiliation = person.affiliation or affil


_OFFICE_SEGMENT = re.compile(
    r"(?:^|[;:]\s+|\band\s+)(?P<office>[A-Z][\w.'\u2019-]*(?:(?:\s+|,\s+)(?:[A-Z][\w.'\u2019-]*|\d+[A-Z]?(?:\([A-Z]\))?"
    r"|\d+(?:st|nd|rd|th|d)|of|for|the|and))+),\s+$"  # unit numbers: "No. 3 Squadron", "1(F) Sqn", "2nd Battalion"
)


def _offices_before_commas(doc: Doc, people: list[PersonDraft]) -> None:
    """Give a ranked name the military-style office written before it and a comma.

    "Commander Australian Fleet, Rear Admiral Stuart Mayer" and "Commander Sea Training, Minor War
    Vessels, Commander Alex Hawes": the office opens with a role head; the words of the office are
    no people of their own.
    """
    for person in list(people):
        if person not in people or not person.mentions:
            continue
        index, start, _ = min(person.mentions)
        text = doc.sentences[index].text
        before = _strip_rank_before(doc, _strip_honorifics(text[:start]))
        match = _OFFICE_SEGMENT.search(before) if before != text[:start] else None
        if not match or not _opens_with_head(doc, match["office"].split()):
            continue
        lo, hi = match.start("office"), match.end("office")
        inside = [p for p in people if p is not person and p.mentions and all(
            i == index and lo <= s and e <= hi for i, s, e in p.mentions)]
        if any(p.mentions and any(i == index and lo <= s < hi for i, s, _ in p.mentions) for p in people
               if p is not person and p not in inside):
            continue  # the words before name someone else too
        for phantom in inside:
            people.remove(phantom)
        person.add_role(match["office"])


def _opens_with_head(doc: Doc, words_: list[str]) -> bool:
    """Tell whether an office opens with a role head of one or two words ("Commander ...", "Officer Commanding ...")."""
    pair = " ".join(words_[:2]).lower()
    return words_[0].lower() in doc.lex.role_heads or (pair in doc.lex.role_heads and not _is_military_rank(doc, pair))


def _strip_honorifics(before: str) -> str:
    """Return the text before a name without the honorifics right before it ("..., Rt Hon Dr ")."""
    words_ = before.split(" ")
    while len(words_) > 1 and words_[-2].lower().rstrip(".") in HONORIFICS | {"the"} and words_[-1] == "":
        words_ = [*words_[:-2], ""]
    return " ".join(words_)


def _strip_rank_before(doc: Doc, before: str) -> str:
    """Return the text before a name without the rank right before it ("..., Rear Admiral ")."""
    tokens = tokenize(before)
    for k in range(max(0, len(tokens) - 5), len(tokens)):
        rank, width = _rank_at(doc, tokens, k)
        if rank and k + width == len(tokens):
            return before[: tokens[k].start]
    return before


_LEAD_OFFICE = re.compile(
    r"^(?:[^\u2014]{0,80}\s[\u2014\u2013-]{1,2}\s)?The\s+(?P<role>(?:[a-z-]+\s+){0,3}?(?P<head>[a-z]+)\s+(?:of|for)\s+"
    r"(?:the\s+)?[A-Z][\w.'-]*(?:(?:\s+(?:of|for|and|the))*\s+[A-Z][\w.'-]*)*)"
)


def _office_from_lead(doc: Doc, people: list[PersonDraft]) -> None:
    """Give the office of a nameless lead ("The commander of U.S. Pacific Command visited ...") to the
    person the next sentence opens with when they have no office yet ("Navy Adm. Harry Harris met ...")."""
    for index in doc.body[:2]:
        match = _LEAD_OFFICE.match(doc.sentences[index].text)
        if not match or match["head"] not in doc.lex.role_heads or index + 1 >= len(doc.sentences):
            continue
        if any(i == index for p in people for i, _, _ in p.mentions):
            continue
        first = min(((s, n) for n, p in enumerate(people) for i, s, _ in p.mentions if i == index + 1), default=None)
        if first and first[0] <= 30:
            person = people[first[1]]
            if all(_is_military_rank(doc, r) for r in person.roles):
                person.add_role(match["role"])


_DEFINITE_OFFICE = re.compile(
    r"\b(?P<the>[Tt]he)\s+(?P<office>[A-Z][\w'\u2019-]*(?:\s+(?:[A-Z][\w'\u2019-]*|of|for|the|and))*)(?![\w'\u2019-])"
)


_OFFICE_PIECE = re.compile(r"(?:(?!\s+and\s+the\s).)+")  # one office of "the A and the B"
_AND_THE = re.compile(r"^and\s+the\s+")
_OPEN_TAIL = re.compile(r"(?:\s+(?:of|for|the|and))+$")


def _unnamed_offices(doc: Doc, people: list[PersonDraft]) -> list[tuple[int, str]]:
    """Return (sentence, office) for each office written "the Office" with nobody's name after it
    ("The Prime Minister spoke to ...", "the Secretary of Defense directed ...")."""
    found = []
    for index in doc.body:
        text = doc.sentences[index].text
        for match in _DEFINITE_OFFICE.finditer(text):
            for piece in _OFFICE_PIECE.finditer(match["office"]):  # "Prime Minister and the President"
                start = match.start("office") + piece.start()
                office = _OPEN_TAIL.sub("", _AND_THE.sub("", piece.group().strip()))
                office = office.removesuffix("\u2019s").removesuffix("'s")
                if _unnamed_office(doc, people, index, text, start + piece.group().find(office), office):
                    found.append((index, office))
    return found


def _unnamed_office(doc: Doc, people: list[PersonDraft], index: int, text: str, start: int, office: str) -> bool:
    """Tell whether an office after "the" at `start` is whole and names nobody after it."""
    words_ = office.split()
    if not words_ or not _has_head(doc, words_) or not (_ends_in_head(doc, words_) or _has_head(doc, words_[:2])):
        return False
    end = start + len(office)
    if any(i == index and start - 5 <= s <= end + 2 for p in people for i, s, _ in p.mentions):
        return False  # "the Prime Minister Tom Reed": the office is named
    # "the Prime Minister of Japan": a foreign office, not the story's own
    return not (re.match(r"\s+of\s+(?:the\s+)?[A-Z]", text[end:]) and not re.search(r"\s(?:of|for)\s", office))


def _definite_offices(doc: Doc, people: list[PersonDraft]) -> None:
    """Give an office the text names only as "the Office" to the one person it can be.

    "Secretary Hegseth" and "the Secretary of Defense directed ...": the bare title's full office.
    "David Cameron spoke to ..." and "The Prime Minister spoke to ...": the one person without a role
    known to have held that office (``figures.tsv``), when nobody else holds an office with that head.
    """
    for index, office in _unnamed_offices(doc, people):
        low = office.lower()
        head = _office_head(doc, office)
        if head is None or any(low == r.lower() or low in r.lower() for p in people for r in p.roles):
            continue
        bare = [p for p in people if any(r.lower() == head for r in p.roles)]
        holders = [p for p in people if any(head in r.lower().split() for r in p.roles)]
        if len(bare) == 1 and len(holders) == 1 and index not in {i for i, _, _ in bare[0].mentions} and (
            low in _offices_known(doc, bare[0]) or index < min(bare[0].mentions)[0]
        ):  # the full office first, then the short title ("the Secretary of Defense ...", "Secretary Hale")
            bare[0].roles = [office if r.lower() == head else r for r in bare[0].roles]
            continue
        held = [p for p in people if not p.roles and low in _offices_known(doc, p)]
        if not holders and len(held) == 1:
            held[0].add_role(office)


def _office_head(doc: Doc, office: str) -> str | None:
    """Return the head word of an office ("Secretary of Defense" -> "secretary", "Prime Minister" -> "minister")."""
    words_ = office.lower().split()
    cut = next((k for k, w in enumerate(words_) if w in ("of", "for", "and")), len(words_))
    return next((w for w in reversed(words_[:cut]) if w in doc.lex.role_heads), None)


_RESPECTIVE = re.compile(
    r"\b(?P<head>[A-Z][a-z]+)\s+(?P<p>for|of)\s+(?P<a>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+and\s+"
    r"(?P<b>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}),\s+(?P<x>[A-Z][\w.\u2019\'-]*(?:\s+[A-Z][\w.\u2019\'-]*){0,3})\s+and\s+"
    r"(?P<y>[A-Z][\w.\u2019\'-]*(?:\s+[A-Z][\w.\u2019\'-]*){0,3})(?=,|\s+[a-z])"
)


def _respective_offices(doc: Doc, people: list[PersonDraft]) -> None:
    """Give two people named after a plural office of two remits each their own office, in order ("the
    Ministers for Foreign Affairs and Defence, X and Y": X is Minister for Foreign Affairs, Y for Defence).

    "The Foreign and Defence Secretaries, X and Y" is left alone: "Foreign Secretary" is not written there.
    """
    by_name = {p.name: p for p in people}
    for sentence in doc.sentences:
        for match in _RESPECTIVE.finditer(sentence.text):
            pair = (by_name.get(match["x"]), by_name.get(match["y"]))
            if not _plural_head(doc, match["head"].lower()) or None in pair or pair[0] is pair[1]:
                continue
            one = _singular(match["head"])
            offices = [f"{one} {match['p']} {match['a']}", f"{one} {match['p']} {match['b']}"]
            for person, office in zip(pair, offices, strict=True):
                if not any(office.lower() in r.lower() for r in person.roles):
                    person.add_role(office)
