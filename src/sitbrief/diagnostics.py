"""Warnings collected during a build and reported once per brief."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Diagnostics:
    """An ordered, de-duplicated list of warnings for one brief."""

    messages: list[str] = field(default_factory=list)

    def warn(self, message: str) -> None:
        """Record `message` once."""
        if message not in self.messages:
            self.messages.append(message)

    def extend(self, messages: list[str]) -> None:
        """Record each of `messages` once."""
        for message in messages:
            self.warn(message)

    def __bool__(self) -> bool:
        return bool(self.messages)
