"""Read the roles and affiliation written before a name ("Japan's Defense Minister", "foreign ministry spokesperson")."""

from __future__ import annotations

import re

from sitbrief.extract.doc import Doc
from sitbrief.extract.lexicon import words
from sitbrief.extract.people.country import _OF_COUNTRY_TO, _split_affiliation
from sitbrief.extract.people.words import (
    _GIVEN_NAMES,
    _OFFICE_DOMAINS,
    _PHONETIC,
    HONORIFICS,
    NOT_NAME,
    _country_at,
    _ends_in_head,
    _has_head,
    _is_head_token,
    _is_name_pair,
    _is_title_token,
    _opens_with_verb,
    _pair_head,
    _plural_head,
    _rank_at,
    _singular,
)
from sitbrief.extract.tokens import FUNCTION_WORDS, Token
from sitbrief.text.gate import Gated


def _rank_as_written(tokens: list[Token]) -> str:
    """Return a rank the way the text writes it ("Vice Adm.", "Lt. Cmdr."): the role is the rank as stated."""
    return re.sub(r"\( (.*?) \)", r"(\1)", " ".join(t.text for t in tokens))  # "Technician (Mechanical) 1st Class"


_SHARED_PLURAL = re.compile(
    r"(?P<office>(?:[A-Z][\w'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*)\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.'\u2019 -]*?)?\s+and\s+$"
)


def _shared_plural_office(doc: Doc, before: str) -> str | None:
    """Return the office a plural title before "X and" gives the next name ("Defence Ministers X and")."""
    match = _SHARED_PLURAL.search(before)
    if not match:
        return None
    words_ = match["office"].split()
    for n in range(len(words_)):
        if _plural_head(doc, words_[n].lower()):
            office = [*words_[:n], _singular(words_[n])]
            while office and office[0].lower() in FUNCTION_WORDS:
                office = office[1:]
            role, _ = _split_affiliation(doc, " ".join(office))
            return role if role and len(role.split()) == len(office) else None
    return None


def _role_before(
    doc: Doc, sentence: str, run_start: int, title_tokens: list[Token], role_follows: bool = False
) -> tuple[list[str], str | None]:
    """Return the roles and affiliation given by the words before the name (`role_follows`: an appositive
    office comes after it)."""
    run_start, title_tokens = _after_office_to(doc, sentence, run_start, title_tokens)
    lower_role, affil = _lower_role_before(doc, sentence, run_start, role_follows)
    roles = [lower_role] if lower_role else []
    office, affil = _read_title(doc, title_tokens, _title_start(doc, title_tokens), roles, affil)
    if office and any(_is_head_token(doc, t) for t in title_tokens if t.text in office):
        affil = _add_office(doc, office, roles, lower_role, affil)
    return roles, affil


def _after_office_to(doc: Doc, sentence: str, run_start: int, title_tokens: list[Token]) -> tuple[int, list[Token]]:
    """Return where the title starts and its tokens, past a country ending an office "to" it ("Ambassador to the
    Philippines Laure Beaufils": no title is left)."""
    office_to = _OFFICE_TO.search(sentence[max(0, run_start - 60) : run_start])
    if title_tokens and office_to and office_to["head"].lower() in doc.lex.role_heads:
        country, width = _country_at(doc, title_tokens, 0)
        if country and not doc.lex.demonym(title_tokens[width - 1].bare):
            return title_tokens[width - 1].end, title_tokens[width:]
    return run_start, title_tokens


def _lower_role_before(doc: Doc, sentence: str, run_start: int, role_follows: bool) -> tuple[str | None, str | None]:
    """Return the office in lower case before the title and the affiliation the words before the name give."""
    lower_role, affil = _lowercase_role(doc, sentence[:run_start], role_follows)
    if lower_role and lower_role.split()[-1].lower() in ("of", "for", "to", "with"):
        lower_role, affil = None, None  # "justice for X", "a spokesperson for Prime Minister X": someone else's office
    affil = affil or _possessive_country(doc, sentence[max(0, run_start - 80) : run_start]) or (
        _shared_possessor(doc, sentence[max(0, run_start - 160) : run_start]) if lower_role else None
    )
    return lower_role, affil


def _title_start(doc: Doc, title_tokens: list[Token]) -> int:
    """Return where the title proper starts: at a rank, an office's opening, a remit or a pair's head."""
    i = 0
    while i < len(title_tokens) and not _rank_at(doc, title_tokens, i)[0] and (
        _opens_sentence(doc, title_tokens[i]) or not _starts_title(doc, title_tokens, i)
    ) and not _remit_opens(doc, title_tokens, i) and not _pair_head(doc, title_tokens, i):
        i += 1
    return i


def _read_title(
    doc: Doc, title_tokens: list[Token], i: int, roles: list[str], affil: str | None
) -> tuple[list[str], str | None]:
    """Read the title from token `i`: ranks go to `roles`; return the office's words and the affiliation."""
    office: list[str] = []
    while i < len(title_tokens):
        rank, width = _rank_here(doc, title_tokens, i, office)
        tok = title_tokens[i]
        if rank and not office and (k := _body_before_rank(doc, title_tokens, i, width)):
            office.extend(t.text for t in title_tokens[i:k])  # "Commander Australian Fleet Rear Admiral X"
            affil = affil or next((c for t in title_tokens[i:k] if (c := doc.lex.demonym(t.bare))), None)
            i = k
            continue
        if rank:
            del office[len(office) - doc.lex.service_before_rank(office) :]  # "... Chiefs of Staff Marine Corps Gen. X"
            roles.append(_rank_as_written(title_tokens[i : i + width]))
            i += width
            continue
        country, width = _country_at(doc, title_tokens, i)
        if country and not office:
            affil = affil or country
            i += width
            continue
        nxt = title_tokens[i + 1].bare.lower() if i + 1 < len(title_tokens) else ""
        if tok.bare.lower() not in HONORIFICS and not (tok.text == "the" and (not nxt or nxt in HONORIFICS | {"hon"})):
            office.append(re.sub(r"^[Tt]hen-", "", tok.text))  # "Then-Defence Minister" -> "Defence Minister"
        i += 1
    return office, affil


def _rank_here(doc: Doc, title_tokens: list[Token], i: int, office: list[str]) -> tuple[str | None, int]:
    """Return the rank at token `i` and its width; the rank is None where the word heads an office instead."""
    rank, width = _rank_at(doc, title_tokens, i)
    tok = title_tokens[i]
    if rank and width == 1 and tok.text == "General" and i > 0 and title_tokens[i - 1].bare.lower() in _OFFICE_BEFORE_GENERAL:
        rank = None
    if rank and width > 1 and _ends_office_name(office) and tok.bare.lower() in doc.lex.org_heads and _rank_at(
        doc, title_tokens, i + 1
    )[1] == width - 1:
        rank = None  # "Commander of the Pacific Fleet Adm. ...": the fleet ends the office, the rank is "Adm."
    if rank and i + width < len(title_tokens) and title_tokens[i + width].text in ("of", "for"):
        rank = None  # "Commander of ...", "General Secretary of ...": a head of an office, not a rank
    if rank and office and tok.bare.lower() in doc.lex.role_heads and _rank_at(doc, title_tokens, i + width)[0] and (
        not any(_has_head(doc, [w]) for w in office)
    ):
        rank = None  # "Maritime Component Commander Commodore X": the office's head, then the rank
    return rank, width


def _add_office(doc: Doc, office: list[str], roles: list[str], lower_role: str | None, affil: str | None) -> str | None:
    """Add the title's office to `roles` (joined to a lower-case office ending "to the"); return the affiliation."""
    if _plural_head(doc, office[-1].lower()):  # "Foreign Ministers X and Y": each a Foreign Minister
        office[-1] = _singular(office[-1])
    text, of_country = _split_affiliation(doc, " ".join(office).replace(" / ", "/"))  # "Prime Minister/Defence Minister"
    office, affil = (text or "").split(), affil or of_country  # "Minister of Foreign Affairs of Japan Ana Ruiz"
    if lower_role and lower_role.split()[-1] in ("to", "of", "for", "the") and roles[0] == lower_role:
        roles[0] = f"{lower_role} {' '.join(office)}"  # "Assistant to the" + "President for ... Affairs"
    else:
        roles.insert(len(roles) - sum(1 for r in roles if r != lower_role), " ".join(office))
    return affil


def _body_before_rank(doc: Doc, tokens: list[Token], i: int, width: int) -> int:
    """Return where the next rank starts when a rank word heads a body before it ("Commander Australian Fleet
    Rear Admiral"): the rank word is then an office's head. 0 if not."""
    if width != 1 or tokens[i].bare.lower() not in doc.lex.role_heads:
        return 0
    for k in range(i + 2, min(len(tokens), i + 6)):
        if _rank_at(doc, tokens, k)[0]:
            body = tokens[i + 1 : k]
            return k if body[-1].bare.lower() in doc.lex.org_heads and all(t.capitalised for t in body) else 0
    return 0


def _remit_opens(doc: Doc, tokens: list[Token], i: int) -> bool:
    """Tell whether tokens[i] opens an office's remit running straight into its head word.

    "Business and Trade Secretary", "Maritime Component Commander", "Politburo Member": remit words,
    "and" between them, or up to two other capitalised words that neither open a sentence nor are a name.
    """
    others = 0
    for k in range(i, min(len(tokens), i + 5)):
        tok = tokens[k]
        if k > i and tok.bare.lower() in doc.lex.role_heads:
            return True
        if tok.bare in _OFFICE_DOMAINS or (tok.text == "and" and k > i):
            continue
        others += 1
        if others > 2 or not (tok.bare.isalpha() and tok.bare[:1].isupper()) or _opens_sentence(doc, tok) or (
            tok.bare in _GIVEN_NAMES or tok.bare.lower() in doc.lex.role_heads or tok.bare.lower() in FUNCTION_WORDS
        ):
            return False
    return False


_OFFICE_TO = re.compile(  # "Ambassador to the", "Ambassador of Japan to"
    r"(?P<head>[\w'\u2019-]+)(?:\s+of\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})?\s+to(?:\s+the)?\s+$"
)


def _office_of_country_to(doc: Doc, words_: list[str]) -> bool:
    """Tell whether words end in "<office> of <Country> to" ("Ambassador of Japan to")."""
    text = " ".join(words_) + " "
    match, inner = _OFFICE_TO.search(text), _OF_COUNTRY_TO.search(text)
    return bool(match and inner and match["head"].lower() in doc.lex.role_heads and doc.lex.country(inner["c"]))


def _ends_office_name(office: list[str]) -> bool:
    """Tell whether the office read so far names a body after "of"/"for" that the next word may end."""
    return len(office) >= 3 and office[-1] not in ("of", "for", "the") and bool({"of", "for"} & set(office))


_OFFICE_BEFORE_GENERAL = words("office_before_general")
_POSSESSOR = re.compile(r"(?:\b(?:the|The)\s+)?(?P<who>(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*?)(?:[\u2019']s?)\s*$")


def _possessive_country(doc: Doc, before: str) -> str | None:
    """Return the country whose office follows ("the Netherlands' Minister ...", "Japan's Minister ...")."""
    return _possessor_country(doc, _POSSESSOR.search(before))


_SHARED_POSSESSOR = re.compile(
    r"(?P<who>(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*?)[\u2019']s?\s+[a-z][\w -]*,\s+[^,;]{3,60},\s+and\s+"
    r"(?:its\s+)?(?!the\s)[a-z][\w -]*,?\s*$"
)


def _shared_possessor(doc: Doc, before: str) -> str | None:
    """Return the country of a possessive shared by two offices ("Korea's defense minister, X, and defense chief, Y")."""
    return _possessor_country(doc, _SHARED_POSSESSOR.search(before))


def _possessor_country(doc: Doc, match: re.Match[str] | None) -> str | None:
    """Return the country the possessor of a match (group "who") names, its longest tail first ("New Zealand's")."""
    if not match:
        return None
    names = match["who"].split()
    return next((c for k in range(len(names)) if (c := doc.lex.country(" ".join(names[k:])))), None)


def _starts_title(doc: Doc, tokens: list[Token], i: int) -> bool:
    """Tell whether tokens[i] can begin a title: a title word, head, rank, honorific, nationality or body."""
    tok = tokens[i]
    if tok.text in ("of", "for", "the", "and"):
        return False
    region_office = tok.bare.lower() in doc.lex.places and i + 1 < len(tokens) and _is_title_token(doc, tokens, i + 1)
    return _is_title_token(doc, tokens, i) or tok.bare.lower() in HONORIFICS or bool(_rank_at(doc, tokens, i)[0]) or (
        _country_at(doc, tokens, i)[0] is not None
    ) or tok.bare.isupper() or region_office or _pair_head(doc, tokens, i)  # "Indo-Pacific Coordinator"


def _opens_sentence(doc: Doc, tok: Token) -> bool:
    """Tell whether a capitalised word before a title only opens the sentence ("Later", "Yesterday")."""
    low = tok.bare.lower()
    if _is_title_token(doc, [tok], 0) or low in HONORIFICS or _rank_at(doc, [tok], 0)[0]:
        return False
    return tok.bare in NOT_NAME or low in FUNCTION_WORDS or tok.text.endswith("ly") or low in words("sentence_adverbs")


_WEEK_AND_MONTH = words("calendar")
_STOP = words("role_stop")
_OCCASION = words("occasion_words")


def _lowercase_role(doc: Doc, before: str, role_follows: bool = False) -> tuple[str | None, str | None]:
    """Return a lower-case role phrase ending right before the name ("foreign ministry spokesperson").

    In a list written "Name, Office, Name, Office" the office between two names is the first one's.
    """
    words = before.rstrip().split()
    if words and words[-1].lower() in ("the", "a", "an") and len(words) > 1 and words[-2].endswith(","):
        words = words[:-1]
    if _ends_in_name(doc, words):
        if (aide := _AIDE_OF.search(before)) and _has_head(doc, aide["role"].split()):
            return aide["role"], None  # "A spokesman for Prime Minister Tom Reed, John Hale,": Hale is the spokesman
        return None, None  # the name before is another person's ("Anne Leblanc, Japan's Minister ...")
    phrase = _phrase_before(doc, words[-9:])
    if phrase and role_follows and words[-1].endswith(",") and _ends_in_name(doc, words[: len(words) - len(phrase)]):
        return None, None  # "X Y, Chief of Air Force, Vice Admiral Z, Chief of Navy": the office between is X Y's
    affil, phrase = _country_of_office(doc, phrase)
    if not phrase or not _has_head(doc, phrase):
        return None, None
    affil, phrase = _possessor_opening(doc, phrase, affil)
    kept, affil = _office_words(doc, phrase, affil)
    if kept and not affil and (counterpart := _COUNTERPART_BEFORE.search(before)):
        affil = doc.lex.demonym(counterpart["d"]) or doc.lex.country(counterpart["d"])
    return (" ".join(kept) or None), affil


def _phrase_before(doc: Doc, window: list[str]) -> list[str]:
    """Return the words of `window` read back from its end up to a stop: punctuation, a stop word, a date, a
    verb or a quotation mark."""
    phrase: list[str] = []
    for n in range(len(window) - 1, -1, -1):
        word = window[n]
        bare = word.strip(",;:").lower()
        inner_the = bare == "the" and n > 0 and window[n - 1].lower() in ("of", "for", "to")
        inner_to = bare == "to" and n > 0 and (  # "Ambassador to", "Ambassador of Japan to", "Chief of Staff to"
            _ends_in_head(doc, window[:n]) or _office_of_country_to(doc, window[: n + 1])
        )
        stop = word.endswith((",", ";", ":")) or word.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+", word)
        if stop and phrase or bare in _STOP and not (inner_the or inner_to):
            break
        if word.strip(",;:") in _WEEK_AND_MONTH and bare != "may":
            break  # "On Monday defence minister X": a date opens the sentence, it is no part of the office
        if _opens_with_verb(bare) or any(c in word for c in '"\u201c\u201d'):
            break  # a verb, or the end of a quote ('"...," foreign ministry spokeswoman X told')
        if word.endswith((";", ".")) and not phrase:
            break
        phrase.insert(0, word.strip(",;:"))
    return phrase


_OF_COUNTRY_TAIL = re.compile(r"^(?P<head>.*)\s+(?:of|for)\s+(?:the\s+)?(?P<c>[A-Z][\w .'-]+)$")


def _country_of_office(doc: Doc, phrase: list[str]) -> tuple[str | None, list[str]]:
    """Return the country an office names after "of" or "for" ("Ambassador of Japan to Chile", "Minister for
    Defence of Fiji") and the office without it."""
    affil = None
    inner = _OF_COUNTRY_TO.search(" ".join(phrase))
    if inner and (country := doc.lex.country(inner["c"])):  # "Ambassador of Japan to Chile"
        affil, phrase = country, (inner.string[: inner.start()] + inner.string[inner.end() :]).split()
    tail = _OF_COUNTRY_TAIL.match(" ".join(phrase))
    if tail and doc.lex.country(tail["c"]):
        affil = doc.lex.country(tail["c"])
        phrase = tail["head"].split()
    return affil, phrase


def _possessor_opening(doc: Doc, phrase: list[str], affil: str | None) -> tuple[str | None, list[str]]:
    """Return the affiliation and the office past an opening capital's or country's possessive ("Seoul's defense
    ministry spokesperson")."""
    for width in (3, 2, 1):
        head = " ".join(phrase[:width])
        if len(phrase) > width and (country := _capital_possessive(doc, head)):
            return affil or country, phrase[width:]  # "Seoul's defense ministry spokesperson"
        if width > 1 and len(phrase) > width and (country := doc.lex.country(re.sub(r"[\u2019']s?$", "", head))):
            return affil or country, phrase[width:]
    return affil, phrase


def _office_words(doc: Doc, phrase: list[str], affil: str | None) -> tuple[list[str], str | None]:
    """Return the office's words without an opening occasion or nationality, and the affiliation they give."""
    kept: list[str] = []
    for n, word in enumerate(phrase):
        if not kept and word in _OCCASION and n + 1 < len(phrase):
            continue  # "visiting Japanese foreign minister": the occasion, then the nationality
        if word in _PHONETIC and n + 1 < len(phrase) and phrase[n + 1].rstrip("\u2019's") in ("Company", "Battery", "Troop"):
            kept.append(word)
            continue
        org = doc.lex.orgs.get(word)
        if org and org[2]:
            affil = affil or org[2]
        country = doc.lex.demonym(word) or doc.lex.country(re.sub(r"[\u2019']s?$", "", word))  # "Philippines’"
        if country and not kept:
            affil = affil or country
            if phrase[-1].lower() != "counterpart":
                continue
        kept.append(word)
    return kept, affil


_AIDE_OF = re.compile(
    r"(?:^|\b(?:[Aa]n?|[Tt]he)\s+)(?P<role>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s+(?:for|of|to)\s+(?:the\s+)?"
    r"(?:[A-Z][\w.'\u2019-]*\s+){1,6}[A-Z][\w'\u2019-]*,\s*$"
)
_COUNTERPART_BEFORE = re.compile(  # "met his French counterpart, armed forces minister X"
    r"\b(?:his|her|their|its)\s+(?P<d>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:counterpart|opposite number)s?,\s*"
    r"(?:the\s+)?(?:[a-z][\w'\u2019-]*\s+){1,6}$"
)


def _capital_possessive(doc: Doc, text: str) -> str | None:
    """Return the country whose capital a possessive names ("Seoul's", "Kuala Lumpur's"), else None."""
    if not re.search(r"[\u2019']s$", text):
        return None
    return doc.lex.capitals.get(re.sub(r"[\u2019']s$", "", text).lower())


def _ends_in_name(doc: Doc, words: list[str]) -> bool:
    """Tell whether the words before a name end in another name and a comma ("..., Anne Leblanc,")."""
    if len(words) < 2 or not words[-1].endswith(","):
        return False
    a, b = (Token(w.strip(","), 0, 0) for w in words[-2:])
    tail = " ".join(w.strip(",") for w in words[-3:])
    if any(doc.lex.country(" ".join(tail.split()[k:])) for k in range(3)):
        return False
    return _is_name_pair(doc, a, b) and not _has_head(doc, [a.text, b.text])


# Searched only in text holding what their every match must (text/gate.py): most sentences lack it.
_OFFICE_TO = Gated(_OFFICE_TO)
