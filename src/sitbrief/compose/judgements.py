"""Analyst judgements worded in the layout's likelihood scale: key judgements, qualifiers, legend.

The fact file may give a likelihood in any case and in either column of the scale ("Probable",
"likely"); the brief prints the scale's own term, with its range when the layout asks. A word
the layout's scale does not have is refused here, where the layout is known, naming the field.
"""

from __future__ import annotations

from dataclasses import dataclass

from sitbrief.compose.brief import JudgementBlock, KeyJudgement, KeyJudgements, Paragraph
from sitbrief.core.errors import FactsError
from sitbrief.facts.model import Judgement
from sitbrief.layout.scales import Scale, Term, other_scales, scale_of


@dataclass(frozen=True)
class OffScale:
    """A likelihood word the layout's scale does not have, and the term to use instead."""

    field: str
    word: str
    scale: Scale
    suggestion: Term | None

    def reason(self, layout_name: str) -> str:
        """Return what is wrong and the fix: the scale's term for that chance, then all its terms."""
        fix = (f"use {self.suggestion.term!r} ({self.suggestion.range_text}) or another of: "
               if self.suggestion else "use one of: ")
        return (f"{self.word!r} is not a term of the {self.scale.title} (layout {layout_name!r}); "
                f"{fix}{self.scale.names()}")

    def message(self, layout_name: str) -> str:
        """Return the one-line explanation, naming the field."""
        return f"{self.field}: {self.reason(layout_name)}"


def off_scale(judgement: Judgement, index: int, layout) -> OffScale | None:
    """Return why judgement `index`'s likelihood is not on the layout's scale, or None if it is."""
    scale = scale_of(layout.settings.likelihood)
    word = judgement.likelihood
    if word is None or scale.lookup(word):
        return None
    return OffScale(f"assessment[{index}].likelihood", word, scale,
                    suggest(word, scale, layout.settings.likelihood))


def suggest(word: str, scale: Scale, settings) -> Term | None:
    """Return the term of `scale` for the chance `word` means on another scale or as a hedge."""
    for other in other_scales(settings):
        if term := other.lookup(word):
            return scale.nearest(term.middle)
    reading = {k.lower(): v for k, v in settings.hedges.items()}.get(" ".join(word.lower().split()))
    return scale.nearest(reading) if reading is not None else None


class JudgementWording:
    """Words judgements as the layout says: the scale's term, its range, the confidence."""

    def __init__(self, facts, layout) -> None:
        self.facts = facts
        self.layout = layout
        self.settings = layout.settings.likelihood
        self.scale = scale_of(self.settings)

    def term(self, judgement: Judgement, index: int) -> Term | None:
        """Return the scale term of a judgement's likelihood; refuse a word not on the scale."""
        problem = off_scale(judgement, index, self.layout)
        if problem:
            raise FactsError(problem.message(self.layout.name))
        return self.scale.lookup(judgement.likelihood) if judgement.likelihood else None

    def qualifier(self, judgement: Judgement, index: int) -> str:
        """Return the qualifier line of a judgement (likelihood, range, confidence)."""
        term = self.term(judgement, index)
        return self.layout.render(
            "judgement_qualifier.j2",
            likelihood=term.term if term else None,
            confidence=judgement.confidence,
            range=term.range_text if term and self.settings.ranges else None,
            scale=self.scale.short,
        )

    def shown(self, limit: int | None) -> list[tuple[int, Judgement]]:
        """Return the judgements to show (with their index in the fact file), at most `limit`."""
        items = [(i, j) for i, j in enumerate(self.facts.assessment) if j.text.strip()]
        return items[:limit] if limit else items

    def legend(self) -> str:
        """Return the legend of the scale, or '' when the layout does not ask for one."""
        if not self.settings.legend:
            return ""
        terms = [{"term": t.term, "range": t.range_text} for t in self.scale.terms]
        return self.layout.render("likelihood_legend.j2", scale=self.scale.title,
                                  short=self.scale.short, terms=terms)

    def key_judgements(self, limit: int | None, portion) -> list[KeyJudgements]:
        """Return the key-judgements block (empty list when the analyst added none)."""
        items = [KeyJudgement(n, portion(j.text), self.qualifier(j, i), list(j.basis))
                 for n, (i, j) in enumerate(self.shown(limit), start=1)]
        return [KeyJudgements(items, self.legend())] if items else []

    def blocks(self, limit: int | None, portion) -> list[JudgementBlock | Paragraph]:
        """Return one judgement box per judgement (the `assessment` section), then the legend."""
        boxes: list[JudgementBlock | Paragraph] = [
            JudgementBlock(portion(j.text), self.qualifier(j, i), list(j.basis))
            for i, j in self.shown(limit)]
        legend = self.legend() if boxes else ""
        return boxes + ([Paragraph(legend, "caption")] if legend else [])
