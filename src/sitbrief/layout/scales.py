"""Likelihood scales as layout settings: terms with their probability ranges, matched without case.

A layout names the scale its briefs use (`likelihood.scale`) among the scales it defines
(`likelihood.scales`; the default layout ships ICD 203 and the UK PHIA yardstick). Each term has
the words that mean it (its aliases, e.g. ICD 203's second column) and a range in percent.
`hedges` are estimative words on no scale, with the chance they are commonly read as.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

Percent = float
Word = Annotated[str, StringConstraints(min_length=1, max_length=60)]
MAX_HEDGES = 200


class _Strict(BaseModel):
    """Base: unknown keys are refused."""

    model_config = ConfigDict(extra="forbid")


class ScaleTerm(_Strict):
    """One term of a scale: the word printed, other words meaning it, its range in percent."""

    term: str = Field(min_length=1, max_length=60)
    aliases: list[Word] = Field(default_factory=list, max_length=12)
    range: tuple[Percent, Percent]

    @field_validator("range")
    @classmethod
    def _ordered(cls, value: tuple[float, float]) -> tuple[float, float]:
        """Refuse a range outside 0-100 or written high to low."""
        low, high = value
        if not 0 <= low <= high <= 100:
            raise ValueError(f"[{low:g}, {high:g}] is not a range in percent: write [low, high] "
                             "with 0 <= low <= high <= 100")
        return value


class ScaleSpec(_Strict):
    """A likelihood scale: its title, the short name used in the legend, its terms low to high."""

    title: str = Field(min_length=1, max_length=120)
    short: str = Field("", max_length=40)
    terms: list[ScaleTerm] = Field(min_length=2, max_length=20)

    @model_validator(mode="after")
    def _unambiguous(self) -> ScaleSpec:
        """Refuse a word that names two terms, and terms out of order."""
        seen: dict[str, str] = {}
        for term in self.terms:
            for word in (term.term, *term.aliases):
                key = normalise(word)
                if key in seen and seen[key] != term.term:
                    raise ValueError(f"{word!r} names both {seen[key]!r} and {term.term!r}; "
                                     "give each word to one term")
                seen[key] = term.term
        lows = [t.range[0] for t in self.terms]
        if lows != sorted(lows):
            raise ValueError("terms must be listed from the least to the most likely")
        return self


class LikelihoodSettings(_Strict):
    """Which scale the brief uses, whether it prints a legend, and the scales it knows."""

    scale: str = "icd203"
    legend: bool = False
    ranges: bool = True
    scales: dict[str, ScaleSpec] = Field(default_factory=dict, max_length=16)
    hedges: dict[Word, Percent] = Field(default_factory=dict, max_length=MAX_HEDGES)

    @field_validator("hedges")
    @classmethod
    def _percent(cls, value: dict[str, float]) -> dict[str, float]:
        """Refuse a hedge reading outside 0-100."""
        for word, reading in value.items():
            if not 0 <= reading <= 100:
                raise ValueError(f"{word!r}: {reading:g} is not a percentage (0-100)")
        return value


def normalise(word: str) -> str:
    """Return `word` lower-cased with runs of space (and hyphens between words) as one space."""
    return " ".join(re.split(r"[\s\-]+", word.strip().lower()))


def percent_text(low: float, high: float) -> str:
    """Return a range as printed: '55–80%' (or '95%' for a point)."""
    if low == high:
        return f"{low:g}%"
    return f"{low:g}\u2013{high:g}%"


@dataclass(frozen=True)
class Term:
    """A resolved term of the layout's scale."""

    term: str
    low: float
    high: float

    @property
    def range_text(self) -> str:
        """Return the range as printed, e.g. '55–80%'."""
        return percent_text(self.low, self.high)

    @property
    def middle(self) -> float:
        """Return the middle of the range."""
        return (self.low + self.high) / 2


@dataclass(frozen=True)
class Scale:
    """A scale ready to use: terms low to high and every word that names one."""

    key: str
    title: str
    short: str
    terms: tuple[Term, ...]
    words: dict[str, Term]

    @classmethod
    def of(cls, key: str, spec: ScaleSpec) -> Scale:
        """Return the usable scale of a validated spec."""
        terms, words = [], {}
        for item in spec.terms:
            term = Term(item.term, *item.range)
            terms.append(term)
            for word in (item.term, *item.aliases):
                words[normalise(word)] = term
        return cls(key, spec.title, spec.short or spec.title, tuple(terms), words)

    def lookup(self, word: str) -> Term | None:
        """Return the term `word` names (any case, either column), or None."""
        return self.words.get(normalise(word))

    def nearest(self, percent: float) -> Term:
        """Return the term for a chance of `percent`: among ranges holding it the closest middle."""
        holding = [t for t in self.terms if t.low <= percent <= t.high] or list(self.terms)
        return min(holding, key=lambda t: abs(t.middle - percent))

    def names(self) -> str:
        """Return the scale's terms as a comma-separated list."""
        return ", ".join(t.term for t in self.terms)


def scale_of(settings: LikelihoodSettings) -> Scale:
    """Return the scale a layout's briefs use (its `likelihood.scale`)."""
    return Scale.of(settings.scale, settings.scales[settings.scale])


def other_scales(settings: LikelihoodSettings) -> list[Scale]:
    """Return every scale the layout defines except the one its briefs use."""
    return [Scale.of(key, spec) for key, spec in settings.scales.items() if key != settings.scale]
