"""Pre-checks for regular expressions: what every match of a pattern must hold, found by reading
the pattern itself, so that a search of text lacking it can be skipped.

`needs(pattern)` reads the parsed pattern: a literal in sequence, one literal of each branch of an
alternation, a digit, inside groups and repeats that must occur at least once. Lookarounds,
optional parts and anything else are never relied on, so a pattern with nothing certain gets no
pre-check. Literals are looked for as substrings (in lower case for a case-insensitive pattern,
unless the text has a character that matches an ASCII one only when case is ignored, such as
"\u017f"; then, and for digits, by a pattern compiled with the pattern's own flags).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

try:
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

from sitbrief.text.folding import any_folds_to_ascii

_MAX_ALTERNATIVES = 40
DIGIT = None  # an alternative that is any digit (``\d``)
_Found = tuple[tuple[str | None, ...], int]  # (alternatives, the shortest one's length)


@dataclass(frozen=True, eq=False)
class Need:
    """Something every match of a pattern holds: one of `literals` (None: a digit)."""

    literals: tuple[str | None, ...]  # lower case when `fold`
    fold: bool  # the pattern ignores case
    regex: re.Pattern[str]  # the alternatives as one pattern, with the pattern's flags
    by_regex: bool  # a digit among them, or non-ASCII letters ignoring case: searched by `regex`

    def held_by(self, text: str, lowered: str | None) -> bool:
        """Tell whether `text` holds one of the alternatives (`lowered`: its lower case when safe, else None)."""
        if self.by_regex or (self.fold and lowered is None):
            return self.regex.search(text) is not None
        haystack = lowered if self.fold else text
        return any(literal in haystack for literal in self.literals)


def needs(pattern: re.Pattern[str]) -> tuple[Need, ...]:
    """Return what every match of `pattern` holds, longest literals first."""
    return _needs(pattern.pattern, pattern.flags)


@lru_cache(maxsize=256)
def _needs(source: str, flags: int) -> tuple[Need, ...]:
    """Return the needs of pattern `source` compiled with `flags` (none when it cannot be read)."""
    try:
        found = _in_sequence(list(_p.parse(source, flags & ~re.DEBUG)))
    except Exception:  # noqa: BLE001 - an unreadable pattern is only searched in full
        return ()
    found.sort(key=lambda need: -need[1])  # the longer the literal, the likelier text lacks it
    fold = bool(flags & re.IGNORECASE)
    return tuple(_need(alts, fold, flags) for alts in dict.fromkeys(alts for alts, _ in found))


def _need(alternatives: tuple[str | None, ...], fold: bool, flags: int) -> Need:
    """Return the Need of `alternatives` (literals lower-cased for a case-insensitive pattern)."""
    regex = re.compile("|".join(r"\d" if a is DIGIT else re.escape(a) for a in alternatives), flags & ~re.DEBUG)
    by_regex = DIGIT in alternatives or (fold and not all(a.isascii() for a in alternatives))
    literals = tuple(a.lower() if fold and a is not DIGIT else a for a in alternatives)
    return Need(literals, fold, regex, by_regex)


def _in_sequence(items: list) -> list[_Found]:
    """Return what a sequence of parsed items must hold: each certain literal run and item."""
    found: list[_Found] = []
    run = ""
    for op, value in items:
        if op is _c.LITERAL:
            run += chr(value)
            continue
        if run:
            found.append(((run,), len(run)))
            run = ""
        found += _in_item(op, value)
    if run:
        found.append(((run,), len(run)))
    return found


def _in_item(op, value) -> list[_Found]:
    """Return what one parsed item (not a literal) must hold."""
    if op is _c.SUBPATTERN and not value[1] and not value[2]:  # a group without flags of its own
        return _in_sequence(list(value[3]))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and value[0] >= 1:
        return _in_sequence(list(value[2]))
    if op is _c.BRANCH:
        return _in_branches(value[1])
    if op is _c.IN and list(value) == [(_c.CATEGORY, _c.CATEGORY_DIGIT)]:
        return [((DIGIT,), 1)]
    return []


def _in_branches(branches) -> list[_Found]:
    """Return what an alternation must hold: the longest need of each branch, all of them alternatives."""
    alternatives: list[str | None] = []
    shortest = None
    for branch in branches:
        found = _in_sequence(list(branch))
        if not found:
            return []
        alts, length = max(found, key=lambda need: need[1])
        alternatives += alts
        shortest = length if shortest is None else min(shortest, length)
    if shortest is None or len(alternatives) > _MAX_ALTERNATIVES:
        return []
    return [(tuple(dict.fromkeys(alternatives)), shortest)]


def may_match(pattern: re.Pattern[str], text: str, seen: dict) -> bool:
    """Tell whether `text` holds everything every match of `pattern` must (`seen` keeps answers for `text`)."""
    for need in needs(pattern):
        if need not in seen:
            if "lowered" not in seen:
                seen["lowered"] = None if any_folds_to_ascii(text) else text.lower()
            seen[need] = need.held_by(text, seen["lowered"])
        if not seen[need]:
            return False
    return True

