"""The benchmark's matching rules on tiny hand-written inputs."""

from __future__ import annotations

from benchmarks.extraction import match
from benchmarks.extraction.lexicon import canonical_country
from benchmarks.extraction.text import quote_key, words


def test_names_match_surname_and_full_forms():
    assert match.names_match("Lloyd J. Austin III", "Austin")
    assert match.names_match("Christopher Luxon", "Mr Luxon's")
    assert match.names_match("Joseph R. Biden, Jr.", "President Joseph R. Biden")
    assert match.names_match("John Smith", "J. Smith")


def test_names_with_conflicting_given_names_or_other_surnames_do_not_match():
    assert not match.names_match("John Smith", "Jane Smith")
    assert not match.names_match("Richard Marles", "Penny Wong")


def test_names_ignore_accents_and_case():
    assert match.name_score("José Manuel Albares", "JOSE MANUEL ALBARES") == 3


def test_full_name_beats_surname_only_in_one_to_one_pairing():
    golds, preds = ["Kim Yong-hyun", "Kim Jong Un"], ["Kim Jong Un", "Kim"]
    pairs = match.pair_up(golds, preds, match.name_score)
    assert pairs == [(0, 1), (1, 0)]


def test_place_containment_is_symmetric():
    assert match.place_score("Pacific", "Pacific Ocean") > 0
    assert match.place_score("Pacific Ocean", "Pacific") > 0
    assert match.place_score("the South China Sea", "South China Sea") == 3
    assert match.place_score("Manila", "Tokyo") == 0
    assert match.place_score("Indo-Pacific", "Pacific") > 0


def test_exact_place_preferred_over_containing_one():
    pairs = match.pair_up(["Pacific", "Pacific Ocean"], ["Pacific Ocean", "Pacific"], match.place_score)
    assert pairs == [(0, 1), (1, 0)]


def test_country_aliases_come_from_the_data_file():
    for alias in ("U.S.", "US", "United States of America", "America", "the United States"):
        assert canonical_country(alias) == "United States"
    assert canonical_country("Britain") == "United Kingdom"
    assert canonical_country("Manila") is None
    assert match.same_place("U.S.", "United States")


def test_organisations_match_by_spelling_variant_acronym_or_containment():
    assert match.org_score("United States Navy", None, "U.S. Navy", None) == 3
    assert match.org_score("Ministry of Defence", None, "Ministry of Defense", None) == 3
    assert match.org_score("North Atlantic Treaty Organization", "NATO", "NATO", None) > 0
    assert match.org_score("Philippine Senate", None, "Senate", None) > 0
    assert match.org_score("Philippine Senate", None, "Philippine Navy", None) == 0


def test_quote_marks_and_whitespace_are_normalised():
    assert quote_key("“We stand firm,”") == quote_key('"We  stand firm"')
    assert words("Luxon’s visit") == words("Luxon's visit") == ["luxon", "visit"]


def test_one_prediction_may_cover_several_paragraphs_of_a_block_quote():
    gold = "The Philippines welcomes this step.\n\nIt strengthens our alliance."
    assert match.quote_overlap(gold, "The Philippines welcomes this step. It strengthens our alliance.") > 0
    assert match.quote_overlap(gold, "“It strengthens our alliance.”") > 0
    assert match.quote_overlap(gold, "The Philippines welcomes this step.\n\nIt strengthens our alliance.") > 0
    assert match.quote_overlap(gold, "this step. It strengthens") > 0
    assert match.quote_overlap(gold, "We reject this step.") == 0


def test_events_are_paired_by_content_not_by_list_position():
    golds = [{"what": "Marles meets Teodoro in Manila", "kind": "meeting", "when": "2024-03-01", "where": "Manila"},
             {"what": "Joint exercise in the Philippine Sea", "kind": "exercise", "when": "2024-04", "where": None}]
    preds = [{"what": "Joint maritime exercise", "kind": "exercise", "when": "2024-04", "where": None},
             {"what": "Meeting with Teodoro", "kind": "talks", "when": "2024-03-01", "where": "Manila"},
             {"what": "Statement", "kind": "statement", "when": None, "where": None}]
    assert match.pair_up(golds, preds, match.event_score) == [(0, 1), (1, 0)]


def test_event_needs_a_shared_content_word():
    gold = {"what": "Leaders meet", "kind": "meeting", "when": "2024-03-01", "where": "Manila"}
    pred = {"what": "Talks held", "kind": "meeting", "when": "2024-03-01", "where": "Manila"}
    assert match.event_score(gold, pred) == 0


def test_dates_compare_at_the_gold_precision():
    assert match.date_right("2024-04", "2024-04-12")
    assert match.date_right("2024", "2024-04")
    assert not match.date_right("2024-04-12", "2024-04")
    assert not match.date_right("2024-04", None)


def test_role_heads_and_loose_roles():
    assert match.role_head("Secretary of State") == "secretary"
    assert match.role_head("Defence Minister") == "minister"
    assert match.role_head("Deputy Prime Minister and Minister for Defence") == "minister"
    assert match.loose_role("Minister for Defence", ["Defence Minister"])


def test_strict_roles_refuse_verbs_and_names():
    names = ["Richard Marles", "Gilberto Teodoro"]
    assert match.strict_role("Secretary of National Defense", ["Secretary of National Defense"], names)
    assert not match.strict_role("Minister for Defence", ["Minister for Defence Richard Marles met"], names)
    assert not match.strict_role("Minister for Defence", ["Minister for Defence", "counterpart of Teodoro"], names)
    assert not match.strict_role("Minister for Defence", ["Defence Minister"], names)


def test_affiliation_keys_unify_aliases_and_acronyms():
    assert match.affiliation_key("U.S.") == match.affiliation_key("United States")
    assert match.affiliation_key("NATO") == match.affiliation_key("North Atlantic Treaty Organization")
    assert match.affiliation_key("Japan") != match.affiliation_key("China")


def test_lint_accepts_a_quote_broken_by_an_attribution():
    from benchmarks.extraction.lint import quote_in_text

    article = quote_key('"We will," she said, "stand firm." Then she left.')
    assert quote_in_text(quote_key("We will, stand firm."), article)
    assert quote_in_text(quote_key("We will stand firm"), article)
    assert not quote_in_text(quote_key("We will never leave"), article)


def test_name_with_a_stray_word_or_another_order_still_matches():
    assert match.name_score("Catherine West", "Indo-Pacific Catherine West") == 2
    assert match.name_score("Kishida Fumio", "Fumio Kishida") == 2
