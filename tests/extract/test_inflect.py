"""Tests of sitbrief.extract.inflect: every form of an event verb from its lemma."""

from __future__ import annotations

from sitbrief.extract.inflect import finite_forms, phrase_forms, verb_forms


def test_a_regular_verb_has_every_form_in_uk_and_us_spelling():
    assert {"travel", "travels", "travelled", "traveled", "travelling", "traveling"} <= verb_forms("travel")
    assert {"organise", "organize", "organised", "organized", "organising"} <= verb_forms("organise")
    assert {"carry", "carries", "carried", "carrying"} <= verb_forms("carry")
    assert {"convene", "convenes", "convened", "convening"} <= verb_forms("convene")


def test_an_irregular_verb_takes_its_forms_from_the_word_list():
    assert {"meet", "meets", "met", "meeting"} <= verb_forms("meet")
    assert {"have", "has", "had", "having"} <= verb_forms("have")
    assert "haves" not in verb_forms("have")
    assert {"take", "takes", "took", "taken", "taking"} <= verb_forms("take")


def test_a_phrase_inflects_its_first_word_and_keeps_the_rest():
    assert {"held talks with", "holds talks with", "holding talks with", "hold talks with"} <= phrase_forms(
        "hold talks with"
    )
    assert {"sat down with", "sits down with", "sitting down with"} <= phrase_forms("sit down with")


def test_the_finite_forms_are_the_third_person_and_the_past():
    assert finite_forms("appoint") == {"appoints", "appointed"}
    assert finite_forms("meet") == {"meets", "met"}
    assert "appoint" not in finite_forms("appoint")
