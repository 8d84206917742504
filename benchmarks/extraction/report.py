"""Printing benchmark scores: pooled tables, the per-article table, diffs, and JSON."""

from __future__ import annotations

from benchmarks.extraction.metrics import PRF, Metric, Ratio
from benchmarks.extraction.score import FIELDS, ArticleScore, pool

ARTICLE_COLUMNS = (("people", "people"), ("roles_strict", "role"), ("organisations", "orgs"),
                   ("countries", "ctry"), ("places", "place"), ("events", "event"),
                   ("dated_events", "dated"), ("quotes", "quote"), ("speakers", "spkr"))


def fmt(value: float | None) -> str:
    """Return a figure with two decimals, or a dash when undefined."""
    return "–" if value is None else f"{value:.2f}"


def headline(metric: Metric) -> float | None:
    """Return the one figure of a metric shown in narrow tables: F1 or accuracy."""
    return metric.f1 if isinstance(metric, PRF) else metric.accuracy


def figures(metrics: dict[str, Metric]) -> dict[str, float | None]:
    """Return every figure as "field.figure" -> value, in field order."""
    return {f"{name}.{key}": value for name in FIELDS if name in metrics
            for key, value in metrics[name].figures().items()}


def pooled_table(metrics: dict[str, Metric], title: str) -> list[str]:
    """Return the lines of a pooled table: P/R/F1 for matched fields, accuracy for the rest."""
    lines = [title, f"  {'field':<14} {'P':>5} {'R':>5} {'F1':>5}  {'acc':>5}  counts"]
    for name in FIELDS:
        m = metrics.get(name)
        if isinstance(m, PRF):
            lines.append(f"  {name:<14} {fmt(m.precision):>5} {fmt(m.recall):>5} {fmt(m.f1):>5}  {'':>5}  "
                         f"tp {m.tp} fp {m.fp} fn {m.fn}")
        elif isinstance(m, Ratio):
            notes = "".join(f" {k} {v}" for k, v in sorted(m.notes.items()))
            lines.append(f"  {name:<14} {'':>5} {'':>5} {'':>5}  {fmt(m.accuracy):>5}  {m.hit}/{m.total}{notes}")
    return lines


def article_table(scores: list[ArticleScore]) -> list[str]:
    """Return the per-article table of headline figures (F1, or accuracy for ratios)."""
    width = max((len(s.slug) for s in scores), default=4)
    head = " ".join(f"{label:>6}" for _, label in ARTICLE_COLUMNS)
    lines = [f"{'article':<{width}} {'split':<5} {head} {'pub':>4}"]
    for s in scores:
        cells = " ".join(f"{fmt(headline(s.metrics[name])):>6}" for name, _ in ARTICLE_COLUMNS)
        pub = s.metrics["published"]
        pub_cell = "–" if not pub.total else ("ok" if pub.hit else "x")
        lines.append(f"{s.slug:<{width}} {s.split:<5} {cells} {pub_cell:>4}")
    return lines


def diff_lines(scores: list[ArticleScore]) -> list[str]:
    """Return every miss and false positive, article by article and field by field."""
    lines = []
    for s in scores:
        lines.append(f"== {s.split}/{s.slug}")
        for name in FIELDS:
            for line in s.diff.get(name, []):
                lines.append(f"  {name:<14} {line}")
    return lines


def split_pools(scores: list[ArticleScore]) -> dict[str, dict[str, Metric]]:
    """Return pooled metrics per split present, plus "all" when there are several."""
    splits = sorted({s.split for s in scores})
    pools = {name: pool([s for s in scores if s.split == name]) for name in splits}
    if len(splits) > 1:
        pools["all"] = pool(scores)
    return pools


def as_json(scores: list[ArticleScore], seconds: float) -> dict:
    """Return scores as a JSON-ready dict: pooled figures and counts per split, and per article."""
    def block(metrics: dict[str, Metric]) -> dict:
        return {name: {**metrics[name].figures(), **metrics[name].counts()} for name in FIELDS if name in metrics}

    return {
        "seconds": round(seconds, 3),
        "pooled": {split: block(m) for split, m in split_pools(scores).items()},
        "articles": [{"slug": s.slug, "split": s.split, "metrics": block(s.metrics), "diff": s.diff}
                     for s in scores],
    }


def markdown_table(pools: dict[str, dict[str, Metric]], counts: dict[str, int]) -> list[str]:
    """Return pooled figures per split as a Markdown table (for the README's quality table)."""
    splits = [s for s in pools if s != "all"]
    head = " | ".join(f"{s} ({counts[s]} articles)" for s in splits)
    lines = [f"| figure | {head} |", "|---|" + "---:|" * len(splits)]
    for name in FIELDS:
        keys = ("precision", "recall", "f1") if isinstance(pools[splits[0]].get(name), PRF) else ("accuracy",)
        for key in keys:
            cells = []
            for s in splits:
                m = pools[s].get(name)
                value = m.figures()[key] if m else None
                notes = "".join(f", {k} {v}" for k, v in sorted(m.notes.items())) if isinstance(m, Ratio) else ""
                count = f" ({m.hit}/{m.total}{notes})" if isinstance(m, Ratio) else ""
                cells.append(fmt(value) + count)
            lines.append(f"| {name} {key if len(keys) > 1 else ''} | {' | '.join(cells)} |".replace("  |", " |"))
    return lines
