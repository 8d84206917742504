"""A first-person release told in the third person (extract/narrator.py)."""

from __future__ import annotations

from datetime import date

import pytest

from sitbrief.extract.narrator import narrated, speaks_as_i
from tests.extract.helpers import facts


def test_the_narrator_is_named_by_office_once_then_by_its_head():
    assert narrated(["On 4 May 2024 I visited the memorial, my last function as Minister for Defence.",
                     "I was accompanied by the Director, who thanked me."], "Minister for Defence") == [
        "On 4 May 2024 the Minister for Defence visited the memorial, the Minister's last function as Minister for "
        "Defence.",
        "The Minister was accompanied by the Director, who thanked the Minister."]


@pytest.mark.parametrize(
    ("text", "told"),
    [("I look forward to the visit.", "The Defence Secretary looks forward to the visit."),
     ("Minister Lee and I agreed to meet.", "Minister Lee and the Defence Secretary agreed to meet."),
     ("Minister Lee and I look forward to it.", "Minister Lee and the Defence Secretary look forward to it."),
     ("She said: \u201cI will go.\u201d", "She said: \u201cI will go.\u201d")],
)
def test_a_verb_after_i_agrees_and_a_quotation_stays(text: str, told: str) -> None:
    assert narrated([text], "Defence Secretary") == [told]


def test_first_person_singular_is_found_outside_quotations_only():
    assert speaks_as_i("Today I met the envoy.")
    assert not speaks_as_i("\u201cI met the envoy,\u201d she said.")
    assert not speaks_as_i("The Minister met the envoy in Lima.")


def test_a_ministers_own_release_is_told_of_the_office_its_headline_opens_on():
    found = facts("Today I visited the memorial in Vale and attended the ceremony, my last as minister.\n\n"
                  "I was accompanied by the Director of the memorial, Dr Ann Roe.",
                  header="Minister for Defence attends the ceremony at the memorial", published=date(2024, 6, 4))
    assert found.summary.bluf.startswith("On 4 June 2024 the Minister for Defence visited the memorial"), \
        found.summary.bluf
    assert "the Minister's last" in found.summary.bluf
    assert "The Minister was accompanied by the Director of the memorial, Dr Ann Roe." in found.summary.bluf


def test_with_no_office_to_name_the_narrator_stays_i():
    found = facts("Today I met the Minister for Defence of Vale, Ann Roe, to discuss our partnership.",
                  header="Norland and Vale strengthen their partnership", published=date(2024, 6, 4))
    assert " I met" in found.summary.bluf
