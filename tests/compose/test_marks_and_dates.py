"""DTG for every date and portion marks on every portion, in the Brief and in both outputs."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pptx import Presentation

import sitbrief
from sitbrief.compose.brief import (
    Actors,
    Bullets,
    EvidenceList,
    JudgementBlock,
    KeyFacts,
    MapBlock,
    Paragraph,
    QuoteBlock,
    Sources,
    Timeline,
)
from sitbrief.compose.dates import date_text
from sitbrief.compose.single import compose

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "kyodo-2023-10-19-japan-australia-defence-talks.txt"
PROSE_DATE = re.compile(r"\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b")


@pytest.fixture(scope="module")
def ministry_brief():
    """Return the seed composed with the ministry layout (DTG, portion marks on)."""
    facts = sitbrief.extract_facts(sitbrief.read_article(SEED))
    return compose(facts, sitbrief.load_layout("ministry"))


def test_dtg_day_form_never_invents_a_time():
    assert date_text("2023-10-19", None, "day", {}, "dtg") == "19 OCT 23"
    assert date_text("2023-11-21", "2023-11-30", "part-of-month", {}, "dtg") == "late NOV 23"
    assert date_text("2024-02", None, "month", {}, "dtg") == "FEB 24"
    assert date_text("2023-10-19", None, "day", {}) == "19 Oct 2023"


def test_every_date_of_the_brief_is_a_dtg(ministry_brief):
    brief = ministry_brief
    assert brief.date_label == "19 OCT 23"
    assert "19 OCT 23" in brief.source_line
    blocks = [b for s in brief.sections for b in s.blocks]
    when = next(r for b in blocks if isinstance(b, KeyFacts) for r in b.rows if r.label == "When")
    assert when.text.endswith("19 OCT 23")
    entries = [e for b in blocks if isinstance(b, Timeline) for e in b.entries if e.start]
    assert entries and all(not PROSE_DATE.search(e.date_text) for e in entries)
    sources = [i.text for b in blocks if isinstance(b, Sources) for i in b.items]
    assert sources and all("OCT 23" in s for s in sources)


def portions(block) -> list[str]:
    """Return the texts of every portion of a block."""
    if isinstance(block, (Paragraph, JudgementBlock)):
        return [block.text]
    if isinstance(block, QuoteBlock):
        return [block.portion + " "]
    if isinstance(block, (Bullets, Sources)):
        return [i.text for i in block.items]
    if isinstance(block, KeyFacts):
        return [r.text for r in block.rows]
    if isinstance(block, Actors):
        return [a.name for a in block.actors]
    if isinstance(block, Timeline):
        return [e.label for e in block.entries] + [block.caption]
    if isinstance(block, EvidenceList):
        return [i.portion + " " for i in block.items]
    if isinstance(block, MapBlock):
        return [block.portion + " "]
    raise AssertionError(f"unknown block {block!r}")


def test_every_portion_is_marked(ministry_brief):
    blocks = [b for s in ministry_brief.sections for b in s.blocks]
    blocks += [b for s in ministry_brief.slides for b in s.blocks]
    kinds = {type(b).__name__ for b in blocks}
    assert {"Paragraph", "Bullets", "KeyFacts", "Actors", "Timeline", "QuoteBlock",
            "Sources", "EvidenceList"} <= kinds
    unmarked = [t for b in blocks for t in portions(b) if not t.startswith("(OS) ")]
    assert unmarked == []
    assert all(not t.startswith("(OS) (OS)") for b in blocks for t in portions(b))


def test_both_outputs_show_the_marks_and_the_dtgs(ministry_brief, tmp_path):
    theme = sitbrief.load_layout("ministry").theme()
    deck = tmp_path / "brief.pptx"
    sitbrief.write_pptx(ministry_brief, theme, deck)
    texts = [shape.text_frame.text for slide in Presentation(str(deck)).slides
             for shape in slide.shapes if shape.has_text_frame]
    cells = [[cell.text for cell in row.cells] for slide in Presentation(str(deck)).slides
             for shape in slide.shapes if shape.has_table for row in shape.table.rows]
    assert any(t.startswith("(OS) “") for t in texts)  # quotes
    body_rows = [row for row in cells if not any(c in ("Date", "Source", "Who") for c in row)]
    assert all(any(c.startswith("(OS) ") for c in row) for row in body_rows[1:])
    assert not any("0000Z" in t or PROSE_DATE.search(t) for t in texts)
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    pdf = tmp_path / "brief.pdf"
    sitbrief.write_pdf(ministry_brief, theme, pdf)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "0000Z" not in text and not PROSE_DATE.search(text)
    assert "(OS) “" in text and "(OS) Kyodo, 19 OCT 23" in text
