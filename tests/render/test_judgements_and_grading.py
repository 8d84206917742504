"""Key judgements and source grading as a reader meets them, in the PDF and in the deck."""

from __future__ import annotations

import pytest
from pptx import Presentation
from pypdf import PdfReader

from sitbrief.run.build import BuildOptions, build_one
from tests.compose.factfile import PHIA_JUDGEMENTS, fact_yaml

CASES = {"default": fact_yaml(), "ministry": fact_yaml(PHIA_JUDGEMENTS)}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, tuple[str, list[tuple[str, str]]]]:
    """Build each layout's brief; return the PDF's text and the deck's (slide kind, text) pairs."""
    out = {}
    for layout, text in CASES.items():
        folder = tmp_path_factory.mktemp(layout)
        facts = folder / "facts.yaml"
        facts.write_text(text, encoding="utf-8")
        result = build_one(facts, BuildOptions(layout=layout, out=folder / "out", force=True))
        pdf, deck = sorted((p for p in result.outputs if p.suffix in (".pdf", ".pptx")), key=lambda p: p.suffix)
        pages = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(str(pdf)).pages)
        slides = [(s.name, " ".join(sh.text_frame.text for sh in s.shapes if sh.has_text_frame)
                   + " ".join(c.text_frame.text for sh in s.shapes if sh.has_table
                              for row in sh.table.rows for c in row.cells))
                  for s in Presentation(str(deck)).slides]
        out[layout] = (pages, slides, result.warnings)
    return out


def test_pdf_key_judgements_lead_in_the_layouts_order(built):
    text, _, warnings = built["default"]
    assert warnings == []
    assert text.index("Bottom line up front") < text.index("Key judgements") < text.index("Key facts")
    assert "Very likely (80\u201395%) \u00b7 Moderate confidence" in text
    ministry = built["ministry"][0]
    assert ministry.index("1. Key judgements") < ministry.index("2. Summary")
    assert "HIGHLY LIKELY (80\u201390%) \u00b7 MODERATE CONFIDENCE" in ministry
    assert "Likelihood (PHIA yardstick): remote chance 0\u20135%" in ministry


def test_deck_key_judgements_slide_in_the_layouts_order(built):
    kinds = [kind for kind, _ in built["default"][1]]
    assert kinds.index("key_judgements") == kinds.index("bluf") + 1
    slide = dict(built["default"][1])["key_judgements"]
    assert "1 \u00b7 Very likely (80\u201395%) \u00b7 Moderate confidence" in slide
    assert "3 \u00b7 Likely (55\u201380%) \u00b7 High confidence" in slide
    ministry = [kind for kind, _ in built["ministry"][1]]
    assert ministry[:3] == ["title", "key_judgements", "bluf"]
    assert "Likelihood (PHIA yardstick)" in dict(built["ministry"][1])["key_judgements"]


@pytest.mark.parametrize("layout", ["default", "ministry"])
def test_grading_beside_the_source_with_a_legend_in_both_outputs(built, layout):
    text, slides, _ = built[layout]
    # the sources slide, or the slide it went under (deck.merge_short) with its "Sources" subheading
    sources = next(t for kind, t in slides if kind == "sources" or "Sources" in t.split())
    for output in (text, sources):
        assert "B2" in output and "usually reliable; probably true" in output
        assert "Grading (Admiralty): the letter rates the source's reliability" in output
