"""`layouts new`: a commented layout that extends its base and copies nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitbrief.core.errors import LayoutError
from sitbrief.layout import load_layout
from sitbrief.layout.scaffold import new_layout
from sitbrief.run.check import check_layout
from tests.layout.masters import RISKCO_RENAMES, build_master, to_potx


def test_new_layout_extends_base_and_validates(isolated: Path) -> None:
    folder = new_layout("acme", "ministry")
    assert folder == Path("layouts/acme")
    text = (folder / "layout.yaml").read_text()
    assert "extends: ministry" in text and "# brand:" in text
    layout = load_layout("acme")
    assert layout.settings.dates.style == "dtg"  # inherited, not copied
    assert [p.name for p in layout.chain] == ["acme", "ministry", "default"]
    assert list((folder / "templates").iterdir()) == []


@pytest.mark.parametrize("suffix, transform", [(".pptx", lambda b: b), (".potx", to_potx)])
def test_new_layout_with_master_maps_its_layouts(isolated: Path, tmp_path: Path, suffix,
                                                 transform) -> None:
    master = tmp_path / f"Corp Master{suffix}"
    master.write_bytes(transform(build_master(RISKCO_RENAMES, size=(9144000, 6858000))))
    folder = new_layout("corp", master=master, folder=tmp_path / "out")
    text = (folder / "layout.yaml").read_text()
    assert f"template: assets/Corp_Master{suffix}" in text
    assert "'Cover'" in text and "slide_size: '4:3'" in text
    assert (folder / "assets" / f"Corp_Master{suffix}").is_file()
    layout = load_layout(folder)
    assert layout.settings.deck.slots["title"].layout == "Cover"
    assert layout.settings.deck.slots["content"].layout == "Headline Only"
    report = check_layout(folder, build=False)
    assert report.ok, [f.message for f in report.findings]


def test_refuses_existing_folder_and_bad_names(isolated: Path) -> None:
    new_layout("acme")
    with pytest.raises(LayoutError, match="already exists"):
        new_layout("acme")
    with pytest.raises(LayoutError, match="lower-case"):
        new_layout("../evil")
    with pytest.raises(LayoutError, match="no layout called"):
        new_layout("x", "nosuchbase")


def test_refuses_unsafe_master(isolated: Path, tmp_path: Path) -> None:
    master = tmp_path / "m.pptm"
    master.write_bytes(build_master())
    with pytest.raises(LayoutError, match="macro"):
        new_layout("m", master=master)
    assert not Path("layouts/m").exists()


def test_new_layout_lists_every_master_of_a_multi_master_potx(isolated: Path,
                                                              tmp_path: Path) -> None:
    from tests.layout.masters import add_second_master

    master = tmp_path / "multi.potx"
    master.write_bytes(to_potx(add_second_master(build_master(), {"Title Only": "Titre seul"})))
    folder = new_layout("multi", master=master)
    text = (folder / "layout.yaml").read_text()
    assert "master 0: 'Title Only'" in text and "master 1: 'Titre seul'" in text
    assert check_layout(folder, build=False).ok
