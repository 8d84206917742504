"""Settings resolved into a Theme: colours, page and slide sizes, slots, marking colours."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitbrief.layout import load_layout
from sitbrief.layout.schema import ROLES, SLIDE_KINDS


def test_default_theme(isolated: Path) -> None:
    theme = load_layout().theme()
    assert set(ROLES) <= set(theme.colours)
    assert theme.colours["marking_bg"] == "#1B7A3E" and theme.colours["marking_fg"] == "#FFFFFF"
    assert theme.page_size == pytest.approx((595.276, 841.89), abs=0.01)
    assert theme.margins[0] == pytest.approx(20 * 72 / 25.4)
    assert theme.body_font.regular.is_file() and theme.body_font.family == "Liberation Sans"
    assert [f.family for f in theme.fallbacks] == ["DejaVu Sans", "Droid Sans Fallback", "NanumGothic"]
    assert theme.logo is not None and theme.logo.is_file()
    assert theme.slide_size == (12192000, 6858000)
    assert theme.deck_slots["title"].placeholders["subtitle"] == {"idx": 1}
    assert all(kind in theme.deck_slots for kind in SLIDE_KINDS)
    assert theme.deck_slots["bluf"].layout == "Title Only"


@pytest.mark.parametrize("page, size", [
    ("{size: Letter}", (612, 792)),
    ("{size: Letter, orientation: landscape}", (792, 612)),
    ("{size: [100, 50]}", (50 * 72 / 25.4, 100 * 72 / 25.4)),
])
def test_page_sizes(isolated: Path, make_layout, page: str, size) -> None:
    folder = make_layout("p", f"extends: default\npage: {page}\n")
    assert load_layout(folder).theme().page_size == pytest.approx(size, abs=0.01)


@pytest.mark.parametrize("ratio, emu", [("4:3", (9144000, 6858000)),
                                        ("16:10", (10972800, 6858000))])
def test_slide_sizes(isolated: Path, make_layout, ratio: str, emu) -> None:
    folder = make_layout("s", f"extends: default\ndeck: {{slide_size: '{ratio}'}}\n")
    assert load_layout(folder).theme().slide_size == emu


def test_marking_colours_follow_the_active_level(isolated: Path, make_layout) -> None:
    folder = make_layout("m", "extends: default\nmarking: {level: SECRET}\n")
    assert load_layout(folder).theme().colours["marking_bg"] == "#B3261E"


def test_hex_roles_and_missing_deck_template_warning(isolated: Path, make_layout) -> None:
    folder = make_layout("h", """\
        extends: default
        brand: {roles: {accent: "#abcdef"}}
        deck: {template: assets/none.pptx}
    """)
    layout = load_layout(folder)
    theme = layout.theme()
    assert theme.colours["accent"] == "#ABCDEF"
    assert theme.deck_template is None
    assert "none.pptx not found" in layout.warnings[0]


def test_slide_slot_override_reaches_the_theme(isolated: Path, make_layout) -> None:
    folder = make_layout("w", """\
        extends: default
        deck:
          slots:
            wide: {layout: Blank}
          slides:
            - kind: title
            - kind: timeline
              slot: wide
    """)
    layout = load_layout(folder)
    assert layout.slot_for("timeline") == "wide"
    assert layout.theme().deck_slots["timeline"].layout == "Blank"
    assert layout.theme().deck_slots["bluf"].layout == "Title Only"
