"""The ``sitbrief`` command line: Click groups, one module per command group.

What goes in: argv; what comes out: an exit code and one-line messages. Heavy stages (renderers,
pydantic, trafilatura) are imported inside commands so that ``sitbrief --help`` stays cheap.
"""

from __future__ import annotations

from sitbrief.cli.main import main

__all__ = ["main"]
