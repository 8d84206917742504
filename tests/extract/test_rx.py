"""Tests for the cached pattern helpers."""

import os
import re
import subprocess
import sys

from sitbrief.extract.rx import alternation, rx, word_rx


def test_rx_returns_the_same_compiled_pattern() -> None:
    assert rx(r"\bPort Arlen\b") is rx(r"\bPort Arlen\b")


def test_word_rx_escapes_and_bounds_the_key() -> None:
    assert word_rx("U.S. Navy").search("the U.S. Navy said")
    assert not word_rx("Navy").search("Navyville")
    assert word_rx("navy", re.I).search("the NAVY")


def test_person_tokens_follow_a_renamed_person() -> None:
    from sitbrief.extract.people import PersonDraft

    person = PersonDraft(name="J. Arlen Varo Jr.")
    first = person.tokens
    first.append("x")
    assert person.tokens == [t for t in ["J.", "Arlen", "Varo", "Jr."] if t not in ("J.", "Jr.")]
    person.name = "Mira Tolsen"
    assert person.tokens == ["Mira", "Tolsen"]


def test_tokenize_gives_each_caller_its_own_list() -> None:
    from sitbrief.extract.tokens import tokenize

    first = tokenize("Admiral Varo met Tolsen.")
    first.pop()
    assert [t.text for t in tokenize("Admiral Varo met Tolsen.")] == ["Admiral", "Varo", "met", "Tolsen."]


def test_alternation_puts_longer_first_and_equal_lengths_in_text_order() -> None:
    assert alternation({"ba", "abc", "ab", "a.b"}) == r"a\.b|abc|ab|ba"


def test_trigger_patterns_read_the_same_under_every_string_hash_seed() -> None:
    """Patterns built from word sets must not follow a set's order, or their stored pre-checks are missed."""
    script = "from sitbrief.extract.events.triggers import TRIGGERS; print([p.pattern for _, p in TRIGGERS])"
    texts = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                            env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(texts) == 1
