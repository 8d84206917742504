"""Wording templates: child-first lookup, override by file and by block, errors with file+line."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from sitbrief.core.errors import LayoutError
from sitbrief.layout import load_layout
from sitbrief.layout.samples import template_samples

BASE = "name: {name}\nextends: default\n"


def test_every_default_template_renders_its_sample_variables(isolated: Path) -> None:
    layout = load_layout("default")
    for name, contexts in template_samples().items():
        for context in contexts:
            assert layout.render(name, **context), name


@pytest.mark.parametrize("kind, title", [
    ("bluf", "Bottom line up front"), ("key_facts", "Key facts"), ("actors", "Who's who"),
    ("timeline", "Timeline"), ("upcoming", "What to watch"), ("quotes", "Statements"),
    ("context", "Background"), ("assessment", "Analyst assessment"), ("sources", "Sources"),
    ("related", "Related coverage"), ("evidence", "Evidence"),
])
def test_default_section_titles(isolated: Path, kind: str, title: str) -> None:
    assert load_layout().render("section_title.j2", kind=kind) == title


def test_dates_in_prose_and_dtg(isolated: Path) -> None:
    layout = load_layout()
    day = datetime.date(2023, 10, 19)
    assert layout.render("date.j2", date=day, style="prose") == "19 Oct 2023"
    assert layout.render("date.j2", date=day, style="dtg") == "19 OCT 23"  # no time invented
    moment = datetime.datetime(2023, 10, 19, 12, 0)
    assert layout.render("date.j2", date=moment, style="dtg") == "191200Z OCT 23"
    assert layout.render("date.j2", date=None, style="dtg") == "Undated"


def test_output_is_stripped_and_whitespace_collapsed(isolated: Path) -> None:
    layout = load_layout()
    assert layout.render("evidence_intro.j2").startswith("Each numbered mark in this report")
    assert "\n" not in layout.render("evidence_intro.j2")
    assert layout.render_string("  a \n\n  b  ") == "a b"


def test_override_by_file(isolated: Path, make_layout) -> None:
    folder = make_layout("c", BASE.format(name="c"),
                         {"continued.j2": "{{ title }} — continued"})
    assert load_layout(folder).render("continued.j2", title="Timeline") == "Timeline — continued"


def test_override_one_block_with_base(isolated: Path, make_layout) -> None:
    folder = make_layout("c", BASE.format(name="c"), {"section_title.j2": """\
        {% extends "base/section_title.j2" %}
        {% block section_title %}{{ 'Summary' if kind == 'bluf' else super() }}{% endblock %}
    """})
    layout = load_layout(folder)
    assert layout.render("section_title.j2", kind="bluf") == "Summary"
    assert layout.render("section_title.j2", kind="actors") == "Who's who"


def test_base_means_the_next_layout_in_a_three_level_chain(isolated: Path, make_layout) -> None:
    make_layout("mid", BASE.format(name="mid"), {"continued.j2": """\
        {% extends "base/continued.j2" %}{% block continued %}[{{ super() }}]{% endblock %}"""})
    folder = make_layout("top", "name: top\nextends: mid\n", {"continued.j2": """\
        {% extends "base/continued.j2" %}{% block continued %}<{{ super() }}>{% endblock %}"""})
    assert load_layout(folder).render("continued.j2", title="T") == "<[T (cont.)]>"


def test_child_templates_are_used_by_parent_includes(isolated: Path, make_layout) -> None:
    folder = make_layout("c", BASE.format(name="c"), {
        "label.j2": "L:{{ name }}",
        "caption.j2": "{% include 'label.j2' %}!",
    })
    assert load_layout(folder).render("caption.j2", name="Who") == "L:Who!"


def test_render_string_can_extend_the_chain(isolated: Path) -> None:
    text = ('{% extends "base/section_title.j2" %}'
            '{% block section_title %}1. {{ super() }}{% endblock %}')
    assert load_layout().render_string(text, kind="bluf") == "1. Bottom line up front"


def test_undefined_variable_names_template_and_line(isolated: Path, make_layout) -> None:
    folder = make_layout("c", BASE.format(name="c"), {"bluf.j2": "line one\n{{ blurf }}\n"})
    with pytest.raises(LayoutError) as info:
        load_layout(folder).render("bluf.j2", bluf="x")
    message = str(info.value)
    assert str(folder / "templates" / "bluf.j2") in message
    assert "line 2" in message and "'blurf' is undefined" in message


def test_syntax_error_names_template_and_line(isolated: Path, make_layout) -> None:
    folder = make_layout("c", BASE.format(name="c"), {"bluf.j2": "ok\n{% if %}\n"})
    with pytest.raises(LayoutError, match=r"bluf.j2, line 2"):
        load_layout(folder).render("bluf.j2", bluf="x")


def test_missing_template_is_named(isolated: Path) -> None:
    with pytest.raises(LayoutError, match="'nosuch.j2' not found"):
        load_layout().render("nosuch.j2")


@pytest.mark.parametrize("name", ["../layout.yaml", "/etc/passwd", "base/title.j2", "@0/title.j2"])
def test_template_names_cannot_escape(isolated: Path, name: str) -> None:
    with pytest.raises(LayoutError):
        load_layout().render(name)


def test_include_cannot_leave_the_templates_folder(isolated: Path, make_layout) -> None:
    folder = make_layout("c", BASE.format(name="c"), {"bluf.j2": "{% include '../layout.yaml' %}"})
    with pytest.raises(LayoutError, match="not found"):
        load_layout(folder).render("bluf.j2", bluf="x")


def test_symlinked_template_outside_is_ignored(isolated: Path, make_layout, tmp_path) -> None:
    secret = tmp_path / "secret.j2"
    secret.write_text("SECRET")
    folder = make_layout("c", BASE.format(name="c"))
    (folder / "templates" / "continued.j2").symlink_to(secret)
    assert load_layout(folder).render("continued.j2", title="T") == "T (cont.)"


def test_output_is_plain_text_not_escaped(isolated: Path) -> None:
    assert load_layout().render("bluf.j2", bluf="AT&T <b>") == "AT&T <b>"


def test_symlinked_templates_folder_outside_is_ignored(isolated: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "continued.j2").write_text("SECRET")
    folder = tmp_path / "layouts" / "c"
    folder.mkdir(parents=True)
    (folder / "layout.yaml").write_text(BASE.format(name="c"))
    (folder / "templates").symlink_to(outside)
    assert load_layout(folder).render("continued.j2", title="T") == "T (cont.)"
