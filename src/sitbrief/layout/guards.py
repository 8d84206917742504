"""Size checks run before a filter, method or operator builds its result.

Each guard estimates the size of what an operation would build from its arguments (already
measured) and refuses it over the limit, so no gigabyte string or list is ever allocated.
"""

from __future__ import annotations

import functools
import inspect
import re
from collections.abc import Callable, Mapping
from typing import Any

from jinja2 import pass_eval_context
from jinja2.sandbox import SecurityError

from sitbrief.layout.meter import (
    MAX_OUTPUT,
    MAX_SEQUENCE,
    built,
    check_int,
    check_int_product,
    check_text,
    refuse_over,
    spend,
    text_size,
)

MAX_WIDTH = 1000
_WIDE_FORMAT = re.compile(
    r"%[-+ #0]*(\d{4,}|\*)"  # printf width of 1000+ or taken from an argument
    r"|%[-+ #0]*\d*\.(\d{4,}|\*)"  # printf precision of 1000+ or taken from an argument
    r"|\{[^{}]*:[^{}]*\d{4,}[^{}]*\}"  # str.format width of 1000+
    r"|\{[^{}]*:[^{}]*\{")  # str.format width taken from an argument
_SEQUENCES = (str, bytes, list, tuple)
# Filters that never print their input: they need no size check of it.
_NOT_PRINTING = {"length", "count", "first", "last", "list", "reverse", "sort", "unique", "min",
                 "max", "select", "reject", "selectattr", "rejectattr", "map", "groupby",
                 "dictsort", "items", "attr", "default", "d", "abs", "round", "random", "sum",
                 "batch", "slice"}


def check_format(fmt: Any) -> None:
    """Refuse a format string asking for an enormous width or precision, or one from an argument."""
    if isinstance(fmt, (str, bytes)) and _WIDE_FORMAT.search(str(fmt)):
        raise SecurityError("the format asks for a width or precision of 1000 or more, "
                            "or takes it from an argument")


def _largest(values: Any) -> int:
    """Return the printed size of the largest of `values` (a tuple, a mapping or one value)."""
    if isinstance(values, Mapping):
        values = list(values.values())
    elif not isinstance(values, tuple):
        values = [values]
    return max((text_size(v) for v in values), default=0)


def check_percent(fmt: Any, args: Any) -> None:
    """Refuse ``fmt % args`` when it would build a huge string."""
    if not isinstance(fmt, (str, bytes)):
        return
    check_format(fmt)
    fields = str(fmt).count("%")
    refuse_over(len(fmt) + fields * (_largest(args) + MAX_WIDTH), "'%' formatting")


def check_braces(fmt: str, args: tuple, kwargs: Mapping) -> None:
    """Refuse ``fmt.format(*args, **kwargs)`` when it would build a huge string."""
    check_format(fmt)
    fields = fmt.count("{")
    largest = max(_largest(args), _largest(kwargs))
    refuse_over(len(fmt) + fields * (largest + MAX_WIDTH), "str.format")


def check_binop(operator: str, left: Any, right: Any) -> None:
    """Refuse a binary operation whose result would be huge, before it is computed."""
    if operator == "*":
        check_int_product(left, right)
        for seq, count in ((left, right), (right, left)):
            if isinstance(seq, _SEQUENCES) and isinstance(count, int):
                refuse_over(len(seq) * max(count, 0), "'*'")
    elif operator == "**":
        if isinstance(left, (int, float)) and isinstance(right, (int, float)):
            base_bits = max(abs(int(left)).bit_length(), 1)
            if abs(left) > 1 and right > 0 and base_bits * right > 4096:
                raise SecurityError("'**' would build an enormous number")
    elif operator == "%":
        check_percent(left, right)
    elif operator == "+" and isinstance(left, _SEQUENCES) and isinstance(right, _SEQUENCES):
        refuse_over(len(left) + len(right), "'+'")


def check_concat(values: list[Any]) -> None:
    """Refuse ``a ~ b ~ …`` when the joined string would be huge."""
    refuse_over(sum(text_size(v) for v in values), "'~'")


def _text(value: Any) -> str:
    """Return `value` as the filters see it (already measured)."""
    return value if isinstance(value, str) else str(value)


def _join_size(items: list[Any], sep: Any) -> int:
    """Return the size of ``sep.join(items)``."""
    return sum(text_size(i) for i in items) + text_size(sep) * max(len(items) - 1, 0)


def _replace_size(s: Any, old: Any, new: Any, count: Any = None) -> int:
    """Return the size of ``s.replace(old, new, count)``."""
    s, old, new = _text(s), _text(old), _text(new)
    hits = len(s) + 1 if not old else s.count(old)
    if isinstance(count, int) and count >= 0:
        hits = min(hits, count)
    return len(s) + hits * max(len(new) - len(old), 0)


def _small(value: Any, what: str, limit: int = MAX_WIDTH) -> None:
    """Refuse an integer argument over `limit`."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > limit:
        raise SecurityError(f"{what} over {limit} is not allowed")


def _indent(a: dict[str, Any]) -> None:
    width = a.get("width", 4)
    _small(width, "indent width")
    s = _text(a["s"])
    refuse_over(len(s) + (s.count("\n") + 1) * text_size(width), "indent")


def _wordwrap(a: dict[str, Any]) -> None:
    _small(a.get("width", 79), "wordwrap width")
    s = _text(a["s"])
    refuse_over(len(s) + (len(s) + 1) * text_size(a.get("wrapstring") or "\n"), "wordwrap")


def _sum(a: dict[str, Any]) -> None:
    start = a.get("start", 0)
    if isinstance(start, _SEQUENCES):
        items = list(a["iterable"])
        refuse_over(len(start) + sum(len(i) if isinstance(i, _SEQUENCES) else 1 for i in items),
                    "sum")


def _tojson(a: dict[str, Any]) -> None:
    indent = a.get("indent") or 0
    _small(indent, "tojson indent", 16)
    size = text_size(a["value"])
    refuse_over(6 * size + (size // 2) * (1 + indent * 40), "tojson")


def _compared(a: dict[str, Any]) -> None:
    """Refuse sorting or comparing items whose text is huge in all (each comparison reads it)."""
    value = a.get("value")
    if isinstance(value, (list, tuple, dict, set, frozenset)):
        size = text_size(list(value) if isinstance(value, dict) else value)
        if size > MAX_OUTPUT:
            raise SecurityError(f"ordering or comparing {size} characters of items is too much work; "
                                f"the limit is {MAX_OUTPUT}")


FILTER_GUARDS: dict[str, Callable[[dict[str, Any]], None]] = {
    **dict.fromkeys(("sort", "unique", "min", "max", "dictsort", "groupby"), _compared),
    "replace": lambda a: refuse_over(_replace_size(a["s"], a["old"], a["new"], a.get("count")),
                                     "replace"),
    "indent": _indent,
    "wordwrap": _wordwrap,
    "center": lambda a: _small(a.get("width", 80), "center width"),
    "format": lambda a: check_percent(a["value"], a.get("kwargs") or a.get("args") or ()),
    "sum": _sum,
    "batch": lambda a: _small(a["linecount"], "batch size", MAX_SEQUENCE),
    "slice": lambda a: _small(a["slices"], "slice count", MAX_SEQUENCE),
    "tojson": _tojson,
    "truncate": lambda a: refuse_over(text_size(a["s"]) + text_size(a.get("end", "")), "truncate"),
    "urlize": lambda a: refuse_over(
        3 * text_size(a["value"]) + (text_size(a["value"]) // 4 + 1)
        * (80 + text_size(a.get("target") or "") + text_size(a.get("rel") or "")), "urlize"),
    "xmlattr": lambda a: refuse_over(6 * text_size(a["d"]), "xmlattr"),
    "pprint": lambda a: refuse_over(4 * text_size(a["value"]), "pprint"),
}


def guard_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap filter `func` so its arguments are measured and its result estimated before it runs."""
    signature = inspect.signature(func)
    guard = FILTER_GUARDS.get(name)
    printing = name not in _NOT_PRINTING

    @functools.wraps(func)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        spend()
        offset = 1 if getattr(func, "jinja_pass_arg", None) is not None else 0
        if printing:
            for value in (*args[offset:], *kwargs.values()):
                check_text(value, f"the filter '{name}'", MAX_OUTPUT)
        if guard is not None:
            try:
                bound = signature.bind(*args, **kwargs)
            except TypeError:
                return func(*args, **kwargs)  # let the filter say what is wrong
            bound.apply_defaults()
            guard(bound.arguments)
        return sized(func(*args, **kwargs), f"the filter '{name}'")

    return guarded


@pass_eval_context
def guarded_join(eval_ctx: Any, value: Any, d: str = "", attribute: Any = None) -> str:
    """The ``join`` filter, measuring the items (or their `attribute`) before joining."""
    from jinja2.filters import make_attrgetter

    spend()
    items = [spent(i) for i in value]
    if attribute is not None:
        getter = make_attrgetter(eval_ctx.environment, attribute)
        items = [getter(i) for i in items]
    refuse_over(_join_size(items, d), "join")
    return _text(d).join(_text(i) for i in items)


def spent(item: Any) -> Any:
    """Return `item`, spending one step."""
    spend()
    return item


def sized(value: Any, what: str) -> Any:
    """Return `value`, refusing strings or sequences longer than MAX_SEQUENCE."""
    if isinstance(value, (*_SEQUENCES, dict, set)):
        refuse_over(len(value), what)
        built(len(value))
    check_int(value, what)
    return value


_REFUSED_METHODS = {"translate", "maketrans"}
_PADDING = {"center", "ljust", "rjust", "zfill"}


def check_call(obj: Any, args: tuple, kwargs: dict) -> tuple:
    """Refuse a method call that would build something huge; return its (measured) arguments."""
    for value in (*args, *kwargs.values()):
        check_text(value, "the call", MAX_OUTPUT)
    owner = getattr(obj, "__self__", None)
    name = getattr(obj, "__name__", "")
    if isinstance(owner, (str, bytes)):
        if name == "join" and args:
            args = ([spent(i) for i in args[0]], *args[1:])
        _check_text_method(owner, name, args, kwargs)
    elif name == "strftime" and args:
        refuse_over(text_size(args[0]) * 16, "strftime", MAX_SEQUENCE)
    elif name == "to_bytes":
        for value in (*args, *kwargs.values()):
            _small(value, "to_bytes length")
    return args


def _check_text_method(owner: str | bytes, name: str, args: tuple, kwargs: dict) -> None:
    """Refuse a str (or bytes) method call that would build a huge value."""
    if name in _REFUSED_METHODS:
        raise SecurityError(f"str.{name} is not allowed in layout templates")
    if name in _PADDING:
        for value in (*args, *kwargs.values()):
            _small(value, f"str.{name} width")
    elif name == "expandtabs":
        size = args[0] if args else kwargs.get("tabsize", 8)
        _small(size, "str.expandtabs tab size")
        refuse_over(len(owner) + owner.count("\t" if isinstance(owner, str) else b"\t")
                    * (size if isinstance(size, int) else 8), "str.expandtabs")
    elif name == "replace" and len(args) >= 2:
        refuse_over(_replace_size(owner, args[0], args[1], args[2] if len(args) > 2 else
                                  kwargs.get("count")), "str.replace")
    elif name == "join" and args:
        refuse_over(_join_size(list(args[0]), owner), "str.join")
    elif name in ("format", "format_map") and isinstance(owner, str):
        values = args[0] if name == "format_map" and args else kwargs
        check_braces(owner, args if name == "format" else (), values if
                     isinstance(values, Mapping) else {})
    elif name == "hex":
        refuse_over(3 * len(owner), "bytes.hex")
