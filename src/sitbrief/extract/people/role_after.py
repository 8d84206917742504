"""Read the appositive role written after a name (", the navy's spokesperson,", " (Minister of Defence)")."""

from __future__ import annotations

import re

from sitbrief.extract.doc import Doc
from sitbrief.extract.lexicon import lexicon, words
from sitbrief.extract.people.words import (
    _OFFICE_DOMAINS,
    _POST_NOMINALS,
    _ends_in_head,
    _has_head,
    _is_name_pair,
    _name_word,
    _names_someone,
    _opens_with_verb,
    _post_nominal_letters,
    _service_acronym,
)
from sitbrief.extract.rx import alternation
from sitbrief.extract.tokens import Token, tokenize

_APPOSITIVE = re.compile(
    r"^\s*(?:\([A-Z]\)\s*)?(?:,|(?=\s+the\s+[a-z])|\s+(?:is|was|serves as)(?=\s+(?:the|a|an)\s+[a-z])"
    r"|(?=\s+(?:commander|director|head|chief|commanding officer)\s+of\s)"
    r"|\s+(?:[a-z]+\s+){1,2}(?:his|her|their)\s+(?:post|position|role|job)\s+as(?=\s))"  # "leaves his post as"
    r"\s*(?:who\s+(?:was appointed|was named|has been|had been|serves as|"
    r"served as|doubles as|also serves as|became|is also|is|was|(?:[a-z]+\s+){1,2}(?:his|her|their)\s+(?:post|position|role|job)\s+as)\s+"
    r"|known as\s+|now\s+|serving as\s+|acting as\s+"
    r"|in\s+(?:his|her|their)\s+capacity\s+as\s+)?"
    r"(?!\s*(?:and|or|but|with|said|told)\b)\s*(?:the\s+|a\s+|an\s+)?(?P<role>[^,;:()\u201c\u201d\"]{2,150}?)"
    r"\s*(?=,|;|\(|(?<!\b[A-Z])(?<!\bNo)(?<!\bSt)\.(?:\s|$)|$|\s+said\b|\s+told\b|\s+to\s+(?!the\b)[a-z]+\b)"
)
_RELATIVE = re.compile(rf"\s+(?:{alternation(words('relative_words'))})\b")
_ROLE_TAIL = re.compile(rf"\s+(?:{alternation(words('role_tail_openers'))})\s+.*$")


def _split_offices(role: str) -> list[str]:
    """Split joined offices ("Deputy Prime Minister and Minister for Defence"), not a remit ("... Affairs and Security")."""
    pieces = re.split(r"\s+and\s+(?=[A-Z])", role)
    offices = [pieces[0]]
    for piece in pieces[1:]:
        remit = piece.split()[0] in _OFFICE_DOMAINS and offices[-1].split()[-1] in _OFFICE_DOMAINS
        headless = not any(w.lower() in lexicon().role_heads for w in offices[-1].split())  # "Forces in Europe and"
        if remit or headless or not any(w.lower() in lexicon().role_heads for w in piece.split()):
            offices[-1] = f"{offices[-1]} and {piece}"  # "... for East Asian and Pacific Affairs": no new office
        else:
            offices.append(piece)
    return offices


def _skip_post_nominals(doc: Doc, after: str) -> str:
    """Return the text after a name without leading post-nominals (", MP, Minister ...", " CSC, Minister ...")."""
    match = re.match(r"^,\s*(\w+)\.?(?=,)", after)
    if match and match.group(1) in _POST_NOMINALS:
        return after[match.end() :]
    letters = re.match(r"^(?:\s+[A-Z]{2,4}\b)+(?=,)", after)
    if letters and all(_post_nominal_letters(doc, Token(w, 0, 0)) or _service_acronym(doc, Token(w, 0, 0))
                       for w in letters.group().split()):
        return after[letters.end() :]
    return after


_NEXT_BARE_NAME = re.compile(r"^\s*,\s+(?P<a>[A-Z][\w'\u2019-]+)\s+(?P<b>[A-Z][\w'\u2019-]+)(?=,|\s+and\b)")


def _office_of_next(doc: Doc, after: str, role: str) -> bool:
    """Tell whether an appositive office is followed by a bare name: in a list written "Office, Name, Office,
    Name" the office after one name is the next one's."""
    at = after.find(role)
    match = _NEXT_BARE_NAME.match(after[at + len(role) :]) if at >= 0 else None
    return bool(match) and _is_name_pair(doc, Token(match["a"], 0, 0), Token(match["b"], 0, 0))


_BRACKETED = re.compile(r"^\s*\((?P<role>[A-Z][^()]{2,70})\)")


def _role_after(doc: Doc, after: str) -> str | None:
    """Return an appositive role after the name (", the navy's spokesperson,", " (Minister of Defence)")."""
    bracketed = _BRACKETED.match(after)
    if bracketed and _has_head(doc, bracketed["role"].split()) and not _names_someone(doc, bracketed["role"]):
        return bracketed["role"].strip()
    match = _APPOSITIVE.match(after)
    if not match:
        return None
    if re.match(r"\s+(?:said|told)\b", after[match.end("role") :]) and re.match(r"\s*,\s*the\s", after):
        return None  # "Gen. Lee, the chairman's spokesman said": a new subject, not an appositive
    if re.match(r"(?:first|second|third|last|only|latest|newest|youngest|oldest)\s", match["role"]) and re.match(
        r"\s+to\s+[a-z]", after[match.end("role") :]
    ):
        return None  # "X is the first minister to visit ...": a description, not an office
    if re.match(r"(?:who|whose|which|that)\s", match["role"]):
        return None  # ", who took part in ...": a clause, not an office
    role = _cut_role_tail(doc, _RELATIVE.split(match["role"])[0]).strip()
    role = _before_next_name(doc, role)  # ", CEO of Acme and Ana Ruiz, CEO of ...": a list of people
    role = re.sub(r"^(?:his|her|their|its)\s+", "", role)  # "her deputy" -> "deputy"
    words = role.lower().replace("\u2019s", "").replace("'s", "").split()
    heads = doc.lex.role_heads
    for n in range(1, len(words)):  # "head of the delegation visiting Tokyo": a participle ends the office
        if words[n].endswith("ing") and words[n].isalpha() and role.split()[n].islower() and any(
            w in heads for w in words[:n]
        ) and " ".join(words[n - 1 : n + 1]) not in heads:  # "officer commanding" is an office
            role, words = " ".join(role.split()[:n]), words[:n]
            break
    if not any(w in heads or " ".join(words[i : i + 2]) in heads or " ".join(words[i : i + 3]) in heads
               for i, w in enumerate(words)):
        return None  # no role head of one, two or three words ("spokesperson", "first sea lord")
    if _names_someone(doc, role) and (aide := re.match(r"(?P<role>.+?)\s+(?:for|of|to)\s+(?:the\s+)?[A-Z]", role)) and (
        _has_head(doc, aide["role"].split()) and not _names_someone(doc, aide["role"])
    ):
        return aide["role"]  # ", a spokeswoman for Japanese Defense Minister Tom Reed,": the aide's office, no name
    if _names_someone(doc, role) or _opens_with_verb(role):
        return None
    role += _list_tail(role, after[match.end("role") :])
    if len(words) <= 2 and words[-1] in heads:
        role += _command_tail(after[match.end("role") :])
    elif re.search(r"\s(?:with|of)\s+(?:the\s+)?(?:\S+\s+){0,4}\S+$", role) and _UNIT_END.search(role):
        role += _parent_unit(after[match.end("role") :])
    if len(words) > 12 and all(len(o.split()) <= 12 and _has_head(doc, o.split()) for o in _split_offices(role)):
        return role  # "Member of the Political Bureau of ... and Director of the Office of ...": two offices
    return role if len(words) <= 12 else None


_AT_BODY = re.compile(r"\s+at\s+(?:the\s+)?(?P<body>[A-Z][\w.'\u2019-]*(?:\s+(?:of\s+|for\s+|the\s+)*[A-Z][\w.'\u2019-]*){0,5})")


def _cut_role_tail(doc: Doc, role: str) -> str:
    """Return a role without a trailing time or place ("... in Tokyo on Monday"), keeping "at" a known body.

    "Senior Advisor at the White House" keeps the body the office is at; "... at Camp Reed" loses the place.
    """
    at = _AT_BODY.search(role)
    if at and _ROLE_TAIL.search(role[: at.start()] + " ") is None and (
        (body := at["body"]) in doc.lex.orgs or body.lower() in doc.lex.orgs
    ):
        return role[: at.end()] + _ROLE_TAIL.sub("", role[at.end() :])
    cut = _ROLE_TAIL.sub("", role)
    if cut != role and not (cut.split() and _has_head(doc, cut.split())) and _ends_in_head(doc, role.split()):
        return role  # "U.S. Air Forces in Europe commander": the "in" is inside the remit the head closes
    return cut


def _before_next_name(doc: Doc, role: str) -> str:
    """Return a role up to an "and" that opens another person's name ("CEO Acme and Ana Ruiz" -> "CEO Acme")."""
    tokens = tokenize(role)
    for k, tok in enumerate(tokens[1:-2], start=1):
        rest = tokens[k + 1 :]
        if tok.text == "and" and len(rest) <= 3 and _is_name_pair(doc, rest[0], rest[1]) and all(
            _name_word(doc, t) for t in rest
        ):
            return role[: tokens[k - 1].end]
    return role


_UNIT_END = re.compile(rf"\b(?:{alternation(words('unit_heads') | words('role_unit_heads'))})$")
_PARENT_UNIT = re.compile(
    r"^,\s+((?:\d+(?:st|nd|rd|th|d)\s+)?(?:[A-Z][\w'-]*\s){0,4}[A-Z][\w'-]*)(?=,|\.?$|\s+(?:said|told)\b)"
)


def _parent_unit(rest: str) -> str:
    """Return the parent unit a unit in a role belongs to (", 12th Marines" after "... with 3d Battalion")."""
    match = _PARENT_UNIT.match(rest)
    return f", {match.group(1)}" if match and _UNIT_END.search(match.group(1)) else ""


_LIST_TAIL = re.compile(r"^,\s+(?P<items>(?:[\w-]+,?\s+){0,3}and\s+[\w-]+(?:\s+[\w-]+)?)(?=[,.;]|$|\s+(?:said|told)\b)")


def _list_tail(role: str, rest: str) -> str:
    """Return the rest of a remit listed with commas ("director of strategy", ", plans and policy")."""
    match = _LIST_TAIL.match(rest)
    if not match:
        return ""
    items = [w.strip(",") for w in match["items"].split() if w != "and"]
    last = role.split()[-1]
    lower = last.islower() and all(w.islower() and not _opens_with_verb(w) for w in items)
    remit = last in _OFFICE_DOMAINS and all(w in _OFFICE_DOMAINS for w in items)
    return ", " + match["items"] if lower or remit else ""


_COMMAND_TAIL = re.compile(
    r"^,\s+((?:\d+(?:st|nd|rd|th|d)\s+)?(?:[A-Z][\w.&'\u2019-]*\s?)+?(?:\s?\d+[A-Z]?)?)(?:,\s+([A-Z][\w-]+))?(?=,|\.?$|\s+(?:said|told|and)\b|\s+[a-z]+\b)"
)


_SHIP_TAIL = re.compile(r"^,\s+(?P<ship>(?P<prefix>[A-Z]{2,5})\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}"
                        r"(?:\s+\([A-Z]{1,4}[- ]?\d{1,4}\))?)(?=,|\.?$|\s+(?:said|told|and)\b)")


def _command_tail(rest: str) -> str:
    """Return the body a bare office heads in military style (", U.S. Marine Corps Forces, Pacific"), or the ship
    (", USS Blue Ridge (LCC 19)")."""
    ship = _SHIP_TAIL.match(rest)
    if ship and ship["prefix"] in lexicon().ship_prefixes:
        return ", " + ship["ship"]
    match = _COMMAND_TAIL.match(rest)
    if not match or not any(w.lower() in lexicon().org_heads for w in match.group(1).split()):
        return ""
    return ", " + match.group(1).strip() + (f", {match.group(2)}" if match.group(2) else "")
