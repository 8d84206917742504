"""The working document's per-text caches give what the helpers they cache give."""

from __future__ import annotations

from sitbrief.extract.doc import Doc
from sitbrief.extract.tokens import capital_runs, tokenize


def test_capital_runs_are_found_once_per_text_and_each_caller_gets_its_own_lists() -> None:
    doc = Doc(sentences=[], anchor=None)
    text = "Defence Minister Mira Tolsen met the Secretary of State in New Delhi."
    first = doc.capital_runs(text)
    assert first == capital_runs(tokenize(text))
    first[0].pop()
    first.pop()
    assert doc.capital_runs(text) == capital_runs(tokenize(text))
