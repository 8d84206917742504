"""Cut a sentence's capitalised runs into the pieces that may each name one person."""

from __future__ import annotations

import re

from sitbrief.extract.doc import Doc
from sitbrief.extract.forces import find_forces, inside_force
from sitbrief.extract.lexicon import lexicon, words
from sitbrief.extract.people.country import _country_of
from sitbrief.extract.people.names import _titled_name
from sitbrief.extract.people.words import (
    _CALENDAR_NAMES,
    _GIVEN_NAMES,
    _OFFICE_DOMAINS,
    SUFFIXES,
    TITLE_WORDS,
    _has_head,
    _is_title_token,
    _name_word,
    _place_or_body,
    _rank_at,
)
from sitbrief.extract.tokens import Token

_POSSESSIVE = re.compile(r"[\u2019']s$")


def _join_ranks(doc: Doc, tokens: list[Token], runs: list[list[Token]]) -> list[list[Token]]:
    """Join runs a numbered rank splits ("Petty Officer", "2nd", "Class Ana Ruiz" -> one run)."""
    joined: list[list[Token]] = []
    for run in runs:
        if joined and _offices_slashed(doc, tokens, joined[-1], run):
            slash = [t for t in tokens if joined[-1][-1].end <= t.start and t.end <= run[0].start]
            joined[-1] = [*joined[-1], *slash, *run]  # "Deputy Prime Minister/Foreign Minister Ana Ruiz": one person's
        elif joined and _rank_across(doc, tokens, joined[-1], run):
            gap = [t for t in tokens if joined[-1][-1].end <= t.start and t.end <= run[0].start]
            joined[-1] = [*joined[-1], *gap, *run]
        elif len(joined) >= 2 and _rank_across(doc, tokens, joined[-2], run):  # a rating's "(Mechanical)" between
            gap = [t for t in tokens if joined[-2][-1].end <= t.start and t.end <= run[0].start]
            joined[-2:] = [[*joined[-2], *gap, *run]]
        elif len(joined) >= 2 and _bracketed_rank(doc, tokens, joined[-2], joined[-1], run):
            joined[-2:] = [[*joined[-2], *run]]  # "Commodore (Cmdre) Ana Ruiz": the abbreviation dropped
        elif joined and _bracketed_rank(doc, tokens, joined[-1], [t for t in tokens if joined[-1][-1].end < t.start
                                                                  and t.end < run[0].start and t.text.rstrip(".").isalpha()], run):
            joined[-1] = [*joined[-1], *run]  # "Rear Adm. (lower half) Tom Reed"
        else:
            joined.append(run)
    return joined


def _offices_slashed(doc: Doc, tokens: list[Token], left: list[Token], right: list[Token]) -> bool:
    """Tell whether a slash joins two offices of the name after them ("Prime Minister/Defence Minister X")."""
    gap = [t.text for t in tokens if left[-1].end <= t.start and t.end <= right[0].start]
    return gap == ["/"] and left[-1].end + 1 == right[0].start and all(
        _is_title_token(doc, left, k) for k in range(len(left))
    ) and _is_title_token(doc, right, 0) and _has_head(doc, [t.text for t in left])


def _bracketed_rank(doc: Doc, tokens: list[Token], rank: list[Token], inside: list[Token], run: list[Token]) -> bool:
    """Tell whether a rank, its abbreviation in brackets and a name follow one another ("Commodore (Cmdre) X")."""
    gap = [t.text for t in tokens if rank[-1].end <= t.start and t.end <= run[0].start]
    if gap == ["(", *(t.text for t in inside), ")"] and " ".join(t.text for t in inside).lower() in _RANK_QUALIFIERS:
        return _rank_at(doc, rank, 0)[1] == len(rank)  # "Rear Admiral (Lower Half) Ana Ruiz"
    return (
        len(inside) == 1 and gap == ["(", inside[0].text, ")"] and _rank_at(doc, rank, 0)[1] == len(rank)
        and bool(_rank_at(doc, inside, 0)[0] or inside[0].text.lower() in doc.lex.ranks)
    )


_RANK_QUALIFIERS = words("rank_qualifiers")


def _rank_across(doc: Doc, tokens: list[Token], left: list[Token], right: list[Token]) -> bool:
    """Tell whether one number token between two runs belongs to a rank spanning both."""
    gap = [t for t in tokens if left[-1].end <= t.start and t.end <= right[0].start]
    if len(gap) > 1 and gap[0].text == "(" and gap[-2].text == ")" and right[0].text == "Class":
        both = [*left, *gap, *right]  # "Gas Turbine System Technician (Mechanical) 1st Class Ana Ruiz"
        return _rank_at(doc, both, 0)[1] > len(left) + len(gap)
    if len(gap) != 1 or not re.fullmatch(r"\d+(?:st|nd|rd|th)?", gap[0].text):
        return False
    if re.fullmatch(r"\d+(?:st|nd|rd|th)", gap[0].text) and len(right) >= 3 and _is_title_token(doc, right, 0) and (
        right[0].bare.lower() in TITLE_WORDS
    ):
        return True  # "Republic of Korea 1st Vice Foreign Minister Cho Hyundong"
    both = [*left, gap[0], *right]
    return any(
        (rank := _rank_at(doc, both, k))[0] and k + rank[1] > len(left) + 1 for k in range(max(0, len(left) - 3), len(left))
    )


def _ship_names(doc: Doc) -> set[str]:
    """Return the names the story's ships go by without prefix and hull ("USS Ralph Johnson (DDG 114)" -> "Ralph Johnson")."""
    names = set()
    for sentence in doc.sentences:
        for force in find_forces(sentence.text):
            if force.kind == "ship":
                bare = re.sub(r"\s*\([^)]*\)$", "", force.name)
                prefix, _, rest = bare.partition(" ")
                names.add(rest if prefix in doc.lex.ship_prefixes else bare)
    return names


def _names_ship(text: str, ships: set[str]) -> bool:
    """Tell whether a run is a ship's name or opens with one ("Curtis Wilbur Sailors")."""
    return text in ships or any(text.startswith(ship + " ") for ship in ships if " " in ship)


def _after_forces(forces: tuple, run: list[Token]) -> list[Token]:
    """Return the run after the last ship or unit name inside it ("7th Fleet Vice Adm. Karl Thomas" -> the rank on)."""
    inside = [i for i, t in enumerate(run) if inside_force(forces, t.start, t.end)]
    return run[inside[-1] + 1 :] if inside else run


def _office_of_body(doc: Doc, part: list[Token]) -> bool:
    """Tell whether a run is an office of a named body ("Director of the Policy Office"), no name in it."""
    words_ = [t.bare for t in part]
    link = next((i for i, w in enumerate(words_) if w in ("of", "for")), None)
    if link is None or link == 0 or len(words_) < link + 3 or words_[-1].lower() not in doc.lex.org_heads:
        return False
    if not all(_is_title_token(doc, part, i) for i in range(link)) or words_[link - 1].lower() not in doc.lex.role_heads:
        return False
    body = words_[link + 1 :]
    body = body[1:] if body[0] == "the" else body
    return bool(body) and all(w[:1].isupper() for w in body)


def _split_people(run: list[Token]) -> list[list[Token]]:
    """Split a run at "and" unless what follows continues an office's remit ("... Affairs and Security Policy")."""
    parts: list[list[Token]] = [[]]
    for i, tok in enumerate(run):
        remit = 0 < i < len(run) - 1 and run[i - 1].bare in _OFFICE_DOMAINS and run[i + 1].bare in _OFFICE_DOMAINS
        if tok.text == "and" and not remit and not _regional_remit(run, i):
            parts.append([])
        else:
            parts[-1].append(tok)
    return [p for p in parts if p]


_REMIT_REGIONS = words("remit_region_words")


def _region_word(tok: Token) -> bool:
    """Tell whether a word may name a region in an office's remit ("East", "Asian", "Pacific", "Japan")."""
    lex = lexicon()
    return tok.bare in _REMIT_REGIONS or bool(lex.demonym(tok.bare) or lex.country(tok.bare)) or tok.bare.lower() in lex.places


def _regional_remit(run: list[Token], i: int) -> bool:
    """Tell whether the "and" at run[i] joins two regions of one office's remit, a name still to follow.

    "Assistant Secretary of State for East Asian and Pacific Affairs Daniel Kritenbrink" is one person.
    """
    link = max((k for k in range(i) if run[k].text in ("for", "of")), default=None)
    if link is None or not any(t.bare.lower() in lexicon().role_heads for t in run[:link]):
        return False
    if not all(_region_word(t) or t.bare in _OFFICE_DOMAINS or t.text == "the" for t in run[link + 1 : i]):
        return False
    for j in range(i + 1, min(i + 4, len(run) - 1)):
        if run[j].bare in _OFFICE_DOMAINS:
            return all(_region_word(t) or t.text == "the" for t in run[i + 1 : j])
    return False


def _cut_possessive(run: list[Token]) -> list[Token]:
    """Return a run up to its first possessive word ("Li Hua's Regular Press" -> "Li Hua's")."""
    lex = lexicon()
    for i, tok in enumerate(run):
        if _POSSESSIVE.search(tok.text) and not (
            (i + 1 < len(run) and run[i + 1].text == "Mate")  # a navy rating: "Boatswain's Mate 3rd Class"
            or lex.country(tok.bare) or tok.bare in lex.orgs or tok.bare.lower() in lex.places
            or _inside_country_name(run, i) or _ends_country(run, i)
        ):
            return run[: i + 1]
    return run


def _ends_country(run: list[Token], i: int) -> bool:
    """Tell whether run[i] ends a country name of several words ("New Zealand's", "South Korea's")."""
    lex = lexicon()
    return any(lex.country(" ".join([*(t.text for t in run[j:i]), run[i].bare])) for j in range(max(0, i - 3), i))


def _inside_country_name(run: list[Token], i: int) -> bool:
    """Tell whether run[i] belongs to a formal country name in the run ("People's Republic of China Minister")."""
    lex = lexicon()
    return any(
        lex.country(" ".join(t.text for t in run[j:k]).replace("\u2019", "'").rstrip("."))
        for j in range(max(0, i - 2), i + 1)
        for k in range(i + 1, min(len(run), i + 6) + 1)
    )


def _definite(doc: Doc, index: int, part: list[Token]) -> bool:
    """Tell whether a title stands for a person of its own ("The Foreign Secretary and ...")."""
    before = doc.sentences[index].text[: part[0].start].rstrip().split()
    return bool(before) and before[-1].lower() == "the"


def _cut_of_country(doc: Doc, run: list[Token]) -> tuple[list[Token], str | None]:
    """Split "Prime Minister Ana Ruiz of Spain" into the titled name and the country it is of."""
    for i in range(1, len(run)):
        if run[i].text not in ("of", "for"):
            continue
        rest = [t.text for t in run[i + 1 :]]
        if rest and rest[0].lower() == "the":
            rest = rest[1:]
        of = " ".join(rest).replace("\u2019", "'").rstrip(".")
        country = (_country_of(doc, of) or _formal_country(doc, rest)) if rest else None
        if country and i >= 2 and (_name_word(doc, run[i - 1]) or run[i - 1].text in SUFFIXES):
            return run[:i], country  # "... Ana Ruiz of Spain", "King Abdullah II of Jordan"
        if rest and i >= 3 and _titled_name(doc, run[:i]) and _place_or_body(doc, of):
            return run[:i], None  # "Governor Tom Reed of California": a place or body, not a country
        if rest and 2 <= i <= 3 and run[0].bare in _GIVEN_NAMES and all(_name_word(doc, t) for t in run[:i]) and (
            _place_or_body(doc, of) and not doc.lex.country(run[0].bare)
        ):
            return run[:i], None  # "Ana Ruiz of the Ministry of Foreign Affairs", "Tom Reed of Reuters"
    return run, None


def _formal_country(doc: Doc, rest: list[str]) -> str | None:
    """Return the country a formal name ends in ("Independent State of Papua New Guinea", "United Kingdom of
    Great Britain"): its words before the country are capitalised or of/the/and."""
    for k in range(1, len(rest)):
        if rest[k - 1] in ("of", "the") and (country := doc.lex.country(" ".join(rest[k:]).rstrip("."))):
            before = rest[: k - 1]
            if all(w[:1].isupper() or w in ("of", "the", "and") for w in before):
                return country
    return None


def _cut_date(sentence: str, run: list[Token]) -> list[Token]:
    """Drop a month that starts a date from the end of a run ("President Trump May 5" -> "President Trump")."""
    if len(run) > 1 and run[-1].bare in _CALENDAR_NAMES and re.match(r"\s*\d", sentence[run[-1].end :]):
        return run[:-1]
    return run
