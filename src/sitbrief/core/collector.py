"""The cyclic garbage collector paused while one document or brief is built.

Building a brief allocates hundreds of thousands of small objects (ReportLab's flowables and
fragments, python-pptx's element proxies, map rings) that mostly live until the build ends. The
collector, counting those allocations, runs every few hundred of them and now and then walks
every object the process holds (the loaded stages, fonts, caches: over 100,000): about a fifth
of a warm build's CPU. Paused for the build, it runs again at its next threshold after the build
and collects what the build left, so memory stays bounded by one build.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic collector for the block (a no-op when it is already paused)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
