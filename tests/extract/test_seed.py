"""The demo seed yields what issue 2 lists: ministers, talks, exercises, agreement, quote, outlet."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitbrief.extract import extract_facts
from sitbrief.read.article import read_article

SEED = Path(__file__).resolve().parents[2] / "seeds" / "kyodo-2023-10-19-japan-australia-defence-talks.txt"


@pytest.fixture(scope="module")
def facts():
    return extract_facts(read_article(SEED))


def _event(facts, kind, needle=None):
    return next(
        (e for e in facts.events if e.kind == kind and (needle is None or needle.lower() in e.title.lower())), None
    )


def test_outlet_and_date(facts):
    assert facts.article.source == "Kyodo"
    assert facts.article.published == "2023-10-19"


def test_ministers_with_roles(facts):
    kihara = next(p for p in facts.people if p.name == "Minoru Kihara")
    marles = next(p for p in facts.people if p.name == "Richard Marles")
    assert "Defense Minister" in kihara.roles and kihara.affiliation == "Japan"
    assert any("deputy prime minister" in r.lower() for r in marles.roles)
    assert not any("counterpart" in r.lower() for r in marles.roles)  # a relation to Kihara, not an office
    assert marles.affiliation == "Australia"
    assert "Kihara" in kihara.aliases


def test_talks_in_tokyo(facts):
    talks = _event(facts, "talks")
    assert talks and talks.when.start == "2023-10-19"
    tokyo = next(p for p in facts.places if p.name == "Tokyo")
    assert talks.where == tokyo.id


def test_exercises(facts):
    yama = _event(facts, "exercise", "Yama Sakura")
    keen = _event(facts, "exercise", "Keen Edge")
    assert (yama.when.start, yama.when.end, yama.when.precision) == ("2023-11-21", "2023-11-30", "part-of-month")
    assert (keen.when.start, keen.when.precision, keen.status) == ("2024-02", "month", "planned")


def test_agreement_appointment_postponement(facts):
    raa = _event(facts, "agreement", "Reciprocal Access Agreement")
    assert raa.when.start == "2023-08" and raa.status == "past"
    appointment = _event(facts, "appointment")
    assert appointment.when.start == "2023-09"
    postponed = next(e for e in facts.events if e.status == "postponed")
    assert "two-plus-two" in postponed.title and postponed.when.start == "2023-10-20"


def test_laser_deal_with_mitsubishi(facts):
    deal = next(e for e in facts.events if "laser" in e.title.lower())
    mitsubishi = next(o for o in facts.organisations if "Mitsubishi Electric" in o.name)
    assert mitsubishi.id in deal.participants
    assert deal.when.start == "2023-10-19"


def test_quote_attributed_to_kihara(facts):
    quote = next(q for q in facts.quotes if "vitally important" in q.text)
    assert facts.person(quote.speaker).name == "Minoru Kihara"


def test_related_coverage_kept_apart(facts):
    assert len(facts.related) == 3
    assert all("Osprey" not in s.text for s in facts.article.sentences)


def test_bluf_has_absolute_date(facts):
    assert "19 October 2023" in facts.summary.bluf
    assert facts.summary.bluf.startswith("Japan and Australia agreed")


def test_countries_from_demonyms_and_compounds(facts):
    countries = {p.name for p in facts.places if p.kind == "country"}
    assert {"Japan", "Australia", "United States", "China", "India"} <= countries
    names = {p.name for p in facts.places}
    assert {"East China Sea", "South China Sea"} <= names


def test_key_points_resolve_dates_like_the_timeline(facts):
    text = " ".join(p.text for p in facts.summary.key_points)
    assert "late November 2023" in text and "February 2024" in text
    assert "2022" not in text


def test_headline_is_short_and_dateless(facts):
    assert facts.summary.headline.startswith("Japan and Australia agree Australian troops")
    assert "Thursday" not in facts.summary.headline and len(facts.summary.headline.split()) <= 20
