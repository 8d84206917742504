"""The trigger a date belongs to: a date after a noun's participle of origin is that participle's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.helpers import facts

PUB = date(2024, 6, 5)


@pytest.mark.parametrize(
    "sentence,verb,year",
    [
        ("Hagel joined Kerry in meeting the foreign ministers of the SCF, a consultative body formed in 2012 to "
         "enhance cooperation.", "meet", "2012"),
        ("The minister toured the shipyard, built in 1940, and met the workers.", "meet", "1940"),
        ("Officials attended a ceremony at the memorial, built in 2015 by the council.", "attend", "2015"),
        ("The ministers met the staff of the joint centre, established in 2019 at Northwood.", "meet", "2019"),
    ],
)
def test_a_date_after_a_participle_of_origin_is_not_the_verb_s(sentence, verb, year):
    told = [e for e in facts(sentence, published=PUB).events if verb in e.title.lower()]
    assert told
    assert all(not (e.when.start or "").startswith(year) for e in told)


@pytest.mark.parametrize(
    "sentence,start",
    [
        ("The minister signed the agreement in 2012.", "2012"),
        ("The agreement was signed in 2012 by the two ministers.", "2012"),
        ("The Royal Navy's newest frigate, commissioned in May, sailed for the Pacific on Monday.", "2024-06-03"),
    ],
)
def test_a_verb_keeps_its_own_date(sentence, start):
    assert any(e.when.start == start for e in facts(sentence, published=PUB).events)
