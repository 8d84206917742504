"""The waste check: pages and slides a professional office would send back, in any layout.

A PDF page (the last aside) must be at least a quarter full and never end with a heading, and no
"(cont.)" slide may hold a single item (a row, a card, an event, a quote). It looks at what the
writers laid out, so it holds for every layout; tests run it on the seed, the fixtures and a
digest in the shipped layouts.
"""

from __future__ import annotations

from sitbrief.compose.brief import Brief
from sitbrief.layout.theme import Theme

MIN_FILL = 0.25


def pdf_waste(brief: Brief, theme: Theme) -> list[str]:
    """Return one line per PDF page (the last aside) under a quarter full, or ending in a heading."""
    from sitbrief.render.pdf.writer import page_fills

    pages = page_fills(brief, theme)
    problems = [f"page {n} of {len(pages)} is {fill:.0%} full"
                for n, (fill, _) in enumerate(pages[:-1], start=1) if fill < MIN_FILL]
    return problems + [f"page {n} ends with the heading {heading!r}"
                       for n, (_, heading) in enumerate(pages, start=1) if heading]


def deck_waste(brief: Brief, theme: Theme) -> list[str]:
    """Return one line per continuation slide holding a single item.

    The rest of one text too long for a slide (continued at the floor size, with a warning) is
    the exception: it cannot be shared out.
    """
    from sitbrief.render.pptx.writer import plan_pptx

    plans = plan_pptx(brief, theme)[1]
    return [f"slide {n} ({plan.kind}) continues with {plan.count} item"
            for n, plan in enumerate(plans, start=1)
            if plan.continued and plan.count < 2 and not plan.split]


def waste(brief: Brief, theme: Theme) -> list[str]:
    """Return every wasteful page and slide of `brief` drawn with `theme`."""
    return pdf_waste(brief, theme) + deck_waste(brief, theme)
