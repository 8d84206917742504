"""The bottom line, key points, headline and event titles read as grammatical English on every article.

Runs over every fixture article and every benchmark article of the dev part (the test part is
held out: scored, never inspected while rules are written). A sentence fails if it doubles a word,
leaves "the"/"of"/"in" dangling before punctuation, ends in ":", opens with an attribution lead-in
or a dateline, leaves a bracket open, or carries an ellipsis the source does not have.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sitbrief.extract import extract_facts
from sitbrief.read.article import read_article

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "articles"
DEV = ROOT / "benchmarks" / "extraction" / "articles" / "dev"
ARTICLE_SUFFIXES = (".txt", ".md", ".html")
FIXTURE_ARTICLES = [p for p in FIXTURES.iterdir() if p.suffix in ARTICLE_SUFFIXES and not p.name.startswith("README")]
CASES = sorted(FIXTURE_ARTICLES) + sorted(
    p for p in (DEV.iterdir() if DEV.is_dir() else []) if p.suffix == ".txt"
)

DOUBLED = re.compile(r"\b(\w+)\s+\1\b", re.I)
DANGLING = re.compile(
    r"\b(?:the|of|in|on|a|an)\s*(?:[,.;:!?]|$)|\b(?:the|a|an)\s+(?:in|on|at|of|by|for|from|to|and)\b", re.I
)
LEAD_IN = re.compile(
    r"\b(?:provided|issued|released|made) the following\b|:\s*$|"
    r"^(?:joint\s+)?(?:statement|readout)\s+from\b[^.]{0,30}:",
    re.I,
)
DATELINE = re.compile(  # "MANILA, June 3 -", "Washington, DC - "
    r"^[A-Z][A-Z .'-]{2,},(?:\s+[A-Z][a-z]+)*\s*[\u2013\u2014-]|^[A-Z][a-z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2},"
    r"\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\s+[\u2013\u2014-]+\s"
)
DANGLING_TITLE = re.compile(r"\b(?:the|of|in|on|at|to|for|from|by|with|a|an|and|or|that|which)\s*$", re.I)


def _problems(text: str, source: str) -> list[str]:
    """Return what is wrong with one sentence or title of the brief."""
    found = []
    if (m := DOUBLED.search(text)) and m.group(0).lower() not in source.lower():
        found.append(f"doubled word {m.group(0)!r}")
    if (m := DANGLING.search(text)) and m.group(0).strip().lower() not in source.lower():
        found.append(f"dangling {m.group(0)!r}")
    if LEAD_IN.search(text):
        found.append("attribution lead-in")
    if DATELINE.match(text):
        found.append("dateline")
    if text.count("(") != text.count(")"):
        found.append("unbalanced bracket")
    if "\u2026" in text and "\u2026" not in source:
        found.append("ellipsis not in the source")
    return found


@pytest.fixture(scope="module", params=CASES, ids=[p.name for p in CASES])
def brief(request):
    article = read_article(request.param)
    return extract_facts(article), article.text


def test_bottom_line_and_key_points_are_grammatical(brief):
    facts, source = brief
    texts = [facts.summary.bluf, *(p.text for p in facts.summary.key_points)]
    bad = {t: p for t in texts if t and (p := _problems(t, source))}
    assert not bad, bad


def test_headline_is_one_short_clause(brief):
    facts, source = brief
    headline = facts.summary.headline
    assert len(headline.split()) <= 20, headline
    assert not _problems(headline, source), (headline, _problems(headline, source))
    assert not DANGLING_TITLE.search(headline), headline


def test_event_titles_read_like_headlines(brief):
    facts, source = brief
    bad = [
        e.title
        for e in facts.events
        if len(e.title.split()) < 3 or DANGLING_TITLE.search(e.title) or _problems(e.title, source)
    ]
    assert not bad, bad
