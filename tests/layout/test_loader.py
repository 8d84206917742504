"""Loading layouts: extends chains, merge precedence, validation errors that teach the fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitbrief.core.errors import LayoutError
from sitbrief.layout import load_layout

CHILD = """\
    name: child
    extends: default
    brand:
      organisation: Child Org
      palette: {teal: "#007777"}
      roles: {primary: teal}
    report:
      sections:
        - kind: header
        - kind: bluf
"""


def test_default_layout_loads_with_every_section_in_order(isolated: Path) -> None:
    layout = load_layout()
    assert layout.name == "default"
    kinds = [s.kind for s in layout.settings.report.sections]
    assert kinds == ["header", "bluf", "changes", "key_judgements", "key_facts", "map", "actors", "timeline",
                     "upcoming", "quotes", "context", "sources", "related", "evidence"]
    assert layout.chain == [layout.folder]


def test_child_mappings_deep_merge_and_lists_replace(isolated: Path, make_layout) -> None:
    folder = make_layout("child", CHILD)
    layout = load_layout(folder)
    brand = layout.settings.brand
    assert brand.organisation == "Child Org"
    assert brand.palette["teal"] == "#007777" and brand.palette["navy"] == "#1F3864"
    assert layout.theme().colours["primary"] == "#007777"
    assert layout.theme().colours["accent"] == "#B85410"  # inherited role
    assert [s.kind for s in layout.settings.report.sections] == ["header", "bluf"]
    assert layout.chain[0] == folder.resolve() and layout.chain[1].name == "default"


def test_grandchild_wins_over_child_over_default(isolated: Path, make_layout) -> None:
    make_layout("child", CHILD)
    folder = make_layout("grand", """\
        name: grand
        extends: child
        brand: {organisation: Grand Org}
        dates: {style: dtg}
    """)
    layout = load_layout(folder)
    assert layout.settings.brand.organisation == "Grand Org"
    assert layout.settings.brand.roles["primary"] == "teal"
    assert layout.settings.dates.style == "dtg"
    assert [p.name for p in layout.chain] == ["grand", "child", "default"]


def test_name_and_description_are_not_inherited(isolated: Path, make_layout) -> None:
    folder = make_layout("bare", "extends: default\n")
    layout = load_layout(folder)
    assert layout.name == "bare"
    assert layout.settings.description == ""


def test_extends_cycle_is_refused(isolated: Path, make_layout) -> None:
    make_layout("a", "name: a\nextends: b\n")
    folder = make_layout("b", "name: b\nextends: a\n")
    with pytest.raises(LayoutError, match="cycle"):
        load_layout(folder)


def test_extending_itself_by_name_finds_the_next_on_the_search_path(
        isolated: Path, make_layout) -> None:
    folder = make_layout("default", "extends: default\nbrand: {organisation: Ours}\n",
                         root=isolated / "layouts")
    layout = load_layout("default")
    assert layout.folder == folder.resolve()
    assert layout.settings.brand.organisation == "Ours"
    assert len(layout.chain) == 2


def test_unknown_parent_is_named(isolated: Path, make_layout) -> None:
    folder = make_layout("orphan", "extends: nosuch\n")
    with pytest.raises(LayoutError, match="no layout called 'nosuch'"):
        load_layout(folder)


def test_unknown_key_names_file_line_and_closest_key(isolated: Path, make_layout) -> None:
    folder = make_layout("typo", """\
        name: typo
        extends: default
        brand:
          organisation: X
          pallete: {a: "#000000"}
    """)
    with pytest.raises(LayoutError) as info:
        load_layout(folder)
    message = str(info.value)
    assert str(folder / "layout.yaml") in message
    assert "line 5" in message
    assert "brand.pallete" in message and "did you mean 'palette'?" in message


def test_wrong_literal_suggests_value(isolated: Path, make_layout) -> None:
    folder = make_layout("lit", "extends: default\ndates: {style: DTG}\n")
    with pytest.raises(LayoutError, match=r"line 2.*dates.style.*did you mean 'dtg'"):
        load_layout(folder)


def test_unknown_palette_colour_suggests_closest(isolated: Path, make_layout) -> None:
    folder = make_layout("col", "extends: default\nbrand:\n  roles: {primary: navvy}\n")
    with pytest.raises(LayoutError, match=r"line 3: brand.roles.primary.*did you mean 'navy'"):
        load_layout(folder)


def test_unknown_marking_level_is_refused(isolated: Path, make_layout) -> None:
    folder = make_layout("mark", "extends: default\nmarking: {level: TOP-SECRET}\n")
    with pytest.raises(LayoutError, match="marking level 'TOP-SECRET' is not defined"):
        load_layout(folder)


def test_slide_with_undefined_slot_is_refused(isolated: Path, make_layout) -> None:
    folder = make_layout("slot", """\
        extends: default
        deck:
          slides:
            - kind: title
            - kind: bluf
              slot: wide
    """)
    with pytest.raises(LayoutError, match=r"line 6: deck.slides.1.slot: deck slot 'wide'"):
        load_layout(folder)


def test_missing_required_setting_without_parent(isolated: Path, make_layout) -> None:
    folder = make_layout("alone", "name: alone\n")
    with pytest.raises(LayoutError, match="brand: required but not set"):
        load_layout(folder)


@pytest.mark.parametrize("text, needle", [
    ("a: &x [1]\nb: *x\n", "aliases"),
    ("name: a\nname: b\n", "duplicate key 'name'"),
    ("name: [unclosed\n", "invalid YAML"),
    ("- just\n- a list\n", "top level must be a mapping"),
    ("!!python/object:os.system {}\n", "invalid YAML"),
])
def test_unsafe_or_malformed_yaml_is_refused(isolated: Path, make_layout, text, needle) -> None:
    folder = make_layout("bad", text)
    with pytest.raises(LayoutError, match=needle) as info:
        load_layout(folder)
    assert "layout.yaml" in str(info.value)


def test_yaml_alias_error_names_line(isolated: Path, make_layout) -> None:
    folder = make_layout("alias", "name: alias\nextends: default\nx: &a 1\ny: *a\n")
    with pytest.raises(LayoutError, match="line 4"):
        load_layout(folder)


def test_unknown_layout_name_lists_known_ones(isolated: Path) -> None:
    with pytest.raises(LayoutError, match="known layouts: .*default"):
        load_layout("nosuchlayout")


def test_folder_without_layout_yaml_is_explained(isolated: Path, tmp_path: Path) -> None:
    with pytest.raises(LayoutError, match="no layout.yaml"):
        load_layout(tmp_path)
