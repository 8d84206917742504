"""A readout given as a quotation ("X provided the following readout: “Secretary A spoke with ...”"): narration.

The words after a readout's lead-in are the release's own report of the call or meeting, not a
speaker's; their quotation marks are blanked (same length, so every offset holds) before events are read.
"""

from __future__ import annotations

import re

from sitbrief.extract.doc import Doc
from sitbrief.extract.lexicon import words
from sitbrief.extract.rx import alternation

_READOUT_LEAD = re.compile(r"\b(?:readout|(?:following|below) is attributable to)\b[^.]*:\s*$", re.I)
_AIDE_SAID = re.compile(  # "Pentagon Press Secretary X said:": an aide gives the principal's readout
    rf"\b(?:{alternation(words('aide_heads'))})\b[^.:]*\b(?:said|says|stated|added|provided|issued|gave)\b[^.:]*:\s*$", re.I
)
_SPEAKS_AS_I = re.compile(r"(?:^|[\s\u201c\"])I\s")
_OPENS_QUOTE = re.compile(r"\s*[\"\u201c]")
_QUOTE_MARKS = re.compile(r"[\"\u201c\u201d]")


def readout_body(doc: Doc) -> frozenset[int]:
    """Return the sentences of the quoted paragraphs that follow a readout's lead-in, up to the first unquoted one."""
    key = ("readout_body",)
    found = doc.memo.get(key)
    if found is None:
        found = doc.memo[key] = frozenset(_body(doc))
    return found  # type: ignore[return-value]


def _body(doc: Doc) -> list[int]:
    """Return the readout-body sentence indexes of `doc` (see `readout_body`)."""
    body: list[int] = []
    inside = aide = False
    for _, _, indexes in doc.paragraphs:
        first = doc.sentences[indexes[0]]
        if inside and first.kind == "body" and _OPENS_QUOTE.match(first.text) and not (
            aide and any(_SPEAKS_AS_I.search(doc.sentences[i].text) for i in indexes)
        ):
            body += indexes
            continue
        lead = doc.sentences[indexes[-1]].text
        readout = bool(_READOUT_LEAD.search(lead))
        aide = not readout and bool(_AIDE_SAID.search(lead))
        inside = readout or aide
    return body


def narration(doc: Doc, index: int) -> str:
    """Return sentence `index`'s text, its quotation marks blanked if it is part of a quoted readout."""
    text = doc.sentences[index].text
    return _QUOTE_MARKS.sub(" ", text) if index in readout_body(doc) else text
