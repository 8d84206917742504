"""Find named ships and military units: "USS Chung-Hoon (DDG 93)", "HMS Westminster", "3rd Battalion,
3rd Marine Regiment", "31st Marine Expeditionary Unit", "6 Squadron", "India Company".

They are organisations of kind ``ship`` or ``unit``. Their spans are shared with the people and
place finders so that a ship's name is never read as a person ("ORP General Kazimierz Pulaski")
or a place ("USS Green Bay").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from sitbrief.extract.lexicon import lexicon, pairs, words
from sitbrief.extract.rx import alternation
from sitbrief.text.gate import Gated

_SHIP_WORD = r"(?:[A-Z]\.|[A-Z][\w'\u2019-]*)"


@dataclass(frozen=True)
class Force:
    """A ship or unit named in a sentence, with its span."""

    name: str
    kind: str  # ship | unit | aircraft
    country: str | None
    start: int
    end: int


@cache
def _ship_pattern() -> Gated:
    """Return the pattern of a ship: prefix, name words, optional hull number in brackets."""
    prefixes = alternation(lexicon().ship_prefixes)
    return Gated(re.compile(
        rf"\b(?P<prefix>{prefixes})(?:\s+\((?P<short>[A-Z]{{2,6}})\))?\s+(?P<name>{_SHIP_WORD}(?:\s+(?:{_SHIP_WORD}|of|the)){{0,3}})"
        r"(?P<hull>\s+\((?:[A-Z]{1,4}[- ]?\d{1,4}|[A-Z]\d{2,3})\))?"
    ))


@cache
def _unit_patterns() -> list[Gated]:
    """Return the patterns of named units: number first, number last, letter or phonetic companies."""
    heads = alternation(words("unit_heads"))
    chained = alternation(words("unit_heads") - words("separate_unit_heads"))  # a battalion's regiment after it
    short = alternation(words("unit_heads") | set(pairs("unit_abbreviations")))  # after a number: "1(F) Sqn"
    phonetic = "|".join(sorted(words("phonetic_alphabet")))
    numbered = alternation(words("numbered_unit_heads"))
    ordinal = r"(?:(?:(?:No\.?|Number)\s*)?\d{1,4}(?:st|nd|rd|th)?|\b[IVXL]{1,6}(?=\([A-Z]))"  # "IX(B) Squadron"
    role = r"(?:\s*\([A-Z][A-Za-z]*\))?"  # the squadron's role: "1(Fighter) Squadron", "1(F) Sqn", "II(AC) Squadron"
    regiment = alternation(words("regiment_heads"))
    seat = r"(?:(?<=Wing)(?:\s+(?!Commanders?\b)[A-Z][a-z]{2,}\b){1,2})?"  # "12 Wing Shearwater", "4 Wing Cold Lake"
    named = r"(?:(?:[A-Z][\w'\u2019-]*|of)\s+){0,4}"  # "Duke of Lancaster's", "Royal Australian"
    return [Gated(p) for p in (
        re.compile(
            rf"\b{ordinal}{role}\s+(?:[A-Z][\w-]*\s+){{0,4}}(?:{short})\b{seat}"
            rf"(?:,\s+{ordinal}\s+(?:[A-Z][\w-]*\s+){{0,4}}(?:{chained})\b{seat}(?!\s+[A-Z])"
            rf"|(?:,\s+|\s+(?=The\s))(?:The\s+)?(?<!of\s){named}(?:{regiment})\b(?:\s+of\s+[A-Z][a-z]+\b)?)?"
        ),
        re.compile(rf"\b(?:[A-Z][\w-]*\s+){{1,4}}(?:{heads})\s+\d{{1,4}}(?:/\d{{1,2}})?\b(?!\s*(?:st|nd|rd|th)\b)"),
        re.compile(rf"\b(?:{phonetic})\s+(?:Company|Battery|Troop)\b|\b(?:Company|Battery|Troop)\s+[A-Z]\b(?![\w.])"),
        re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)\s+(?:{numbered})\b"),
    )]


@cache
def _typed_ships() -> Gated:
    """Return the pattern of ships named after their type ("minehunters Cattistock, Hurworth and Grimsby")."""
    types = alternation(words("ship_types"))
    name = r"[A-Z][a-z][\w'\u2019-]*"
    return Gated(re.compile(rf"\b(?:{types})\s+(?P<names>{name}(?:,\s+{name})*(?:,?\s+and\s+{name})?)\b"))


@cache
def _listed_ships() -> Gated:
    """Return the pattern of ships listed after a plural prefix ("HMA Ships Ararat, Larrakia and Benalla")."""
    prefixes = alternation(pairs("ship_plural_prefixes"))
    name = r"[A-Z][a-z][\w'\u2019-]*"
    return Gated(re.compile(rf"\b(?P<prefix>{prefixes})\s+(?P<names>{name}(?:,\s+{name})*(?:,?\s+and\s+{name})?)\b"))


def _ships_of_a_list(text: str) -> list[Force]:
    """Return each ship listed after a plural prefix, named with the prefix of one ship ("HMAS Ararat")."""
    lex = lexicon()
    forces = []
    for match in _listed_ships().finditer(text):
        prefix = pairs("ship_plural_prefixes")[match["prefix"]]
        for name in re.finditer(r"[A-Z][\w'\u2019-]*", match["names"]):
            start = match.start("names") + name.start()
            forces.append(Force(f"{prefix} {name.group()}", "ship", lex.ship_prefixes.get(prefix), start,
                                start + len(name.group())))
    return forces


def _named_by_type(text: str) -> list[Force]:
    """Return each ship named after its type, one Force per name."""
    forces = []
    for match in _typed_ships().finditer(text):
        for name in re.finditer(r"[A-Z][\w'\u2019-]*", match["names"]):
            start = match.start("names") + name.start()
            if name.group() not in words("sentence_initial"):
                forces.append(Force(name.group(), "ship", None, start, start + len(name.group())))
    return forces


_TASK_FORCE = Gated(re.compile(
    r"\b(?P<pre>(?:[A-Z][\w'\u2019.-]*\s+){0,3})Task\s+(?:Force|Group|Unit)(?:\s+|-|\s*[\u2013\u2014]\s*)"
    r"(?P<name>\d{1,4}(?:\.\d{1,2})*\b|[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})"
))


def _task_force_start(match: re.Match[str]) -> int:
    """Return where a task force's name starts: its qualifiers ("Joint Special Operations"), not a title,
    an opening word, a possessive or a country before them ("Commander", "The", "Navy's", "U.S.")."""
    lex = lexicon()
    pre = match["pre"].split()
    while pre and (
        pre[0].lower() in lex.role_heads or pre[0] in words("sentence_initial") or re.search(r"[\u2019']s$", pre[0])
        or lex.names_country(pre[0])
        or pre[0] in lex.ship_prefixes
    ):
        pre = pre[1:]
    return match.start("pre") + (match["pre"].index(pre[0]) if pre else len(match["pre"]))


def _task_forces(text: str) -> list[Force]:
    """Return task forces named by a number or a name ("Task Force 59", "Task Force Koa Moana"), not an office."""
    lex = lexicon()
    forces = []
    for match in _TASK_FORCE.finditer(text):
        name = match["name"].split()
        while name and (name[-1].lower() in lex.role_heads or name[-1] in words("sentence_initial")):
            name.pop()  # "Task Force Commander"
        if name and not any(w.lower() in lex.role_heads for w in name):
            end = match.start("name") + len(" ".join(name))
            start = _task_force_start(match)
            forces.append(Force(text[start:end], "unit", None, start, end))
    return forces


@cache
def _aircraft_pattern() -> re.Pattern[str]:
    """Return the pattern of an aircraft: a designation ("F-35A", "Tu-95") or a name with a mark ("Merlin Mk2")."""
    prefixes = alternation(words("aircraft_designators"))
    return re.compile(
        rf"\b(?P<des>(?:{prefixes})-\d{{1,3}}[A-Z]?\d?(?:\([A-Z]{{1,2}}\))?(?:-\d{{1,2}}\b)?)(?:s\b)?(?P<rest>(?:\s+(?:[A-Z][\w-]*|[IVX]+)){{0,3}})"
        r"|\b(?P<mark>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+Mk\.?\s?\d{1,2}[A-Z]?)\b"
    )


def _aircraft(text: str) -> list[Force]:
    """Return the aircraft named by designation and name ("P-8A Poseidon"), or by a name and mark ("Merlin Mk2")."""
    forces = []
    for match in _aircraft_pattern().finditer(text):
        if match["mark"]:
            if match["mark"].split()[0] not in words("sentence_initial"):
                forces.append(Force(match["mark"], "aircraft", None, match.start("mark"), match.end("mark")))
            continue
        name = [match["des"]]
        for word in match["rest"].split():
            if word.lower() in words("aircraft_nouns") or word in words("sentence_initial"):
                break
            name.append(word)
        kept = list(re.finditer(r"\S+", match["rest"]))[: len(name) - 1]
        end = match.start("rest") + kept[-1].end() if kept else match.end("des")
        if kept:
            name[-1] = _singular_aircraft(name[-1])  # "F-15 Eagles" -> F-15 Eagle
        forces.append(Force(" ".join(name), "aircraft", None, match.start(), end))
    return forces


@cache
def _aircraft_name_lasts() -> frozenset[str]:
    """Return the last words of the known aircraft names ("Hercules", "Eagle")."""
    return frozenset(name.split()[-1] for name in words("aircraft_names"))


def _singular_aircraft(word: str) -> str:
    """Return an aircraft name's last word in the singular ("Eagles" -> Eagle), a singular in s kept ("Hercules")."""
    if word in _aircraft_name_lasts() or not word.endswith("s") or word.endswith(("ss", "us", "is", "as", "os")):
        return word
    return word[:-1]


@cache
def _service_aircraft_pattern() -> Gated:
    """Return the pattern of an aircraft type after a service's initials ("the RAF Typhoons", "RAAF Poseidon")."""
    names = alternation(words("aircraft_names"))
    return Gated(re.compile(rf"\b(?P<service>[A-Z]{{2,5}})\s+(?P<name>{names})(?:s|es)?\b(?!\s+[A-Z])"))


def _service_aircraft(text: str) -> list[Force]:
    """Return the aircraft types named after a known service's initials, in the singular ("RAF Typhoons" -> Typhoon)."""
    orgs = lexicon().orgs
    return [
        Force(m["name"], "aircraft", None, m.start("name"), m.end("name"))
        for m in _service_aircraft_pattern().finditer(text) if m["service"] in orgs
    ]


_MODEL = r"[A-Z]{1,4}\d{2,4}[A-Z]{0,3}"  # a maker's model code ("NH90", "AS350BA", "A400M")
_MARK = r"(?:\s+(?:(?:Tranche|Block|Mk\.?|Mark|Increment)\s?\d{1,2}[A-Z]?|[A-Z]{2,4}\d{1,2}\b))?"


@cache
def _named_aircraft_pattern() -> re.Pattern[str]:
    """Return the pattern of an aircraft type by name or model code, maybe plural, maybe with its mark
    ("Typhoon Tranche 1", "NH90", "AS350BA Squirrel", "Chinooks"), and the word after it."""
    names = alternation(words("aircraft_names"))
    return re.compile(
        rf"\b(?P<name>(?:(?P<model>{_MODEL})\s+)?(?:{names})(?=(?:e?s)?\b)|(?P<code>{_MODEL})(?:\s+[A-Z][a-z]+)?\b)"
        rf"(?P<plural>(?<=[a-z])e?s)?(?P<mark>{_MARK})(?P<after>\s+(?P<next>[A-Za-z][\w-]*))?"
    )


_COUNT_BEFORE = re.compile(r"(?:\b\d{1,3}|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|pair of|fleet of"
                           r"|squadron of|flight of|formation of))\s+$", re.I)


def _counted(before: str, m: re.Match[str]) -> bool:
    """Tell whether a count before a type's name makes it aircraft: "a squadron of Typhoon", "four Typhoons flew",
    not a plural that qualifies a noun ("two Eagles fans")."""
    count = _COUNT_BEFORE.search(before)
    if not count:
        return False
    if count.group().rstrip().endswith(" of"):
        return True
    nxt = m["next"] or ""
    return bool(m["plural"]) and not (nxt.islower() and nxt.endswith("s") and not nxt.endswith("ss"))


def _named_aircraft(text: str) -> list[Force]:
    """Return aircraft types named without a designation: a known name or model code before an aircraft noun
    ("Tornado aircraft", "NH90 helicopters", "Voyager transport"), a count ("four Typhoons"), or a known name
    before "Force", the fleet's unit ("Typhoon Force"). A bare name ("Typhoon Haiyan", "Eagle") is none."""
    found = []
    for m in _named_aircraft_pattern().finditer(text):
        if m["name"] in words("sentence_initial"):
            continue
        after = (m["next"] or "").lower()
        start, end = m.start("name"), m.end("mark") if m["mark"] else m.end("name")
        name = m["name"] + (m["mark"] or "")
        if after == "force" and not m["plural"] and not m["code"] and not m["mark"]:
            found.append(Force(f"{name} Force", "unit", None, start, m.end("next")))
        elif after in words("aircraft_nouns") or m["model"] or (not m["code"] and _counted(text[:start], m)):
            if m["code"] and after not in words("aircraft_heads"):
                continue  # a model code needs a noun of aircraft ("NH90 helicopters"), not "G20 air ..."
            found.append(Force(name, "aircraft", None, start, end))
    return found


def _without_title(force: Force) -> Force:
    """Return a unit without a title or an opening word before its name ("Commander Task Force 73" -> Task Force 73)."""
    lex = lexicon()
    name = force.name
    while ((first := name.split(" ", 1))[0].lower() in lex.role_heads and first[0] not in words("role_adjectives")) or (
        first[0] in words("sentence_initial")
    ):
        if len(first) < 2:
            return force
        name = first[1]
    start = force.end - len(name)
    return Force(name, force.kind, force.country, start, force.end) if name != force.name else force


_YEAR = re.compile(r"(?:1[89]|20)\d\d\s")  # "in 1943 Marines fought": a year, not a unit's number


_PLACE_COMPANY = Gated(re.compile(r"\b(?P<place>[A-Z][a-z]{2,})\s+(?:Company|Battery|Troop)\b"))


def _place_companies(text: str) -> list[Force]:
    """Return companies named after a place or battle ("Burma Company", "Somme Battery"): units, so the
    place in the name is no mention of it (the word before must not be capitalised: "Defence Trade Company")."""
    found = []
    for m in _PLACE_COMPANY.finditer(text):
        before = text[: m.start()].rstrip().split()
        if before and before[-1][:1].isupper():
            continue
        if lexicon().country(m["place"]) or lexicon().place(m["place"]):
            found.append(Force(m.group(), "unit", None, m.start(), m.end()))
    return found


@lru_cache(maxsize=2048)
def find_forces(text: str) -> tuple[Force, ...]:
    """Return the ships and units named in `text`, longest first where they overlap (cached: every finder asks)."""
    ships = [s for s in (_ship(m) for m in _ship_pattern().finditer(text)) if not _shore_base(s.name)]
    found = ships + _second_ships(text, ships) + _ships_of_a_list(text) + _named_by_type(text)
    found += [_without_title(Force(m.group().rstrip(","), "unit", None, m.start(), m.end())) for p in _unit_patterns()
              for m in p.finditer(text) if not _YEAR.match(m.group())]
    found += _task_forces(text) + _aircraft(text) + _service_aircraft(text) + _place_companies(text)
    found += _named_aircraft(text)
    kept: list[Force] = []
    for force in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        if not any(k.start <= force.start < k.end for k in kept):
            kept.append(force)
    return tuple(kept)


_AND_NAME = re.compile(r"\s+and\s+(?P<name>[A-Z][a-z][\w'\u2019-]*)(?=\s+[a-z]|[,.;])")


def _second_ships(text: str, ships: list[Force]) -> list[Force]:
    """Return the ship a prefix also names after "and" ("HMS Kent and Lancaster sailed" -> HMS Lancaster)."""
    lex = lexicon()
    found = []
    for ship in ships:
        match = _AND_NAME.match(text, ship.end)
        if not match or match["name"] in lex.ship_prefixes or match["name"] in words("sentence_initial"):
            continue
        name = match["name"]
        if lex.country(name) or lex.demonym(name) or name.lower() in lex.places or name in lex.orgs:
            continue
        prefix = ship.name.split()[0]
        found.append(Force(f"{prefix} {name}", "ship", ship.country, match.start("name"), match.end("name")))
    return found


def _shore_base(name: str) -> bool:
    """Tell whether a ship-like name is a shore base of the gazetteer ("HMAS Stirling") or a memorial or museum
    named after a ship ("USS Arizona Memorial"): a place."""
    place = lexicon().place(name)
    return (bool(place) and place[1] == "facility") or name.split()[-1] in words("venue_heads")


@cache
def _ship_group() -> re.Pattern[str]:
    """Return the pattern of a ship's group after the ship's name words ("... Carrier Strike Group")."""
    return re.compile(rf"\s+(?:{alternation(words('ship_group_heads'))})\b")


def _ship(match: re.Match[str]) -> Force:
    """Return the Force of a ship match, its name cut before trailing lower-case words (or its group, a unit)."""
    group = _ship_group().search(match.string, match.start("name"), match.end("name") + 40)
    if group and group.start() <= match.end("name") and not match["hull"]:
        text = match.string[match.start() : group.end()]  # "USS Theodore Roosevelt Carrier Strike Group"
        return Force(text, "unit", lexicon().ship_prefixes.get(match["prefix"]), match.start(), group.end())
    name = re.sub(r"\s+(?:of|the)$", "", match["name"])
    name = re.sub(r"(?<=[\u2019']s)\s.*$", "", name)  # "HMS Spey's Commanding Officer": the ship is "HMS Spey"
    end = match.start("name") + len(name)
    if match["hull"] and name == match["name"]:
        end = match.end("hull")
    text = match.string[match.start() : end]
    if match["short"] and match["short"] in lexicon().ship_prefixes:  # "Her Majesty's Canadian Ship (HMCS) X"
        text = f"{match['short']} {match.string[match.start('name') : end]}"
    return Force(text, "ship", lexicon().ship_prefixes.get(match["prefix"]), match.start(), end)


def inside_force(forces: tuple[Force, ...], start: int, end: int) -> bool:
    """Tell whether the span start..end lies inside a ship or unit name."""
    return any(f.start <= start and end <= f.end for f in forces)
