"""Tests of sitbrief.extract.events.reported: a readout given as a quotation is narration."""

from __future__ import annotations

from datetime import date

from sitbrief.extract.doc import Doc
from sitbrief.extract.events.reported import narration, readout_body
from sitbrief.read.article import parse_article
from tests.extract.helpers import facts

ANCHOR = date(2013, 3, 16)
LEAD = "Press Secretary Ann Roe provided the following readout:"
BODY = "\u201cSecretary of Defense John Doe spoke with Minister Jane Poe this morning to discuss detentions."


def _doc(text: str) -> Doc:
    article = parse_article(f"Readout of Secretary Doe's Call\n\n{text}")
    return Doc(sentences=article.sentences, anchor=ANCHOR, text=article.text, title=article.title)


def test_the_quoted_paragraphs_after_a_readout_lead_in_are_its_body():
    doc = _doc(f"{LEAD}\n\n{BODY}\n\n\u201cThey agreed to talk again.\u201d\n\nIn other news, a ship sailed.")
    body = readout_body(doc)
    assert [doc.sentences[i].text[:10] for i in sorted(body)] == [BODY[:10], "\u201cThey agre"]
    first = min(body)
    assert narration(doc, first) == " " + BODY[1:] and len(narration(doc, first)) == len(doc.sentences[first].text)


def test_a_quote_after_a_said_lead_in_stays_a_quote():
    doc = _doc("Minister Jane Poe said:\n\n\u201cI spoke with John Doe.\u201d")
    assert readout_body(doc) == frozenset()


def test_the_call_a_quoted_readout_reports_is_an_event_with_its_participants():
    found = facts(f"{LEAD}\n\n{BODY}\u201d", "Readout of Secretary Doe's Call to Minister Poe", ANCHOR)
    calls = [e for e in found.events if e.kind == "call"]
    assert len(calls) == 1 and calls[0].when.start == "2013-03-16"
    names = {p.id: p.name for p in found.people}
    assert {"John Doe", "Jane Poe"} <= {names.get(i) for i in calls[0].participants}


def test_an_aides_quoted_readout_is_narration_but_an_aide_speaking_as_i_is_not():
    doc = _doc(f"A State Department spokesperson said:\n\n{BODY}\u201d\n\nIn other news, a ship sailed.")
    assert len(readout_body(doc)) == 1
    doc = _doc("A State Department spokesperson said:\n\n\u201cI spoke with reporters about the talks.\u201d")
    assert readout_body(doc) == frozenset()
