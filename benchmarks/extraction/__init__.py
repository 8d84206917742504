"""Extraction benchmark: score sitbrief's fact model against hand-made gold of real articles."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent
ARTICLES = ROOT / "articles"
SPLITS = ("dev", "test")
