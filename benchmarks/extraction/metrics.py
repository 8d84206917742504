"""Counters for the benchmark's figures: precision/recall/F1 counts and accuracy ratios."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


def _div(a: float, b: float) -> float | None:
    """Return a / b, or None when b is 0 (the figure is undefined)."""
    return a / b if b else None


@dataclass
class PRF:
    """True positives, false positives and false negatives of one field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        """Return tp / (tp + fp)."""
        return _div(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        """Return tp / (tp + fn)."""
        return _div(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        """Return the harmonic mean of precision and recall (0 when both are 0)."""
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: PRF) -> PRF:
        """Return the sum of two counts (pooling)."""
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def figures(self) -> dict[str, float | None]:
        """Return precision, recall and F1 by name."""
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1}

    def counts(self) -> dict:
        """Return the raw counts."""
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Ratio:
    """Hits out of a total, with named side counts (e.g. wrong vs empty, spurious)."""

    hit: int = 0
    total: int = 0
    notes: Counter = field(default_factory=Counter)

    @property
    def accuracy(self) -> float | None:
        """Return hit / total."""
        return _div(self.hit, self.total)

    def add(self, other: Ratio) -> Ratio:
        """Return the sum of two ratios (pooling)."""
        return Ratio(self.hit + other.hit, self.total + other.total, self.notes + other.notes)

    def figures(self) -> dict[str, float | None]:
        """Return the accuracy by name."""
        return {"accuracy": self.accuracy}

    def counts(self) -> dict:
        """Return the raw counts."""
        return {"hit": self.hit, "total": self.total, **dict(sorted(self.notes.items()))}


Metric = PRF | Ratio
