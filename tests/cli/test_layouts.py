"""`sitbrief layouts list|show|new|check` through Click."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitbrief.cli.layouts import layouts


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Return a function running `layouts ARGS` in an empty folder."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))

    def invoke(*args: str):
        return CliRunner().invoke(layouts, list(args), catch_exceptions=False)

    return invoke


def test_list_shows_shipped_layouts_with_origin(run) -> None:
    result = run("list")
    assert result.exit_code == 0
    for name in ("default", "ministry", "riskco"):
        assert name in result.output
    assert "built-in" in result.output and "Client confidential" in result.output


def test_show_prints_search_path_chain_and_settings(run) -> None:
    result = run("show", "ministry")
    assert result.exit_code == 0
    assert "# Search path" in result.output and "user config, missing" in result.output
    assert "ministry/templates/section_title.j2" in result.output
    assert "style: dtg" in result.output and "level: OFFICIAL-SENSITIVE" in result.output


def test_show_unknown_layout_exits_3(run) -> None:
    result = run("show", "nosuch")
    assert result.exit_code == 3 and "no layout called 'nosuch'" in result.output


def test_new_then_check(run) -> None:
    result = run("new", "acme", "--from", "riskco")
    assert result.exit_code == 0 and "layouts/acme/layout.yaml" in result.output
    result = run("check", "acme", "--no-build")
    assert result.exit_code == 0, result.output
    assert "layout acme: OK" in result.output


def test_check_json_and_exit_code_on_problems(run, tmp_path: Path) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "layout.yaml").write_text("extends: default\nbrand: {logo: ../x.png}\n")
    result = run("check", str(folder), "--json", "--no-build")
    assert result.exit_code == 3
    data = json.loads(result.output)
    assert data["ok"] is False and "'..'" in data["findings"][0]["message"]


def test_importing_the_cli_module_is_cheap() -> None:
    code = ("import sys, sitbrief.cli.layouts; "
            "print(sorted(m for m in ('reportlab', 'pptx', 'pydantic', 'jinja2') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
