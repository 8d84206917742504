"""What changed since the previous brief: events, statuses, dates, places, actors, roles, quotes, gone."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitbrief.compose.changes import compare
from sitbrief.compose.single import compose
from sitbrief.extract import extract_facts
from sitbrief.facts.model import Place
from sitbrief.layout import load_layout
from sitbrief.read.article import read_article

STORY = Path(__file__).resolve().parents[1] / "fixtures" / "since"


@pytest.fixture(scope="module")
def first():
    return extract_facts(read_article(STORY / "first.txt"))


@pytest.fixture(scope="module")
def second():
    return extract_facts(read_article(STORY / "second.txt"))


def event(facts, kind):
    return next(e for e in facts.events if e.kind == kind)


def test_the_second_report_shows_the_meeting_held_the_exercise_postponed_and_a_new_actor(first, second):
    changes = compare(first, second)
    moved = {c.event.kind: (c.before.status, c.event.status) for c in changes.events}
    assert moved == {"meeting": ("planned", "past"), "exercise": ("planned", "postponed")}
    assert not any(c.date or c.place for c in changes.events)
    assert [(a.name, a.new) for a in changes.actors] == [("Liza Santos", True)]
    assert changes.quotes == [] and changes.gone == []


def test_the_same_facts_have_no_changes(first):
    assert compare(first, first).empty


def test_a_moved_date_and_place_are_changes_of_the_same_event(first):
    later = first.model_copy(deep=True)
    exercise = event(later, "exercise")
    exercise.when.start, exercise.status = "2024-04-10", "postponed"
    later.places.append(Place(id="pl-hanoi", name="Hanoi", kind="city", country="Vietnam",
                              evidence=event(later, "meeting").evidence))
    event(later, "meeting").where = "pl-hanoi"
    changes = {c.event.kind: c for c in compare(first, later).events}
    assert changes["exercise"].before is not None and changes["exercise"].date and changes["exercise"].status
    meeting = changes["meeting"]
    assert meeting.place and (meeting.place_before, meeting.place_now) == ("Manila", "Hanoi")
    assert not meeting.status and not meeting.date


def test_a_more_precise_date_is_not_a_change(first):
    vaguer = first.model_copy(deep=True)
    event(vaguer, "meeting").when.start = "2024-03"
    assert compare(vaguer, first).empty


def test_what_the_previous_brief_had_is_no_longer_reported_and_a_past_event_keeps_its_status(first, second):
    changes = compare(second, first)  # backwards: the first report lacks Santos, has the quote
    assert [(g.kind, g.name) for g in changes.gone] == [("person", "Liza Santos")]
    assert [q.speaker for q in changes.quotes] == ["p-teodoro-villareal"]
    # postponed -> planned is a change; held -> planned is none (a past event keeps its status)
    assert {c.event.kind: c.status for c in changes.events} == {"exercise": True}


def test_a_new_role_is_a_change_but_fewer_or_reworded_roles_are_not(first):
    promoted = first.model_copy(deep=True)
    promoted.people[0].roles = ["Admiral", "Chief of Staff"]
    changes = compare(first, promoted)
    assert [(a.name, a.new, a.roles) for a in changes.actors] == [("Teodoro Villareal", False, ["Chief of Staff"])]
    reworded = first.model_copy(deep=True)
    reworded.people[0].roles = ["commandant of the coast guard"]
    assert compare(first, reworded).empty


def test_an_unchanged_story_says_so_in_one_line(first):
    brief = compose(first, load_layout("default"), first)
    section = next(s for s in brief.sections if s.kind == "changes")
    assert [b.text for b in section.blocks] == ["Nothing has changed since the last report."]


def test_without_since_there_is_no_changes_section_or_slide(first):
    brief = compose(first, load_layout("default"))
    assert "changes" not in {s.kind for s in brief.sections} | {s.kind for s in brief.slides}
    assert brief.number == 1 and brief.updates == "" and "No." not in brief.serial


@pytest.mark.parametrize("layout, title", [("default", "Changes since the last report"),
                                           ("ministry", "2. Changes since last report"),
                                           ("riskco", "What changed")])
def test_the_changes_come_first_after_the_bluf_in_every_layout(first, second, layout, title):
    brief = compose(second, load_layout(layout), first)
    kinds = [s.kind for s in brief.sections]
    assert kinds[kinds.index("bluf") + 1] == "changes"
    assert next(s.title for s in brief.sections if s.kind == "changes") == title
    slides = [s.kind for s in brief.slides]
    assert slides[slides.index("bluf") + 1] == "changes"
    assert brief.number == 2 and brief.serial.endswith("No. 2")


def test_quotes_gone_items_and_a_rescheduled_event_are_worded_by_the_layout(first, second):
    brief = compose(first, load_layout("default"), second)  # backwards: Santos gone, a quote new
    section = next(s for s in brief.sections if s.kind == "changes")
    lines = [item.text for item in section.blocks[0].items]
    assert lines == [
        "The two services will hold a joint search-and-rescue exercise off Subic Bay: postponed for 20 Mar 2024 → "
        "rescheduled.",
        "New statement by Teodoro Villareal: “We look forward to working more closely with our Vietnamese "
        "partners at sea”",
        "No longer reported: Liza Santos (person).",
    ]
    assert section.blocks[0].items[1].refs and not section.blocks[0].items[2].refs
