"""Running the extractor on benchmark articles and scoring each against its gold."""

from __future__ import annotations

from benchmarks.extraction.gold import Case, load_gold
from benchmarks.extraction.score import ArticleScore, score_article
from sitbrief import extract_facts, read_article


def score_case(case: Case) -> ArticleScore:
    """Extract the facts of one article as `sitbrief extract` does and score them."""
    facts = extract_facts(read_article(case.text_path))
    return score_article(case.slug, case.split, load_gold(case.gold_path), facts)


def score_cases(cases: list[Case]) -> list[ArticleScore]:
    """Score every case in order (extraction takes milliseconds, so no worker pool)."""
    return [score_case(case) for case in cases]
