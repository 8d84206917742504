"""The working document shared by the extractors: sentences, tokens, anchor date, lexicon."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from sitbrief.extract.lexicon import Lexicon, lexicon, words
from sitbrief.extract.rx import alternation
from sitbrief.extract.tokens import Token, capital_runs, tokenize
from sitbrief.facts.model import Sentence

SPEECH_VERBS = words("speech_verbs")
# "we will ...", "our partners", "I": a passage speaking in the first person (quotes, summary, assemble)
FIRST_PERSON = re.compile(rf"\b(?:{alternation(words('first_person_words'))})\b")


@dataclass
class Doc:
    """An article's sentences, prepared once for every extractor."""

    sentences: list[Sentence]
    anchor: date | None
    text: str = ""
    title: str | None = None
    anchor_from: str | None = None  # where the anchor date was stated: "title", "date line", "option"...
    lex: Lexicon = field(default_factory=lexicon)
    warnings: list[str] = field(default_factory=list)  # caps the extractors had to apply

    @cached_property
    def memo(self) -> dict[tuple, object]:
        """Return this document's cache of pure look-ups, keyed by (helper name, arguments)."""
        return {}

    @cached_property
    def tokens(self) -> list[list[Token]]:
        """Return the tokens of each sentence."""
        return [tokenize(s.text) for s in self.sentences]

    def capital_runs(self, text: str) -> list[list[Token]]:
        """Return `capital_runs` of `text`'s tokens, found once per text (each caller gets its own lists)."""
        key = ("capital_runs", text)
        runs = self.memo.get(key)
        if runs is None:
            runs = self.memo[key] = capital_runs(tokenize(text))
        return [list(run) for run in runs]  # type: ignore[attr-defined]

    @cached_property
    def body(self) -> list[int]:
        """Return indexes of body (non-caption) sentences."""
        return [i for i, s in enumerate(self.sentences) if s.kind == "body"]

    @cached_property
    def paragraphs(self) -> list[tuple[int, int, list[int]]]:
        """Return (start, end, sentence indexes) of each paragraph, in order."""
        paras: dict[int, list[int]] = {}
        for i, sentence in enumerate(self.sentences):
            paras.setdefault(sentence.paragraph, []).append(i)
        return [(self.sentences[ix[0]].start, self.sentences[ix[-1]].end, ix) for ix in paras.values()]

    def sentences_in(self, start: int, end: int) -> list[int]:
        """Return indexes of sentences overlapping the text span [start, end)."""
        return [i for i, s in enumerate(self.sentences) if s.start < end and start < s.end]

    def sentence_at(self, offset: int) -> int:
        """Return the index of the sentence containing text offset `offset` (or the next one)."""
        for i, s in enumerate(self.sentences):
            if offset < s.end:
                return i
        return len(self.sentences) - 1

    def sid(self, index: int) -> str:
        """Return the id of sentence `index`."""
        return self.sentences[index].id
