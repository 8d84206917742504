"""Tests for the first-word index of word-list keys."""

from sitbrief.extract.keyindex import KeyIndex, key_index
from sitbrief.extract.lexicon import lexicon

TABLE = {
    "north atlantic treaty organization": 1,
    "NATO": 2,
    "u.s. navy": 3,
    "UN": 4,
    "(quoted)": 5,
    "élysée palace": 6,
}


def keys(index: KeyIndex, sentence: str) -> list[str]:
    return [key for key, _ in index.candidates(sentence)]


def test_candidates_are_the_keys_opening_with_a_word_of_the_sentence_in_table_order() -> None:
    index = KeyIndex(TABLE.items())
    always = ["(quoted)", "élysée palace"]
    assert keys(index, "The U.S. Navy joined NATO and the UN.") == ["NATO", "u.s. navy", "UN", *always]
    assert keys(index, "North Atlantic allies met.") == ["north atlantic treaty organization", *always]


def test_a_part_of_a_word_is_no_candidate() -> None:
    assert keys(KeyIndex(TABLE.items()), "Unity and Natoland.") == ["(quoted)", "élysée palace"]


def test_a_letter_matching_ascii_when_case_is_ignored_makes_every_key_a_candidate() -> None:
    index = KeyIndex(TABLE.items())
    assert len(keys(index, "the \u212aingdom")) == len(TABLE)  # the Kelvin sign matches "k" under re.I
    assert keys(index, "Zürich") == ["(quoted)", "élysée palace"]


def test_every_known_organisation_is_a_candidate_of_a_sentence_naming_it() -> None:
    index = key_index(lexicon().orgs)
    for key in lexicon().orgs:
        for written in (key, key.title(), key.upper()):
            assert key in keys(index, f"Officials of the {written} met."), written


def test_key_index_is_built_once_per_table_and_again_when_it_grows() -> None:
    table = dict(TABLE)
    first = key_index(table)
    assert key_index(table) is first
    table["AUKUS"] = 7
    assert key_index(table) is not first and "AUKUS" in keys(key_index(table), "AUKUS partners")
