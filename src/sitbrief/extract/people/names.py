"""Split a run of capitalised words into the title before it and the personal name after."""

from __future__ import annotations

import re

from sitbrief.extract.doc import Doc
from sitbrief.extract.lexicon import words
from sitbrief.extract.people.words import (
    _CALENDAR_NAMES,
    _GIVEN_NAMES,
    _POST_NOMINALS,
    SUFFIXES,
    _country_at,
    _is_head_token,
    _is_rank_word,
    _name_word,
    _place_or_body,
    _post_nominal_letters,
    _rank_at,
    _service_acronym,
)
from sitbrief.extract.tokens import Token


def _ends_of_country(doc: Doc, run: list[Token]) -> bool:
    """Tell whether a run is an office ending in "of [the] <Country>" ("Crown Prince of Saudi Arabia")."""
    for i in range(1, len(run) - 1):
        if run[i].text in ("of", "for"):
            rest = [t.text for t in run[i + 1 :]]
            rest = rest[1:] if rest[0] == "the" else rest
            if rest and doc.lex.country(" ".join(rest).replace("\u2019", "'").rstrip(".")):
                return _is_head_token(doc, run[i - 1])
    return False


def _without_letters(doc: Doc, run: list[Token]) -> list[Token]:
    """Return a run without the honours and service letters after the name ("Ana Ruiz AO CSC RAN")."""
    k = len(run)
    if k > 2 and _service_acronym(doc, run[-1]):
        k -= 1  # the service's letters end the run ("Commodore Ana Ruiz RAN")
    while k > 2 and _post_nominal_letters(doc, run[k - 1]):
        k -= 1
    return run[:k] if k < len(run) and _name_word(doc, run[k - 1]) else run


def _titled_name(doc: Doc, run: list[Token]) -> bool:
    """Tell whether a run is a title or rank followed by two or three name words ("Professor Tom Reed")."""
    parsed = _parse_title_name(doc, run)
    return bool(parsed and parsed[0] and 2 <= len(parsed[1]) <= 3 and _is_head_token(doc, parsed[0][-1]))


def _parse_title_name(doc: Doc, run: list[Token]) -> tuple[list[Token], list[Token]] | None:
    """Split a run into leading title words and a trailing name of up to four name words."""
    run = _without_letters(doc, run)
    if _ends_of_country(doc, run):
        return None  # "the Crown Prince of Saudi Arabia": an office of a country, its holder named apart
    j = len(run)
    while j > 0 and len(run) - j < 6 and _name_part(doc, run, j - 1):
        j -= 1
    while j < len(run) and (run[j].text in PARTICLES or run[j].text in SUFFIXES):
        j += 1
    country, width = _country_at(doc, run, j)
    if country and len(run) - j - width >= 2 and not doc.lex.demonym(run[j + width - 1].bare):
        j += width  # "United States Kevin Rudd": the country ends an office ("Ambassador to the ...")
    j = _past_rank(doc, run, j)
    if 0 < j < len(run) and run[j - 1].text in ("of", "for", "the", "and", "to"):
        j = _after_remit(doc, run, j)
        if run[j - 1].text in ("of", "for", "the", "and", "to"):
            return None  # "Office of Net Assessment": the words after "of" are the body's name, not a person's
    if 0 < j < len(run) and _rank_at(doc, run, j - 1)[1] == 1 and (
        " ".join(t.text for t in run[j - 1 :]).lower() in doc.lex.figures
    ):
        j -= 1  # "Defense Minister Gen Nakatani": a known office holder's given name, not a rank
    core = run[j:]
    words = [
        t for t in core if not re.fullmatch(r"(?:[A-Z]\.)+", t.text) and t.text not in SUFFIXES and t.text not in PARTICLES
    ]
    if not words or len(words) > 4:
        return None
    return run[:j], core


def _after_remit(doc: Doc, run: list[Token], j: int) -> int:
    """Return where a known given name starts after an office's remit ("Commissioner for Refugees Ana Ruiz")."""
    if run[j - 1].text not in ("of", "for") or not any(_is_head_token(doc, t) for t in run[: j - 1]):
        return j
    for k in range(j + 1, len(run) - 1):
        if run[k].bare in _GIVEN_NAMES and len(run) - k <= 3 and all(_name_word(doc, t) for t in run[k:]):
            return k
    for k in range(j + 1, len(run) - 1):  # "Minister for Europe David Lidington": the remit is a known place
        if 2 <= len(run) - k <= 3 and _place_or_body(doc, " ".join(t.bare for t in run[j:k])) and all(
            _name_word(doc, t) for t in run[k:]
        ):
            return k
    return j


def _past_rank(doc: Doc, run: list[Token], j: int) -> int:
    """Return where the name starts when a rank of several words reaches past `j` ("Sergeant First Class Ana")."""
    for k in range(max(0, j - 8), j):
        rank, width = _rank_at(doc, run, k)
        if rank and k + width > j and len(run) - (k + width) >= 1:
            return k + width
    rank, width = _rank_at(doc, run, j)
    if rank and width > 1 and len(run) - (j + width) >= 1:
        return j + width  # a rank whose words are no rank alone starts the run ("Sqn Ldr Ana Ruiz")
    return j


PARTICLES = words("name_particles")


def _name_part(doc: Doc, run: list[Token], i: int) -> bool:
    """Tell whether run[i] can belong to a personal name (a word, an initial, a suffix, a particle)."""
    tok = run[i]
    if re.fullmatch(r"[A-Z]\.", tok.text) or tok.text in SUFFIXES or tok.bare in SUFFIXES:  # "Austin III's"
        return True
    if re.fullmatch(r"(?:[A-Z]\.){2,3}", tok.text) and 0 < i < len(run) - 1 and not doc.lex.country(tok.text):
        return True  # initials written together inside a name ("Retno L.P. Marsudi"), not "U.S."
    if _caps_family_name(doc, run, i) or _run_together_initials(doc, run, i):
        return True
    if i == len(run) - 1 and i > 0 and _is_rank_word(doc, tok) and not tok.text.endswith(".") and _name_word(
        doc, run[i - 1]
    ) and tok.bare.lower() not in doc.lex.role_heads:
        return True  # a rank word ending the run has no name after it: a given name ("Nakatani Gen")
    if i == len(run) - 1 and i >= 2 and doc.lex.country(tok.bare) and tok.bare[1:].islower() and _name_word(
        doc, run[i - 1]
    ) and any(_is_rank_word(doc, t) for t in run[: i - 1]):
        return True  # a surname that is also a country's name, after a rank and a given name
    if tok.bare in _CALENDAR_NAMES and i > 0 and _name_word(doc, run[i - 1]):
        return True  # "Theresa May" (a date after a name is cut off before: see _cut_date)
    if i > 0 and i == len(run) - 1 and _caps_family_name(doc, run, i - 1) and tok.text.isalpha():
        return True  # the given name after a family name in capitals ("NAKATANI Gen"), not a rank
    if _is_rank_word(doc, tok):
        return False
    if tok.text in PARTICLES:
        return 0 < i < len(run) - 1
    return _name_word(doc, tok)


def _run_together_initials(doc: Doc, run: list[Token], i: int) -> bool:
    """Tell whether run[i] is a given name's initials without stops after a title ("Gen. CQ Brown")."""
    tok = run[i]
    if not (re.fullmatch(r"[A-Z]{2}", tok.text) and 0 < i == len(run) - 2) or not _name_word(doc, run[i + 1]):
        return False
    if doc.lex.country(tok.text) or tok.text in doc.lex.orgs or tok.text.lower() in doc.lex.orgs:
        return False
    return _is_rank_word(doc, run[i - 1]) or _is_head_token(doc, run[i - 1])


def _caps_family_name(doc: Doc, run: list[Token], i: int) -> bool:
    """Tell whether run[i] is a family name written in capitals before a given name ("KIMURA Taro")."""
    text = run[i].bare
    if not (len(text) >= 3 and text.isalpha() and text.isupper()) or i + 1 >= len(run):
        return False
    if text in doc.lex.orgs or text.lower() in doc.lex.orgs or doc.lex.country(text) or text in _POST_NOMINALS:
        return False
    if text.lower() in doc.lex.ranks:
        return False  # "AVM Ana Ruiz", "CDR Tom Reed": a rank in capitals
    given = run[i + 1].bare
    return given.isalpha() and given[:1].isupper() and given[1:].islower() and given.lower() not in doc.lex.org_heads
