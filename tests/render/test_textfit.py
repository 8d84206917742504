"""Measuring and wrapping text as slide renderers do, and searching the size that fits."""

from __future__ import annotations

import pytest

from sitbrief.render.textfit import (
    PITCH,
    WIDTH_MARGIN,
    FontSet,
    Para,
    fit_size,
    fits,
    split_para,
    text_height,
    tokens,
    truncate,
    wrap,
)
from tests.render.briefs import sample_theme


@pytest.fixture(scope="module")
def fonts() -> FontSet:
    theme = sample_theme()
    return FontSet(theme.body_font, tuple(theme.fallbacks))


def test_wrap_breaks_at_spaces_and_drops_trailing_spaces(fonts):
    measure = fonts.measure(12)
    lines = wrap("Japan and Australia agreed on Thursday   that troops will join", 120, measure)
    assert len(lines) > 1
    assert all(measure(line) <= 120 for line in lines)
    assert all(line == line.strip() for line in lines)
    words = "Japan and Australia agreed on Thursday that troops will join"
    assert " ".join(lines).split() == words.split(" ")


def test_wrap_keeps_hard_line_breaks_and_blank_lines(fonts):
    assert wrap("a\n\nb c", 500, fonts.measure(12)) == ["a", "", "b c"]


def test_cjk_breaks_at_every_wide_character(fonts):
    measure = fonts.measure(10)
    text = "習近平李强岸田文雄東京大阪京都名古屋札幌福岡"
    lines = wrap(text, 50, measure)  # five 10 pt characters a line
    assert "".join(lines) == text
    assert [len(line) for line in lines] == [5, 5, 5, 5, 2]


def test_cjk_closing_punctuation_never_starts_a_line(fonts):
    lines = wrap("東京大阪京都、名古屋。札幌福岡", 40, fonts.measure(10))
    assert not any(line[0] in "、。" for line in lines)


def test_mixed_latin_and_cjk_break_between_scripts(fonts):
    spans = tokens("Tokyo東京 talks")
    pieces = ["Tokyo東京 talks"[a:b] for a, b in spans]
    assert pieces == ["Tokyo", "東", "京", " ", "talks"]


def test_long_token_is_split_inside(fonts):
    measure = fonts.measure(12)
    token = "https://example.org/" + "x" * 120
    lines = wrap(f"see {token} now", 100, measure)
    assert "".join(lines).replace(" ", "") == f"see{token}now"
    assert all(measure(line) <= 100 for line in lines)
    assert len(lines) >= 8


def test_fallback_fonts_measure_cjk(fonts):
    chain = fonts.chain()
    assert chain.width("東", 10) == pytest.approx(10, abs=0.5)
    assert chain.width("Łódź Київ", 10) > 0


def test_height_counts_lines_pitch_and_space_before(fonts):
    paras = [Para("one"), Para("two", space_before=0.5)]
    assert text_height(paras, fonts, 10, 500) == pytest.approx(2 * PITCH * 10 + 5)


def test_width_margin_is_kept(fonts):
    measure = fonts.measure(12)
    text = "word " * 40
    for line in wrap(text, 300 * WIDTH_MARGIN, measure):
        assert measure(line) <= 300 * WIDTH_MARGIN


def test_fit_size_returns_the_top_for_short_text(fonts):
    assert fit_size([Para("Short")], fonts, 400, 100, 24, 11) == 24


def test_fit_size_shrinks_long_text_between_top_and_floor(fonts):
    paras = [Para("A long bottom line. " * 10)]
    size = fit_size(paras, fonts, 500, 150, 24, 8)
    assert 8 <= size < 24
    assert fits(paras, fonts, size, 500, 150)
    assert not fits(paras, fonts, size + 0.5, 500, 150)


def test_fit_size_below_floor_returns_none_and_split_continues(fonts):
    para = Para("A sentence that will not fit in a small box at the floor size. " * 20)
    assert fit_size([para], fonts, 300, 80, 18, 11) is None
    head, rest = split_para(para, fonts, 11, 300, 80)
    assert rest is not None
    assert fits([head], fonts, 11, 300, 80)
    assert f"{head.text} {rest.text}".split() == para.text.split()


def test_truncate_adds_an_ellipsis_within_the_lines(fonts):
    measure = fonts.measure(12)
    cut = truncate("word " * 100, 200, measure, 2)
    assert cut.endswith("…")
    assert len(wrap(cut, 200 * WIDTH_MARGIN, measure)) <= 2


def test_ascii_fast_path_breaks_as_the_character_scan() -> None:
    """ASCII lines split into runs of spaces and non-spaces exactly as the per-character scan does."""
    from sitbrief.render.textfit import _scanned, _tokens

    for line in ("", " ", "The talks, held (in May), ended.", "a\tb\x1cc  d.", " lead ;trail ", "x" * 40):
        assert _tokens(line) == tuple(_scanned(line))
    assert _tokens("a caf\u00e9 d\u2019or") == tuple(_scanned("a caf\u00e9 d\u2019or"))
