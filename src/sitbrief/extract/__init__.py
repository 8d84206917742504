"""Extract the fact model from an Article: people, organisations, places, events, quotes, summary.

`extract_facts(article)` is a plain function of the article alone (plus optional overrides for
the publication date and outlet); nothing here reads a layout or touches the network.
"""

from __future__ import annotations

from datetime import date

from sitbrief.extract.assemble import assemble_facts
from sitbrief.extract.doc import Doc
from sitbrief.facts.model import Facts
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
    facts = assemble_facts(doc, article, anchor, source or article.source)
    facts.article.published_from = "option" if published else article.published_from
    return facts


__all__ = ["extract_facts"]
