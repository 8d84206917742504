"""Text folding shared by every matcher: case, accents, quote marks, dashes, abbreviation dots."""

from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans({c: "'" for c in "\u2018\u2019\u201a\u201b\u2032\u00b4`"} |
                        {c: '"' for c in "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u2039\u203a"})
_DASHES = re.compile("[\u2010-\u2015\u2212]")
_SPACE = re.compile(r"\s+")
_ABBREV_DOT = re.compile(r"(?<=\w)\.(?=\w)")
_POSSESSIVE = re.compile(r"'s\b")
_WORD = re.compile(r"[a-z0-9]+")


def squash(text: str) -> str:
    """Return `text` with every run of whitespace turned into one space, stripped."""
    return _SPACE.sub(" ", text).strip()


def straight_quotes(text: str) -> str:
    """Return `text` with curly quote marks and apostrophes made straight."""
    return text.translate(_QUOTES)


def fold(text: str) -> str:
    """Return `text` case-folded, without accents, with straight quotes and plain hyphens."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _DASHES.sub("-", straight_quotes(text)).casefold()


def words(text: str) -> list[str]:
    """Return the folded words of `text`: "U.S." -> us, "Luxon's" -> luxon, "O'Brien" -> obrien."""
    text = _POSSESSIVE.sub("", _ABBREV_DOT.sub("", fold(text)))
    return _WORD.findall(text.replace("'", ""))


def contains_run(longer: list[str], shorter: list[str]) -> bool:
    """Return whether `shorter` occurs as a contiguous run of words in `longer`."""
    n = len(shorter)
    return n > 0 and any(longer[i:i + n] == shorter for i in range(len(longer) - n + 1))


def quote_key(text: str) -> str:
    """Return quote text without quote marks, edge punctuation or whitespace differences."""
    text = unicodedata.normalize("NFKC", straight_quotes(text)).replace("'", "").replace('"', "")
    return squash(text).strip(" ,.;:!?-\u2013\u2014")
