"""Tests of sitbrief.extract.people.mentions: make people of mentions and link later mentions (surname, title and
surname) to them."""

from __future__ import annotations

from tests.extract.helpers import facts, person


def test_a_figures_surname_after_an_arabic_article_stands_alone():
    f = facts("The ministers discussed a political process that would lead to the end of the Asad regime.")
    assert [p.name for p in f.people] == ["Asad"]


def test_a_well_known_surname_alone_is_that_person():
    f = facts("The leaders spoke about Putin\u2019s blockade of the port, so that Ukraine succeeds and Putin fails.")
    found = person(f, "Putin")
    assert found is not None and found.affiliation == "Russia"
    assert person(facts("The delegates walked to the store and then to the hockey rink."), "Store") is None
