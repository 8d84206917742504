"""Parsed Paragraph markup kept across the builds of a batch that use an equal theme.

Headings, table headers, statuses and numbers recur from brief to brief ("Past", "Key facts",
"#"); ReportLab parses each with its HTML parser. A style is a function of the theme and its
name, so the fragments parsed for (markup, style name) under one theme are those of every
equal theme. Each paragraph gets its own copies: line breaking writes into fragments.
"""

from __future__ import annotations

from sitbrief.layout.theme import Theme

LIMIT = 4096  # entries; the cache starts again when full (most evidence text never recurs)


class ParsedMarkup:
    """Fragments by (markup, style name, bullet), for builds with a theme equal to `theme`."""

    def __init__(self) -> None:
        self.theme: Theme | None = None
        self.fragments: dict[tuple, list] = {}

    def scope(self, theme: Theme) -> ParsedMarkup:
        """Keep the fragments when `theme` equals the last one, else start again; return self."""
        if theme is not self.theme and theme != self.theme:
            self.fragments.clear()
        self.theme = theme
        return self

    def get(self, key: tuple) -> list | None:
        """Return copies of the fragments parsed for `key`, or None."""
        found = self.fragments.get(key)
        return None if found is None else [frag.clone() for frag in found]

    def put(self, key: tuple, fragments: list) -> None:
        """Remember copies of freshly parsed fragments."""
        if len(self.fragments) >= LIMIT:
            self.fragments.clear()
        self.fragments[key] = [frag.clone() for frag in fragments]


SHARED = ParsedMarkup()
