"""The variables `change.j2` is given: one contract for compose and for `layouts check`'s samples."""

from __future__ import annotations

from typing import Any

CHANGE_VARS = ("name", "event_kind", "status", "status_before", "date", "date_before", "place",
               "place_before", "roles", "roles_before", "affiliation", "actor", "speaker", "text", "what")


def change_vars(kind: str, **values: Any) -> dict[str, Any]:
    """Return the variables of one line of changes: `kind` and every other one (None when unset)."""
    unknown = set(values) - set(CHANGE_VARS)
    if unknown:
        raise TypeError(f"change.j2 is given no variable {sorted(unknown)[0]!r}")
    return {"kind": kind, **dict.fromkeys(CHANGE_VARS), **values}
