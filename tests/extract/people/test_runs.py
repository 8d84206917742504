"""Cutting capitalised runs: offices joined by a slash stay one person's."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, person


@pytest.mark.parametrize("body, name, role", [
    ("Secretary Tom Reed met Deputy Prime Minister/Foreign Minister Ana Ruiz of Pakistan.", "Ana Ruiz",
     "Deputy Prime Minister/Foreign Minister"),
    ("Prime Minister/Defence Minister Tom Reed chaired the meeting.", "Tom Reed", "Prime Minister/Defence Minister"),
    ("The envoy called on Deputy Prime Minister/Minister of Foreign Affairs Ana Ruiz in Bangkok.", "Ana Ruiz",
     "Deputy Prime Minister/Minister of Foreign Affairs"),
])
def test_offices_joined_by_a_slash_are_one_role(body, name, role):
    found = person(facts(body), name)
    assert found is not None and found.roles == [role]
