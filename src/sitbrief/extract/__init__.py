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


def extract_facts(article: Article, published: date | None = None, source: str | None = None) -> Facts:
    """Return the Facts of `article`; `published`/`source` override what the text states."""
    anchor = published or article.published
    doc = Doc(
        sentences=article.sentences,
        anchor=anchor,
        text=article.text,
        title=article.title,
        anchor_from="option" if published else article.published_from,
    )
    with shortening() as shortened:  # a value over its field's cap is shortened, with a warning
        facts = assemble_facts(doc, article, anchor, source or article.source)
        facts.article.published_from = "option" if published else article.published_from
        facts.warnings = facts.warnings + list(dict.fromkeys(shortened))
    return facts


__all__ = ["extract_facts"]
