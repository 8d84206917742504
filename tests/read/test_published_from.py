"""A date the text does not state is never an anchor; where the publication date came from is recorded."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sitbrief import extract_facts, read_article
from tests.hostile.helpers import SEED

BODY = """<article><h1>Navies agree drills</h1>
<p>The two navies agreed to hold joint drills next month off Palawan, officials said on Friday.</p>
<p>The talks were the third this year, the ministry said, and more are planned for the coming months.</p>
<figure><img src="a.jpg"><figcaption>Sailors at the port in 2023. (Photo: Navy)</figcaption></figure>
<p>Officials said the exercises would involve several ships and aircraft from both countries.</p></article>"""


def _page(tmp_path: Path, head: str = "") -> Path:
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><title>Talks</title>{head}</head><body>{BODY}</body></html>", encoding="utf-8")
    return path


def test_a_year_in_a_caption_is_not_a_publication_date(tmp_path: Path) -> None:
    facts = extract_facts(read_article(_page(tmp_path)))
    assert facts.article.published is None and facts.article.published_from is None
    assert all(e.when.anchor is None for e in facts.events)
    assert any("no publication date" in w for w in facts.warnings)


def test_a_date_in_the_page_metadata_is_used_and_named(tmp_path: Path) -> None:
    head = '<meta property="article:published_time" content="2024-03-08T09:00:00Z">'
    facts = extract_facts(read_article(_page(tmp_path, head)))
    assert (facts.article.published, facts.article.published_from) == ("2024-03-08", "metadata")


def test_where_the_date_came_from_is_recorded_for_text_and_option() -> None:
    article = read_article(SEED)
    assert extract_facts(article).article.published_from == "caption"
    chosen = extract_facts(article, published=date(2023, 10, 20)).article
    assert (chosen.published, chosen.published_from) == ("2023-10-20", "option")
