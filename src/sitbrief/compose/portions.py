"""Portion marks: every portion of a brief starts with its classification, e.g. "(OS) ".

A portion is each thing a reader can lift out on its own: a paragraph, a bullet, a table row
(key facts, actors, timeline, sources), a quote, an actor card, a caption, an evidence line.
The marks are added once, to the composed Brief, so both writers show the same ones; a text
already marked is left as it is.
"""

from __future__ import annotations

from sitbrief.compose.brief import (
    Actors,
    Brief,
    Bullets,
    EvidenceList,
    JudgementBlock,
    KeyFacts,
    MapBlock,
    Paragraph,
    QuoteBlock,
    Sources,
    Timeline,
)


def mark_portions(brief: Brief, mark: str) -> Brief:
    """Prefix every portion of `brief` (sections and slides) with `(mark) `; return it."""
    if not mark:
        return brief
    prefix = f"({mark}) "
    blocks = [b for s in brief.sections for b in s.blocks] + [b for s in brief.slides
                                                              for b in s.blocks]
    for block in blocks:
        mark_block(block, prefix)
    for item in brief.evidence.values():
        item.portion = prefix.strip()  # the sentence itself stays verbatim
    return brief


def mark_block(block, prefix: str) -> None:
    """Prefix each portion of one block."""
    if isinstance(block, (Paragraph, JudgementBlock)):
        block.text = _marked(block.text, prefix)
    elif isinstance(block, QuoteBlock):
        block.portion = prefix.strip()
    elif isinstance(block, Bullets):
        _mark_all(block.items, "text", prefix)
    elif isinstance(block, KeyFacts):
        _mark_all(block.rows, "text", prefix)
    elif isinstance(block, Actors):
        _mark_all(block.actors, "name", prefix)
    elif isinstance(block, Timeline):
        _mark_all(block.entries, "label", prefix)
        if block.caption:
            block.caption = _marked(block.caption, prefix)
    elif isinstance(block, Sources):
        _mark_all(block.items, "text", prefix)
    elif isinstance(block, EvidenceList):
        for item in block.items:
            item.portion = prefix.strip()
    elif isinstance(block, MapBlock):
        block.portion = prefix.strip()


def _mark_all(items, attr: str, prefix: str) -> None:
    """Prefix attribute `attr` of every item."""
    for item in items:
        setattr(item, attr, _marked(getattr(item, attr), prefix))


def _marked(text: str, prefix: str) -> str:
    """Return `text` with `prefix` in front, unless it already has it (or is empty)."""
    return text if not text or text.startswith(prefix) else prefix + text
