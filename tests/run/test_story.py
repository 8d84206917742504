"""Merged stories end to end: three reports of one meeting make one brief, through the command line."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitbrief.cli.main import main
from sitbrief.facts.io import load_facts
from tests.hostile.helpers import _shape_texts

STORY = Path(__file__).resolve().parents[1] / "fixtures" / "story"
REPORTS = [STORY / "wire.txt", STORY / "ministry.html", STORY / "readout.txt"]


def pdf_text(path: Path) -> str:
    """Return a PDF's text as pdftotext reads it, whitespace collapsed."""
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True).stdout
    return " ".join(out.decode("utf-8").split())


def slide_texts(path: Path) -> list[str]:
    """Return the text on each slide (shapes and tables, not the speaker notes), whitespace collapsed."""
    from pptx import Presentation

    return [" ".join(" ".join(t for shape in slide.shapes for t in _shape_texts(shape)).split())
            for slide in Presentation(str(path)).slides]


def run(*args: str):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("story")
    result = run("build", *REPORTS, "--merge", "--out", out)
    assert result.exit_code == 0, result.output
    return {p.suffix: p for p in out.glob("*.p*")}


def test_three_reports_make_one_pdf_and_one_deck(built):
    assert sorted(built) == [".pdf", ".pptx"]


def test_the_pdf_shows_support_and_the_disputed_date_with_its_sources(built):
    text = pdf_text(built[".pdf"])
    assert "Where the sources disagree" in text
    assert "Date disputed: Lind and his Latvian counterpart Ozola meet in Riga" in text
    assert "3 Mar 2026 — sources 1, 2 (Harbor Wire; Latvian Ministry of Defence)" in text
    assert "4 Mar 2026 — source 3 (Estonian Ministry of Defence)" in text
    assert "3 Mar 2026 or 4 Mar 2026 (sources disagree)" in text  # where the timeline and key facts date it
    assert "meet in Riga (reported by 3 of 3 sources)" in text  # key facts
    assert "meet in Riga (3 of 3 sources)" in text  # timeline
    assert "Estonia · 3 of 3 sources" in text  # who's who


def test_each_evidence_sentence_names_its_report(built):
    text = pdf_text(built[".pdf"])
    assert "in Riga on 4 March 2026 to discuss joint air defence procurement and the security of the Baltic " \
           "Sea.” — Source 3 · Estonian Ministry of Defence" in text


def test_the_pdf_numbers_each_source_once(built):
    text = pdf_text(built[".pdf"])
    assert "Sources: Harbor Wire; Latvian Ministry of Defence; Estonian Ministry of Defence (3 reports)" in text
    sources = text[text.rindex("Sources # Source"):text.rindex("Evidence")]
    assert [sources.count(o) for o in ("Harbor Wire", "Latvian Ministry of Defence", "Estonian Ministry of Defence")] \
        == [1, 1, 1]


def test_the_deck_shows_the_discrepancy_on_a_slide(built):
    slides = slide_texts(built[".pptx"])
    [dispute] = [s for s in slides if s.startswith("Where the sources disagree")]
    assert "3 Mar 2026 — sources 1, 2" in dispute and "4 Mar 2026 — source 3" in dispute
    assert any("3 Mar 2026 or 4 Mar 2026 (sources disagree)" in s for s in slides if s != dispute)
    assert any("reported by 3 of 3 sources" in s for s in slides)


def test_extract_merge_writes_a_reviewable_model_that_builds_like_one_report(tmp_path):
    story = tmp_path / "story.yaml"
    result = run("extract", *REPORTS, "--merge", "-o", story)
    assert result.exit_code == 0, result.output
    facts = load_facts(story)
    assert {s.id.split(".")[0] for s in facts.article.sentences} == {"s1", "s2", "s3"}
    assert {s.source for s in facts.article.sentences} == {"src-1", "src-2", "src-3"}
    meeting = next(e for e in facts.events if e.kind == "meeting" and len(e.reported_by) == 3)
    assert [d.item for d in facts.discrepancies if d.about == "date"] == [meeting.id]
    head, tail = story.read_text().split("\nsources:\n", 1)
    story.write_text(head + "\nsources:\n" + tail.replace("grading: null", "grading: B2", 1))
    result = run("build", story, "--out", tmp_path / "out", "--to", "pdf")
    assert result.exit_code == 0, result.output
    text = pdf_text(next((tmp_path / "out").glob("*.pdf")))
    assert "Where the sources disagree" in text and "B2" in text


@pytest.mark.parametrize("extra, message", [
    ("empty.txt", "empty.txt: cannot be merged: the article is empty"),
    ("missing.txt", "missing.txt: cannot be merged: no such file"),
])
def test_one_bad_report_among_several_stops_the_merge_with_one_line(tmp_path, extra, message):
    if extra == "empty.txt":
        (tmp_path / extra).write_bytes(b"")
    result = run("build", REPORTS[0], tmp_path / extra, REPORTS[2], "--merge", "--out", tmp_path / "out")
    assert result.exit_code == 1
    [line] = result.output.strip().splitlines()
    assert line.startswith("sitbrief: error: ") and line.endswith(message) and str(tmp_path) in line
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").glob("*.p*"))


def test_a_merged_fact_file_among_articles_is_refused(tmp_path):
    story = tmp_path / "story.yaml"
    assert run("extract", *REPORTS[:2], "--merge", "-o", story).exit_code == 0
    result = run("build", story, REPORTS[2], "--merge", "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert result.output.strip().endswith("story.yaml: is already a merged story; merge the reports it was made from")


def test_a_single_report_fact_file_merges_with_articles(tmp_path):
    facts = tmp_path / "readout.yaml"
    assert run("extract", REPORTS[2], "-o", facts).exit_code == 0
    result = run("extract", REPORTS[0], facts, "--merge")
    assert result.exit_code == 0 and "source: src-2" in result.output


@pytest.mark.parametrize("args, code, message", [
    (["extract", *REPORTS[:2]], 2, "several articles given: add --merge"),
    (["build", REPORTS[0], "--merge"], 1, "--merge needs two or more reports of one story; got 1"),
    (["build", *REPORTS[:2], "--merge", "--digest"], 2, "--digest and --merge exclude each other"),
    (["extract", *REPORTS[:2], "--merge", "--source", "X"], 1, "--source names one outlet"),
])
def test_wrong_combinations_end_in_one_line(args, code, message, tmp_path):
    result = run(*args, "--out", tmp_path) if args[0] == "build" else run(*args)
    assert result.exit_code == code
    [line] = result.output.strip().splitlines()
    assert message in line


def test_a_merged_story_goes_into_a_digest_like_any_fact_file(tmp_path):
    story = tmp_path / "story.yaml"
    assert run("extract", *REPORTS, "--merge", "-o", story).exit_code == 0
    other = Path(__file__).resolve().parents[1] / "fixtures" / "articles" / "readout.txt"
    result = run("build", story, other, "--digest", "--out", tmp_path / "out", "--to", "pdf")
    assert result.exit_code == 0, result.output
    assert "3 Mar 2026 or 4 Mar 2026 (sources disagree)" in pdf_text(next((tmp_path / "out").glob("*.pdf")))


def test_a_merged_story_saves_its_facts_and_an_update_of_it_counts_up(tmp_path):
    first = run("build", *REPORTS[:2], "--merge", "--out", tmp_path / "one")
    assert first.exit_code == 0, first.output
    saved = next((tmp_path / "one").glob("*.facts.yaml"))
    assert load_facts(saved).report.number == 1
    update = run("build", *REPORTS, "--merge", "--since", saved, "--out", tmp_path / "two")
    assert update.exit_code == 0, update.output
    facts = load_facts(next((tmp_path / "two").glob("*.facts.yaml")))
    assert facts.report.number == 2 and facts.report.updates is not None
    text = pdf_text(next((tmp_path / "two").glob("*.pdf")))
    assert "Changes since the last report" in text and "No. 2" in text


def test_since_with_several_reports_needs_merge(tmp_path):
    result = run("build", *REPORTS[:2], "--since", REPORTS[0], "--out", tmp_path)
    assert result.exit_code == 2 and "give one input" in result.output
