"""The fact model every build saves beside its outputs: atomic, stamped, never read back as an input."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from sitbrief.facts.io import load_facts
from sitbrief.run import batch
from sitbrief.run.build import BuildOptions, build_one, sweep_temp_files
from tests.run.test_build import fake_writers  # noqa: F401 - the fixture

STORY = Path(__file__).resolve().parents[1] / "fixtures" / "since"


def test_the_saved_fact_file_is_an_output_the_stamp_watches(fake_writers, tmp_path):  # noqa: F811
    options = BuildOptions(out=tmp_path / "out")
    first = build_one(STORY / "first.txt", options)
    saved = next(p for p in first.outputs if p.name.endswith(".facts.yaml"))
    assert load_facts(saved).report.number == 1
    assert build_one(STORY / "first.txt", options).skipped
    saved.unlink()
    again = build_one(STORY / "first.txt", options)  # a missing fact file is rebuilt
    assert not again.skipped and saved.exists()
    assert not [p for p in (tmp_path / "out").iterdir() if ".staged." in p.name]


def test_since_is_part_of_what_makes_a_build_unchanged(fake_writers, tmp_path):  # noqa: F811
    out = tmp_path / "out"
    saved = next(p for p in build_one(STORY / "first.txt", BuildOptions(out=out)).outputs
                 if p.name.endswith(".facts.yaml"))
    options = BuildOptions(out=out, since=saved)
    assert not build_one(STORY / "second.txt", options).skipped
    assert build_one(STORY / "second.txt", options).skipped
    saved.write_text(saved.read_text(encoding="utf-8").replace("number: 1", "number: 4"), encoding="utf-8")
    rebuilt = build_one(STORY / "second.txt", options)
    assert not rebuilt.skipped
    assert load_facts(next(p for p in rebuilt.outputs if p.name.endswith(".facts.yaml"))).report.number == 5


def test_a_folder_build_does_not_take_the_saved_fact_files_of_its_output_folder_as_inputs(tmp_path):
    feed = tmp_path / "feed"
    (feed / "decks").mkdir(parents=True)
    shutil.copy(STORY / "first.txt", feed / "first.txt")
    (feed / "decks" / "2024-03-04-x.facts.yaml").write_text("schema_version: '1.0'\n", encoding="utf-8")
    assert batch.expand_inputs([str(feed)], feed / "decks") == [feed / "first.txt"]
    assert len(batch.expand_inputs([str(feed)])) == 2  # without an output folder to leave out


def test_a_killed_builds_staged_fact_file_is_swept(tmp_path):
    stale = tmp_path / ".2024-03-04-x.4242.staged.facts.yaml"
    stale.write_text("x", encoding="utf-8")
    os.utime(stale, (0, 0))
    assert sweep_temp_files(tmp_path) == [stale]
