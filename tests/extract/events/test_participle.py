"""Tests of sitbrief.extract.events.participle: a noun's participle clause dated on its own."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.helpers import facts

ANCHOR = date(2024, 6, 3)


def _events(body: str) -> list[tuple[str, str, str | None]]:
    return [(e.kind, e.title, e.when.start) for e in facts(body, "Defence news", ANCHOR).events]


@pytest.mark.parametrize(
    ("body", "event"),
    [
        ("The agreement provides the legal framework for the force posture initiatives announced in 2011.",
         ("announcement", "Force posture initiatives announced", "2011")),
        ("Ministers met for the third session of the forum, a consultative body formed in 2012 to deepen ties.",
         ("other", "Consultative body formed", "2012")),
        ("The talks built on the framework agreed in Geneva in 2019.",
         ("agreement", "Framework agreed in Geneva", "2019")),
        ("The two sides reviewed progress on the roadmap signed in March 2021.",
         ("agreement", "Roadmap signed", "2021-03")),
        ("The two leaders welcomed the agreement reached in May between Canada and the United States.",
         ("agreement", "Agreement reached between Canada and the United States", "2024-05")),
    ],
)
def test_a_date_after_a_nouns_participle_dates_that_nouns_happening(body, event):
    assert event in _events(body)


def test_the_main_verb_does_not_take_the_participles_date():
    found = _events("Ministers met for the third session of the forum, a body formed in 2012 to deepen ties.")
    assert all(when != "2012" for kind, _, when in found if kind == "meeting")


@pytest.mark.parametrize(
    "body",
    [
        "The leaders agreed in 2019 to hold annual talks.",
        "The treaty was signed in 2019 by both ministers.",
        "The exercise builds on an agreement the two governments signed in July.",
    ],
)
def test_a_finite_verb_is_no_participle_clause(body):
    assert not any(title.endswith((" agreed", " signed")) for _, title, _ in _events(body))
