"""Reproducible output: with SOURCE_DATE_EPOCH set, two builds in two processes are byte-identical."""

from __future__ import annotations

import zipfile
from datetime import datetime, timezone
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.hostile.helpers import SEED, digest, run_cli

EPOCH = 1_700_000_000  # 2023-11-14 22:13:20 UTC


def _build(out: Path, layout: str, hash_seed: str) -> dict[str, Path]:
    """Build the seed in a fresh process and return its outputs by suffix."""
    env = {"SOURCE_DATE_EPOCH": str(EPOCH), "PYTHONHASHSEED": hash_seed}
    result = run_cli("build", str(SEED), "--layout", layout, "--out", str(out), env=env)
    assert result.returncode == 0, result.stderr
    return {p.suffix: p for p in out.iterdir() if p.is_file()}


@pytest.mark.slow
@pytest.mark.parametrize("layout", ["default", "riskco"])
def test_two_builds_are_byte_identical(tmp_path: Path, layout: str) -> None:
    first = _build(tmp_path / "one", layout, "1")
    second = _build(tmp_path / "two", layout, "2")
    assert sorted(first) == sorted(second) == [".pdf", ".pptx", ".yaml"]  # .yaml: the saved fact model
    for suffix in first:
        assert digest(first[suffix]) == digest(second[suffix]), f"{suffix} differs between builds"
    created = datetime.fromtimestamp(EPOCH, timezone.utc)
    assert PdfReader(first[".pdf"]).metadata.creation_date.astimezone(timezone.utc) == created
    with zipfile.ZipFile(first[".pptx"]) as deck:
        assert {info.date_time[:3] for info in deck.infolist()} == {(2023, 11, 14)}
        core = deck.read("docProps/core.xml").decode()
    assert "2023-11-14T22:13:20Z" in core
