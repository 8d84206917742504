"""The demo seed's brief as a reader meets it: two A4 pages of text before the evidence list.

The locator map adds most of a third page; the text itself must still fit two (checked with the
map switched off), and the map must not push the evidence list past page three.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from sitbrief.run.build import BuildOptions, build_one

SEED = Path(__file__).resolve().parents[2] / "seeds" / "kyodo-2023-10-19-japan-australia-defence-talks.txt"


NO_MAP = "name: nomap\nextends: default\nmap: {report: false}\n"


def page_texts(tmp_path_factory, layout: str | Path | None) -> list[str]:
    out = tmp_path_factory.mktemp("seed")
    result = build_one(SEED, BuildOptions(layout=layout, out=out, formats=("pdf",), force=True))
    reader = PdfReader(str(result.outputs[0]))
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> list[str]:
    folder = tmp_path_factory.mktemp("layouts") / "nomap"
    folder.mkdir()
    (folder / "layout.yaml").write_text(NO_MAP, encoding="utf-8")
    return page_texts(tmp_path_factory, folder)


def test_with_the_map_the_evidence_list_starts_by_page_three(tmp_path_factory):
    with_map = page_texts(tmp_path_factory, None)
    assert "Natural Earth" in " ".join(with_map[:2])
    assert next(i for i, text in enumerate(with_map) if "Each numbered mark" in text) <= 2


def test_the_brief_fits_on_two_pages_before_its_annexes(pages):
    first_evidence = next(i for i, text in enumerate(pages) if "Each numbered mark" in text)
    assert first_evidence <= 2, f"the evidence list starts on page {first_evidence + 1}"
    body = " ".join(pages[:2])
    for section in ("Bottom line up front", "Key facts", "Who's who", "Timeline", "What to watch",
                    "Statements", "Background"):
        assert section in body, section
    annexes = " ".join(pages[:first_evidence + 1])
    assert "Sources" in annexes and "Related coverage" in annexes


def test_pages_are_a4(tmp_path):
    result = build_one(SEED, BuildOptions(out=tmp_path, formats=("pdf",), force=True))
    box = PdfReader(str(result.outputs[0])).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
