"""Font chains: runs and missing characters, remembered per character set seen."""

from __future__ import annotations

from pathlib import Path

from sitbrief.render.fonts import FontChain

FONTS = Path(__file__).resolve().parents[2] / "layouts" / "default" / "assets" / "fonts"


def chain() -> FontChain:
    return FontChain([FONTS / "LiberationSans-Regular.ttf", FONTS / "DejaVuSans.ttf"])


def test_missing_and_runs_agree_before_and_after_the_characters_are_remembered():
    fonts = chain()
    for _ in range(2):
        assert fonts.missing("Kyiv \u2713 \ue000 ok") == ["\ue000"]
        assert fonts.missing("Kyiv ok") == []
        assert fonts.runs("Kyiv ok") == [(fonts.primary.fontName, "Kyiv ok")]
        arrow = fonts.runs("a \u2713 b")
        assert [text for _, text in arrow] == ["a ", "\u2713", " b"]
        assert arrow[1][0] == fonts.font(1).fontName


def test_only_covered_text_is_remembered():
    fonts = chain()
    fonts.missing("abc \ue000")
    assert "\ue000" not in fonts._covered
    fonts.runs("a \u2713")
    assert "\u2713" not in fonts._in_primary
    fonts.runs("abc")
    assert {"a", "b", "c"} <= fonts._in_primary
