"""Key judgements in the layout's scale, where the layout places them; grading explained."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitbrief.compose.brief import KeyJudgements, Sources
from sitbrief.compose.single import compose
from sitbrief.core.errors import FactsError
from sitbrief.facts.io import parse_facts
from sitbrief.layout import load_layout
from tests.compose.factfile import PHIA_JUDGEMENTS, fact_yaml
from tests.layout.test_scales import ACME


def block(brief, kind):
    """Return the first block of the section `kind`."""
    return next(s for s in brief.sections if s.kind == kind).blocks[0]


def test_default_prints_icd203_terms_with_ranges_after_the_bluf(isolated: Path):
    brief = compose(parse_facts(fact_yaml()), load_layout())
    kinds = [s.kind for s in brief.sections]
    assert kinds.index("key_judgements") == kinds.index("bluf") + 1
    assert "assessment" not in kinds
    slides = [s.kind for s in brief.slides]
    assert slides.index("key_judgements") == slides.index("bluf") + 1
    judgements = block(brief, "key_judgements")
    assert isinstance(judgements, KeyJudgements)
    assert [j.qualifier for j in judgements.items] == [
        "Very likely (80\u201395%) \u00b7 Moderate confidence",
        "Roughly even chance (45\u201355%) \u00b7 Low confidence",
        "Likely (55\u201380%) \u00b7 High confidence",  # "probable" is ICD 203's second column
    ]
    assert [j.refs for j in judgements.items] == [["s1"], ["s3"], ["s4"]]
    assert judgements.legend == ""  # the default layout does not ask for one
    assert {"s1", "s3", "s4"} <= set(brief.evidence)


def test_ministry_leads_with_phia_terms_and_a_legend(isolated: Path):
    brief = compose(parse_facts(fact_yaml(PHIA_JUDGEMENTS)), load_layout("ministry"))
    assert brief.sections[0].kind == "key_judgements"
    assert brief.sections[0].title == "1. Key judgements"
    assert [s.kind for s in brief.slides][:3] == ["title", "key_judgements", "bluf"]
    judgements = block(brief, "key_judgements")
    assert [j.qualifier for j in judgements.items] == [
        "HIGHLY LIKELY (80\u201390%) \u00b7 MODERATE CONFIDENCE",
        "REALISTIC POSSIBILITY (40\u201350%) \u00b7 LOW CONFIDENCE",
        "LIKELY (55\u201375%) \u00b7 HIGH CONFIDENCE",
    ]
    assert judgements.items[0].text.startswith("(OS) ")
    assert judgements.legend.startswith("Likelihood (PHIA yardstick): remote chance 0\u20135% \u00b7 ")
    assert "almost certain 95\u2013100%." in judgements.legend


def test_a_custom_scale_is_printed_in_its_own_terms(isolated: Path, make_layout):
    judgements = """\
        - {text: Prices will rise., likelihood: Expected, confidence: low, basis: [s1]}
    """
    brief = compose(parse_facts(fact_yaml(judgements)), load_layout(make_layout("acme", ACME)))
    kj = block(brief, "key_judgements")
    assert kj.items[0].qualifier == "High risk (70\u2013100%) \u00b7 Low confidence"
    assert kj.legend.startswith("Likelihood (Acme): low risk 0\u201330% \u00b7 medium risk")


def test_ranges_can_be_switched_off(isolated: Path, make_layout):
    folder = make_layout("plain", "name: plain\nextends: default\nlikelihood: {ranges: false}\n")
    brief = compose(parse_facts(fact_yaml()), load_layout(folder))
    assert block(brief, "key_judgements").items[0].qualifier == "Very likely \u00b7 Moderate confidence"


def test_a_term_not_on_the_layouts_scale_is_refused_with_the_term_to_use(isolated: Path):
    with pytest.raises(FactsError) as caught:
        compose(parse_facts(fact_yaml()), load_layout("ministry"))
    message = str(caught.value)
    assert message.startswith("assessment[0].likelihood: 'Very Likely' is not a term of the UK PHIA "
                              "probability yardstick (layout 'ministry'); use 'highly likely' (80\u201390%)")


def test_no_judgements_no_block(isolated: Path):
    brief = compose(parse_facts(fact_yaml("")), load_layout())
    assert "key_judgements" not in [s.kind for s in brief.sections + brief.slides]


def test_assessment_section_still_words_judgements_in_the_scale(isolated: Path, make_layout):
    folder = make_layout("old", """\
        name: old
        extends: default
        likelihood: {legend: true}
        report:
          sections: [{kind: header}, {kind: bluf}, {kind: assessment}]
        """)
    brief = compose(parse_facts(fact_yaml()), load_layout(folder))
    blocks = next(s for s in brief.sections if s.kind == "assessment").blocks
    assert blocks[2].qualifier == "Likely (55\u201380%) \u00b7 High confidence"
    assert blocks[-1].role == "caption" and blocks[-1].text.startswith("Likelihood (ICD 203)")


def test_sources_explain_their_grading_with_a_legend(isolated: Path):
    sources = block(compose(parse_facts(fact_yaml(grading="c-3")), load_layout()), "sources")
    assert isinstance(sources, Sources)
    assert (sources.items[0].grading, sources.items[0].grading_note) == ("C3", "fairly reliable; possibly true")
    assert sources.legend.startswith("Grading (Admiralty): the letter rates the source's reliability")
    assert "F reliability cannot be judged" in sources.legend and "6 truth cannot be judged." in sources.legend


def test_ungraded_sources_have_no_legend(isolated: Path):
    text = fact_yaml().replace("\n    grading: B2}", "}")
    sources = block(compose(parse_facts(text), load_layout()), "sources")
    assert sources.items[0].grading is None and sources.legend == ""
