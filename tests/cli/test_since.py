"""End-to-end: `sitbrief build --since PREVIOUS.facts.yaml`, and the fact file every build saves."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from pptx import Presentation
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]
STORY = ROOT / "tests" / "fixtures" / "since"
FIRST_ISSUED, SECOND_ISSUED = "1709555400", "1710333000"  # 4 and 13 Mar 2024, 12:30 UTC
CHANGES = [
    "The heads of the Philippine and Vietnamese coast guards meet in Manila: planned for 12 Mar 2024 → held.",
    "Joint search-and-rescue exercise off Subic Bay: planned for 20 Mar 2024 → postponed.",
    "New actor: Liza Santos, Rear Admiral, coast guard's operations chief (Philippines).",
]
UPDATES = ("Updates SB-20240304-PHILIPPINE-AND No. 1, “Philippine and Vietnamese coast guard "
           "chiefs to meet in Manila”, issued 4 Mar 2024, 12:30 UTC")


def run(*args: str, cwd: Path, epoch: str = FIRST_ISSUED) -> subprocess.CompletedProcess:
    """Run `python -m sitbrief` with `args` in `cwd` and capture its output."""
    env = {**os.environ, "PYTHONWARNINGS": "ignore", "SOURCE_DATE_EPOCH": epoch}
    return subprocess.run([sys.executable, "-m", "sitbrief", *args], capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=180)


@pytest.fixture(scope="module")
def story(tmp_path_factory) -> Path:
    """Build the first brief, then the second with --since the first's saved fact file."""
    folder = tmp_path_factory.mktemp("story")
    for name in ("first.txt", "second.txt"):
        shutil.copy(STORY / name, folder / name)
    first = run("build", "first.txt", "--out", "decks", cwd=folder)
    assert first.returncode == 0, first.stderr
    saved = folder / "decks" / "2024-03-04-philippine-and-vietnamese-coast-guard-chiefs-to-meet-in.facts.yaml"
    second = run("build", "second.txt", "--out", "decks", "--since", str(saved.relative_to(folder)),
                 cwd=folder, epoch=SECOND_ISSUED)
    assert second.returncode == 0, second.stderr
    return folder / "decks"


def second(story: Path, suffix: str) -> Path:
    return next(story.glob(f"2024-03-13-*.{suffix}"))


def flat(text: str) -> str:
    return " ".join(text.split())


def test_every_build_saves_its_fact_model_beside_its_outputs(story):
    saved = yaml.safe_load(next(story.glob("2024-03-04-*.facts.yaml")).read_text(encoding="utf-8"))
    assert saved["schema_version"] == "1.1" and saved["people"] and saved["events"]
    assert saved["report"] == {"number": 1, "title": "Philippine and Vietnamese coast guard chiefs to meet in Manila",
                               "serial": "SB-20240304-PHILIPPINE-AND",
                               "issued": "2024-03-04T12:30:00Z", "updates": None}
    again = yaml.safe_load(second(story, "facts.yaml").read_text(encoding="utf-8"))["report"]
    assert again["number"] == 2 and again["updates"]["serial"] == "SB-20240304-PHILIPPINE-AND"
    assert sorted(p.name for p in story.iterdir() if not p.name.startswith(".")) == sorted(
        f"{stem}.{s}" for stem in {p.name.split(".")[0] for p in story.glob("*.pdf")}
        for s in ("pdf", "pptx", "facts.yaml"))


def pdf_section(text: str, title: str, following: str) -> str:
    """Return the text between the heading `title` and the next heading `following`."""
    return text.split(title, 1)[1].split(following, 1)[0]


def test_the_update_brief_lists_exactly_the_changes_first_after_the_bluf(story):
    text = "\n".join(page.extract_text() for page in PdfReader(second(story, "pdf")).pages)
    assert text.index("Bottom line up front") < text.index("Changes since the last report") < text.index("Key facts")
    section = pdf_section(text, "Changes since the last report", "Key facts")
    lines = [re.sub(r"[\d,]+$", "", line.strip()) for line in section.replace("•", "\n•").split("•") if line.strip()]
    # exactly these, and nothing else: no spurious new events, nothing "no longer reported"
    assert [flat(line) for line in lines] == [flat(change) for change in CHANGES]


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs pdftotext (poppler-utils)")
def test_the_pdf_header_carries_serial_no_2_and_names_the_report_it_updates(story):
    text = flat(subprocess.run(["pdftotext", str(second(story, "pdf")), "-"], capture_output=True, text=True,
                               check=True).stdout)
    header = text.split("Bottom line up front", 1)[0]
    assert "SB-20240313-PHILIPPINE-AND No. 2" in header and UPDATES in header
    first = flat(subprocess.run(["pdftotext", str(next(story.glob("2024-03-04-*.pdf"))), "-"],
                                capture_output=True, text=True, check=True).stdout)
    assert "Changes since the last report" not in first and "Updates " not in first and "No. " not in first


def slide_texts(slide) -> list[str]:
    return [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]


def test_the_deck_has_a_changes_slide_after_the_bluf_and_the_update_on_its_cover(story):
    slides = list(Presentation(second(story, "pptx")).slides)
    titles = [slide.shapes.title.text if slide.shapes.title else slide_texts(slide)[0] for slide in slides]
    at = titles.index("Changes since the last report")
    assert titles[at - 1] == "Bottom line up front"
    body = [t for t in slide_texts(slides[at]) if t != titles[at] and ("→" in t or "New actor" in t)]
    assert [flat(line) for text in body for line in text.split("\n")] == [flat(change) for change in CHANGES]
    cover = "\n".join(slide_texts(slides[0]))
    assert "SB-20240313-PHILIPPINE-AND No. 2" in cover and UPDATES in cover


def test_an_unchanged_story_says_nothing_changed(story, tmp_path):
    saved = next(story.glob("2024-03-13-*.facts.yaml"))
    result = run("build", str(STORY / "second.txt"), "--out", str(tmp_path), "--since", str(saved),
                 "--to", "pptx", cwd=tmp_path, epoch=SECOND_ISSUED)
    assert result.returncode == 0, result.stderr
    slides = list(Presentation(next(tmp_path.glob("*.pptx"))).slides)
    text = "\n".join(t for slide in slides for t in slide_texts(slide))
    assert "Nothing has changed since the last report." in text and "SB-20240313-PHILIPPINE-AND No. 3" in text
    assert next(tmp_path.glob("*.facts.yaml")).exists()  # saved with --to pptx too


@pytest.mark.parametrize("make, expected", [
    (lambda d: d / "missing.facts.yaml", "no such file"),
    (lambda d: shutil.copy(STORY / "first.txt", d / "first.txt") and d / "first.txt", "not a fact file (.yaml"),
    (lambda d: shutil.copy(ROOT / "layouts" / "default" / "layout.yaml", d / "layout.yaml") and d / "layout.yaml",
     "not a fact file (it names no schema_version)"),
    (lambda d: (d / "old.yaml").write_text("schema_version: '0.9'\narticle: {}\n") and d / "old.yaml",
     "fact schema '0.9' is not one this sitbrief reads ('1.0', '1.1'"),
])
def test_an_unusable_previous_file_is_one_clear_line_and_exit_1(tmp_path, make, expected):
    previous = make(tmp_path)
    result = run("build", str(STORY / "second.txt"), "--out", str(tmp_path / "out"), "--since", str(previous),
                 cwd=tmp_path)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"sitbrief: error: --since {previous}") and expected in lines[0]
    assert not (tmp_path / "out").exists()


def test_since_cannot_be_used_with_a_digest_or_several_inputs(story, tmp_path):
    saved = str(next(story.glob("2024-03-04-*.facts.yaml")))
    digest = run("build", str(STORY), "--digest", "--since", saved, cwd=tmp_path)
    several = run("build", str(STORY / "first.txt"), str(STORY / "second.txt"), "--since", saved, cwd=tmp_path)
    assert digest.returncode == several.returncode == 2
    assert "--since compares one brief with the previous one" in digest.stderr + several.stderr
