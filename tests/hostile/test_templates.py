"""Hostile templates and file names: refused with exit 3 naming the template, nothing written.

Each row failed before: the template ran code or read files through the fact model, wrote
outside ``--out``, or built gigabytes (or ran for minutes) before any limit was checked.
Every row runs through ``sitbrief build`` and through ``sitbrief layouts check``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.helpers import SEED, invoke, time_limit

PICKLE = "c__builtin__\\nopen\\n(S'{marker}'\\nS'w'\\ntR."
BIG = '{% set a = "x" * 100000 %}'
TEMPLATES = [
    pytest.param("title.j2", '{{ facts.parse_raw("' + PICKLE + '", content_type="application/pickle", '
                 'allow_pickle=True) }}', "parse_raw", id="pickle-through-the-model"),
    pytest.param("title.j2", "{{ facts.parse_file('/etc/passwd') }}", "parse_file", id="read-file-through-model"),
    pytest.param("title.j2", "{{ lead_event.model_validate_json('{}') }}", "model_validate_json",
                 id="model-classmethod"),
    pytest.param("title.j2", "{{ facts.article.sentences[0].copy }}", "copy", id="nested-model-method"),
    pytest.param("title.j2", BIG + "{% set b = a ~ a ~ a %}{{ b|length }}", "'~' would build", id="tilde"),
    pytest.param("title.j2", BIG + "{{ a|replace('x', a) }}", "replace would build", id="replace"),
    pytest.param("title.j2", BIG + "{{ a.replace('', a) }}", "str.replace would build", id="str-replace"),
    pytest.param("title.j2", BIG + "{{ ([a] * 100000)|join }}", "join would build", id="join"),
    pytest.param("title.j2", BIG + "{{ a.join([a] * 100000) }}", "would build", id="str-join"),
    pytest.param("title.j2", "{{ ('\\n' * 100000)|indent('y' * 999) }}", "indent would build", id="indent"),
    pytest.param("title.j2", BIG + "{{ ('%s' * 50000)|format(*([a] * 50000)) }}", "would build", id="format"),
    pytest.param("title.j2", BIG + "{{ ('%s' * 50000) % (([a] * 50000)|list) }}", "formatting would build",
                 id="percent"),
    pytest.param("title.j2", BIG + "{{ ('{0}' * 50000).format(a) }}", "would build", id="str-format"),
    pytest.param("title.j2", "{% set n = 2 ** 4000 %}{{ n * n * n * n * n }}", "enormous number", id="big-int"),
    pytest.param("title.j2", "{{ lipsum(n=100000) }}", "lipsum", id="lipsum"),
    pytest.param("title.j2", BIG + "{{ [a] * 100000 }}", "printing a value would build", id="print-huge-list"),
    pytest.param("title.j2", BIG + "{{ ([a] * 100000)|tojson }}", "tojson", id="tojson"),
    pytest.param("title.j2", "{% set x %}{% for i in range(100000) %}" + "y" * 200 + "{% endfor %}{% endset %}"
                 "{{ x|length }}", "prints over", id="captured-block"),
    pytest.param("title.j2", "{% for i in range(1000) %}{% for j in range(1000) %}{{ (range(100000)|list|sort)"
                 "|length }}{% endfor %}{% endfor %}", "too much work|ran for more than", id="slow-calls"),
    pytest.param("title.j2", "{{ (range(10)|list)|batch(10 ** 9)|list }}", "batch size", id="batch"),
    pytest.param("title.j2", "{{ ([['x'] * 100000] * 100000)|sum(start=[]) }}", "sum would build", id="sum"),
    pytest.param("title.j2", "{{ 'x'.translate({120: 'y' * 100000}) }}", "translate", id="translate"),
    pytest.param("title.j2", "{{ (1).to_bytes(10 ** 9, 'big') }}", "to_bytes", id="to-bytes"),
    pytest.param("title.j2", BIG + "{{ ([a] * 99999)|sort|length }}", "ordering or comparing", id="sort-one-long-call"),
    pytest.param("title.j2", BIG + "{{ ([a] * 99999)|unique|list|length }}", "ordering or comparing", id="unique"),
    pytest.param("title.j2", BIG + "{{ ([a] * 99999)|map('replace', 'x', 'y')|list|length }}", "builds over",
                 id="memory-many-small-values"),
]
FILENAMES = [
    pytest.param("../../escaped", "starts with a dot", id="parent-folders"),
    pytest.param("/tmp/escaped-{{ slug }}", "'/'", id="absolute"),
    pytest.param("sub/dir", "'/'", id="separator"),
    pytest.param("sub\\dir", "'\\\\'", id="backslash"),
    pytest.param(".hidden", "starts with a dot", id="hidden"),
    pytest.param("{{ 'x' * 300 }}", "over 120 characters", id="too-long"),
    pytest.param("   ", "empty", id="empty"),
    pytest.param("a{{ '\\x00' }}b", "U+0000", id="nul"),
    pytest.param("a{{ '\\u202e' }}b", "U+202E", id="bidi"),
    pytest.param("nul", "device name", id="windows-device"),
]


def _layout(tmp_path: Path, name: str, source: str) -> Path:
    """Write a layout extending default whose template `name` is `source`."""
    folder = tmp_path / "layout"
    (folder / "templates").mkdir(parents=True)
    (folder / "layout.yaml").write_text("extends: default\nname: hostile\n", encoding="utf-8")
    (folder / "templates" / name).write_text(source, encoding="utf-8")
    return folder


def _files(folder: Path) -> list[Path]:
    """Return every file under `folder` except the layout's own."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and "layout" not in p.relative_to(folder).parts)


def _build_refused(tmp_path: Path, folder: Path) -> str:
    """Build the seed with layout `folder` into a nested --out; assert exit 3, one line; return it."""
    out = tmp_path / "a" / "b" / "out"
    with time_limit(60):
        result = invoke("build", str(SEED), "--layout", str(folder), "--out", str(out), "--to", "pdf")
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.exit_code == 3, result.stderr
    assert len(lines) == 1 and lines[0].startswith("sitbrief: error:"), result.stderr
    assert [p for p in _files(tmp_path) if p.suffix in (".pdf", ".pptx")] == []
    return lines[0]


def _check_refused(folder: Path) -> str:
    """Run `layouts check` on `folder`; assert it fails; return its output."""
    with time_limit(60):
        result = invoke("layouts", "check", str(folder))
    assert result.exit_code == 3, result.output
    return result.output


@pytest.mark.parametrize("name, source, fragment", TEMPLATES)
def test_hostile_template_is_refused(tmp_path: Path, name: str, source: str, fragment: str) -> None:
    marker = tmp_path / "pwned"
    folder = _layout(tmp_path, name, source.replace("{marker}", str(marker)))
    line = _build_refused(tmp_path, folder)
    assert "title.j2, line 1" in line
    assert any(part in line for part in fragment.split("|")), line
    report = _check_refused(folder)
    assert "title.j2" in report and any(part in report for part in fragment.split("|")), report
    assert not marker.exists()


@pytest.mark.parametrize("source, fragment", FILENAMES)
def test_output_name_must_be_one_plain_file_name(tmp_path: Path, source: str, fragment: str) -> None:
    folder = _layout(tmp_path, "filename.j2", source)
    line = _build_refused(tmp_path, folder)
    assert "filename.j2" in line and "refused" in line and fragment in line, line
    assert not list(Path("/tmp").glob("escaped*"))
    assert fragment in _check_refused(folder)


def test_an_ordinary_file_name_template_still_works(tmp_path: Path) -> None:
    folder = _layout(tmp_path, "filename.j2", "{{ layout_name }}_{{ published }}_{{ slug[:20] }}")
    result = invoke("build", str(SEED), "--layout", str(folder), "--out", str(tmp_path / "out"), "--to", "pdf")
    assert result.exit_code == 0, result.stderr
    names = [p.name for p in (tmp_path / "out").glob("*.pdf")]
    assert len(names) == 1 and names[0].startswith("hostile_2023-10-19_japan-"), names
