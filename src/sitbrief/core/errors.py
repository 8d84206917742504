"""Errors a user can meet, each with the exit code the README documents."""

from __future__ import annotations


class SitbriefError(Exception):
    """A failure the user can fix; printed as one line, never as a traceback."""

    exit_code = 1


class InputError(SitbriefError):
    """The article or fact file cannot be read or is invalid (exit 1)."""

    exit_code = 1


class FactsError(InputError):
    """A fact file fails validation; the message names the field (exit 1)."""


class LayoutError(SitbriefError):
    """A layout cannot be found, loaded, validated or rendered (exit 3)."""

    exit_code = 3


class RenderError(SitbriefError):
    """A brief could not be drawn (exit 5)."""

    exit_code = 5


class StrictError(SitbriefError):
    """Warnings were raised and ``--strict`` turns them into errors (exit 6)."""

    exit_code = 6


EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_LAYOUT = 3
EXIT_BATCH = 4
EXIT_RENDER = 5
EXIT_STRICT = 6
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130
