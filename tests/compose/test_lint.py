"""The estimative-language check: each kind of finding, with its field, line and the term to use."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitbrief.compose.lint import lint_facts
from sitbrief.facts.io import parse_facts_located
from sitbrief.layout import load_layout
from tests.compose.factfile import PHIA_JUDGEMENTS, fact_yaml
from tests.layout.test_scales import ACME


def findings(text: str, layout=None):
    """Return the findings of fact-file `text` against `layout` (default: default)."""
    facts, lines = parse_facts_located(text, "facts.yaml")
    return lint_facts(facts, layout or load_layout(), lines)


def one(judgement: str, layout=None, **extra):
    """Return the findings of a fact file holding the single judgement `judgement`."""
    return findings(fact_yaml(judgement, **extra), layout)


def line_of(text: str, needle: str) -> int:
    """Return the line number of the first line of `text` holding `needle`."""
    return next(n for n, line in enumerate(text.splitlines(), start=1) if needle in line)


def test_the_shipped_examples_are_clean(isolated: Path):
    assert findings(fact_yaml()) == []
    assert findings(fact_yaml(PHIA_JUDGEMENTS), load_layout("ministry")) == []


def test_a_likelihood_off_the_scale_is_an_error_with_its_line(isolated: Path):
    text = fact_yaml()
    found = findings(text, load_layout("ministry"))
    errors = [f for f in found if f.error]
    assert [f.field for f in errors] == ["assessment[0].likelihood", "assessment[1].likelihood"]
    assert errors[0].line == line_of(text, "likelihood: Very Likely")
    assert errors[1].text("facts.yaml").startswith(
        f"facts.yaml:{line_of(text, 'likelihood: roughly even chance')}: assessment[1].likelihood: "
        "'roughly even chance' is not a term of the UK PHIA probability yardstick (layout 'ministry'); "
        "use 'realistic possibility' (40\u201350%)")


@pytest.mark.parametrize("layout, word, term", [
    ("default", "could", "unlikely"),
    ("default", "may well", "likely"),
    ("default", "perhaps", "unlikely"),
    ("default", "possibly", "unlikely"),
    ("ministry", "probably", "likely"),
    ("ministry", "very likely", "highly likely"),  # ICD 203's term, not on the PHIA yardstick
    ("ministry", "could", "realistic possibility"),
])
def test_estimative_words_not_on_the_scale_get_the_scales_term(isolated: Path, layout, word, term):
    judgement = f"- {{text: The talks {word} resume in June., basis: [s4]}}\n"
    found = one(judgement, load_layout(layout))
    assert len(found) == 1 and found[0].field == "assessment[0].text" and not found[0].error
    assert f'"{word}" is estimative language not on the' in found[0].message
    assert f'write "{term}" (' in found[0].message


def test_words_on_the_scale_are_not_flagged_in_either_column(isolated: Path):
    judgement = "- {text: The talks will probably resume; a deal is likely., likelihood: likely, basis: [s4]}\n"
    assert one(judgement) == []


def test_the_month_may_is_not_a_hedge(isolated: Path):
    assert one("- {text: The talks will resume in May 2024., basis: [s4]}\n") == []
    assert one("- {text: Talks due in May are likely to slip., basis: [s4]}\n") == []
    found = one("- {text: 'May the talks slip? They may.', basis: [s4]}\n")
    assert [f.message.split('"')[1] for f in found] == ["May", "may"]


def test_likelihood_and_confidence_in_one_sentence(isolated: Path):
    judgement = ("- {text: 'The talks will resume. We judge with high confidence that a deal is likely.', "
                 "likelihood: likely, basis: [s4]}\n")
    found = one(judgement)
    assert len(found) == 1
    assert found[0].message.startswith('sentence 2 puts a likelihood ("likely") and a confidence '
                                       '("high confidence") together')
    assert "`confidence:`" in found[0].message


def test_confidence_building_is_not_a_confidence(isolated: Path):
    judgement = "- {text: Confidence-building talks are likely to resume., likelihood: likely, basis: [s4]}\n"
    assert one(judgement) == []


def test_text_that_contradicts_its_likelihood(isolated: Path):
    found = one("- {text: A deal is unlikely before May., likelihood: likely, basis: [s4]}\n")
    assert [f.message for f in found] == ['says "unlikely" but its likelihood is "likely"; make them agree '
                                          '(write "likely", or change `likelihood:`)']


def test_a_judgement_with_no_basis_is_told_which_sentences_share_its_words(isolated: Path):
    text = fact_yaml("- text: The joint laser project for surveillance will slip.\n  likelihood: likely\n")
    found = findings(text)
    assert [f.field for f in found] == ["assessment[0].basis"]
    assert found[0].line == line_of(text, "- text: The joint laser")
    assert "rests on no sentence" in found[0].message and "(sharing words with it: s3)" in found[0].message


def test_a_likelihood_word_in_a_fact_section_the_article_did_not_say(isolated: Path):
    bluf = "Australian troops will likely join two command post exercises."
    text = fact_yaml(bluf=bluf)
    found = findings(text)
    assert [f.field for f in found] == ["summary.bluf"]
    assert found[0].line == line_of(text, "bluf: Australian troops")
    assert found[0].message.startswith('"likely" is not in the article (sentences s1): a fact section reports')
    assert 'move the judgement to `assessment` with likelihood "likely"' in found[0].message


def test_a_hedge_the_article_itself_used_is_fine_in_a_fact_section(isolated: Path):
    text = fact_yaml().replace("title: Two-plus-two talks,", "title: Two-plus-two talks could be rescheduled,")
    assert findings(text) == []
    text = fact_yaml().replace("title: Two-plus-two talks,", "title: Two-plus-two talks will probably resume,")
    assert [f.field for f in findings(text)] == ["events[0].title"]


def test_a_custom_scale_suggests_its_own_terms(isolated: Path, make_layout):
    found = one("- {text: Prices could rise., likelihood: expected, basis: [s1]}\n",
                load_layout(make_layout("acme", ACME)))
    assert len(found) == 1 and 'write "medium risk" (30\u201370%)' in found[0].message


def test_json_fact_files_have_lines_too(isolated: Path):
    import json

    from sitbrief.facts.io import parse_facts

    data = json.dumps(parse_facts(fact_yaml()).model_dump(mode="json"), indent=2)
    facts, lines = parse_facts_located(data, "facts.json")
    found = lint_facts(facts, load_layout("ministry"), lines)
    assert found[0].line == line_of(data, '"likelihood": "Very Likely"')


def test_the_layouts_own_wording_must_not_turn_a_fact_into_a_judgement(isolated: Path, make_layout):
    from sitbrief.compose.lint import wording_findings
    from sitbrief.compose.single import compose
    from sitbrief.facts.io import parse_facts

    facts = parse_facts(fact_yaml())
    plain = load_layout()
    assert wording_findings(compose(facts, plain), facts, plain) == []
    folder = make_layout("hedgy", "name: hedgy\nextends: default\n",
                         {"bluf.j2": "{{ bluf }} Further drills are likely."})
    layout = load_layout(folder)
    found = wording_findings(compose(facts, layout), facts, layout)
    assert [f.text() for f in found] == ['section bluf: "likely" comes from the layout\'s wording, not from '
                                         "the article or the fact file; a fact section must not read as a "
                                         "judgement: reword the layout's template (bluf)"]
