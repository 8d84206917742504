"""Organisations and places, round 5: missions, facilities, state abbreviations, formal country names."""

from __future__ import annotations

from tests.extract.helpers import facts


def orgs(body: str) -> dict[str, object]:
    """Return the organisations of `body` by name."""
    return {o.name: o for o in facts(body).organisations}


def places(body: str) -> dict[str, str]:
    """Return the places (countries included) of `body`, name -> kind."""
    return {p.name: p.kind for p in facts(body).places}


def test_a_named_mission_is_an_operation_not_an_organisation():
    found = orgs("Officials praised Norway's part in the Steadfast Harbour Mission in Libya on Monday.")
    assert not any("Mission" in name for name in found)
