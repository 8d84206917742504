"""Whom each person acts for: a country or an international organisation, only where the text settles it.

In order: what the person's own mention says (a nationality, "of Country", an office only one
government has, an organisation named in the role); a public office holder known by full name
(``data/figures.tsv``); then the story's structure (the other side
of a bilateral pair, the one nation whose forces a military story is about, the issuing
government for its own officials). Never the most-mentioned country: an empty affiliation is a
gap the analyst sees, a wrong one an error the minister reads.
"""

from __future__ import annotations

import re

from sitbrief.extract.doc import Doc
from sitbrief.extract.lexicon import lexicon_rows, pairs, words
from sitbrief.extract.people.words import _rating_at
from sitbrief.extract.rx import alternation, rx, word_rx
from sitbrief.extract.tokens import tokenize
from sitbrief.facts.model import Organisation, Person
from sitbrief.read.article import Article
from sitbrief.text.gate import Gated

_OFFICIAL = re.compile(
    r"\b(?:Ministry|Department|Government|Office|Forces|Navy|Army|Command|"
    r"Cabinet|Embassy|Pentagon|White House|Kremlin)\b"
)
_MILITARY = re.compile(
    r"\b(?:Navy|Army|Air Force|Marines?|Marine Corps|Coast Guard|Forces|Fleet|Command|Regiment|Battalion|"
    r"Brigade|Division|Squadron|Wing|Corps)\b"
)
_BETWEEN = re.compile(r"\bbetween (?:the )?([A-Z][\w.]*(?: [A-Z][\w.]*)?) and (?:the )?([A-Z][\w.]*(?: [A-Z][\w.]*)?)")
_READOUT = re.compile(
    r"\b(?:provided the following readout|(?:following|below) is attributable to|readout of the)\b"
    r"|^\s*attributable to\b", re.I
)
_GOVERNMENT = re.compile(
    r"\b(?:[Tt]he|[Oo]f the) (?P<who>[A-Z][\w.]*(?: [A-Z][\w.]*)?) [Gg]overnment\b(?![\u2019']s)"
)  # "the Pakistan Government's agenda" is another government's, not the issuer's voice
_PAIR = re.compile(r"(?<![\w-])([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)[-\u2013]([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)(?![\w-])")


def assign_affiliations(doc: Doc, article: Article, people: list[Person], orgs: list[Organisation],
                        source: str | None) -> None:
    """Fill each person's affiliation from the evidence of the text, leaving it empty when unsure."""
    issuer = issuing_country(doc, source)
    there = None if issuer else dateline_country(doc, article.dateline)
    unqualified = [p for p in people if p.affiliation is None]
    for person in people:
        person.affiliation = (
            person.affiliation or role_country(doc, person, issuer, there) or _org_in_roles(doc, person, orgs)
            or public_figure(doc, person) or _national_body_in_roles(doc, person) or _region_in_roles(doc, person)
        )
    inferred = None if issuer or there else _lead_country(doc, people, unqualified)
    _shared_nationality(doc, people)
    _met_together(doc, people)
    _from_pairs(doc, people)
    _accompanied(doc, people)
    _members_given(doc, people, orgs)
    _aides(doc, people)
    _delegation_lists(doc, people)
    _speaks_for(doc, people)
    _statement_voice(doc, people)
    _readout_spokesperson(doc, people)
    _from_single_nation_forces(doc, people, orgs)
    given = _home(doc, source, article.dateline)
    home = given or inferred
    hosts = [p for p in people if home and (p.affiliation or home) == home]
    for person in people:
        if person.affiliation is None and home and _holds_office(person):
            if not _office_held(person, home):
                person.affiliation = _only_foreign_country(doc, person, people, home)
            elif _may_serve(doc, person, home, orgs) and not _met_by(doc, person, hosts) and not _home_withheld(
                doc, person, people, home, weak=issuer is None, inferred=given is None
            ):
                person.affiliation = home
        person.affiliation = _PARENT_BODIES.get(person.affiliation or "", person.affiliation)
    _hosts_of_visit(doc, people)


_PARENT_BODIES = pairs("parent_bodies")
_NOT_HELD = {row[0]: row[1].split(";") for row in lexicon_rows("words/offices_not_held.txt") if len(row) > 1}


def _office_held(person: Person, home: str) -> bool:
    """Tell whether the home government may hold the person's offices (no "Prime Minister" in the U.S.)."""
    absent = _NOT_HELD.get(home, ())
    roles = [role.lower() for role in person.roles]
    return not any(rx(rf"(?<![\w-]){re.escape(head)}(?![\w-])").search(role) for role in roles for head in absent)


def _evidence_texts(doc: Doc, person: Person) -> list[str]:
    """Return the texts of the sentences that mention the person."""
    return [s.text for s in doc.sentences if s.id in person.evidence]


_CAPITALS = re.compile(r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}")


def _only_foreign_country(doc: Doc, person: Person, people: list[Person], home: str) -> str | None:
    """Return the one country besides the home one named where a foreign office holder is named.

    "... the U.S.-Japan alliance during meetings with Prime Minister X": X is Japan's, not America's.
    """
    texts = _evidence_texts(doc, person)
    names = sorted({n for p in people for n in (p.name, *p.aliases)}, key=len, reverse=True)
    for name in names:  # "Tom Jordan" names no country
        texts = [text.replace(name, " ") for text in texts]
    found = {c for text in texts for c in _countries_in(doc, text)} - {home}
    if not found:  # "... spoke to President X." and later "ties between the UK and Chile": the home's one partner
        found = {c for pair in _country_pairs(doc) if home in pair for c in pair} - {home}
    return found.pop() if len(found) == 1 else None


def _countries_in(doc: Doc, text: str) -> set[str]:
    """Return the countries a text names by name, alias or adjective, also inside pairs ("U.S.-Japan")."""
    found = set()
    for match in _CAPITALS.finditer(text):
        for piece in match.group().split("-"):
            found |= _leading_countries(doc, piece.split(), possessive=True)  # "Tom Jordan" names no country
    return found


def _leading_countries(doc: Doc, words_: list[str], possessive: bool = False) -> set[str]:
    """Return the countries the runs of words from the start name ("United States Navy" -> {"United States"}),
    with `possessive` also through a closing "'s"."""
    found = set()
    for j in range(1, len(words_) + 1):
        text = " ".join(words_[:j])
        if possessive:
            text = text.removesuffix("\u2019s").removesuffix("'s")
        if c := _country(doc, text):
            found.add(c)
    return found


def _may_serve(doc: Doc, person: Person, home: str, orgs: list[Organisation]) -> bool:
    """Tell whether the story's home country, which holds the person's office, may be theirs: a host with forces
    of its own.

    A sailor named beside a foreign ship in a story datelined where none of the host's own forces appear
    ("MANILA" and only U.S. ships: "the ship's Sailors, such as ... X") serves that ship's navy, not the
    dateline's country. (An office the home government lacks, "Prime Minister" in a U.S. outlet, is
    sorted out before: see _office_held.)
    """
    military = [o for o in orgs if o.kind in ("ship", "unit") or _MILITARY.search(o.name)]
    if any(o.country == home for o in military):
        return True
    forms = {f for o in military if o.kind in ("ship", "unit") and o.country and o.country != home
             for f in (o.name, _ship_name(doc, o)) if f}
    texts = _evidence_texts(doc, person)
    return not any(form in text for form in forms for text in texts)


def role_country(doc: Doc, person: Person, issuer: str | None = None, there: str | None = None) -> str | None:
    """Return the country an office's own name implies ("Secretary of State" -> United States).

    An office whose name other governments use too (``words/shared_offices.txt``: "Foreign
    Secretary" in India, "Secretary of State" in the UK) is the issuer's own when one of those issued it;
    with no issuer, datelined in one of those (`there`: "NEW DELHI"), it is unsettled.
    """
    best: tuple[int, str, str] | None = None
    for role in person.roles:
        low = role.lower()
        for phrase, country in doc.lex.role_countries.items():
            if phrase not in low or (best is not None and len(phrase) <= best[0]):
                continue
            if rx(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])").search(low):
                best = (len(phrase), country, phrase)
    if best and issuer and issuer in _SHARED_OFFICES.get(best[2], ()):
        return issuer
    if best and there and there in _SHARED_OFFICES.get(best[2], ()):
        return None  # "NEW DELHI - Foreign Secretary X": India's or a visiting Briton
    return best[1] if best else None


_SHARED_OFFICES = {row[0]: row[1].split(";") for row in lexicon_rows("words/shared_offices.txt") if len(row) > 1}


def public_figure(doc: Doc, person: Person) -> str | None:
    """Return whom a well-known office holder serves, by full name (never by surname alone)."""
    for name in (person.name, *person.aliases):
        for form in _name_forms(name):
            if len(form.split()) >= 2 and (found := doc.lex.figures.get(form.lower())):
                return found
    return None


def _name_forms(name: str) -> list[str]:
    """Return a name as written and without middle initials or suffixes ("Joseph R. Biden, Jr." -> "Joseph Biden")."""
    plain = re.sub(r",?\s+(?:Jr\.?|Sr\.?|II|III|IV)$", "", name)
    bare = re.sub(r"\s+[A-Z]\.?(?=\s)", "", plain)  # "Lloyd J. Austin", "Lloyd J Austin"
    return list(dict.fromkeys([name, plain, bare]))


def _org_in_roles(doc: Doc, person: Person, orgs: list[Organisation]) -> str | None:
    """Return the country of an organisation named in a role, or an international body's name."""
    roles = " ".join(person.roles)
    for org in orgs:
        names = [org.name, _ship_name(doc, org)] if org.kind == "ship" else [org.name]
        named = (org.acronym and re.search(rf"\b{re.escape(org.acronym)}\b", roles)) or any(
            n and n in roles for n in names
        )
        if not named:
            continue
        if org.country:
            return org.country
        known = doc.lex.orgs.get(org.name) or doc.lex.orgs.get(org.name.lower())
        if known and not known[2] and not {org.name, org.acronym} & words("groupings"):
            return org.name
    return _known_body_in_roles(doc, roles)


def _known_body_in_roles(doc: Doc, roles: str) -> str | None:
    """Return the country of the longest well-known national body a role names ("Commander Indo-Pacific Command"),
    else of the one government seat it names ("Kremlin spokesman")."""
    low = roles.lower()
    found = [
        (len(key), country) for key, (_, _, country) in doc.lex.orgs.items()
        if country and " " in key and key in low and re.search(rf"(?<![\w-]){re.escape(key)}(?![\w-])", low)
    ]
    if found:
        return max(found)[1]
    seats = {country for seat in _SEATS if (country := _seat_country(doc, seat)) and rx(
        rf"(?<![\w-]){re.escape(seat)}(?![\w-])").search(roles)}  # "Kremlin spokesman", "Pentagon spokeswoman"
    return seats.pop() if len(seats) == 1 else None


_SEATS = words("seat_metonyms")
_NATIONAL_BODY = re.compile(
    r"\b(?:of|for|with|at|in)\s+the\s+(?P<d>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)\s+(?i:armed forces|military|navy|army|"
    r"air force|coast guard|embassy|consulate|government|(?:foreign |defen[cs]e )?ministry|defen[cs]e forces?|forces)\b"
)


def _national_body_in_roles(doc: Doc, person: Person) -> str | None:
    """Return the nation of a state body an office is of ("chief of the Indonesian armed forces",
    "spokesman of the Chinese embassy"), when the roles name one nation only."""
    found = {c for role in person.roles for m in _NATIONAL_BODY.finditer(role)
             if m["d"][:1].isupper() and (c := _country(doc, m["d"]))}
    return found.pop() if len(found) == 1 else None


_OF_PLACE = re.compile(r"\bof\s+(?:the\s+)?(?P<p>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2})")
_ENVOY = re.compile(rf"(?<![\w-])(?:{alternation(words('envoy_heads'))})(?![\w-])", re.I)


def _region_in_roles(doc: Doc, person: Person) -> str | None:
    """Return the country of the region or city an office is of ("adjutant general of Pennsylvania",
    "Governor of Okinawa"), when the roles name one such country; never an envoy's ("Consul General of X")."""
    found = set()
    for role in person.roles:
        if _ENVOY.search(role):
            return None
        for match in _OF_PLACE.finditer(role):
            place = doc.lex.place(match["p"])
            if place and place[1] in ("region", "city") and place[2]:
                found.add(place[2])
    return found.pop() if len(found) == 1 else None


def _seat_country(doc: Doc, seat: str) -> str | None:
    """Return the country whose government a seat stands for, from orgs.tsv ("Kremlin" -> Russia)."""
    known = doc.lex.orgs.get(seat) or doc.lex.orgs.get(seat.lower())
    return known[2] if known else None


def _ship_name(doc: Doc, org: Organisation) -> str | None:
    """Return a ship's name without its prefix and hull number ("HMS Westminster" -> "Westminster")."""
    prefix, _, rest = org.name.partition(" ")
    return re.sub(r"\s*\([^)]*\)$", "", rest) if prefix in doc.lex.ship_prefixes else None


_TITLE_WORDS = r"(?:(?:[A-Z][\w.'\u2019-]*|of|for|the)\s+)"
_FELLOW_WORDS = ("officials", "leaders", "ministers", "counterparts", "delegates")
_FELLOWS = f"(?:{alternation(_FELLOW_WORDS)})"
_NATION = r"(?P<d>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)"


def _shared_nationality(doc: Doc, people: list[Person]) -> None:
    """Give an office holder the nationality the sentence gives the people they are listed with.

    "Indonesian President Ana Ruiz and Defense Minister Tom Reed" (Reed: Indonesia, as Ruiz);
    "senior Japanese leaders, including Defense Minister Tom Reed"; "President Tom Reed and senior
    South Korean officials". Only when the sentences agree on one country.
    """
    for person in people:
        if person.affiliation is not None or not person.roles or len(person.name.split()) < 2:
            continue
        texts = _evidence_texts(doc, person)
        found = {c for text in texts for c in _listed_with(doc, person, people, text)}
        if len(found) == 1:
            person.affiliation = found.pop()


def _listed_with(doc: Doc, person: Person, people: list[Person], text: str) -> set[str]:
    """Return the countries `text` gives the people or officials `person` is listed with."""
    if person.name not in text:
        return set()  # every pattern below holds the name as written (compiling them costs more than this test)
    name = re.escape(person.name)
    found = set()
    for other in people:
        if other is not person and other.affiliation and len(other.name.split()) >= 2 and other.name in text:
            pair = rf"{_NATION}\s+{_TITLE_WORDS}{{1,5}}?{re.escape(other.name)}\s+and\s+{_TITLE_WORDS}{{1,6}}{name}\b"
            found |= {c for m in rx(pair).finditer(text) if (c := _nation(doc, m["d"])) == other.affiliation}
    if not any(word in text for word in _FELLOW_WORDS):
        return found  # both patterns below hold one of these words
    fellows = (rf"\b{name}\s+and\s+(?:(?:other|senior|top)\s+)*{_NATION}\s+{_FELLOWS}\b",
               rf"\b{_NATION}\s+{_FELLOWS},?\s+(?:including|such as)\s+(?:[a-z]+\s+)?{_TITLE_WORDS}{{0,6}}{name}\b")
    return found | {c for p in fellows for m in rx(p).finditer(text) if (c := _country(doc, m["d"]))}


_ACCOMPANIED = re.compile(r"\baccompan(?:ied|ying)\s+by\b")
_PRONOUN_SUBJECT = re.compile(r"^(?:He|She)\s")


def _accompanied(doc: Doc, people: list[Person]) -> None:
    """Give the officials who accompany a person that person's country ("He was accompanied by Commodore X",
    "Minister Y, accompanied by Secretary Z, ..."): a delegation travels with its own officials."""
    for index, sentence in enumerate(doc.sentences):
        cue = _ACCOMPANIED.search(sentence.text)
        if not cue:
            continue
        named = _named_at(people, sentence.text)
        before = [p for at, p in named if at < cue.start()]
        if before:
            principal = before[-1]
        elif _PRONOUN_SUBJECT.match(sentence.text) and index > 0 and len(
            prior := {id(p): p for _, p in _named_at(people, doc.sentences[index - 1].text)}
        ) == 1:
            principal = next(iter(prior.values()))
        else:
            continue
        country = principal.affiliation
        if not country or not doc.lex.country(country):
            continue
        for at, other in named:
            if at > cue.end() and other is not principal and other.affiliation is None and other.roles and (
                _office_held(other, country)
            ):
                other.affiliation = country


_VISIT_OPENING = re.compile(
    r"^(?:While|When)\s+(?:in|visiting)\s+(?P<c>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2}),\s"
    r"|^During\s+(?:(?:his|her|their|the)\s+)?(?:visit|trip|stay)\s+to\s+(?P<d>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w."
    r"'\u2019-]*){0,2}),\s"
)
_MULTILATERAL = rx(rf"\b(?:{alternation(words('multilateral_cues'))})\b", re.I)


def _hosts_of_visit(doc: Doc, people: list[Person]) -> None:
    """Give the officials a visitor meets in a country that country ("While in Fiji, Minister X will meet with
    Minister of Defence Y"): not at a gathering of several nations ("While in Singapore for the summit")."""
    for sentence in doc.sentences:
        opening = _VISIT_OPENING.match(sentence.text)
        if not opening or _MULTILATERAL.search(sentence.text):
            continue
        place = opening["c"] or opening["d"]
        country = _country(doc, place) or doc.lex.capitals.get(place.lower())
        met = _MET.search(sentence.text, opening.end())
        if not country or not met:
            continue
        named = _named_at(people, sentence.text)
        visitors = [p for at, p in named if opening.end() <= at < met.start()]
        if not visitors and _UNNAMED_SUBJECT.match(sentence.text[opening.end() : met.start()]):
            visitors = _lead(people)  # "While in Washington, the Minister also met with ...": the story's lead
        if not visitors or any(not v.affiliation or v.affiliation == country for v in visitors):
            continue
        for at, person in named:
            if at > met.start() and person.affiliation is None and person.roles and _office_held(person, country):
                person.affiliation = country


_UNNAMED_SUBJECT = re.compile(r"^\s*(?:(?:the|The)\s+(?:[A-Z][\w-]*\s+){1,4}|[Hh]e\s+|[Ss]he\s+)(?:[a-z]+\s+){0,3}$")


def _lead(people: list[Person]) -> list[Person]:
    """Return the story's first-named office holder, as a list of none or one."""
    ordered = sorted((p for p in people if p.roles), key=lambda p: min(int(e[1:]) for e in p.evidence))
    return ordered[:1]


_AIDE_HEADS = words("aide_heads")
_TITLES = r"(?:[A-Z][\w.'\u2019-]*\s+){0,6}"  # the principal's titles before the name


def _aides(doc: Doc, people: list[Person]) -> None:
    """Give an aide the country of the principal named with the office ("Y, a spokeswoman for Japanese Defense
    Minister X", "A spokesman for Prime Minister X, Y, said"): an aide serves the principal's government."""
    for person in people:
        if person.affiliation is not None or not any(r.lower() in _AIDE_HEADS for r in person.roles):
            continue
        heads = alternation(r for r in person.roles if r.lower() in _AIDE_HEADS)
        found = set()
        for text in _evidence_texts(doc, person):
            for other in people:
                if other is person or not other.affiliation or not doc.lex.country(other.affiliation):
                    continue
                for form in {f for f in (other.name, *other.aliases) if " " in f}:
                    if rx(rf"\b(?:{heads})\s+(?:for|of|to)\s+(?:the\s+)?{_TITLES}{re.escape(form)}\b").search(text):
                        found.add(other.affiliation)
        if len(found) == 1:
            person.affiliation = found.pop()


_MEMBER_NOUNS = alternation(words("service_member_nouns"))


def _members_given(doc: Doc, people: list[Person], orgs: list[Organisation]) -> None:
    """Give a person named as one of a national body's members that body's country ("some Curtis Wilbur Sailors,
    such as Senior Chief X", "Royal Navy personnel, including Lieutenant Y")."""
    bodies = [(form, o.country) for o in orgs if o.country and doc.lex.country(o.country)
              for form in {o.name, _ship_name(doc, o), o.acronym} if form]
    for person in people:
        if person.affiliation is not None or not person.roles:
            continue
        forms = alternation(_mention_forms(person))
        found = set()
        for text in _evidence_texts(doc, person):
            for form, country in bodies:
                member = rf"\b{re.escape(form)}(?:[\u2019']s?)?\s+(?i:{_MEMBER_NOUNS}),?\s+(?:such as|including|like)\s"
                if rx(member + rf"(?:[\w.'\u2019-]+\s+){{0,8}}?(?:{forms})\b").search(text):  # names: not re's cache
                    found.add(country)
        if len(found) == 1:
            person.affiliation = found.pop()


def _is_aide(person: Person) -> bool:
    """Tell whether a person only serves a principal ("Press Secretary", "spokesperson"): never a counterpart."""
    return all(any(r.lower() == h or r.lower().endswith(" " + h) for h in _AIDE_HEADS) for r in person.roles)


def _named_at(people: list[Person], text: str) -> list[tuple[int, Person]]:
    """Return (offset, person) for each person whose full name, alias or surname `text` holds, by offset."""
    surnames = [p.name.split()[-1] for p in people]
    found = []
    for person in people:
        forms = [f for f in _mention_forms(person) if " " in f or surnames.count(f) == 1]
        spots = [m.start() for f in forms for m in word_rx(f).finditer(text)]
        if spots:
            found.append((min(spots), person))
    return sorted(found, key=lambda pair: pair[0])


_LEADER = rx(rf"(?<![\w-])(?:{alternation(words('leader_offices'))})(?![\w-])")  # whole words in a role
_LIST_GAP = re.compile(r"^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:the\s+)?(?:[A-Z][\w.'\u2019-]*|of|for|and)\s+)*$")


def _delegation_lists(doc: Doc, people: list[Person]) -> None:
    """Give the members of a list of three or more titled officials the one country its known members serve
    ("the visits of Foreign Minister A, Trade Minister B, Health Minister C and Parliamentary Secretary D").

    Not when two members hold one office or two lead a government (a summit's leaders are of several nations).
    """
    for sentence in doc.sentences:
        for group in _listed_people(people, sentence.text):
            roles = [r.lower() for p in group for r in p.roles]
            leaders = [p for p in group if any(_LEADER.search(r.lower()) for r in p.roles)]
            known = {p.affiliation for p in group if p.affiliation}
            if len(roles) != len(set(roles)) or len(leaders) > 1 or len(known) != 1 or not all(p.roles for p in group):
                continue
            if _shared_remit(doc, group):
                continue  # "Foreign Secretary A, ..., Foreign Minister C": two governments' foreign ministers
            country = known.pop()
            if not doc.lex.country(country):
                continue
            for person in group:
                if person.affiliation is None and _office_held(person, country):
                    person.affiliation = country


def _shared_remit(doc: Doc, group: list[Person]) -> bool:
    """Tell whether two people of a list hold offices of one remit ("Defence Secretary", "Defense Minister")."""
    seen: set[str] = set()
    for person in group:
        remit = _remit(doc, person)
        if remit & seen:
            return True
        seen |= remit
    return False


def _remit(doc: Doc, person: Person) -> set[str]:
    """Return the words of a person's offices besides heads ("Foreign Secretary" -> {"foreign"})."""
    return {w.replace("defense", "defence") for r in person.roles for w in re.findall(r"[a-z]+", r.lower())
            if w not in doc.lex.role_heads and w not in ("of", "for", "the", "and", "to")}


def _same_remit_as(doc: Doc, person: Person, others: list[Person]) -> bool:
    """Tell whether another person holds an office of the very same remit ("Foreign Minister" beside "Foreign
    Secretary"): one government has one of each, so they serve two."""
    remit = _remit(doc, person)
    return bool(remit) and any(o is not person and o.affiliation and _remit(doc, o) == remit for o in others)


def _home_withheld(doc: Doc, person: Person, people: list[Person], home: str, weak: bool, inferred: bool) -> bool:
    """Tell whether a home known only from the dateline (`weak`) or the lead official (`inferred`) stays unsaid.

    A weak home is withheld from an office of the same remit as a home official's ("TOKYO - Defense Secretary X
    met Japanese Defense Minister Y": X is not Japan's); an inferred one also from whom a meeting verb has as object
    ("he also met with X"), a bare title ("Senator X welcomed the visit") and in a story naming a pair with home.
    """
    if weak and _same_remit_as(doc, person, [p for p in people if p.affiliation == home]):
        return True  # one government has one of each office
    return inferred and (
        _met_by(doc, person, None) or all(len(r.split()) < 2 for r in person.roles)
        or any(home in pair for pair in _country_pairs(doc))
    )


def _listed_people(people: list[Person], text: str) -> list[list[Person]]:
    """Return the runs of three or more people a sentence lists ("A, B and C"), titles between them allowed."""
    spans = []
    for person in people:
        for form in sorted({f for f in (person.name, *person.aliases) if " " in f}, key=len, reverse=True):
            if (at := text.find(form)) >= 0:
                spans.append((at, at + len(form), person))
                break
    spans.sort(key=lambda span: span[0])
    groups: list[list[tuple[int, int, Person]]] = []
    for span in spans:
        if groups and _LIST_GAP.match(text[groups[-1][-1][1] : span[0]]):
            groups[-1].append(span)
        else:
            groups.append([span])
    return [[p for _, _, p in g] for g in groups if len(g) >= 3]


_MEETING_VERBS = alternation(words("meeting_verbs"))
_MET = re.compile(rf"\b(?:{_MEETING_VERBS})\b(?:\s+with\b)?")
_ENVOY_HEADS = words("envoy_heads")


def _met_together(doc: Doc, people: list[Person]) -> None:
    """Give an office holder met with others the one country all of them serve ("met with the Prime Minister,
    Nawaz Sharif, ..., Sartaj Aziz, and Minister for Interior Chaudhry Nisar": Nisar is Pakistan's too).

    Only when at least two others are named after the same meeting verb and all their countries agree.
    """
    surnames = [p.name.split()[-1] for p in people]
    forms = {id(p): [f for f in _mention_forms(p) if " " in f or f in p.aliases or surnames.count(f) == 1]
             for p in people}  # "Sharif" alone may be any of three Sharifs
    for person in people:
        if person.affiliation is not None or not person.roles or any(
            head in role.lower() for role in person.roles for head in _ENVOY_HEADS
        ):
            continue  # an ambassador met beside the host's officials may be either side's
        found: set[str] = set()
        for text in _evidence_texts(doc, person):
            match = _MET.search(text)
            rest = text[match.end() :] if match else ""
            if not any(word_rx(f).search(rest) for f in forms[id(person)]):
                continue
            for f in sorted(forms[id(person)], key=len, reverse=True):
                rest = rest.replace(f, " ")
            others = [p for p in people if p is not person and any(word_rx(f).search(rest) for f in forms[id(p)])]
            if len(others) >= 2 and all(p.affiliation and doc.lex.country(p.affiliation) for p in others):
                found |= {p.affiliation for p in others}
            else:
                found.add("")  # someone met there serves no known country: unsettled
        if len(found) == 1 and "" not in found:
            person.affiliation = found.pop()


def _nation(doc: Doc, words_: str) -> str | None:
    """Return the country two capitalised words before a title name, or the first alone ("Australian Minister")."""
    return _country(doc, words_) or _country(doc, words_.split()[0])


def _from_pairs(doc: Doc, people: list[Person]) -> None:
    """Give the unknown side of a bilateral story the other country of its "A-B" pair.

    Only to a counterpart: someone named in a sentence with a person of the known side.
    """
    pairs = {frozenset(p) for p in _country_pairs(doc)}
    known = {p.affiliation for p in people if p.affiliation}
    for pair in pairs:
        sides = set(pair)
        if len(sides) != 2 or not (sides & known) or sides <= known:
            continue
        (other,) = sides - known
        unknown = [p for p in people if p.affiliation is None and _holds_office(p) and not _is_aide(p)]
        sides_met = {sid for p in people if p.affiliation in sides for sid in p.evidence}
        if len(unknown) == 1 and len(pairs) == 1 and sides_met & set(unknown[0].evidence):
            unknown[0].affiliation = other  # a counterpart: named in a sentence with the known side


_SPEAKS_FOR = re.compile(
    rf"^\s*(?:{'|'.join(sorted(words('speaks_for_verbs')))})\s+(?:the\s+)?(?P<c>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,2}})"
    rf"(?:[\u2019']s?)\s+(?:[a-z-]+\s+){{0,2}}(?:{'|'.join(sorted(words('speaks_for_nouns')))})\b"
)


def _speaks_for(doc: Doc, people: list[Person]) -> None:
    """Give a person who "reaffirmed the United States' commitment" that country, when nothing else says."""
    for person in people:
        if person.affiliation is not None:
            continue
        found = {c for s in doc.sentences if s.id in person.evidence for c in _spoken_for(doc, person, s.text)}
        if len(found) == 1:
            person.affiliation = found.pop()


_DELEGATION = re.compile(
    r"\b(?P<c>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+delegation\s+(?:was\s+|is\s+|will\s+be\s+)?(?:led|headed)\s+by\s+"
    r"(?P<who>[^.;]{0,90})"
)


def _spoken_for(doc: Doc, person: Person, text: str) -> list[str]:
    """Return the countries whose commitment the person states in `text`, or whose government names them.

    Also the country of a delegation the person leads ("The U.S. delegation was led by ... X").
    """
    found = [c for m in _DELEGATION.finditer(text) if person.name in m["who"] and (c := _country(doc, m["c"]))]
    for form in {person.name, *person.aliases, person.name.split()[-1]}:
        at = text.find(form)
        if at < 0:
            continue
        match = _SPEAKS_FOR.match(text[at + len(form) :]) or _NOMINEE.match(text[at + len(form) :])
        if match and (country := _country(doc, match["c"])):
            found.append(country)
    return found


_COUNTRY_VOICE = re.compile(
    r"^(?:The\s+)?(?P<c>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}?)\s+(?:"
    + "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(words("country_voice_verbs"), key=len, reverse=True))
    + r")\b"
)
_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")


def _statement_voice(doc: Doc, people: list[Person]) -> None:
    """Give the speaker of a statement after "X said:" the country it speaks as ("The UK ... our allies")."""
    for index, sentence in enumerate(doc.sentences[:-1]):
        if not sentence.text.rstrip().endswith(":"):
            continue
        speakers = [p for p in people if sentence.id in p.evidence and p.affiliation is None]
        voices = set()
        for after in doc.sentences[index + 1 : index + 6]:
            match = _COUNTRY_VOICE.match(after.text)
            if match and _WE.search(after.text) and (country := doc.lex.country(match["c"])):
                voices.add(country)
        if len(speakers) == 1 and len(voices) == 1:
            speakers[0].affiliation = voices.pop()


# "X is the Japanese government's nominee", "X, the British government's envoy"
_NOMINEE = re.compile(
    r"^\s*(?:,|is|was|as)\s+(?:the\s+)?(?P<c>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}?)(?:[\u2019']s?)?\s+"
    r"[Gg]overnment[\u2019']s\s+[a-z]"
)


def _country_pairs(doc: Doc):
    """Yield (country, country) for pairs: "U.S.-Australia alliance", "between the UK and Japan"."""
    for sentence in doc.sentences:
        for pattern in (_PAIR, _BETWEEN):
            for match in pattern.finditer(sentence.text):
                a, b = (_country(doc, m) for m in match.groups())
                if a and b and a != b:
                    yield a, b


def _country(doc: Doc, text: str) -> str | None:
    """Return the country a name, alias or adjective stands for ("U.S.", "Australian")."""
    return doc.lex.country(text) or doc.lex.country(text.rstrip(".")) or doc.lex.demonym(text)


def _readout_spokesperson(doc: Doc, people: list[Person]) -> None:
    """Give the spokesperson who provides a readout the government of the official it reports on, or that
    official the spokesperson's government (the issuer's own official, unqualified in its readout)."""
    for index, sentence in enumerate(doc.sentences):
        if not _READOUT.search(sentence.text):
            continue
        speaker = next((p for p in people if sentence.id in p.evidence), None)
        principal = _subject_after(doc, people, index)
        if not speaker or not principal or speaker is principal:
            continue
        if speaker.affiliation is None and principal.affiliation:
            speaker.affiliation = principal.affiliation
        elif principal.affiliation is None and speaker.affiliation and doc.lex.country(speaker.affiliation):
            principal.affiliation = speaker.affiliation


def _subject_after(doc: Doc, people: list[Person], index: int) -> Person | None:
    """Return the person named first in the sentences after `index` (the official a readout is about)."""
    for sentence in doc.sentences[index + 1 : index + 3]:
        named = [(sentence.text.find(m), p) for p in people if sentence.id in p.evidence
                 for m in _mention_forms(p) if m in sentence.text]
        if named:
            return min(named, key=lambda pair: pair[0])[1]
    return None


def _met_by(doc: Doc, person: Person, hosts: list[Person] | None) -> bool:
    """Tell whether a home official meets or calls the person ("Senator Wong will meet Prime Minister X"): the
    other side of a meeting is as likely a foreign counterpart as a home colleague, so not the home's.
    With `hosts` None, whoever the meeting's subject ("he met with X")."""
    forms = [re.escape(f) for f in _mention_forms(person)]
    others = [f for h in hosts or [] if h is not person for f in _mention_forms(h)]
    if not forms or (hosts is not None and not others):
        return False
    between = r"[^.;:]{0,160}?" if hosts is None else r"(?:[A-Z][\w.'\u2019-]*\s+|of\s+|for\s+|the\s+){0,8}"
    pattern = rx(rf"\b(?:{_MEETING_VERBS})(?:\s+with)?\s+{between}(?:{'|'.join(forms)})\b")
    for text in _evidence_texts(doc, person):
        for match in pattern.finditer(text):
            if hosts is None or any(word_rx(o).search(text[: match.start()]) for o in others):
                return True
    return False


def _mention_forms(person: Person) -> list[str]:
    """Return the written forms of a person: full name, aliases, surname."""
    return [f for f in (person.name, *person.aliases, person.name.split()[-1]) if f]


def _from_single_nation_forces(doc: Doc, people: list[Person], orgs: list[Organisation]) -> None:
    """In a story about one nation's forces only, give that nation to service members with a rank.

    Not when the story's units deploy to that nation ("the unit deploys to Afghanistan" and only
    Afghan forces named): those are the hosts the unit will partner with, not its own.
    """
    military = [o for o in orgs if o.kind in ("ship", "unit") or _MILITARY.search(o.name)]
    nations = {o.country for o in military if o.country}
    foreign = {o.country for o in orgs if o.country and o not in military} - nations
    if len(nations) != 1 or foreign:
        return
    (nation,) = nations
    if nation in _destinations(doc):
        return
    if any(p.affiliation and p.affiliation != nation and doc.lex.country(p.affiliation) for p in people):
        return
    for person in people:
        if person.affiliation is None and any(_is_rank(doc, role) for role in person.roles):
            person.affiliation = nation


_DEPLOYS_TO = re.compile(  # "the unit deploys to Afghanistan", "will deploy later this year to Iraq"; not "returned to"
    r"\bdeploy(?:s|ed|ing)?\s+(?:[a-z]+\s+){0,3}?to\s+(?:the\s+)?(?P<c>[A-Z][\w.]*(?:\s+(?:of\s+)?[A-Z][\w.]*){0,3})"
)


def _destinations(doc: Doc) -> set[str]:
    """Return the countries the story's forces deploy to ("the unit deploys to Afghanistan")."""
    found = set()
    for sentence in doc.sentences:
        for match in _DEPLOYS_TO.finditer(sentence.text):
            found |= _leading_countries(doc, match["c"].split())
    return found


def _is_rank(doc: Doc, role: str) -> bool:
    """Tell whether a role is a military rank, or a navy rating with its class ("Operations Specialist 2nd Class")."""
    entry = doc.lex.ranks.get(role.lower())
    if entry and entry[1] == "military":
        return True
    if any(full == role and kind == "military" for full, kind in doc.lex.ranks.values()):
        return True
    tokens = tokenize(role)
    return _rating_at(tokens, 0)[1] == len(tokens) > 0


def _holds_office(person: Person) -> bool:
    """Tell whether the person has an office or rank (not just a name)."""
    return bool(person.roles)


def issuing_country(doc: Doc, source: str | None) -> str | None:
    """Return the government or national outlet that issued the article, when the text says so."""
    lex = doc.lex
    for piece in (source or "").split(","):
        piece = piece.strip()
        known = lex.orgs.get(piece) or lex.orgs.get(piece.lower())
        if known and known[2] and not {piece, known[0]} & words("international_wires"):
            return known[2]
    if source and source not in words("international_wires"):
        first = re.match(r"^(?:The\s+)?([A-Z][\w.]*)\s", source)
        if first and (country := lex.country(first.group(1)) or lex.demonym(first.group(1))):
            return country
    for sentence in doc.sentences[:3]:
        if match := _GOVERNMENT.search(sentence.text):
            return _country(doc, match["who"])
    return None


def _lead_country(doc: Doc, people: list[Person], unqualified: list[Person]) -> str | None:
    """Return the country of the story's first office holder when their own mention names no nation (the office
    or the person is known: "Foreign Secretary X"): the issuer's own officials go unqualified."""
    if not (first := _lead(people)):
        return None
    lead = first[0]
    if lead not in unqualified or not lead.affiliation or not doc.lex.country(lead.affiliation):
        return None
    settled = {p.affiliation for p in unqualified if p.affiliation and doc.lex.country(p.affiliation)
               and not _nation_in_roles(doc, p)}
    if settled != {lead.affiliation}:
        return None  # "Prime Minister Abbott and Prime Minister Key met": two governments go unqualified
    return lead.affiliation


def _nation_in_roles(doc: Doc, person: Person) -> bool:
    """Tell whether a role names a nation ("Chair of the Swedish Parliamentary EU Scrutiny Committee")."""
    return any(_country(doc, w.strip(",")) for r in person.roles for w in r.split() if w[:1].isupper())


def _home(doc: Doc, source: str | None, dateline: str | None) -> str | None:
    """Return the country whose officials the story leaves unqualified: the issuer's, else the dateline's.

    A government outlet reporting from abroad (DoD News datelined Manila) is ambiguous: its own
    officials and the host's may both go unqualified, so nobody gets a home country.
    """
    issuer, there = issuing_country(doc, source), dateline_country(doc, dateline)
    if issuer and there and issuer != there:
        return None
    return issuer or there


def dateline_country(doc: Doc, dateline: str | None) -> str | None:
    """Return the country of the dateline place ("SEOUL" -> South Korea)."""
    if not dateline:
        return None
    place = doc.lex.places.get(dateline.lower())
    return (place[2] or None) if place else _country(doc, dateline)


# Searched only in text holding what their every match must (text/gate.py): most sentences lack it.
_READOUT, _GOVERNMENT, _BETWEEN = map(Gated, (_READOUT, _GOVERNMENT, _BETWEEN))
