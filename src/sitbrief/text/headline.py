"""Tell whether an article's headline reached us whole."""

from __future__ import annotations

from sitbrief.text.sentences import word_list

_CLOSERS = word_list("title_closers.txt")


def cut_off_title(title: str) -> bool:
    """Tell whether a headline stops on a word no whole headline ends on ("... Advice On", "... of the")."""
    words = title.rstrip(" .,;:-\u2013\u2014\u2026").split()
    return bool(words) and words[-1].lower() in _CLOSERS
