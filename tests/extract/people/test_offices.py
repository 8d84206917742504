"""Offices written apart from the names they belong to."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, person


@pytest.mark.parametrize("body, roles", [
    ("The Australian Ministers for Foreign Affairs and Defence, Ana Ruiz and Tom Reed, met today in Perth.",
     {"Ana Ruiz": ["Minister for Foreign Affairs"], "Tom Reed": ["Minister for Defence"]}),
    ("The U.S. Secretaries of State and Defense, Ana Ruiz and Tom Reed, hosted their counterparts in Washington.",
     {"Ana Ruiz": ["Secretary of State"], "Tom Reed": ["Secretary of Defense"]}),
    ("The Ministers for Trade and Agriculture, Ana Ruiz and Tom Reed, signed the deal.",
     {"Ana Ruiz": ["Minister for Trade"], "Tom Reed": ["Minister for Agriculture"]}),
])
def test_a_plural_office_of_two_remits_goes_to_the_two_names_in_order(body, roles):
    found = facts(body)
    assert {name: person(found, name).roles for name in roles} == roles


def test_a_plural_office_not_written_out_per_remit_gives_no_office():
    found = facts("Japan's Foreign and Defense Ministers, Ana Ruiz and Tom Reed, arrived in Manila on Monday.")
    assert person(found, "Ana Ruiz").roles == [] and person(found, "Tom Reed").roles == []
