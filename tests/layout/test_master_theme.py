"""The master's own theme: fonts and scheme colours read from the package, roles derived."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitbrief.core.errors import LayoutError
from sitbrief.layout import load_layout
from sitbrief.layout.master_theme import read_master_theme

RISKCO = Path("layouts/riskco/assets/riskco-master.pptx")


def test_the_riskco_masters_theme_is_read():
    theme = read_master_theme(RISKCO)
    assert (theme.heading, theme.body) == ("Liberation Serif", "Liberation Sans")
    assert theme.colours["dk2"] == "#0B3C49" and theme.colours["accent1"] == "#946002"
    roles = theme.role_colours()
    assert roles["primary"] == "#0B3C49" and roles["accent"] == "#946002"
    assert roles["text"] == "#000000"  # dk1 is a system colour (windowText)


def test_a_layout_keeping_the_theme_gives_the_deck_its_fonts_and_colours():
    theme = load_layout("riskco").theme()
    assert theme.use_template_theme
    assert theme.deck_heading_font.family == "Liberation Serif"
    assert theme.deck_heading_font.regular.name == "LiberationSerif-Regular.ttf"  # its metrics
    assert theme.deck_colour("accent") == "#946002"
    assert theme.colour("accent") == "#946002"  # the layout's own accent, for the PDF


def test_an_unreadable_theme_is_a_layout_error(tmp_path):
    bad = tmp_path / "bad.pptx"
    bad.write_bytes(b"PK\x05\x06" + b"\x00" * 18)  # an empty zip
    with pytest.raises(LayoutError, match="its theme cannot be read"):
        read_master_theme(bad)
