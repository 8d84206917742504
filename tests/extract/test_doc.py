"""The working document's per-text caches give what the helpers they cache give."""

from __future__ import annotations

from sitbrief.extract.doc import FIRST_PERSON, Doc
from sitbrief.extract.tokens import capital_runs, tokenize


def test_capital_runs_are_found_once_per_text_and_each_caller_gets_its_own_lists() -> None:
    doc = Doc(sentences=[], anchor=None)
    text = "Defence Minister Mira Tolsen met the Secretary of State in New Delhi."
    first = doc.capital_runs(text)
    assert first == capital_runs(tokenize(text))
    first[0].pop()
    first.pop()
    assert doc.capital_runs(text) == capital_runs(tokenize(text))


def test_first_person_finds_the_speaking_forms_and_not_words_that_begin_with_them() -> None:
    for text in ('He added: "We will stand with them."', "It meant a lot to me.", "My thanks go to the crew.",
                 "Our partners and we agree.", "I have asked the minister to report."):
        assert FIRST_PERSON.search(text), text
    for text in ("Iran and Iraq signed the accord.", "The US delegation left.", "Myanmar's envoy met Wei.",
                 "Ourense hosted the summit.", "Members debated the bill."):
        assert not FIRST_PERSON.search(text), text
