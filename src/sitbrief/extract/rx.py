"""Compiled regular expressions built from article text, cached so a pattern is compiled once."""

from __future__ import annotations

import re
from functools import lru_cache

try:
    from re import _compiler as _sre_compiler
except ImportError:  # pragma: no cover - Python 3.10
    import sre_compile as _sre_compiler  # type: ignore[no-redef]


def _compile(pattern: str, flags: int) -> re.Pattern[str]:
    """Return `pattern` compiled as `re.compile` does, without entering it in the `re` module's cache.

    That cache keeps 512 patterns and drops the oldest: each pattern built from a name would push out
    one of the fixed patterns the extractors pass to `re.search` & co., to be compiled again.
    """
    return _sre_compiler.compile(pattern, int(flags))


@lru_cache(maxsize=8192)
def rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Return `pattern` compiled (kept here so names and places do not churn the `re` module's cache)."""
    return _compile(pattern, flags)


@lru_cache(maxsize=8192)
def word_rx(key: str, flags: int = 0) -> re.Pattern[str]:
    """Return ``\\b<key>\\b`` with `key` escaped, compiled."""
    return _compile(rf"\b{re.escape(key)}\b", flags)


def alternation(items) -> str:
    """Return `items` escaped as one regular-expression alternation, longest first.

    Equal lengths go in text order, so a pattern built from a set reads the same in every process
    (a set's order follows the string hash seed) and its stored pre-check (text/gate.py) is found;
    two literals of one length never match at one place differently, so no match changes."""
    return "|".join(sorted(map(re.escape, items), key=lambda item: (-len(item), item)))
