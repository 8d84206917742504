"""`layouts check` findings that would break a brief: contrast, stray blocks, counts, logo size."""

from __future__ import annotations

import struct
import zlib

from sitbrief.layout.contrast import contrast_problems, ratio
from sitbrief.run.check import check_layout, logo_problems


def _errors(report) -> list[str]:
    return [f.message for f in report.findings if f.level == "error"]


def test_a_pale_accent_fails_with_the_setting_and_a_passing_colour(make_layout, isolated):
    folder = make_layout("pale", """\
        name: pale
        extends: default
        brand:
          palette: {sand: "#E8C872"}
          roles: {accent: sand}
        """)
    report = check_layout(folder, build=False)
    [message] = _errors(report)
    assert "accent #E8C872 on background #FFFFFF (reference marks and links)" in message
    assert "below WCAG 2 AA's 4.5:1; set brand.roles.accent to #" in message
    suggested = message.split("set brand.roles.accent to ")[1][:7]
    assert ratio(suggested, "#FFFFFF") >= 4.5


def test_large_titles_need_three_to_one_and_banners_four_and_a_half():
    colours = {"primary": "#949494", "background": "#FFFFFF",  # 3.0:1: passes as large text
               "marking_fg": "#FFFFFF", "marking_bg": "#FFD700"}
    failing = [p.pair.fore for p in contrast_problems(colours)]
    assert failing == ["marking_fg"]


def test_a_misspelt_override_block_is_an_error_naming_file_line_and_block(make_layout, isolated):
    folder = make_layout("typo", "name: typo\nextends: default\n", templates={
        "footer.j2": '{% extends "base/footer.j2" %}\n{% block footr %}Acme{% endblock %}\n'})
    [message] = _errors(check_layout(folder, build=False))
    assert message.endswith("footer.j2, line 2: {% block footr %} overrides nothing: "
                            "base/footer.j2 has no block 'footr', so it is ignored; "
                            "did you mean 'footer'?")


def test_a_real_override_block_passes(make_layout, isolated):
    folder = make_layout("fine", "name: fine\nextends: default\n", templates={
        "footer.j2": '{% extends "base/footer.j2" %}\n{% block footer %}Acme{% endblock %}\n'})
    assert _errors(check_layout(folder, build=False)) == []


def test_two_problems_count_as_two_errors(make_layout, isolated):
    folder = make_layout("two", """\
        name: two
        extends: default
        brand:
          roles: {accent: nosuch, primary: missing}
        """)
    report = check_layout(folder, build=False)
    errors = _errors(report)
    assert len(errors) == 2
    assert any("roles.accent" in e for e in errors) and any("roles.primary" in e for e in errors)


def _png(width: int, height: int) -> bytes:
    """Return a tiny valid grey PNG of the given size."""
    raw = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND", b""))


def test_a_logo_too_small_for_its_box_is_a_warning(make_layout, isolated):
    folder = make_layout("tiny", """\
        name: tiny
        extends: default
        brand: {logo: assets/tiny.png}
        """, files={"assets/tiny.png": _png(40, 12)})
    report = check_layout(folder, build=False)
    warnings = [f.message for f in report.findings if f.level == "warning"]
    assert any("logo tiny.png: 40x12 px is too small for its box in the PDF header" in w
               and "supply it at least" in w for w in warnings)
    assert report.ok  # a blurred logo is a warning, not an error


def test_a_large_logo_is_fine():
    assert logo_problems("big.png", 1200, 300) == []
