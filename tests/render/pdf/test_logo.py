"""The header's logo (render/pdf/logo.py): decoded once per unchanged file, drawn as ReportLab's Image draws it."""

from __future__ import annotations

import os

from PIL import Image
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Image as PlatypusImage

from sitbrief.render.pdf.logo import Logo, _reader
from sitbrief.render.pdf.writer import write_pdf
from tests.render.briefs import sample_brief, sample_theme


def _logo(path) -> None:
    Image.new("RGBA", (120, 40), (31, 58, 95, 200)).save(path)


def test_a_batch_decodes_an_unchanged_logo_once_and_a_changed_one_again(tmp_path):
    theme = sample_theme()
    theme.logo = tmp_path / "logo.png"
    _logo(theme.logo)
    write_pdf(sample_brief(), theme, tmp_path / "a.pdf")
    first = _reader.cache_info()
    write_pdf(sample_brief(), theme, tmp_path / "b.pdf")
    assert _reader.cache_info().hits == first.hits + 1 and _reader.cache_info().misses == first.misses
    Image.new("RGBA", (60, 20), (200, 0, 0, 255)).save(theme.logo)
    os.utime(theme.logo, ns=(1, 1))
    write_pdf(sample_brief(), theme, tmp_path / "c.pdf")
    assert _reader.cache_info().misses == first.misses + 1


def test_the_logo_draws_the_bytes_reportlabs_image_flowable_draws(tmp_path):
    path = tmp_path / "logo.png"
    _logo(path)
    pages = []
    for flowable in (PlatypusImage(str(path), 60, 20), Logo(_reader(str(path), 1, 1, False), 60, 20)):
        canvas = Canvas(str(tmp_path / "x.pdf"), invariant=1)
        flowable.wrapOn(canvas, 100, 100)
        flowable.drawOn(canvas, 10, 10)
        canvas.showPage()
        pages.append(canvas.getpdfdata())
    assert pages[0] == pages[1]
