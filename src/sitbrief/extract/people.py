"""Find people: names, every role the article gives them, affiliation, and later mentions.

A run of capitalised words is a person when a cue says so: a title or rank before the name
("Defense Minister Minoru Kihara"), a role after it (", the navy's spokesperson"), or a speech
verb ("Kihara told reporters", "according to Lt Gen Carradine"). Later mentions by surname or
by title and surname ("Secretary Whitcombe") are merged into the same person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from sitbrief.extract.doc import SPEECH_VERBS, Doc
from sitbrief.extract.forces import find_forces, inside_force
from sitbrief.extract.lexicon import lexicon, lexicon_rows, pairs, words
from sitbrief.extract.rx import alternation
from sitbrief.extract.tokens import FUNCTION_WORDS, Token, capital_runs, tokenize
from sitbrief.text.gate import Gated

TITLE_WORDS = words("title_words")
HONORIFICS = words("honorifics")
_POST_NOMINALS = words("post_nominals")
_NAME_SUFFIXES = words("name_suffixes")
SUFFIXES = _NAME_SUFFIXES | _POST_NOMINALS
NOT_NAME = words("sentence_initial") | words("calendar") | words("not_name") | words("office_domains")
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
_RELATIVE = re.compile(r"\s+(?:who|whose|whom|which|that|where|when|while)\b")
_ROLE_TAIL = re.compile(r"\s+(?:in|on|since|until|till|last|this|next|after|before|at|during|from|amid|ahead)\s+.*$")


@lru_cache(maxsize=8192)
def _name_tokens(name: str) -> tuple[str, ...]:
    """Return a name's words without initials and suffixes (cached: asked for on every token)."""
    return tuple(t for t in name.split() if not re.fullmatch(r"(?:[A-Z]\.)+", t) and t not in SUFFIXES)


_INITIAL = re.compile(r"[A-Z]\.")
_POSSESSIVE = re.compile(r"[\u2019']s$")


@dataclass
class PersonDraft:
    """A person being assembled from mentions."""

    name: str
    roles: list[str] = field(default_factory=list)
    affiliation: str | None = None
    aliases: set[str] = field(default_factory=set)
    evidence: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int, int]] = field(default_factory=list)  # sentence, start, end

    @property
    def tokens(self) -> list[str]:
        """Return the name's words without initials and suffixes."""
        return list(_name_tokens(self.name))

    def add_role(self, role: str) -> None:
        """Add `role` unless an equal one (ignoring case) is there."""
        role = re.sub(r"^(?:the|a|an)\s+", "", role.strip(" ,"), flags=re.I)
        if role and role.lower() not in {r.lower() for r in self.roles}:
            self.roles.append(role)

    def mention(self, doc: Doc, index: int, start: int, end: int) -> None:
        """Record a mention in sentence `index`."""
        self.mentions.append((index, start, end))
        if doc.sid(index) not in self.evidence:
            self.evidence.append(doc.sid(index))


def find_people(doc: Doc) -> list[PersonDraft]:
    """Return the people named in `doc`, mentions merged."""
    people: list[PersonDraft] = []
    pending: list = []
    ships = _ship_names(doc)
    for index, tokens in enumerate(doc.tokens):
        forces = find_forces(doc.sentences[index].text)
        for run in _join_ranks(doc, tokens, doc.capital_runs(doc.sentences[index].text)):
            run = _after_forces(forces, run)
            if not run:
                continue
            run = _cut_date(doc.sentences[index].text, _cut_possessive(run))
            carried: list[Token] = []
            for part in _split_people(run):
                if all(_is_title_token(doc, part, i) for i in range(len(part))) or _office_of_body(doc, part):
                    carried = [] if _definite(doc, index, part) else part
                    continue
                if carried and _country_at(doc, part, 0)[0]:
                    carried = []
                part, of_country = _cut_of_country(doc, part)
                if not _names_ship(" ".join(t.bare for t in part), ships):
                    _consider(doc, index, tokens, part, people, carried, of_country, pending)
                carried = []
    _add_titled_surnames(doc, pending, people)
    _add_figure_surnames(doc, people)
    for index, tokens in enumerate(doc.tokens):
        _link_short_mentions(doc, index, tokens, people)
    _offices_before_commas(doc, people)
    _signature_blocks(doc, people)
    _roles_from_title(doc, people)
    _office_from_lead(doc, people)
    _drop_roles_naming_others(people)
    _tidy_roles(people)
    _definite_offices(doc, people)
    people[:] = [p for p in people if not _presenter(doc, p)]
    for person in people:
        person.mentions.sort()
        person.evidence.sort(key=lambda sid: int(sid[1:]))
    return people


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


def _is_military_rank(doc: Doc, role: str) -> bool:
    """Tell whether a role is a military rank, abbreviated or written out ("Adm.", "Admiral")."""
    entry = doc.lex.ranks.get(role.lower()) or doc.lex.ranks.get(role.lower().rstrip("."))
    return bool(entry and entry[1] == "military") or any(
        full == role and kind == "military" for full, kind in doc.lex.ranks.values()
    )


def _rank_as_written(tokens: list[Token]) -> str:
    """Return a rank the way the text writes it ("Vice Adm.", "Lt. Cmdr."): the role is the rank as stated."""
    return " ".join(t.text for t in tokens)


def _join_ranks(doc: Doc, tokens: list[Token], runs: list[list[Token]]) -> list[list[Token]]:
    """Join runs a numbered rank splits ("Petty Officer", "2nd", "Class Ana Ruiz" -> one run)."""
    joined: list[list[Token]] = []
    for run in runs:
        if joined and _rank_across(doc, tokens, joined[-1], run):
            gap = [t for t in tokens if joined[-1][-1].end <= t.start and t.end <= run[0].start]
            joined[-1] = [*joined[-1], *gap, *run]
        elif len(joined) >= 2 and _bracketed_rank(doc, tokens, joined[-2], joined[-1], run):
            joined[-2:] = [[*joined[-2], *run]]  # "Commodore (Cmdre) Ana Ruiz": the abbreviation dropped
        elif joined and _bracketed_rank(doc, tokens, joined[-1], [t for t in tokens if joined[-1][-1].end < t.start
                                                                  and t.end < run[0].start and t.text.rstrip(".").isalpha()], run):
            joined[-1] = [*joined[-1], *run]  # "Rear Adm. (lower half) Tom Reed"
        else:
            joined.append(run)
    return joined


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


def _drop_roles_naming_others(people: list[PersonDraft]) -> None:
    """Drop a role that holds another person's name ("Minister of Defense Nakatani Gen" given to a neighbour).

    A role that opens with a named possessor keeps what follows ("Minister Nowak's spokesman" -> "spokesman").
    """
    for person in people:
        others = [o.name for o in people if o is not person and len(o.name.split()) >= 2]
        surnames = {w for p in people for w in p.tokens[-1:] if len(w) > 2 and w.lower() not in TITLE_WORDS}
        of_full = {p.tokens[-1] for p in people if len(p.tokens) >= 2} & surnames  # a lone word may be a stray
        kept = []
        for role in person.roles:
            role = _after_named_possessor(role, surnames)
            if role and not any(_holds_phrase(role, n) for n in others) and not any(
                _holds_phrase(role, w) for w in of_full
            ):
                kept.append(role)
        person.roles = [r for r in kept if not _inside_other(r, kept)]


_SIGN_IN = re.compile(r"^(?:I[\u2019']m|I am|This is)\s+(?:[A-Z][\w.'\u2019-]*\s+){1,6}?$")
_SIGN_OFF = re.compile(r"^,?\s+(?:with|for|reporting)\b")


def _presenter(doc: Doc, person: PersonDraft) -> bool:
    """Tell whether a person is only the presenter signing in ("I'm Corporal Ana Ruiz with your Marine Minute",
    "This is Tom Reed reporting"): the story's author, not a person of the story."""
    if not person.mentions:
        return False
    for index, start, end in person.mentions:
        text = doc.sentences[index].text
        if not (_SIGN_IN.match(text[:start]) and _SIGN_OFF.match(text[end:])):
            return False
    return True


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


def _offices_known(doc: Doc, person: PersonDraft) -> set[str]:
    """Return the offices ``figures.tsv`` lists for a person known by full name, lower case."""
    return {o for name in (person.name, *person.aliases) if len(name.split()) >= 2
            for o in doc.lex.figure_offices.get(name.lower(), ())}


def _office_head(doc: Doc, office: str) -> str | None:
    """Return the head word of an office ("Secretary of Defense" -> "secretary", "Prime Minister" -> "minister")."""
    words_ = office.lower().split()
    cut = next((k for k, w in enumerate(words_) if w in ("of", "for", "and")), len(words_))
    return next((w for w in reversed(words_[:cut]) if w in doc.lex.role_heads), None)


_RELATIONAL = words("relational_nouns")


def _tidy_roles(people: list[PersonDraft]) -> None:
    """Drop a 'role' that only relates a person to another ("counterpart", "Japanese counterpart", "host"),
    and a style that closes an office before the name ("Minister for Defence Senator" -> "Minister for Defence")."""
    for person in people:
        roles = [r for r in person.roles if r.split()[-1].lower() not in _RELATIONAL]
        person.roles = list(dict.fromkeys(_without_closing_style(r) for r in roles))


_STYLES = words("closing_styles")


def _without_closing_style(role: str) -> str:
    """Return an office without a style written between it and the name ("... Senator", "... the Hon")."""
    words_ = role.split()
    for width in (3, 2, 1):
        if len(words_) > width + 1 and " ".join(words_[-width:]).lower() in _STYLES:
            return " ".join(words_[:-width])
    return role


@cache
def _military_ranks_written_out() -> frozenset[str]:
    """Return the military ranks as written out, lower case ("rear admiral")."""
    return frozenset(full.lower() for full, kind in lexicon().ranks.values() if kind == "military")


def _inside_other(role: str, roles: list[str]) -> bool:
    """Tell whether a one-word office is the head of a fuller one the person has ("Minister" beside "Prime Minister")."""
    low = role.lower()
    entry = lexicon().ranks.get(low)
    if " " in low or (entry and entry[1] == "military") or low in _military_ranks_written_out():
        return False
    return any(o.lower() != low and (o.lower().endswith(" " + low) or o.lower().startswith(low + " ")) for o in roles)


def _after_named_possessor(role: str, surnames: set[str]) -> str:
    """Return the role after a possessive naming a person ("Minister Nowak's spokesman" -> "spokesman")."""
    for match in re.finditer(r"\b(\w[\w-]*)[\u2019']s\s+", role):
        if match.group(1) in surnames:
            return role[match.end() :]
    return role


def _holds_phrase(text: str, phrase: str) -> bool:
    """Tell whether `phrase` occurs in `text` as whole words (no regular expression to compile per name)."""
    at = text.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(phrase, at + 1)
    return False


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


_OFFICE_DOMAINS = words("office_domains")


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


def _roles_from_title(doc: Doc, people: list[PersonDraft]) -> None:
    """Add roles the headline gives people already found in the body ("Spokesperson Li Hua's ...")."""
    title = doc.title or ""
    for whole in capital_runs(tokenize(title)):
        for piece in _headline_pieces(whole):
            _headline_role(doc, people, title, _cut_headline_verb(piece))


def _headline_role(doc: Doc, people: list[PersonDraft], title: str, run: list[Token]) -> None:
    """Give the person a headline's titled name names the title's roles."""
    parsed = _parse_title_name(doc, run)
    if not parsed or not parsed[0]:
        return
    name = title[parsed[1][0].start : parsed[1][-1].end]
    name = re.sub(r"[\u2019']s$", "", name)
    person = next((p for p in people if p.name == name), None) or _headline_person(doc, people, name, parsed)
    if person:
        roles, affil = _role_before(doc, title, run[0].start, parsed[0])
        for role in roles:  # a title-case headline: "Readout Of Deputy Secretary Of Defense X"
            person.add_role(re.sub(r"^(?:Of|The|For|With|And|On|To)\s+", "", role))
        person.affiliation = person.affiliation or affil


def _headline_pieces(run: list[Token]) -> list[list[Token]]:
    """Split a headline's run after each possessive and at "on" ("Statement by Spokesperson X on Advisor Y's Call")."""
    pieces: list[list[Token]] = []
    for part in _split_at(run, "on"):
        while part:
            piece = _cut_possessive(part)
            pieces.append(piece)
            part = part[len(piece) :]
    return pieces


def _split_at(run: list[Token], word: str) -> list[list[Token]]:
    """Split a run at every token `word`, dropping it."""
    parts: list[list[Token]] = [[]]
    for tok in run:
        if tok.text == word:
            parts.append([])
        else:
            parts[-1].append(tok)
    return [p for p in parts if p]


_HEADLINE_VERBS = frozenset(pairs("verb_present").values()) | words("headline_verbs")


def _cut_headline_verb(run: list[Token]) -> list[Token]:
    """Return a headline's run up to its first verb ("Prime Minister Ana Ruiz Visits Troops" -> "... Ana Ruiz")."""
    at = next((i for i, t in enumerate(run) if i >= 2 and t.text.lower() in _HEADLINE_VERBS), len(run))
    return run[:at]


def _headline_person(doc: Doc, people: list[PersonDraft], name: str, parsed: tuple) -> PersonDraft | None:
    """Make a person of a titled full name in the headline that the body names by surname only ("Ruiz said")."""
    core = [t for t in parsed[1] if not re.fullmatch(r"[A-Z]\.", t.text) and t.text not in SUFFIXES
            and t.bare not in SUFFIXES]  # "Gilberto Teodoro Jr.": the surname is Teodoro
    if len(core) < 2 or not (_is_head_token(doc, parsed[0][-1]) or _has_head(doc, [t.bare for t in parsed[0]])):
        return None  # an office before the name: "Secretary", "Secretary of Defense"
    surname = core[-1].bare
    if known := _match_short(people, surname):
        if known.name == surname and all(_name_word(doc, t) for t in core):  # "Minister Ruiz" in the body
            known.name = name
            known.aliases.add(surname)
            return known
        return None
    spots = [(i, t) for i, tokens in enumerate(doc.tokens) for t in tokens if t.bare == surname]
    if not spots or not all(_name_word(doc, t) for t in core) or _is_place_or_org(doc, name):
        return None
    person = _find_or_add(people, name)
    for i, tok in spots:
        person.mention(doc, i, tok.start, tok.end)
    person.aliases.add(surname)
    return person


def _definite(doc: Doc, index: int, part: list[Token]) -> bool:
    """Tell whether a title stands for a person of its own ("The Foreign Secretary and ...")."""
    before = doc.sentences[index].text[: part[0].start].rstrip().split()
    return bool(before) and before[-1].lower() == "the"


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


def _titled_name(doc: Doc, run: list[Token]) -> bool:
    """Tell whether a run is a title or rank followed by two or three name words ("Professor Tom Reed")."""
    parsed = _parse_title_name(doc, run)
    return bool(parsed and parsed[0] and 2 <= len(parsed[1]) <= 3 and _is_head_token(doc, parsed[0][-1]))


def _place_or_body(doc: Doc, name: str) -> bool:
    """Tell whether `name` is a known place or body, or ends in a body's head word ("Oxford University")."""
    low = name.lower()
    return bool(
        low in doc.lex.places or low in doc.lex.cities or low in doc.lex.orgs or name in doc.lex.orgs
        or (len(name.split()) >= 2 and {name.split()[0].lower(), name.split()[-1].lower()} & doc.lex.org_heads)
    )


def _country_of(doc: Doc, name: str) -> str | None:
    """Return the country a name stands for: a country, or a national body ("the US Navy")."""
    if country := doc.lex.country(name):
        return country
    known = doc.lex.orgs.get(name) or doc.lex.orgs.get(name.lower())
    if known and {name, known[0]} & _WIRES:
        return None  # "Tom Reed of Reuters": a reporter of a news agency serves no government
    if known:
        return known[2] or known[0]
    words_ = name.split()
    if len(words_) >= 2 and words_[-1].lower() in doc.lex.org_heads:
        return doc.lex.country(words_[0]) or doc.lex.demonym(words_[0])
    return None


_WIRES = words("international_wires")


def _consider(
    doc: Doc, index: int, tokens: list[Token], run: list[Token], people: list[PersonDraft], carried: list[Token],
    of_country: str | None = None, pending: list | None = None,
) -> None:
    """Register `run` as a person mention when it parses as [title] Name and a cue supports it."""
    parsed = _parse_title_name(doc, run)
    if parsed is None:
        return
    title_tokens, core = parsed
    sentence = doc.sentences[index].text
    start, end = core[0].start, core[-1].end
    after_name = _skip_post_nominals(doc, sentence[end:])
    post_role = _role_after(doc, after_name)
    pre_roles, pre_affil = _role_before(doc, sentence, run[0].start, title_tokens, bool(post_role))
    if not pre_roles and not title_tokens and (shared := _shared_plural_office(doc, sentence[: run[0].start])):
        pre_roles = [shared]  # "Foreign Ministers Tom Reed and Ana Ruiz": the second is a Foreign Minister too
    if carried:
        more, more_affil = _role_before(doc, sentence, carried[0].start, carried)
        pre_roles, pre_affil = more + pre_roles, pre_affil or more_affil
    if post_role and pre_roles and _office_of_next(doc, after_name, post_role):
        post_role = None  # "Chief X, General Y, Special Adviser Z, Ana Ruiz, and ...": the office is Ruiz's
    if len(core) == 1 and not title_tokens and core[0].bare in _GIVEN_NAMES and _AGE_AFTER.match(sentence[end:]):
        person = _find_or_add(people, core[0].bare)  # "The brothers: George, 28; Francis, 27; ...": given names
        person.mention(doc, index, start, end)
        return
    if len(core) == 1:
        titled_head = bool(title_tokens) and (
            _is_head_token(doc, title_tokens[-1]) or _is_rank_word(doc, title_tokens[-1])
            or _has_head(doc, [t.bare for t in title_tokens])  # "Secretary of State Blinken"
        )
        if not _link_title_surname(doc, index, core[0], title_tokens, people) and titled_head and pending is not None:
            post, post_affil = _split_affiliation(doc, post_role)
            roles = [*pre_roles, *([post] if post else [])]
            pending.append((index, core[0], title_tokens, roles, of_country or pre_affil or post_affil))
        return
    honorific = any(t.bare.lower().rstrip(".") in HONORIFICS | {"h.e", "hon"} for t in title_tokens)
    label = bool(re.match(r"\s*:", sentence[end:])) and start == 0
    titled = bool(pre_roles or honorific)
    after_determiner = re.search(r"\b(?:the|a|an|this|that|its|their)\s+$", sentence[max(0, start - 12) : start], re.I)
    known_figure = sentence[start:end].lower() in doc.lex.figures or (
        _given_name_first(doc, run, core) and not after_determiner and not _credit_line(sentence)
    )
    cued = _speech_cue(doc, index, tokens, core) or _person_cue(doc, index, run, core, people) or bool(
        _AGE_AFTER.match(sentence[end:]) and _given_name_first(doc, run, core)
    )
    if not (titled or post_role or label or known_figure or cued) or _is_place_or_org(
        doc, sentence[start:end]
    ):
        return
    if not titled and (any(_known_elsewhere(doc, t) for t in core) or sentence[start:end].lower() in doc.lex.cities
                       or core[0].bare in _PLACE_HEADS):
        return  # "Santa Cruz said ...", "Camp Butler said ...": an untitled place is no person
    if title_tokens and title_tokens[-1].bare in ("Exercise", "Operation", "Op"):
        return
    while len(core) > 1 and core[-1].text in _POST_NOMINALS:
        core = core[:-1]
        end = core[-1].end
    name = sentence[start:end]
    name = re.sub(r"[\u2019']s$", "", name)
    if name.endswith(".") and not re.search(r"(?:\b[A-Z]|Jr|Sr)\.$", name):
        name = name[:-1]
    person = _find_or_add(people, name)
    person.mention(doc, index, start, end)
    post, post_affil = _split_affiliation(doc, post_role)
    for role in [*pre_roles, post]:
        for one in _split_offices(role or ""):
            person.add_role(one)
    if post and not (of_country or person.affiliation or pre_affil or post_affil):
        post_affil = _mission_country(doc, sentence[end:])
    if not (of_country or person.affiliation or pre_affil or post_affil):
        post_affil = _of_national_body(doc, sentence[end:])
    person.affiliation = of_country or person.affiliation or pre_affil or post_affil or _service_of(
        doc, sentence, run[0].start, end, pre_roles
    )


_AGE_AFTER = re.compile(r"^,\s+(?:[1-9]\d?|10\d)(?:\s*[,;)]|\s+(?:and|or)\b|\.(?:\s|$))")  # "George, 28;"
_NATIONAL_NOUN = re.compile(r"(?:^|\s)(?P<d>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+[a-z][a-z-]+\s+$")


def _service_of(doc: Doc, sentence: str, start: int, end: int, roles: list[str]) -> str | None:
    """Return the country a service member's mention gives: a service's letters after, a nationality before."""
    ranked = any(_is_military_rank(doc, r) for r in roles)
    return _service_letters(doc, sentence[end:]) or (_nationality_before(doc, sentence[:start]) if ranked else None)


def _nationality_before(doc: Doc, before: str) -> str | None:
    """Return the nationality of a noun before a ranked name ("British servicewoman Lance Corporal X")."""
    match = _NATIONAL_NOUN.search(before)
    return doc.lex.demonym(match["d"]) if match else None


_LETTERS = re.compile(r"^(?:,?\s*[A-Z]{2,5}\b)+(?=\s*[,.;]|\s+(?:said|told|and)\b|$)")
_SERVICE = re.compile(r"\b(?:Navy|Army|Air Force|Marine Corps|Marines|Defence Force|Defense Force)$")


def _service_letters(doc: Doc, after: str) -> str | None:
    """Return the country of a service's letters after a name ("Captain Ana Ruiz, CSC, RAN, said")."""
    match = _LETTERS.match(after)
    if not match:
        return None
    for letters in re.findall(r"[A-Z]{2,5}", match.group()):
        known = doc.lex.orgs.get(letters)
        if known and known[2] and _SERVICE.search(known[0]):
            return known[2]
    return None


_MISSION = re.compile(
    r"^\s*,[^,;()]*?\s(?:at|in|with)\s+the\s+(?P<who>[A-Z][\w.]*)\s+"
    r"(?:Embassy|High Commission|Consulate(?:-General)?|Permanent Mission|Mission|Ministry|Department)\b"
)


_OF_BODY = re.compile(
    r"^\s*,\s+(?:of|from|with)\s+(?:the\s+)?(?P<body>[A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|of|the))*?)"
    r"\s*(?=[,.;]|$|\s+(?:said|told|and)\b)"
)


def _of_national_body(doc: Doc, after: str) -> str | None:
    """Return the country of a national force or body set off after a name (", of the Australian Defence Force,")."""
    match = _OF_BODY.match(after)
    if not match or not _STATE_BODY.search(match["body"]):
        return None  # "Tom Reed, of Lockheed Martin,": a company's employee serves no government
    country = _country_of(doc, match["body"])
    return country if country and doc.lex.country(country) else None


_STATE_BODY = re.compile(rf"\b(?:{alternation(words('state_body_words'))})\b")


def _mission_country(doc: Doc, after: str) -> str | None:
    """Return the country of the embassy or ministry an appositive office sits in ("..., at the British Embassy")."""
    match = _MISSION.match(after)
    return (doc.lex.demonym(match["who"]) or doc.lex.country(match["who"])) if match else None


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


_GIVEN_NAMES = words("given_names")


def _given_name_first(doc: Doc, run: list[Token], core: list[Token]) -> bool:
    """Tell whether an untitled run is a personal name by its given name ("met with Tom Reyes and Ana Ruiz")."""
    names = [t for t in core if not re.fullmatch(r"[A-Z]\.", t.text)]
    return (
        len(run) == len(core) and 2 <= len(names) <= 3 and core[0].bare in _GIVEN_NAMES
        and " ".join(t.bare for t in core).lower() not in doc.lex.cities
        and not any(_known_elsewhere(doc, t) or t.bare.lower() in doc.lex.org_heads or t.bare in _PLACE_HEADS
                    for t in core)
    )


_PLACE_HEADS = words("place_name_heads")


@cache
def _credit_line(sentence: str) -> bool:
    """Tell whether a sentence credits reporters ("... contributed to this report"), once per sentence."""
    return bool(_CREDIT.search(sentence))
_CREDIT = re.compile(r"\bcontributed(?: reporting| to this (?:report|story|article))|\b(?:reporting|editing|writing) by\b", re.I)


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


def _is_place_or_org(doc: Doc, text: str) -> bool:
    """Tell whether `text` names a country, place or known organisation rather than a person."""
    bare = re.sub(r"[\u2019']s$", "", text).rstrip(".")
    low = bare.lower()
    return bool(doc.lex.country(bare) or low in doc.lex.places or low in doc.lex.orgs or bare in doc.lex.orgs)


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
    for k in range(max(0, j - 4), j):
        rank, width = _rank_at(doc, run, k)
        if rank and k + width > j and len(run) - (k + width) >= 1:
            return k + width
    rank, width = _rank_at(doc, run, j)
    if rank and width > 1 and len(run) - (j + width) >= 1:
        return j + width  # a rank whose words are no rank alone starts the run ("Sqn Ldr Ana Ruiz")
    return j


PARTICLES = words("name_particles")
_CALENDAR_NAMES = words("calendar_names")


def _cut_date(sentence: str, run: list[Token]) -> list[Token]:
    """Drop a month that starts a date from the end of a run ("President Trump May 5" -> "President Trump")."""
    if len(run) > 1 and run[-1].bare in _CALENDAR_NAMES and re.match(r"\s*\d", sentence[run[-1].end :]):
        return run[:-1]
    return run


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


def _singular(word: str) -> str:
    """Return a plural head word as written, made singular ("Ministers" -> "Minister", "Secretaries" -> "Secretary")."""
    return word[:-3] + "y" if word.lower().endswith("ies") else word.removesuffix("s")


def _plural_head(doc: Doc, low: str) -> str | None:
    """Return the singular of a plural role head ("ministers" -> "minister", "secretaries" -> "secretary")."""
    for plural, singular in (("ies", "y"), ("s", "")):
        if len(low) > 4 and low.endswith(plural) and (one := low[: -len(plural)] + singular) in doc.lex.role_heads:
            return one
    return None


def _known_elsewhere(doc: Doc, tok: Token) -> bool:
    """Tell whether a word is a known place or organisation (a weak sign it is not a name)."""
    text = tok.bare
    return text.lower() in doc.lex.places or text in doc.lex.orgs or text.lower() in doc.lex.orgs


def _speech_cue(doc: Doc, index: int, tokens: list[Token], core: list[Token]) -> bool:
    """Tell whether the name is the speaker of a speech verb in this sentence."""
    sentence = doc.sentences[index].text
    after = sentence[core[-1].end : core[-1].end + 120]
    letters = re.match(r"^(?:\s+[A-Z]{2,4}\b)+", after)
    if letters and all(_post_nominal_letters(doc, Token(w, 0, 0)) for w in letters.group().split()):
        after = after[letters.end() :]  # "Ana Ruiz MP said"
    before = sentence[max(0, core[0].start - 40) : core[0].start]
    verbs = "|".join(sorted(SPEECH_VERBS))
    if re.match(rf"^(?:\s*\([^)]*\))?(?:\s*,[^,]{{1,90}},)?\s+(?:{verbs}|has said|had said|was quoted)\b", after):
        return True
    return bool(re.search(rf"\b(?:{verbs}|according to)\s*$", before, re.I))


def _alternatives(name: str) -> str:
    """Return the entries of word list `name` as one regular-expression alternation, longest first."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words(name), key=len, reverse=True))


_PERSON_AFTER = re.compile(
    rf"^(?:\s*,\s*(?:who|whose)\b|\s*,\s*\d{{1,2}},|\s+and\s+(?:his|her)\s+|\s+(?:{_alternatives('person_verbs')})\b)"
)
_PERSON_BEFORE = re.compile(rf"\b(?:{_alternatives('person_cues')})\s*$", re.I)


def _person_cue(doc: Doc, index: int, run: list[Token], core: list[Token], people: list[PersonDraft]) -> bool:
    """Tell whether an untitled run of two or three name words is a person by what surrounds it.

    Cues are data (``words/person_verbs.txt``, ``words/person_cues.txt``): a verb only people
    do ("Okonkwo Adebayo thanked"), ", who", an age (", 34,"), "and his counterpart", words
    before it that take a person ("met with", "hosted by", "according to"), or a person just
    before it in a list ("Okonkwo Adebayo and Thabo Ndlovu").
    """
    names = [t for t in core if not re.fullmatch(r"[A-Z]\.", t.text)]
    if len(run) != len(core) or not 2 <= len(names) <= 3 or not all(_name_word(doc, t) for t in names):
        return False
    sentence = doc.sentences[index].text
    after = sentence[core[-1].end : core[-1].end + 40]
    before = sentence[max(0, core[0].start - 30) : core[0].start]
    listed = re.search(r"(?:,|\s+and)\s+$", before)  # "met Okonkwo Adebayo and Thabo Ndlovu"
    after_person = bool(listed) and any(
        i == index and e == core[0].start - len(listed.group()) for p in people for i, _, e in p.mentions
    )
    modifier = re.match(r"\s+([a-z]+)\b", after)  # "led by Red Arrows pilots": the run names the pilots' unit
    if modifier and modifier.group(1) not in FUNCTION_WORDS:
        return bool(_PERSON_AFTER.match(after))
    return bool(_PERSON_AFTER.match(after) or _PERSON_BEFORE.search(before) or after_person)


_NEXT_BARE_NAME = re.compile(r"^\s*,\s+(?P<a>[A-Z][\w'\u2019-]+)\s+(?P<b>[A-Z][\w'\u2019-]+)(?=,|\s+and\b)")


def _office_of_next(doc: Doc, after: str, role: str) -> bool:
    """Tell whether an appositive office is followed by a bare name: in a list written "Office, Name, Office,
    Name" the office after one name is the next one's."""
    at = after.find(role)
    match = _NEXT_BARE_NAME.match(after[at + len(role) :]) if at >= 0 else None
    return bool(match) and _is_name_pair(doc, Token(match["a"], 0, 0), Token(match["b"], 0, 0))


def _role_before(
    doc: Doc, sentence: str, run_start: int, title_tokens: list[Token], role_follows: bool = False
) -> tuple[list[str], str | None]:
    """Return the roles and affiliation given by the words before the name (`role_follows`: an appositive
    office comes after it)."""
    office_to = _OFFICE_TO.search(sentence[max(0, run_start - 60) : run_start])
    if title_tokens and office_to and office_to["head"].lower() in doc.lex.role_heads:
        country, width = _country_at(doc, title_tokens, 0)
        if country and not doc.lex.demonym(title_tokens[width - 1].bare):
            # "Ambassador to the Philippines Laure Beaufils": the country ends the office
            run_start, title_tokens = title_tokens[width - 1].end, title_tokens[width:]
    lower_role, affil = _lowercase_role(doc, sentence[:run_start], role_follows)
    if lower_role and lower_role.split()[-1].lower() in ("of", "for", "to", "with"):
        lower_role, affil = None, None  # "justice for X", "a spokesperson for Prime Minister X": someone else's office
    affil = affil or _possessive_country(doc, sentence[max(0, run_start - 80) : run_start]) or (
        _shared_possessor(doc, sentence[max(0, run_start - 160) : run_start]) if lower_role else None
    )
    roles = [lower_role] if lower_role else []
    office: list[str] = []
    i = 0
    while i < len(title_tokens) and not _rank_at(doc, title_tokens, i)[0] and (
        _opens_sentence(doc, title_tokens[i]) or not _starts_title(doc, title_tokens, i)
    ) and not _remit_opens(doc, title_tokens, i) and not _pair_head(doc, title_tokens, i):
        i += 1
    while i < len(title_tokens):
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
        if rank and not office and (k := _body_before_rank(doc, title_tokens, i, width)):
            office.extend(t.text for t in title_tokens[i:k])  # "Commander Australian Fleet Rear Admiral X"
            affil = affil or next((c for t in title_tokens[i:k] if (c := doc.lex.demonym(t.bare))), None)
            i = k
            continue
        if rank:
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
    if office and any(_is_head_token(doc, t) for t in title_tokens if t.text in office):
        if office and _plural_head(doc, office[-1].lower()):  # "Foreign Ministers X and Y": each a Foreign Minister
            office[-1] = _singular(office[-1])
        text, of_country = _split_affiliation(doc, " ".join(office))
        office, affil = (text or "").split(), affil or of_country  # "Minister of Foreign Affairs of Japan Ana Ruiz"
        if lower_role and lower_role.split()[-1] in ("to", "of", "for", "the") and roles[0] == lower_role:
            roles[0] = f"{lower_role} {' '.join(office)}"  # "Assistant to the" + "President for ... Affairs"
        else:
            roles.insert(len(roles) - sum(1 for r in roles if r != lower_role), " ".join(office))
    return roles, affil


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


_OF_COUNTRY_TO = re.compile(r"\s+of\s+(?:the\s+)?(?P<c>[A-Z][\w.' -]*?)(?=\s+to\s)")


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
    match = _POSSESSOR.search(before)
    if not match:
        return None
    names = match["who"].split()
    return next((c for k in range(len(names)) if (c := doc.lex.country(" ".join(names[k:])))), None)


_SHARED_POSSESSOR = re.compile(
    r"(?P<who>(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*?)[\u2019']s?\s+[a-z][\w -]*,\s+[^,;]{3,60},\s+and\s+"
    r"(?:its\s+)?(?!the\s)[a-z][\w -]*,?\s*$"
)


def _shared_possessor(doc: Doc, before: str) -> str | None:
    """Return the country of a possessive shared by two offices ("Korea's defense minister, X, and defense chief, Y")."""
    match = _SHARED_POSSESSOR.search(before)
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


def _pair_head(doc: Doc, tokens: list[Token], i: int) -> bool:
    """Tell whether tokens[i] opens a role head of two words ("Commanding Officer")."""
    return " ".join(t.bare for t in tokens[i : i + 2]).lower() in doc.lex.role_heads


def _opens_sentence(doc: Doc, tok: Token) -> bool:
    """Tell whether a capitalised word before a title only opens the sentence ("Later", "Yesterday")."""
    low = tok.bare.lower()
    if _is_title_token(doc, [tok], 0) or low in HONORIFICS or _rank_at(doc, [tok], 0)[0]:
        return False
    return tok.bare in NOT_NAME or low in FUNCTION_WORDS or tok.text.endswith("ly") or low in words("sentence_adverbs")


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
            return entry[0], width
    for j in range(i + 1, min(i + 4, len(tokens) - 1)):
        if re.fullmatch(r"\d(?:st|nd|rd|th)", tokens[j].text) and tokens[j + 1].text == "Class" and all(
            t.text[:1].isupper() and re.fullmatch(r"[A-Za-z]+(?:[\u2019']s)?", t.text) for t in tokens[i:j]
        ):
            return " ".join(t.text for t in tokens[i : j + 2]), j + 2 - i
    return None, 0


_WEEK_AND_MONTH = words("calendar")
_STOP = words("role_stop")
_PHONETIC = words("phonetic_alphabet")
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
    phrase: list[str] = []
    window = words[-9:]
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
    if phrase and role_follows and words[-1].endswith(",") and _ends_in_name(doc, words[: len(words) - len(phrase)]):
        return None, None  # "X Y, Chief of Air Force, Vice Admiral Z, Chief of Navy": the office between is X Y's
    affil = None
    inner = _OF_COUNTRY_TO.search(" ".join(phrase))
    if inner and (country := doc.lex.country(inner["c"])):  # "Ambassador of Japan to Chile"
        affil, phrase = country, (inner.string[: inner.start()] + inner.string[inner.end() :]).split()
    tail = re.match(r"^(?P<head>.*)\s+(?:of|for)\s+(?:the\s+)?(?P<c>[A-Z][\w .'-]+)$", " ".join(phrase))
    if tail and doc.lex.country(tail["c"]):
        affil = doc.lex.country(tail["c"])
        phrase = tail["head"].split()
    if not phrase or not _has_head(doc, phrase):
        return None, None
    for width in (3, 2, 1):
        head = " ".join(phrase[:width])
        if len(phrase) > width and (country := _capital_possessive(doc, head)):
            affil, phrase = affil or country, phrase[width:]  # "Seoul's defense ministry spokesperson"
            break
        if width > 1 and len(phrase) > width and (country := doc.lex.country(re.sub(r"[\u2019']s?$", "", head))):
            affil, phrase = affil or country, phrase[width:]
            break
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
    if kept and not affil and (counterpart := _COUNTERPART_BEFORE.search(before)):
        affil = doc.lex.demonym(counterpart["d"]) or doc.lex.country(counterpart["d"])
    return (" ".join(kept) or None), affil


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


def _ends_in_head(doc: Doc, words_: list[str]) -> bool:
    """Tell whether words end in a role head of one to four words ("Envoy", "Chief of Staff")."""
    low = [w.strip(",;:").lower() for w in words_]
    return any(" ".join(low[-k:]) in doc.lex.role_heads for k in range(1, min(4, len(low)) + 1))


def _has_head(doc: Doc, phrase: list[str]) -> bool:
    """Tell whether a phrase ends in a role head, or is "HEAD of/for ..." (Minister for Foreign Affairs)."""
    words = [w.lower().removesuffix("'s").removesuffix("\u2019s") for w in phrase]
    if words[-1] in doc.lex.role_heads or " ".join(words[-2:]) in doc.lex.role_heads:
        return True
    return any(
        w in doc.lex.role_heads and i + 1 < len(words) and words[i + 1] in ("of", "for", "to")
        for i, w in enumerate(words)
    )


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


_UNIT_ALTERNATIVES = "|".join(
    sorted(map(re.escape, words("unit_heads") | words("role_unit_heads")), key=len, reverse=True)
)
_UNIT_END = re.compile(rf"\b(?:{_UNIT_ALTERNATIVES})$")
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


def _opens_with_verb(role: str) -> bool:
    """Tell whether a phrase after a name is a clause ("spoke with ...", "Minister Mark visited ..."), not a role."""
    return any(w.islower() and (w in words("role_verbs") or w in SPEECH_VERBS) for w in role.split())


def _names_someone(doc: Doc, role: str) -> bool:
    """Tell whether a role phrase holds another person's titled name ("... Defense Minister Minoru Kihara")."""
    tokens = tokenize(role)
    return any(
        _is_head_token(doc, head) and _is_name_pair(doc, a, b)
        for head, a, b in zip(tokens, tokens[1:], tokens[2:], strict=False)
    )


def _is_name_pair(doc: Doc, a: Token, b: Token) -> bool:
    """Tell whether two adjacent tokens read as a given name and a surname."""
    if not (_name_word(doc, a) and _name_word(doc, b)):
        return False
    return not any(_known_elsewhere(doc, t) or t.bare.lower() in doc.lex.org_heads for t in (a, b))


def _split_affiliation(doc: Doc, role: str | None) -> tuple[str | None, str | None]:
    """Split a leading demonym or trailing "of <Country>" off a role into an affiliation."""
    if not role:
        return None, None
    affil = None
    words_ = role.split()
    if words_ and words_[0] in _PHONETIC:
        words_ = []
    for width in (3, 2, 1):
        head = " ".join(words_[:width]).removesuffix("'s").removesuffix("\u2019s")
        if len(words_) > width and (country := doc.lex.country(head) or doc.lex.demonym(head)):
            affil, role = country, " ".join(words_[width:])
            break
    for match in re.finditer(r"\s+of\s+(?:the\s+)?(?P<c>[A-Z][\w.' -]*?)(?=\s+to\s)", role):
        if country := doc.lex.country(match["c"]):  # "Ambassador of Japan to the United Kingdom"
            return role[: match.start()] + role[match.end() :], affil or country
    tails = list(re.finditer(r"\s+(?:of|for)\s+(?:the\s+)?(?=[A-Z])", role))
    for match in tails:  # the longest tail naming a country ("... of the Republic of Estonia")
        if country := doc.lex.country(role[match.end() :].strip()):
            return role[: match.start()], affil or country
    for match in reversed(tails):
        name = role[match.end() :].strip()
        if org := doc.lex.orgs.get(name) or doc.lex.orgs.get(name.lower()):
            return role, affil or org[2] or org[0]
    return role, affil


def _find_or_add(people: list[PersonDraft], name: str) -> PersonDraft:
    """Return the person `name` refers to, adding one when new."""
    words = list(_name_tokens(name))
    for person in people:
        mine = person.tokens
        if words == mine or (words[-1] == mine[-1] and words[0] == mine[0]):
            if len(name) > len(person.name):
                person.name = name
            return person
    person = PersonDraft(name=name)
    people.append(person)
    return person


def _match_short(people: list[PersonDraft], word: str) -> PersonDraft | None:
    """Return the single person whose surname (or family name first) is `word`."""
    last = [p for p in people if p.tokens and p.tokens[-1] == word]
    if len(last) == 1:
        return last[0]
    first = [p for p in people if p.tokens and _same_family_name(p.tokens[0], word) and len(p.tokens) >= 2]
    return first[0] if len(first) == 1 and not last else None


def _same_family_name(written: str, word: str) -> bool:
    """Tell whether `word` is the family name `written` (also in capitals: "KIMURA" = "Kimura")."""
    return written == word or written.isupper() and written == word.upper()


def _link_title_surname(doc: Doc, index: int, tok: Token, title: list[Token], people: list[PersonDraft]) -> bool:
    """Link "Secretary Whitcombe" or "Lt Gen Carradine" to a known person; tell whether one was found."""
    person = _match_short(people, tok.bare)
    if person:
        person.mention(doc, index, tok.start, tok.end)
        person.aliases.add(doc.sentences[index].text[title[0].start : tok.end] if title else tok.bare)
        _add_appositive(doc, person, doc.sentences[index].text[tok.end :])
    return person is not None


def _add_titled_surnames(doc: Doc, pending: list, people: list[PersonDraft]) -> None:
    """Make a person of a titled surname no full name matches ("President Marsh's visit")."""
    for index, tok, title, roles, affil in pending:
        if _link_title_surname(doc, index, tok, title, people) or not _name_word(doc, tok):
            continue
        if _is_place_or_org(doc, tok.bare) or _known_elsewhere(doc, tok):
            continue
        person = _find_or_add(people, tok.bare)
        person.mention(doc, index, tok.start, tok.end)
        if known := _figure_form(doc, doc.sentences[index].text, title, tok):
            person.aliases.add(known)  # "President Xi": the one office holder figures.tsv knows by that form
        for role in roles:
            person.add_role(role)
        office = bool(title) and not _is_rank_word(doc, title[-1])  # "Secretary Hagel", not "Capt. Austin"
        person.affiliation = person.affiliation or affil or (
            (_figure_surname(tok.bare, alone=False) or _titled_figure(doc, tok.bare, roles)) if office else None
        )


def _figure_form(doc: Doc, sentence: str, title: list[Token], tok: Token) -> str | None:
    """Return the titled form of a surname ("President Xi") when figures.tsv lists it as one person's."""
    for k in range(len(title) - 1, -1, -1):
        form = sentence[title[k].start : tok.start] + tok.bare
        if form.lower() in doc.lex.figures:
            return form
    return None


_FIGURE_ROWS = [  # (first word, last word, serves, offices held, years), read once
    (row[0].split()[0], row[0].split()[-1], row[1], {re.sub(r"\s*\(.*\)", "", o).strip().lower() for o in row[3].split(";")},
     row[4])
    for row in lexicon_rows("figures.tsv") if len(row) >= 5
]


def _titled_figure(doc: Doc, surname: str, roles: list[str]) -> str | None:
    """Return whom the one figure of that surname and office serves in the story's year ("President Yoon", 2022).

    figures.tsv gives each office holder's offices and years; the surname is the name's first word
    (family name first) or its last. None unless exactly one country fits.
    """
    offices = {r.lower() for r in roles}
    year = doc.anchor.year if doc.anchor else None
    found = set()
    for first, last, serves, held, years in _FIGURE_ROWS:
        if surname in (first, last) and held & offices and (year is None or _in_years(year, years)):
            found.add(serves)
    return found.pop() if len(found) == 1 else None


def _in_years(year: int, years: str) -> bool:
    """Tell whether `year` falls in a span list such as "2017-2021; 2025-"."""
    for span in years.split(";"):
        lo, dash, hi = span.strip().partition("-")
        end = int(hi) if hi.isdigit() else (None if dash else int(lo) if lo.isdigit() else 0)
        if lo.isdigit() and int(lo) <= year and (end is None or year <= end):
            return True
    return False


_FIGURE_SURNAMES = {row[0]: row[1:] for row in lexicon_rows("words/figure_surnames.txt")}  # surname -> (serves, use)


def _figure_surname(word: str, alone: bool) -> str | None:
    """Return whom the one office holder of surname `word` serves (for a surname standing alone, if it may)."""
    serves, use = (_FIGURE_SURNAMES.get(word) or ["", ""])[:2]
    return (serves or None) if word in _FIGURE_SURNAMES and (use == "alone" or not alone) else None


def _add_figure_surnames(doc: Doc, people: list[PersonDraft]) -> None:
    """Make a person of a well-known office holder's surname standing alone ("... and Putin fails")."""
    for index in range(len(doc.sentences)):
        for run in doc.capital_runs(doc.sentences[index].text):
            run = _cut_possessive(run)
            serves = _figure_surname(run[0].bare, alone=True) if len(run) == 1 else None
            if not serves or _match_short(people, run[0].bare):
                continue
            person = _find_or_add(people, run[0].bare)
            person.mention(doc, index, run[0].start, run[0].start + len(run[0].bare))
            person.affiliation = person.affiliation or serves


def _link_short_mentions(doc: Doc, index: int, tokens: list[Token], people: list[PersonDraft]) -> None:
    """Link single-word mentions ("Kihara told reporters") to known people."""
    for tok in tokens:
        if not tok.capitalised or tok.bare in FUNCTION_WORDS:
            continue
        person = _match_short(people, tok.bare)
        if person and not any(s <= tok.start < e for i, s, e in person.mentions if i == index):
            person.mention(doc, index, tok.start, tok.end)
            if tok.bare != person.name:
                person.aliases.add(tok.bare)
            _add_appositive(doc, person, doc.sentences[index].text[tok.end :])


def _add_appositive(doc: Doc, person: PersonDraft, after: str) -> None:
    """Add the role given right after a mention (", who doubles as the deputy prime minister,")."""
    role, affil = _split_affiliation(doc, _role_after(doc, after))
    if role:
        person.add_role(role)
        person.affiliation = person.affiliation or affil


# Searched only in text holding what their every match must (text/gate.py): most sentences lack it.
_OFFICE_TO, _OFFICE_AFFIXES = map(Gated, (_OFFICE_TO, _OFFICE_AFFIXES))
