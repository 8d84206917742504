"""Tests for the cached pattern helpers."""

import re

from sitbrief.extract.rx import rx, word_rx


def test_rx_returns_the_same_compiled_pattern() -> None:
    assert rx(r"\bPort Arlen\b") is rx(r"\bPort Arlen\b")


def test_word_rx_escapes_and_bounds_the_key() -> None:
    assert word_rx("U.S. Navy").search("the U.S. Navy said")
    assert not word_rx("Navy").search("Navyville")
    assert word_rx("navy", re.I).search("the NAVY")
