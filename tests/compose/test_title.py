"""The brief's title: the article's headline, unless the copy cut it off."""

from __future__ import annotations

from sitbrief.compose.single import compose
from sitbrief.layout import load_layout
from tests.extract.helpers import facts

_BODY = "Defence Minister Ana Ruiz met Foreign Minister Tom Vale in Madrid on Monday to discuss the exercise."


def _title(header: str) -> str:
    return compose(facts(_BODY, header=header), load_layout("default")).title


def test_a_whole_headline_is_the_title():
    assert _title("Ruiz and Vale discuss the exercise in Madrid") == "Ruiz and Vale discuss the exercise in Madrid"


def test_a_headline_cut_off_in_the_copy_gives_way_to_the_briefs_own():
    title = _title("Ruiz Seeks Partners' Advice On")
    assert title and not title.endswith("On")
    assert "Ruiz" in title
