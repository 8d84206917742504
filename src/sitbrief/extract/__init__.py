"""Extract the fact model from an Article: people, organisations, places, events, quotes, summary.

`extract_facts(article)` is a plain function of the article alone (plus optional overrides for
the publication date and outlet); nothing here reads a layout or touches the network.
"""

from __future__ import annotations

from datetime import date

from sitbrief.extract.assemble import assemble_facts
from sitbrief.extract.doc import Doc
from sitbrief.facts.model import Facts, shortening
from sitbrief.read.article import Article
from sitbrief.text.dates import today_told


def extract_facts(article: Article, published: date | None = None, source: str | None = None) -> Facts:
    """Return the Facts of `article`; `published`/`source` override what the text states."""
    stated = published or article.published
    anchor = stated or today_told([s.text for s in article.sentences])  # "today (Sunday 23 July 2017)"
    doc = Doc(
        sentences=article.sentences,
        anchor=anchor,
        text=article.text,
        title=article.title,
        anchor_from=_anchor_from(published, article, anchor),
    )
    with shortening() as shortened:  # a value over its field's cap is shortened, with a warning
        facts = assemble_facts(doc, article, anchor, source or article.source)
        facts.article.published_from = "option" if published else article.published_from
        facts.warnings = facts.warnings + list(dict.fromkeys(shortened))
    if not stated:  # the day "today" names dates the events, but the release states no publication date
        _unpublished(facts)
    return facts


def _anchor_from(published: date | None, article: Article, anchor: date | None) -> str | None:
    """Return where the anchor date was stated: the option, the article's own statement, or "today (...)"."""
    if published:
        return "option"
    return article.published_from if article.published else "today" if anchor else None


def _unpublished(facts: Facts) -> None:
    """Clear the publication date of `facts` and of its sources."""
    facts.article.published = None
    for source in facts.sources:
        source.published = None


__all__ = ["extract_facts"]
