"""Read an article file (.txt, .md, .html) into normalised text, sentences and metadata."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sitbrief.core.errors import InputError
from sitbrief.core.files import read_capped
from sitbrief.facts.model import Sentence, text_hash
from sitbrief.read.decode import check_size, decode_article, size_limit
from sitbrief.text.clean import clean_line, clean_text, paragraphs
from sitbrief.text.sentences import split_sentences

ARTICLE_SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
                    ".html": "html", ".htm": "html"}
MIN_WORDS = 5
_WIDE_CHARS = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003ffff]")


@dataclass
class Article:
    """An article's normalised body text, its sentences and the metadata found in it."""

    text: str
    sentences: list[Sentence]
    title: str | None = None
    source: str | None = None
    published: date | None = None
    published_from: str | None = None  # where the date was stated: metadata, date line, ...
    dateline: str | None = None
    dateline_region: str | None = None  # what the dateline adds after the place ("Hawaii", "Okinawa, Japan")
    byline: str | None = None
    url: str | None = None
    language: str = "en"
    related: list[str] = field(default_factory=list)
    name: str = "<article>"
    warnings: list[str] = field(default_factory=list)


def read_article(path: str | Path, encoding: str | None = None, max_bytes: int | None = None) -> Article:
    """Return the Article stored at `path`."""
    path = Path(path)
    fmt = ARTICLE_SUFFIXES.get(path.suffix.lower())
    max_bytes = max_bytes or size_limit(html=fmt in (None, "html"))
    data = _read_capped(path, max_bytes)
    text, warnings = decode_article(data, str(path), encoding, max_bytes)
    fmt = fmt or _sniff(text)
    article = parse_article(text, fmt, str(path))
    article.warnings[:0] = warnings
    return article


def _read_capped(path: Path, max_bytes: int) -> bytes:
    """Return the bytes of `path`, reading no more than one byte past `max_bytes`."""
    data = read_capped(path, max_bytes, "an article")
    if len(data) > max_bytes:
        check_size(max(path.stat().st_size, len(data)), str(path), max_bytes)
    return data


def _sniff(text: str) -> str:
    """Guess the format of a file without a known suffix."""
    head = text.lstrip()[:200].lower()
    return "html" if head.startswith(("<!doctype html", "<html")) else "text"


def parse_article(text: str, fmt: str = "text", name: str = "<article>") -> Article:
    """Return the Article in decoded `text` of format text, markdown or html."""
    from sitbrief.read.metadata import find_metadata

    text = clean_text(text)
    if not text.strip():
        raise InputError(f"{name}: the article is empty")
    meta: dict = {}
    if fmt == "html":
        text, meta = _from_html(text, name)
    elif fmt == "markdown":
        text, meta = _from_markdown(text)
    paras = paragraphs(text)
    found = find_metadata(paras, meta)
    article = _assemble(found.body, found.captions, name)
    for key in ("title", "source", "published", "published_from", "dateline", "dateline_region", "byline", "url",
                "related"):
        setattr(article, key, getattr(found, key))
    article.language = meta.get("language") or "en"
    if sum(word_count(s.text) for s in article.sentences) < MIN_WORDS:
        raise InputError(f"{name}: too little text to be an article (under {MIN_WORDS} words)")
    return article


def word_count(text: str) -> int:
    """Return the number of words in `text`, counting each CJK character as one."""
    return len(text.split()) + len(_WIDE_CHARS.findall(text))


def _assemble(body: list[str], captions: set[int], name: str) -> Article:
    """Join body paragraphs into the normalised text and number their sentences."""
    text_parts: list[str] = []
    sentences: list[Sentence] = []
    offset = 0
    for number, para in enumerate(body):
        for start, end in split_sentences(para):
            sentences.append(Sentence(
                id=f"s{len(sentences) + 1}", text=para[start:end], start=offset + start,
                end=offset + end, paragraph=number + 1,
                kind="caption" if number in captions else "body", sha256=text_hash(para[start:end]),
            ))
        text_parts.append(para)
        offset += len(para) + 2
    return Article(text="\n\n".join(text_parts), sentences=sentences, name=name)


def _from_html(html: str, name: str) -> tuple[str, dict]:
    """Return the main text and metadata of an HTML page, by trafilatura."""
    import trafilatura

    # Only a date the page states in its metadata counts: htmldate's "extensive search" guesses
    # from any year in the text (a caption's "2023" became 1 January 2023) and is switched off.
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True,
                                      date_extraction_params={"extensive_search": False,
                                                              "original_date": True})
    if doc is None or not (doc.text or "").strip():
        raise InputError(f"{name}: no article text found in this HTML page")
    lines = [line for line in doc.text.split("\n") if line.strip()]
    if doc.title and lines and clean_line(lines[0]) == clean_line(doc.title):
        lines = lines[1:]
    meta = {"title": doc.title, "source": doc.sitename, "published": doc.date,
            "url": doc.url, "language": doc.language, "byline": doc.author}
    return "\n\n".join(lines), {k: v for k, v in meta.items() if v}


def _from_markdown(source: str) -> tuple[str, dict]:
    """Return the plain text of a Markdown article and its first heading as title."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(source)
    blocks: list[str] = []
    meta: dict = {}
    for i, token in enumerate(tokens):
        if token.type != "inline":
            continue
        text = _inline_text(token)
        opener = tokens[i - 1]
        if opener.type == "heading_open" and opener.tag == "h1" and "title" not in meta:
            meta["title"] = text
            continue
        blocks.append(text)
    return "\n\n".join(blocks), meta


def _inline_text(token) -> str:
    """Return the text of an inline Markdown token without markup."""
    parts = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts)
