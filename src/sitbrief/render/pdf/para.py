"""A ReportLab Paragraph that does not break its lines again for a width it was just wrapped to.

Tables wrap every cell to measure its row and again to draw it, and a heading's keep-with-next
wraps what follows it before the frame does: each time at the same width. Line breaking depends
only on the width, the style and the fragments, so a wrap at the width of the last one (style and
fragments unchanged, lines not dropped by a failed split) returns the lines already broken.
"""

from __future__ import annotations

from reportlab.platypus import Paragraph

from sitbrief.render.pdf.parsed import ParsedMarkup


class Para(Paragraph):
    """A Paragraph that remembers its last wrap, and may take its parse from `parsed`."""

    _wrapped: tuple | None = None  # (width, style, fragments, bullet) of the last wrap

    def __init__(self, text: str | None, style, bulletText=None, frags=None,
                 parsed: ParsedMarkup | None = None, **kwargs) -> None:
        self._parsed = parsed
        super().__init__(text, style, bulletText, frags, **kwargs)

    def _setup(self, text, style, bulletText, frags, cleaner) -> None:
        """Parse `text`, or copy the fragments parsed for the same markup and style name."""
        parsed = self._parsed
        if parsed is None or frags is not None or self.caseSensitive != 1:
            return super()._setup(text, style, bulletText, frags, cleaner)
        key = (text, style.name, bulletText)
        found = parsed.get(key)
        if found is not None:
            self.text, self.frags, self.style, self.bulletText, self.debug = \
                cleaner(text), found, style, bulletText, 0
            return None
        super()._setup(text, style, bulletText, frags, cleaner)
        if self.style is style and self.bulletText is bulletText:  # no <para> or <bullet> markup
            parsed.put(key, self.frags)
        return None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Return the size at `availWidth`, breaking lines only when the width or text changed."""
        last = self._wrapped
        if last is not None and last[0] == availWidth and last[1] is self.style \
                and last[2] is self.frags and last[3] is self.bulletText and "blPara" in self.__dict__:
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        if size[1] != 0x7FFFFFFF:
            self._wrapped = (availWidth, self.style, self.frags, self.bulletText)
        return size
