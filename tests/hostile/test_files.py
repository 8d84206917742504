"""Files that never end, hang or claim gigabytes: refused (or skipped) before anything reads them.

Before, the build stamp and the layout fingerprint read whole files before any cap: a sparse
3 GB article, ``/dev/zero`` behind a symlink, a FIFO (which hung), a huge file outside the layout
reached by a symlink, a 400 MB font.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.hostile.helpers import ROOT, SEED, invoke, time_limit

DEFAULT = ROOT / "layouts" / "default"
GIB = 1 << 30
posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs and /dev/zero")


def sparse(path: Path, size: int) -> Path:
    """Create a sparse file of `size` bytes (no disk used) and return it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        handle.truncate(size)
    return path


def layout(tmp_path: Path, yaml: str = "") -> Path:
    """Write a layout extending default; return its folder."""
    folder = tmp_path / "layout"
    (folder / "assets").mkdir(parents=True)
    (folder / "layout.yaml").write_text("extends: default\nname: files\n" + yaml, encoding="utf-8")
    return folder


def build(*args: str):
    """Run `sitbrief build` with a time limit (a hang fails the test instead of the run)."""
    with time_limit(60):
        return invoke("build", *args)


def one_error(result, code: int, fragment: str) -> None:
    """Assert exit `code` and one error line containing `fragment`."""
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.exit_code == code, result.stderr
    assert len(lines) == 1 and lines[0].startswith("sitbrief: error:") and fragment in lines[0], lines


def test_sparse_3_gb_article_is_refused_by_size(tmp_path: Path) -> None:
    article = sparse(tmp_path / "huge.txt", 3 * GIB)
    one_error(build(str(article), "--out", str(tmp_path / "out")), 1, "over the 2,000,000-byte limit")


@posix_only
def test_fifo_article_is_refused_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    one_error(build(str(fifo), "--out", str(tmp_path / "out")), 1, "is a FIFO (named pipe), not an article")


@posix_only
def test_dev_zero_behind_a_symlink_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    one_error(build(str(link), "--out", str(tmp_path / "out")), 1, "is a character device")


@posix_only
@pytest.mark.parametrize("name, target", [
    pytest.param("assets/outside.bin", "huge", id="symlink-to-huge-file-outside"),
    pytest.param("assets/zero.bin", "/dev/zero", id="symlink-to-dev-zero"),
    pytest.param("assets/pipe", "fifo", id="fifo-in-layout-folder"),
])
def test_layout_fingerprint_never_reads_what_a_layout_cannot_use(tmp_path: Path, name: str, target: str) -> None:
    folder = layout(tmp_path)
    path = folder / name
    if target == "fifo":
        os.mkfifo(path)
    else:
        path.symlink_to(sparse(tmp_path / "elsewhere" / "huge.bin", 3 * GIB) if target == "huge" else target)
    result = build(str(SEED), "--layout", str(folder), "--out", str(tmp_path / "out"), "--to", "pdf")
    assert result.exit_code == 0, result.stderr


@posix_only
def test_layout_yaml_that_never_ends_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "layout"
    folder.mkdir()
    (folder / "layout.yaml").symlink_to("/dev/zero")
    one_error(build(str(SEED), "--layout", str(folder), "--out", str(tmp_path / "out")), 3, "layout.yaml")
    with time_limit(60):
        listed = invoke("layouts", "list", env={"XDG_CONFIG_HOME": str(tmp_path / "config")})
    assert listed.exit_code == 0


FONT_YAML = "brand:\n  fonts:\n    body: {family: Huge, regular: assets/huge.ttf}\n"


@pytest.mark.parametrize("yaml, make, fragment", [
    pytest.param(FONT_YAML, lambda p: sparse(p / "assets" / "huge.ttf", 400 << 20),
                 "over the 52,428,800-byte limit", id="400-mb-font"),
    pytest.param("brand:\n  logo: assets/logo.png\n", lambda p: os.mkfifo(p / "assets" / "logo.png"),
                 "is a FIFO", id="fifo-logo"),
    pytest.param("deck:\n  template: assets/m.pptx\n", lambda p: (p / "assets" / "m.pptx").symlink_to("/dev/zero"),
                 "leads outside the layout folder", id="dev-zero-master"),
    pytest.param("deck:\n  template: assets/m.pptx\n", lambda p: os.mkfifo(p / "assets" / "m.pptx"),
                 "is a FIFO", id="fifo-master"),
])
def test_hostile_asset_is_refused_before_it_is_read(tmp_path: Path, yaml: str, make, fragment: str) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("POSIX only")
    folder = layout(tmp_path, yaml)
    make(folder)
    one_error(build(str(SEED), "--layout", str(folder), "--out", str(tmp_path / "out")), 3, fragment)
    with time_limit(60):
        checked = invoke("layouts", "check", str(folder))
    assert checked.exit_code == 3 and fragment in checked.output


def test_ordinary_layout_with_a_font_still_builds(tmp_path: Path) -> None:
    folder = layout(tmp_path, FONT_YAML.replace("huge.ttf", "body.ttf"))
    shutil.copy(DEFAULT / "assets" / "fonts" / "LiberationSans-Regular.ttf", folder / "assets" / "body.ttf")
    result = build(str(SEED), "--layout", str(folder), "--out", str(tmp_path / "out"), "--to", "pdf")
    assert result.exit_code == 0, result.stderr
