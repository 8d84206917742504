"""Helpers of the extraction tests: the Facts of a small invented article, and look-ups in them."""

from __future__ import annotations

from datetime import date

from sitbrief.extract import extract_facts
from sitbrief.read.article import parse_article

HEADLINE = "A headline for the story"


def facts(body: str, header: str = HEADLINE, published: date | None = None):
    """Return the Facts of an article made of a headline and `body` (read as of `published`, if given)."""
    return extract_facts(parse_article(f"{header}\n\n{body}"), published=published)


def orgs(body: str) -> dict[str, object]:
    """Return the organisations of `body` by name."""
    return {o.name: o for o in facts(body).organisations}


def places(body: str) -> dict[str, str]:
    """Return the places (countries included) of `body`, name -> kind."""
    return {p.name: p.kind for p in facts(body).places}


def person(f, name: str):
    """Return the person called `name` (or None)."""
    return next((p for p in f.people if p.name == name), None)


def speaker(f, n: int = 0):
    """Return the name of the speaker of quote `n` (or None)."""
    who = f.quotes[n].speaker
    return next((p.name for p in f.people if p.id == who), None)
