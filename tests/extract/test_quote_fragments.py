"""A quoted fragment after a verb of characterising is the words of that verb's subject."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, speaker


@pytest.mark.parametrize("body, name", [
    ("Foreign Minister Ana Ruiz on Tuesday accused the rebels of \u201ccowardly and reckless attacks\u201d "
     "on the port, according to the state news agency.", "Ana Ruiz"),
    ("President Tom Vale denounced the missile launch as \u201ca grave provocation\u201d in a televised address.",
     "Tom Vale"),
    ("Admiral Mark Hale described the exercise as \u201cthe most complex we have ever run\u201d.", "Mark Hale"),
    ("Defence Secretary Jane Ode yesterday branded the attack \u201can act of piracy\u201d, officials reported.",
     "Jane Ode"),
])
def test_the_subject_of_a_charge_speaks_the_fragment(body, name):
    assert speaker(facts(body)) == name


def test_a_fragment_about_a_person_is_not_theirs():
    f = facts("The rebels accused Defence Minister Ana Ruiz of \u201ccowardly and reckless attacks\u201d on the port.")
    assert f.quotes and speaker(f) != "Ana Ruiz"


@pytest.mark.parametrize("body, name", [
    ("Press Secretary Jane Ode briefed reporters on Monday.\n\n\u201cWe will act within days,\u201d the press "
     "secretary said, adding that Minister Tom Vale would travel to Rome.", "Jane Ode"),
    ("Foreign Minister Ana Ruiz spoke to reporters on Monday.\n\n\u201cThe talks were useful and frank,\u201d she "
     "said, noting that President Lin Wei had agreed to meet again.", "Ana Ruiz"),
    ("\u201cThe work is done and the ships will sail,\u201d said Minister Ana Ruiz, adding that Tom Vale agreed.",
     "Ana Ruiz"),
])
def test_a_person_named_after_the_attribution_clause_is_spoken_of(body, name):
    assert speaker(facts(body)) == name
