"""End-to-end: the `sitbrief` command as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "kyodo-2023-10-19-japan-australia-defence-talks.txt"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run `python -m sitbrief` with `args` and capture its output."""
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    return subprocess.run([sys.executable, "-m", "sitbrief", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT, env=env, timeout=120)


def test_help_and_version_do_not_import_renderers():
    code = ("import sys; from click.testing import CliRunner; from sitbrief.cli.main import main; "
            "r = CliRunner().invoke(main, ['--help']); assert r.exit_code == 0, r.output; "
            "bad = [m for m in ('reportlab', 'pptx', 'trafilatura', 'pydantic') if m in sys.modules]; "
            "print(bad)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    version = run("--version")
    assert version.returncode == 0 and "sitbrief" in version.stdout


@pytest.mark.parametrize("command", ["extract", "build", "lint", "schema", "layouts"])
def test_subcommands_have_help_with_examples(command):
    result = run(command, "--help")
    assert result.returncode == 0
    assert "Usage:" in result.stdout


def test_extract_seed_to_stdout_and_file(tmp_path):
    result = run("extract", str(SEED))
    assert result.returncode == 0, result.stderr
    assert "Minoru Kihara" in result.stdout and "schema_version" in result.stdout
    out = tmp_path / "facts.json"
    result = run("extract", str(SEED), "-o", str(out))
    assert result.returncode == 0
    data = json.loads(out.read_text())
    assert data["article"]["source"] == "Kyodo"


def test_extract_overrides(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Officials said the two navies will hold drills next month off Palawan, "
                       "the ministry said on Monday.\n")
    result = run("extract", str(article), "--published", "2024-05-15", "--source", "Harbor Wire",
                 "--format", "json")
    data = json.loads(result.stdout)
    assert data["article"]["published"] == "2024-05-15" and data["article"]["source"] == "Harbor Wire"
    assert [e["when"]["start"] for e in data["events"]] == ["2024-06"]


def test_no_anchor_warns_and_leaves_dates_unresolved(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("The two navies will hold drills next month off Palawan, officials said.\n")
    result = run("extract", str(article), "--format", "json")
    assert "warning: no publication date" in result.stderr
    assert json.loads(result.stdout)["events"][0]["when"]["start"] is None


@pytest.mark.parametrize("args,code,fragment", [
    (["extract", "missing.txt"], 1, "no such file"),
    (["extract", str(SEED), "--published", "19/10/2023"], 2, "YYYY-MM-DD"),
    (["build", str(SEED), "--to", "docx"], 2, "pdf, pptx"),
    (["build", str(SEED), "--layout", "no-such-layout"], 3, "no-such-layout"),
    (["schema", "nothing"], 2, "nothing"),
])
def test_user_mistakes_get_one_line_and_exit_code(args, code, fragment):
    result = run(*args)
    assert result.returncode == code, result.stderr
    assert fragment in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_article_one_line(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\x00binary\x00junk" * 10)
    result = run("extract", str(bad))
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line]
    assert len(lines) == 1 and lines[0].startswith("sitbrief: error:")


def test_schema_facts_is_json_schema():
    result = run("schema", "facts")
    schema = json.loads(result.stdout)
    assert schema["title"] == "Facts" and "people" in schema["properties"]


def test_build_seed_writes_both_outputs(tmp_path):
    result = run("build", str(SEED), "--out", str(tmp_path / "new" / "folder"))
    assert result.returncode == 0, result.stderr
    outputs = sorted(p.suffix for p in (tmp_path / "new" / "folder").iterdir() if p.is_file())
    assert outputs == [".pdf", ".pptx", ".yaml"]  # the brief, the deck and the fact model they show


def test_build_from_edited_facts_shows_the_edit(tmp_path):
    facts = tmp_path / "facts.yaml"
    assert run("extract", str(SEED), "-o", str(facts)).returncode == 0
    text = facts.read_text().replace(
        "assessment: []",
        "assessment:\n- text: Australian participation will likely become routine.\n"
        "  likelihood: likely\n  confidence: moderate\n")
    facts.write_text(text)
    result = run("build", str(facts), "--out", str(tmp_path), "--to", "pdf")
    assert result.returncode == 0, result.stderr
    pdf = next(tmp_path.glob("*.pdf"))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Australian participation will likely become routine." in " ".join(text.split())


def test_edited_facts_with_wrong_type_is_refused(tmp_path):
    facts = tmp_path / "facts.yaml"
    run("extract", str(SEED), "-o", str(facts))
    facts.write_text(facts.read_text().replace("language: en", "language: [en]"))
    result = run("build", str(facts), "--out", str(tmp_path))
    assert result.returncode == 1
    assert "article.language" in result.stderr
