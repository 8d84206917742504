"""Fact files round-trip losslessly and hand edits are validated with the field named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitbrief.core.errors import FactsError
from sitbrief.extract import extract_facts
from sitbrief.facts.io import dump_facts, parse_facts
from sitbrief.facts.model import Facts
from sitbrief.read.article import read_article

SEED = Path(__file__).resolve().parents[2] / "seeds" / "kyodo-2023-10-19-japan-australia-defence-talks.txt"


@pytest.fixture(scope="module")
def facts() -> Facts:
    return extract_facts(read_article(SEED))


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_round_trip_is_lossless(facts, fmt):
    text = dump_facts(facts, fmt)
    again = parse_facts(text, f"f.{fmt}")
    assert again == facts
    assert dump_facts(again, fmt) == text


def test_validates_against_json_schema(facts):
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(json.loads(dump_facts(facts, "json")), Facts.model_json_schema())


def _edit(facts, old, new):
    text = dump_facts(facts, "yaml")
    assert old in text
    return text.replace(old, new, 1)


def test_wrong_type_names_field_and_line(facts):
    text = _edit(facts, "  roles:\n", "  roles: 7\n  old_roles:\n")
    with pytest.raises(FactsError) as info:
        parse_facts(text, "facts.yaml")
    message = str(info.value)
    assert "people[0].roles" in message and "facts.yaml:" in message


@pytest.mark.parametrize("old,new,fragment", [
    ("schema_version: '1.1'", "schema_version: '1.1'\nextra_field: 1", "unknown field"),
    ("speaker: p-minoru-kihara", "speaker: p-nobody", "quotes[0].speaker"),
    ("- id: ev-2", "- id: ev-1", "duplicate id"),
    ("  - s5\n", "  - s999\n", "does not exist"),
])
def test_broken_references_are_refused(facts, old, new, fragment):
    with pytest.raises(FactsError, match=fragment.replace("[", r"\[").replace("]", r"\]")):
        parse_facts(_edit(facts, old, new), "facts.yaml")


@pytest.mark.parametrize("text,fragment", [
    ("a: &x [1]\nb: *x\n", "aliases"), ("a: 1\na: 2\n", "duplicate key"), ("a: [1,\n", "invalid YAML"),
    ("- 1\n- 2\n", "mapping"),
])
def test_yaml_safety(text, fragment):
    with pytest.raises(FactsError, match=fragment):
        parse_facts(text, "f.yaml")


def test_quote_edited_away_from_verbatim_is_refused(facts):
    quote = facts.quotes[0].text.split()[0]
    text = dump_facts(facts, "yaml").replace(quote, "INVENTED", 1)
    with pytest.raises(FactsError):
        parse_facts(text, "f.yaml")
