"""Tests of text/clean.py: file-name slugs."""

from sitbrief.text.clean import slugify


def test_slug_cut_at_a_whole_word() -> None:
    title = "Foreign Secretary to hold trade and security talks in New Zealand"
    assert slugify(title) == "foreign-secretary-to-hold-trade-and-security-talks-in-new"
    assert slugify(title, 24) == "foreign-secretary-to"


def test_slug_of_one_long_word_cut_at_the_limit() -> None:
    assert slugify("Supercalifragilisticexpialidocious", 10) == "supercalif"


def test_slug_keeps_a_word_ending_at_the_limit() -> None:
    assert slugify("abcdef gh", 6) == "abcdef"


def test_slug_short_text_unchanged_and_empty_named_brief() -> None:
    assert slugify("Talks in Oslo") == "talks-in-oslo"
    assert slugify("¿?") == "brief"
