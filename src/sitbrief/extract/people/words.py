"""The word lists and word tests people are read with: name words, titles, role heads, ranks, countries."""

from __future__ import annotations

import re

from sitbrief.extract.doc import SPEECH_VERBS, Doc
from sitbrief.extract.lexicon import words
from sitbrief.extract.rx import alternation
from sitbrief.extract.tokens import Token, tokenize
from sitbrief.text.gate import Gated

TITLE_WORDS = words("title_words")
HONORIFICS = words("honorifics")
_POST_NOMINALS = words("post_nominals")
_NAME_SUFFIXES = words("name_suffixes")
SUFFIXES = _NAME_SUFFIXES | _POST_NOMINALS
NOT_NAME = words("sentence_initial") | words("calendar") | words("not_name") | words("office_domains")
_CALENDAR_NAMES = words("calendar_names")
_GIVEN_NAMES = words("given_names")
_OFFICE_DOMAINS = words("office_domains")
_PLACE_HEADS = words("place_name_heads")
_PHONETIC = words("phonetic_alphabet")


def _rank_at(doc: Doc, tokens: list[Token], i: int) -> tuple[str | None, int]:
    """Return the written-out military rank starting at tokens[i] and its width in tokens.

    A navy rating with its class ("Operations Specialist 2nd Class") is a rank whatever its trade.
    """
    for width in (5, 4, 3, 2, 1):
        if i + width > len(tokens):
            continue
        written = " ".join(t.text for t in tokens[i : i + width]).lower()
        entry = doc.lex.ranks.get(written) or doc.lex.ranks.get(written.rstrip("."))
        if entry and entry[1] == "military":
            return max((entry[0], width), _rating_at(tokens, i), key=lambda found: found[1])
    return _rating_at(tokens, i)


def _rating_at(tokens: list[Token], i: int) -> tuple[str | None, int]:
    """Return the navy rating with its class starting at tokens[i] ("Hospital Corpsman 3rd Class") and its width."""
    for j in range(i + 1, min(i + 8, len(tokens) - 1)):
        if re.fullmatch(r"\d(?:st|nd|rd|th)", tokens[j].text) and tokens[j + 1].text == "Class" and _trade(tokens[i:j]):
            return re.sub(r"\( (.*?) \)", r"(\1)", " ".join(t.text for t in tokens[i : j + 2])), j + 2 - i
    return None, 0


def _trade(tokens: list[Token]) -> bool:
    """Tell whether words name a navy rating's trade: up to 5 capitalised words, with at most one specialty in
    brackets after them ("Gas Turbine System Technician (Mechanical)")."""
    texts = [t.text for t in tokens]
    if "(" in texts:
        at = texts.index("(")
        if at == 0 or texts[-1] != ")" or not 1 <= len(texts) - at - 2 <= 2:
            return False
        texts = texts[:at] + texts[at + 1 : -1]
    return len(texts) <= 6 and all(
        t[:1].isupper() and re.fullmatch(r"[A-Za-z]+(?:[\u2019']s)?", t) for t in texts
    )


def _country_at(doc: Doc, tokens: list[Token], i: int) -> tuple[str | None, int]:
    """Return the country named by the words starting at tokens[i] ("New Zealand", "U.S.") and their count."""
    for width in (4, 3, 2, 1):
        if i + width > len(tokens):
            continue
        text = " ".join(t.text for t in tokens[i : i + width])
        bare = tokens[i + width - 1].bare
        last = " ".join([*(t.text for t in tokens[i : i + width - 1]), bare])
        country = doc.lex.country(text) or doc.lex.country(last) or doc.lex.demonym(last)
        if country:
            return country, width
    return None, 0


def _is_military_rank(doc: Doc, role: str) -> bool:
    """Tell whether a role is a military rank, abbreviated or written out ("Adm.", "Admiral")."""
    entry = doc.lex.ranks.get(role.lower()) or doc.lex.ranks.get(role.lower().rstrip("."))
    return bool(entry and entry[1] == "military") or any(
        full == role and kind == "military" for full, kind in doc.lex.ranks.values()
    )


def _is_rank_word(doc: Doc, tok: Token) -> bool:
    """Tell whether `tok` is written like a rank or honorific title ("Cpl.", "Gen", "Adm.")."""
    entry = doc.lex.ranks.get(tok.text.lower()) or doc.lex.ranks.get(tok.bare.lower())
    return bool(entry) and (tok.text.endswith(".") or entry[1] == "military" or tok.bare.lower() in HONORIFICS)


def _is_head_token(doc: Doc, tok: Token) -> bool:
    """Tell whether `tok` is a role head, rank or honorific (the end of a title)."""
    low = re.sub(r"-(?:elect|designate)$", "", tok.bare.lower())
    return (
        low in doc.lex.role_heads or bool(_plural_head(doc, low)) or low in HONORIFICS or tok.text.lower() in doc.lex.ranks or low in doc.lex.ranks
    ) and low not in ("the", "of", "for")


_OFFICE_AFFIXES = re.compile(r"^(?:then|ex)-|-(?:elect|designate)$")  # "Then-Defence", "Minister-elect"


def _is_title_token(doc: Doc, run: list[Token], i: int) -> bool:
    """Tell whether run[i] belongs to a title/affiliation prefix rather than the name."""
    tok = run[i]
    low = _OFFICE_AFFIXES.sub("", tok.bare.lower())
    if low in TITLE_WORDS or low in doc.lex.role_heads or tok.text.lower() in doc.lex.ranks:
        return True
    if doc.lex.demonym(tok.bare) or doc.lex.country(tok.bare) or tok.bare in doc.lex.orgs:
        return True
    return tok.bare.lower() in doc.lex.orgs or low in doc.lex.org_heads


def _name_word(doc: Doc, tok: Token) -> bool:
    """Tell whether `tok` can be part of a personal name."""
    text = tok.bare
    if not text[:1].isupper() or text in NOT_NAME or text.isupper() and len(text) > 1:
        return False
    if "-" in text and text.split("-")[0] in NOT_NAME:
        return False  # "Meeting-Plus", "Summit-level"
    if any(c.isdigit() for c in text) or "." in text.rstrip("."):
        return False
    if len(text) >= 8 and re.search(r"(?:tions|sions|ments|ities|ical|erial|ship|ness|ance|ence)$", text):
        return False
    low = text.lower()
    if doc.lex.country(text) or doc.lex.demonym(text) or low in doc.lex.org_heads:
        return False
    if "-" in text and low in doc.lex.places:
        return False
    low = _OFFICE_AFFIXES.sub("", low)
    return low not in TITLE_WORDS and low not in doc.lex.role_heads and not _plural_head(doc, low)


def _plural_head(doc: Doc, low: str) -> str | None:
    """Return the singular of a plural role head ("ministers" -> "minister", "secretaries" -> "secretary")."""
    for plural, singular in (("ies", "y"), ("s", "")):
        if len(low) > 4 and low.endswith(plural) and (one := low[: -len(plural)] + singular) in doc.lex.role_heads:
            return one
    return None


def _singular(word: str) -> str:
    """Return a plural head word as written, made singular ("Ministers" -> "Minister", "Secretaries" -> "Secretary")."""
    return word[:-3] + "y" if word.lower().endswith("ies") else word.removesuffix("s")


def _known_elsewhere(doc: Doc, tok: Token) -> bool:
    """Tell whether a word is a known place or organisation (a weak sign it is not a name)."""
    text = tok.bare
    return text.lower() in doc.lex.places or text in doc.lex.orgs or text.lower() in doc.lex.orgs


def _has_head(doc: Doc, phrase: list[str]) -> bool:
    """Tell whether a phrase ends in a role head, or is "HEAD of/for ..." (Minister for Foreign Affairs)."""
    words = [w.lower().removesuffix("'s").removesuffix("\u2019s") for w in phrase]
    if words[-1] in doc.lex.role_heads or " ".join(words[-2:]) in doc.lex.role_heads:
        return True
    return any(
        w in doc.lex.role_heads and i + 1 < len(words) and words[i + 1] in ("of", "for", "to")
        for i, w in enumerate(words)
    )


def _ends_in_head(doc: Doc, words_: list[str]) -> bool:
    """Tell whether words end in a role head of one to four words ("Envoy", "Chief of Staff")."""
    low = [w.strip(",;:").lower() for w in words_]
    return any(" ".join(low[-k:]) in doc.lex.role_heads for k in range(1, min(4, len(low)) + 1))


def _pair_head(doc: Doc, tokens: list[Token], i: int) -> bool:
    """Tell whether tokens[i] opens a role head of two words ("Commanding Officer")."""
    return " ".join(t.bare for t in tokens[i : i + 2]).lower() in doc.lex.role_heads


def _is_name_pair(doc: Doc, a: Token, b: Token) -> bool:
    """Tell whether two adjacent tokens read as a given name and a surname."""
    if not (_name_word(doc, a) and _name_word(doc, b)):
        return False
    return not any(_known_elsewhere(doc, t) or t.bare.lower() in doc.lex.org_heads for t in (a, b))


def _names_someone(doc: Doc, role: str) -> bool:
    """Tell whether a role phrase holds another person's titled name ("... Defense Minister Minoru Kihara")."""
    tokens = tokenize(role)
    return any(
        _is_head_token(doc, head) and _is_name_pair(doc, a, b)
        for head, a, b in zip(tokens, tokens[1:], tokens[2:], strict=False)
    )


def _opens_with_verb(role: str) -> bool:
    """Tell whether a phrase after a name is a clause ("spoke with ...", "Minister Mark visited ..."), not a role."""
    return any(w.islower() and (w in words("role_verbs") or w in SPEECH_VERBS) for w in role.split())


def _is_place_or_org(doc: Doc, text: str) -> bool:
    """Tell whether `text` names a country, place or known organisation rather than a person."""
    bare = re.sub(r"[\u2019']s$", "", text).rstrip(".")
    low = bare.lower()
    return bool(doc.lex.country(bare) or low in doc.lex.places or low in doc.lex.orgs or bare in doc.lex.orgs)


def _place_or_body(doc: Doc, name: str) -> bool:
    """Tell whether `name` is a known place or body, or ends in a body's head word ("Oxford University")."""
    low = name.lower()
    return bool(
        low in doc.lex.places or low in doc.lex.cities or low in doc.lex.orgs or name in doc.lex.orgs
        or (len(name.split()) >= 2 and {name.split()[0].lower(), name.split()[-1].lower()} & doc.lex.org_heads)
    )


_SERVICE = re.compile(rf"\b(?:{alternation(words('armed_service_names'))})$")


def _service_acronym(doc: Doc, tok: Token) -> bool:
    """Tell whether a token is the acronym of a national armed service ("RAN", "RNZN", "USN")."""
    known = doc.lex.orgs.get(tok.bare)
    return bool(known and known[1] == tok.bare and known[2] and _SERVICE.search(known[0]))


def _post_nominal_letters(doc: Doc, tok: Token) -> bool:
    """Tell whether a token is honours letters after a name ("CSC", "AO", "MP"), not an acronym of a body."""
    text = tok.bare
    if text in _POST_NOMINALS:
        return True
    if text in _NAME_SUFFIXES:
        return False  # "King Abdullah II": a regnal number belongs to the name
    return bool(re.fullmatch(r"[A-Z]{2,4}", text)) and text not in doc.lex.orgs and not doc.lex.country(text)


# Searched only in text holding what their every match must (text/gate.py): most sentences lack it.
_OFFICE_AFFIXES = Gated(_OFFICE_AFFIXES)
