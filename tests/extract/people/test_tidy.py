"""Tidying people's roles: no role holds another person's name."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, person


@pytest.mark.parametrize("body, roles", [
    ("The leaders praised the work of Secretary Rubio, National Security Advisor Waltz, Special Envoy Kellogg, "
     "and others.", {"Rubio": ["Secretary"], "Waltz": ["National Security Advisor"], "Kellogg": ["Special Envoy"]}),
    ("The Prime Minister thanked Foreign Secretary Lammy, Defence Secretary Healey and Chancellor Reeves for their "
     "work.", {"Lammy": ["Foreign Secretary"], "Healey": ["Defence Secretary"], "Reeves": ["Chancellor"]}),
    ("The leaders welcomed the work of Chancellor Merz, President Macron, Prime Minister Meloni, and others.",
     {"Merz": ["Chancellor"], "Macron": ["President"], "Meloni": ["Prime Minister"]}),
    ("Joining the call were Secretary Hegseth, Chairman Caine, Ambassador Whitaker and Envoy Witkoff.",
     {"Hegseth": ["Secretary"], "Caine": ["Chairman"], "Whitaker": ["Ambassador"], "Witkoff": ["Envoy"]}),
])
def test_in_a_run_of_titled_surnames_each_title_goes_to_the_name_it_precedes(body, roles):
    found = facts(body)
    assert {name: person(found, name).roles for name in roles} == roles
