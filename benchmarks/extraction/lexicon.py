"""Alias and word tables used by the matcher, read from data files (ours and sitbrief's)."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

from benchmarks.extraction.text import fold, words

DATA = Path(__file__).resolve().parent / "data"


def _lines(path) -> list[str]:
    """Return the non-comment, non-blank lines of a data file."""
    text = path.read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _sitbrief_data(name: str):
    """Return the path of one of sitbrief's extraction data files."""
    return files("sitbrief.extract") / "data" / name


@cache
def word_list(name: str) -> frozenset[str]:
    """Return the set of folded words in one of our one-word-a-line files."""
    return frozenset(fold(line.strip()) for line in _lines(DATA / name))


@cache
def pairs(name: str) -> dict[str, str]:
    """Return a two-column table of ours as a dict of folded first column to second column."""
    rows = (line.split("\t") for line in _lines(DATA / name))
    return {fold(row[0]): row[1].strip() for row in rows if len(row) >= 2}


@cache
def country_names() -> dict[str, str]:
    """Return every folded country name, alias and demonym -> canonical short name (countries.tsv)."""
    table: dict[str, str] = {}
    for line in _lines(_sitbrief_data("countries.tsv")):
        cols = (line.split("\t") + ["", "", ""])[:4]
        forms = [cols[0], *cols[1].split(";"), *cols[2].split(";")]
        for form in filter(None, (f.strip() for f in forms)):
            table.setdefault(" ".join(words(form)), cols[0])
    return table


@cache
def canonical_countries() -> frozenset[str]:
    """Return the canonical short country names."""
    return frozenset(country_names().values())


@cache
def org_acronyms() -> dict[str, str]:
    """Return folded organisation names and acronyms -> the acronym (orgs.tsv)."""
    table: dict[str, str] = {}
    for line in _lines(_sitbrief_data("orgs.tsv")):
        name, acronym = (line.split("\t") + [""])[:2]
        if acronym.strip():
            key = fold(acronym.replace(".", "")).strip()
            table.setdefault(" ".join(words(name)), key)
            table.setdefault(key, key)
    return table


@cache
def title_words() -> frozenset[str]:
    """Return the words of honorifics, offices and ranks that may open a name (ranks.tsv)."""
    found: set[str] = set()
    for line in _lines(_sitbrief_data("ranks.tsv")):
        for col in line.split("\t")[:2]:
            found.update(words(col))
    return frozenset(found)


def canonical_country(name: str | None) -> str | None:
    """Return the canonical short name of a country written any known way, else None."""
    if not name:
        return None
    key = " ".join(w for w in words(name) if w != "the")
    return country_names().get(key) or country_names().get(" ".join(words(name)))
