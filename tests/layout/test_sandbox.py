"""Templates from shared layouts cannot reach Python internals or run away."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from sitbrief.core.errors import LayoutError
from sitbrief.layout import load_layout


@pytest.fixture
def layout(isolated: Path):
    """Return the default layout."""
    return load_layout()


@pytest.mark.parametrize("source, needle", [
    ("{{ ''.__class__ }}", "unsafe"),
    ("{{ ''.__class__.__mro__[1].__subclasses__() }}", "unsafe"),
    ("{{ cycler.__init__.__globals__ }}", "unsafe"),
    ("{{ lipsum.__globals__['os'] }}", "unsafe"),
    ("{{ 'a' * 10**9 }}", "limit is"),
    ("{{ [1, 2] * 10**8 }}", "limit is"),
    ("{{ 10 ** 100000 }}", "enormous"),
    ("{{ '%999999999d' % 1 }}", "width"),
    ("{{ '{:>999999999}'.format(1) }}", "width"),
    ("{{ 'a'.ljust(10**9) }}", "width"),
    ("{{ '{:>{}}'.format(1, 10**9) }}", "argument"),
    ("{{ '%*d' % (10**9, 1) }}", "argument"),
    ("{{ 'a'|center(10**9) }}", "width"),
    ("{{ 'a'|indent(10**9) }}", "width"),
    ("{{ '%s'|format('a') * 10**7 }}", "limit is"),
    ("{% for i in range(10**9) %}{% endfor %}", "Range too big"),
    ("{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
     "too much work"),
    ("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", "RecursionError"),
    ("{% set xs = range(50000)|list %}{% for a in xs %}{% for b in xs %}{% endfor %}{% endfor %}",
     "too much work"),
    ("{{ x }}", "undefined"),
])
def test_dangerous_templates_are_refused_quickly(layout, source: str, needle: str) -> None:
    start = time.process_time()
    with pytest.raises(LayoutError, match=needle) as info:
        layout.render_string(source)
    assert time.process_time() - start < 3
    assert "layout.yaml" in str(info.value)


def test_mutation_is_refused(layout) -> None:
    with pytest.raises(LayoutError, match="unsafe"):
        layout.render_string("{% set xs = [] %}{{ xs.append(1) }}")


def test_ordinary_loops_and_arithmetic_still_work(layout) -> None:
    source = "{% for i in range(3) %}{{ i * 2 }}{% endfor %} {{ 'ab' * 3 }} {{ 2 ** 10 }}"
    assert layout.render_string(source) == "024 ababab 1024"


def test_runaway_template_file_is_stopped(isolated: Path, make_layout) -> None:
    folder = make_layout("spin", "extends: default\n", {"bluf.j2": (
        "{% for a in range(1000) %}{% for b in range(1000) %}{% for c in range(1000) %}"
        "{% endfor %}{% endfor %}{% endfor %}")})
    with pytest.raises(LayoutError, match=r"bluf.j2.*too much work"):
        load_layout(folder).render("bluf.j2", bluf="")


def test_a_long_call_that_takes_no_steps_is_stopped_by_the_processor_time_ceiling(monkeypatch) -> None:
    from sitbrief.layout import timer
    from sitbrief.layout.templates import describe_error, make_environment
    from tests.hostile.helpers import time_limit

    monkeypatch.setattr(timer, "MAX_CPU_SECONDS", 0.5)
    env = make_environment([])

    def spin(value):  # a filter's own loop: no template step, so the step deadline never runs
        while True:
            value = -value

    env.filters["spin"] = spin
    with time_limit(60), pytest.raises(timer.CpuCeiling) as caught:
        env.render_bounded(env.from_string("line one\n{{ x|spin }}"), {"x": 1})
    assert "line 2" in describe_error(caught.value, "title.j2")
