"""Batches: inputs from folders and globs, failure isolation in worker processes, skip/force,
progress and reporting, watch mode."""

from __future__ import annotations

import os
import shutil
import threading
import time
from pathlib import Path

import pytest

from sitbrief.core.errors import EXIT_BATCH, InputError
from sitbrief.run import batch
from sitbrief.run import build as build_module
from sitbrief.run.build import BuildOptions, BuildResult
from sitbrief.run.progress import Progress, Reporter
from tests.run.test_build import fake_writer

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "tests" / "fixtures" / "articles"
GOOD = ("readout.txt", "wire_dateline.txt", "joint_statement.txt")


@pytest.fixture
def fake_writers(monkeypatch):
    """Replace the writers by fast fakes (and skip pre-loading the real ones' fonts)."""
    monkeypatch.setattr(build_module, "_writer", fake_writer)
    monkeypatch.setattr(batch, "_warm", lambda layout: None)


@pytest.fixture
def feed(tmp_path: Path) -> Path:
    """A folder of three good articles and one that cannot be read."""
    folder = tmp_path / "feed"
    folder.mkdir()
    for name in GOOD:
        shutil.copy(ARTICLES / name, folder / name)
    (folder / "broken.txt").write_bytes(b"")
    return folder


# --- expanding inputs ---------------------------------------------------------------------

def test_folders_are_expanded_recursively_skipping_hidden_readmes_and_other_files(tmp_path):
    (tmp_path / "day" / "asia").mkdir(parents=True)
    (tmp_path / "day" / ".cache").mkdir()
    for rel in ("day/b.txt", "day/a.md", "day/asia/c.html", "day/facts.yaml", "day/.hidden.txt",
                "day/.cache/x.txt", "day/README.md", "day/picture.png"):
        (tmp_path / rel).write_text("x")
    found = batch.expand_inputs([str(tmp_path / "day")])
    assert [p.relative_to(tmp_path / "day").as_posix() for p in found] == [
        "a.md", "asia/c.html", "b.txt", "facts.yaml"]


def test_globs_and_plain_paths_in_order_once_each(tmp_path):
    for name in ("x1.txt", "x2.txt", "y.txt"):
        (tmp_path / name).write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "x3.txt").write_text("x")
    items = [str(tmp_path / "y.txt"), str(tmp_path / "x*.txt"), str(tmp_path / "**" / "x*.txt"),
             str(tmp_path / "y.txt")]
    names = [p.name for p in batch.expand_inputs(items)]
    assert names == ["y.txt", "x1.txt", "x2.txt", "x3.txt"]


def test_a_glob_matching_nothing_is_an_error(tmp_path):
    with pytest.raises(InputError, match="no files match"):
        batch.expand_inputs([str(tmp_path / "*.txt")])


# --- failure isolation ----------------------------------------------------------------------

def test_one_bad_article_never_stops_the_others(fake_writers, feed, tmp_path, capsys):
    options = BuildOptions(out=tmp_path / "out")
    with pytest.raises(SystemExit) as stop:
        batch.run_build([str(feed)], options, jobs=2)
    assert stop.value.code == EXIT_BATCH
    err = capsys.readouterr().err
    assert "3 built, 0 unchanged, 1 failed" in err
    assert f"sitbrief: error: {feed / 'broken.txt'}:" in err
    assert len(list((tmp_path / "out").glob("*.pdf"))) == 3


def test_exceptions_and_dead_workers_cost_only_their_own_input(feed, tmp_path, monkeypatch):
    def flaky(path, options, layout=None):
        if path.name == "readout.txt":
            raise ZeroDivisionError("boom")
        if path.name == "wire_dateline.txt":
            os._exit(9)  # a worker dying outright, as on a segfault or the OOM killer
        return BuildResult(input=path, outputs=[path])

    monkeypatch.setattr(batch, "build_one", flaky)
    paths = batch.expand_inputs([str(feed)])
    results = {r.input.name: r for r in batch.build_many(paths, BuildOptions(out=tmp_path), jobs=2)}
    assert results["readout.txt"].error == "internal error: ZeroDivisionError: boom"
    assert results["wire_dateline.txt"].error == batch.WORKER_DIED
    assert results["joint_statement.txt"].error is None and results["broken.txt"].error is None


def test_pools_are_renewed_so_worker_memory_stays_flat(tmp_path, monkeypatch):
    monkeypatch.setattr(batch, "TASKS_PER_WORKER", 1)
    monkeypatch.setattr(batch, "build_one", lambda path, options, layout=None: BuildResult(
        input=path, outputs=[Path(str(os.getpid()))]))
    paths = []
    for i in range(6):
        paths.append(tmp_path / f"{i}.txt")
        paths[-1].write_text(f"article {i}")
    results = batch.build_many(paths, BuildOptions(out=tmp_path / "out"), jobs=2)
    assert [r.input for r in results] == paths and not any(r.error for r in results)
    assert len({r.outputs[0] for r in results}) >= 3


# --- incremental ------------------------------------------------------------------------------

def test_the_sample_rehearsed_before_the_fork_extracts_and_composes():
    from sitbrief.extract import extract_facts
    from sitbrief.layout import load_layout
    from sitbrief.read.article import parse_article

    batch._rehearse(load_layout())  # raises if the sample cannot be built
    facts = extract_facts(parse_article(batch._SAMPLE))
    assert facts.people and facts.events


def test_second_run_skips_everything_without_starting_workers(fake_writers, feed, tmp_path, monkeypatch):
    (feed / "broken.txt").unlink()
    options = BuildOptions(out=tmp_path / "out")
    paths = batch.expand_inputs([str(feed)])
    assert [r.skipped for r in batch.build_many(paths, options, jobs=2)] == [False] * 3
    monkeypatch.setattr(batch, "_executor", lambda workers: pytest.fail("worker started"))
    monkeypatch.setattr(batch, "_warm", lambda layout: pytest.fail("renderers warmed"))
    assert [r.skipped for r in batch.build_many(paths, options, jobs=2)] == [True] * 3
    (feed / GOOD[0]).write_text((feed / GOOD[0]).read_text() + "\nA later paragraph was added.\n")
    monkeypatch.undo()
    monkeypatch.setattr(build_module, "_writer", fake_writer)
    again = batch.build_many(paths, options, jobs=1)
    assert [r.input.name for r in again if not r.skipped] == [GOOD[0]]
    forced = batch.build_many(paths, BuildOptions(out=tmp_path / "out", force=True), jobs=1)
    assert not any(r.skipped for r in forced)


def test_same_output_from_two_inputs_is_flagged(fake_writers, tmp_path):
    for name in ("one.txt", "two.txt"):
        shutil.copy(ARTICLES / "readout.txt", tmp_path / name)
    paths = [tmp_path / "one.txt", tmp_path / "two.txt"]
    results = batch.build_many(paths, BuildOptions(out=tmp_path / "out"), jobs=1)
    assert not results[0].warnings or "also written" not in " ".join(results[0].warnings)
    assert any("also written by" in w for w in results[1].warnings)


# --- progress and reporting -------------------------------------------------------------------

def test_plain_lines_without_a_terminal_and_a_bar_with_one(capsys):
    plain = Progress(2, tty=False)
    plain.step(BuildResult(input=Path("a.txt")))
    plain.step(BuildResult(input=Path("b.txt"), error="bad"))
    assert capsys.readouterr().err.splitlines() == ["[1/2] built: a.txt", "[2/2] failed: b.txt"]
    bar = Progress(2, tty=True)
    bar.step(BuildResult(input=Path("a.txt"), skipped=True))
    bar.step(BuildResult(input=Path("b.txt")))
    bar.close()
    err = capsys.readouterr().err
    assert "2/2" in err and "/s ETA" in err and err.endswith("\n")


def test_quiet_prints_only_errors_and_verbose_prints_outputs(capsys):
    results = [BuildResult(input=Path("a.txt"), outputs=[Path("o/a.pdf")], warnings=["thin"]),
               BuildResult(input=Path("b.txt"), error="cannot read", exit_code=1)]
    assert Reporter(quiet=True).summary(results, 1.0) == EXIT_BATCH
    out = capsys.readouterr()
    assert out.out == "" and out.err == "sitbrief: error: b.txt: cannot read\n"
    Reporter(verbose=True).summary(results, 1.0)
    out = capsys.readouterr()
    assert out.out == "wrote o/a.pdf\n" and "warning: a.txt: thin" in out.err and "1 built" in out.err


# --- watch ------------------------------------------------------------------------------------

def test_watch_rebuilds_after_a_change_and_stops_cleanly(tmp_path, capsys):
    from sitbrief.run.watch import watch_and_build

    article = tmp_path / "a.txt"
    article.write_text("first")
    calls = []
    worker = threading.Thread(target=watch_and_build, args=([article], BuildOptions(out=tmp_path / "out"),
                                                            lambda: calls.append(time.monotonic())),
                              kwargs={"interval": 0.02, "max_builds": 2})
    worker.start()
    deadline = time.monotonic() + 10
    while not calls and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.1)
    article.write_text("second version")
    worker.join(timeout=10)
    assert not worker.is_alive() and len(calls) == 2


def test_watch_ends_on_ctrl_c_with_exit_130(tmp_path, capsys):
    from sitbrief.run.watch import watch_and_build

    def interrupted():
        raise KeyboardInterrupt

    with pytest.raises(SystemExit) as stopped:
        watch_and_build([tmp_path], BuildOptions(out=tmp_path / "out"), interrupted)
    assert stopped.value.code == 130
    assert "stopped watching" in capsys.readouterr().err


def test_watch_follows_an_editor_that_saves_by_rename(tmp_path):
    from sitbrief.run.watch import watch_and_build

    article = tmp_path / "a.txt"
    article.write_text("first")
    calls, stop = [], threading.Event()
    worker = threading.Thread(target=watch_and_build, args=([article], BuildOptions(out=tmp_path / "out"),
                                                            lambda: calls.append(1)),
                              kwargs={"interval": 0.02, "max_builds": 3, "stop": stop})
    worker.start()
    for expected in (1, 2):
        deadline = time.monotonic() + 10
        while len(calls) < expected and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.3)
        (tmp_path / ".a.txt.swp").write_text(f"save {expected}")
        saved = tmp_path / f"a.txt.new{expected}"
        saved.write_text(f"version {expected}")
        os.replace(saved, article)  # how vim, gedit and many IDEs save
    worker.join(timeout=10)
    stop.set()
    assert not worker.is_alive() and len(calls) == 3


def test_watch_follows_a_globs_folder_so_new_files_are_seen(tmp_path):
    assert batch.watch_root(str(tmp_path / "feed" / "*.txt")) == tmp_path / "feed"
    assert batch.watch_root("*.txt") == Path(".")
    assert batch.watch_root(str(tmp_path / "a.txt")) == tmp_path / "a.txt"


def test_watch_ignores_outputs_and_hidden_files(tmp_path):
    from sitbrief.run.watch import ChangeFilter

    (tmp_path / "out").mkdir()
    relevant = ChangeFilter([tmp_path], tmp_path / "out")
    assert not relevant(None, str(tmp_path / "out" / "x.pdf"))
    assert not relevant(None, str(tmp_path / ".x.pdf.1.part"))
    assert relevant(None, str(tmp_path / "a.txt"))


def test_a_batch_failure_names_its_input_once(tmp_path):
    from tests.hostile.helpers import SEED, invoke

    feed = tmp_path / "feed"
    feed.mkdir()
    (feed / "bad.txt").write_text("x")
    (feed / "good.txt").write_bytes(SEED.read_bytes())
    result = invoke("build", str(feed), "--out", str(tmp_path / "out"), "--jobs", "1", "--to", "pdf")
    line = next(li for li in result.stderr.splitlines() if li.startswith("sitbrief: error:"))
    assert result.exit_code == 4 and line.count("bad.txt") == 1, line


def test_watch_rebuilds_after_an_edit_made_while_it_was_building(tmp_path):
    from sitbrief.run.watch import watch_and_build

    article = tmp_path / "a.txt"
    article.write_text("first")
    calls = []

    def rebuild():
        calls.append(time.monotonic())
        if len(calls) == 1:
            article.write_text("edited while the first build ran, before anything watched")

    stop = threading.Event()
    guard = threading.Timer(30, stop.set)  # without the fix the edit is missed and this ends the wait
    guard.start()
    try:
        watch_and_build([article], BuildOptions(out=tmp_path / "out"), rebuild, interval=0.02, max_builds=2,
                        stop=stop)
    finally:
        guard.cancel()
    assert len(calls) == 2
