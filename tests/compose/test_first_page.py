"""The first page reads as an analyst expects: the BLUF, key points and Key facts of every article.

Runs over every fixture article, the seed and every dev benchmark article (the test part is held out),
composing the brief with the default layout. Mechanical checks only: no doubled word, no dangling article or
preposition, no sentence opening in lower case (a list item told without its lead-in "agreed to:"), no
possessive left without its date word ("condemns ’s attack"), no date given twice, no date of a reported
clause put before the verb reporting it, no two prepositions before a date ("scheduled for on ..."), no ISO
date in prose, no relative day left beside the date it names ("today (7 November)"), no quotation opened and
left open or closed and never opened, no "has on 23 January 2018 met", no "I" of a narrator the headline
names by office, nor an unquoted "I" after a BLUF opening in the third person, no "We, the leaders of ...",
no sentence ending in ":" or "the following.", no attribution lead-in, no dateline, no "…" the source lacks;
no "we"/"our" of the issuing government in a key point or after the BLUF's first sentence, no press-office
contact or link pointer as a key point, no list item ("Unveil a memorial ...") without its lead-in ("X will
also:"), no "today" meaning "these days" turned into a date, no date left between an auxiliary and its verb
("will on 27 January 2025 co-host"), no "the" dropped before a date that qualifies a noun ("in response to
the 14 November earthquake"); Key facts "What" is one clause of at most 20 words, never a lead cut off mid-
phrase (nor one ending on "scheduled", nor keeping the first of a list of topics or of the two people met,
even set off by commas, nor stopped on the subject of a relative clause "by what Kirby"), never in the
issuing government's "we", never "The ship ..." of a named ship nor a document's title ("... Joint
Statement"); "Who" of a sailing or drill of ships and units only names them, not an officer quoted on it;
"Where" is not the dateline of a release whose lead holds the meeting elsewhere ("WASHINGTON -- ... convened
a meeting in Singapore").
"""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace
from typing import NamedTuple

import pytest

from sitbrief.compose.brief import Bullets, KeyFacts, Paragraph
from sitbrief.compose.dates import date_text
from sitbrief.compose.single import compose
from sitbrief.extract import extract_facts
from sitbrief.extract.narrator import headline_office, speaks_as_i
from sitbrief.extract.summary import cut_off, has_verb
from sitbrief.extract.voice import speaks_as_we
from sitbrief.layout import load_layout
from sitbrief.read.article import read_article
from sitbrief.text.clean import inside_quote

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "articles"
DEV = ROOT / "benchmarks" / "extraction" / "articles" / "dev"
CASES = (
    sorted(p for p in FIXTURES.iterdir() if p.suffix in (".txt", ".md", ".html") and not p.name.startswith("README"))
    + sorted((ROOT / "seeds").glob("*.txt"))
    + sorted(DEV.glob("*.txt") if DEV.is_dir() else [])
)

DOUBLED = re.compile(r"\b(\w+)\s+\1\b", re.I)
DANGLING = re.compile(r"\b(?:the|of|in|on|a|an)\s*[,.;:!?]|\b(?:the|a|an)\s+(?:in|on|at|of|by|for|from|to|and)\b", re.I)
STACKED = re.compile(r"\b(?:for|at|to|of|about|over|on|in|from|by|since|until)\s+(?:on|in)\s+\d", re.I)
ISO_IN_PROSE = re.compile(r"\(\d{4}-\d{2}")
LEAD_IN = re.compile(
    r"\b(?:provided|issued|released|made|gave|delivered) the following\b|:\s*$|\bthe following(?:\s+[a-z]+)?\.$|"
    r"^(?:joint\s+)?(?:statement|readout)\s+from\b[^.]{0,30}:|^[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}:\s",
)
DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]{2,}(?:,(?:\s+[A-Z][a-z.]+)*(?:\s+\d{1,2}(?:,?\s+\d{4})?)?)?"
    r"(?:\s+\([A-Z][\w ]+\))?\s*[\u2013\u2014-]"
)
RELATIVE_BESIDE = re.compile(r"\b(?:today|yesterday|tomorrow|tonight)\s*\(\s*(?:[A-Z][a-z]+,?\s+)?\d", re.I)
DATED_PERFECT = re.compile(
    r"\b(?:has|have)\s+on\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s+(?:met|held|[a-z]+ed)\s+(?:with|in|at|to)\b")
AUX_DATED = re.compile(r"\b(?:has|have|had|will|would)\s+on\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s+[a-z]")  # will on 2 May
WE_THE = re.compile(r"^(?:[^,\u201c\"]*,\s+)?[Ww]e,\s+the\b")
OPENS_QUOTE = re.compile(r"\W*\u201c")
SUBORDINATE = re.compile(r"^(?:While|Although|Though|Whereas|If|In line with)\b")
CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\b\d{3}[-.]\d{3}[-.]\d{4}\b|\basked to contact\b|\bcan be found here\b")
LIST_LEAD_IN = re.compile(r"\b(?:will|would|shall|must|can|to)(?:\s+also)?\s*:\s*$")
NOWADAYS_DATED = re.compile(  # "the threat facing the world on 26 July 2016": "today" was "these days"
    r"\b(?:world|globe|region|society|generation|era|face|faces)\s+on\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}")
THE_DROPPED = re.compile(  # "in response to 14 November 2016 Kaikoura earthquake"
    r"\b(?:to|of|for|after|following)\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s+[A-Z][a-z]+\s+[a-z]+")
LOWER_OPENING = re.compile(r"(?:^|[.!?]\s+)[a-z]+\s+[a-z]")  # "Kuleba. continue the support": an item alone
STRAY_POSSESSIVE = re.compile(r"(?<![\w'\u2019])['\u2019]s\b")  # "condemns ’s attack": its "today" cut
DATE_TWICE = re.compile(r"(\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\s*\((?:on\s+)?\1\)")  # "the 14 July 2017 (on 14 July 2017)"
SUBJECT_LEFT = re.compile(r"\b(?:what|which|whom|that)\s+(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*$")
FRONTED_OVER = re.compile(  # "On 6 July, the PM confirmed that the Cabinet would consider": the Cabinet's date
    r"^On\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4},\s+[^.\u201c]*?\b[a-z]+(?:ed|id)\s+that\s+[^.\u201c]*?\b(?:would|will)\s+[a-z]")
WAITING_WORDS = ("scheduled", "slated", "set", "due", "expected", "poised")
DOCUMENT_END = re.compile(r"\b(?:[Ss]tatement|[Cc]ommuniqu[e\u00e9]|[Dd]eclaration|[Rr]eadout|[Tt]ranscript)\s*$")
THE_SHIP = re.compile(r"^The\s+(?:ship|vessel|warship|frigate|destroyer|submarine|carrier)\s")
HELD_IN = re.compile(r"\b(?:[Mm]eeting|Summit|[Ss]ummit|Conference|[Cc]onference|Dialogue|Ministerial)\s+in\s+"
                     r"([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")


def problems(text: str, source: str) -> list[str]:
    """Return what is wrong with one sentence of the first page."""
    found = []
    for name, pattern in (("doubled word", DOUBLED), ("dangling word", DANGLING), ("stacked prepositions", STACKED)):
        if (m := pattern.search(text)) and m.group(0).lower() not in source.lower():
            found.append(f"{name} {m.group(0)!r}")
    checks = (
        (ISO_IN_PROSE.search(text), "ISO date in prose"),
        (LEAD_IN.search(text), "attribution lead-in or ':'"),
        (DATELINE.match(text), "dateline"),
        ("\u2026" in text and "\u2026" not in source, "ellipsis not in the source"),
        (any(not inside_quote(text, m.start()) for m in RELATIVE_BESIDE.finditer(text)), "relative day by its date"),
        (OPENS_QUOTE.match(text) and text.count("\u201c") > text.count("\u201d"), "quotation left open"),
        (WE_THE.match(text), "'We, the ...' naming the signatories"),
        (DATED_PERFECT.search(text) and not DATED_PERFECT.search(source), "'has on <date> met'"),
        ("\u201d" in text and "\u201c" not in text, "closing mark never opened"),
        (CONTACT.search(text), "press-office contact or link pointer"),
        (AUX_DATED.search(text) and not AUX_DATED.search(source), "'will on <date> co-host'"),
        (_list_item_alone(text, source), "list item without its lead-in"),
        (NOWADAYS_DATED.search(text), "'today' meaning these days dated"),
        (THE_DROPPED.search(text) and not THE_DROPPED.search(source), "'the' dropped before a dated noun"),
        ((m := LOWER_OPENING.search(text)) and m.group(0).strip() not in source, "sentence opening in lower case"),
        (STRAY_POSSESSIVE.search(text), "a possessive without its noun"),
        (DATE_TWICE.search(text), "a date given twice"),
        (FRONTED_OVER.search(text) and not FRONTED_OVER.search(source), "a reported clause's date fronted"),
    )
    return found + [why for hit, why in checks if hit]


def _list_item_alone(text: str, source: str) -> bool:
    """Tell whether `text` is a list item of the source as written, its lead-in ("X will also:") left out: the
    lines from the lead-in to it all open on a capitalised word and a lower-case one ("Unveil a ...")."""
    lines = [line.strip() for line in source.splitlines() if line.strip()]
    at = next((n for n, line in enumerate(lines) if line.startswith(text[:40])), 0)
    for line in reversed(lines[max(0, at - 8) : at]):
        if line.endswith(":"):
            return bool(LIST_LEAD_IN.search(line))
        if not re.match(r"[A-Z][a-z]+\s+[a-z]", line):
            return False
    return False


class Page(NamedTuple):
    """The first page of one article's brief, with what the checks compare it against."""

    texts: list[str]  # the BLUF, then the key points
    what: str
    source: str
    narrator: bool  # the headline names the office of a first-person narrator
    where: str = ""
    dateline: str = ""
    lead: str = ""  # the source's sentence the BLUF opens on
    who: str = ""
    bodies: tuple[str, ...] = ()  # the ships and units taking part in the main event, when no person does


def first_page(path: Path) -> Page:
    """Return the first page of one article's brief: BLUF and key points, Key facts 'What' and 'Where', the source
    text, whether its headline names the office of a first-person narrator ("Minister for Defence attends ..."),
    its dateline and its lead sentence."""
    article = read_article(path)
    facts = extract_facts(article)
    brief = compose(facts, load_layout())
    texts, rows = [], {}
    for block in (b for s in brief.sections if s.kind in ("bluf", "key_facts") for b in s.blocks):
        if isinstance(block, Paragraph):
            texts.append(block.text)
        elif isinstance(block, Bullets):
            texts += [item.text for item in block.items]
        elif isinstance(block, KeyFacts):
            rows = {row.label: row.text for row in block.rows}
    lead = next((s.text for s in facts.article.sentences if facts.summary.evidence[:1] == [s.id]), "")
    main = next((e for e in facts.events if e.id == facts.summary.event), None)
    named = {p.id for p in facts.people if set(p.evidence) & set(facts.summary.evidence)}
    bodies = tuple(o.name for o in facts.organisations if main and o.kind in ("ship", "unit") and o.id in
                   main.participants) if main and not set(main.participants) & ({p.id for p in facts.people}) \
        and not named else ()
    return Page(texts, rows.get("What", ""), article.text, bool(headline_office(SimpleNamespace(title=article.title))),
                rows.get("Where", ""), article.dateline or "", lead, rows.get("Who", ""), bodies)


@pytest.fixture(scope="module", params=CASES, ids=[p.name for p in CASES])
def page(request):
    return first_page(request.param)


def test_bottom_line_and_key_points_are_grammatical(page):
    bad = {t: p for t in page.texts if (p := problems(t, page.source))}
    assert not bad, bad


def test_a_narrator_the_headline_names_is_told_in_the_third_person(page):
    assert not (page.narrator and [t for t in page.texts if speaks_as_i(t)]), page.texts


def test_what_is_one_short_clause_never_a_cut_off_lead(page):
    what, source = page.what, page.source
    if not what:
        return
    assert len(what.split()) <= 20, what
    assert not [p for p in problems(what, source) if not p.startswith("attribution")], what
    assert not SUBORDINATE.match(what), what
    lead = next((line for line in source.splitlines() if line.startswith(what.split()[0])), "")
    assert not (lead and cut_off(what, lead) and what != lead.strip()), (what, lead)
    assert what.split()[-1] not in WAITING_WORDS, what  # "Marines ... are scheduled"
    assert not (page.lead and cut_off(what, page.lead) and " ".join(what.split()[-3:]) in page.lead), what
    assert not THE_SHIP.match(what), what
    assert not SUBJECT_LEFT.search(what), what  # "followed by what Kirby": stopped before the verb of "what"
    assert not speaks_as_we(what), what  # "We were pleased to ...": the issuing government's voice
    assert not re.match(r"[A-Z][a-z]+\s+by\s+(?:[A-Z][\w.'\u2019-]*\s*){1,5}$", what), what  # "Audio by Cpl. X"
    assert not (DOCUMENT_END.search(what) and not has_verb(what)), what  # "... (TDMM) 2023 Joint Statement"
    last = re.escape(what.split()[-1])  # "Healey meets with Crosetto" of "met with X Crosetto and Japan's ... Nakatani"
    assert not re.search(rf"\b{last}\s+and\s+(?:[A-Z][\w'\u2019-]*\s+){{1,5}}[A-Z][\w-]+\s+to\b", page.lead), what
    assert not re.search(rf"\b{last},\s+and\s+(?:[A-Z][\w'\u2019-]*\s+){{1,5}}[A-Z][\w-]+\b", page.lead), what


def test_no_we_of_the_issuing_government_in_the_key_points_or_after_the_bluf_opens(page):
    bluf, *points = page.texts
    later = re.split(r"(?<=[.!?])\s+(?=[A-Z])", bluf)[1:]
    assert not [t for t in points + later if speaks_as_we(t)], page.texts


def test_no_unquoted_i_after_a_bluf_told_in_the_third_person(page):
    bluf = page.texts[0]
    first, *later = re.split(r"(?<=[.!?])\s+(?=[A-Z])", bluf)
    assert page.narrator or speaks_as_i(first) or not [t for t in later if speaks_as_i(t)], bluf


def test_who_of_a_sailing_or_drill_of_ships_and_units_names_them(page):
    assert not page.bodies or any(name in page.who for name in page.bodies), (page.who, page.bodies)


def test_where_is_not_the_dateline_of_a_meeting_the_lead_holds_elsewhere(page):
    held = HELD_IN.search(page.lead)
    assert not (held and page.dateline and page.where == page.dateline and held.group(1) != page.dateline), \
        (page.where, page.lead)


def test_key_facts_follow_the_main_event_extraction_chose():
    facts = extract_facts(read_article(FIXTURES / "readout.txt"))
    other = next(e for e in facts.events if e.id != facts.summary.event and e.when.start)
    facts.summary.event = other.id
    rows = {r.label: r.text for b in compose(facts, load_layout()).sections for k in b.blocks
            if isinstance(k, KeyFacts) for r in k.rows}
    assert rows["When"] == date_text(other.when.start, other.when.end, other.when.precision, {})


def test_an_unattributed_readout_is_not_rendered_as_a_quote():
    from sitbrief.compose.brief import QuoteBlock
    from sitbrief.facts.model import Quote

    facts = extract_facts(read_article(FIXTURES / "readout.txt"))
    lead = facts.summary.evidence[:1]
    words = " ".join(next(s.text for s in facts.article.sentences if s.id == lead[0]).split()[:6])
    facts.quotes = [Quote(id="q-1", speaker=None, text=words, evidence=lead),
                    Quote(id="q-2", speaker=facts.people[0].id, text=words, evidence=lead)]
    shown = [k.attribution for s in compose(facts, load_layout()).sections for k in s.blocks
             if isinstance(k, QuoteBlock)]
    assert len(shown) == 1 and facts.people[0].name in shown[0]


def test_no_what_when_extraction_named_the_main_event_but_found_no_clean_headline():
    facts = extract_facts(read_article(FIXTURES / "readout.txt"))
    facts.summary.headline = ""
    labels = [r.label for b in compose(facts, load_layout()).sections for k in b.blocks
              if isinstance(k, KeyFacts) for r in k.rows]
    assert "What" not in labels and "When" in labels
    facts.summary.event = None  # a hand-made fact file: the lead event's title stands in
    labels = [r.label for b in compose(facts, load_layout()).sections for k in b.blocks
              if isinstance(k, KeyFacts) for r in k.rows]
    assert "What" in labels


def test_who_leaves_out_the_spokesperson_who_only_reports_the_event():
    from types import SimpleNamespace

    from sitbrief.compose.single import _principals

    minister = SimpleNamespace(name="Ann Roe", roles=["Defence Minister"])
    speaker = SimpleNamespace(name="Bo Lee", roles=["Colonel", "ministry spokesperson"])
    assert _principals([minister, speaker]) == [minister]
    assert _principals([speaker]) == [speaker]  # nobody else: the spokesperson stays
