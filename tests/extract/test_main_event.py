"""The main event the Key facts report: its place read through a compass word; passing events ranked last."""

from __future__ import annotations

from pathlib import Path

from sitbrief.extract import extract_facts
from sitbrief.read.article import read_article

ARTICLE = """Navies to hold mine-clearing drill

KYIV, Sept 12 (Reuters) - Ukraine and Romania will begin a joint mine-clearing exercise in the western \
Black Sea on Sept. 23, officials said on Thursday.

The drills will involve minehunters and divers from both countries.
"""


def test_an_events_place_may_follow_a_compass_word(tmp_path: Path) -> None:
    path = tmp_path / "drill.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    facts = extract_facts(read_article(path))
    places = {p.id: p.name for p in facts.places}
    main = next(e for e in facts.events if e.id == facts.summary.event)
    assert places.get(main.where) == "Black Sea"


PASSING = """Leaders sign pact

BRASILIA, May 15, 2024 - The two prime ministers, who met in Rio de Janeiro on May 2, signed a defence \
cooperation agreement in Brasilia on Tuesday.

The agreement covers training and joint patrols.
"""


def test_an_event_told_in_a_relative_clause_is_not_the_main_event(tmp_path: Path) -> None:
    path = tmp_path / "pact.txt"
    path.write_text(PASSING, encoding="utf-8")
    facts = extract_facts(read_article(path))
    main = next(e for e in facts.events if e.id == facts.summary.event)
    assert main.kind == "agreement" and main.when.start == "2024-05-14"
