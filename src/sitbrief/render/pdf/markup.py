"""Paragraph markup for ReportLab: escaped text in font-fallback runs, and reference marks.

Every dynamic string reaches ReportLab through `FontSet.markup` (escaped, split into runs of the
font that covers each character) or `FontSet.draw` (canvas text, same runs). Characters no font
covers are left out and reported once as a warning.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from sitbrief.compose.brief import EvidenceItem
from sitbrief.layout.theme import Theme
from sitbrief.render.fonts import FontChain, describe_missing

_CJK = re.compile("[\u1100-\u11ff\u2e80-\u2fff\u3000-\u9fff\ua960-\ua97f\uac00-\ud7af"
                  "\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003ffff]")
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_RTL_WARNING = ("right-to-left text (Arabic, Hebrew, ...) is drawn unshaped and left to right in "
                "the PDF; check it, or quote it in transliteration")
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9_.-]")
_SCHEMES = ("http://", "https://")
_ORPHAN_JOINERS = re.compile("[\u200d\ufe0e\ufe0f\U0001f3fb-\U0001f3ff]")
ELLIPSIS = "\u2026"


def has_cjk(text: str) -> bool:
    """Tell whether `text` holds CJK characters (which wrap between any two characters)."""
    return bool(_CJK.search(text))


def anchor(prefix: str, sid: str) -> str:
    """Return a safe destination name for sentence `sid`, e.g. ``ev-s3``."""
    return f"{prefix}-{_UNSAFE_NAME.sub('_', sid)}"


def safe_url(url: str | None) -> str | None:
    """Return `url` when it is an http(s) link, else None (no javascript:, file:, ...)."""
    url = (url or "").strip()
    return url if url.lower().startswith(_SCHEMES) and not any(c.isspace() for c in url) else None


class FontSet:
    """The theme's font chains by face and style; collects characters no font covers."""

    def __init__(self, theme: Theme) -> None:
        self.theme = theme
        self._chains: dict[tuple[bool, bool, bool], FontChain] = {}
        self._missing: dict[str, None] = {}
        self._rtl = False

    def chain(self, heading: bool = False, bold: bool = False, italic: bool = False) -> FontChain:
        """Return the font chain for a face (body or heading) and style."""
        key = (heading, bold, italic)
        if key not in self._chains:
            self._chains[key] = FontChain(self._paths(*key))
        return self._chains[key]

    def _paths(self, heading: bool, bold: bool, italic: bool) -> list[Path]:
        """Return the font files of one chain: the face's style, then each fallback's."""
        face = self.theme.heading_font if heading else self.theme.body_font
        return [face.file(bold, italic)] + [f.file(bold, italic) for f in self.theme.fallbacks]

    def clean(self, text: str, chain: FontChain) -> str:
        """Return `text` without the characters no font of `chain` covers (remembered)."""
        self._rtl = self._rtl or bool(_RTL.search(text))
        missing = chain.missing(text)
        for char in missing:
            self._missing[char] = None
        if not missing:
            return text
        kept = "".join(c for c in text if c not in missing)
        return _ORPHAN_JOINERS.sub("", kept)

    def markup(self, text: str, chain: FontChain) -> str:
        """Return `text` as escaped Paragraph markup, non-primary runs wrapped in <font>."""
        primary = chain.primary.fontName
        parts = []
        for name, run in chain.runs(self.clean(text, chain)):
            if name == primary:
                parts.append(escape(run))
            else:
                parts.append(f"<font name={quoteattr(name)}>{escape(run)}</font>")
        return "".join(parts)

    def width(self, text: str, chain: FontChain, size: float) -> float:
        """Return the drawn width of `text` at `size`."""
        return chain.width(self.clean(text, chain), size)

    def fit(self, text: str, chain: FontChain, size: float, max_width: float) -> str:
        """Return `text`, shortened with an ellipsis so that it fits in `max_width`."""
        text = self.clean(text, chain)
        if chain.width(text, size) <= max_width:
            return text
        room = max_width - chain.width(ELLIPSIS, size)
        used, cut = 0.0, 0
        for char in text:
            used += chain.width(char, size)
            if used > room:
                break
            cut += 1
        return text[:cut].rstrip() + ELLIPSIS if cut else ""

    def draw(self, canv, x: float, y: float, text: str, chain: FontChain, size: float,
             align: str = "left") -> float:
        """Draw `text` on the canvas in font runs; return its width."""
        text = self.clean(text, chain)
        width = chain.width(text, size)
        x -= {"left": 0, "centre": width / 2, "right": width}[align]
        for name, run in chain.runs(text):
            canv.setFont(name, size)
            canv.drawString(x, y, run)
            x += canv.stringWidth(run, name, size)
        return width

    def warnings(self) -> list[str]:
        """Return the warnings: characters left out, right-to-left text drawn left to right."""
        found = [describe_missing(list(self._missing))] if self._missing else []
        return found + ([_RTL_WARNING] if self._rtl else [])


class Citations:
    """Reference marks: evidence numbers linking to the evidence list, with back-link anchors."""

    def __init__(self, evidence: dict[str, EvidenceItem], targets: set[str], colour: str) -> None:
        self.evidence = evidence
        self.targets = targets
        self.colour = colour
        self.cited: set[str] = set()

    def numbered(self, refs: list[str]) -> list[EvidenceItem]:
        """Return the evidence items of `refs`, once each, in number order."""
        items = {sid: self.evidence[sid] for sid in refs if sid in self.evidence}
        return sorted(items.values(), key=lambda item: item.number)

    def marks(self, refs: list[str], anchors: bool = True) -> str:
        """Return superscript reference marks for `refs`, linked when the evidence list has them.

        `anchors=False` leaves out the back-link targets: ReportLab's CJK line breaking cannot
        handle the empty fragment an anchor makes, so CJK paragraphs cite without one.
        """
        items = self.numbered(refs)
        if not items:
            return ""
        return "<super>" + ",".join(self._mark(item, anchors) for item in items) + "</super>"

    def _mark(self, item: EvidenceItem, anchors: bool = True) -> str:
        """Return one mark; the first citation of a sentence also gets the back-link anchor."""
        if item.sid not in self.targets:
            return str(item.number)
        first = ""
        if anchors and item.sid not in self.cited:
            self.cited.add(item.sid)
            first = f"<a name={quoteattr(anchor('cite', item.sid))}/>"
        href = quoteattr("#" + anchor("ev", item.sid))
        return f"{first}<a href={href} color={quoteattr(self.colour)}>{item.number}</a>"

    def back_link(self, sid: str) -> str | None:
        """Return the destination of the first citation of `sid`, if it was cited."""
        return anchor("cite", sid) if sid in self.cited else None
