"""Find countries (by name, alias, demonym and combining form) and places from the gazetteer."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from sitbrief.extract.doc import Doc
from sitbrief.extract.forces import find_forces
from sitbrief.extract.lexicon import Lexicon, lexicon, pairs, words
from sitbrief.extract.organisations import AT_SEAT, SEATS, name_spans, seat_event
from sitbrief.extract.rx import alternation, rx
from sitbrief.text.gate import Gated

_COORDINATED = Gated(re.compile(
    r"\b(?P<a>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+and\s+(?P<b>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+"
    r"(?P<kind>(?i:seas|oceans|straits|islands|gulfs|rivers))\b"
))
_VENUES = alternation(words("venue_heads"))
_FACILITY = Gated(re.compile(
    r"\b(?:(?:Marine Corps Air Station|Marine Corps Base|RAAF Base|RNZAF Base|CFB|Canadian Forces Base|"
    r"Royal [A-Z][a-z]+(?: [A-Z][a-z]+)? Air Force(?:\s+\([A-Z]{2,6}\))? Base|Naval Support Activity|Fleet Activities|"
    r"Naval Air Facility)\s+(?P<c>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)"
    r"|(?:Camp|Fort|RNAS|Royal Naval Air Station|RAF(?!\s+(?:Regiment|Police|Reserves?|Command|Squadron)\b)|Naval Base|Joint Base|Naval Air Station|Naval Station|Air Station|HMNB|"
    r"(?:Her|His) Majesty[\u2019']s Naval Base)(?:\s+\([A-Z]{2,6}\))?\s+"
    r"(?P<b>(?:[A-Z]\.)+(?:\s+[A-Z][\w-]*)?|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)"
    r"|(?P<a>[A-Z][\w-]*(?:\s+(?:(?:bin|ibn|al|el|de|del|da|di|van|von)\s+)?[A-Z][\w-]*){0,2})\s+(?:Air Force Base|Airforce Base|Air Base|Naval Base|Naval Air Station|Air Station|"
    r"Airfield|AFB|Field(?!\s+[A-Z])|Barracks|Naval Station|Garrison|Palace|Cemetery|Port|"
    rf"{_VENUES}|"
    r"military training area|training area|training ground|range|air base|naval base|military base|airport|garrison))\b"
))
_GEO = Gated(re.compile(
    r"\b(?P<name>[A-Z][\w'-]+\s+(?:(?:[A-Z][\w'-]+|(?:al|el|as|ad|ar|de|del|da|di|du|la|le)-[A-Z][\w'-]+)\s+){0,2}(?P<kind>Strait|Sea|Gulf|Bay|Islands?|Peninsula|Channel|Archipelago|Province|Prefecture|Region|Oblast|County|Governorate|province|prefecture|oblast|governorate|Exercise Area|Training Area|Shoal|Reef|Atoll|Cay|Harbour|Harbor))\b"
))
_GEO_OF = Gated(re.compile(
    r"(?<=\bthe )(?P<kind>Strait|Straits|Sea|Gulf|Bay|Isle|Island|Islands)\s+of\s+"
    r"(?P<rest>(?:St\.\s+)?[A-Z][a-z][\w'-]*(?:\s+[A-Z][a-z][\w'-]*)?)"  # "Gulf of St. Lawrence"
))
_NEXT_WORD = re.compile(r" (?P<word>[A-Z][a-z]+)\b")
_GEO_KIND = {"Strait": "sea", "Straits": "sea", "Sea": "sea", "Gulf": "sea", "Bay": "sea", "Channel": "sea", "Shoal": "other", "Reef": "other",
             "Atoll": "other", "Cay": "other", "Harbour": "sea", "Harbor": "sea"}
_WORD = re.compile(r"[\w\u2019'.-]+")


@dataclass
class PlaceDraft:
    """A place being assembled from mentions."""

    name: str
    kind: str
    country: str | None
    evidence: list[str] = field(default_factory=list)


def find_places(
    doc: Doc, dateline: str | None = None, region: str | None = None, people: set[str] | None = None
) -> list[PlaceDraft]:
    """Return countries and places named in `doc` (the dateline's places first), in order of first mention.

    A town the main gazetteer lacks that is a person's surname in `people` ("spoke to Austin") is left out.
    """
    places: list[PlaceDraft] = []
    keys: dict[str, PlaceDraft] = {}
    if doc.sentences:
        for name, kind, country in _dateline_places(doc, dateline, region):
            _place(places, keys, name, kind, country).evidence.append(doc.sentences[0].id)
    for sentence in doc.sentences:
        for name, kind, country in _mentions(doc, sentence.text):
            draft = _place(places, keys, name, kind, country)
            if sentence.id not in draft.evidence:
                draft.evidence.append(sentence.id)
    return _without_people(doc, _without_ship_names(doc, places), people or set())


def _without_people(doc: Doc, places: list[PlaceDraft], people: set[str]) -> list[PlaceDraft]:
    """Drop a town outside the main gazetteer whose name is a person's name or surname ("wrote to Austin")."""
    names = {n for person in people for n in (person, person.split()[-1])}
    return [
        p for p in places
        if not (p.kind in ("city", "other") and p.name in names and p.name.lower() not in doc.lex.places)
    ]


_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|to|from|near|off|of|outside|into|toward|towards|via|departed|departs|departing|left|leaves|leaving)"
    r"\s+(?:the\s+)?$", re.I
)  # "departed Halifax on July 14": the port a ship of that name leaves


def _without_ship_names(doc: Doc, places: list[PlaceDraft]) -> list[PlaceDraft]:
    """Drop a place that is only a named ship's short name ("USS Green Bay ... Green Bay will return").

    A mention after "in", "at", "to", "of" ... is still the place ("its new homeport of San Diego").
    """
    ships = {_short_ship_name(f.name) for s in doc.sentences for f in find_forces(s.text) if f.kind == "ship"}
    if not ships:
        return places
    text = {s.id: s.text for s in doc.sentences}
    kept = []
    for draft in places:
        if draft.kind != "country" and draft.name in ships:
            draft.evidence = [e for e in draft.evidence if _locative_mention(text.get(e, ""), draft.name)]
            if not draft.evidence:
                continue
        kept.append(draft)
    return kept


def _short_ship_name(name: str) -> str:
    """Return a ship's name without its prefix and hull number ("USS Green Bay (LPD 20)" -> Green Bay)."""
    return re.sub(r"\s*\([^)]*\)$", "", name.split(" ", 1)[-1])


def _locative_mention(sentence: str, name: str) -> bool:
    """Tell whether `name` occurs in `sentence` after a locative word ("in Hobart", "homeport of San Diego")."""
    return any(_LOCATIVE_BEFORE.search(sentence[: m.start()]) for m in rx(re.escape(name)).finditer(sentence))


def _place(places: list[PlaceDraft], keys: dict[str, PlaceDraft], name: str, kind: str, country: str) -> PlaceDraft:
    """Return the draft a mention belongs to (found by any of its keys), adding one when it is new."""
    own = _place_keys(name, kind)
    draft = next((keys[k] for k in own if k in keys), None)
    if draft is None:
        draft = PlaceDraft(name, kind, country or None)
        places.append(draft)
    for key in own:
        keys.setdefault(key, draft)
    return draft


def _place_keys(name: str, kind: str) -> list[str]:
    """Return the keys that make two mentions one place ("Indo-Pacific region" = "Indo-Pacific"; bases below)."""
    names = [name]
    known = lexicon().place(name)
    if known and kind != "country":
        names.append(known[0])  # "South East Asia" and "Southeast Asia" are one place
    if kind == "facility":
        return ["facility:" + _facility_key(n) for n in names]
    if kind == "region":
        return ["region:" + _REGION_WORD.sub("", n) for n in names]
    return [kind + ":" + n for n in names]


_REGION_WORD = re.compile(r"\s+region$", re.I)


def _facility_key(name: str) -> str:
    """Return one key for a base written several ways ("HMNB Clyde", "Clyde Naval Base", "Her Majesty's Naval Base")."""
    words_ = name.replace("\u2019", "'").split()
    expanded = [w for word in words_ for w in (pairs("facility_abbreviations").get(word, word).split())]
    return " ".join(sorted(w.lower() for w in expanded if w.lower() not in ("her", "his", "majesty's", "the")))


def dateline_place(doc: Doc, dateline: str | None) -> tuple[str, str, str] | None:
    """Return (name, kind, country) of the dateline city ("MANILA" -> Manila), from the gazetteer."""
    if not dateline:
        return None
    place = doc.lex.places.get(dateline.lower().split(",")[0].strip())
    return (place[0], place[1], place[2]) if place else None


_FACILITY_WORDS = words("facility_words")


def _dateline_places(doc: Doc, dateline: str | None, region: str | None) -> list[tuple[str, str, str]]:
    """Return the dateline's place and the places it adds ("CAMP H.M. SMITH, Hawaii" -> the camp, Hawaii)."""
    found = []
    whole = doc.lex.place(f"{dateline}, {region}") if dateline and region else None
    if whole:  # "Washington, DC": one place the gazetteer knows, the state's initials no place of their own
        return [whole]
    if place := dateline_place(doc, dateline):
        found.append(place)
    elif dateline and not doc.lex.country(dateline):  # a dateline names a place, known or not
        found.append((dateline, "facility" if set(dateline.split()) & _FACILITY_WORDS else "city", ""))
    for part in (region or "").split(","):
        part = part.strip()
        if part:
            found.append(_single(doc, part) or (part, "region", ""))
    return found


def countries_in(doc: Doc, text: str) -> list[str]:
    """Return the countries named in `text`, in order, once each."""
    return list(dict.fromkeys(n for n, kind, _ in _mentions(doc, text) if kind == "country"))


def _always(_name: str, _country: str | None) -> bool:
    """Return True: a place found is blanked so that later finders do not read it again."""
    return True


def _never(_name: str, _country: str | None) -> bool:
    """Return False: the place's words stay for later finders."""
    return False


def _without_country(_name: str, country: str | None) -> bool:
    """Return whether a place names no country (compass waters of a country leave it to be found)."""
    return not country


def _not_ending_in_country(name: str, country: str | None) -> bool:
    """Return whether a directional region does not end in its country ("northern Australia" names one)."""
    return not name.endswith(country or "\0")


def _facilities_of(_doc: Doc, text: str):
    """Yield the facilities of `text` (they need no document)."""
    return _facilities(text)


_BASE_AFTER = re.compile(r"(?:\s+\([A-Z]{2,6}\))?\s+Base\s+[A-Z]")


def _mentions(doc: Doc, text: str):
    """Yield (name, kind, country) for each place mentioned in `text`, none inside a ship's or unit's name."""
    text = _blank_forces(text)
    for start, end in name_spans(doc, text):
        if not _BASE_AFTER.match(text, end):  # "Royal Malaysian Air Force (RMAF) Base Butterworth" is a base
            text = _blank(text, start, end)
    text = _blank_offices(doc, text)
    text = _blank_acronymed_names(doc, text)
    for finder, blanks in _FINDERS:
        for name, kind, country, start, end in finder(doc, text):
            yield name, kind, country
            if blanks(name, country):  # "the East and South China Seas" names no China
                text = _blank(text, start, end)
    yield from _after_preposition(doc, text)
    yield from _seats(text)
    words = list(_WORD.finditer(text))
    i = 0
    while i < len(words):
        width, found = _lookup(doc, text, words, i)
        if found:
            yield from found
        i += max(width, 1)


_PART_OF = Gated(re.compile(
    r"\bthe\s+(?P<dir>(?:[Nn]orth|[Ss]outh)(?:-?(?:[Ee]ast|[Ww]est))?|[Ee]ast|[Ww]est)\s+of\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)"
))


def _part_of_country(doc: Doc, text: str):
    """Yield a region named as a part of a country ("in the East of Ukraine"); the country is still mentioned."""
    for match in _PART_OF.finditer(text):
        found = _single(doc, match["name"])
        if found and found[1] == "country":
            name = f"{match['dir']} of {match['name']}"
            yield name, "region", found[0], match.start("dir"), match.end()


_DIRECTIONAL = Gated(re.compile(
    r"\b(?P<dir>(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central|far-eastern)\s+"
    r"(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)"
))


def _directional(doc: Doc, text: str):
    """Yield a region named by a direction before a known place ("northern Australia", "eastern Norway")."""
    for match in _DIRECTIONAL.finditer(text):
        words_ = match["name"].split()
        for width in range(len(words_), 0, -1):
            name = " ".join(words_[:width])
            found = _single(doc, re.sub(r"[\u2019']s$", "", name))
            if found and found[1] in ("country", "region") and doc.lex.demonym(name) is None:
                country = found[0] if found[1] == "country" else found[2]
                yield f"{match['dir']} {found[0]}", "region", country, match.start(), match.start("name") + len(name)
                break
            if found and found[1] == "sea":  # "the western Pacific", "the eastern Mediterranean": a region of the sea
                if width == 1:  # a sea named in full stays the sea ("the western Black Sea")
                    yield f"{match['dir']} {name}", "region", "", match.start(), match.start("name") + len(name)
                break


_COMPASS_WATERS = Gated(re.compile(
    r"\b(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central)\s+(?P<adj>[A-Z][a-z]+)\s+waters\b"
))


def _compass_waters(doc: Doc, text: str):
    """Yield waters named by a direction and a place's adjective, as written ("northern European waters")."""
    for match in _COMPASS_WATERS.finditer(text):
        adj = match["adj"]
        country = doc.lex.demonym(adj)
        if country or _place_adjective(doc, adj.lower()):
            yield match[0], "sea", country or "", match.start(), match.end()


_DIRECTIONS = r"(?:North|South|East|West)(?:-?(?:east|west))?(?:ern)?|Central"
_ADJECTIVE_WATERS = Gated(re.compile(
    rf"(?:\b(?P<dirs>(?:{_DIRECTIONS})(?:(?:,\s+|\s+(?:and|or)\s+)(?:{_DIRECTIONS}))*)\s+)?"
    r"\b(?P<adj>[A-Z][a-z]+)\s+waters\b"
))


_LOWER_DIRECTION = re.compile(r"\b(?:north|south|east|west|central)[a-z]*\s+$")


def _adjective_waters(doc: Doc, text: str):
    """Yield a region's waters as written ("in European waters"; "Western and Northern European waters" too)."""
    for match in _ADJECTIVE_WATERS.finditer(text):
        adj = match["adj"]
        if doc.lex.demonym(adj) or not _place_adjective(doc, adj.lower()):
            continue  # a country's waters are left to the country ("Australian waters")
        if _LOWER_DIRECTION.search(text[: match.start()]):
            continue  # "northern European waters" is named as written (_compass_waters)
        yield f"{adj} waters", "sea", "", match.start(), match.end()


_OFFICE_FOR = re.compile(
    r"\b(?=(?P<head>[A-Z][a-z]+)\s+(?:for|of)\s+(?:the\s+)?(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?))"
)  # a lookahead: "Secretary of State for East Asian ..." holds two offices' heads, overlapping


def _blank_offices(doc: Doc, text: str) -> str:
    """Blank a region that only names an office's remit ("Minister for Asia"); countries stay mentions.

    The head may be an office's body ("Secretary of State for East Asian and Pacific Affairs").
    """
    for match in _OFFICE_FOR.finditer(text):
        place = _single(doc, match["name"]) or (
            ("", "region", "") if match["name"] in pairs("region_adjectives") else None)  # "for East Asian and ..."
        if _office_head(doc, text, match) and place and place[1] != "country":
            text = _blank(text, match.start("name"), match.end("name"))
    return text


def _office_head(doc: Doc, text: str, match: re.Match[str]) -> bool:
    """Tell whether a match's head word is an office's head, or the body of one ("Secretary of State")."""
    if match["head"].lower() in doc.lex.role_heads:
        return True
    before = re.search(r"\b(?P<role>[A-Z][a-z]+)\s+of\s+$", text[: match.start("head")])
    return bool(before) and before["role"].lower() in doc.lex.role_heads


_ACRONYMED_OF_THE = Gated(re.compile(
    r"\b(?P<head>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s+of\s+the\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+\([A-Z]{3,}\)"
))


def _blank_acronymed_names(doc: Doc, text: str) -> str:
    """Blank a name of the form "X of the <place> (ACRONYM)" ("Rim of the Pacific (RIMPAC)"): no place mention.

    A geographic head ("Sea of Japan") or a country's formal name ("Republic of the Philippines (RP)") stays.
    """
    for match in _ACRONYMED_OF_THE.finditer(text):
        head = match["head"].split()[-1]
        if head in _GEO_KIND or head in ("Isle", "Island", "Islands") or doc.lex.country(match[0].rsplit(" (", 1)[0]):
            continue
        if head.lower() in doc.lex.places or head in words("country_form_heads"):
            continue
        text = _blank(text, match.start(), match.end())
    return text


def _blank_forces(text: str) -> str:
    """Return `text` with the names of ships and units blanked out (offsets kept)."""
    for force in find_forces(text):
        text = _blank(text, force.start, force.end)
    return text


_POSSESSIVE_S = re.compile(r"[\u2019']s?$")
_DASH = re.compile(r"[-\u2013]")


def _lookup(doc: Doc, text: str, words: list[re.Match[str]], i: int):
    """Return (width, mentions) for the longest gazetteer match starting at words[i]."""
    lex = doc.lex
    if not text[words[i].start()].isupper():  # every phrase starting here would be skipped below
        return 1, []
    for width in range(min(lex.max_place_words, len(words) - i), 0, -1):
        phrase = text[words[i].start() : words[i + width - 1].end()]
        bare = phrase if phrase.endswith("U.S.") else (
            _POSSESSIVE_S.sub("", phrase) if phrase[-1] in "'\u2019s" else phrase).rstrip(".,")  # the sub only ends those
        if not bare[:1].isupper():
            continue
        if ("-" in bare or "\u2013" in bare) and (bare.lower() not in lex.places):  # _DASH, without a search
            pieces = [part for part in _DASH.split(bare) if part[:1].isupper()]
            parts = [_single(doc, part) for part in pieces]
            if parts and all(p and p[1] == "country" for p in parts):
                return width, [p for p in parts if p]
            if width == 1 and re.search(r"[-\u2013](?:based|born|built|headquartered|led)$", bare) and parts and parts[0]:
                return 1, parts[:1]  # "the Portsmouth-based frigate"
        found = _single(doc, bare) if _may_be_listed(lex, bare) else None
        if found and found[1] == "country" and bare.lower() in lex.combining and not lex.country(bare):
            found = None  # "Indo" names India only before a hyphen ("Indo-Pacific" aside)
        closed = phrase.endswith(("'", "\u2019"))  # a closing quote or a plural possessive ends the name
        longer = found and not closed and _inside_longer_name(text, words, i + width)
        if longer and _topic_of_name(text, words, i + width, found[1]):
            longer = False  # "the Middle East Peace Process", "the South China Sea Arbitration"
        if found and not (found[1] != "country" and longer):
            return width, [found if found[1] == "country" else (_as_written(bare, found[0]), found[1], found[2])]
    return 1, []


_LISTED: list = [None, frozenset()]  # [the lexicon, every key of its countries, demonyms, combining forms and places]


def _may_be_listed(lex: Lexicon, phrase: str) -> bool:
    """Tell whether `_single` may find `phrase`: always for non-ASCII text, else only when it is a gazetteer key."""
    if not phrase.isascii():
        return True
    if _LISTED[0] is not lex:
        _LISTED[:] = [lex, frozenset(lex.countries) | set(lex.demonyms) | set(lex.combining) | set(lex.places)]
    low = phrase.lower()
    return low in _LISTED[1] or (low[:4] == "the " and low[4:] in _LISTED[1])


def _as_written(phrase: str, canonical: str) -> str:
    """Return the name to give a gazetteer place: as the text writes a spelling or another name of two words or
    more ("South East Asia", "Fleet Base West"), else the gazetteer's ("Spratlys" and "Pacific" give the full name)."""
    def letters(text: str) -> str:
        return re.sub(r"[\W_]", "", text.lower().removeprefix("the "))

    def words_(text: str) -> str:
        return " " + " ".join(re.findall(r"[^\W_]+", text.lower())) + " "

    if letters(phrase) == letters(canonical):
        return phrase[4:] if phrase[:4].lower() == "the " and canonical[:4].lower() != "the " else phrase
    if words_(phrase) in words_(canonical) or words_(canonical) in words_(phrase) or len(phrase.split()) < 2:
        return canonical
    return phrase


def _inside_longer_name(text: str, words: list[re.Match[str]], nxt: int) -> bool:
    """Tell whether the next word continues a longer proper name ("Atlantic Treaty", "Belfast/Good Friday Agreement")."""
    if nxt >= len(words):
        return False
    gap = text[words[nxt - 1].end() : words[nxt].start()]
    if gap == "/":
        return bool(_SLASHED_DOCUMENT.match(text, words[nxt].start()))
    return gap == " " and words[nxt].group()[:1].isupper()


def _topic_of_name(text: str, words: list[re.Match[str]], nxt: int, kind: str) -> bool:
    """Tell whether a region or sea opens the name of a process or case about it ("Middle East Peace Process").

    A process named after a city ("the Aqaba Process") is named after a meeting's venue, not a mention.
    """
    return kind in ("region", "sea") and nxt < len(words) and bool(_TOPIC_NAME.match(text, words[nxt].start()))


_TOPIC_NAME = re.compile(rf"(?:[A-Z][\w'\u2019-]*\s+){{0,2}}(?:{alternation(words('topic_name_heads'))})\b")
_SLASHED_DOCUMENT = re.compile(rf"(?:[A-Z][\w'\u2019-]*\s+){{0,3}}(?:{alternation(words('document_heads'))})\b")


def _single(doc: Doc, phrase: str) -> tuple[str, str, str] | None:
    """Return the mention a single phrase makes: a country, a demonym, a combining form, a place."""
    key = ("places._single", phrase)
    if key not in doc.memo:
        doc.memo[key] = _single_uncached(doc, phrase)
    return doc.memo[key]  # type: ignore[return-value]


def _single_uncached(doc: Doc, phrase: str) -> tuple[str, str, str] | None:
    """Look up the mention `phrase` makes (see `_single`)."""
    lex = doc.lex
    if not phrase or not phrase[0].isupper():
        return None
    if phrase.isupper() and len(phrase) <= 3 and lex.cased.get(phrase.lower()) != phrase:
        return None  # an acronym that is no alias in capitals of the gazetteer
    if not lex.in_case(phrase):
        return None  # "Act" is not "ACT"
    country = lex.country(phrase) or lex.demonym(phrase) or lex.combining.get(phrase.lower())
    if country:
        return country, "country", country
    place = lex.place(phrase)
    if place and place[1] != "country":
        return place[0], place[1], place[2]
    return None


_COORDINATED_PARTS = Gated(re.compile(
    r"\b(?P<a>(?:North|South|East|West)(?:-?(?:east|west))?|Central)\s+and\s+"
    r"(?P<b>(?:North|South|East|West)(?:-?(?:east|west))?|Central)\s+(?P<noun>Asia|Africa|Europe|America|Pacific)\b"
))


_COMPASS_ADJ = r"(?:[Cc]entral|[Ee]astern|[Ww]estern|[Nn]orthern|[Ss]outhern|[Nn]orth-?[Ee]astern|[Ss]outh-?[Ee]astern)"
_COORDINATED_ADJECTIVES = re.compile(
    rf"\b(?P<a>{_COMPASS_ADJ})\s+and\s+(?P<b>{_COMPASS_ADJ})\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b"
)


def _coordinated_adjectives(doc: Doc, text: str):
    """Yield one region of two compass adjectives and a known place ("Central and Eastern Europe", "central and
    eastern Norway"); a country's name is left to be found as the country."""
    for match in _COORDINATED_ADJECTIVES.finditer(text):
        words_ = match["place"].split()
        for k in (len(words_), 1):
            name = " ".join(words_[:k])
            country = doc.lex.country(name)
            if country or ((place := doc.lex.place(name)) and place[1] == "region"):
                end = match.start("place") + len(name)
                blank = match.end("b") if country else end  # the country's name stays to be found
                yield text[match.start() : end], "region", country or "", match.start(), blank
                break


@cache
def _speaking_seat_pattern() -> re.Pattern[str]:
    """Return the pattern of a capital city before a verb of saying ("Beijing warned", "Washington has said")."""
    verbs = alternation(words("speech_verbs"))
    return re.compile(
        rf"(?P<before>\b[A-Za-z]+\s+)?(?P<city>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:'s\s+government)?"
        rf"\s+(?:(?:has|have|had|also|again|then|later)\s+)*(?:{verbs})\b"
    )


_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "to", "of", "near", "via", "into", "outside", "inside", "across"})


def _speaking_seats(doc: Doc, text: str):
    """Yield the country a capital speaks for ("Washington said", "Beijing warned"): the government, no city
    mention; a capital after a preposition is the city ("officials in Wellington said")."""
    for match in _speaking_seat_pattern().finditer(text):
        country = doc.lex.capitals.get(match["city"].lower())
        before = (match["before"] or "").strip()
        subject = not before or before in words("sentence_initial") or (
            before.islower() and before not in _PLACE_PREPOSITIONS
        )  # not "in Wellington said", nor a person's title ("Mr Lima said")
        if country and subject and doc.lex.place(match["city"]):
            yield country, "country", country, match.start("city"), match.end("city")


def _coordinated_parts(doc: Doc, text: str):
    """Yield both regions of "South and Southeast Asia" with the span of the first part."""
    for match in _COORDINATED_PARTS.finditer(text):
        place = doc.lex.place(f"{match['a']} {match['noun']}")
        if place:
            yield place[0], place[1], place[2], match.start("a"), match.end("a")


@cache
def _region_adjective_pattern() -> Gated:
    """Return the pattern of a region's adjective before a lower-case word ("European security")."""
    names = alternation(pairs("region_adjectives"))
    return Gated(re.compile(rf"(?<![\w-])(?P<adj>{names})(?=\s+[a-z])"))


def _region_adjectives(doc: Doc, text: str):
    """Yield the region an adjective names ("Eastern European allies" -> Eastern Europe), with its span."""
    for match in _region_adjective_pattern().finditer(text):
        place = doc.lex.place(pairs("region_adjectives")[match["adj"]])
        if place:
            yield place[0], place[1], place[2], match.start(), match.end()


def _coordinated(doc: Doc, text: str):
    """Yield both places of "the East and South China seas" and the like, with the span of the whole phrase."""
    for match in _COORDINATED.finditer(text):
        noun = {
            "seas": "Sea",
            "oceans": "Ocean",
            "straits": "Strait",
            "islands": "Islands",
            "gulfs": "Gulf",
            "rivers": "River",
        }[match["kind"].lower()]
        second = f"{match['b']} {noun}"
        tail = match["b"].split()[1:]
        firsts = [" ".join([match["a"], *tail, noun]), f"{match['a']} {noun}"]
        first = next((doc.lex.places[n.lower()] for n in firsts if n.lower() in doc.lex.places), None)
        for place in (first, doc.lex.places.get(second.lower())):
            if place:
                yield place[0], place[1], place[2], match.start(), match.end()


_EVENT_HEADS = words("event_name_heads")
_AIRCRAFT_STEMS = {n.removesuffix("e") for n in words("aircraft_names")} | words("aircraft_names")


def _only_nationality(words_: str) -> bool:
    """Tell whether words are only countries' names or adjectives ("Chinese", "US", "South Korean")."""
    lex = lexicon()
    parts = words_.replace("-", " ").split()
    return all(lex.names_country(w) for w in parts) or bool(
        lex.country(words_) or lex.demonym(words_)
    )


def _facilities(text: str):
    """Yield bases, camps and palaces named by pattern ("Kadena Air Base", "Camp H.M. Smith"), with spans."""
    for match in list(_FACILITY.finditer(text)):
        whole = match.group(0)
        if match["a"] and whole[-1].islower() and _only_nationality(match["a"]):
            continue  # "the Chinese military base", "a US naval base": no name, and the country is a mention
        if match["b"] and match["b"].split()[0].removesuffix("s").removesuffix("e") in _AIRCRAFT_STEMS:
            continue  # "RAF Typhoons" are aircraft
        name = whole  # "Siauliai air base" is one place with "Siauliai Air Base"
        name = re.sub(r"\s+\([A-Z]{2,6}\)", "", name)  # "Her Majesty's Naval Base (HMNB) Devonport"
        words_ = name.split()
        while words_ and words_[0] in _NOT_PLACE | {"The", "A", "In", "At", "On", "From", "To"}:
            words_ = words_[1:]
        gathering = re.match(r"\s+([A-Z]\w+)", text[match.end() :])
        if match["b"] and len(match["b"].split()) == 2 and gathering and gathering[1] in _EVENT_HEADS:
            words_ = words_[:-1]  # "the Camp David Trilateral Summit" was held at Camp David
        while len(words_) > 1 and words_[-1] in _EVENT_HEADS:
            words_ = words_[:-1]  # "Camp David Summit"
        if words_ and (len(words_) >= 2 or name != whole):
            name = " ".join(words_)
            start = match.start() + whole.index(words_[0])
            yield name, "facility", "", start, match.end() if name.endswith(whole.split()[-1]) else start + len(name)


_HEADQUARTERS = Gated(re.compile(r"(?P<body>(?:[A-Z][\w.'\u2019-]*\s+){1,4})Headquarters\b"))


def _headquarters(doc: Doc, text: str):
    """Yield a known body's headquarters as a facility ("United Nations Headquarters", "NATO Headquarters")."""
    for match in _HEADQUARTERS.finditer(text):
        words_ = match["body"].split()
        for i in range(len(words_)):
            body = " ".join(words_[i:])
            if body in doc.lex.orgs or body.lower() in doc.lex.orgs:
                start = match.start("body") + match["body"].index(words_[i]) if i else match.start()
                yield text[start : match.end()], "facility", "", start, match.end()
                break


_PORT = Gated(re.compile(r"\b(?P<port>[Pp]ort|[Hh]arbou?r) of (?:the\s+)?(?P<name>[A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*){0,2})"))


def _ports(doc: Doc, text: str):
    """Yield a port the gazetteer lacks ("the Port of Tanjung Priok", "the port of Lae"), with its span."""
    for match in _PORT.finditer(text):
        words_ = match["name"].split()
        while words_ and (words_[-1] in _NOT_PLACE or words_[-1] in words("sentence_initial")):
            words_.pop()
        name = " ".join(words_)
        if not name or _single(doc, name) or name.lower() in doc.lex.cities or any(
            _single(doc, w) for w in words_
        ):
            continue  # a known place: the gazetteer finds it ("port of Darwin")
        if match["port"][0].isupper():
            start, end = match.start(), match.start("name") + len(name)
            yield text[start:end], "facility", "", start, end
        else:
            start = match.start("name")
            yield name, "city", "", start, start + len(name)


def _blank(text: str, start: int, end: int) -> str:
    """Return `text` with start..end replaced by spaces (offsets kept)."""
    return text[:start] + " " * (end - start) + text[end:]


def _geographic(doc: Doc, text: str):
    """Yield unknown places named with a geographic word ("Davis Strait", "Kherson Oblast")."""
    for match in _GEO.finditer(text):
        name = match["name"]
        words = name.split()
        while words and (
            words[0] in ("The", "In", "On", "At", "Off", "Near") or doc.lex.demonym(words[0]) and len(words) > 2
            or words[0].lower() in doc.lex.role_heads  # "Commander Sea Training"
        ):
            words = words[1:]
        name = " ".join(words)
        if _office_follows(doc, text, match.end()):
            continue  # "First Sea Lord" is an office
        if len(words) == 2 and words[0].lower() in doc.lex.org_heads:
            continue  # "Navy Region Hawaii" is a command, not a region
        if len(words) >= 2 and name.lower() not in doc.lex.places and not doc.lex.country(name):
            start = match.start() + match["name"].index(name)
            yield name, _GEO_KIND.get(match["kind"], "region"), "", start, start + len(name)
    for match in _GEO_OF.finditer(text):
        name = match[0]
        if name.lower() not in doc.lex.places and not _office_follows(doc, text, match.end()):
            yield name, _GEO_KIND.get(match["kind"], "region"), "", match.start(), match.end()


_SEAT_NAMES = alternation(SEATS)
_SEAT = Gated(re.compile(
    rf"\b{AT_SEAT}\s+(?:the\s+)?(?P<name>{_SEAT_NAMES})\b"
))
_BARE_SEAT = Gated(re.compile(rf"\b(?P<name>{_SEAT_NAMES})\b"))


_EEZ = Gated(re.compile(
    r"(?:(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)(?:[\u2019']s?)?\s+)?(?P<zone>[Ee]xclusive [Ee]conomic [Zz]ones?|EEZs?)\b"
))


def _economic_zones(doc: Doc, text: str):
    """Yield exclusive economic zones as written, with their country ("the Philippines' exclusive economic zone")."""
    for match in _EEZ.finditer(text):
        owner = match["owner"]
        country = _single(doc, owner) if owner else None
        if country and country[1] == "country":
            start = match.start("owner")
            yield text[start : match.end()], "region", country[0], match.start("zone"), match.end()
        elif not re.search(r"\b(?:our|their|its|your|his|her)\s+$", text[: match.start("zone")], re.I):
            yield match["zone"], "region", "", match.start("zone"), match.end()  # not "our exclusive economic zone"


_CITY_CONTEXT = re.compile(
    r"(?:\b(?:in|at|near|off|outside|from|to|toward|towards|via|visit|visits|visited|visiting|city of|port of|"
    r"town of)\s+(?:the\s+)?)(?P<a>[A-Z][\w\u2019'.-]*(?:\s+[A-Z][\w\u2019'.-]*){0,2})"
    r"|(?P<b>[A-Z][\w\u2019'.-]*(?:\s+[A-Z][\w\u2019'.-]*){0,2})(?=,\s+[A-Z])"
    r"|(?<=[a-z]) (?:and|or) (?P<c>[A-Z][\w\u2019'.-]*(?:\s+[A-Z][\w\u2019'.-]*){0,2})"
)


def _context_cities(doc: Doc, text: str):
    """Yield cities of the larger list (cities.tsv) where the context says place ("in Trondheim", "Sattahip, Thailand")."""
    for match in _CITY_CONTEXT.finditer(text):
        group = "a" if match["a"] else "b" if match["b"] else "c"
        if group == "c" and not _place_before(doc, text[max(0, match.start() - 80) : match.start()]):
            continue
        words_ = match[group].split()
        for width in range(len(words_), 0, -1):
            name = " ".join(words_[:width]).rstrip(".,")
            city = doc.lex.cities.get(name.lower())
            if not city and "-" in name and (city := doc.lex.cities.get(name.replace("-", " ").lower())):
                city = (name, *city[1:])  # "Siem-Reap" is Siem Reap, named as written
            if not city or doc.lex.places.get(name.lower()) or doc.lex.country(name):
                continue
            if group == "b" and not _names_country_after(doc, text, match.start(group) + len(name)):
                break
            if width < len(words_) and group != "b":
                break  # part of a longer name ("in Trondheim Fjord Park")
            start = match.start(group)
            yield city[0], city[1], city[2], start, start + len(name)
            break


_ADDRESS = re.compile(
    r"(?P<a>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?),\s+(?P<b>[A-Z][a-z][\w'-]+(?:\s+[A-Z][a-z][\w'-]+)?),\s+"
    r"(?P<c>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)(?=\s*[.;)]|\s+(?:on|in|for|to|with|where|during|this|last|next)\b)"
)


def _address_middles(doc: Doc, text: str):
    """Yield the unknown province between a town and its country ("in Clark, Pampanga, Philippines")."""
    for match in _ADDRESS.finditer(text):
        town, middle, country = (_single(doc, match[g]) for g in "abc")
        low = match["b"].lower()
        town = town or doc.lex.cities.get(match["a"].lower())
        if not town and re.search(r"\b(?:in|at|near|outside)\s+$", text[: match.start()]):
            town = (match["a"], "city", "")  # "in Clark, Pampanga, Philippines": the town need not be known
        if not town or town[1] not in ("city", "facility") or not country or country[1] != "country":
            continue
        if middle or low in doc.lex.places or low in doc.lex.cities or match["b"] in _NOT_PLACE:
            continue
        yield match["b"], "region", country[0], match.start("b"), match.end("b")


@cache
def _state_pattern() -> Gated:
    """Return the pattern of a state's or province's abbreviation after a town or base and a comma ("Fort Polk,
    La.", "Shearwater, N.S."); a US state's also without the comma after "in"/"of" ("deserts of Yakima Wash.")."""
    states = alternation(words("us_state_abbreviations"))
    either = alternation(words("us_state_abbreviations") | set(pairs("province_abbreviations")))
    town = r"(?P<town>[A-Z][a-z][\w'-]*(?:\s+[A-Z][a-z][\w'-]*)?)"
    bare = r"\b(?:in|at|of|near|from)\s+(?P<bare>[A-Z][a-z][\w'-]*(?:\s+[A-Z][a-z][\w'-]*)?)"
    return Gated(re.compile(
        rf"(?:{town}|(?<=[\w)\s])),\s+(?P<state>{either})(?![\w.])|{bare}\s+(?P<bstate>{states})(?![\w.])"
    ))


def _state_abbreviations(doc: Doc, text: str):
    """Yield a state or province abbreviated after a town or base ("Playas, N.M."), and the town the main
    gazetteer lacks (of the larger list too, when it lies in that country)."""
    for match in _state_pattern().finditer(text):
        town_group, state_group = ("town", "state") if match["state"] else ("bare", "bstate")
        town, state = match[town_group], match[state_group]
        country = pairs("province_abbreviations").get(state, "United States")
        city = doc.lex.cities.get(town.lower()) if town else None
        if town and not _single(doc, town) and town not in _NOT_PLACE and (not city or city[2] == country):
            yield town, "city", country, match.start(town_group), match.end(town_group)
        yield state, "region", country, match.start(state_group), match.end(state_group)


def _place_before(doc: Doc, before: str) -> bool:
    """Tell whether a known place ends `before` ("Bergen" of "Bergen and Trondheim")."""
    last = re.search(r"([A-Z][\w\u2019'.-]*(?:\s+[A-Z][\w\u2019'.-]*)?)$", before)
    if not last:
        return False
    words_ = last.group(1).split()
    return any(
        (k := " ".join(words_[-n:]).lower()) in doc.lex.places or k in doc.lex.cities for n in range(1, len(words_) + 1)
    )


def _names_country_after(doc: Doc, text: str, end: int) -> bool:
    """Tell whether ", <country or region>" follows position `end` ("Sattahip, Thailand")."""
    after = re.match(r",\s+([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)", text[end : end + 80])
    return bool(after) and any(
        _single(doc, " ".join(after.group(1).split()[:k])) for k in (2, 1)
    )


def _seats(text: str):
    """Yield a government's seat named as a place ("met ... at the Pentagon"), not an office's body ("Advisor at")."""
    roles = lexicon().role_heads
    for match in _SEAT.finditer(text):
        before = re.search(r"([A-Za-z]+)\s+\S+\s+(?:the\s+)?$", text[: match.start("name")])
        if before and before[1][0].isupper() and before[1].lower() in roles:
            continue  # "Senior Advisor at the White House" serves the body
        yield match["name"], "facility", ""
    for match in _BARE_SEAT.finditer(text):
        if seat_event(text[match.end() :]):
            yield match["name"], "facility", ""  # "today's Pentagon media briefing"


def _office_follows(doc: Doc, text: str, end: int) -> bool:
    """Tell whether a title word follows a geographic name, making it an office ("First Sea Lord")."""
    from sitbrief.extract.people import HONORIFICS, TITLE_WORDS

    nxt = _NEXT_WORD.match(text, end)
    return bool(nxt) and nxt["word"].lower() in doc.lex.role_heads | TITLE_WORDS | HONORIFICS


_PREP_PLACE = re.compile(
    r"\b(?<!called )(?:in|at|near|off|outside|from|to|port of|home ?port of|city of|town of|village of|island of|province of)\s+(?:the port of\s+)?(?P<name>[^\W\d_][^\W\d_'-]+(?:\s+(?=[A-ZÀ-ÖØ-Þ])[^\W\d_][^\W\d_'-]+)?)"
    r"(?=[,.;]|\s+(?:on|and|in|for|with|to|from|by|at|near|off|outside|where|which|during|earlier|later|this|last|next)\b)"
)
_NOT_PLACE = words("calendar") | words("not_place")
_NOUN_ENDINGS = tuple(words("common_noun_endings"))
_PLACE_KIND_WORDS = words("place_kind_words")
_ACTIVITY = words("activity_heads")


def _place_adjective(doc: Doc, low: str) -> bool:
    """Tell whether a word is the adjective of a known place ("european", "asian", "african")."""
    return any(low.endswith(end) and low[: -len(end)] in doc.lex.places for end in ("an", "n", "ian"))


def _after_preposition(doc: Doc, text: str):
    """Yield an unknown town named after "in", "at" or "near" ("training near Bardufoss."), and one joined to it."""
    for match in _PREP_PLACE.finditer(text):
        name = match["name"]
        if _unknown_town(doc, text, name, match.start("name"), match.end("name")):
            yield name, "other", ""
    for match in _PREP_PAIR.finditer(text):
        first = match["a"].lower()
        known = first in doc.lex.places or first in doc.lex.cities
        if (known or _unknown_town(doc, text, match["a"], match.start("a"), match.end("a"))) and _unknown_town(
            doc, text, match["b"], match.start("b"), match.end("b")
        ):
            yield match["b"], "other", ""  # "the bases in Rota and Moron."


_PREP_PAIR = re.compile(
    r"\b(?:in|at|near|from)\s+(?P<a>[A-Z][^\W\d_'-]+)\s+and\s+(?P<b>[A-Z][^\W\d_'-]+)(?=[,.;])"
)


def _unknown_town(doc: Doc, text: str, name: str, start: int, end: int) -> bool:
    """Tell whether a capitalised name after a preposition can be a town the gazetteer lacks."""
    from sitbrief.extract.people import TITLE_WORDS

    if not all(w[0].isupper() and not w.isupper() for w in name.split()):
        return False
    low = name.lower()
    words = low.split()
    if name in _NOT_PLACE or low in doc.lex.places or doc.lex.country(name) or doc.lex.demonym(name) or name in SEATS:
        return False  # a seat is found as a facility ("at Zhongnanhai")
    if _place_adjective(doc, low):
        return False  # "support to European Union initiatives": an adjective, not a town
    if name in _PLACE_KIND_WORDS or any(w.endswith(_NOUN_ENDINGS) for w in words):
        return False  # "at Sea", "from Deployment"
    if name.split()[0] in _ACTIVITY or text[:start].rstrip().split()[-1:] in ([a] for a in _ACTIVITY):
        return False
    if any(w in TITLE_WORDS or w in doc.lex.org_heads or w in doc.lex.role_heads for w in words):
        return False
    if name in doc.lex.orgs or low in doc.lex.orgs or doc.lex.demonym(name.split()[0]):
        return False
    return not re.match(r",\s+who(?:se|m)?\b", text[end:])  # "tribute to Keating, who will retire": a person


# The finders of _mentions in order, each with whether a place it finds is blanked for the next.
_FINDERS = (
    (_speaking_seats, _always), (_coordinated, _always), (_coordinated_adjectives, _always), (_coordinated_parts, _always), (_adjective_waters, _always), (_region_adjectives, _always),
    (_part_of_country, _never), (_compass_waters, _without_country), (_directional, _not_ending_in_country),
    (_headquarters, _always), (_ports, _always), (_facilities_of, _always), (_geographic, _always),
    (_economic_zones, _always), (_state_abbreviations, _always), (_address_middles, _always),
    (_context_cities, _always),
)
