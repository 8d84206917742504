"""The command's contract under failure: one line and a documented exit code, tracebacks on request,
warnings once per brief, --strict, inputs never modified, earlier outputs never half-replaced."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.hostile.helpers import ROOT, SEED, digest, invoke, lead, run_cli

EMOJI_ARTICLE = lead("the 🚢 ships")


def _lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip()]


@pytest.mark.parametrize("args, fragment", [
    (["build"], "Missing argument 'INPUTS...'"),
    (["build", str(SEED), "--to", "docx"], "choose pdf, pptx or pdf,pptx"),
    (["build", str(SEED), "--published", "19/10/2023"], "not a date in YYYY-MM-DD form"),
    (["build", str(SEED), "--jobs", "0"], "--jobs"),
    (["build", str(SEED), "--colour"], "No such option '--colour'"),
    (["build", str(SEED), "--encoding", "no-such-codec"], "unknown text encoding 'no-such-codec'"),
    (["extract", str(SEED), "--encoding", "base64"], "unknown text encoding 'base64'"),
    (["frobnicate"], "No such command 'frobnicate'"),
])
def test_usage_errors_are_one_line_exit_2(args: list[str], fragment: str) -> None:
    result = invoke(*args)
    lines = _lines(result.stderr)
    assert result.exit_code == 2, result.stderr
    assert len(lines) == 1 and lines[0].startswith("sitbrief: error:") and fragment in lines[0]
    assert "see 'sitbrief" in lines[0] and "--help'" in lines[0]


@pytest.mark.parametrize("how", ["group-option", "command-option", "environment"])
def test_debug_shows_the_traceback_and_keeps_the_exit_code(tmp_path: Path, how: str) -> None:
    missing = str(tmp_path / "missing.txt")
    args, env = {"group-option": (["--debug", "build", missing], None),
                 "command-option": (["build", missing, "--debug"], None),
                 "environment": (["build", missing], {"SITBRIEF_DEBUG": "1"})}[how]
    result = invoke(*args, env=env)
    assert result.exit_code == 1
    assert "Traceback (most recent call last)" in result.stderr and "InputError" in result.stderr
    assert _lines(result.stderr)[-1] == f"sitbrief: error: {missing}: no such file"


def test_no_traceback_without_debug_in_a_real_process(tmp_path: Path) -> None:
    result = run_cli("build", str(tmp_path / "missing.txt"), env={"SITBRIEF_DEBUG": "0"})
    assert result.returncode == 1 and len(_lines(result.stderr)) == 1 and "Traceback" not in result.stderr


@pytest.mark.parametrize("debug", [False, True])
def test_internal_error_is_exit_70(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, debug: bool) -> None:
    import sitbrief.compose.single

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(sitbrief.compose.single, "compose", broken)
    result = invoke(*(["--debug"] if debug else []), "build", str(SEED), "--out", str(tmp_path), "--force")
    assert result.exit_code == 70
    last = _lines(result.stderr)[-1]
    assert last == ("sitbrief: error: internal error: RuntimeError: boom (rerun with --debug for the "
                    "traceback and please report it)")
    assert ("Traceback" in result.stderr) == debug


def test_unwritable_output_folder_is_one_line_exit_1(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = invoke("build", str(SEED), "--out", str(blocker / "briefs"))
    lines = _lines(result.stderr)
    assert result.exit_code == 1 and len(lines) == 1, result.stderr
    assert "briefs: Not a directory; check the path" in lines[0]


def test_warnings_are_printed_once_per_brief(tmp_path: Path) -> None:
    article = tmp_path / "emoji.txt"
    article.write_text(EMOJI_ARTICLE, encoding="utf-8")
    result = invoke("build", str(article), "--out", str(tmp_path / "out"))
    warnings = [line for line in _lines(result.stderr) if line.startswith("sitbrief: warning:")]
    assert result.exit_code == 0
    assert len(warnings) == len(set(warnings))
    assert sum("U+1F6A2" in w for w in warnings) == 1, "both writers' glyph warning must be merged"
    assert sum("no publication date" in w for w in warnings) == 1


def test_batch_prints_each_briefs_warnings_once(tmp_path: Path) -> None:
    for name in ("one", "two"):
        (tmp_path / f"{name}.txt").write_text(EMOJI_ARTICLE.replace("ships", f"{name} ships"), encoding="utf-8")
    result = invoke("build", str(tmp_path / "one.txt"), str(tmp_path / "two.txt"), "--out", str(tmp_path / "out"),
                    "--jobs", "1")
    assert result.exit_code == 0, result.stderr
    for name in ("one", "two"):
        glyph = [w for w in _lines(result.stderr) if f"{name}.txt" in w and "U+1F6A2" in w]
        assert len(glyph) == 1, result.stderr


def test_strict_turns_warnings_into_exit_6(tmp_path: Path) -> None:
    article = tmp_path / "undated.txt"
    article.write_text(lead("nothing unusual"), encoding="utf-8")
    result = invoke("build", str(article), "--out", str(tmp_path / "out"), "--strict")
    lines = _lines(result.stderr)
    assert result.exit_code == 6
    assert len(lines) == 1 and "no publication date" in lines[0] and "--strict" in lines[0]


def _tree_digests(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): digest(p) for p in sorted(folder.rglob("*")) if p.is_file()}


def test_inputs_are_never_modified(tmp_path: Path) -> None:
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    shutil.copy(SEED, inputs / "article.txt")
    (inputs / "bad.txt").write_bytes(b"\xff\xfe\x00\x00 not text")
    layout = tmp_path / "layout"
    shutil.copytree(ROOT / "layouts" / "default", layout)
    assert invoke("extract", str(inputs / "article.txt"), "-o", str(inputs / "facts.yaml")).exit_code == 0
    before = _tree_digests(inputs), _tree_digests(layout)
    out = tmp_path / "out"
    for target in ("article.txt", "facts.yaml", "bad.txt"):
        invoke("build", str(inputs / target), "--layout", str(layout), "--out", str(out), "--force")
    assert invoke("build", str(inputs), "--layout", str(layout), "--out", str(out), "--jobs", "1").exit_code == 4
    assert (_tree_digests(inputs), _tree_digests(layout)) == before


def test_interrupted_build_leaves_earlier_outputs_untouched(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import sitbrief.render.pdf.writer

    out = tmp_path / "out"
    assert invoke("build", str(SEED), "--out", str(out)).exit_code == 0
    before = _tree_digests(out)

    def interrupted(brief, theme, filename):
        Path(filename).write_bytes(b"%PDF-1.4 half")
        raise KeyboardInterrupt

    monkeypatch.setattr(sitbrief.render.pdf.writer, "build", interrupted)
    result = invoke("build", str(SEED), "--out", str(out), "--force")
    assert result.exit_code == 130 and "interrupted" in result.stderr
    after = _tree_digests(out)
    assert {k: v for k, v in after.items() if not k.startswith(".sitbrief")} == \
        {k: v for k, v in before.items() if not k.startswith(".sitbrief")}
    assert not [name for name in after if name.endswith(".part")]


def test_failed_extract_keeps_the_earlier_fact_file(tmp_path: Path) -> None:
    facts = tmp_path / "facts.yaml"
    facts.write_text("reviewed: true\n")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    result = invoke("extract", str(bad), "-o", str(facts))
    assert result.exit_code == 1 and facts.read_text() == "reviewed: true\n"


def test_fact_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    import os

    umask = os.umask(0o022)
    try:
        facts = tmp_path / "facts.yaml"
        assert invoke("extract", str(SEED), "-o", str(facts)).exit_code == 0
        assert facts.stat().st_mode & 0o777 == 0o644
        facts.chmod(0o600)
        assert invoke("extract", str(SEED), "-o", str(facts)).exit_code == 0
        assert facts.stat().st_mode & 0o777 == 0o600, "a replaced file keeps its mode"
    finally:
        os.umask(umask)


def test_a_build_stopped_between_the_two_renames_is_found_and_rebuilt(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    import sitbrief.run.build

    article, out = tmp_path / "story.txt", tmp_path / "out"
    shutil.copy(SEED, article)
    assert invoke("build", str(article), "--out", str(out)).exit_code == 0
    headline, rest = article.read_text(encoding="utf-8").split("\n", 1)  # a new headline changes both outputs
    article.write_text(f"{headline} as talks resume\n{rest}", encoding="utf-8")
    renames = []

    replace = os.replace

    def stopped_after_one(source, target):
        if str(source).endswith((".staged.pdf", ".staged.pptx")) and renames:
            raise KeyboardInterrupt  # as a kill -9 between the two renames leaves the folder
        if str(source).endswith((".staged.pdf", ".staged.pptx")):
            renames.append(target)
        replace(source, target)

    monkeypatch.setattr(sitbrief.run.build.os, "replace", stopped_after_one)
    stopped = invoke("build", str(article), "--out", str(out))
    assert stopped.exit_code == 130 and len(renames) == 1, (stopped.stderr, renames)
    monkeypatch.undo()
    mixed = _tree_digests(out)
    result = invoke("build", str(article), "--out", str(out))
    assert result.exit_code == 0, result.stderr
    assert "stopped while its outputs were being replaced" in result.stderr and "built again" in result.stderr
    rebuilt = _tree_digests(out)
    landed = str(Path(renames[0]).relative_to(out))  # the output that was already new
    stale = [name for name in mixed if name.endswith((".pdf", ".pptx")) and name != landed]
    assert stale and all(rebuilt[name] != mixed[name] for name in stale)  # the old one is replaced
    again = invoke("build", str(article), "--out", str(out))
    assert again.exit_code == 0 and "stopped while" not in again.stderr and "unchanged" in again.stdout


@pytest.mark.parametrize("batch", [False, True], ids=["single", "batch"])
def test_write_failures_name_the_output_not_a_hidden_temporary_file(tmp_path: Path, batch: bool) -> None:
    out = tmp_path / "out"
    assert invoke("build", str(SEED), "--out", str(out), "--to", "pdf").exit_code == 0
    [pdf] = out.glob("*.pdf")
    pdf.unlink()
    pdf.mkdir()  # the output name is taken by a folder: the rename over it fails
    inputs = [str(SEED), str(ROOT / "tests" / "fixtures" / "articles" / "idf_statement.txt")][:1 + batch]
    result = invoke("build", *inputs, "--out", str(out), "--to", "pdf", "--force")
    errors = [line for line in _lines(result.stderr) if line.startswith("sitbrief: error:")]
    assert result.exit_code == (4 if batch else 1), result.stderr
    assert len(errors) == 1 and f"{pdf}: Is a directory" in errors[0], errors
    assert "staged" not in result.stderr and ".part" not in result.stderr and "internal error" not in result.stderr


def test_a_batch_error_names_its_fact_file_once(tmp_path: Path) -> None:
    feed = tmp_path / "feed"
    feed.mkdir()
    shutil.copy(SEED, feed / "good.txt")
    (feed / "bad.yaml").write_text("a: 1\n", encoding="utf-8")
    result = invoke("build", str(feed), "--out", str(tmp_path / "out"), "--jobs", "1")
    [error] = [line for line in _lines(result.stderr) if line.startswith("sitbrief: error:")]
    assert result.exit_code == 4 and error.count("bad.yaml") == 1, error
    assert error.startswith(f"sitbrief: error: {feed / 'bad.yaml'}:1: a: unknown field"), error
