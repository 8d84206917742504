"""Deck templates are checked before python-pptx opens them; .potx masters work."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from sitbrief.core.errors import LayoutError
from sitbrief.layout.deck_template import open_deck_template
from tests.layout.masters import (
    add_external_link,
    build_master,
    rewrite_parts,
    to_potx,
)


@pytest.fixture(scope="module")
def master_bytes() -> bytes:
    """Return a small renamed-layout master."""
    return build_master({"Title Slide": "Cover"})


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    """Write `data` to `tmp_path/name` and return the path."""
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_pptx_opens(tmp_path: Path, master_bytes: bytes) -> None:
    prs = open_deck_template(write(tmp_path, "m.pptx", master_bytes))
    assert prs.slide_layouts[0].name == "Cover"


def test_potx_opens_as_a_presentation(tmp_path: Path, master_bytes: bytes) -> None:
    from pptx import Presentation

    path = write(tmp_path, "m.potx", to_potx(master_bytes))
    with pytest.raises(ValueError):
        Presentation(str(path))  # python-pptx alone refuses it
    prs = open_deck_template(path)
    assert prs.slide_layouts[0].name == "Cover"
    out = io.BytesIO()
    prs.save(out)
    assert Presentation(io.BytesIO(out.getvalue())).slide_layouts[0].name == "Cover"


@pytest.mark.parametrize("name", ["m.pptm", "m.potm", "m.ppt", "m.odp"])
def test_wrong_or_macro_extensions_are_refused(tmp_path: Path, master_bytes, name) -> None:
    with pytest.raises(LayoutError, match="macro|use a .pptx"):
        open_deck_template(write(tmp_path, name, master_bytes))


def test_macro_part_is_refused(tmp_path: Path, master_bytes: bytes) -> None:
    data = rewrite_parts(master_bytes, {}, {"ppt/vbaProject.bin": b"\0" * 100})
    with pytest.raises(LayoutError, match="macros"):
        open_deck_template(write(tmp_path, "m.pptx", data))


def test_macro_content_type_is_refused(tmp_path: Path, master_bytes: bytes) -> None:
    data = rewrite_parts(master_bytes, {"[Content_Types].xml": lambda b: b.replace(
        b"presentationml.presentation.main+xml",
        b"vnd.ms-powerpoint.presentation.macroEnabled.main+xml")})
    with pytest.raises(LayoutError, match="macro-enabled"):
        open_deck_template(write(tmp_path, "m.pptx", data))


def test_external_relationship_is_refused(tmp_path: Path, master_bytes: bytes) -> None:
    path = write(tmp_path, "m.pptx", add_external_link(master_bytes))
    with pytest.raises(LayoutError, match="external resource.*example.invalid"):
        open_deck_template(path)


def test_zip_bomb_part_is_refused_before_reading(tmp_path: Path, master_bytes: bytes) -> None:
    bomb = tmp_path / "bomb.pptx"
    with zipfile.ZipFile(bomb, "w") as archive:
        with zipfile.ZipFile(io.BytesIO(master_bytes)) as src:
            for info in src.infolist():
                archive.writestr(info.filename, src.read(info), zipfile.ZIP_DEFLATED)
        info = zipfile.ZipInfo("ppt/media/huge.bin")
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w") as sink:
            for _ in range(16):  # 16 MiB of zeros compress to ~16 KB
                sink.write(b"\0" * (1024 * 1024))
    assert bomb.stat().st_size < 1024 * 1024
    with pytest.raises(LayoutError, match="zip bomb"):
        open_deck_template(bomb)


def test_declared_huge_part_is_refused(tmp_path: Path, master_bytes: bytes) -> None:
    data = bytearray(rewrite_parts(master_bytes, {}, {"ppt/media/x.bin": b"x"}))
    # Patch the central directory's uncompressed size of the last entry to 1 GiB.
    at = data.rfind(b"PK\x01\x02")
    data[at + 24:at + 28] = (1 << 30).to_bytes(4, "little")
    with pytest.raises(LayoutError, match="declares 1073741824 bytes"):
        open_deck_template(write(tmp_path, "m.pptx", bytes(data)))


def test_too_many_entries_are_refused(tmp_path: Path, master_bytes: bytes) -> None:
    extra = {f"ppt/media/x{i}.bin": b"" for i in range(2100)}
    with pytest.raises(LayoutError, match="zip entries"):
        open_deck_template(write(tmp_path, "m.pptx", rewrite_parts(master_bytes, {}, extra)))


def test_path_traversal_entry_is_refused(tmp_path: Path, master_bytes: bytes) -> None:
    data = rewrite_parts(master_bytes, {}, {"../evil.xml": b"<x/>"})
    with pytest.raises(LayoutError, match="entry name"):
        open_deck_template(write(tmp_path, "m.pptx", data))


def test_not_a_zip_is_refused(tmp_path: Path) -> None:
    with pytest.raises(LayoutError, match="not a PowerPoint file"):
        open_deck_template(write(tmp_path, "m.pptx", b"hello"))


def test_missing_template_is_refused(tmp_path: Path) -> None:
    with pytest.raises(LayoutError, match="not found"):
        open_deck_template(tmp_path / "none.pptx")
