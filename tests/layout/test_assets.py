"""Asset paths stay inside their layout; images are checked by their header."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from sitbrief.core.errors import LayoutError
from sitbrief.layout import load_layout
from sitbrief.layout.assets import check_image, resolve_asset


def png(width: int, height: int) -> bytes:
    """Return a PNG header (and a tiny body) declaring `width` x `height` pixels."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0"))
            + chunk(b"IEND", b""))


def jpeg(width: int, height: int) -> bytes:
    """Return the start of a JPEG whose SOF0 marker declares `width` x `height`."""
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\0" + b"\1\1\0\0\1\0\1\0\0"
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\1\x11\0"
    return b"\xff\xd8" + app0 + sof + b"\xff\xd9"


@pytest.mark.parametrize("value, needle", [
    ("../default/assets/logo.png", "'..'"),
    ("assets/../../x.png", "'..'"),
    ("/etc/passwd", "absolute"),
    ("C:\\logo.png", "absolute"),
    ("\\\\server\\share\\logo.png", "absolute"),
    ("~/logo.png", "absolute"),
    ("https://example.org/logo.png", "URLs"),
    ("file:///etc/passwd", "URLs"),
    ("data:image/png;base64,AAAA", "URLs"),
    ("a" * 301, "over 300"),
])
def test_escaping_asset_paths_are_refused(tmp_path: Path, value: str, needle: str) -> None:
    with pytest.raises(LayoutError, match=needle):
        resolve_asset(tmp_path, value)


def test_outward_symlink_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside.png"
    outside.write_bytes(png(10, 10))
    folder = tmp_path / "layout"
    (folder / "assets").mkdir(parents=True)
    (folder / "assets" / "logo.png").symlink_to(outside)
    with pytest.raises(LayoutError, match="leads outside"):
        resolve_asset(folder, "assets/logo.png")


def test_inward_symlink_is_allowed(tmp_path: Path) -> None:
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "real.png").write_bytes(png(1, 1))
    (tmp_path / "assets" / "logo.png").symlink_to(tmp_path / "assets" / "real.png")
    assert resolve_asset(tmp_path, "assets/logo.png") == (tmp_path / "assets/real.png").resolve()


def test_escaping_path_in_layout_names_file_line_and_key(isolated: Path, make_layout) -> None:
    folder = make_layout("esc", "name: esc\nextends: default\nbrand:\n  logo: ../../etc/x.png\n")
    with pytest.raises(LayoutError) as info:
        load_layout(folder)
    assert f"{folder / 'layout.yaml'}, line 4: brand.logo" in str(info.value)


def test_assets_resolve_relative_to_the_layout_that_names_them(
        isolated: Path, make_layout) -> None:
    make_layout("parent", "name: parent\nextends: default\nbrand: {logo: assets/p.png}\n",
                files={"assets/p.png": png(4, 4)})
    folder = make_layout("kid", "name: kid\nextends: parent\nbrand: {organisation: Kid}\n",
                         files={"assets/p.png": png(8, 8)})
    layout = load_layout(folder)
    assert layout.theme().logo.parent.parent.name == "parent"
    assert layout.theme().body_font.regular.parent.parent.parent.name == "default"
    assert layout.asset("assets/p.png") == (folder / "assets/p.png").resolve()


def test_real_png_and_jpeg_sizes_are_read(tmp_path: Path) -> None:
    (tmp_path / "a.png").write_bytes(png(120, 80))
    (tmp_path / "b.jpg").write_bytes(jpeg(640, 480))
    assert check_image(tmp_path / "a.png") == ("PNG", 120, 80)
    assert check_image(tmp_path / "b.jpg") == ("JPEG", 640, 480)


@pytest.mark.parametrize("data, needle", [
    (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "not a PNG or JPEG"),
    (b"GIF89a....", "not a PNG or JPEG"),
    (b"", "not a PNG or JPEG"),
    (png(12000, 12000), "12000x12000 pixels is over"),
    (png(0, 10), "over the"),
    (jpeg(5000, 100), "5000x100 pixels is over"),
    (b"\xff\xd8\xff\xe0\x00", "JPEG file without a readable size"),
])
def test_bad_images_are_refused(tmp_path: Path, data: bytes, needle: str) -> None:
    path = tmp_path / "logo.png"
    path.write_bytes(data)
    with pytest.raises(LayoutError, match=needle):
        check_image(path)


def test_oversized_image_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "logo.png"
    path.write_bytes(png(10, 10) + b"\0" * (6 * 1024 * 1024))
    with pytest.raises(LayoutError, match="byte limit"):
        check_image(path)


def test_theme_refuses_a_renamed_non_image_logo(isolated: Path, make_layout) -> None:
    folder = make_layout("fake", "extends: default\nbrand: {logo: assets/logo.png}\n",
                         files={"assets/logo.png": b"%PDF-1.4 not an image"})
    with pytest.raises(LayoutError, match="not a PNG or JPEG"):
        load_layout(folder).theme()
