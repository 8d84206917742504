"""Find organisations: acronym definitions, names ending in an organisation word, known bodies."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from sitbrief.extract.doc import Doc
from sitbrief.extract.forces import find_forces, inside_force
from sitbrief.extract.keyindex import key_index
from sitbrief.extract.lexicon import lexicon, pairs, words
from sitbrief.extract.rx import alternation, rx, word_rx
from sitbrief.extract.tokens import Token, split_at_and

_UNIT_ACRONYM = re.compile(  # "(31st MEU)", "(1 LANCS)", "(2RAR)", "(SNMG2)"; not a word ("(Reinforced)")
    r"\s*\((?P<acr>(?:\d+(?:st|nd|rd|th)?\s+|\d(?=[A-Z]{2}))?[A-Z](?=[A-Za-z0-9&/-]*[A-Z0-9&/])[A-Za-z0-9&/-]{1,11})\)"
)
_ACRONYM = re.compile(  # not a capitalised word: "Littoral Response Group (South)" has no acronym
    r"\s*\((?![A-Z][a-z]{3,}\))(?P<acr>[A-Z][A-Za-z0-9&]{0,9}(?:-[A-Z0-9]{1,4})?)\)"
)
_LEADING = words("sentence_initial")
_CORP_SUFFIX = re.compile(r"\s+(?:corp\.?|corporation|inc\.?|ltd\.?|co\.?|plc|llc|group)$", re.I)


@dataclass
class OrgDraft:
    """An organisation being assembled from mentions."""

    name: str
    acronym: str | None = None
    country: str | None = None
    evidence: list[str] = field(default_factory=list)
    kind: str = "organisation"

    @property
    def key(self) -> str:
        """Return the name without corporate suffixes and with its country spelled one way, for merging."""
        return _org_key(self.name, self.kind == "unit")


@lru_cache(maxsize=4096)
def _org_key(name: str, unit: bool) -> str:
    """Return `OrgDraft.key` of `name` (worked out once per name: merging asks for it again and again)."""
    name = unit_key(name) if unit else _CORP_SUFFIX.sub("", name)
    first, _, rest = name.partition(" ")
    if rest and (country := lexicon().country(first) or lexicon().country(first.rstrip("."))):
        name = f"{country} {rest}"
    return name.lower().replace("\u2019", "'")


_NUMBER_SIGN = re.compile(r"^(?:Number|No\.?)\s*(?=\d)")
_ROLE_BRACKET = re.compile(r"\s*\(([A-Za-z])[a-z]*\)")


def unit_key(name: str) -> str:
    """Return a unit's name written one way: no number sign, its role by initial, heads unabbreviated
    ("Number 1(Fighter) Squadron" = "1(F) Sqn" = "No. 1 (F) Squadron" -> "1(F) Squadron")."""
    name = _ROLE_BRACKET.sub(lambda m: f"({m[1].upper()})", _NUMBER_SIGN.sub("", name))
    full = pairs("unit_abbreviations")
    return " ".join(full.get(w, w) for w in name.split())


def _demonym_variant(org: OrgDraft, draft: OrgDraft) -> bool:
    """Tell whether two names differ only in their nation's form ("Philippine Navy", "Philippines Navy";
    "UK Ministry of Defence", "British Ministry of Defence")."""
    first, _, rest = org.name.partition(" ")
    other, _, rest2 = draft.name.partition(" ")
    lex = lexicon()
    countries = {lex.demonym(w) or lex.country(w) or lex.country(w.rstrip(".")) for w in (first, other)}
    return rest == rest2 and first != other and len(countries) == 1 and None not in countries


HEAD_FIRST = words("org_head_first")
_PURPOSE = re.compile(
    rf"\s+to\s+(?:{alternation(words('name_purpose_verbs'))})"
    r"\s+(?P<object>[A-Z][\w.'\u2019-]*(?<!\.)(?:\s+(?:(?:of|the|for|in)\s+)*[A-Z][\w.'\u2019-]*(?<!\.))*)"
)


def _names_known_body(doc: Doc, text: str) -> bool:
    """Tell whether text is a known organisation's name or acronym ("ISIS", "Daesh"), as written or lower-cased."""
    return text in doc.lex.orgs or text.lower() in doc.lex.orgs


_PROGRAMME_AFTER = re.compile(r"\s+(?:program|programme|programs|programmes|scheme|framework)\b")
OF_FOR = ("of", "for")


def find_organisations(doc: Doc, person_names: set[str]) -> list[OrgDraft]:
    """Return the organisations named in `doc`."""
    orgs: list[OrgDraft] = []
    nicknames = _nicknames(doc)
    for index in range(len(doc.sentences)):
        sentence = doc.sentences[index].text
        if _CREDIT.search(sentence):
            continue  # "VOA's Steve Herman contributed to this report": the outlet's credit line
        forces = find_forces(sentence)
        for force in forces:
            acronym = _UNIT_ACRONYM.match(sentence[force.end :])
            _add(orgs, doc, index, force.name, acronym["acr"] if acronym else None, force.country, force.kind)
        known = list(_known(doc, sentence))
        known_names = [k[0] for k in known] + [k[1] for k in known if k[1]]
        runs = [seg for run in doc.capital_runs(sentence) for seg in _outside_forces(forces, run)]
        for run in runs:
            whole = _ACRONYM.match(sentence[run[-1].end :])
            cut = _before_rank(doc, run)
            if len(cut) < len(run) and _generic_service(doc, cut):
                continue  # "Marine Corps Gen. Joe Dunford": the service qualifies the rank
            run = cut
            pieces = _acronym_pieces(run, whole["acr"]) if whole else [
                p for piece in _at_possessives(doc, run) for p in _parts(doc, piece)
            ]
            for name, country, second in _elided_services(doc, sentence, pieces):
                _add(orgs, doc, index, name, None, country, exact=True)
                pieces = [p for p in pieces if p is not second]
            for part in pieces:
                part = _before_person(sentence, part, person_names)
                plain = part and not _indefinite_generic(doc, sentence, part) and not _quoted_name(sentence, part)
                plain = plain and _join(sentence, part) not in nicknames
                if plain and _numbered_session(sentence, part[0].start, _join(sentence, part)):
                    continue  # a session is an event
                found = _from_run(doc, sentence, part) if plain else None
                if found and any(_inside_name(sentence, found[0], None, k) for k in known_names):
                    continue
                if found and _counted_members(sentence, part):
                    continue  # "Approximately 400 U.S. Marines": service members, not the service
                if found and not any(name in found[0] for name in person_names):
                    purpose = _PURPOSE.match(sentence[run[-1].end :]) if part[-1] is run[-1] else None
                    if purpose and _names_known_body(doc, purpose["object"]):
                        found = (found[0] + purpose.group(), *found[1:])  # "Global Coalition to Defeat ISIS"
                    _add(orgs, doc, index, *found)
        named = [o.name for o in orgs if doc.sid(index) in o.evidence] + [k[0] for k in known]
        for name, acronym, country in known:
            if _only_qualifies(doc, sentence, name, acronym):
                continue
            if not any(_inside_name(sentence, name, acronym, other) for other in [*named, *person_names]):
                _add(orgs, doc, index, name, acronym, country)
    return orgs



_COUNT = re.compile(r"\b(?:\d[\d,]*|dozens|hundreds|thousands|several|two|three|four|five|six|seven|eight|nine|ten"
                    r"|twelve|twenty|fifty|hundred|thousand)\s+(?:of\s+)?(?:the\s+)?$", re.I)


def _counted_members(sentence: str, run: list[Token]) -> bool:
    """Tell whether a plural service word after a count names members ("400 U.S. Marines", "hundreds of Marines")."""
    last = run[-1].bare.lower()
    return last.endswith("s") and last in words("national_services") and bool(_COUNT.search(sentence[: run[0].start]))


_CREDIT = re.compile(r"\b(?:contributed|contributing) to this (?:report|story|article)\b", re.I)


def _outside_forces(forces, run: list[Token]) -> list[list[Token]]:
    """Return the run, or where it holds a ship's, unit's or aircraft's name the stretches of two or more words
    outside such names ("U.S. Air Force B-52H bombers", "the Indian Navy's INS Vikrant and the X Navy's RSS Y")."""
    inside = [inside_force(forces, t.start, t.end) for t in run]
    if not any(inside):
        return [run]
    stretches: list[list[Token]] = [[]]
    for tok, held in zip(run, inside, strict=True):
        if held:
            stretches.append([])
        else:
            stretches[-1].append(tok)
    stretches = stretches[:-1]  # words after the last name go with it ("3rd Brigade Combat Team")
    return [s for s in stretches if len([t for t in s if t.text not in ("and", "the", "of")]) >= 2]


def _acronym_pieces(run: list[Token], acronym: str) -> list[list[Token]]:
    """Split a run whose acronym spells only the body after its "and" ("the X Institute and the Y Institute (YI)")."""
    sub = _acronym_span(run, acronym)
    if not sub or sub[0] is run[0]:
        return [run]
    before = run[: run.index(sub[0])]
    while before and before[-1].text in ("the", "The"):
        before = before[:-1]
    if len(before) >= 3 and before[-1].text == "and":
        return [before[:-1], sub]
    return [run]


def _elided_services(
    doc: Doc, sentence: str, pieces: list[list[Token]]
) -> list[tuple[str, str | None, list[Token]]]:
    """Return the services a shared qualifier names ("Royal Thai Navy and Marine Corps" -> Royal Thai Marine Corps)."""
    found = []
    for first, second in zip(pieces, pieces[1:], strict=False):
        between = sentence[first[-1].end : second[0].start]
        if between.strip() != "and" or _join(sentence, second).lower() not in words("national_services"):
            continue
        for k in (2, 1):
            if len(first) > k and " ".join(t.bare for t in first[-k:]).lower() in words("national_services"):
                qualifier, _ = _strip_leading(doc, first[:-k])
                country = _country_in(doc, qualifier) if qualifier else None
                if country:
                    found.append((f"{_join(sentence, qualifier)} {_join(sentence, second)}", country, second))
                break
    return found


_RANK_WORDS = {"Admiral", "Colonel", "Brigadier", "Commodore"}


def _before_person(sentence: str, run: list[Token], person_names: set[str]) -> list[Token]:
    """Cut a run before a person's name that follows a body ("Secretary of the Department of Defence Greg Moriarty")."""
    for i in range(2, len(run)):
        if any(len(name.split()) >= 2 and sentence.startswith(name, run[i].start) for name in person_names):
            return run[:i]
    return run


_INDEFINITE = re.compile(r"\b(?:a|an)\s+(?:[a-z]+,?\s+){0,4}$")


def _indefinite_generic(doc: Doc, sentence: str, run: list[Token]) -> bool:
    """Tell whether a generic service name follows "a"/"an" ("builds a strong and resilient Defence Force")."""
    return _generic_service(doc, run) and bool(_INDEFINITE.search(sentence[: run[0].start]))


_NICKNAME = re.compile(r"[\u201c\"](?P<name>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,4})[.,]?[\u201d\"]")


def _nicknames(doc: Doc) -> set[str]:
    """Return the capitalised terms the article puts alone in quotation marks ('known as the "Pacific Marines"'):
    a nickname or a term, also where it is later written without the marks."""
    return {m["name"] for s in doc.sentences for m in _NICKNAME.finditer(s.text)}


def _quoted_name(sentence: str, run: list[Token]) -> bool:
    """Tell whether a run stands alone inside quotation marks: a nickname or a term ('"Raider Brigade"')."""
    before, after = sentence[: run[0].start].rstrip(), sentence[run[-1].end :].lstrip()
    return before.endswith(("\u201c", '"')) and after.startswith(("\u201d", '"'))


def _generic_service(doc: Doc, run: list[Token]) -> bool:
    """Tell whether a run is a service's generic name, no country or proper word in it ("Defence Force")."""
    generic = words("generic_service_words")
    return 0 < len(run) <= 3 and all(
        t.bare.lower() in generic or t.bare.lower() in doc.lex.org_heads for t in run
    )


def _before_rank(doc: Doc, run: list[Token]) -> list[Token]:
    """Cut a run before a military rank that opens the next person's name ("... Submarine Agency Vice Adm. Mead")."""
    for i in range(1, len(run)):
        one = run[i].text
        two = f"{one} {run[i + 1].text}" if i + 1 < len(run) else ""
        rank = doc.lex.ranks.get(two.lower()) or doc.lex.ranks.get(one.lower())
        clear = doc.lex.ranks.get(two.lower()) or one.endswith(".") or one in _RANK_WORDS  # not "General Assembly"
        if rank and rank[1] == "military" and clear:
            body = run[:i]  # a service qualifying the rank is no part of it: "... Chiefs of Staff Marine Corps Gen."
            return body[: len(body) - doc.lex.service_before_rank([t.bare for t in body])]
    return run


def _at_possessives(doc: Doc, run: list[Token]) -> list[list[Token]]:
    """Split a run after a body's possessive ("Department of State's Bureau of X"), not after a country's."""
    pieces: list[list[Token]] = [[]]
    for i, tok in enumerate(run):
        pieces[-1].append(tok)
        if i < len(run) - 1 and re.search(r"[\u2019']s$", tok.text) and run[i + 1].capitalised:
            head = [t for t in pieces[-1][:-1] if t.text not in _LEADING and t.text not in ("the", "of", "and")]
            own = tok.text.replace("\u2019", "'") in words("possessive_in_names") or _regiment_after(run[i + 1 :])
            head = head or [t for t in pieces[-1] if t.bare in doc.lex.orgs and t.bare.isupper()]  # "NATO's"
            if head and not own and not doc.lex.country(" ".join(t.bare for t in pieces[-1])):
                pieces.append([])
    return [p for p in pieces if p]


def _regiment_after(rest: list[Token]) -> bool:
    """Tell whether a regiment's head closes the words after a possessive ("Duke of Lancaster's Regiment",
    "Princess Patricia's Canadian Light Infantry"): the possessive is part of the regiment's name."""
    heads = words("regiment_heads")
    return any(
        " ".join(t.bare for t in rest[k:end]) in heads for end in range(1, min(len(rest), 4) + 1) for k in range(end)
        if end == len(rest) or not rest[end].capitalised
    )


def _parts(doc: Doc, run: list[Token]) -> list[list[Token]]:
    """Split a run at "and", unless the words before it only qualify a body ("Marine Science and Technology Group")."""
    parts = split_at_and(run)
    merged: list[list[Token]] = []
    i = 0
    while i < len(parts):
        if i + 1 < len(parts) and (
            (_coined_first_part(doc, parts[i]) and parts[i + 1][-1].bare.lower() in doc.lex.org_heads
             and parts[i + 1][0].text != "the")  # "Reuters and the Associated Press" are two
            or (_head_first(_strip_leading(doc, parts[i])[0]) and parts[i + 1][0].text != "the"
                and len(parts[i + 1]) <= 2
                and _coined_first_part(doc, parts[i + 1]))
        ):
            start, end = run.index(parts[i][0]), run.index(parts[i + 1][-1])
            merged.append(run[start : end + 1])
            i += 2
        else:
            merged.append(parts[i])
            i += 1
    return merged


def _head_first(run: list[Token]) -> bool:
    """Tell whether a run opens with a body's head and its remit ("Center for Climate", "Ministry of Trade")."""
    run = [t for t in run if t.text not in _LEADING and t.text != "the"]
    return len(run) >= 3 and run[0].bare.lower() in HEAD_FIRST and run[1].text in OF_FOR


def _coined_first_part(doc: Doc, part: list[Token]) -> bool:
    """Tell whether the words before "and" name nothing by themselves (no body, event, place, country, given name)."""
    part, _ = _strip_leading(doc, part)
    while len(part) > 2 and _is_role_word(doc, part[0]) and part[1].text in OF_FOR:
        part = [t for t in part[2:] if t.text != "the"] if part[2].text == "the" else part[2:]  # "Chair of the X"
    if part and doc.lex.place(" ".join(t.bare for t in part)):
        return False  # "Scarborough Shoal and Reed Bank"
    return 0 < len(part) <= 3 and not any(
        t.bare.lower() in doc.lex.org_heads or t.bare.lower() in HEAD_FIRST or t.bare.lower() in doc.lex.role_heads
        or _is_country_word(doc, t.bare) or t.bare.lower() in doc.lex.places or t.bare in doc.lex.orgs
        or t.bare in words("given_names") or not t.capitalised or t.bare in _EVENT_NAME_HEADS
        for t in part
    )


_EVENT_NAME_HEADS = words("event_name_heads")
SEATS = words("seat_metonyms")
AT_SEAT = r"(?:at|in|to|from|outside|inside|near|visit|visits|visited|visiting)"  # before a seat named as a place
_LOCATIVE = re.compile(rf"\b{AT_SEAT}\s+(?:the\s+)?$", re.I)


def _only_qualifies(doc: Doc, sentence: str, name: str, acronym: str | None) -> bool:
    """Tell whether a known body is named here only inside a gathering's name ("G7 Summit") or as a seat.

    A seat ("Pentagon", "Downing Street") before an office qualifies the office ("Pentagon Press
    Secretary") and after "at"/"in" is a place ("at the Pentagon"); neither is the body acting.
    """
    mentions = [m for key in filter(None, (name, acronym)) for m in word_rx(key).finditer(sentence)]
    return bool(mentions) and all(_qualifying_mention(doc, sentence, m, name in SEATS) for m in mentions)


def _numbered_session(sentence: str, start: int, name: str) -> bool:
    """Tell whether a body's name after an ordinal names one of its sessions ("the 30th ASEAN Regional Forum")."""
    return name.split()[-1] in words("session_heads") and bool(
        re.search(r"\b\d{1,3}(?:st|nd|rd|th)\s+$", sentence[max(0, start - 8) : start])
    )


def _qualifying_mention(doc: Doc, sentence: str, match: re.Match[str], seat: bool) -> bool:
    """Tell whether one mention only qualifies a following name, or (for a seat) an office or a place."""
    if _numbered_session(sentence, match.start(), match.group()):
        return True
    after = sentence[match.end() : match.end() + 200]
    run = re.match(r"(?:\s+(?:[A-Z][\w'-]*|of|the|on|for))*", after).group().split()
    if any(w in _EVENT_NAME_HEADS or (w in words("document_heads") and w != "Resolution") for w in run):
        return True  # "G7 Summit", "United Nations Charter" (a body adopts its resolutions: it acts)
    if not run and _AGREEMENT_AFTER.match(after):
        return True  # "the AUKUS trilateral agreement": the pact, not the grouping acting
    if not seat:
        return False
    if seat_event(after):
        return True  # "today's Pentagon media briefing": the building, a place
    following = re.match(r"\s+([\w-]+)(?:\s+([\w-]+))?", after)
    words_ = [w.lower() for w in following.groups() if w] if following else []
    office = any(" ".join(words_[:k]) in doc.lex.role_heads for k in (1, 2))
    before = sentence[max(0, match.start() - 60) : match.start()]
    of_office = re.search(r"([\w-]+)\s+(?:for|of)\s+(?:the\s+)?(?:\d+\s+)?$", before)
    office = office or bool(of_office and of_office.group(1).lower() in doc.lex.role_heads)
    return office or bool(_LOCATIVE.search(before))


_AGREEMENT_AFTER = re.compile(
    r"\s+(?:(?:bilateral|trilateral|security|defen[cs]e|partnership)\s+){0,2}(?:agreement|pact|treaty|accord)\b"
)


@cache
def _seat_event_pattern() -> re.Pattern[str]:
    """Return the pattern of a gathering named after a seat ("Pentagon media briefing"), one word between at most."""
    return re.compile(rf"\s+(?:[a-z]+\s+)?(?:{alternation(words('seat_events'))})\b")


def seat_event(after: str) -> bool:
    """Tell whether the text after a seat's name opens with a gathering held there ("media briefing")."""
    return bool(_seat_event_pattern().match(after))


def name_spans(doc: Doc, sentence: str) -> list[tuple[int, int]]:
    """Return the spans of organisation, law and agreement names in `sentence` that hold a country word.

    A country named only inside such a name ("Islamic State of Iraq and Syria", "Taiwan Relations
    Act", "Spanish Air Force") is not a mention of that country; a government ("Government of
    Japan", "the Japanese Government") is.
    """
    spans = []
    runs = doc.capital_runs(sentence)
    parts = [p for r in runs for p in ([r] if _one_name(doc, sentence, r) else _parts(doc, r))]
    for whole in parts:
        for run in _tails(whole):
            run, _ = _strip_leading(doc, run)
            if len(run) < 2 or _is_government(doc, run) or not (
                _country_in(doc, run) or _seated_body(doc, run)
            ):
                continue
            found = _from_run(doc, sentence, run, services=False)
            if found and found[0] in sentence[run[0].start : run[-1].end]:
                start = sentence.index(found[0], run[0].start)
                spans.append((start, start + len(found[0])))
                break
            if run[-1].bare in words("document_heads") or _known_name(doc, run):
                spans.append((run[0].start, run[-1].end))
                break
    return spans


def _one_name(doc: Doc, sentence: str, run: list[Token]) -> bool:
    """Tell whether a run with "and" is one name: an acronym follows, or a known body's name spans the "and"."""
    if _ACRONYM.match(sentence[run[-1].end :]):
        return True
    text = _join(sentence, run).lower().replace("\u2019", "'")
    return any(name in text for name in _names_with_and(doc))


def _names_with_and(doc: Doc) -> list[str]:
    """Return the known bodies' names (lower case) that hold an "and" ("islamic state of iraq and syria")."""
    key = ("organisations._names_with_and",)
    if key not in doc.memo:
        doc.memo[key] = [name for name in doc.lex.orgs if " and " in name]
    return doc.memo[key]  # type: ignore[return-value]


def _seated_body(doc: Doc, run: list[Token]) -> bool:
    """Tell whether a run names a body by its seat ("Allied Joint Force Command Naples")."""
    return len(run) >= 3 and run[-2].bare.lower() in doc.lex.org_heads and run[-1].bare.lower() in doc.lex.places


def _tails(run: list[Token]) -> list[list[Token]]:
    """Return the run and each of its tails that starts after "of" or "the" ("... of the US Navy")."""
    return [run] + [run[i:] for i in range(1, len(run)) if run[i - 1].text in ("of", "the")]


def _known_name(doc: Doc, run: list[Token]) -> bool:
    """Tell whether a run is a well-known organisation's full name."""
    text = " ".join(t.text for t in run).replace("\u2019", "'")
    return any(_names_known_body(doc, form) for form in (text, text.removesuffix(".")))


_GOVERNMENT_WORDS = {"government", "governments", "of", "the", "and", "her", "his", "majesty", "majesty's"}


def _is_government(doc: Doc, run: list[Token]) -> bool:
    """Tell whether a run names a country's government itself ("Government of Japan", "Japanese Government")."""
    rest = [t for t in run if t.bare.lower().replace("\u2019", "'") not in _GOVERNMENT_WORDS]
    return len(rest) < len(run) and any(t.bare.lower() in ("government", "governments") for t in run) and (
        all(_country_in(doc, [t]) for t in rest) or bool(doc.lex.country(" ".join(t.bare for t in rest)))
        or _governs_formal_country(doc, run)
    )  # "Government of Papua New Guinea": a country of several words


def _governs_formal_country(doc: Doc, run: list[Token]) -> bool:
    """Tell whether a run is "Government of [the] <formal country name>" ("... of the People's Republic of China")."""
    words_ = [t.text for t in run]
    if len(words_) < 3 or words_[0].lower() not in ("government", "governments") or words_[1] != "of":
        return False
    rest = words_[3:] if words_[2] == "the" else words_[2:]
    return bool(rest) and bool(doc.lex.country(" ".join(rest).rstrip(".")) or doc.lex.country(" ".join(["the", *rest])))


def _is_role_word(doc: Doc, tok: Token) -> bool:
    low = tok.bare.lower()
    return low in doc.lex.role_heads and low not in doc.lex.org_heads and low not in HEAD_FIRST


def _from_run(
    doc: Doc, sentence: str, run: list[Token], services: bool = True
) -> tuple[str, str | None, str | None] | None:
    """Return (name, acronym, country) if the run names an organisation ("Fijian Army" only if `services`)."""
    numeral = _name_numeral(sentence, run)
    run, country = _strip_leading(doc, run[1:] if numeral else run)
    if numeral and run and run[0].start == numeral.end + 1:
        run = [numeral, *run]  # "under the Five Power Defence Arrangements": the number opens the name
    office = False
    if len(run) > 3 and _is_country_word(doc, run[0].bare) and _is_role_word(doc, run[1]) and run[2].text in OF_FOR:
        run = run[1:]  # "PRC Director of the CCP Central Foreign Affairs Commission": the office's country
    if (cut := _office_of(doc, run)) is not None:
        run, office = run[cut:], True  # "Chief of Staff of the Army": the office's words are no body
        while run and run[0].text in ("the", "of"):
            run = run[1:]
    while run and _is_role_word(doc, run[0]) and len(run) > 2 and run[1].text in OF_FOR:
        run, office = run[2:], True
        while run and run[0].text in ("the", "of"):
            run = run[1:]
    if _office_before_name(doc, run):
        run = run[1:]  # "Jane Doe, CEO Coastal Airlines": the office before the body's name
    if not run or _is_government(doc, run) or (office and _generic_service(doc, run)):
        return None  # "the Government of Japan" is the country Japan
    after = sentence[run[-1].end :]
    head = run[-1].bare.lower()
    if (policy := re.match(r"\s+([a-z]+)\b", after)) and policy[1] in words("policy_nouns") and (
        head not in doc.lex.org_heads or head.endswith("s")
    ):
        return None  # "the One Country Two Systems framework" is a policy ("the X Agency framework" is the body's)
    match = _ACRONYM.match(after)
    if match and _PROGRAMME_AFTER.match(after, match.end()):
        return None  # "the Foreign Military Sales (FMS) program" is a programme, not a body
    if match and not _not_an_organisation(doc, sentence, run, services):
        sub = _acronym_span(run, match["acr"])
        if sub is None and any(t.bare.lower() in doc.lex.org_heads or t.bare.lower() in HEAD_FIRST for t in run):
            sub = run
        if sub and doc.lex.country(_join(sentence, sub)):
            return None  # "People's Republic of China (PRC)" is the country China
        if sub and _headless_term(doc, _join(sentence, sub), sub):
            return None  # "Foreign Object Damage (FOD)": a term with its initials, no body
        if sub:
            return _join(sentence, sub), match["acr"], country or _body_country(doc, sub)
    remit = _remit_head(doc, run)
    if remit is not None and _names_a_body_or_document(doc, run[remit + 2 :]):
        run = run[: remit + 1]  # "Enforcement Coordination Cell for United Nations Security Council Resolution ..."
    if any(_is_role_word(doc, t) for t in _titled_part(doc, run)) or _not_an_organisation(doc, sentence, run, services):
        return None
    if len(run) >= 3 and run[-2].bare.lower() in doc.lex.org_heads and run[-1].bare.lower() in doc.lex.places:
        return _join(sentence, run), None, country or _body_country(doc, run[:-1])
    if len(run) >= 2 and run[0].bare in words("team_heads") and doc.lex.country(run[-1].bare):
        return _join(sentence, run), None, country or doc.lex.country(run[-1].bare)  # "Team Defence Australia"
    last = run[-1].bare.lower()
    if last == "administration" and _leader_administration(run):
        return None  # "the Biden Administration" is a government as such, not a body
    if len(run) >= 2 and f"{run[-2].bare.lower()} {last}" in words("formation_heads"):
        return None  # "the five-ship Task Group" is a formation, not a body (a numbered one is a unit)
    if last == "team" and _unit_team(run):
        return None  # "Battalion Landing Team" is a unit's generic part (forces.py names units)
    head, _, seat = last.partition("-")
    if seat and head in doc.lex.org_heads and (doc.lex.place(seat) or seat in doc.lex.cities):
        last = head  # "Marine Rotational Force-Darwin"
    skip = _formal_country_prefix(doc, run)
    head_first = any(
        t.bare.lower() in HEAD_FIRST and i + 1 < len(run) and run[i + 1].text in OF_FOR
        for i, t in enumerate(run[: skip + 3]) if i >= skip or i < 3
    )
    if _remit_head(doc, run) is not None:
        head_first = True  # "Contact Group on Moldova"
    if head_first and last not in doc.lex.org_heads and run[-2].text not in ("of", "the") and (
        last in doc.lex.role_heads or last.removesuffix("s") in doc.lex.role_heads
    ):
        return None  # "Association of Southeast Asian Nations Defence Ministers" are people of a body
    known = doc.lex.orgs.get(run[0].bare) if len(run) == 2 and run[1].bare == "Alliance" else None
    if known and known[1] == run[0].bare:
        return None  # "the NATO Alliance" is NATO, found as a known body
    if _bare_service(doc, sentence, run):
        return _join(sentence, run), None, country  # "the Navy granted me leave": the story's own service
    if "-" in run[0].text and _services_compound(run):
        return None  # "the Navy-Marine Corps team": two services qualifying a noun
    if (last in doc.lex.org_heads and len(run) >= 2) or head_first or _air_programme(_join(sentence, run)):
        formal = doc.lex.country(" ".join(t.text for t in run[:skip])) if skip else None
        return _join(sentence, run), None, country or formal or _body_country(doc, run)
    return None


_NUMBER_WORDS = words("number_words")


def _headless_term(doc: Doc, name: str, run: list[Token]) -> bool:
    """Tell whether a name spelled out before its acronym has no word of a body (no head, not a known body)."""
    if any(t.bare.lower() in doc.lex.org_heads or t.bare.lower() in HEAD_FIRST for t in run):
        return False
    if any(_is_country_word(doc, part.rstrip(".")) for t in run for part in t.bare.split("-")):
        return False  # "Korea-U.S. Integrated Defense Dialogue (KIDD)": a body of countries
    return not (_names_known_body(doc, name) or _air_programme(name) or any(_known(doc, name)))  # "United Nations .."


def _name_numeral(sentence: str, run: list[Token]) -> Token | None:
    """Return a capitalised number word that opens a name mid-sentence (after a lower-case word), else None."""
    after_lower = re.search(r"\b[a-z][\w-]*\s$", sentence[: run[0].start])
    if len(run) >= 3 and run[0].text.lower() in _NUMBER_WORDS and after_lower:
        return run[0]
    return None


def _leader_administration(run: list[Token]) -> bool:
    """Tell whether an administration is named after its leader ("Biden Administration"), not a remit."""
    named = [t for t in run[:-1] if t.text != "the"]
    return len(named) == 1 and re.sub(r"[\u2019']s$", "", named[0].bare) in words("figure_surnames")


def _office_before_name(doc: Doc, run: list[Token]) -> bool:
    """Tell whether a run opens with an office, no rank or adjective, before a body's name ("CEO Coastal Airlines")."""
    first = run[0].bare if run else ""
    return (
        len(run) >= 3 and _is_role_word(doc, run[0]) and run[1].capitalised
        and run[-1].bare.lower() in doc.lex.org_heads
        and first.lower() not in doc.lex.ranks and first not in words("role_adjectives")
    )


def _bare_service(doc: Doc, sentence: str, run: list[Token]) -> bool:
    """Tell whether a run is a service's bare name after "the" ("the Navy", "the Army"), not its members ("Marines")."""
    low = run[0].bare.lower() if len(run) == 1 else ""
    return low in words("national_services") and not low.endswith("s") and bool(
        re.search(r"\bthe\s+$", sentence[: run[0].start])
    )


def _services_compound(run: list[Token]) -> bool:
    """Tell whether hyphenated words join two services ("Navy-Marine Corps")."""
    text = " ".join(t.bare for t in run).lower()
    parts = [p.strip() for p in text.split("-")]
    return len(parts) == 2 and all(p in words("national_services") for p in parts)


def _office_of(doc: Doc, run: list[Token]) -> int | None:
    """Return where a body's name starts after an office of several words and "of" ("Chief of Staff of the X")."""
    for k in (4, 3):
        if len(run) > k + 1 and run[k].text in OF_FOR and (
            " ".join(t.bare for t in run[:k]).lower() in doc.lex.role_heads
        ):
            return k + 1
    return None


def _formal_country_prefix(doc: Doc, run: list[Token]) -> int:
    """Return how many words of a run a country's formal name takes first ("Republic of Korea Ministry of ...")."""
    for k in range(min(len(run) - 3, 6), 2, -1):
        if any(t.text == "of" for t in run[:k]) and doc.lex.country(" ".join(t.text for t in run[:k])):
            return k
    return 0


def _unit_team(run: list[Token]) -> bool:
    """Tell whether a team is a military unit's ("Brigade Combat Team", "Battalion Landing Team")."""
    return any(t.bare in words("unit_heads") for t in run[:-1])


def _remit_head(doc: Doc, run: list[Token]) -> int | None:
    """Return the index of a body's head word before its remit ("Contact Group on Moldova"), if any."""
    for i, t in enumerate(run[1:-2], start=1):
        if t.bare.lower() in doc.lex.org_heads and run[i + 1].text in ("on", "for") and run[i + 2].capitalised:
            return i
    return None


def _names_a_body_or_document(doc: Doc, run: list[Token]) -> bool:
    """Tell whether a remit holds another body's or a document's head word (so it is not part of the name)."""
    return any(t.bare.lower() in doc.lex.org_heads or t.bare in words("document_heads") for t in run)


def _titled_part(doc: Doc, run: list[Token]) -> list[Token]:
    """Return the words before "of" that can hold a title, less an opening adjective ("General Border Committee")."""
    part = _before_of(run)
    if (
        len(part) >= 3 and part[0].bare in words("role_adjectives") and part[1].bare not in words("given_names")
        and part[-1].bare.lower() in doc.lex.org_heads
    ):
        return part[1:]
    if len(part) >= 3 and part == run and part[-1].bare in words("team_heads"):
        return part[:-2]  # "Interim Observer Team": a team of observers, not an observer's title
    return part


def _before_of(run: list[Token]) -> list[Token]:
    """Return the words of a run before its first "of" (the part that can hold an office's title)."""
    cut = next((i for i, t in enumerate(run) if t.text == "of"), len(run))
    return run[:cut]


def _not_an_organisation(doc: Doc, sentence: str, run: list[Token], services: bool = True) -> bool:
    """Tell whether a run names a place, a document, an office's body or a bilateral bond, not an organisation."""
    name = _join(sentence, run).rstrip(".,")
    if name.lower() in doc.lex.places or run[-1].bare.rstrip("s") in words("document_heads"):
        return True
    if len(run) == 3 and run[1].text == "and" and run[2].bare in words("field_heads"):
        return True  # "Science and Technology (S&T)" is a field of work
    if len(run) > 2 and run[0].bare in words("document_heads") and run[1].text in ("for", "on", "of"):
        return True  # "Partnership for Global Infrastructure and Investment (PGII)", "Convention on ..."
    if any(doc.lex.place(_join(sentence, run[-k:]).rstrip(".,")) for k in (2, 3) if len(run) > k):
        return True  # "Israel and the West Bank" ends in a place
    if run[-1].bare == "Headquarters" and len(run) > 1 and _known_name(doc, run[:-1]):
        return True  # "United Nations Headquarters" is the building, a place
    if any(name == v or name.endswith(" " + v) for v in words("venue_heads")):
        return True  # "Riverside Convention Centre" is a venue, a place
    if _generic_unit(run):
        return True  # "the Reserve Battalion", "Security Force assistance": what a unit is, not its name
    if run[-1].bare in words("activity_ends"):
        return True  # "Maritime Cooperative Activity (MCA)" is an activity
    before = sentence[: run[0].start].lower().split()
    if len(before) >= 2 and before[-1] in ("the", "of") and " ".join([*before[-3:], name.lower()]).strip() and any(
        " ".join([*before[-k:], name.lower()]) in doc.lex.role_heads for k in (2, 3)
    ):
        return True
    parts = [p for t in run[:-1] for p in t.text.split("-")]
    if len(parts) == 1 and run[-1].bare.lower() in words("national_institutions"):
        return False  # "Philippine Senate"
    if services and len(parts) == 1 and run[-1].bare.lower() in words("national_services"):
        return False  # "Fijian Army" (its country is still mentioned: see name_spans)
    if bool(parts) and all(_is_country_word(doc, p) for p in parts):
        return True  # "U.S.-Japan Alliance"
    pieces = " ".join(t.text for t in run[:-1]).split("-")  # "Australia-United States Alliance"
    return len(pieces) >= 2 and all(_is_country_word(doc, p.strip()) for p in pieces)


@cache
def _unit_heads() -> frozenset[str]:
    """Return the heads of unit names in lower case ("battalion", "squadron")."""
    return frozenset(h.lower() for h in words("unit_heads"))


def _generic_unit(run: list[Token]) -> bool:
    """Tell whether a run is only words of what a unit is before its head ("Reserve Battalion", "Security Force")."""
    head = run[-1].bare.lower()
    return 2 <= len(run) <= 3 and (head in _unit_heads() or head in ("force", "forces")) and all(
        t.bare.lower() in words("generic_unit_words") for t in run[:-1]
    )


def _is_country_word(doc: Doc, word: str) -> bool:
    """Tell whether a word names a country ("ROK", "U.S.", "Australian")."""
    return doc.lex.names_country(word)


def _strip_leading(doc: Doc, run: list[Token]) -> tuple[list[Token], str | None]:
    """Drop sentence-initial words and a possessive country ("Japan's") from a run."""
    country = None
    inner = False
    while run and (run[0].text in _LEADING or run[0].text in ("of", "and", "the")):
        if inner and run[0].text.lower() in _NUMBER_WORDS and len(run) >= 3:
            break  # "Ships of the Five Power Defence Arrangements": a number after "the" opens the name
        inner = run[0].text in ("of", "the")
        run = run[1:]
    if run and re.search(r"[\u2019']s$", run[0].text):
        country = doc.lex.country(run[0].bare)
        if country or _time_word(run[0].bare):
            run = run[1:]  # "Japan's", "Today's", "Monday's": the country, or the day, before a name
    for i in range(len(run) - 2):
        if run[i].bare.lower() in doc.lex.places and run[i + 1].text in ("for", "to", "in", "with"):
            return _strip_leading(doc, run[i + 2 :])
    if len(run) > 2 and run[1].text == "of" and _members(doc, run[0]):
        return _strip_leading(doc, run[2:])  # "Members of the Royal Navy", "Soldiers of the Fijian Army"
    return run, country


def _time_word(word: str) -> bool:
    """Tell whether a word names a day or a time ("Today", "Monday", "Yesterday"): no part of a body's name."""
    return word in words("calendar") or word.lower() in words("sentence_adverbs")


def _members(doc: Doc, tok: Token) -> bool:
    """Tell whether a word names people or parts of a body, not the body ("Members", "Officials", "Soldiers")."""
    low = tok.text.lower()
    return low in words("member_nouns") or (
        low.endswith("s") and not low.endswith("ss") and low not in doc.lex.org_heads and low not in HEAD_FIRST
        and low.rstrip("s") not in doc.lex.org_heads and low not in doc.lex.role_heads
        and not _is_country_word(doc, tok.text) and low not in doc.lex.places
    )


def _initials(tok: Token) -> str:
    return "".join(part[0] for part in re.split(r"-", tok.bare) if part and part[0].isalpha())


def _acronym_span(run: list[Token], acronym: str) -> list[Token] | None:
    """Return the shortest tail of `run` whose initials spell `acronym`."""
    target = acronym.upper().replace("-", "")
    for start in range(len(run) - 1, -1, -1):
        words = [t for t in run[start:] if t.text not in ("of", "the", "for", "and", "de")]
        initials = "".join(_initials(t) for t in words).upper()
        loose = "".join(t.bare[0] for t in words).upper()
        if initials == target or loose == target:
            return run[start:]
    return None


def _country_in(doc: Doc, run: list[Token]) -> str | None:
    """Return the country named by a demonym or country words inside an organisation name ("New Zealand")."""
    for i, tok in enumerate(run):
        for width in (5, 4, 3, 2):  # "People's Republic of China" before "Republic of China"
            words_ = [t.text for t in run[i : i + width - 1]] + [t.bare for t in run[i + width - 1 : i + width]]
            if len(words_) == width and (country := doc.lex.country(" ".join(words_).replace("\u2019", "'"))):
                return country
            words_ = [t.bare for t in run[i : i + width]]
            if len(words_) == width and (country := doc.lex.country(" ".join(words_))):
                return country
        for part in tok.bare.split("-"):
            country = doc.lex.demonym(part) or doc.lex.country(part)
            if country:
                return country
    return None


def _body_country(doc: Doc, run: list[Token]) -> str | None:
    """Return the country a body belongs to: none for a body of two countries ("U.S.-Japan ... Committee")."""
    for tok in run:
        parts = [c for part in tok.bare.split("-") if (c := doc.lex.demonym(part) or doc.lex.country(part))]
        if len(set(parts)) > 1:
            return None
    return _country_in(doc, run)


def _join(sentence: str, run: list[Token]) -> str:
    return sentence[run[0].start : run[-1].end]


@cache
def _acronym_rx(acronym: str) -> re.Pattern[str]:
    """Return the pattern of a known body's acronym as a word of its own (not "non-NATO ally")."""
    return rx(rf"(?<![\w.])(?<![Nn]on-)(?:(?<=[a-z]-)|(?<!-)){re.escape(acronym)}(?![\w-])")


def _known(doc: Doc, sentence: str):
    """Yield well-known organisations (and their acronyms) mentioned in `sentence` (either apostrophe)."""
    sentence = sentence.replace("\u2019", "'")
    lowered = sentence.lower()
    for key, (name, acronym, country) in key_index(doc.lex.orgs).candidates(sentence):
        if key == acronym:
            if key in sentence and _acronym_rx(key).search(sentence):
                yield name, acronym, country
        elif key in lowered:
            match = word_rx(key, 0 if len(key) <= 3 else re.I).search(sentence)
            if (
                match
                and not _after_capital(sentence[: match.start()])
                and not re.search(r"\b[A-Z][\w]*-$", sentence[max(0, match.start() - 30) : match.start()])  # "Indo-"
                and sentence[match.start()].isupper()
            ):
                yield name, acronym, country


def _inside_name(sentence: str, name: str, acronym: str | None, other: str) -> bool:
    """Tell whether an organisation's mentions all lie inside a longer name ("UN" in "UN Security Council")."""
    if other == name or (acronym and other == acronym):
        return False
    mentions = [*word_rx(name).finditer(sentence), *(_acronym_rx(acronym).finditer(sentence) if acronym else ())]
    spans = [m.span() for m in rx(re.escape(other)).finditer(sentence)]  # "U.N." ends in a stop: no \b after it
    return bool(mentions) and all(any(s <= m.start() and m.end() <= e for s, e in spans) for m in mentions)


def _leading_country(name: str) -> str | None:
    """Return the country a name opens with ("United States Navy" -> United States)."""
    lex = lexicon()
    for width in (3, 2, 1):
        words_ = name.split()
        if len(words_) > width and (country := lex.country(" ".join(words_[:width]).rstrip("."))):
            return country
    return None


def _air_programme(name: str) -> bool:
    """Tell whether a name is an aircraft programme ("Global Combat Air Programme", "Future Fighter Program")."""
    words_ = name.lower().split()
    return len(words_) >= 2 and words_[-1] in ("programme", "program") and bool(
        set(words_[:-1]) & words("air_programme_words")
    )


def _after_capital(before: str) -> bool:
    """Tell whether text ends in a capitalised word that would make a longer name (not "A", "The", "In")."""
    match = re.search(r"(?<![\w-])([A-Z][\w'\u2019.]*)\s$", before)
    if match and not before[: match.start()].strip() and match.group(1).endswith(("ing", "ed")):
        return False  # a sentence's opening participle ("Discussing AUKUS, ...")
    return bool(match) and match.group(1) not in _LEADING and match.group(1).lower() not in lexicon().role_heads


def _written_as(key: str, short: str | None) -> bool:
    """Tell whether a body's name as written ends in another's short form ("U.S. 7th Fleet" and "7th Fleet")."""
    if not short or short.isupper():
        return False  # an all-capitals acronym is matched as one (same_acr)
    short = short.lower()
    return key == short or key.endswith(" " + short)


def _sub_unit(org: OrgDraft, draft: OrgDraft) -> bool:
    """Tell whether the longer of two names ending alike names a unit of the shorter, not the same body
    ("1st Battalion The Duke of Lancaster's Regiment" is a battalion of "The Duke of Lancaster's Regiment")."""
    longer, shorter = sorted((org.key, draft.key), key=len, reverse=True)
    extra = longer[: len(longer) - len(shorter)].split()
    return any(w in _unit_heads() for w in extra)


def _one_type(org: OrgDraft, draft: OrgDraft) -> bool:
    """Tell whether two aircraft are one type, one named by its opening words ("C-17" and "C-17 Globemaster III")."""
    return org.kind == draft.kind == "aircraft" and (
        draft.key.startswith(org.key + " ") or org.key.startswith(draft.key + " ")
    )


def _add(orgs: list[OrgDraft], doc: Doc, index: int, name: str, acronym: str | None, country: str | None,
         kind: str = "organisation", exact: bool = False) -> None:
    """Merge a mention into `orgs` (only into one of the same name if `exact`)."""
    name = (
        re.sub(r"[\u2019']s$", "", name).rstrip(".,") if not name.endswith(("Corp.", "Inc.", "Co.", "Ltd.")) else name
    )
    if kind == "organisation" and _air_programme(name):
        kind = "aircraft"
    leading = _leading_country(name) if kind == "organisation" else None
    draft = OrgDraft(name, acronym, country or leading, kind=kind)
    for org in orgs:
        same_acr = acronym and org.acronym == acronym
        written = _written_as(org.key, acronym) or _written_as(draft.key, org.acronym)
        suffix = (draft.key.endswith(" " + org.key) or org.key.endswith(" " + draft.key)) and not _sub_unit(org, draft)
        if (org.key == draft.key or same_acr or written or (suffix and not exact) or _one_type(org, draft)
                or _demonym_variant(org, draft)):
            org.acronym = org.acronym or acronym
            org.country = org.country or country
            if len(name) > len(org.name) and not same_acr and not written and not _demonym_variant(org, draft):
                org.name = name
            if doc.sid(index) not in org.evidence:
                org.evidence.append(doc.sid(index))
            return
    draft.evidence.append(doc.sid(index))
    orgs.append(draft)
