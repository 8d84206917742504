"""No page or slide a professional office would send back, in every shipped layout.

The check looks at what the writers laid out (page fill, a heading ending a page, a continuation
slide holding one item), so it needs no knowledge of a layout; it runs on the seed, the fixture
articles and a digest of generated articles.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from sitbrief.compose.brief import Paragraph, Section
from sitbrief.compose.digest import compose_digest
from sitbrief.compose.single import compose
from sitbrief.layout import load_layout
from sitbrief.run.build import BuildOptions, load_input
from sitbrief.run.waste import pdf_waste, waste
from tests.render.briefs import sample_brief, sample_theme

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "kyodo-2023-10-19-japan-australia-defence-talks.txt"
FIXTURES = sorted(p for p in (ROOT / "tests" / "fixtures" / "articles").iterdir()
                  if p.suffix in (".txt", ".md", ".html") and not p.name.startswith("README"))
LAYOUTS = ("default", "ministry", "riskco")
EXTRACTION = sorted((ROOT / "benchmarks" / "extraction" / "articles").glob("*/*.txt"))


def _facts(path: Path, tmp_path: Path):
    return load_input(path, BuildOptions(out=tmp_path))


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_seed_wastes_no_page_or_slide(layout, tmp_path):
    brief = compose(_facts(SEED, tmp_path), load_layout(layout))
    assert waste(brief, load_layout(layout).theme()) == []


@pytest.mark.parametrize("path", FIXTURES + EXTRACTION, ids=lambda p: p.name)
def test_fixture_articles_waste_no_page_or_slide(path, tmp_path):
    layout = load_layout()
    assert waste(compose(_facts(path, tmp_path), layout), layout.theme()) == []


@pytest.fixture(scope="module")
def feed(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("feed")
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), "12", str(folder),
                    "--seed", "3"], check=True, capture_output=True)
    return sorted(folder.glob("*.txt"))


@pytest.mark.slow
@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_digest_wastes_no_page_or_slide(layout, feed, tmp_path):
    loaded = load_layout(layout)
    brief = compose_digest([_facts(p, tmp_path) for p in feed], loaded)
    assert waste(brief, loaded.theme()) == []


def test_the_check_finds_a_near_empty_page_before_the_last():
    brief = sample_brief()
    long = Section("context", "Background", [Paragraph("Filler text. " * 260)])
    brief.sections = [long, Section("context", "Stranded", [Paragraph("x " * 5)], {"page_break_before": True}),
                      Section("context", "After", [Paragraph("y " * 5)], {"page_break_before": True})]
    problems = pdf_waste(brief, sample_theme())
    assert problems == ["page 2 of 3 is 5% full"]
