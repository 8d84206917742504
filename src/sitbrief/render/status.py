"""One visual language for event statuses, shared by the PDF and the deck.

Past events are filled markers, ongoing ones filled in the accent colour, planned ones hollow,
postponed ones hollow and dashed, cancelled ones a hollow diamond; the colour of each is a theme
role, so a layout recolours both outputs at once.
"""

from __future__ import annotations

from dataclasses import dataclass

LEGEND_ORDER = ("past", "ongoing", "planned", "postponed", "cancelled")


@dataclass(frozen=True)
class StatusLook:
    """How a status is drawn: its colour role, filled or hollow, dashed, circle or diamond."""

    role: str
    filled: bool = False
    dashed: bool = False
    shape: str = "circle"


LOOKS = {
    "past": StatusLook("past", filled=True),
    "ongoing": StatusLook("accent", filled=True),
    "planned": StatusLook("planned"),
    "postponed": StatusLook("alert", dashed=True),
    "cancelled": StatusLook("alert", shape="diamond"),
}
UNRESOLVED = StatusLook("muted", dashed=True)
STATUS_ROLES = {status: look.role for status, look in LOOKS.items()}


def look_of(status: str) -> StatusLook:
    """Return how `status` is drawn (an unknown status looks planned)."""
    return LOOKS.get(status, LOOKS["planned"])
