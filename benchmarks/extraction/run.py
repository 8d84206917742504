"""Running the extractor on benchmark articles and scoring each against its gold."""

from __future__ import annotations

import yaml

from benchmarks.extraction.gold import Case, load_gold
from benchmarks.extraction.score import ArticleScore, score_article
from sitbrief import extract_facts, read_article


class BenchmarkError(Exception):
    """An article or gold file the benchmark cannot read."""


def score_case(case: Case) -> ArticleScore:
    """Extract the facts of one article as `sitbrief extract` does and score them."""
    try:
        gold = load_gold(case.gold_path)
    except (OSError, ValueError, yaml.YAMLError) as error:
        raise BenchmarkError(f"{case.gold_path}: {error} (run --lint)") from error
    facts = extract_facts(read_article(case.text_path))
    return score_article(case.slug, case.split, gold, facts)


def score_cases(cases: list[Case]) -> list[ArticleScore]:
    """Score every case in order (extraction takes milliseconds, so no worker pool)."""
    return [score_case(case) for case in cases]
