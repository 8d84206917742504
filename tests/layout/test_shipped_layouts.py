"""The worked examples look clearly different from default, as their READMEs promise."""

from __future__ import annotations

from pathlib import Path

from sitbrief.layout import builtin_dir, load_layout
from sitbrief.layout.deck_contract import contract_problems, find_layout
from sitbrief.layout.deck_template import open_deck_template


def test_ministry_is_a4_dtg_with_portion_marks_and_formal_titles(isolated: Path) -> None:
    layout = load_layout("ministry")
    theme = layout.theme()
    assert theme.page_size[0] < 600 and theme.portion_marks
    assert layout.settings.dates.style == "dtg"
    assert layout.settings.marking.level == "OFFICIAL-SENSITIVE"
    assert theme.colours["marking_bg"] == "#E8A33D"
    assert layout.render("section_title.j2", kind="bluf", number=1) == "1. Summary"
    assert layout.render("section_title.j2", kind="bluf") == "Summary"
    assert layout.render("section_title.j2", kind="key_facts", number=2) == "2. Situation"
    assert layout.render("section_title.j2", kind="related", number=9) == "9. Related reporting"
    assert "related" not in [s.kind for s in layout.settings.report.sections]


def test_riskco_is_letter_with_own_font_marking_and_master(isolated: Path) -> None:
    layout = load_layout("riskco")
    theme = layout.theme()
    assert theme.page_size == (612, 792)
    assert theme.heading_font.family == "Liberation Serif"
    assert theme.heading_font.regular.parent.parent.parent.name == "riskco"
    level = layout.settings.marking.levels[layout.settings.marking.level]
    assert level.text == "Client confidential" and not level.portion
    assert theme.deck_template is not None and theme.deck_template.name == "riskco-master.pptx"
    prs = open_deck_template(theme.deck_template)
    assert find_layout(prs, "Cover") and find_layout(prs, "Headline Only")
    assert find_layout(prs, "Title Slide") is None
    assert contract_problems(layout.settings, prs) == []
    assert theme.deck_slots["title"].layout == "Cover"


def test_every_shipped_layout_has_a_readme_and_font_licences() -> None:
    for folder in builtin_dir().iterdir():
        if (folder / "layout.yaml").is_file() and folder.name != "default":
            assert (folder / "README.md").is_file(), folder
        fonts = folder / "assets" / "fonts"
        if fonts.is_dir():
            assert any((fonts / "licenses").iterdir()), folder
