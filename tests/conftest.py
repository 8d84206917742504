"""Fixtures for layout tests: write small layouts into a temporary search folder."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest


@pytest.fixture
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run in an empty working folder with an empty user config folder."""
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return work


@pytest.fixture
def make_layout(tmp_path: Path):
    """Return a function writing layout `name` (yaml text, templates, files) under a root folder."""

    def make(name: str, yaml: str, templates: dict[str, str] | None = None,
             files: dict[str, bytes] | None = None, root: Path | None = None) -> Path:
        folder = (root or tmp_path / "layouts") / name
        (folder / "templates").mkdir(parents=True, exist_ok=True)
        (folder / "layout.yaml").write_text(textwrap.dedent(yaml), encoding="utf-8")
        for template, text in (templates or {}).items():
            (folder / "templates" / template).write_text(textwrap.dedent(text), encoding="utf-8")
        for path, data in (files or {}).items():
            (folder / path).parent.mkdir(parents=True, exist_ok=True)
            (folder / path).write_bytes(data)
        return folder

    return make
