"""A hard ceiling on the processor time of one template render, enforced by a timer signal.

The budget (`meter`) checks its deadline at every step a template takes; this timer also stops
work inside one long call that takes no steps (a filter's own loop). It counts this process's
processor time (``ITIMER_VIRTUAL``, signal SIGVTALRM), so it never disturbs wall-clock alarms,
and is armed only in the main thread of POSIX systems (elsewhere the step deadline alone holds).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from jinja2.sandbox import SecurityError

from sitbrief.layout.meter import MAX_CPU_SECONDS


class CpuCeiling(SecurityError):
    """The render used more processor time than MAX_CPU_SECONDS."""


def _expired(signum: int, frame: object) -> None:
    raise CpuCeiling(f"the template used more than {MAX_CPU_SECONDS:g} s of processor time")


@contextmanager
def cpu_ceiling(seconds: float | None = None) -> Iterator[None]:
    """Interrupt the block with CpuCeiling once it has used `seconds` of processor time."""
    usable = hasattr(signal, "ITIMER_VIRTUAL") and threading.current_thread() is threading.main_thread()
    if not usable or signal.getitimer(signal.ITIMER_VIRTUAL)[0] > 0:  # no timer, or one is running
        yield
        return
    previous = signal.signal(signal.SIGVTALRM, _expired)
    signal.setitimer(signal.ITIMER_VIRTUAL, seconds or MAX_CPU_SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, previous)
