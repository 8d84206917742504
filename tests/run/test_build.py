"""Single builds: outputs and stamps, skip when unchanged, --force, atomic writes, stale temp files."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from sitbrief.layout import load_layout
from sitbrief.run import build as build_module
from sitbrief.run import stamp
from sitbrief.run.atomic import atomic_path
from sitbrief.run.build import BuildOptions, build_one, sweep_temp_files

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "tests" / "fixtures" / "articles"


def fake_writer(fmt: str):
    """Return a fast stand-in writer that writes the brief's title atomically."""

    def write(brief, theme, path):
        with atomic_path(path) as tmp:
            tmp.write_text(f"{fmt}\n{brief.title}\n", encoding="utf-8")
        WRITES.append(Path(path))
        return []

    return write


WRITES: list[Path] = []


@pytest.fixture
def fake_writers(monkeypatch):
    """Replace the PDF and PPTX writers by fast fakes; yield the list of files written."""
    WRITES.clear()
    monkeypatch.setattr(build_module, "_writer", fake_writer)
    return WRITES


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "in" / "readout.txt"
    path.parent.mkdir()
    shutil.copy(ARTICLES / "readout.txt", path)
    return path


def test_build_writes_outputs_and_a_stamp(fake_writers, article, tmp_path):
    result = build_one(article, BuildOptions(out=tmp_path / "out"))
    assert not result.skipped and [p.suffix for p in result.outputs] == [".pdf", ".pptx", ".yaml"]
    assert result.outputs[2].name.endswith(".facts.yaml")  # the fact model, saved beside the brief
    assert all(p.exists() for p in result.outputs)
    assert len(list((tmp_path / "out" / ".sitbrief").glob("*.json"))) == 1


def test_unchanged_input_is_skipped_and_force_rebuilds(fake_writers, article, tmp_path):
    options = BuildOptions(out=tmp_path / "out")
    first = build_one(article, options)
    again = build_one(article, options)
    assert again.skipped and again.outputs == first.outputs and len(fake_writers) == 2
    forced = build_one(article, BuildOptions(out=tmp_path / "out", force=True))
    assert not forced.skipped and len(fake_writers) == 4


def test_skip_path_loads_no_theme(fake_writers, article, tmp_path, monkeypatch):
    options = BuildOptions(out=tmp_path / "out")
    layout = load_layout()
    build_one(article, options, layout)
    monkeypatch.setattr(type(layout), "theme", lambda self: pytest.fail("theme loaded on the skip path"))
    assert build_one(article, options, layout).skipped


@pytest.mark.parametrize("change", ["content", "version", "formats", "output_edited", "output_deleted"])
def test_changes_trigger_a_rebuild(fake_writers, article, tmp_path, monkeypatch, change):
    options = BuildOptions(out=tmp_path / "out")
    first = build_one(article, options)
    if change == "content":
        article.write_text(article.read_text() + "\nOne more sentence was added today.\n")
    elif change == "version":
        monkeypatch.setattr(stamp, "__version__", "99.0")
    elif change == "formats":
        options = BuildOptions(out=tmp_path / "out", formats=("pdf",))
    elif change == "output_edited":
        first.outputs[0].write_text("edited by hand")
    else:
        first.outputs[1].unlink()
    assert not build_one(article, options).skipped


def test_layout_change_triggers_a_rebuild(fake_writers, article, tmp_path):
    layout_dir = tmp_path / "house"
    layout_dir.mkdir()
    (layout_dir / "layout.yaml").write_text("name: house\nextends: default\n")
    options = BuildOptions(out=tmp_path / "out", layout=layout_dir)
    build_one(article, options)
    assert build_one(article, options).skipped
    (layout_dir / "templates").mkdir()
    (layout_dir / "templates" / "bluf.j2").write_text("{{ bluf }}")
    assert not build_one(article, options).skipped


def test_layout_fingerprint_is_cached_until_a_file_changes(tmp_path, monkeypatch):
    folder = tmp_path / "lay"
    folder.mkdir()
    (folder / "a.txt").write_text("one")
    first = stamp.layout_fingerprint([folder])
    reads = []
    monkeypatch.setattr(Path, "read_bytes", lambda self: reads.append(self) or b"x")
    assert stamp.layout_fingerprint([folder]) == first and reads == []
    monkeypatch.undo()
    (folder / "a.txt").write_text("two!")
    assert stamp.layout_fingerprint([folder]) != first


def test_strict_fails_on_warnings_even_when_unchanged(fake_writers, tmp_path):
    article = tmp_path / "undated.txt"
    shutil.copy(ARTICLES / "no_date.txt", article)
    build_one(article, BuildOptions(out=tmp_path / "out"))
    from sitbrief.core.errors import StrictError

    with pytest.raises(StrictError):
        build_one(article, BuildOptions(out=tmp_path / "out", strict=True))


def test_failed_write_keeps_the_old_file_and_leaves_no_temp_files(fake_writers, article, tmp_path, monkeypatch):
    out = tmp_path / "out"
    first = build_one(article, BuildOptions(out=out))
    old = {p: p.read_bytes() for p in first.outputs}

    def half_then_fail(fmt):
        def write(brief, theme, path):
            with atomic_path(path) as tmp:
                tmp.write_bytes(b"%PDF-1.4 half a file")
                raise OSError("disk full")
        return write

    monkeypatch.setattr(build_module, "_writer", half_then_fail)
    with pytest.raises(OSError):
        build_one(article, BuildOptions(out=out, force=True))
    assert {p: p.read_bytes() for p in first.outputs} == old
    assert sorted(p.name for p in out.iterdir() if p.is_file()) == sorted(p.name for p in first.outputs)


def test_real_pdf_writer_failing_mid_write_keeps_the_old_file(fake_writers, article, tmp_path, monkeypatch):
    from sitbrief.render.pdf import writer as pdf

    out = tmp_path / "out"
    first = build_one(article, BuildOptions(out=out, formats=("pdf",)))
    old = first.outputs[0].read_bytes()

    def partial_build(brief, theme, filename):
        Path(filename).write_bytes(b"%PDF-1.4\n% truncated")
        raise RuntimeError("renderer crashed")

    monkeypatch.setattr(build_module, "_writer", lambda fmt: pdf.write_pdf)
    monkeypatch.setattr(pdf, "build", partial_build)
    with pytest.raises(RuntimeError):
        build_one(article, BuildOptions(out=out, formats=("pdf",), force=True))
    assert first.outputs[0].read_bytes() == old
    assert sorted(p.name for p in out.iterdir() if p.is_file()) == sorted(p.name for p in first.outputs)


KILLED_BUILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from sitbrief.run import build
    from sitbrief.run.atomic import atomic_path

    def slow(fmt):
        def write(brief, theme, path):
            with atomic_path(path) as tmp:
                with open(tmp, "wb") as handle:
                    handle.write(b"%PDF-1.4 partial")
                    handle.flush()
                    print("writing", flush=True)
                    time.sleep(60)
            return []
        return write

    build._writer = slow
    build.build_one(Path(sys.argv[1]), build.BuildOptions(out=Path(sys.argv[2]), force=True))
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_build_killed_mid_write_leaves_the_old_file_intact(fake_writers, article, tmp_path):
    out = tmp_path / "out"
    first = build_one(article, BuildOptions(out=out))
    old = {p: p.read_bytes() for p in first.outputs}
    proc = subprocess.Popen([sys.executable, "-c", KILLED_BUILD, str(article), str(out)],
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "writing"
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert {p: p.read_bytes() for p in first.outputs} == old
    leftovers = [p for p in out.iterdir() if p.name.endswith(".part")]
    assert leftovers and all(p.name.startswith(".") for p in leftovers)
    assert sorted(sweep_temp_files(out)) == sorted(leftovers)  # the killed build holds nothing now
    assert not any(p.name.endswith(".part") for p in out.iterdir())


@pytest.mark.skipif(not hasattr(os, "O_DIRECTORY"), reason="needs flock on folders")
def test_a_live_builds_fresh_temp_files_are_kept_and_old_ones_swept(tmp_path):
    import fcntl

    out = tmp_path / "out"
    (out / ".sitbrief").mkdir(parents=True)
    fresh, old = out / ".a.pdf.x1.part", out / ".sitbrief" / ".k.json.x2.part"
    for path in (fresh, old, out / ".notes.txt.x3.part"):
        path.write_bytes(b"half")
    os.utime(old, (time.time() - 3600, time.time() - 3600))
    other = os.open(out, os.O_RDONLY | os.O_DIRECTORY)  # another build holding the folder
    try:
        fcntl.flock(other, fcntl.LOCK_SH)
        assert sweep_temp_files(out) == [old]
    finally:
        os.close(other)
    assert sweep_temp_files(out) == [fresh]
    assert (out / ".notes.txt.x3.part").exists()  # not a file sitbrief writes


def test_missing_input_is_an_input_error(tmp_path):
    from sitbrief.core.errors import InputError

    with pytest.raises(InputError, match="no such file"):
        build_one(tmp_path / "nope.txt", BuildOptions(out=tmp_path))
