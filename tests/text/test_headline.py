"""A headline cut off in the copy is told from a whole one."""

from __future__ import annotations

import pytest

from sitbrief.text.headline import cut_off_title


@pytest.mark.parametrize("title", [
    "Carter Seeks Commanders' Advice On", "Minister to Visit the", "Navy Ships Arrive in Manila for",
    "Talks Between Japan and", "Allies Agree a Plan of -",
])
def test_a_title_ending_on_a_function_word_was_cut(title):
    assert cut_off_title(title)


@pytest.mark.parametrize("title", ["Japan and Australia sign laser deal", "What the talks were for?", ""])
def test_a_whole_title_is_not_cut(title):
    assert not cut_off_title(title)
