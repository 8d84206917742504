"""Sentence splitting, including full stops a copy glued to the next sentence."""

import pytest

from sitbrief.text.sentences import split_sentences


def _sentences(paragraph: str) -> list[str]:
    return [paragraph[start:end] for start, end in split_sentences(paragraph)]


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("The fleet was smaller than last year.Admiral Reed said it was planned.",
     ["The fleet was smaller than last year.", "Admiral Reed said it was planned."]),
    ('"We are ready," she said."The patrols are routine."',
     ['"We are ready," she said.', '"The patrols are routine."']),
    ("\u201cWe are ready,\u201d he said.\u201cThe patrols go on.\u201d",
     ["\u201cWe are ready,\u201d he said.", "\u201cThe patrols go on.\u201d"]),
    ("Did they agree?Officials would not say.", ["Did they agree?", "Officials would not say."]),
    ("There were fewer troops than last year.U.S. officials said so.",
     ["There were fewer troops than last year.", "U.S. officials said so."]),
    ('"The patrols are routine."Our neighbours were told.',
     ['"The patrols are routine."', "Our neighbours were told."]),
])
def test_a_glued_full_stop_ends_a_sentence(paragraph: str, expected: list[str]) -> None:
    assert _sentences(paragraph) == expected


@pytest.mark.parametrize("paragraph", [
    "The brief was signed by Gen.Smith of the Army staff.",
    "Details are at www.Navy.mil and on the base's page.",
    "The U.S. Navy sent two ships to the Gulf.",
    "Read it at defence.gov.au or State.gov.Uk readers too.",
])
def test_no_split_inside_abbreviations_or_addresses(paragraph: str) -> None:
    assert _sentences(paragraph) == [paragraph]
