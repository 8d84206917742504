"""Compiled regular expressions built from article text, cached so a pattern is compiled once."""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=8192)
def rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Return `pattern` compiled (kept here so names and places do not churn the `re` module's cache)."""
    return re.compile(pattern, flags)


@lru_cache(maxsize=8192)
def word_rx(key: str, flags: int = 0) -> re.Pattern[str]:
    """Return ``\\b<key>\\b`` with `key` escaped, compiled."""
    return re.compile(rf"\b{re.escape(key)}\b", flags)


def alternation(items) -> str:
    """Return `items` escaped as one regular-expression alternation, longest first."""
    return "|".join(sorted(map(re.escape, items), key=len, reverse=True))
