"""The estimative-language check: judgement wording against the layout's likelihood scale.

Findings, each naming the fact-file field (and line, when known) and suggesting the scale's term:
a likelihood not on the scale (an error: the brief cannot be built), estimative words in a
judgement that the scale lacks, a likelihood and a confidence in one sentence, a judgement text
that contradicts its own likelihood, a judgement with no basis, and a likelihood word in a fact
section that the article did not say (the brief's wording must not turn a fact into a judgement).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sitbrief.compose.judgements import off_scale
from sitbrief.facts.model import Facts, Judgement
from sitbrief.layout.scales import Scale, Term, normalise, other_scales, scale_of
from sitbrief.text.sentences import split_sentences

Lines = Callable[[tuple], "int | None"]
_CONFIDENCE = re.compile(r"\b(?:(?:low|moderate|medium|high)[\s-]+confidence|confident(?:ly)?|"
                         r"(?<!vote of )(?<!no )confidence(?![\s-]+building))\b", re.IGNORECASE)
_MONTH_DAY = re.compile(r"^\s*\d|\d\s*$")
_WORD = re.compile(r"[A-Za-z]{5,}")
_COMMON = frozenset({
    "about", "after", "again", "against", "already", "their", "there", "these", "those", "which",
    "while", "would", "could", "should", "other", "being", "within", "before", "under", "years",
    "month", "months", "said", "says", "today"})


@dataclass(frozen=True)
class Finding:
    """One problem of wording: where it is, what is wrong and what to write instead."""

    field: str
    message: str
    line: int | None = None
    error: bool = False

    def text(self, name: str = "") -> str:
        """Return 'FILE:LINE: field: message', or 'line N: field: message' without a file name."""
        line = str(self.line) if self.line else ""
        where = ":".join(p for p in (name, line) if p) if name else (f"line {line}" if line else "")
        return f"{where + ': ' if where else ''}{self.field}: {self.message}"


@dataclass(frozen=True)
class Hit:
    """An estimative phrase found in a text: where, as written, and what it means."""

    start: int
    end: int
    written: str
    term: Term | None  # the layout scale's term it names, if it is on the scale
    reading: float | None  # the chance it is read as, when it is not on the scale


class Vocabulary:
    """Every estimative phrase the layout knows: its scale, other scales and hedges."""

    def __init__(self, layout) -> None:
        settings = layout.settings.likelihood
        self.scale: Scale = scale_of(settings)
        self.meaning: dict[str, tuple[Term | None, float | None]] = {}
        for word, reading in settings.hedges.items():
            self.meaning[normalise(word)] = (None, float(reading))
        for other in other_scales(settings):
            for word, term in other.words.items():
                self.meaning[word] = (None, term.middle)
        for word, term in self.scale.words.items():
            self.meaning[word] = (term, None)
        phrases = sorted(self.meaning, key=len, reverse=True)
        body = "|".join(r"[\s-]+".join(map(re.escape, p.split(" "))) for p in phrases)
        self.pattern = re.compile(rf"\b(?:{body})\b", re.IGNORECASE)

    def hits(self, text: str) -> list[Hit]:
        """Return the estimative phrases in `text`, longest first at each place."""
        out = []
        for match in self.pattern.finditer(text):
            if _is_month(match, text):
                continue
            term, reading = self.meaning[normalise(match.group())]
            out.append(Hit(match.start(), match.end(), match.group(), term, reading))
        return out

    def suggestion(self, hit: Hit) -> str:
        """Return 'write "likely" (55–80%)' for a phrase off the scale."""
        term = self.scale.nearest(hit.reading if hit.reading is not None else 50.0)
        return f'write "{term.term}" ({term.range_text}), or the {self.scale.short} term for the chance you mean'


def _is_month(match: re.Match, text: str) -> bool:
    """Tell whether 'May' is the month (capitalised mid-sentence or beside a number)."""
    if match.group().lower() != "may" or match.group() != "May":
        return False
    before = text[:match.start()].rstrip()
    beside = _MONTH_DAY.search(text[max(0, match.start() - 4):match.start()]) or \
        _MONTH_DAY.search(text[match.end():match.end() + 4])
    return bool(beside) or not (before == "" or before[-1] in ".!?\u201c\"")


def lint_facts(facts: Facts, layout, lines: Lines | None = None) -> list[Finding]:
    """Return every finding of `facts` against `layout`'s scale, in fact-file order."""
    vocabulary = Vocabulary(layout)
    found = list(_judgement_findings(facts, layout, vocabulary))
    found += list(_fact_findings(facts, vocabulary))
    locate = lines or (lambda loc: None)
    return [Finding(f.field, f.message, locate(_loc(f.field)), f.error) for f in found]


def _loc(field: str) -> tuple:
    """Return the location tuple of a dotted field ('assessment[0].text' → ('assessment', 0, 'text'))."""
    parts: list = []
    for name, index in re.findall(r"([A-Za-z_]+)|\[(\d+)\]", field):
        parts.append(int(index) if index else name)
    return tuple(parts)


# ----- judgements ------------------------------------------------------------------------------

def _judgement_findings(facts: Facts, layout, vocabulary: Vocabulary) -> Iterator[Finding]:
    """Yield the findings of each analyst judgement."""
    for index, judgement in enumerate(facts.assessment):
        field = f"assessment[{index}]"
        problem = off_scale(judgement, index, layout)
        if problem:
            yield Finding(problem.field, problem.reason(layout.name), error=True)
        yield from _wording(judgement, field, vocabulary)
        if not judgement.basis:
            yield Finding(f"{field}.basis", _no_basis(judgement, facts))


def _wording(judgement: Judgement, field: str, vocabulary: Vocabulary) -> Iterator[Finding]:
    """Yield off-scale words, mixed sentences and contradictions in a judgement's text."""
    scale = vocabulary.scale
    stated = scale.lookup(judgement.likelihood) if judgement.likelihood else None
    text = judgement.text
    for number, (start, end) in enumerate(split_sentences(text), start=1):
        sentence = text[start:end]
        hits = vocabulary.hits(sentence)
        for hit in hits:
            if hit.term is None:
                yield Finding(f"{field}.text", f'"{hit.written}" is estimative language not on the '
                              f"{scale.title}; {vocabulary.suggestion(hit)}")
            elif stated and hit.term != stated:
                yield Finding(f"{field}.text", f'says "{hit.written}" but its likelihood is '
                              f'"{stated.term}"; make them agree (write "{stated.term}", or change '
                              "`likelihood:`)")
        confidence = _CONFIDENCE.search(sentence)
        if hits and confidence:
            where = f"sentence {number}" if len(split_sentences(text)) > 1 else "the sentence"
            yield Finding(f"{field}.text", f'{where} puts a likelihood ("{hits[0].written}") and a '
                          f'confidence ("{confidence.group()}") together; keep the likelihood in the '
                          "text and give the confidence in `confidence:` (low, moderate, high)")


def _no_basis(judgement: Judgement, facts: Facts) -> str:
    """Explain a judgement with no basis, suggesting the sentences that share its words."""
    words = {w.lower() for w in _WORD.findall(judgement.text)} - _COMMON
    scored = sorted(((len(words & {w.lower() for w in _WORD.findall(s.text)}), i, s.id)
                     for i, s in enumerate(facts.article.sentences)), key=lambda x: (-x[0], x[1]))
    near = [sid for score, _, sid in scored[:3] if score >= 2]
    hint = f" (sharing words with it: {', '.join(near)})" if near else ""
    return ("the judgement rests on no sentence; list the ids of the article sentences it is "
            f"based on in `basis:`{hint}, so the brief can mark its evidence")


# ----- fact sections ---------------------------------------------------------------------------

def _fact_texts(facts: Facts) -> Iterator[tuple[str, str, list[str]]]:
    """Yield (field, text, evidence ids) of every fact-section text the brief prints."""
    summary = facts.summary
    yield "summary.headline", summary.headline, []
    yield "summary.bluf", summary.bluf, list(summary.evidence)
    for i, point in enumerate(summary.key_points):
        yield f"summary.key_points[{i}].text", point.text, point.evidence
    for i, event in enumerate(facts.events):
        yield f"events[{i}].title", event.title, event.evidence
    for i, item in enumerate(facts.context):
        yield f"context[{i}].text", item.text, item.evidence


def _fact_findings(facts: Facts, vocabulary: Vocabulary) -> Iterator[Finding]:
    """Yield likelihood words in fact sections that their evidence sentences do not contain."""
    sentences = facts.sentence_index()
    whole = " ".join([facts.article.title or ""] + [s.text for s in facts.article.sentences])
    for field, text, evidence in _fact_texts(facts):
        if not text:
            continue
        cited = [sentences[sid].text for sid in evidence if sid in sentences]
        source = " ".join(cited) if cited else whole
        said = {normalise(h.written) for h in vocabulary.hits(source)}
        for hit in vocabulary.hits(text):
            if normalise(hit.written) in said:
                continue
            where = f"sentences {', '.join(evidence)}" if cited else "article"
            term = hit.term or vocabulary.scale.nearest(hit.reading or 50.0)
            yield Finding(field, f'"{hit.written}" is not in the article ({where}): a fact section '
                          "reports what the article says; use the article's words, or move the "
                          f'judgement to `assessment` with likelihood "{term.term}"')


# ----- the brief's own wording -----------------------------------------------------------------

FACT_SECTIONS = ("bluf", "key_facts", "actors", "timeline", "quotes", "context", "related")


def _block_texts(block) -> Iterator[tuple[str, list[str]]]:
    """Yield (text, refs) of every piece of text a fact block prints."""
    for attr in ("text", "attribution", "caption", "intro"):
        if isinstance(getattr(block, attr, None), str):
            yield getattr(block, attr), list(getattr(block, "refs", []))
    for attr in ("items", "rows", "actors", "entries"):
        for item in getattr(block, attr, []) or []:
            for name in ("text", "label", "role", "affiliation"):
                if isinstance(getattr(item, name, None), str):
                    yield getattr(item, name), list(getattr(item, "refs", []))


def wording_findings(brief, facts: Facts, layout) -> list[Finding]:
    """Return likelihood words the layout's wording adds to fact sections of a composed brief."""
    vocabulary = Vocabulary(layout)
    sentences = facts.sentence_index()
    written = [facts.article.title or "", *(s.text for s in facts.article.sentences),
               *(text for _, text, _ in _fact_texts(facts))]
    known = {normalise(h.written) for h in vocabulary.hits(" \n ".join(written))}
    out: list[Finding] = []
    for section in brief.sections:
        if section.kind not in FACT_SECTIONS:
            continue
        for block in section.blocks:
            for text, refs in _block_texts(block):
                cited = " ".join(sentences[r].text for r in refs if r in sentences)
                said = known | {normalise(h.written) for h in vocabulary.hits(cited)}
                for hit in vocabulary.hits(text):
                    if normalise(hit.written) not in said:
                        out.append(Finding(f"section {section.kind}", f'"{hit.written}" comes from the '
                                           "layout's wording, not from the article or the fact file; a "
                                           "fact section must not read as a judgement: reword the "
                                           f"layout's template ({section.kind})"))
    return list(dict.fromkeys(out))
