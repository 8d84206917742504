"""Which characters match an ASCII one when case is ignored ("\u017f" matches "s", the Kelvin sign "k")."""

from __future__ import annotations

import re
import string
from functools import lru_cache

_ASCII_WORD = string.ascii_letters + string.digits + "_"
ASCII = frozenset(map(chr, range(128)))


@lru_cache(maxsize=4096)
def folds_to_ascii(char: str) -> bool:
    """Tell whether `char`, not itself ASCII, matches an ASCII letter, digit or underscore ignoring case."""
    return not char.isascii() and any(re.fullmatch(re.escape(a), char, re.I) for a in _ASCII_WORD)


def any_folds_to_ascii(text: str) -> bool:
    """Tell whether `text` has a non-ASCII character that matches an ASCII one when case is ignored."""
    return not text.isascii() and any(map(folds_to_ascii, set(text) - ASCII))
