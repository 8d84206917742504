"""A Jinja2 sandbox for layout templates: no Python internals, bounded size, bounded work.

``ImmutableSandboxedEnvironment`` already refuses ``__class__`` tricks and mutation. On top of it
every operator, ``~``, filter and method call is measured *before* it builds its result
(`guards`), every loop step, call and printed value spends from a per-render budget with a
deadline checked at each step (`meter`), and templates are given only plain values and read-only
views (`views`), never objects with methods that reach files or pickle.
"""

from __future__ import annotations

from typing import Any

from jinja2 import StrictUndefined, nodes, pass_context
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
from jinja2.utils import generate_lorem_ipsum
from jinja2.visitor import NodeTransformer

from sitbrief.layout.guards import (
    check_binop,
    check_call,
    check_concat,
    check_format,
    guard_filter,
    guarded_join,
    sized,
    spent,
)
from sitbrief.layout.meter import BUDGET, MAX_OUTPUT, Budget, built, check_text, emit, spend
from sitbrief.layout.timer import cpu_ceiling
from sitbrief.layout.views import View

MAX_LIPSUM = 20


def _lipsum(n: int = 5, html: bool = True, min: int = 20, max: int = 100) -> str:  # noqa: A002
    """Jinja's ``lipsum`` with at most MAX_LIPSUM paragraphs of at most 100 words."""
    for value in (n, min, max):
        if not isinstance(value, int) or not 0 <= value <= 100:
            raise SecurityError("lipsum arguments must be whole numbers from 0 to 100")
    if n > MAX_LIPSUM:
        raise SecurityError(f"lipsum: at most {MAX_LIPSUM} paragraphs")
    spend(n)
    return generate_lorem_ipsum(n=n, html=html, min=min, max=max)


@pass_context
def _emit(context: Any, value: Any) -> Any:
    """Count a printed value (or template text) against the render's budget; return it."""
    spend()
    emit(check_text(value, "printing a value", MAX_OUTPUT))
    return value


def _concat(values: list[Any]) -> str:
    """Join the operands of ``~`` once their total size is known to be small enough."""
    spend()
    check_concat(values)
    joined = "".join(str(v) for v in values)
    built(len(joined))
    return joined


class LayoutSandbox(ImmutableSandboxedEnvironment):
    """The sandboxed Jinja2 environment every layout template runs in."""

    intercepted_binops = frozenset(["*", "**", "%", "+", "//", "-", "/"])

    def __init__(self, **options: Any) -> None:
        options.setdefault("undefined", StrictUndefined)
        options.setdefault("autoescape", False)
        super().__init__(**options)
        for name, func in list(self.filters.items()):
            self.filters[name] = guard_filter(name, func)
        self.filters["join"] = guarded_join
        self.filters["_sitbrief_bounded"] = _bounded
        self.filters["_sitbrief_emit"] = _emit
        self.filters["_sitbrief_concat"] = _concat
        self.globals["lipsum"] = _lipsum

    def getattr(self, obj: Any, attribute: str) -> Any:
        """Look up `attribute`; on a view, its fields come before the mapping's methods."""
        if isinstance(obj, View) and attribute in obj:
            return obj[attribute]
        return super().getattr(obj, attribute)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        """Apply a binary operator, refusing results that would be huge before computing them."""
        spend()
        check_binop(operator, left, right)
        return sized(super().call_binop(context, operator, left, right), f"'{operator}'")

    def call(self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        """Call `__obj` inside the budget, refusing calls that would build something huge."""
        spend()
        args = check_call(__obj, args, kwargs)
        return sized(super().call(__context, __obj, *args, **kwargs), "the call")

    def wrap_str_format(self, value: Any) -> Any:
        """Refuse ``str.format`` on a format string asking for a huge or dynamic width."""
        if isinstance(getattr(value, "__self__", None), str) \
                and getattr(value, "__name__", "") in ("format", "format_map"):
            check_format(value.__self__)
        return super().wrap_str_format(value)

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        """Parse `source`; route loops, ``~`` and every printed value through the budget."""
        tree = super()._parse(source, name, filename)
        for loop in tree.find_all(nodes.For):
            loop.iter = _filtered(loop.iter, "_sitbrief_bounded")
        tree = _MeteredConcat().visit(tree)
        for output in tree.find_all(nodes.Output):
            output.nodes = [_filtered(_as_expr(child), "_sitbrief_emit") for child in output.nodes]
        return tree

    def render_bounded(self, template: Any, context: dict[str, Any]) -> str:
        """Render `template` with `context` inside a fresh budget, an output cap and a CPU ceiling."""
        token = BUDGET.set(Budget())
        try:
            with cpu_ceiling():
                return self._collect(template, context)
        finally:
            BUDGET.reset(token)

    def _collect(self, template: Any, context: dict[str, Any]) -> str:
        """Return the output of `template`, refusing more than MAX_OUTPUT characters."""
        parts: list[str] = []
        size = 0
        for chunk in template.generate(**context):
            size += len(chunk)
            if size > MAX_OUTPUT:
                raise SecurityError(f"the template output is over {MAX_OUTPUT} characters")
            parts.append(chunk)
            spend()
        return "".join(parts)


def _bounded(iterable: Any) -> Any:
    """Iterate `iterable`, spending one step per item."""
    return (spent(item) for item in iterable)


def _filtered(node: nodes.Expr, name: str) -> nodes.Filter:
    """Return `node` passed through filter `name`."""
    return nodes.Filter(node, name, [], [], None, None, lineno=node.lineno)


def _as_expr(child: nodes.Node) -> nodes.Expr:
    """Return an Output child as an expression (template text becomes a constant)."""
    if isinstance(child, nodes.TemplateData):
        return nodes.Const(child.data, lineno=child.lineno)
    return child


class _MeteredConcat(NodeTransformer):
    """Rewrite ``a ~ b`` as ``[a, b] | _sitbrief_concat``, which measures before joining."""

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:  # noqa: N802 (Jinja's naming)
        """Return the metered form of one ``~`` expression."""
        self.generic_visit(node)
        return _filtered(nodes.List(node.nodes, lineno=node.lineno), "_sitbrief_concat")
