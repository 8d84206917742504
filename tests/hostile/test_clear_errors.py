"""Broken logos, masters, page sizes and impossible dates: one clear line, never exit 70."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from tests.hostile.helpers import ROOT, SEED, invoke

DEFAULT = ROOT / "layouts" / "default"
MASTER = (DEFAULT / "assets" / "master.pptx").read_bytes()
LOGO = (DEFAULT / "assets" / "logo.png").read_bytes()


def rewritten(change) -> bytes:
    """Return the default master with each part passed through `change(name, data)` (None drops it)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(MASTER)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = change(info.filename, source.read(info.filename))
            if data is not None:
                target.writestr(info, data)
    return out.getvalue()


def _layout(tmp_path: Path, yaml: str, files: dict[str, bytes]) -> Path:
    folder = tmp_path / "layout"
    (folder / "assets").mkdir(parents=True)
    (folder / "layout.yaml").write_text("extends: default\nname: broken\n" + yaml, encoding="utf-8")
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return folder


MASTER_YAML = "deck:\n  template: assets/m.pptx\n"
LAYOUTS = [
    pytest.param(MASTER_YAML, {"assets/m.pptx": rewritten(
        lambda n, d: d[: len(d) // 2] if n == "ppt/slideMasters/slideMaster1.xml" else d)},
        "damaged or incomplete", id="master-malformed-xml"),
    pytest.param(MASTER_YAML, {"assets/m.pptx": rewritten(
        lambda n, d: None if n.startswith("ppt/slideMasters/") else d)}, "damaged or incomplete", id="no-slide-master"),
    pytest.param("page:\n  size: [1, 1]\n", {}, "page.size", id="page-1x1"),
    pytest.param("page:\n  size: [-210, 297]\n", {}, "page.size", id="page-negative"),
    pytest.param("page:\n  size: [.nan, 297]\n", {}, "finite number", id="page-nan"),
    pytest.param("page:\n  size: [.inf, 297]\n", {}, "finite number", id="page-infinite"),
]


@pytest.mark.parametrize("yaml, files, fragment", LAYOUTS)
def test_broken_layout_is_one_line_exit_3(tmp_path: Path, yaml: str, files: dict, fragment: str) -> None:
    folder = _layout(tmp_path, yaml, files)
    result = invoke("build", str(SEED), "--layout", str(folder), "--out", str(tmp_path / "out"))
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.exit_code == 3, result.stderr
    assert len(lines) == 1 and fragment in lines[0] and "internal error" not in lines[0], lines


@pytest.mark.parametrize("data", [LOGO[:100], LOGO[:33] + b"\x00" * 400], ids=["truncated", "garbage-after-header"])
def test_broken_logo_is_a_warning_and_left_out(tmp_path: Path, data: bytes) -> None:
    folder = _layout(tmp_path, "brand:\n  logo: assets/logo.png\n", {"assets/logo.png": data})
    result = invoke("build", str(SEED), "--layout", str(folder), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.stderr
    assert "logo logo.png: cannot be read as an image" in result.stderr and "left out" in result.stderr
    assert len(list((tmp_path / "out").glob("*.p*"))) == 2


@pytest.mark.parametrize("field, value", [
    ("published", "2023-02-30"), ("published", "2023-13-01"), ("start", "2023-13"), ("start", "2023-02-29")])
def test_impossible_date_in_a_fact_file_is_refused(tmp_path: Path, field: str, value: str) -> None:
    facts = tmp_path / "facts.yaml"
    assert invoke("extract", str(SEED), "-o", str(facts)).exit_code == 0
    text = facts.read_text(encoding="utf-8")
    old = "published: '2023-10-19'" if field == "published" else "start: '2023-10-19'"
    assert old in text
    facts.write_text(text.replace(old, f"{field}: '{value}'", 1), encoding="utf-8")
    result = invoke("build", str(facts), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1, result.stderr
    assert f"'{value}' is not a real calendar date" in result.stderr and "facts.yaml:" in result.stderr


DTD = (b'<!DOCTYPE x [<!-- a > inside --><!ENTITY local SYSTEM "file:///etc/hostname">'
       b'<!ENTITY big "zz>zz">]>')


def _with_dtd(name: str, data: bytes, use: bytes = b"") -> bytes:
    """Return XML part `data` with a DTD after its declaration (and `use` before its last tag)."""
    if not name.endswith((".xml", ".rels")):
        return data
    head = data.index(b"?>") + 2 if data.startswith(b"<?xml") else 0
    data = data[:head] + DTD + data[head:]
    if use and name == "ppt/theme/theme1.xml":
        data = data.replace(b'name="sitbrief"', b'name="&big;&local;"', 1)
    return data


def test_a_dtd_in_the_master_reaches_no_output_deck(tmp_path: Path) -> None:
    folder = _layout(tmp_path, MASTER_YAML, {"assets/m.pptx": rewritten(_with_dtd)})
    result = invoke("build", str(SEED), "--layout", str(folder), "--out", str(tmp_path / "out"), "--to", "pptx")
    assert result.exit_code == 0, result.stderr
    [deck] = (tmp_path / "out").glob("*.pptx")
    with zipfile.ZipFile(deck) as archive:
        carrying = [n for n in archive.namelist() if b"<!DOCTYPE" in archive.read(n) or b"ENTITY" in archive.read(n)]
    assert carrying == []


def test_an_entity_the_master_declares_is_never_expanded(tmp_path: Path) -> None:
    folder = _layout(tmp_path, MASTER_YAML, {"assets/m.pptx": rewritten(lambda n, d: _with_dtd(n, d, b"use"))})
    result = invoke("build", str(SEED), "--layout", str(folder), "--out", str(tmp_path / "out"), "--to", "pptx")
    assert result.exit_code == 3, result.stderr
    assert "m.pptx" in result.stderr and "internal error" not in result.stderr
    assert not list(tmp_path.glob("out/*.pptx"))
