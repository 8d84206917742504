"""Known office holders (figures.tsv, words/figure_surnames.txt): whom a titled surname serves."""

from __future__ import annotations

from sitbrief.extract.doc import Doc
from sitbrief.extract.lexicon import lexicon_rows, offices_held
from sitbrief.extract.people.model import PersonDraft
from sitbrief.extract.tokens import Token


def _offices_known(doc: Doc, person: PersonDraft) -> set[str]:
    """Return the offices ``figures.tsv`` lists for a person known by full name, lower case."""
    return {o for name in (person.name, *person.aliases) if len(name.split()) >= 2
            for o in doc.lex.figure_offices.get(name.lower(), ())}


def _figure_form(doc: Doc, sentence: str, title: list[Token], tok: Token) -> str | None:
    """Return the titled form of a surname ("President Xi") when figures.tsv lists it as one person's."""
    for k in range(len(title) - 1, -1, -1):
        form = sentence[title[k].start : tok.start] + tok.bare
        if form.lower() in doc.lex.figures:
            return form
    return None


_FIGURE_ROWS = [  # (first word, last word, serves, offices held, years), read once
    (row[0].split()[0], row[0].split()[-1], row[1], set(offices_held(row[3])), row[4])
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
