"""Judgement and grading fields: any scale's words validate; confidence and grading are normalised."""

from __future__ import annotations

import pytest

from sitbrief.core.errors import FactsError
from sitbrief.facts.io import dump_facts, parse_facts
from tests.compose.factfile import fact_yaml


@pytest.mark.parametrize("word", ["realistic possibility", "Very Likely", "nearly certain", "high risk"])
def test_any_scales_likelihood_validates_in_the_fact_file(word):
    judgement = f"- {{text: A judgement., likelihood: {word}, basis: [s1]}}\n"
    assert parse_facts(fact_yaml(judgement)).assessment[0].likelihood == word


@pytest.mark.parametrize("word", ["high", "Moderate confidence", "medium"])
def test_a_confidence_given_as_likelihood_is_refused_with_the_fix(word):
    text = fact_yaml(f"- {{text: A judgement., likelihood: {word}, basis: [s1]}}\n")
    with pytest.raises(FactsError, match=r"assessment\[0\]\.likelihood: .* is a confidence level, not a "
                                         r"likelihood; put it under `confidence:`"):
        parse_facts(text, "facts.yaml")


@pytest.mark.parametrize("written, stored", [("High", "high"), ("moderate confidence", "moderate")])
def test_confidence_in_any_case(written, stored):
    text = fact_yaml(f"- {{text: A judgement., confidence: {written}, basis: [s1]}}\n")
    assert parse_facts(text).assessment[0].confidence == stored


@pytest.mark.parametrize("written, stored", [("B2", "B2"), ("b2", "B2"), ("F-6", "F6"), ("a/1", "A1"), ("C 3", "C3")])
def test_admiralty_grading_is_normalised(written, stored):
    facts = parse_facts(fact_yaml(grading=f"'{written}'"))
    assert facts.sources[0].grading == stored
    assert f"grading: {stored}" in dump_facts(facts)


@pytest.mark.parametrize("bad", ["G2", "B7", "B", "2B", "B22"])
def test_a_grading_outside_a_f_1_6_is_refused_with_line(bad):
    text = fact_yaml(grading=f"'{bad}'")
    line = next(n for n, row in enumerate(text.splitlines(), start=1) if "grading:" in row)
    with pytest.raises(FactsError) as caught:
        parse_facts(text, "facts.yaml")
    assert str(caught.value) == (f"facts.yaml:{line}: sources[0].grading: '{bad}' is not an Admiralty grading: "
                                 "write the source's reliability A-F then the information's credibility 1-6, "
                                 "e.g. 'B2'")


def test_json_fact_file_errors_name_the_line_too():
    import json

    data = json.loads(json.dumps(parse_facts(fact_yaml()).model_dump(mode="json")))
    data["sources"][0]["grading"] = "Z9"
    text = json.dumps(data, indent=2)
    line = next(n for n, row in enumerate(text.splitlines(), start=1) if '"grading"' in row)
    with pytest.raises(FactsError, match=rf"^facts\.json:{line}: sources\[0\]\.grading: 'Z9' is not"):
        parse_facts(text, "facts.json")
