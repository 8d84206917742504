"""Budgets for one template render: steps, a deadline, and sizes measured before anything is built.

A value's printed size is estimated without printing it (`text_size`), so that a list holding the
same long string 100,000 times is refused before ``str()``, ``join`` or ``tojson`` would build
gigabytes. Every measure spends steps, so measuring is bounded too.
"""

from __future__ import annotations

import datetime
import time
from contextvars import ContextVar
from typing import Any

from jinja2.sandbox import SecurityError

MAX_SEQUENCE = 100_000  # characters or items a single operation may build
MAX_OUTPUT = 1_000_000  # characters a render may produce
MAX_EMITTED = 4_000_000  # characters a render may print in all, captured blocks included
MAX_STEPS = 1_000_000  # loop iterations, calls and measured items per render
MAX_BUILT = 20_000_000  # characters (or items) a render's operations may build in all, freed or not
MAX_SECONDS = 2.0
MAX_CPU_SECONDS = 4.0  # the hard ceiling: processor time, enforced by a timer signal
MAX_INT_BITS = 4096
MAX_DEPTH = 40


class Budget:
    """The work a single render may still do, and when it must end."""

    def __init__(self, steps: int = MAX_STEPS, seconds: float = MAX_SECONDS) -> None:
        self.steps = steps
        self.emitted = 0
        self.built = 0
        self.deadline = time.monotonic() + seconds

    def spend(self, steps: int = 1) -> None:
        """Take `steps` from the budget, refusing to go on when it or the time is spent."""
        self.steps -= steps
        if self.steps < 0:
            raise SecurityError("the template does too much work (too many loop steps or calls)")
        if time.monotonic() > self.deadline:
            raise SecurityError(f"the template ran for more than {MAX_SECONDS:g} s")

    def emit(self, size: int) -> None:
        """Count `size` printed characters, refusing a render that prints too much in all."""
        self.emitted += size
        if self.emitted > MAX_EMITTED:
            raise SecurityError(f"the template prints over {MAX_EMITTED} characters in all "
                                "(loops or blocks printing huge text); the limit is "
                                f"{MAX_EMITTED}")


    def build(self, size: int) -> None:
        """Count `size` characters or items an operation built, refusing a render that builds too much."""
        self.built += size
        if self.built > MAX_BUILT:
            raise SecurityError(f"the template builds over {MAX_BUILT} characters or items in all "
                                f"(enormous values, even if each is small enough); the limit is {MAX_BUILT}")


BUDGET: ContextVar[Budget | None] = ContextVar("sitbrief_template_budget", default=None)


def spend(steps: int = 1) -> None:
    """Spend from the budget of the render in progress, if any."""
    budget = BUDGET.get()
    if budget is not None:
        budget.spend(steps)


def emit(size: int) -> None:
    """Count printed characters against the render in progress, if any."""
    budget = BUDGET.get()
    if budget is not None:
        budget.emit(size)


def built(size: int) -> None:
    """Count what an operation of the render in progress built, if any."""
    budget = BUDGET.get()
    if budget is not None:
        budget.build(size)


def refuse_over(size: int, what: str, limit: int = MAX_SEQUENCE) -> None:
    """Refuse an operation that would build `size` characters or items."""
    if size > limit:
        raise SecurityError(f"{what} would build {size} characters or items; the limit is {limit}")


def text_size(value: Any, depth: int = 0) -> int:
    """Return an upper estimate of ``len(str(value))`` without building the string."""
    spend()
    if isinstance(value, str):
        return len(value)
    if isinstance(value, bool) or value is None:
        return 5
    if isinstance(value, int):
        return value.bit_length() * 31 // 100 + 2
    if isinstance(value, (float, complex, datetime.date, datetime.time, datetime.timedelta)):
        return 64
    if isinstance(value, (bytes, bytearray)):
        return 4 * len(value) + 3
    if depth > MAX_DEPTH:
        raise SecurityError("a value nested over 40 deep cannot be printed")
    if isinstance(value, (list, tuple, set, frozenset)):
        return 2 + sum(text_size(item, depth + 1) + 2 for item in value)
    if isinstance(value, dict):
        return 2 + sum(text_size(k, depth + 1) + text_size(v, depth + 1) + 4
                       for k, v in value.items())
    attrs = getattr(value, "_Namespace__attrs", None)  # jinja2's namespace() prints them
    if type(value).__name__ == "Namespace" and isinstance(attrs, dict):
        return 16 + text_size(attrs, depth + 1)
    return 200  # views, undefined values, macros, generators: printed as a short name


def check_text(value: Any, what: str, limit: int = MAX_SEQUENCE * 10) -> int:
    """Return the estimated printed size of `value`, refusing one over `limit`."""
    size = text_size(value)
    refuse_over(size, what, limit)
    return size


def check_int_product(left: Any, right: Any) -> None:
    """Refuse ``left * right`` on integers when the product would be enormous."""
    if isinstance(left, int) and isinstance(right, int) \
            and abs(left).bit_length() + abs(right).bit_length() > MAX_INT_BITS:
        raise SecurityError("'*' would build an enormous number")


def check_int(value: Any, what: str) -> None:
    """Refuse an integer with more than MAX_INT_BITS bits."""
    if isinstance(value, int) and abs(value).bit_length() > MAX_INT_BITS:
        raise SecurityError(f"{what} would build an enormous number")
