"""Pre-checks read from a pattern never rule out text the pattern matches."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sitbrief.text.dates import PATTERNS
from sitbrief.text.gate import Gated, may_match, needs

TEXTS = [
    "Talks were held on 14th December 2023 in Tokyo.",
    "The ministers met from Oct. 3 to Oct. 5, 2024, and again in MAY.",
    "LATER THIS WEEK the fleet sails; the Exercise ended last weekend.",
    "The end of the year saw their August meeting (2019).",
    "It was agreed 2023-10-19 at the summit, earlier in the day.",
    "Se\u017fsion at the \u212aingdom hall, n\u0131ght",  # letters matching ASCII only ignoring case
    "Nothing here at all.",
    "",
]


def test_literals_alternatives_and_digits_are_read_from_the_pattern() -> None:
    found = [n.literals for n in needs(re.compile(r"\b(?:from\s+)?(?:Jan|Feb)\.?\s+\d{1,2}\b"))]
    assert found == [("Jan", "Feb"), (None,)]
    found = [n.literals for n in needs(re.compile(r"\bthe end of (?:next|last) year", re.I))]
    assert found == [("the end of ",), (" year",), ("next", "last")]  # longest first


def test_stored_needs_agree_with_the_patterns_read_now() -> None:
    from sitbrief.extract import extract_facts
    from sitbrief.read.article import read_article
    from sitbrief.text import gate

    seen: set[tuple[str, int]] = set()
    reading = gate.needs

    def recording(pattern):
        seen.add((pattern.pattern, int(pattern.flags)))
        return reading(pattern)

    seed = next((Path(__file__).parents[2] / "seeds").glob("*.txt"))
    gate.needs = recording
    try:
        extract_facts(read_article(seed))
    finally:
        gate.needs = reading
    stored = gate.stored_needs()
    checked = [(s, f) for s, f in seen if gate.pattern_key(s, f) in stored]
    assert checked  # the seed's patterns are in the file (rerun tools/gate_needs.py after editing rules)
    for source, flags in checked:
        alternatives = [tuple(map(tuple, alts)) for alts in stored[gate.pattern_key(source, flags)]]
        assert alternatives == gate.read_needs(source, flags), source


def test_a_stored_need_is_used_and_a_pattern_missing_from_the_file_is_read(monkeypatch) -> None:
    from sitbrief.text import gate

    source = r"\bunlisted (?:pattern|rule)"
    listed = re.compile(source, re.I)
    monkeypatch.setattr(gate, "stored_needs", lambda: {gate.pattern_key(source, listed.flags): [[["zzz", True]]]})
    gate._needs.cache_clear()
    try:
        assert [n.literals for n in needs(listed)] == [("zzz",)]
        assert [n.literals for n in needs(re.compile(source))] == [("unlisted ",), ("pattern", "rule")]
    finally:
        gate._needs.cache_clear()


def test_optional_parts_and_lookarounds_are_not_relied_on() -> None:
    assert needs(re.compile(r"(?:weekend)?(?<=on )\b")) == ()


def test_a_group_with_its_own_case_flag_keeps_it() -> None:
    (need,) = needs(re.compile(r"\b(?i:Monday)"))
    assert need.alternatives == (("monday", True),)
    assert may_match(re.compile(r"\b(?i:Monday)"), "MONDAY", {})
    assert not may_match(re.compile(r"(?-i:Mission)", re.I), "MISSION", {})


def test_an_alternative_holding_another_is_left_out() -> None:
    (need,) = needs(re.compile(r"\b(?:the meeting|meeting|a talk)\b", re.I))
    assert need.literals == ("meeting", "a talk")


@pytest.mark.parametrize("text", TEXTS)
def test_a_date_pattern_that_matches_is_never_ruled_out(text: str) -> None:
    for variant in (text, text.upper(), text.lower()):
        seen: dict = {}
        for _, pattern in PATTERNS:
            if pattern.search(variant):
                assert may_match(pattern, variant, seen), pattern.pattern


def test_text_lacking_a_need_is_ruled_out() -> None:
    pattern = re.compile(r"\bin\s+(?:January|March)\b", re.I)
    assert not may_match(pattern, "in the spring", {})
    assert may_match(pattern, "IN MARCH", {})


def test_a_gated_pattern_finds_what_the_pattern_finds() -> None:
    from sitbrief.extract.events import TRIGGERS

    for text in TEXTS + ["The ministers met in Tokyo and signed a deal.", "HMS Argyll DEPLOYED to the Gulf."]:
        for _, gated in TRIGGERS:
            plain = gated.compiled
            assert [m.span() for m in gated.finditer(text)] == [m.span() for m in plain.finditer(text)]
            assert [m.span() for m in gated.finditer(text, 3, 20)] == [m.span() for m in plain.finditer(text, 3, 20)]
            found, expected = gated.search(text), plain.search(text)
            assert (found and found.span()) == (expected and expected.span())


def test_cased_and_folded_alternatives_of_one_need_are_each_looked_for_in_their_case() -> None:
    pattern = re.compile(r"\b(?:(?-i:NATO)|summit)\b", re.I)
    (need,) = needs(pattern)
    assert (need.cased, need.folded) == (("NATO",), ("summit",))
    assert need.held_by("The NATO meeting", "the nato meeting")
    assert need.held_by("The SUMMIT", "the summit")
    assert not need.held_by("The nato meeting", "the nato meeting")


@pytest.mark.parametrize(
    "text",
    ["The minister met her counterpart.", "No such word here", "", "MINISTERS, ministers and Ministers", "minister"],
)
def test_a_gated_pattern_stands_in_for_the_pattern_in_every_method(text: str) -> None:
    plain = re.compile(r"\bministers?\b", re.I)
    gated = Gated(plain)

    def spans(found):
        return found and found.span()

    assert spans(gated.search(text)) == spans(plain.search(text))
    assert spans(gated.search(text, 2, 12)) == spans(plain.search(text, 2, 12))
    assert spans(gated.match(text)) == spans(plain.match(text))
    assert spans(gated.fullmatch(text)) == spans(plain.fullmatch(text))
    assert gated.findall(text) == plain.findall(text)
    assert [m.span() for m in gated.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert gated.sub("X", text) == plain.sub("X", text)
    assert gated.sub(lambda m: m.group().upper(), text, 1) == plain.sub(lambda m: m.group().upper(), text, 1)
    assert gated.subn("X", text) == plain.subn("X", text)
    assert gated.split(text) == plain.split(text)
    assert (gated.pattern, gated.flags, gated.groups) == (plain.pattern, plain.flags, plain.groups)


def test_every_gated_pattern_of_the_extractors_finds_what_its_pattern_finds() -> None:
    import gc

    import sitbrief.extract.assemble  # noqa: F401 - loads every extractor and its gated patterns
    from sitbrief.extract import extract_facts
    from sitbrief.read.article import parse_article

    texts = TEXTS + [
        "HMS Argyll and USS Ralph Johnson sailed with Task Force 73 from Fort Polk, La., on Monday.",
        "The readout said the Prime Minister will travel to Europe for the NATO summit next week.",
        "\u201cWe regularly train in European waters,\u201d the Ambassador to the United Nations said in a statement.",
        "Exercise Talisman Sabre, known as the largest drill, began in the east of Australia; no comment.",
    ]
    extract_facts(parse_article("A headline\n\n" + " ".join(texts)))  # builds the patterns made on first use too
    found = [o for o in gc.get_objects() if isinstance(o, Gated)]
    assert len(found) > 20
    for gated in found:
        for text in texts:
            assert [m.span() for m in gated.finditer(text)] == [m.span() for m in gated.compiled.finditer(text)]


def test_a_gated_pattern_can_be_copied_and_pickled() -> None:
    import copy
    import pickle

    gated = Gated(re.compile(r"\bminister\b"))
    for twin in (copy.copy(gated), copy.deepcopy(gated), pickle.loads(pickle.dumps(gated))):
        assert twin.search("The minister spoke").span() == (4, 12)
        assert twin.search("No one spoke") is None


def test_a_need_is_compiled_only_when_it_is_searched_as_a_pattern() -> None:
    words, _, digit = needs(re.compile(r"\b(?:Meeting|Talks)\s+on\s+\d+", re.I))
    assert words.held_by("the talks on 3 May", "the talks on 3 may") and "regex" not in vars(words)
    assert digit.by_regex and digit.held_by("on 3 May", None) and "regex" in vars(digit)
    assert not digit.held_by("on May", None)


def test_of_alternatives_holding_one_another_only_the_shortest_of_each_case_stay() -> None:
    pattern = re.compile(r"(?:meets|Meeting|meet|(?-i:MEETS)|(?-i:MEET)|met)\s", re.I)
    assert [n.alternatives for n in needs(pattern)] == [(("meet", True), ("MEET", False), ("met", True))]
