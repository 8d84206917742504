"""A first-person release told in the third person: who "I" is, and the narrator's words told of them."""

from __future__ import annotations

import re

from sitbrief.extract.doc import Doc
from sitbrief.extract.lexicon import lexicon
from sitbrief.extract.titles import PRESENT
from sitbrief.text.clean import inside_quote

_UNCHANGED_AFTER_I = frozenset({"to", "was", "will", "would", "shall", "should", "can", "could", "may", "might",
                                "must", "had", "did", "also"})


_HEADLINE_OFFICE = re.compile(r"^((?:The\s+)?(?:[A-Z][\w'\u2019-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?){0,4}"
                              r"[A-Z][\w'\u2019-]*)\s+[a-z]+s\b")


def headline_office(doc: Doc) -> str:
    """Return the office a first-person release's headline opens on ("Minister for Defence attends ..."), if its
    head word is an office ("Minister", "Secretary"), else ""."""
    found = _HEADLINE_OFFICE.match(doc.title or "")
    if not found or found.group(1).split()[0].lower() == "the" and len(found.group(1).split()) < 2:
        return ""
    office = found.group(1)
    heads = [w.lower() for w in re.findall(r"[A-Za-z]+", office)]
    return office if any(w in lexicon().role_heads for w in heads) else ""


def third_singular(rest: str) -> str:
    """Return a verb phrase said by "I" told of one other person ("meet with X" -> "meets with X", "am" -> "is",
    "have" -> "has"); past forms, modals and "to meet" stay."""
    verb, _, tail = rest.partition(" ")
    if verb in _UNCHANGED_AFTER_I or verb.endswith(("ed", "s")) or verb in PRESENT:
        return rest
    told = {"am": "is", "have": "has", "do": "does", "go": "goes"}.get(verb)
    if told is None and re.search(r"[^aeiou]y$", verb):
        told = verb[:-1] + "ies"
    elif told is None:
        told = verb + ("es" if verb.endswith(("sh", "ch", "x", "z", "o")) else "s")
    return f"{told} {tail}".strip()


_SINGULAR = re.compile(r"\b(?:I(?=\s)(?P<verb>\s+[a-z]+)?|[Mm]y|me)\b")
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?]\s+)\W*$")


def speaks_as_i(text: str) -> bool:
    """Tell whether `text` speaks in the first person singular outside quotation marks ("I visited ...")."""
    return any(not inside_quote(text, m.start()) for m in _SINGULAR.finditer(text))


def narrated(texts: list[str], office: str) -> list[str]:
    """Return a first-person release's sentences told of its narrator, outside quotations: "I visited" -> "the
    Minister for Defence visited" (the office in full once, then its head: "the Minister"), "my" -> "the
    Minister's", "me" -> "the Minister"; a verb after "I" agrees ("I look forward" -> "... looks forward")."""
    head = _head_word(office)
    named = [False]

    def who() -> str:
        told = f"the {head}" if named[0] else f"the {office}"
        named[0] = True
        return told

    def tell(text: str) -> str:
        def swap(m: re.Match[str]) -> str:
            if inside_quote(text, m.start()):
                return m.group(0)
            said = who() + ("'s" if m.group(0).lower() == "my" else "")
            if _OPENS_SENTENCE.search(text[: m.start()]):
                said = said[:1].upper() + said[1:]
            verb = m["verb"] or ""
            if verb and not re.search(r"\band\s+$", text[: m.start()]):  # "X and I look forward": plural
                verb = " " + third_singular(verb.strip())
            return said + verb

        return _SINGULAR.sub(swap, text)

    return [tell(text) for text in texts]


def _head_word(office: str) -> str:
    """Return an office's head word, the one a later mention keeps ("Minister for Defence" -> "Minister")."""
    words = re.findall(r"[A-Za-z]+", office)
    return next((w for w in reversed(words) if w.lower() in lexicon().role_heads), words[0] if words else office)
