"""Each fixture article yields what its .expect.yaml says (see fixtures/articles/README.md)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
import yaml

from sitbrief.extract import extract_facts
from sitbrief.facts.model import Facts
from sitbrief.read.article import read_article

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"
CASES = sorted(
    p
    for p in ARTICLES.iterdir()
    if p.suffix in (".txt", ".md", ".html") and p.with_name(p.stem + ".expect.yaml").exists()
)


def _expect(article: Path) -> dict:
    return yaml.safe_load(article.with_name(article.stem + ".expect.yaml").read_text())


@pytest.fixture(scope="module", params=CASES, ids=[p.name for p in CASES])
def case(request) -> tuple[Facts, dict, str]:
    article = read_article(request.param)
    return extract_facts(article), _expect(request.param), article.text


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _norm(value) -> str | None:
    return None if value is None else str(value)


def test_metadata(case):
    facts, expect, _ = case
    assert _norm(facts.article.published) == _norm(expect.get("published"))
    if "source" in expect:
        assert facts.article.source == expect["source"]
    if "dateline" in expect:
        assert facts.article.dateline == expect["dateline"]


def test_people(case):
    facts, expect, _ = case
    by_name = {p.name: p for p in facts.people}
    for want in expect.get("people") or []:
        person = next((p for n, p in by_name.items() if want["name"] in n), None)
        assert person, f"{want['name']} not among {list(by_name)}"
        roles = " | ".join(person.roles).lower()
        for role in want.get("roles_contain", []):
            assert role.lower() in roles, f"{person.name}: {role!r} not in {person.roles}"
        if "affiliation" in want:
            assert person.affiliation == want["affiliation"], person
    for absent in expect.get("people_absent") or []:
        assert all(absent not in p.name for p in facts.people)


def test_organisations(case):
    facts, expect, _ = case
    for want in expect.get("organisations") or []:
        org = next((o for o in facts.organisations if want["name"].lower() in o.name.lower()), None)
        assert org, f"{want['name']} not among {[o.name for o in facts.organisations]}"
        if want.get("acronym"):
            assert org.acronym == want["acronym"]


def test_places(case):
    facts, expect, _ = case
    countries = {p.name for p in facts.places if p.kind == "country"}
    for country in expect.get("countries") or []:
        assert country in countries, f"{country} not among {countries}"
    names = {p.name for p in facts.places}
    for place in expect.get("places") or []:
        assert any(_fold(place) in _fold(name) for name in names), f"{place} not among {names}"


def _matches(event, want) -> bool:
    if want.get("title_contains") and want["title_contains"].lower() not in event.title.lower():
        return False
    kinds = want["kind"] if isinstance(want["kind"], list) else [want["kind"]]
    if event.kind not in kinds:
        return False
    if "start" in want and _norm(event.when.start) != _norm(want["start"]):
        return False
    return "status" not in want or event.status == want["status"]


def test_events(case):
    facts, expect, _ = case
    for want in expect.get("events") or []:
        assert any(_matches(e, want) for e in facts.events), (
            f"no event like {want} among {[(e.kind, e.title, e.when.start, e.status) for e in facts.events]}"
        )
        event = next(e for e in facts.events if _matches(e, want))
        if "precision" in want:
            assert event.when.precision == want["precision"]
        if "end" in want:
            assert _norm(event.when.end) == _norm(want["end"])


def test_quotes(case):
    facts, expect, text = case
    for want in expect.get("quotes") or []:
        quote = next((q for q in facts.quotes if want["text_contains"] in q.text), None)
        assert quote, f"{want['text_contains']!r} not among {[q.text[:40] for q in facts.quotes]}"
        speaker = facts.person(quote.speaker)
        if want.get("speaker") is None:
            assert speaker is None
        else:
            assert speaker and want["speaker"] in speaker.name, (quote.text[:40], speaker)
    for quote in facts.quotes:
        for part in quote.text.split("\n\n"):
            assert part in text, "quote text must be verbatim"


def test_related_kept_apart(case):
    facts, expect, _ = case
    story = " ".join(s.text for s in facts.article.sentences)
    for title in expect.get("related_not_in_story") or []:
        assert title not in story
    for snippet in expect.get("story_contains") or []:
        assert snippet in story


def test_every_evidence_sentence_mentions_the_fact(case):
    facts, _, _ = case
    sentences = facts.sentence_index()
    for person in facts.people:
        words = [person.name, *person.aliases, *person.name.split()]
        for sid in person.evidence:
            assert any(w in sentences[sid].text for w in words), (person.name, sentences[sid].text)
    for quote in facts.quotes:
        first = quote.text.split("\n\n")[0][:30]
        assert any(first in sentences[s].text for s in quote.evidence)
