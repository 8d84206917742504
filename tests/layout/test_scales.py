"""Likelihood scales as layout settings: the shipped ICD 203 and PHIA scales, and a custom one."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitbrief.core.errors import LayoutError
from sitbrief.layout import load_layout
from sitbrief.layout.scales import scale_of

ACME = """\
    name: acme
    extends: default
    likelihood:
      scale: acme
      legend: true
      scales:
        acme:
          title: Acme risk scale
          short: Acme
          terms:
            - {term: low risk, aliases: [improbable], range: [0, 30]}
            - {term: medium risk, range: [30, 70]}
            - {term: high risk, aliases: [expected], range: [70, 100]}
"""


@pytest.mark.parametrize("word, term, low, high", [
    ("almost no chance", "almost no chance", 1, 5), ("Remote", "almost no chance", 1, 5),
    ("highly improbable", "very unlikely", 5, 20), ("IMPROBABLE", "unlikely", 20, 45),
    ("roughly even odds", "roughly even chance", 45, 55), ("Probable", "likely", 55, 80),
    ("Very Likely", "very likely", 80, 95), ("highly  probable", "very likely", 80, 95),
    ("nearly certain", "almost certain", 95, 99), ("almost-certainly", "almost certain", 95, 99),
])
def test_icd203_is_the_default_with_both_columns_in_any_case(isolated: Path, word, term, low, high):
    scale = scale_of(load_layout().settings.likelihood)
    assert scale.key == "icd203" and scale.short == "ICD 203"
    found = scale.lookup(word)
    assert (found.term, found.low, found.high) == (term, low, high)


def test_ministry_uses_the_phia_yardstick_with_its_gaps(isolated: Path):
    settings = load_layout("ministry").settings.likelihood
    scale = scale_of(settings)
    assert settings.legend is True
    assert [t.term for t in scale.terms] == ["remote chance", "highly unlikely", "unlikely",
                                            "realistic possibility", "likely", "highly likely",
                                            "almost certain"]
    assert scale.lookup("Likely or Probable").range_text == "55\u201375%"
    assert scale.lookup("very likely") is None and scale.lookup("probably") is None
    assert scale.nearest(22).term == "highly unlikely"  # in the gap between 20 and 25: nearest


def test_a_custom_scale_in_layout_yaml(isolated: Path, make_layout):
    scale = scale_of(load_layout(make_layout("acme", ACME)).settings.likelihood)
    assert scale.title == "Acme risk scale"
    assert scale.lookup("Expected").term == "high risk"
    assert scale.lookup("likely") is None
    assert scale.nearest(50).term == "medium risk"


@pytest.mark.parametrize("change, fragment", [
    ("scale: acme", "likelihood.scale: likelihood scale 'acmee' is not defined; did you mean 'acme'?"),
    ("range: [30, 70]", "[70, 30] is not a range in percent"),
    ("{term: medium risk, range", "'improbable' names both 'low risk' and 'medium risk'"),
])
def test_bad_custom_scales_are_refused_with_line(isolated: Path, make_layout, change, fragment):
    broken = {"scale: acme": "scale: acmee", "range: [30, 70]": "range: [70, 30]",
              "{term: medium risk, range": "{term: medium risk, aliases: [improbable], range"}[change]
    folder = make_layout("acme", ACME.replace(change, broken))
    with pytest.raises(LayoutError) as caught:
        load_layout(folder)
    assert fragment in str(caught.value)
    assert "layout.yaml, line" in str(caught.value)


def test_key_judgements_and_assessment_together_are_refused(isolated: Path, make_layout):
    folder = make_layout("both", """\
        name: both
        extends: default
        report:
          sections:
            - kind: key_judgements
            - kind: bluf
            - kind: assessment
        """)
    with pytest.raises(LayoutError, match="both show the analyst's judgements; keep one"):
        load_layout(folder)
