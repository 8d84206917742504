"""Gazetteers and word lists for extraction, loaded once from the data files beside this module.

These are data, not article-specific rules: countries with aliases, demonyms and combining
forms; cities, regions, seas and facilities; ranks and honorifics; heads of job titles and of
organisation names; well-known organisations with acronyms; public office holders 2015-2025 and
whom they serve (``figures.tsv``); and the word lists in ``data/words/``,
one file per concept (sentence-initial words, determiners, speech verbs ...), shared through
``words(name)`` by every module that needs them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources


@dataclass
class Lexicon:
    """All word lists, keyed for fast lookup (keys are lowercase unless noted)."""

    countries: dict[str, str] = field(default_factory=dict)  # name/alias -> canonical
    demonyms: dict[str, str] = field(default_factory=dict)  # demonym/adjective -> country
    combining: dict[str, str] = field(default_factory=dict)  # "sino" -> China
    places: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # name -> (canon, kind, country)
    ranks: dict[str, tuple[str, str]] = field(default_factory=dict)  # "lt. gen." -> (full, kind)
    role_heads: set[str] = field(default_factory=set)
    org_heads: set[str] = field(default_factory=set)
    orgs: dict[str, tuple[str, str | None, str | None]] = field(
        default_factory=dict
    )  # name/acronym(case kept) -> (name, acronym, country)
    role_countries: dict[str, str] = field(default_factory=dict)  # "foreign secretary" -> United Kingdom
    ship_prefixes: dict[str, str] = field(default_factory=dict)  # "HMS" -> United Kingdom (case kept)
    figures: dict[str, str] = field(default_factory=dict)  # "lloyd j. austin iii" -> United States
    figure_offices: dict[str, tuple[str, ...]] = field(default_factory=dict)  # name -> offices held, lower case
    cities: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # cities.tsv: taken in place context only
    cased: dict[str, str] = field(default_factory=dict)  # "act" -> "ACT": aliases in capitals match in that case only
    capitals: dict[str, str] = field(default_factory=dict)  # "seoul" -> South Korea (seats of government too)
    max_place_words: int = 1
    _country_memo: dict[str, str | None] = field(default_factory=dict, repr=False, compare=False)

    def country(self, text: str) -> str | None:
        """Return the canonical country for a country name or alias, else None (answers kept per text)."""
        memo = self._country_memo
        if text in memo:
            return memo[text]
        if len(memo) >= _MEMO_SIZE:
            memo.clear()
        bare = _bare(text)
        found = memo[text] = self.countries.get(bare.lower()) if self.in_case(bare) else None
        return found

    def place(self, text: str) -> tuple[str, str, str] | None:
        """Return (name, kind, country) of a gazetteer place, an alias in capitals only in capitals ("ACT")."""
        return self.places.get(text.lower().replace("\u2019", "'")) if self.in_case(text) else None

    def in_case(self, text: str) -> bool:
        """Tell whether `text` is written in the case its alias needs ("ACT" yes, "Act" no; other words any case)."""
        exact = self.cased.get(text.lower())
        return exact is None or exact == text

    def names_country(self, word: str) -> bool:
        """Tell whether a word names a country or its people ("ROK", "U.S.", "Australian")."""
        return bool(self.country(word) or self.country(word.rstrip(".")) or self.demonym(word))

    def demonym(self, text: str) -> str | None:
        """Return the country of a demonym or adjective ("Australian"), else None."""
        return self.demonyms.get(text.lower())

    def service_before_rank(self, names: list[str]) -> int:
        """Return how many closing words of a body's name are a service qualifying the rank written after them
        ("Joint Chiefs of Staff Marine Corps [Gen.]": 2), not a service the body is named after ("Royal
        Australian Navy [Vice Adm.]": 0): a service of ``national_services`` after an organisation head."""
        services = words("national_services")
        for k in (2, 1):
            service = " ".join(names[-k:]).lower()
            if len(names) > k + 1 and service in services and names[-k - 1].lower() in self.org_heads:
                return k
        return 0


_MEMO_SIZE = 65536  # texts whose answers a lexicon keeps (a long batch asks about ever new ones)


def _bare(text: str) -> str:
    """Return `text` with straight apostrophes and without a leading "the"."""
    text = text.replace("\u2019", "'")
    return text[4:] if text[:4].lower() == "the " else text


def _in_capitals(alias: str) -> bool:
    """Tell whether an alias is written in capitals ("ACT", "U.S."), so that it matches in that case only."""
    letters = [c for c in alias if c.isalpha()]
    return len(letters) <= 5 and all(c.isupper() for c in letters) and alias.replace(".", "").isalpha()


@cache
def words(name: str) -> frozenset[str]:
    """Return the word list `data/words/<name>.txt` (one entry a line, case kept)."""
    return frozenset(row[0].strip() for row in _rows(f"words/{name}.txt"))


@cache
def pairs(name: str) -> dict[str, str]:
    """Return the two-column word list `data/words/<name>.txt` as a mapping (first -> second)."""
    return {row[0].strip(): row[1].strip() for row in _rows(f"words/{name}.txt") if len(row) > 1}


def lexicon_rows(name: str) -> list[list[str]]:
    """Return the tab-separated rows of data file `name` (cells stripped), without comments or blanks."""
    return [[cell.strip() for cell in row] for row in _rows(name)]


def _rows(name: str) -> list[list[str]]:
    """Return the tab-separated rows of data file `name`, without comments or blanks."""
    text = resources.files("sitbrief.extract").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


def _cell(row: list[str], i: int) -> str:
    return row[i].strip() if len(row) > i else ""


@cache
def lexicon() -> Lexicon:
    """Return the shared Lexicon (loaded on first use)."""
    lex = Lexicon()
    _load_countries(lex)
    _load_places(lex)
    _load_orgs(lex)
    for row in _rows("ranks.tsv"):
        lex.ranks[row[0].strip().lower()] = (_cell(row, 1) or row[0].strip(), _cell(row, 2) or "office")
    lex.role_heads = {r[0].strip().lower() for r in _rows("role_heads.txt")}
    lex.org_heads = {r[0].strip().lower() for r in _rows("org_heads.txt")}
    lex.role_countries = {r[0].strip().lower(): _cell(r, 1) for r in _rows("role_countries.tsv")}
    lex.ship_prefixes = {r[0].strip(): _cell(r, 1) for r in _rows("ship_prefixes.tsv")}
    _load_figures(lex)
    for row in _rows("cities.tsv"):
        for alias in filter(None, (row[0].strip(), _cell(row, 2))):
            lex.cities.setdefault(alias.lower(), (row[0].strip(), "city", _cell(row, 1)))
    lex.max_place_words = max(len(k.split()) for k in [*lex.places, *lex.countries])  # formal names are long
    return lex


def _load_countries(lex: Lexicon) -> None:
    for row in _rows("countries.tsv"):
        name = row[0].strip()
        for alias in [name, *_split(_cell(row, 1))]:
            lex.countries[alias.lower()] = name
            lex.countries[alias.lower().removeprefix("the ")] = name
            if _in_capitals(alias):
                lex.cased[alias.lower()] = alias
        for demonym in _split(_cell(row, 2)):
            lex.demonyms[demonym.lower()] = name
        for form in _split(_cell(row, 3)):
            lex.combining[form.lower().rstrip("-")] = name
        for capital in _split(_cell(row, 4)):
            lex.capitals.setdefault(capital.lower(), name)


def _load_figures(lex: Lexicon) -> None:
    for row in _rows("figures.tsv"):
        for name in [row[0].strip(), *_split(_cell(row, 2))]:
            if len(name.split()) >= 2:
                lex.figures.setdefault(name.lower(), _cell(row, 1))
                lex.figure_offices.setdefault(name.lower(), offices_held(_cell(row, 3) or ""))


def offices_held(cell: str) -> tuple[str, ...]:
    """Return the offices of a figures.tsv cell, lower case ("Prime Minister; Foreign Secretary 2023-2024")."""
    pieces = re.split(r"[;()]", cell)
    return tuple(o for p in pieces if (o := re.sub(r"\s*\d{4}(?:\s*-\s*\d{4})?\s*$", "", p).strip().lower()))


def _load_places(lex: Lexicon) -> None:
    for row in _rows("places.tsv"):
        name, kind, country = row[0].strip(), _cell(row, 1) or "other", _cell(row, 2)
        for alias in [name, *_split(_cell(row, 3))]:
            lex.places.setdefault(alias.lower(), (name, kind, country))
            lex.places.setdefault(alias.lower().replace("\u2019", "'"), (name, kind, country))
            if _in_capitals(alias):
                lex.cased.setdefault(alias.lower(), alias)


def _load_orgs(lex: Lexicon) -> None:
    for row in _rows("orgs.tsv"):
        name, acronym, country = row[0].strip(), _cell(row, 1) or None, _cell(row, 2) or None
        lex.orgs.setdefault(name.lower(), (name, acronym, country))
        if acronym:
            lex.orgs.setdefault(acronym, (name, acronym, country))
