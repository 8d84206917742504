"""`layouts check`: every problem found and named; shipped layouts pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitbrief.run.check import check_layout
from tests.layout.masters import build_master


def messages(report, level: str = "error") -> list[str]:
    """Return the messages of findings at `level`."""
    return [f.message for f in report.findings if f.level == level]


@pytest.mark.parametrize("name", ["default", "ministry", "riskco"])
def test_shipped_layouts_pass(isolated: Path, name: str) -> None:
    report = check_layout(name, build=False)
    assert report.ok, messages(report)
    assert messages(report, "warning") == []


def test_settings_error_is_the_only_finding(isolated: Path, make_layout) -> None:
    folder = make_layout("bad", "extends: default\nbrand: {colours: {}}\n")
    report = check_layout(folder, build=False)
    assert not report.ok
    assert report.findings[0].topic == "settings" and "brand.colours" in messages(report)[0]


def test_broken_template_and_title_string_are_reported(isolated: Path, make_layout) -> None:
    folder = make_layout("bad", """\
        extends: default
        report:
          sections:
            - kind: bluf
              title: "{{ kind | nosuchfilter }}"
    """, {"footer.j2": "{{ organisation }} {{ orgnaisation }}", "extra.j2": "{% if %}"})
    report = check_layout(folder, build=False)
    errors = " | ".join(messages(report))
    assert "footer.j2, line 1: 'orgnaisation' is undefined" in errors
    assert "extra.j2, line 1" in errors
    assert "nosuchfilter" in errors


def test_missing_assets_fonts_and_master_are_reported(isolated: Path, make_layout) -> None:
    folder = make_layout("bad", """\
        extends: default
        brand:
          logo: assets/none.png
          fonts:
            body: {family: Nope, regular: assets/none.ttf}
        deck: {template: assets/none.pptx}
    """)
    errors = " | ".join(messages(check_layout(folder, build=False)))
    assert "none.png: file not found" in errors
    assert "Nope: font" in errors and "none.ttf: file not found" in errors
    assert "none.pptx: file not found" in errors


def test_font_that_is_not_truetype_is_reported(isolated: Path, make_layout) -> None:
    folder = make_layout("bad", """\
        extends: default
        brand:
          fonts:
            body: {family: Fake, regular: assets/fake.ttf}
    """, files={"assets/fake.ttf": b"OTTO" + b"\0" * 200})
    errors = " | ".join(messages(check_layout(folder, build=False)))
    assert "Fake: font fake.ttf" in errors


def test_missing_glyph_coverage_is_a_warning(isolated: Path, make_layout) -> None:
    folder = make_layout("thin", """\
        extends: default
        brand:
          fonts:
            fallbacks: []
    """)
    report = check_layout(folder, build=False)
    assert report.ok
    warnings = " | ".join(messages(report, "warning"))
    assert "lacks CJK glyphs" in warnings and "Cyrillic" not in warnings


def test_contract_and_slide_size_problems(isolated: Path, make_layout) -> None:
    from tests.layout.masters import RISKCO_RENAMES

    folder = make_layout("deck", """\
        extends: default
        deck:
          template: assets/master.pptx
          slide_size: "4:3"
    """, files={"assets/master.pptx": build_master(RISKCO_RENAMES)})
    report = check_layout(folder, build=False)
    errors = " | ".join(messages(report))
    assert "no slide layout 'Title Slide'" in errors and "'Title Only'" in errors
    assert "deck.slide_size is 4:3" in " | ".join(messages(report, "warning"))


def test_sample_build_writes_both_outputs(isolated: Path) -> None:
    report = check_layout("ministry", build=True)
    assert report.ok, messages(report)
    built = [f.message for f in report.findings if f.topic == "build" and f.level == "info"]
    assert built and ("wrote pdf, pptx" in built[0] or "skipped" in built[0])
