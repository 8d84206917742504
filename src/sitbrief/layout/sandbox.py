"""A Jinja2 sandbox for layout templates: no Python internals, bounded size, bounded work.

``ImmutableSandboxedEnvironment`` already refuses ``__class__`` tricks and mutation. On top of it:
``*``/``**``/``%`` that would build huge values are refused, every ``{% for %}`` and every call
spends from a per-render budget with a deadline, padding filters are bounded, and the output is
capped in size.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from typing import Any

from jinja2 import StrictUndefined, nodes
from jinja2.filters import do_center, do_indent, do_wordwrap
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

MAX_SEQUENCE = 100_000  # characters or items a single operation may build
MAX_OUTPUT = 1_000_000  # characters a render may produce
MAX_STEPS = 1_000_000  # loop iterations plus calls per render
MAX_SECONDS = 2.0
MAX_EXPONENT_BITS = 4096
_WIDE_FORMAT = re.compile(
    r"%[-+ #0]*(\d{4,}|\*)"  # printf width of 1000+ or taken from an argument
    r"|\{[^{}]*:[^{}]*\d{4,}[^{}]*\}"  # str.format width of 1000+
    r"|\{[^{}]*:[^{}]*\{")  # str.format width taken from an argument
_PADDING = {"center", "ljust", "rjust", "zfill", "expandtabs"}


class Budget:
    """The work a single render may still do, and when it must end."""

    def __init__(self, steps: int = MAX_STEPS, seconds: float = MAX_SECONDS) -> None:
        self.steps = steps
        self.deadline = time.monotonic() + seconds

    def spend(self, steps: int = 1) -> None:
        """Take `steps` from the budget, refusing to go on when it or the time is spent."""
        self.steps -= steps
        if self.steps < 0:
            raise SecurityError("the template does too much work (too many loop steps or calls)")
        if self.steps % 256 == 0 and time.monotonic() > self.deadline:
            raise SecurityError(f"the template ran for more than {MAX_SECONDS:g} s")


_BUDGET: ContextVar[Budget | None] = ContextVar("sitbrief_template_budget", default=None)


def _spend(steps: int = 1) -> None:
    """Spend from the budget of the render in progress, if any."""
    budget = _BUDGET.get()
    if budget is not None:
        budget.spend(steps)


def _bounded(iterable: Iterable[Any]) -> Iterator[Any]:
    """Iterate `iterable`, spending one step per item."""
    for item in iterable:
        _spend()
        yield item


def _sized(value: Any, what: str) -> Any:
    """Return `value`, refusing strings or sequences longer than MAX_SEQUENCE."""
    if isinstance(value, (str, bytes, list, tuple)) and len(value) > MAX_SEQUENCE:
        raise SecurityError(f"{what} would build a value of {len(value)} items; "
                            f"the limit is {MAX_SEQUENCE}")
    return value


def _check_repeat(left: Any, right: Any) -> None:
    """Refuse `left * right` when it repeats a sequence into a huge one."""
    for seq, count in ((left, right), (right, left)):
        repeats = isinstance(seq, (str, bytes, list, tuple)) and isinstance(count, int)
        if repeats and len(seq) * max(count, 0) > MAX_SEQUENCE:
            raise SecurityError(f"'*' would build a sequence of {len(seq) * count} items; "
                                f"the limit is {MAX_SEQUENCE}")


def _check_power(left: Any, right: Any) -> None:
    """Refuse `left ** right` when the result would be enormous."""
    if isinstance(left, (int, float)) and isinstance(right, (int, float)):
        base_bits = max(abs(int(left)).bit_length(), 1)
        if abs(left) > 1 and right > 0 and base_bits * right > MAX_EXPONENT_BITS:
            raise SecurityError("'**' would build an enormous number")


def _check_format(fmt: Any) -> None:
    """Refuse a format string asking for an enormous width or precision."""
    if isinstance(fmt, str) and _WIDE_FORMAT.search(fmt):
        raise SecurityError("the format asks for a width or precision of 1000 or more, "
                            "or takes it from an argument")


def _limit_width(filter_func, position: int):
    """Wrap a padding filter so the width argument at `position` stays small."""

    def bounded(*args: Any, **kwargs: Any) -> Any:
        numbers = [a for a in args[position:] if isinstance(a, int)]
        numbers += [v for v in kwargs.values() if isinstance(v, int)]
        if any(abs(n) > 1000 for n in numbers):
            raise SecurityError("width arguments over 1000 are not allowed")
        return _sized(filter_func(*args, **kwargs), "the filter")

    return bounded


class LayoutSandbox(ImmutableSandboxedEnvironment):
    """The sandboxed Jinja2 environment every layout template runs in."""

    intercepted_binops = frozenset(["*", "**", "%", "+"])

    def __init__(self, **options: Any) -> None:
        options.setdefault("undefined", StrictUndefined)
        options.setdefault("autoescape", False)
        super().__init__(**options)
        self.filters["_sitbrief_bounded"] = _bounded
        self.filters["center"] = _limit_width(do_center, 1)
        self.filters["indent"] = _limit_width(do_indent, 1)
        self.filters["wordwrap"] = _limit_width(do_wordwrap, 2)
        self.filters["format"] = self._format_filter

    @staticmethod
    def _format_filter(value: str, *args: Any, **kwargs: Any) -> str:
        """Apply printf-style formatting with bounded widths."""
        _check_format(value)
        if args and kwargs:
            raise SecurityError("format takes positional or keyword arguments, not both")
        return _sized(str(value) % (kwargs or args), "format")

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        """Apply a binary operator, refusing results that would be huge."""
        _spend()
        if operator == "*":
            _check_repeat(left, right)
        elif operator == "**":
            _check_power(left, right)
        elif operator == "%":
            _check_format(left)
        return _sized(super().call_binop(context, operator, left, right), f"'{operator}'")

    def call(self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        """Call `__obj` inside the budget, refusing padding or formatting that would be huge."""
        _spend()
        name = getattr(__obj, "__name__", "")
        if isinstance(getattr(__obj, "__self__", None), str) and name in _PADDING \
                and any(isinstance(a, int) and a > 1000 for a in args):
            raise SecurityError(f"str.{name} with a width over 1000 is not allowed")
        return _sized(super().call(__context, __obj, *args, **kwargs), "the call")

    def wrap_str_format(self, value: Any) -> Any:
        """Refuse ``str.format`` on a format string asking for a huge or dynamic width."""
        if isinstance(getattr(value, "__self__", None), str) \
                and getattr(value, "__name__", "") in ("format", "format_map"):
            _check_format(value.__self__)
        return super().wrap_str_format(value)

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        """Parse `source` and route every for-loop through the step budget."""
        tree = super()._parse(source, name, filename)
        for loop in tree.find_all(nodes.For):
            loop.iter = nodes.Filter(loop.iter, "_sitbrief_bounded", [], [], None, None,
                                     lineno=loop.lineno)
        return tree

    def render_bounded(self, template: Any, context: dict[str, Any]) -> str:
        """Render `template` with `context` inside a fresh budget and an output cap."""
        token = _BUDGET.set(Budget())
        try:
            parts: list[str] = []
            size = 0
            for chunk in template.generate(**context):
                size += len(chunk)
                if size > MAX_OUTPUT:
                    raise SecurityError(f"the template output is over {MAX_OUTPUT} characters")
                parts.append(chunk)
                _spend()
            return "".join(parts)
        finally:
            _BUDGET.reset(token)
