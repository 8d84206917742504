"""Parsed markup shared across builds with an equal theme; each paragraph gets its own copies."""

from __future__ import annotations

from dataclasses import replace

from reportlab.lib.styles import ParagraphStyle

from sitbrief.render.pdf.para import Para
from sitbrief.render.pdf.parsed import ParsedMarkup
from tests.render.briefs import sample_theme

STYLE = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=12)
MARKUP = 'Talks <super><a href="#ev-s1" color="#1F4E79">1</a></super> &amp; more'


def test_an_equal_theme_keeps_the_fragments_and_another_starts_again():
    parsed, theme = ParsedMarkup(), sample_theme()
    parsed.scope(theme).put(("x", "cell", None), Para("x", STYLE).frags)
    assert parsed.scope(sample_theme()).get(("x", "cell", None)) is not None
    other = replace(theme, sizes={**theme.sizes, "body": 12.0})
    assert parsed.scope(other).get(("x", "cell", None)) is None


def test_paragraphs_from_the_cache_match_a_fresh_parse_and_own_their_fragments():
    parsed = ParsedMarkup().scope(sample_theme())
    first, second = Para(MARKUP, STYLE, parsed=parsed), Para(MARKUP, STYLE, parsed=parsed)
    fresh = Para(MARKUP, STYLE)
    assert [f.__dict__ for f in second.frags] == [f.__dict__ for f in fresh.frags]
    assert not {id(f) for f in first.frags} & {id(f) for f in second.frags}
    first.wrap(40, 100)  # line breaking writes into the first one's fragments only
    assert second.wrap(200, 100) == fresh.wrap(200, 100)
    assert second.text == fresh.text and second.style is STYLE
