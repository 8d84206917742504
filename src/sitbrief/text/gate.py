"""Pre-checks for regular expressions: what every match of a pattern must hold, found by reading
the pattern itself, so that a search of text lacking it can be skipped.

`needs(pattern)` reads the parsed pattern: a literal in sequence, one literal of each branch of an
alternation, a digit, inside groups and repeats that must occur at least once. Lookarounds,
optional parts and anything else are never relied on, so a pattern with nothing certain gets no
pre-check. Literals are looked for as substrings (in lower case for a case-insensitive pattern,
unless the text has a character that matches an ASCII one only when case is ignored, such as
"\u017f"; then, and for digits, by a pattern compiled with the pattern's own flags).

Reading a pattern costs about what compiling it does, so the needs of the patterns sitbrief's own
modules gate are read at development time (`tools/gate_needs.py`) into `data/gate_needs.json`,
keyed by a hash of the pattern and its flags; a pattern not found there (a rule edited since) is
read when first checked, as before.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache

try:
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

from sitbrief.text.folding import any_folds_to_ascii

_MAX_ALTERNATIVES = 128  # wider alternations are looked for literal by literal (78 in the "other" trigger)
DIGIT = None  # an alternative that is any digit (``\d``)
_Alternative = tuple[str | None, bool]  # (literal or DIGIT, whether case is ignored)
_Found = tuple[tuple[_Alternative, ...], int]  # (alternatives, the shortest one's length)


@dataclass(frozen=True, eq=False)
class Need:
    """Something every match of a pattern holds: one of `alternatives` (literals; DIGIT: a digit)."""

    alternatives: tuple[_Alternative, ...]  # literals in lower case where case is ignored
    source: str  # the alternatives as one pattern, each with its own case flag...
    flags: int  # ...compiled with these flags into `regex` when first searched that way
    by_regex: bool  # a digit among them, or non-ASCII letters ignoring case: searched by `regex`
    cased: tuple[str, ...] = field(init=False)  # the literals looked for as written...
    folded: tuple[str, ...] = field(init=False)  # ...and those looked for in the lower-cased text

    def __post_init__(self) -> None:
        literals = [(lit, fold) for lit, fold in self.alternatives if lit is not DIGIT]
        object.__setattr__(self, "cased", tuple(lit for lit, fold in literals if not fold))
        object.__setattr__(self, "folded", tuple(lit for lit, fold in literals if fold))

    @cached_property
    def regex(self) -> re.Pattern[str]:
        """Return the alternatives compiled (most needs are only ever looked for as substrings)."""
        return re.compile(self.source, self.flags)

    @property
    def literals(self) -> tuple[str | None, ...]:
        """Return the alternatives' literals."""
        return tuple(literal for literal, _ in self.alternatives)

    def held_by(self, text: str, lowered: str | None) -> bool:
        """Tell whether `text` holds one of the alternatives (`lowered`: its lower case when safe, else None)."""
        if self.by_regex or (lowered is None and self.folded):
            return self.regex.search(text) is not None
        return any(map(text.__contains__, self.cased)) or (
            bool(self.folded) and any(map(lowered.__contains__, self.folded)))  # type: ignore[union-attr]


def needs(pattern: re.Pattern[str]) -> tuple[Need, ...]:
    """Return what every match of `pattern` holds, longest literals first."""
    return _needs(pattern.pattern, pattern.flags)


@lru_cache(maxsize=256)
def _needs(source: str, flags: int) -> tuple[Need, ...]:
    """Return the needs of pattern `source` compiled with `flags` (none when it cannot be read)."""
    stored = stored_needs().get(pattern_key(source, flags))
    if stored is not None:
        return tuple(_need(tuple((lit, fold) for lit, fold in alts), flags) for alts in stored)
    return tuple(_need(alts, flags) for alts in read_needs(source, flags))


def read_needs(source: str, flags: int) -> list[tuple[_Alternative, ...]]:
    """Return the alternatives of each need read from pattern `source`, longest literals first (none
    when it cannot be read)."""
    try:
        found = _in_sequence(list(_p.parse(source, flags & ~re.DEBUG)), bool(flags & re.IGNORECASE))
    except Exception:  # noqa: BLE001 - an unreadable pattern is only searched in full
        return []
    found.sort(key=lambda need: -need[1])  # the longer the literal, the likelier text lacks it
    return list(dict.fromkeys(alts for alts, _ in found))


def pattern_key(source: str, flags: int) -> str:
    """Return the key of pattern `source` with `flags` in the stored needs."""
    text = f"{int(flags)}\n{source}".encode("utf-8", "surrogatepass")
    return hashlib.blake2b(text, digest_size=12).hexdigest()


@cache
def stored_needs() -> dict[str, list]:
    """Return the needs read at development time, by `pattern_key` (empty when the file is missing)."""
    from importlib import resources

    try:
        text = resources.files("sitbrief.text").joinpath("data", "gate_needs.json").read_text(encoding="utf-8")
    except OSError:
        return {}
    return json.loads(text)["needs"]


@cache
def _need(alternatives: tuple[_Alternative, ...], flags: int) -> Need:
    """Return the Need of `alternatives` (literals lower-cased where case is ignored), one object for equal
    alternatives: patterns that need the same (a month name, a digit) share the answer for a text."""
    flags &= ~(re.DEBUG | re.IGNORECASE)
    alternatives = _shortest(alternatives)
    parts = [r"\d" if lit is DIGIT else f"(?{'i' if fold else '-i'}:{re.escape(lit)})" for lit, fold in alternatives]
    by_regex = any(lit is DIGIT or (fold and not lit.isascii()) for lit, fold in alternatives)
    lowered = tuple((lit.lower() if fold and lit is not DIGIT else lit, fold) for lit, fold in alternatives)
    return Need(lowered, "|".join(parts), flags, by_regex)


def _shortest(alternatives: tuple[_Alternative, ...]) -> tuple[_Alternative, ...]:
    """Return the alternatives without those holding another one ("meeting" holds "meet")."""
    # each literal as compared: lower-cased once where case is ignored (an alternation has up to 128)
    compared = {a: (a[0].lower() if a[1] else a[0]) for a in alternatives if a[0] is not DIGIT}

    def held(alternative: _Alternative, other: _Alternative) -> bool:
        return alternative in compared and other in compared and other != alternative \
            and other[1] == alternative[1] and compared[other] in compared[alternative]

    return tuple(a for a in alternatives if not any(held(a, other) for other in alternatives))


def _in_sequence(items: list, fold: bool) -> list[_Found]:
    """Return what a sequence of parsed items must hold: each certain literal run and item."""
    found: list[_Found] = []
    run = ""
    for op, value in items:
        if op is _c.LITERAL:
            run += chr(value)
            continue
        if run:
            found.append((((run, fold),), len(run)))
            run = ""
        found += _in_item(op, value, fold)
    if run:
        found.append((((run, fold),), len(run)))
    return found


def _in_item(op, value, fold: bool) -> list[_Found]:
    """Return what one parsed item (not a literal) must hold."""
    if op is _c.SUBPATTERN:  # a group, maybe with flags of its own ("(?-i:...)")
        fold = bool(value[1] & re.IGNORECASE) or (fold and not value[2] & re.IGNORECASE)
        return _in_sequence(list(value[3]), fold)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and value[0] >= 1:
        return _in_sequence(list(value[2]), fold)
    if op is _c.BRANCH:
        return _in_branches(value[1], fold)
    if op is _c.IN and list(value) == [(_c.CATEGORY, _c.CATEGORY_DIGIT)]:
        return [(((DIGIT, False),), 1)]
    return []


def _in_branches(branches, fold: bool) -> list[_Found]:
    """Return what an alternation must hold: the longest need of each branch, all of them alternatives."""
    alternatives: list[_Alternative] = []
    shortest = None
    for branch in branches:
        found = _in_sequence(list(branch), fold)
        if not found:
            return []
        alts, length = max(found, key=lambda need: need[1])
        alternatives += alts
        shortest = length if shortest is None else min(shortest, length)
    if shortest is None or len(alternatives) > _MAX_ALTERNATIVES:
        return []
    return [(tuple(dict.fromkeys(alternatives)), shortest)]


_UNSEEN = object()  # `seen` has no lower case of the text yet (None: the text must be searched by regex)


def may_match(pattern: re.Pattern[str], text: str, seen: dict) -> bool:
    """Tell whether `text` holds everything every match of `pattern` must (`seen` keeps answers for `text`)."""
    for need in needs(pattern):
        held = seen.get(need)
        if held is None:
            lowered = seen.get("lowered", _UNSEEN)
            if lowered is _UNSEEN:
                lowered = seen["lowered"] = None if any_folds_to_ascii(text) else text.lower()
            held = seen[need] = need.held_by(text, lowered)
        if not held:
            return False
    return True


_RECENT: dict[str, dict] = {}  # the answers for the last texts checked (a sentence is checked many times)
_RECENT_TEXTS = 64


def could_match(pattern: re.Pattern[str], text: str) -> bool:
    """Tell whether `pattern` may match somewhere in `text` (answers kept for the last few texts)."""
    seen = _RECENT.get(text)
    if seen is None:
        if len(_RECENT) >= _RECENT_TEXTS:
            _RECENT.clear()
        seen = _RECENT[text] = {}
    answer = seen.get(id(pattern))  # by identity: hashing a compiled pattern hashes all its code
    if answer is None:
        answer = seen[id(pattern)] = may_match(pattern, text, seen)
    return answer


class Gated:
    """A compiled pattern that is searched only in text holding what its every match must.

    It stands in for the pattern (`pattern`, `flags`, `groups` ... are the pattern's): each method
    answers as the pattern's own would, without a search where the text lacks a need.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.compiled = pattern
        self.pattern, self.flags = pattern.pattern, pattern.flags

    def __getattr__(self, name: str):
        """Return the compiled pattern's attribute `name` (`groups`, `groupindex`, `scanner` ...)."""
        if name == "compiled":  # not set yet (an object copy or pickle builds): asking it again would recurse
            raise AttributeError(name)
        return getattr(self.compiled, name)

    def search(self, text: str, *bounds: int) -> re.Match[str] | None:
        """Return the pattern's first match in `text` (within `bounds`, as `re.Pattern.search`)."""
        return self.compiled.search(text, *bounds) if could_match(self.compiled, text) else None

    def match(self, text: str, *bounds: int) -> re.Match[str] | None:
        """Return the pattern's match at the start of `text` (or of `bounds`)."""
        return self.compiled.match(text, *bounds) if could_match(self.compiled, text) else None

    def fullmatch(self, text: str, *bounds: int) -> re.Match[str] | None:
        """Return the pattern's match of the whole of `text` (or of `bounds`)."""
        return self.compiled.fullmatch(text, *bounds) if could_match(self.compiled, text) else None

    def finditer(self, text: str, *bounds: int):
        """Return an iterator over the pattern's matches in `text` (within `bounds`)."""
        return self.compiled.finditer(text, *bounds) if could_match(self.compiled, text) else iter(())

    def findall(self, text: str, *bounds: int) -> list:
        """Return the pattern's matches in `text` as `re.Pattern.findall` does."""
        return self.compiled.findall(text, *bounds) if could_match(self.compiled, text) else []

    def sub(self, repl, text: str, count: int = 0) -> str:
        """Return `text` with the pattern's matches replaced, as `re.Pattern.sub` does."""
        return self.compiled.sub(repl, text, count) if could_match(self.compiled, text) else text

    def subn(self, repl, text: str, count: int = 0) -> tuple[str, int]:
        """Return `text` with the matches replaced and their number, as `re.Pattern.subn` does."""
        return self.compiled.subn(repl, text, count) if could_match(self.compiled, text) else (text, 0)

    def split(self, text: str, maxsplit: int = 0) -> list:
        """Return `text` split at the pattern's matches, as `re.Pattern.split` does."""
        return self.compiled.split(text, maxsplit) if could_match(self.compiled, text) else [text]


def gated(patterns: list[tuple[str, re.Pattern[str]]]) -> list[tuple[str, Gated]]:
    """Return `(kind, pattern)` pairs with each pattern gated."""
    return [(kind, Gated(pattern)) for kind, pattern in patterns]
