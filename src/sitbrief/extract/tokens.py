"""Tokens and runs of capitalised words, with character spans into the sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from sitbrief.extract.lexicon import words

_TOKEN = re.compile(r"\w+(?:(?:[\u2019'.&\-]|\.-)\w+)*\.?|[^\w\s]")
CONNECTORS = words("name_particles") | words("name_connectors")
FUNCTION_WORDS = words("function_words")
_CALENDAR = words("calendar")


@dataclass(frozen=True)
class Token:
    """A token with its span in the sentence."""

    text: str
    start: int
    end: int

    @cached_property
    def bare(self) -> str:
        """Return the token without a possessive 's and a trailing period (unless an initialism), kept on the token."""
        return _bare(self.text)

    @property
    def capitalised(self) -> bool:
        """Tell whether the token starts with an upper-case letter."""
        return self.text[:1].isupper()


@lru_cache(maxsize=16384)
def _bare(text: str) -> str:
    """Return `text` without a possessive 's and a trailing period (unless an initialism)."""
    text = re.sub(r"[\u2019']s$", "", text)
    if text.endswith(".") and not re.fullmatch(r"(?:\w\.)+", text) and len(text) > 2:
        text = text[:-1]
    return text


def tokenize(text: str) -> list[Token]:
    """Return the tokens of `text` with spans."""
    return list(_tokens(text))


@lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[Token, ...]:
    """Return the tokens of `text`, made once per text (tokens are frozen; callers get their own list)."""
    return tuple(Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text))


def capital_runs(tokens: list[Token]) -> list[list[Token]]:
    """Return maximal runs of capitalised tokens, allowing lower-case connectors inside."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if (
            tok.capitalised
            or (current and tok.text.isdigit() is False and _is_initial(tok))
            or current
            and tok.text in CONNECTORS
            and _continues(tokens, i)
        ):
            current.append(tok)
        else:
            if current:
                runs.append(_trim(current))
            current = []
        i += 1
    if current:
        runs.append(_trim(current))
    return [r for r in runs if r]


_INITIAL = re.compile(r"[A-Z]\.")


def _is_initial(tok: Token) -> bool:
    return bool(_INITIAL.fullmatch(tok.text))


def _continues(tokens: list[Token], i: int) -> bool:
    """Tell whether the connector at `i` is followed (after more connectors) by a capital."""
    j = i + 1
    while j < len(tokens) and tokens[j].text in CONNECTORS:
        j += 1
    return (
        j < len(tokens) and tokens[j].capitalised and tokens[i - 1].end == tokens[i].start - 1
        and tokens[j].bare not in _CALENDAR
    )


def _trim(run: list[Token]) -> list[Token]:
    """Drop connectors at either end of a run."""
    while run and run[-1].text in CONNECTORS:
        run.pop()
    while run and run[0].text in CONNECTORS:
        run.pop(0)
    return run


def span_text(sentence: str, run: list[Token]) -> str:
    """Return the sentence text covered by `run`."""
    return sentence[run[0].start : run[-1].end]


def split_at_and(run: list[Token]) -> list[list[Token]]:
    """Split a run of capitalised words at "and" ("Kihara and Marles" -> two runs)."""
    return split_at(run, "and")


def split_at(run: list[Token], word: str) -> list[list[Token]]:
    """Split a run at every token `word`, dropping it ("X on Y" at "on" -> two runs)."""
    parts: list[list[Token]] = [[]]
    for tok in run:
        if tok.text == word:
            parts.append([])
        else:
            parts[-1].append(tok)
    return [p for p in parts if p]
