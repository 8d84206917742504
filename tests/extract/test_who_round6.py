"""Who is who, round 6: failure classes probed with invented sentences in several wordings."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, person


@pytest.mark.parametrize("body", [
    "Air Marshal Tom Reed, Chief of Air Force, Vice Admiral Ana Ruiz, Chief of Navy, and Lieutenant General "
    "Bo Lindqvist, Chief of Army, attended the ceremony.",
    "Present were Gen. Tom Reed, Commander of Joint Forces, Rear Adm. Ana Ruiz, Commander of the Fleet, and "
    "others.",
])
def test_an_office_between_commas_after_a_name_is_that_persons(body):
    f = facts(body)
    assert not any("Air Force" in r or "Joint Forces" in r for r in person(f, "Ana Ruiz").roles)
    assert any(r.startswith("Chief of") or r.startswith("Commander of") for r in person(f, "Tom Reed").roles)


@pytest.mark.parametrize("body, name", [
    ("LONDON \u2014 Defence Secretary Tom Reed met his Australian counterpart Ana Ruiz in London today.", "Ana Ruiz"),
    ("The minister will hold talks with her Japanese counterpart, Kenji Arata, on Friday.", "Kenji Arata"),
    ("Secretary Tom Reed spoke with his opposite number, Ana Ruiz, by phone.", "Ana Ruiz"),
])
def test_a_counterpart_alone_is_no_role(body, name):
    p = person(facts(body), name)
    assert p.roles == []


def test_a_counterpart_keeps_the_nationality_it_gives():
    f = facts("LONDON \u2014 Defence Secretary Tom Reed met his Australian counterpart Ana Ruiz in London today.")
    assert person(f, "Ana Ruiz").affiliation == "Australia"


def test_a_counterpart_with_an_office_keeps_the_office():
    f = facts("The minister met his Japanese counterpart, Defence Minister Kenji Arata, in Tokyo.")
    assert "Defence Minister" in person(f, "Kenji Arata").roles
