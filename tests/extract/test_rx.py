"""Tests for the cached pattern helpers."""

import re

from sitbrief.extract.rx import rx, word_rx


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
