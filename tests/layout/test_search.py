"""The search path: given folders, ./layouts, user config, entry points, built-ins, in order."""

from __future__ import annotations

from importlib.metadata import EntryPoint
from pathlib import Path

import pytest

from sitbrief.layout import load_layout
from sitbrief.layout import search as search_module
from sitbrief.layout.listing import list_layouts
from sitbrief.layout.search import builtin_dir, search_roots, user_dir

YAML = "name: {name}\nextends: default\nbrand: {{organisation: {org}}}\n"


def org(name_or_dir, search=None) -> str:
    """Return the organisation of the layout found for `name_or_dir`."""
    return load_layout(name_or_dir, search).settings.brand.organisation


@pytest.fixture
def entry_points(monkeypatch: pytest.MonkeyPatch):
    """Return a function that registers fake ``sitbrief.layouts`` entry points."""

    def register(*points: EntryPoint) -> None:
        monkeypatch.setattr(search_module.metadata, "entry_points",
                            lambda group: [p for p in points if p.group == group])

    return register


def test_builtin_dir_holds_the_shipped_layouts() -> None:
    assert (builtin_dir() / "default" / "layout.yaml").is_file()


def test_user_dir_follows_xdg(isolated: Path, tmp_path: Path) -> None:
    assert user_dir() == tmp_path / "config" / "sitbrief" / "layouts"


def test_order_given_project_user_package_builtin(isolated: Path, tmp_path: Path, make_layout,
                                                  entry_points) -> None:
    given, project, user, package = (tmp_path / "given", isolated / "layouts", user_dir(),
                                     tmp_path / "pkg")
    for root, label in ((given, "given"), (project, "project"), (user, "user"),
                        (package, "package")):
        make_layout("acme", YAML.format(name="acme", org=label), root=root)
    entry_points(EntryPoint("acme-layouts", str(package), "sitbrief.layouts"))
    assert org("acme", [given]) == "given"
    assert org("acme") == "project"
    (project / "acme" / "layout.yaml").unlink()
    assert org("acme") == "user"
    (user / "acme" / "layout.yaml").unlink()
    assert org("acme") == "package"
    origins = [r.origin for r in search_roots()]
    assert origins[0].startswith("project") and origins[-1] == "built-in"
    assert origins.index("user config") < origins.index("package acme-layouts")


def test_project_layout_shadows_builtin_and_list_says_so(isolated: Path, make_layout) -> None:
    make_layout("default", "extends: default\nbrand: {organisation: Mine}\n",
                root=isolated / "layouts")
    assert org("default") == "Mine"
    entries = [e for e in list_layouts() if e.name == "default"]
    assert [e.shadowed for e in entries] == [False, True]
    assert entries[1].origin == "built-in"


def test_entry_point_naming_a_module_with_layouts(isolated: Path, tmp_path: Path, make_layout,
                                                  entry_points, monkeypatch) -> None:
    package = tmp_path / "site" / "acme_brand"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    make_layout("acme", YAML.format(name="acme", org="module"), root=package / "layouts")
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    entry_points(EntryPoint("acme", "acme_brand", "sitbrief.layouts"))
    assert org("acme") == "module"


def test_entry_point_naming_one_layout_folder(isolated: Path, tmp_path: Path, make_layout,
                                              entry_points) -> None:
    folder = make_layout("whatever", YAML.format(name="single", org="single"),
                         root=tmp_path / "ep")
    entry_points(EntryPoint("single", str(folder), "sitbrief.layouts"))
    assert org("single") == "single"


def test_broken_entry_point_is_skipped(isolated: Path, entry_points) -> None:
    entry_points(EntryPoint("x", "no_such_module_xyz", "sitbrief.layouts"))
    assert org("default") == "sitbrief"


def test_given_folder_siblings_are_searched_for_parents(isolated: Path, tmp_path: Path,
                                                        make_layout) -> None:
    root = tmp_path / "orgs"
    make_layout("base", YAML.format(name="base", org="Base"), root=root)
    child = make_layout("team", "name: team\nextends: base\n", root=root)
    assert org(child) == "Base"
    assert org(str(child)) == "Base"


def test_entry_points_are_read_once_per_process(isolated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []

    def reading(group):
        calls.append(group)
        return []

    monkeypatch.setattr(search_module.metadata, "entry_points", reading)
    search_module.entry_point_roots()
    search_module.entry_point_roots()
    assert calls == ["sitbrief.layouts"]
