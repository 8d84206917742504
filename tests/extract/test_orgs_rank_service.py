"""A service written before a rank qualifies the rank: it is no part of the body named before it."""

from __future__ import annotations

import pytest

from tests.extract.helpers import orgs


@pytest.mark.parametrize("body, body_name", [
    ("Chairman of the Joint Chiefs of Staff Army Gen. Mark Milley met the minister on Monday.",
     "Joint Chiefs of Staff"),
    ("Director of the Missile Defense Agency Air Force Lt. Gen. Heath Collins spoke on Tuesday.",
     "Missile Defense Agency"),
    ("The head of Pacific Air Forces Command Marine Corps Maj. Gen. Ann Ruiz arrived in Manila.",
     "Pacific Air Forces Command"),
])
def test_the_service_before_a_rank_is_cut_from_the_body(body, body_name):
    found = orgs(body)
    assert body_name in found
    assert not any(name.startswith(body_name + " ") for name in found)


def test_a_body_named_after_its_service_keeps_it():
    assert "Royal Australian Navy" in orgs("Chief of the Royal Australian Navy Vice Adm. Mark Hammond met them.")
