"""sitbrief: turn a news article into a sourced PDF situation report and PowerPoint briefing.

The flow is one-way: ``read_article`` -> ``extract_facts`` -> ``compose(facts, layout)`` ->
``write_pdf`` / ``write_pptx``. Renderers are imported lazily so that importing the package
(and ``sitbrief --help``) stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "compose",
    "extract_facts",
    "load_layout",
    "read_article",
    "write_pdf",
    "write_pptx",
]

_LAZY = {
    "read_article": "sitbrief.read.article",
    "extract_facts": "sitbrief.extract",
    "load_layout": "sitbrief.layout",
    "compose": "sitbrief.compose.single",
    "write_pdf": "sitbrief.render.pdf.writer",
    "write_pptx": "sitbrief.render.pptx.writer",
}

if TYPE_CHECKING:  # pragma: no cover
    from sitbrief.compose.single import compose
    from sitbrief.extract import extract_facts
    from sitbrief.layout import load_layout
    from sitbrief.read.article import read_article
    from sitbrief.render.pdf.writer import write_pdf
    from sitbrief.render.pptx.writer import write_pptx


def __getattr__(name: str) -> Any:
    """Import public stage functions on first use."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(name)
