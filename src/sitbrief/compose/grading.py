"""Admiralty (NATO) source grading in the brief: what each code means, and the legend."""

from __future__ import annotations

from sitbrief.compose.brief import SourceItem, Sources


def grading_note(layout, code: str | None) -> str:
    """Return what an Admiralty code means ('usually reliable; probably true'), or ''."""
    if not code:
        return ""
    return layout.render("grading.j2", reliability=code[0], credibility=code[1:], legend=False)


def graded_sources(items: list[SourceItem], layout) -> list[Sources]:
    """Return the sources block, each grading explained and a legend when any source is graded."""
    if not items:
        return []
    for item in items:
        item.grading_note = grading_note(layout, item.grading)
    graded = any(item.grading for item in items)
    legend = layout.render("grading.j2", reliability=None, credibility=None, legend=True) \
        if graded else ""
    return [Sources(items, legend=legend)]
