"""Output file names from a layout's ``filename.j2``: one safe component inside ``--out``, or refused."""

from __future__ import annotations

import re
import unicodedata

MAX_NAME_CHARS = 120
MAX_NAME_BYTES = 200  # file systems allow 255 bytes; leave room for ".pptx" and a temp prefix
_FORBIDDEN = set('/\\<>:"|?*')
_RESERVED = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$", re.IGNORECASE)


def name_problem(name: str) -> str | None:
    """Return why `name` cannot be an output file name (without extension), or None if it can."""
    if not name.strip():
        return "it is empty"
    if name.startswith("."):
        return "it starts with a dot (a hidden file, or '..')"
    bad = sorted({c for c in name if c in _FORBIDDEN})
    if bad:
        return f"it contains {' '.join(repr(c) for c in bad)} (a folder separator or a character " \
               "file systems refuse)"
    hidden = next((c for c in name if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp")), None)
    if hidden is not None:
        return f"it contains the invisible or control character U+{ord(hidden):04X}"
    if len(name) > MAX_NAME_CHARS or len(name.encode("utf-8")) > MAX_NAME_BYTES:
        return f"it is over {MAX_NAME_CHARS} characters ({MAX_NAME_BYTES} bytes)"
    if name != name.rstrip(". "):
        return "it ends with a dot or a space"
    if _RESERVED.match(name):
        return "it is a device name on Windows"
    return None
