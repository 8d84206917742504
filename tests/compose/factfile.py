"""A small reviewed fact file with analyst judgements and a graded source, as YAML text."""

from __future__ import annotations

import textwrap

SENTENCES = [
    ("s1", "Japan and Australia agreed on Thursday that Australian troops will join two command post exercises."),
    ("s2", "Defence Minister Minoru Kihara met his Australian counterpart Richard Marles in Tokyo."),
    ("s3", "The ministers also welcomed a joint laser project for military surveillance."),
    ("s4", "Officials said the two-plus-two talks could be rescheduled for May 2024."),
]

PHIA_JUDGEMENTS = """\
    - text: Australian participation in the command post exercises will become routine.
      likelihood: highly likely
      confidence: moderate
      basis: [s1]
    - text: The joint laser project will reach a prototype within two years.
      likelihood: Realistic Possibility
      confidence: low
      basis: [s3]
    - text: The postponed talks will be held before the end of 2024.
      likelihood: likely or probable
      confidence: high
      basis: [s4]
"""

JUDGEMENTS = """\
    - text: Australian participation in the command post exercises will become routine.
      likelihood: Very Likely
      confidence: moderate
      basis: [s1]
    - text: The joint laser project will reach a prototype within two years.
      likelihood: roughly even chance
      confidence: low
      basis: [s3]
    - text: The postponed talks will be held before the end of 2024.
      likelihood: probable
      confidence: high
      basis: [s4]
"""


def fact_yaml(judgements: str = JUDGEMENTS, bluf: str | None = None, grading: str = "B2",
              title: str = "Japan and Australia agree on drills") -> str:
    """Return a valid fact file; `judgements` is the YAML list under `assessment:`."""
    offset, rows = 0, []
    for sid, text in SENTENCES:
        rows.append(f"    - {{id: {sid}, text: {text!r}, start: {offset}, end: {offset + len(text)}}}")
        offset += len(text) + 1
    bluf = bluf or SENTENCES[0][1]
    return textwrap.dedent("""\
        schema_version: '1.0'
        article:
          title: {title}
          source: Kyodo
          published: '2023-10-19'
          sentences:
        {sentences}
        summary:
          headline: {title}
          bluf: {bluf}
          evidence: [s1]
        people:
        - {{id: p-kihara, name: Minoru Kihara, roles: [Defence Minister], evidence: [s2]}}
        events:
        - {{id: e-talks, kind: talks, title: Two-plus-two talks, status: postponed, evidence: [s4]}}
        sources:
        - {{id: src-1, outlet: Kyodo, published: '2023-10-19', url: 'https://english.kyodonews.net/',
            grading: {grading}}}
        assessment:{judgements}""").format(title=title, sentences="\n".join(rows), bluf=bluf, grading=grading,
                                 judgements="\n" + textwrap.dedent(judgements) if judgements.strip() else " []\n")
