"""Hostile fact files through `sitbrief build`: refused in one line naming the field, or rendered safely."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from sitbrief.core.yamlio import dump_yaml
from sitbrief.extract import extract_facts
from sitbrief.facts.io import dump_facts
from sitbrief.read.article import read_article
from tests.hostile.helpers import (
    PPTX_ESCAPE,
    REPLACEMENT,
    SEED,
    build,
    invoke,
    needs_poppler,
    pdf_body_text,
    solid,
    time_limit,
)

LONG_TOKEN = "x" * 10_000


@pytest.fixture(scope="module")
def seed() -> dict:
    """Return the seed article's fact model as plain data."""
    return json.loads(dump_facts(extract_facts(read_article(SEED)), "json"))


def _set(path: str, value) -> Callable[[dict], None]:
    """Return an edit setting the dotted/indexed `path` (e.g. ``people.0.roles``) to `value`."""
    def edit(data: dict) -> None:
        *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
        node = data
        for part in parents:
            node = node[part]
        node[last] = value(node) if callable(value) else value
    return edit


def _write(tmp_path: Path, data, fmt: str) -> Path:
    """Write fact data as YAML or JSON and return the file."""
    path = tmp_path / f"facts.{fmt}"
    text = json.dumps(data, ensure_ascii=False, indent=1) if fmt == "json" else dump_yaml(data)
    path.write_text(text, encoding="utf-8")
    return path


def _refused(path: Path, out: Path) -> str:
    """Build `path`, assert it is refused as an input error in one line, and return that line."""
    result = invoke("build", str(path), "--out", str(out))
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.exit_code == 1, result.stderr
    assert len(lines) == 1 and lines[0].startswith("sitbrief: error:"), result.stderr
    assert not out.exists() or not [p for p in out.rglob("*") if p.is_file()]
    return lines[0]


EDITS = [
    pytest.param(_set("people.0.roles", 7), "people[0].roles: Input should be a valid list", id="wrong-type-list"),
    pytest.param(_set("article.sentences.0.start", "zero"), "article.sentences[0].start: Input should be a valid "
                 "integer", id="wrong-type-int"),
    pytest.param(_set("events.0.when.start", "October 2023"), "events[0].when.start: String should match pattern",
                 id="wrong-date-format"),
    pytest.param(_set("events.0.kind", "party"), "events[0].kind: Input should be 'meeting'", id="wrong-literal"),
    pytest.param(_set("people.0.name", ""), "people[0].name: String should have at least 1 character",
                 id="empty-name"),
    pytest.param(_set("people.0.id", "Bad Id!"), "people[0].id: String should match pattern", id="bad-id"),
    pytest.param(_set("schema_version", "2.0"),
                 "schema_version: fact schema '2.0' is not one this sitbrief reads ('1.0', '1.1'", id="schema-version"),
    pytest.param(_set("extra_field", 1), "extra_field: unknown field", id="unknown-top-level-field"),
    pytest.param(_set("people.0.nickname", "Kiha"), "people[0].nickname: unknown field", id="unknown-nested-field"),
    pytest.param(_set("quotes.0.speaker", "p-nobody"), "quotes[0].speaker: 'p-nobody' is not the id of anyone "
                 "in people", id="dangling-speaker"),
    pytest.param(_set("events.0.where", "pl-atlantis"), "events[0].where: 'pl-atlantis' is not the id of any "
                 "place", id="dangling-place"),
    pytest.param(_set("events.0.participants", ["o-nobody"]), "events[0].participants: 'o-nobody' is not a "
                 "person, organisation or place id", id="dangling-participant"),
    pytest.param(_set("people.1.id", "p-minoru-kihara"), "people[1].id: duplicate id "
                 "'p-minoru-kihara' (also used in people[0])", id="duplicate-id"),
    pytest.param(_set("article.sentences.1.id", "s1"), "article.sentences: duplicate sentence ids",
                 id="duplicate-sentence-id"),
    pytest.param(_set("people.0.evidence", ["s999"]), "people[0].evidence: sentence 's999' does not exist",
                 id="evidence-pointing-nowhere"),
    pytest.param(_set("people.0.evidence", []), "people[0].evidence: List should have at least 1 item",
                 id="no-evidence"),
    pytest.param(_set("summary.key_points.0.evidence", ["s404"]), "summary.key_points[0].evidence: sentence "
                 "'s404' does not exist", id="key-point-evidence-nowhere"),
    pytest.param(_set("assessment", [{"text": "Likely routine.", "basis": ["s404"]}]), "assessment[0].basis: "
                 "sentence 's404' does not exist", id="judgement-basis-nowhere"),
    pytest.param(_set("quotes.0.text", "Words nobody said."), "quotes[0].text: not found verbatim in its "
                 "evidence sentences", id="quote-not-verbatim"),
    pytest.param(_set("context", [{"text": "x" * 30_000, "evidence": ["s1"]}]), "context[0].text: String should "
                 "have at most 20000 characters", id="30000-character-value"),
    pytest.param(_set("summary.headline", "h" * 501), "summary.headline: String should have at most 500 "
                 "characters (it has 501)", id="long-headline"),
    pytest.param(_set("article.title", LONG_TOKEN), "article.title: String should have at most 500 characters",
                 id="long-article-title"),
    pytest.param(_set("events.0.title", LONG_TOKEN), "events[0].title: String should have at most 500 characters",
                 id="long-event-title"),
    pytest.param(_set("related", ["r" * 501]), "related[0]: String should have at most 500 characters",
                 id="long-related-item"),
    pytest.param(_set("related", ["r"] * 101), "related: List should have at most 100 items", id="many-related"),
    pytest.param(_set("report", {"number": 2, "title": "t" * 501}), "report.title: String should have at most 500 "
                 "characters", id="long-report-title"),
    pytest.param(_set("discrepancies", [{"about": "date", "subject": "s" * 501, "versions": [
        {"text": "2024-03-03", "sources": ["src-1"], "evidence": ["s1"]},
        {"text": "2024-03-04", "sources": ["src-1"], "evidence": ["s1"]}]}]),
                 "discrepancies[0].subject: String should have at most 500 characters", id="long-disputed-subject"),
    pytest.param(_set("people.0.name", "n" * 301), "people[0].name: String should have at most 300 characters",
                 id="long-name"),
    pytest.param(_set("people.0.roles", ["r" * 301]), "people[0].roles[0]: String should have at most 300",
                 id="long-role"),
    pytest.param(_set("summary.bluf", "b" * 20_001), "summary.bluf: String should have at most 20000",
                 id="long-bluf"),
    pytest.param(_set("people.0.name", "\u200b\u2060"), "people[0].name: String should have at least 1 character",
                 id="invisible-only-name"),
]


@pytest.mark.parametrize("fmt", ["yaml", "json"])
@pytest.mark.parametrize("edit, fragment", EDITS)
def test_invalid_fact_file_is_refused_naming_the_field(tmp_path: Path, seed: dict, edit, fragment: str,
                                                       fmt: str) -> None:
    data = copy.deepcopy(seed)
    edit(data)
    line = _refused(_write(tmp_path, data, fmt), tmp_path / "out")
    assert f"facts.{fmt}" in line and fragment in line


TEXTS = [
    pytest.param("schema_version: '1.0'\narticle: [unclosed\n", "yaml", "facts.yaml:3: invalid YAML",
                 id="invalid-yaml"),
    pytest.param('{"schema_version": "1.0",}', "json", "facts.json:1: invalid JSON: Expecting property name",
                 id="invalid-json"),
    pytest.param("a: 1\na: 2\n", "yaml", "facts.yaml:2: duplicate key 'a' (first on line 1)", id="yaml-duplicate-key"),
    pytest.param('{"a": 1, "a": 2}', "json", "invalid JSON: duplicate key 'a'", id="json-duplicate-key"),
    pytest.param("a: &x [1]\nb: *x\n", "yaml", "facts.yaml:2: YAML aliases (*name) are not allowed", id="yaml-alias"),
    pytest.param("!!python/object/apply:os.system ['true']\n", "yaml", "could not determine a constructor",
                 id="yaml-python-tag"),
    pytest.param("? [a, b]\n: 1\n", "yaml", "mapping keys must be plain words", id="yaml-complex-key"),
    pytest.param("a: 1\n\x00\n", "yaml", "facts.yaml:2: invalid YAML: character U+0000 is not allowed",
                 id="yaml-nul"),
    pytest.param("- 1\n- 2\n", "yaml", "a fact file must be a mapping", id="top-level-list"),
    pytest.param("", "yaml", "a fact file must be a mapping", id="empty-yaml"),
    pytest.param("[" * 50_000, "json", "invalid JSON: nested too deeply", id="json-nesting-bomb"),
    pytest.param("a: " + "[" * 50_000, "yaml", "invalid YAML: nested too deeply", id="yaml-nesting-bomb"),
]


@pytest.mark.parametrize("text, fmt, fragment", TEXTS)
def test_malformed_fact_file_is_refused(tmp_path: Path, text: str, fmt: str, fragment: str) -> None:
    path = tmp_path / f"facts.{fmt}"
    path.write_text(text, encoding="utf-8")
    assert fragment in _refused(path, tmp_path / "out")


def test_non_utf8_fact_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "facts.yaml"
    path.write_bytes("schema_version: '1.0'\nrelated: [Café]\n".encode("cp1252"))
    line = _refused(path, tmp_path / "out")
    assert "facts.yaml:2: not valid UTF-8 (byte 0xe9 at offset 35); save the fact file as UTF-8" in line


def test_yaml_error_names_the_line_of_the_field(tmp_path: Path, seed: dict) -> None:
    path = _write(tmp_path, seed, "yaml")
    text = path.read_text()
    path.write_text(text.replace("  roles:\n", "  roles: 7\n  old_roles:\n", 1))
    line = _refused(path, tmp_path / "out")
    number = text[:text.index("  roles:\n")].count("\n") + 1
    assert f"facts.yaml:{number}: people[0].roles" in line


def _read_pdf_strictly(path: Path) -> None:
    """Assert qpdf finds no damage in `path`."""
    if shutil.which("qpdf"):
        subprocess.run(["qpdf", "--check", str(path)], capture_output=True, check=True)


# field, its own letter (so that each field's text can be told apart), and what must show:
# "whole" (every character; in the deck maybe over continuation slides), "pdf" (whole in the PDF;
# the deck does not show it) or "start" (the beginning; boxes shorten the rest).
LONG_FIELDS = [
    ("summary.bluf", "ж", "whole", 10_000),
    ("assessment", "ω", "whole", 10_000),
    ("related.0", "ß", "pdf", 500),
    ("people.0.name", "þ", "start", 300),
    ("people.0.roles.0", "ð", "start", 300),
    ("organisations.0.name", "ø", "start", 300),
    ("article.source", "æ", "start", 300),
]


def _long_value_build(tmp_path: Path, seed: dict, values: dict[str, str], seconds: float):
    """Build the seed facts with each field of `values` set, within `seconds`; return the build."""
    data = copy.deepcopy(seed)
    data.setdefault("related", []).append("placeholder")
    for field, value in values.items():
        if field == "assessment":
            data["assessment"] = [{"text": value, "likelihood": "likely", "confidence": "low"}]
        else:
            _set(field, value)(data)
    with time_limit(seconds):
        return build(_write(tmp_path, data, "json"), tmp_path / "out")


@needs_poppler
@pytest.mark.slow
def test_10000_character_values_are_rendered_safely(tmp_path: Path, seed: dict) -> None:
    """One build with every long field set to one token as long as its field allows (words wrap more easily)."""
    values = {field: letter * size for field, letter, _, size in LONG_FIELDS}
    built = _long_value_build(tmp_path, seed, values, 60)
    assert built.code == 0, built.stderr
    pdf = next(p for p in built.outputs if p.suffix == ".pdf")
    _read_pdf_strictly(pdf)
    body, deck = solid(pdf_body_text(pdf)), solid(built.deck)
    assert REPLACEMENT not in body + deck and PPTX_ESCAPE not in deck
    for field, letter, shown, _ in LONG_FIELDS:
        value = solid(values[field])
        if shown == "start":
            assert value[:40] in body and value[:40] in deck, field
        else:
            assert value in body, f"{field} is not whole in the PDF"
        if shown == "whole":
            assert deck.count(letter) >= value.count(letter), f"{field} lost text in the deck"


@pytest.mark.parametrize("field", [
    pytest.param("summary.headline", id="headline"),
    pytest.param("events.0.title", id="event-title"),
])
def test_a_title_at_its_cap_builds_in_seconds(tmp_path: Path, seed: dict, field: str) -> None:
    built = _long_value_build(tmp_path, seed, {field: "x" * 500}, 4)
    assert built.code == 0, built.stderr  # a timeout shows as "internal error: TimeoutError" (exit 70)


def test_invisible_characters_are_removed_from_names_and_titles_of_a_fact_file(tmp_path: Path, seed: dict) -> None:
    data = copy.deepcopy(seed)
    data["people"][0]["name"] = "Mino\u200bru Ki\u2060hara\U000e0041\u200f"
    data["summary"]["headline"] = "\ufeffTalks\u202e held\u200d"
    data["organisations"][0]["name"] += "\u2063"
    built = build(_write(tmp_path, data, "yaml"), tmp_path / "out")
    assert built.code == 0, built.stderr
    assert "Minoru Kihara" in built.deck and "Talks held" in built.deck
    for char in "\u200b\u2060\U000e0041\u200f\ufeff\u202e\u200d\u2063":
        assert char not in built.deck, f"U+{ord(char):04X}"
