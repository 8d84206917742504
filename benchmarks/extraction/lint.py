"""Checking gold files against the GUIDE: format, verbatim quotes, names, dates, split folders."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import yaml

from benchmarks.extraction import SPLITS
from benchmarks.extraction.gold import GOLD_SUFFIX, read_yaml, scalar
from benchmarks.extraction.lexicon import canonical_countries, canonical_country, org_acronyms
from benchmarks.extraction.match import names_match, quote_paragraphs
from benchmarks.extraction.text import quote_key, squash, words

TOP_KEYS = ("source", "published", "dateline", "people", "organisations", "countries", "places", "events", "quotes")
SOURCE_KEYS = ("url", "outlet", "published", "licence", "genre", "spelling", "government")
ITEM_KEYS = {
    "people": ("name", "role", "rank", "affiliation"),
    "organisations": ("name", "acronym", "kind"),
    "places": ("name", "kind"),
    "events": ("what", "kind", "when_text", "when", "status", "where", "participants"),
    "quotes": ("text", "speaker"),
}
CHOICES = {
    "genre": ("readout", "military", "joint_statement", "block_quote", "wire", "relative_dates"),
    "spelling": ("us", "uk"),
    "organisations.kind": ("organisation", "unit", "ship", "aircraft"),
    "places.kind": ("city", "region", "sea", "facility", "other"),
    "events.kind": ("meeting", "call", "talks", "exercise", "agreement", "deal", "deployment", "announcement",
                    "postponement", "appointment", "statement", "other"),
    "events.status": ("past", "ongoing", "planned", "postponed", "cancelled"),
}
SLUG = re.compile(r"^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+){3,6}$")
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PARTIAL_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def run_lint(root: Path) -> int:
    """Print every problem of every gold file under `root`; return 1 if there are any."""
    problems = list(lint_tree(root))
    for line in problems:
        print(line)
    files = len(list(root.glob(f"*/*{GOLD_SUFFIX}")))
    print(f"{len(problems)} problem(s) in {files} gold file(s)")
    return 1 if problems else 0


def lint_tree(root: Path) -> Iterator[str]:
    """Yield problems of the folder layout and of each gold file."""
    for path in sorted(root.iterdir()):
        if path.is_dir() and path.name not in SPLITS:
            yield f"{path.name}/: not a split folder (only {', '.join(SPLITS)})"
        elif path.is_file():
            yield f"{path.name}: a file outside the split folders"
    seen: dict[str, str] = {}
    for split in SPLITS:
        for path in sorted((root / split).glob("*")):
            yield from _lint_entry(path, split, seen)


def _lint_entry(path: Path, split: str, seen: dict[str, str]) -> Iterator[str]:
    """Yield problems of one file in a split folder."""
    rel = f"{split}/{path.name}"
    if path.name.endswith(GOLD_SUFFIX):
        slug = path.name[: -len(GOLD_SUFFIX)]
        if slug in seen:
            yield f"{rel}: the same slug is also in {seen[slug]}/"
        seen[slug] = split
        text_path = path.with_name(f"{slug}.txt")
        if not text_path.is_file():
            yield f"{rel}: no article {slug}.txt beside it"
            return
        yield from (f"{rel}: {p}" for p in lint_gold(path, text_path))
    elif path.suffix == ".txt":
        if not path.with_name(f"{path.stem}{GOLD_SUFFIX}").is_file():
            yield f"{rel}: no gold file {path.stem}{GOLD_SUFFIX} beside it"
    else:
        yield f"{rel}: neither an article (.txt) nor a gold file ({GOLD_SUFFIX})"


def lint_gold(gold_path: Path, text_path: Path) -> Iterator[str]:
    """Yield the problems of one gold file, checked against its article text."""
    slug = gold_path.name[: -len(GOLD_SUFFIX)]
    if not SLUG.match(slug):
        yield f"slug {slug!r} is not <yyyy-mm-dd>-<outlet>-<three-to-six-words>"
    try:
        data = read_yaml(gold_path)
    except (yaml.YAMLError, ValueError) as error:
        yield f"not readable YAML: {squash(str(error))}"
        return
    text = text_path.read_text(encoding="utf-8")
    yield from _lint_text(text)
    yield from _lint_keys(data)
    yield from _lint_source(data.get("source"), slug)
    yield from _lint_header(data, text)
    yield from _lint_people(data, text)
    yield from _lint_orgs(data)
    yield from _lint_countries(data)
    yield from _lint_places(data, text)
    yield from _lint_events(data, text)
    yield from _lint_quotes(data, text)


def _lint_text(text: str) -> Iterator[str]:
    """Yield problems of the article text's layout."""
    lines = text.strip("\n").split("\n")
    if not lines or not lines[0].strip():
        yield "article: the first line (the headline) is empty"
    for i in range(1, len(lines)):
        if lines[i].strip() and lines[i - 1].strip():
            yield f"article line {i + 1}: paragraphs are not separated by a blank line"
            return


def _lint_keys(data: dict) -> Iterator[str]:
    """Yield missing and unknown top-level keys."""
    for key in TOP_KEYS:
        if key not in data:
            yield f"missing key {key!r}"
    for key in data:
        if key not in TOP_KEYS:
            yield f"unknown key {key!r}"
    for key in ("people", "organisations", "countries", "places", "events", "quotes"):
        if data.get(key) is not None and not isinstance(data[key], list):
            yield f"{key}: not a list"


def _lint_source(source, slug: str) -> Iterator[str]:
    """Yield problems of the source block (extra keys such as mirror_url are allowed)."""
    if not isinstance(source, dict):
        yield "source: not a mapping"
        return
    for key in SOURCE_KEYS:
        if not scalar(source.get(key)):
            yield f"source.{key}: missing or empty"
    for key in ("genre", "spelling"):
        value = scalar(source.get(key))
        if value and value not in CHOICES[key]:
            yield f"source.{key}: {value!r} is not one of {', '.join(CHOICES[key])}"
    published = scalar(source.get("published"))
    if published and not ISO_DAY.match(published):
        yield f"source.published: {published!r} is not YYYY-MM-DD"
    elif published and published != slug[:10]:
        yield f"source.published: {published} differs from the slug's date {slug[:10]}"
    government = scalar(source.get("government"))
    if government and government not in canonical_countries():
        yield f"source.government: {government!r} is not a country short name"


def _lint_header(data: dict, text: str) -> Iterator[str]:
    """Yield problems of the stated publication date and dateline."""
    published = scalar(data.get("published"))
    if published and not ISO_DAY.match(published):
        yield f"published: {published!r} is not YYYY-MM-DD or null"
    dateline = scalar(data.get("dateline"))
    if dateline and not _in_text(dateline, text):
        yield f"dateline: {dateline!r} is not in the text"


def _in_text(phrase: str, text: str) -> bool:
    """Return whether a phrase occurs in the text, ignoring case, accents and quote styles."""
    return f" {' '.join(words(phrase))} " in f" {' '.join(words(text))} "


def _words_in_text(phrase: str, text: str) -> bool:
    """Return whether every word of a phrase begins some word of the text ("Sea" in "Seas")."""
    present = set(words(text))
    return all(any(t.startswith(w) for t in present) for w in words(phrase))


def quote_in_text(quote: str, article: str, gap: int = 80) -> bool:
    """Return whether a normalised quote is in the article, whole or in two parts a short gap apart.

    The GUIDE joins a quote broken by an attribution ("We will," she said, "stand firm.") with
    one space; the parts are then found one after the other in the article.
    """
    if quote in article:
        return True
    for i in (i for i, c in enumerate(quote) if c == " "):
        left, right = quote[:i], quote[i + 1:]
        start = article.find(left)
        after = article.find(right, start + len(left)) if start >= 0 else -1
        if after >= 0 and after - start - len(left) <= gap:
            return True
    return False


def _items(data: dict, key: str) -> Iterator[tuple[str, dict]]:
    """Yield (label, item) of a list field, and nothing for items that are not mappings."""
    for i, item in enumerate(data.get(key) or []):
        if isinstance(item, dict):
            yield f"{key}[{i}]", item


def _lint_item_keys(data: dict, key: str) -> Iterator[str]:
    """Yield missing/unknown keys and non-mapping items of a list of mappings."""
    for i, item in enumerate(data.get(key) or []):
        if not isinstance(item, dict):
            yield f"{key}[{i}]: not a mapping"
            continue
        yield from (f"{key}[{i}]: missing key {k!r}" for k in ITEM_KEYS[key] if k not in item)
        yield from (f"{key}[{i}]: unknown key {k!r}" for k in item if k not in ITEM_KEYS[key])


def _choice(label: str, value, choices_key: str) -> Iterator[str]:
    """Yield a problem when a value is not one of the GUIDE's choices."""
    value = scalar(value)
    if value not in CHOICES[choices_key]:
        yield f"{label}: {value!r} is not one of {', '.join(CHOICES[choices_key])}"


def _lint_people(data: dict, text: str) -> Iterator[str]:
    """Yield problems of people: names in the text, no duplicates, affiliations known."""
    yield from _lint_item_keys(data, "people")
    names: list[str] = []
    for label, person in _items(data, "people"):
        name = scalar(person.get("name"))
        if not name:
            yield f"{label}.name: empty"
            continue
        if not _words_in_text(name, text):
            yield f"{label}.name: {name!r} is not in the text"
        if name in names:
            yield f"{label}.name: {name!r} is listed twice"
        names.append(name)
        yield from _lint_role(label, scalar(person.get("role")))
        yield from _lint_affiliation(label, scalar(person.get("affiliation")))


def _lint_role(label: str, role: str | None) -> Iterator[str]:
    """Yield a problem when a role opens with a nationality or ends with "of <Country>"."""
    if not role:
        return
    toks = words(role)
    if toks and (canonical_country(toks[0]) or canonical_country(" ".join(toks[:2]))):
        yield f"{label}.role: {role!r} opens with a country or nationality (GUIDE: Role)"
    tail = re.search(r"\bof\s+(?:the\s+)?(.+)$", role)
    if tail and canonical_country(tail.group(1)):
        yield f"{label}.role: {role!r} ends with 'of <Country>' (GUIDE: Role)"


def _lint_affiliation(label: str, value: str | None) -> Iterator[str]:
    """Yield a problem when an affiliation is neither a country short name nor a known body."""
    if value is None:
        return
    if canonical_country(value) and value not in canonical_countries():
        yield f"{label}.affiliation: {value!r} should be the short name {canonical_country(value)!r}"
    elif not canonical_country(value) and " ".join(words(value)) not in org_acronyms():
        yield f"{label}.affiliation: {value!r} is neither a country nor a known international organisation (check)"


def _lint_orgs(data: dict) -> Iterator[str]:
    """Yield problems of organisations."""
    yield from _lint_item_keys(data, "organisations")
    for label, org in _items(data, "organisations"):
        if not scalar(org.get("name")):
            yield f"{label}.name: empty"
        yield from _choice(f"{label}.kind", org.get("kind"), "organisations.kind")
        if canonical_country(scalar(org.get("name"))):
            yield f"{label}.name: {org.get('name')!r} is a country, not an organisation"


def _lint_countries(data: dict) -> Iterator[str]:
    """Yield countries that are not written as the short name, or are listed twice."""
    seen: set[str | None] = set()
    for i, name in enumerate(data.get("countries") or []):
        name = scalar(name)
        if name in seen:
            yield f"countries[{i}]: {name!r} is listed twice"
        seen.add(name)
        if name not in canonical_countries():
            hint = canonical_country(name)
            yield f"countries[{i}]: {name!r} is not a country short name" + (f" (write {hint!r})" if hint else "")


def _lint_places(data: dict, text: str) -> Iterator[str]:
    """Yield problems of places: kind, not a country, in the text."""
    yield from _lint_item_keys(data, "places")
    for label, place in _items(data, "places"):
        name = scalar(place.get("name")) or ""
        yield from _choice(f"{label}.kind", place.get("kind"), "places.kind")
        if name in canonical_countries():
            yield f"{label}.name: {name!r} is a country; list it under countries"
        if name and not _words_in_text(name, text):
            yield f"{label}.name: {name!r} has words that are not in the text"


def _entity_names(data: dict) -> list[str]:
    """Return every person, organisation (and acronym), country and place name of the gold."""
    names = [scalar(p.get("name")) for _, p in _items(data, "people")]
    for _, org in _items(data, "organisations"):
        names += [scalar(org.get("name")), scalar(org.get("acronym"))]
    names += [scalar(c) for c in data.get("countries") or []]
    names += [scalar(p.get("name")) for _, p in _items(data, "places")]
    return [n for n in names if n]


def _lint_events(data: dict, text: str) -> Iterator[str]:
    """Yield problems of events: kinds, statuses, dates, places and participants that exist."""
    yield from _lint_item_keys(data, "events")
    people = [scalar(p.get("name")) for _, p in _items(data, "people")]
    entities = _entity_names(data)
    places = [scalar(c) for c in data.get("countries") or []]
    places += [scalar(p.get("name")) for _, p in _items(data, "places")]
    for label, event in _items(data, "events"):
        if not scalar(event.get("what")):
            yield f"{label}.what: empty"
        yield from _choice(f"{label}.kind", event.get("kind"), "events.kind")
        yield from _choice(f"{label}.status", event.get("status"), "events.status")
        when, when_text = scalar(event.get("when")), scalar(event.get("when_text"))
        if when and not PARTIAL_DATE.match(when):
            yield f"{label}.when: {when!r} is not YYYY, YYYY-MM or YYYY-MM-DD"
        if when_text and not _in_text(when_text, text):
            yield f"{label}.when_text: {when_text!r} is not in the text"
        where = scalar(event.get("where"))
        if where and where not in places:
            yield f"{label}.where: {where!r} is not a name under places or countries"
        participants = event.get("participants") or []
        if not isinstance(participants, list):
            yield f"{label}.participants: not a list"
            continue
        for name in map(scalar, participants):
            if name not in entities and not any(names_match(p, name) for p in people):
                yield f"{label}.participants: {name!r} is not a person, organisation or country of this gold"


def _lint_quotes(data: dict, text: str) -> Iterator[str]:
    """Yield problems of quotes: verbatim in the text (each paragraph), speakers among people."""
    yield from _lint_item_keys(data, "quotes")
    people = [scalar(p.get("name")) for _, p in _items(data, "people")]
    article = quote_key(text.replace("\n", " "))
    for label, quote in _items(data, "quotes"):
        body = scalar(quote.get("text")) or ""
        paragraphs = quote_paragraphs(body)
        if not paragraphs:
            yield f"{label}.text: empty"
        for n, para in enumerate(paragraphs, 1):
            if not quote_in_text(para, article):
                where = f" (paragraph {n})" if len(paragraphs) > 1 else ""
                yield f"{label}.text{where}: not verbatim in the article: {para[:60]!r}"
        speaker = scalar(quote.get("speaker"))
        if speaker and speaker not in people:
            yield f"{label}.speaker: {speaker!r} is not a name under people"
