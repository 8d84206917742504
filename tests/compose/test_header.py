"""The report's date-time group and information cut-off, in the layout's date style."""

from __future__ import annotations

from pathlib import Path

from sitbrief.compose.single import compose
from sitbrief.layout import load_layout
from sitbrief.run.build import BuildOptions, load_input

SEED = Path(__file__).resolve().parents[2] / "seeds" / "kyodo-2023-10-19-japan-australia-defence-talks.txt"


def test_issued_and_cut_off_follow_source_date_epoch_and_the_date_style(monkeypatch, tmp_path):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764678600")  # 2 Dec 2025 12:30 UTC
    facts = load_input(SEED, BuildOptions(out=tmp_path))
    assert compose(facts, load_layout()).issued == \
        "Issued 2 Dec 2025, 12:30 UTC · Information as of 19 Oct 2023"
    assert compose(facts, load_layout("ministry")).issued == \
        "DTG 021230Z DEC 25 · Information as of 19 OCT 23"


def test_an_undated_article_says_its_cut_off_is_not_known(monkeypatch, tmp_path):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764678600")
    facts = load_input(SEED, BuildOptions(out=tmp_path))
    facts.article.published = None
    assert compose(facts, load_layout()).issued.endswith("Information cut-off not known")
