"""Speaker notes: the evidence sentences behind a slide, quoted with their numbers, and the source."""

from __future__ import annotations

from sitbrief.compose.brief import Brief
from sitbrief.render.pptx.style import DeckStyle


def evidence_lines(brief: Brief, refs: list[str]) -> list[str]:
    """Return '[n] “sentence”' for each cited sentence of `refs`, by number, once each."""
    items = {brief.evidence[r].number: brief.evidence[r] for r in refs if r in brief.evidence}
    return [f"[{n}] {items[n].lead()}“{items[n].text}”"
            + (f" — {items[n].source}" if items[n].source else "") for n in sorted(items)]


def notes_text(brief: Brief, refs: list[str], style: DeckStyle) -> str:
    """Return a slide's notes: an evidence heading and sentences (when any), then the source line."""
    lines = evidence_lines(brief, refs)
    parts = []
    if lines:
        parts.append("\n".join([style.label("Evidence", "Evidence"), *lines]))
    if brief.source_line:
        parts.append(brief.source_line)
    return "\n\n".join(parts)
