"""The deck-template contract: slots name existing layouts and placeholders, in any master."""

from __future__ import annotations

import io

from sitbrief.layout.deck_contract import (
    contract_problems,
    describe,
    find_layout,
    find_placeholder,
    starting_slots,
)
from sitbrief.layout.schema import LayoutSettings
from tests.layout.masters import RISKCO_RENAMES, build_master


def settings(slots: dict) -> LayoutSettings:
    """Return minimal settings with `slots`."""
    return LayoutSettings.model_validate({
        "name": "t", "brand": {"fonts": {"body": {"family": "X", "regular": "x.ttf"}}},
        "marking": {"level": "U", "levels": {"U": {"text": "U"}}},
        "report": {"sections": [{"kind": "bluf"}]},
        "deck": {"slots": slots, "slides": [{"kind": "title"}]},
    })


def prs(renames: dict | None = None):
    """Return an opened presentation built with `renames`."""
    from pptx import Presentation

    return Presentation(io.BytesIO(build_master(renames)))


def test_default_mapping_matches_python_pptx_default_template() -> None:
    slots = {"title": {"layout": "Title Slide", "title": {"type": "ctrTitle"},
                       "subtitle": {"idx": 1}},
             "content": {"layout": "Title Only", "title": {"type": "title"}}}
    assert contract_problems(settings(slots), prs()) == []


def test_renamed_layout_is_reported_with_closest_name() -> None:
    slots = {"title": {"layout": "Title Slide"}}
    problems = contract_problems(settings(slots), prs({"Title Slide": "Title Slide (Corp)"}))
    assert len(problems) == 1
    assert "deck.slots.title.layout" in problems[0]
    assert "did you mean 'Title Slide (Corp)'?" in problems[0]


def test_missing_placeholder_is_reported_with_what_exists() -> None:
    slots = {"content": {"layout": "Title Only", "body": {"idx": 1}}}
    problems = contract_problems(settings(slots), prs())
    assert "deck.slots.content.body: no placeholder {'idx': 1}" in problems[0]
    assert "idx 0 title" in problems[0]


def test_placeholder_selectors_by_type_name_and_enum_name() -> None:
    layout = find_layout(prs(), "Title and Content")
    assert find_placeholder(layout, {"type": "obj"}).placeholder_format.idx == 1
    assert find_placeholder(layout, {"type": "OBJECT", "idx": 1}) is not None
    assert find_placeholder(layout, {"name": "Title 1"}).placeholder_format.idx == 0
    assert find_placeholder(layout, {"type": "body"}) is None


def test_layouts_are_found_in_every_master() -> None:
    presentation = prs()
    second = presentation.slide_masters[0]
    assert find_layout(presentation, "Blank") is not None
    assert len(describe(presentation)) == len(second.slide_layouts)


def test_starting_slots_for_a_renamed_master() -> None:
    slots = starting_slots(describe(prs(RISKCO_RENAMES)))
    assert slots["title"] == {"layout": "Cover", "title": {"type": "ctrTitle"},
                              "subtitle": {"idx": 1}}
    assert slots["content"] == {"layout": "Headline Only", "title": {"type": "title"}}
    assert contract_problems(settings(slots), prs(RISKCO_RENAMES)) == []


def test_localised_layouts_in_a_second_master_are_found() -> None:
    from pptx import Presentation

    from tests.layout.masters import add_second_master

    french = {"Title Slide": "Diapositive de titre", "Title Only": "Titre seul"}
    presentation = Presentation(io.BytesIO(add_second_master(build_master(), french)))
    assert len(presentation.slide_masters) == 2
    slots = {"title": {"layout": "Diapositive de titre", "title": {"type": "ctrTitle"},
                       "subtitle": {"idx": 1}},
             "content": {"layout": "Titre seul", "title": {"type": "title"}}}
    assert contract_problems(settings(slots), presentation) == []
    assert presentation.slide_layouts.get_by_name("Titre seul") is None  # first master only
    infos = describe(presentation)
    assert {i.master for i in infos} == {0, 1}
