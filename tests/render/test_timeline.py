"""The timeline in both outputs: dates stacked not shifted, labelled ticks, honest legend, one look."""

from __future__ import annotations

from dataclasses import replace

from sitbrief.compose.brief import Slide, Timeline, TimelineEntry
from sitbrief.render.pdf.context import Ctx
from sitbrief.render.pdf.timeline import TimelineGraphic, timeline_parts
from sitbrief.render.pptx.frame import Box
from sitbrief.render.pptx.slides import block_pages
from sitbrief.render.pptx.style import DeckStyle
from sitbrief.render.pptx.style import deck_style as make_style
from sitbrief.render.pptx.timeline import chunks, timeline_pages
from sitbrief.render.status import LOOKS
from tests.render.briefs import sample_brief, sample_theme

AREA = Box(55.0, 112.0, 850.0, 370.0)


def entry(label: str, start: str | None, status: str = "past") -> TimelineEntry:
    return TimelineEntry(label, start or "Date not resolved", start, None, "day" if start else "unknown",
                         status, ["s1"])


def timeline(entries: list[TimelineEntry]) -> Timeline:
    return Timeline(entries, ["Date", "Event", "Status"], {"past": "Past", "planned": "Planned"}, "")


def deck_style() -> DeckStyle:
    return make_style(sample_theme())


def shapes(entries: list[TimelineEntry]):
    return [s for page in timeline_pages(timeline(entries), AREA, deck_style()) for s in page.shapes]


def test_events_of_one_day_share_a_marker_at_that_date_and_the_next_day_is_not_pushed_on():
    entries = [entry("a", "2023-10-01"), entry("b", "2023-10-19"), entry("c", "2023-10-19"),
               entry("d", "2023-10-19"), entry("e", "2023-10-20"), entry("f", "2023-11-30")]
    markers = [s for s in shapes(entries) if s.name.startswith("Marker") and s.box.w == 16]  # not the legend's
    assert len(markers) == 4 and markers[1].text.text == "3"
    xs = [m.box.x + m.box.w / 2 for m in markers]
    per_day = (xs[3] - xs[0]) / 60  # 1 Oct .. 30 Nov
    assert abs((xs[2] - xs[1]) - per_day) < 20  # 19 and 20 Oct stay a day (and a marker) apart
    labels = [s.text.text for s in shapes(entries) if s.name == "Event label"]
    assert any("b" in t and "c" in t and "d" in t for t in labels)


def test_at_least_two_ticks_are_labelled_on_short_and_long_spans():
    for dates in (["2023-10-18", "2023-10-19", "2023-10-20"], ["2011-01-01", "2023-06-01"]):
        ticks = [s for s in shapes([entry(d, d) for d in dates]) if s.name == "Tick label"]
        assert len(ticks) >= 2, dates


def test_the_legend_lists_only_what_the_slide_draws():
    legend = [s.text.text for s in shapes([entry("a", "2023-10-01"), entry("b", "2023-10-09", "planned")])
              if s.name == "Legend"]
    assert legend == ["Past", "Planned"]
    with_undated = [s.text.text for s in shapes([entry("a", "2023-10-01"), entry("b", "2023-10-09"),
                                                 entry("c", None)]) if s.name == "Legend"]
    assert with_undated == ["Past", "Date not resolved"]


def test_postponed_and_cancelled_look_the_same_in_both_outputs():
    deck = {s.name: s for s in shapes([entry("a", "2023-10-01", "postponed"),
                                       entry("b", "2023-10-09", "cancelled"), entry("c", "2023-10-20")])}
    assert deck["Marker postponed"].dash and deck["Marker postponed"].geometry == "ellipse"
    assert deck["Marker cancelled"].geometry == "diamond"
    colours = sample_theme().colours
    assert deck["Marker postponed"].line == colours[LOOKS["postponed"].role]
    assert LOOKS["postponed"].dashed and LOOKS["cancelled"].shape == "diamond"


def test_fewer_than_two_dated_events_give_a_table_not_a_drawing():
    slide = Slide("timeline", "Timeline", [timeline([entry("a", "2023-10-01"), entry("b", None)])])
    pages = block_pages(slide, AREA, deck_style())
    assert [type(s).__name__ for s in pages[0].shapes] == ["TableSpec"] and pages[0].count == 2
    ctx = Ctx(sample_brief(), sample_theme(), 480)
    from sitbrief.render.pdf.blocks import timeline as pdf_timeline
    flowables = pdf_timeline(timeline([entry("a", "2023-10-01")]), ctx)
    assert not any(isinstance(f, TimelineGraphic) for f in flowables)


def test_long_deck_timelines_are_balanced_with_no_lone_date_on_the_last_slide():
    entries = [entry(str(n), f"2023-{1 + n // 28:02d}-{1 + n % 28:02d}") for n in range(0, 90, 10)]
    pages = chunks(entries, 8)
    assert len(pages) == 2 and min(len(p) for p in pages) >= 4


def test_a_crowded_pdf_timeline_is_drawn_in_readable_date_ranges_that_can_continue():
    entries = [replace(entry(f"Event {n}", f"20{10 + n % 14}-{1 + n % 12:02d}-{1 + n % 27:02d}"))
               for n in range(120)]
    entries.sort(key=lambda e: e.start)
    ctx = Ctx(sample_brief(), sample_theme(), 480)
    parts = timeline_parts(timeline(entries), ctx)
    assert len(parts) > 1 and sum(len(p.shown) for p in parts) == 120
    assert all(p.readable(480) for p in parts)
    height = parts[0].wrap(480, 1e6)[1]
    first, rest = parts[0].split(480, height - 1)  # a page too short by a point: it continues
    assert len(first.shown) + len(rest.shown) == len(parts[0].shown)
    assert first.wrap(480, 1e6)[1] <= height - 1


def test_a_long_span_whose_events_cluster_gets_a_broken_axis_in_both_outputs():
    entries = [entry("treaty", "2011-03-04"), entry("a", "2023-09-13"), entry("b", "2023-10-19"),
               entry("c", "2023-11-25", "planned"), entry("d", "2024-02-10", "planned")]
    drawn = shapes(entries)
    assert any(s.name == "Axis break" for s in drawn)
    markers = sorted(s.box.x for s in drawn if s.name.startswith("Marker") and s.box.w == 16)
    assert markers[1] - markers[0] < (markers[-1] - markers[1])  # 12 empty years take little room
    ctx = Ctx(sample_brief(), sample_theme(), 480)
    graphic = TimelineGraphic(timeline(entries), ctx)
    graphic.wrap(480, 1e6)
    assert len(graphic.scale.breaks()) == 1
    assert not any(s.name == "Axis break" for s in shapes(entries[1:]))


def test_a_pdf_timeline_is_laid_out_once_per_width():
    ctx = Ctx(sample_brief(), sample_theme(), 480)
    graphic = TimelineGraphic(timeline([entry("a", "2023-10-01"), entry("b", "2023-10-19")]), ctx)
    calls = []
    lay_out = graphic._lay_out
    graphic._lay_out = lambda width: (calls.append(width), lay_out(width))
    assert graphic.wrap(480, 600) == graphic.wrap(480, 1e6)
    graphic.wrap(300, 600)
    assert calls == [480, 300]


def test_timeline_parts_reuse_the_drawings_tried_and_add_undated_events_to_the_last():
    ctx = Ctx(sample_brief(), sample_theme(), 480)
    entries = [entry(f"e{i}", f"2023-{1 + i % 12:02d}-{1 + i:02d}") for i in range(12)]
    parts = timeline_parts(timeline(entries + [entry("late", None)]), ctx)
    assert [i for part in parts for i in part.shown] == list(range(13))
    assert all(getattr(part, "_laid_out_for", ctx.width) == ctx.width for part in parts)


def test_a_busy_day_above_the_axis_moves_the_axis_down_rather_than_cutting_its_label():
    long = "Ministers agree that troops will take part in large-scale joint command post drills for the first time"
    entries = [entry("Agreement takes effect", "2023-08-01"), entry("Minister appointed", "2023-09-13"),
               entry(long, "2023-10-19"), entry(long.replace("Ministers", "Chiefs"), "2023-10-19"),
               entry(long.replace("Ministers", "Envoys"), "2023-10-19"), entry("Talks postponed", "2023-10-20"),
               entry("Exercise one", "2023-11-20"), entry("Exercise two", "2024-02-10")]
    style = deck_style()
    drawn = [s for page in timeline_pages(timeline(entries), AREA, style) for s in page.shapes]
    labels = [s.text.text for s in drawn if s.name == "Event label"]
    assert len(labels) == 6 and not any("\u2026" in t for t in labels), labels
    assert not [w for w in style.warnings if "shortened" in w]
