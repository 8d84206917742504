"""Layouts: a folder's layout.yaml merged along its extends chain, sandboxed wording, a Theme.

What goes in: a layout name (looked up on the search path) or folder. What comes out: a
``Layout`` with validated ``settings``, ``render`` for wording templates and ``theme()``.
"""

from __future__ import annotations

from sitbrief.layout.loader import load_layout
from sitbrief.layout.model import Layout
from sitbrief.layout.search import builtin_dir, search_roots

__all__ = ["Layout", "builtin_dir", "load_layout", "search_roots"]
