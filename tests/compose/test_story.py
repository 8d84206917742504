"""A merged story's brief: support per source, a discrepancies section, disputed values shown in full."""

from __future__ import annotations

import pytest

from sitbrief.compose.brief import Bullets, KeyFacts, Paragraph
from sitbrief.compose.single import compose
from sitbrief.facts.merge import merge_facts
from sitbrief.facts.model import Place
from sitbrief.layout import load_layout
from tests.facts.test_merge import three  # noqa: F401 - the fixture


@pytest.fixture
def disputed(three):  # noqa: F811
    vienna = Place(id="pl-vienna", name="Vienna", kind="city", country="Austria", evidence=["s1"])
    three[2] = three[2].model_copy(update={"places": [vienna]})
    three[2].events[0].where, three[2].events[0].when.start = "pl-vienna", "2026-03-03"  # place disputed, not date
    return merge_facts(three)


def _section(brief, kind):
    return next((s for s in brief.sections if s.kind == kind), None)


def test_the_key_facts_show_a_disputed_place_and_the_support(disputed):
    brief = compose(disputed, load_layout())
    [facts] = [b for b in _section(brief, "key_facts").blocks if isinstance(b, KeyFacts)]
    rows = {r.label: r for r in facts.rows}
    assert rows["Where"].text == "Riga or Vienna (sources disagree)"
    assert rows["What"].text.endswith("(reported by 3 of 3 sources)")
    assert rows["What"].refs == ["s1.1", "s2.1", "s3.1"]  # one sentence of each source


def test_the_discrepancies_section_follows_the_key_facts_in_the_report_and_the_deck(disputed):
    brief = compose(disputed, load_layout())
    kinds = [s.kind for s in brief.sections]
    assert kinds[kinds.index("key_facts") + 1] == "discrepancies"
    section = _section(brief, "discrepancies")
    assert section.title == "Where the sources disagree"
    headings = [b.text for b in section.blocks if isinstance(b, Paragraph)]
    assert "Place disputed: Lind meets Ozola in Riga" in headings
    versions = [i.text for b in section.blocks if isinstance(b, Bullets) for i in b.items]
    assert "Vienna — source 3 (Estonian Ministry of Defence)" in versions
    slides = [s.kind for s in brief.slides]
    assert slides[slides.index("key_facts") + 1] == "discrepancies"


def test_a_single_report_brief_has_no_support_notes_and_no_discrepancies(three):  # noqa: F811
    brief = compose(three[0], load_layout())
    assert _section(brief, "discrepancies") is None
    rows = {r.label: r.text for r in _section(brief, "key_facts").blocks[0].rows}
    assert "sources" not in rows.get("What", "")
