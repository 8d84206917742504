"""End-to-end: `sitbrief lint` and the same findings as build warnings, with documented exit codes."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_main import run
from tests.compose.factfile import PHIA_JUDGEMENTS, fact_yaml

HEDGED = "- {text: The talks could resume soon., likelihood: likely, basis: [s4]}\n"


def write(folder: Path, text: str, name: str = "facts.yaml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_clean_file_exits_0(tmp_path):
    result = run("lint", str(write(tmp_path, fact_yaml())))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr.strip().endswith("facts.yaml: no findings (layout default, ICD 203)")


def test_findings_are_printed_with_file_line_field_and_term(tmp_path):
    path = write(tmp_path, fact_yaml(HEDGED))
    result = run("lint", str(path))
    assert result.returncode == 0
    line = next(n for n, row in enumerate(path.read_text().splitlines(), start=1) if "could resume" in row)
    assert result.stdout.startswith(f'{path}:{line}: assessment[0].text: "could" is estimative language '
                                    'not on the US ICD 203 likelihood scale; write "unlikely" (20\u201345%)')
    assert "1 finding (layout default, ICD 203)" in result.stderr


def test_strict_fails_with_exit_6(tmp_path):
    result = run("lint", str(write(tmp_path, fact_yaml(HEDGED))), "--strict")
    assert result.returncode == 6
    assert result.stderr.strip().splitlines()[-1].startswith("sitbrief: error: ")
    assert "(--strict turns findings into errors)" in result.stderr


def test_a_likelihood_off_the_layouts_scale_exits_1(tmp_path):
    result = run("lint", str(write(tmp_path, fact_yaml())), "--layout", "ministry")
    assert result.returncode == 1
    assert result.stdout.count("is not a term of the UK PHIA probability yardstick") == 2
    assert "2 likelihoods not on the UK PHIA probability yardstick" in result.stderr
    assert run("lint", str(write(tmp_path, fact_yaml(PHIA_JUDGEMENTS))), "--layout", "ministry").returncode == 0


def test_an_article_is_a_usage_error(tmp_path):
    result = run("lint", str(write(tmp_path, "Some article text here.", "story.txt")))
    assert result.returncode == 2
    assert "lint checks fact files (.yaml, .yml, .json); extract one first" in result.stderr


def test_build_warns_on_findings_and_strict_fails(tmp_path):
    path = write(tmp_path, fact_yaml(HEDGED))
    built = run("build", str(path), "--out", str(tmp_path / "out"), "--to", "pdf")
    assert built.returncode == 0, built.stderr
    assert 'sitbrief: warning: facts.yaml: line ' in built.stderr and '"could" is estimative' in built.stderr
    strict = run("build", str(path), "--out", str(tmp_path / "out"), "--to", "pdf", "--strict")
    assert strict.returncode == 6 and '"could" is estimative' in strict.stderr


def test_build_refuses_a_likelihood_off_the_scale_naming_file_and_line(tmp_path):
    path = write(tmp_path, fact_yaml())
    result = run("build", str(path), "--layout", "ministry", "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert f"{path}:" in result.stderr and "assessment[0].likelihood: 'Very Likely' is not a term" in result.stderr
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").glob("*.pdf"))
