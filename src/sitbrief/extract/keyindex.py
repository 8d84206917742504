"""An index of word-list keys by the word they open with, so a sentence is checked against only the
keys whose first word it holds (instead of every key).

A key found as a whole word (``\\bkey\\b``, in any case, or ``(?<![\\w.])key(?![\\w-])``) starts a
maximal run of word characters in the sentence that equals the key's first word, ignoring case.
So the keys whose first word is one of the sentence's words (as written or in lower case) are a
superset of those the sentence can match; callers test these candidates exactly as before, in the
keys' own order. Keys that open with no word character, or hold non-ASCII characters, are always
candidates; a sentence with a non-ASCII character that matches an ASCII one ignoring case
("\u017f", the Kelvin sign) is checked against every key.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sitbrief.text.folding import any_folds_to_ascii

_WORD = re.compile(r"\w+")


class KeyIndex:
    """Keys (with their values) indexed by their first word, lower-cased."""

    def __init__(self, items: Iterable[tuple[str, object]]) -> None:
        self.items = list(items)
        self.always: list[int] = []
        self.by_word: dict[str, list[int]] = {}
        for position, (key, _) in enumerate(self.items):
            first = _WORD.match(key)
            if first is None or not key.isascii():
                self.always.append(position)
            else:
                self.by_word.setdefault(first.group().lower(), []).append(position)

    def candidates(self, sentence: str) -> list[tuple[str, object]]:
        """Return the items whose key `sentence` may hold as a whole word, in the keys' order."""
        if any_folds_to_ascii(sentence):
            return self.items
        found = set(self.always)
        for word in {w.lower() for w in _WORD.findall(sentence)}:
            found.update(self.by_word.get(word, ()))
        return [self.items[p] for p in sorted(found)]


_INDEXES: dict[int, tuple[dict, int, KeyIndex]] = {}


def key_index(table: dict) -> KeyIndex:
    """Return the KeyIndex of `table`'s items (built once per table, again if its size changes)."""
    held = _INDEXES.get(id(table))
    if held is None or held[0] is not table or held[1] != len(table):
        held = _INDEXES[id(table)] = (table, len(table), KeyIndex(table.items()))
    return held[2]
