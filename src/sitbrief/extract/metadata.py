"""Find an article's metadata in its paragraphs: title, outlet, date, dateline, byline, related.

What is metadata (a date line, a byline, a "Related coverage:" block, a wire trailer) is taken
out of the story body; photo captions stay in the body but are marked, since they often carry
the only date and outlet ("... on Oct. 19, 2023. (Kyodo)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from sitbrief.extract.dates import parse_full_date

_RELATED = re.compile(
    r"^(?:related(?: coverage| stories| articles| news| content| reading)?|read more|see also|"
    r"more on this(?: story)?|also read|you may also like|recommended)\s*:?\s*(?P<rest>.*)$", re.I)
_LABEL_ONLY = re.compile(
    r"^(?:press release|news release|media release|readout|statement|for immediate release|"
    r"news|transcript|immediate release|share|print|email)\s*:?\s*$", re.I)
_DATE_LINE = re.compile(
    r"^(?:(?:published|updated|posted|released|issued|date|dated|last updated)\s*(?:on)?\s*:?\s*)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?P<date>[\w.,\s-]{6,40}?)"
    r"(?:\s*(?:[|,\u2013\u2014-]|at)?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*[A-Z]{0,4})?\s*$", re.I)
_BYLINE = re.compile(r"^by\s+(?P<who>[A-Z][\w.'\u2019-]*(?:\s+(?:and\s+)?[A-Z][\w.'\u2019-]*,?){0,6})"
                     r"(?:\s*[,|/\u2013\u2014-]\s*(?P<org>[A-Z][\w .&'-]{1,40}))?\s*$")
_FROM = re.compile(r"^(?:from|source|issued by)\s*:\s*(?P<org>.{2,80})$", re.I)
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\u2019-]+(?:\s+[A-Z][A-Z.'\u2019-]+){0,3})"
    r"(?:,\s*(?P<region>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?"
    r"(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?))?"
    r"\s*(?:\((?P<src>[^)]{2,40})\))?\s*[-\u2013\u2014:]{1,2}\s+(?=\S)")
_CAPTION_SRC = re.compile(r"\((?P<src>[A-Z][\w .&'/-]{1,50})\)\s*$")
_TRAILER = re.compile(r"^\(?(?:reporting|writing|editing|additional reporting|compiled)\s+by\b.*$|"
                      r"^(?:copyright|\u00a9|all rights reserved)\b.*$", re.I)
_HEADLINE_END = re.compile(r"[.!?:;,\"\u201d]$")


@dataclass
class Found:
    """Metadata found in an article and its remaining story paragraphs."""

    body: list[str]
    captions: set[int] = field(default_factory=set)
    title: str | None = None
    source: str | None = None
    published: date | None = None
    dateline: str | None = None
    byline: str | None = None
    url: str | None = None
    related: list[str] = field(default_factory=list)


def find_metadata(paras: list[str], given: dict | None = None) -> Found:
    """Return the metadata found in `paras` (with `given` values from HTML/Markdown first)."""
    given = given or {}
    paras, related = _split_related(paras)
    found = Found(body=[], related=related, title=given.get("title"), url=given.get("url"),
                  source=given.get("source"), byline=given.get("byline"),
                  published=_iso_or_none(given.get("published")))
    rest = _take_header(paras, found)
    rest = [p for p in rest if not _TRAILER.match(p)]
    if rest:
        rest[0] = _take_dateline(rest[0], found)
    found.body = rest
    _take_captions(found)
    return found


def _iso_or_none(value: str | None) -> date | None:
    """Return an ISO date string (or its first 10 characters) as a date."""
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _split_related(paras: list[str]) -> tuple[list[str], list[str]]:
    """Return the story paragraphs and the related-coverage titles that close the text."""
    for i, para in enumerate(paras):
        match = _RELATED.match(para)
        if match and i > 0 and (not match["rest"] or len(para.split()) < 30):
            titles = ([match["rest"]] if match["rest"] else []) + paras[i + 1:]
            return paras[:i], [t.strip() for t in titles if t.strip()]
    return paras, []


def _take_header(paras: list[str], found: Found) -> list[str]:
    """Consume title, label, date and byline lines from the top of the article."""
    i = 0
    while i < len(paras) and i < 6:
        para = paras[i]
        if _LABEL_ONLY.match(para):
            i += 1
        elif _is_date_line(para):
            found.published = found.published or parse_full_date(para)
            i += 1
        elif match := _BYLINE.match(para):
            found.byline = found.byline or match["who"].rstrip(",")
            found.source = found.source or (match["org"].strip() if match["org"] else None)
            i += 1
        elif match := _FROM.match(para):
            found.source = found.source or match["org"].strip()
            i += 1
        elif found.title is None and _is_headline(para, paras, i):
            found.title = para
            i += 1
        else:
            break
    return paras[i:]


def _is_date_line(para: str) -> bool:
    """Tell whether `para` is nothing but a date (with an optional label and time)."""
    if len(para) > 70:
        return False
    match = _DATE_LINE.match(para)
    return bool(match) and parse_full_date(match["date"]) is not None


def _is_headline(para: str, paras: list[str], i: int) -> bool:
    """Tell whether `para` looks like a headline: short, unpunctuated, followed by body text."""
    words = para.split()
    return (2 <= len(words) <= 25 and not _HEADLINE_END.search(para) and i + 1 < len(paras)
            and len(paras[i + 1].split()) > len(words) and not _DATELINE.match(para + " - x"))


def _take_dateline(first: str, found: Found) -> str:
    """Strip a wire dateline ("MANILA, March 3 (Reuters) -") from the first paragraph."""
    match = _DATELINE.match(first)
    if not match or len(match["place"]) < 3:
        return first
    found.dateline = match["place"].title()
    if match["src"]:
        found.source = found.source or match["src"].strip()
    if match["date"] and found.published is None:
        found.published = parse_full_date(match["date"])
    return first[match.end():]


def _take_captions(found: Found) -> None:
    """Mark photo captions ("... (Kyodo)") and take outlet and date from them."""
    for i, para in enumerate(found.body):
        match = _CAPTION_SRC.search(para)
        if not match or not re.search(r"[.!?]\s*\(", para) or len(match["src"].split()) > 6:
            continue
        if match["src"] in ("R", "L", "C", "L-R", "R-L", "center", "left", "right"):
            continue
        found.captions.add(i)
        outlet = re.split(r"\s*/\s*|\s+photo\b", match["src"], flags=re.I)[0].strip()
        if outlet.lower() in ("photo", "file photo", "ap photo"):
            outlet = match["src"].split("/")[0].replace("Photo", "").strip()
        found.source = found.source or outlet or None
        found.published = found.published or parse_full_date(para)
