"""Hostile layouts through `sitbrief build`: exit 3, one line naming the file and the fix, nothing written.

tests/layout/ covers each refusal at the unit level (sandbox, assets, masters, YAML); these rows
check that the command line turns them into the documented exit code and one line.
"""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from tests.hostile.helpers import ROOT, SEED, invoke
from tests.layout.masters import add_external_link

DEFAULT = ROOT / "layouts" / "default"
FONT = (DEFAULT / "assets" / "fonts" / "LiberationSans-Regular.ttf").read_bytes()
MASTER = (DEFAULT / "assets" / "master.pptx").read_bytes()


def with_fstype(data: bytes, value: int) -> bytes:
    """Return TrueType `data` with the OS/2 embedding permissions (fsType) set to `value`."""
    for i in range(struct.unpack(">H", data[4:6])[0]):
        tag, _, offset, _ = struct.unpack(">4sIII", data[12 + 16 * i:28 + 16 * i])
        if tag == b"OS/2":
            return data[:offset + 8] + struct.pack(">H", value) + data[offset + 10:]
    raise ValueError("no OS/2 table")


def _layout(tmp_path: Path, yaml: str, files: dict[str, bytes]) -> Path:
    """Write a layout extending default with `yaml` and `files`; return its folder."""
    folder = tmp_path / "hostile"
    (folder / "templates").mkdir(parents=True)
    (folder / "layout.yaml").write_text("extends: default\nname: hostile\n" + yaml, encoding="utf-8")
    for name, data in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    return folder


def _refused(tmp_path: Path, folder: Path) -> tuple[str, list[Path]]:
    """Build the seed with layout `folder`; assert exit 3 and one line; return it and the files written."""
    out = tmp_path / "out"
    result = invoke("build", str(SEED), "--layout", str(folder), "--out", str(out))
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.exit_code == 3, result.stderr
    assert len(lines) == 1 and lines[0].startswith("sitbrief: error:"), result.stderr
    return lines[0], sorted(p for p in out.rglob("*") if p.is_file()) if out.exists() else []


FONT_YAML = "brand:\n  fonts:\n    body: {family: Hostile, regular: assets/font.ttf}\n"
ROWS = [
    pytest.param(FONT_YAML, {"assets/font.ttf": b"OTTO" + FONT[4:]},
                 "CFF/PostScript outlines are not supported; use a TrueType (.ttf) font", id="cff-font"),
    pytest.param(FONT_YAML, {"assets/font.ttf": b"not a font at all"}, "font.ttf: not a usable TrueType font",
                 id="junk-font"),
    pytest.param(FONT_YAML, {"assets/font.ttf": with_fstype(FONT, 0x0002)}, "licence forbids embedding",
                 id="font-forbids-embedding"),
    pytest.param("brand:\n  logo: assets/logo.png\n", {"assets/logo.png": b"<svg xmlns='x'/>"},
                 "logo.png: not a PNG or JPEG file", id="svg-named-png"),
    pytest.param("brand:\n  logo: ../../../etc/passwd\n", {}, "'..' is not allowed", id="asset-path-escape"),
    pytest.param("brand:\n  logo: https://example.org/logo.png\n", {}, "URLs", id="asset-url"),
    pytest.param("deck:\n  template: assets/m.pptm\n", {"assets/m.pptm": MASTER}, "macro-enabled templates are "
                 "refused", id="macro-master"),
    pytest.param("deck:\n  template: assets/m.pptx\n", {"assets/m.pptx": add_external_link(MASTER)},
                 "external resource", id="external-relationship"),
    pytest.param("", {"templates/title.j2": b"{{ ''.__class__.__mro__ }}"}, "refused by the template sandbox",
                 id="sandbox-escape"),
    pytest.param("", {"templates/title.j2": b"{{ 'a' * 10**9 }}"}, "limit is", id="runaway-template"),
    pytest.param("a: &x [1]\nb: *x\n", {}, "aliases", id="yaml-alias"),
    pytest.param("name: again\n", {}, "duplicate key 'name'", id="yaml-duplicate-key"),
]


# Refused when the deck is written; the PDF built beside it is then not kept either (test below).
DECK_TIME = {"macro-enabled templates are refused", "external resource"}


@pytest.mark.parametrize("yaml, files, fragment", ROWS)
def test_hostile_layout_is_refused_with_exit_3(tmp_path: Path, yaml: str, files: dict, fragment: str) -> None:
    line, written = _refused(tmp_path, _layout(tmp_path, yaml, files))
    assert fragment in line
    assert not written or fragment in DECK_TIME


def test_unsafe_master_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    folder = _layout(tmp_path, "deck:\n  template: assets/m.pptm\n", {"assets/m.pptm": MASTER})
    line, written = _refused(tmp_path, folder)
    assert "macro-enabled" in line and written == []


def test_unknown_layout_name_is_exit_3(tmp_path: Path) -> None:
    result = invoke("build", str(SEED), "--layout", "no-such-layout", "--out", str(tmp_path))
    assert result.exit_code == 3 and "no-such-layout" in result.stderr
