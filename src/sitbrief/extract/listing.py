"""A list's items told whole: "The Minister will also:" then "Unveil a memorial ..." is one sentence."""

from __future__ import annotations

import re

from sitbrief.extract.doc import Doc
from sitbrief.extract.lexicon import words

_STEM = re.compile(  # "During the visit the Foreign Secretary will also:", "The Minister is expected to:"
    r"^(?P<stem>[A-Z].*\b(?:will|would|shall|must|can|to)(?:\s+also)?)\s*:\s*$"
)
_ITEM = re.compile(r"^(?P<verb>[A-Za-z][a-z]+)\s+[a-z(\u2018\u201c'\"]")  # "Unveil a new ...", "continue the ..."
_NOT_VERBS = words("function_words")


def listed_stems(doc: Doc) -> dict[int, str]:
    """Return, for each first sentence of a list item, the stem its lead-in paragraph gives it ("During the
    visit the Foreign Secretary will also"); items are the paragraphs after the lead-in that open on a verb."""
    stems: dict[int, str] = {}
    stem = None
    for _, _, indexes in doc.paragraphs:
        text = doc.sentences[indexes[0]].text.strip()
        item = _ITEM.match(text)
        if stem and item and item["verb"].lower() not in _NOT_VERBS:
            stems[indexes[0]] = stem
            stem = _subject_on(stem)  # the setting told once: "During the visit", then "The Minister will also"
            continue
        found = _STEM.match(doc.sentences[indexes[-1]].text.strip())
        stem = found["stem"] if found and len(indexes) == 1 else None
    return stems


_SETTING = re.compile(r"^(?:During|While|On|At|In|After|Before|Over|Throughout)\b[^,]*?,?\s+(?=(?:the\s+)?[A-Z])")


def _subject_on(stem: str) -> str:
    """Return a stem without the setting it opens on ("During the visit the Minister will" -> "The Minister will")."""
    bare = _SETTING.sub("", stem, count=1)
    return bare[:1].upper() + bare[1:]


def told_whole(stem: str, item: str) -> str:
    """Return a list item told with its stem: "Unveil a memorial." -> "The Minister will also unveil a memorial."."""
    return f"{stem} {item[:1].lower()}{item[1:]}"
