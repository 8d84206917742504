"""Running the extractor on benchmark articles and scoring each against its gold."""

from __future__ import annotations

import datetime as dt

import yaml

from benchmarks.extraction.gold import Case, load_gold
from benchmarks.extraction.score import ArticleScore, score_article, score_dated_known
from sitbrief import extract_facts, read_article


class BenchmarkError(Exception):
    """An article or gold file the benchmark cannot read."""


def score_case(case: Case) -> ArticleScore:
    """Extract the facts of one article as `sitbrief extract` does and score them."""
    try:
        gold = load_gold(case.gold_path)
    except (OSError, ValueError, yaml.YAMLError) as error:
        raise BenchmarkError(f"{case.gold_path}: {error} (run --lint)") from error
    article = read_article(case.text_path)
    score = score_article(case.slug, case.split, gold, extract_facts(article))
    page_date = _page_date(gold)
    if gold.published is None and page_date:  # as an analyst would run it: `--published` the page's date
        score_dated_known(score, gold, extract_facts(article, published=page_date))
    return score


def _page_date(gold) -> dt.date | None:
    """Return the publication date the page gives (gold `source.published`), if a full date."""
    try:
        return dt.date.fromisoformat(str(gold.source.get("published") or ""))
    except ValueError:
        return None


def score_cases(cases: list[Case]) -> list[ArticleScore]:
    """Score every case in order (extraction takes milliseconds, so no worker pool)."""
    return [score_case(case) for case in cases]
