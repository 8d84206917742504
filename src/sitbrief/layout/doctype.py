"""Document type declarations cut out of a master's XML parts, so no output deck carries one.

A DTD can declare entities (internal ones that expand into huge text, external ones naming local
files). python-pptx never expands them, but it copies parts it does not parse (theme, properties)
byte for byte, so a declaration would reach every deck built with the master. Each part loses its
``<!DOCTYPE …>`` (internal subset included) before python-pptx sees it; a part that then uses an
entity the DTD declared is no longer well-formed and the master is refused as damaged.
"""

from __future__ import annotations

import codecs

_MARK = "<!DOCTYPE"
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def strip_doctype(data: bytes) -> bytes | None:
    """Return the XML `data` without its document type declaration, or None when it has none."""
    bom, encoding = next(((b, e) for b, e in _BOMS if data.startswith(b)), (b"", "utf-8"))
    if _MARK.encode(encoding) not in data or not data[len(bom):].lstrip().startswith("<".encode(encoding)):
        return None
    text = data[len(bom):].decode(encoding, "surrogateescape")
    while (start := text.find(_MARK)) >= 0:
        text = text[:start] + text[_declaration_end(text, start + len(_MARK)):]
    return bom + text.encode(encoding, "surrogateescape")


def _declaration_end(text: str, at: int) -> int:
    """Return the index just past the ``>`` closing a declaration that began before `at`.

    Quoted literals and the bracketed internal subset (with its own ``<!ENTITY … >`` and
    comments) may hold ``>``; only the one outside them ends the declaration.
    """
    quote, depth = "", 0
    while at < len(text):
        char = text[at]
        if quote:
            quote = "" if char == quote else quote
        elif text.startswith("<!--", at):
            close = text.find("-->", at + 4)
            at = len(text) if close < 0 else close + 2
        elif char in "\"'":
            quote = char
        elif char == "[":
            depth += 1
        elif char == "]":
            depth = max(depth - 1, 0)
        elif char == ">" and depth == 0:
            return at + 1
        at += 1
    return len(text)
