"""Para: a Paragraph that breaks its lines once per width."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from sitbrief.render.pdf.para import Para

TEXT = "The ministers agreed to deepen <b>defence</b> cooperation in the region. " * 6
STYLE = ParagraphStyle("t", fontName="Helvetica", fontSize=9, leading=12)


def _counting(para: Para) -> list[int]:
    """Count the line breaks `para` does from now on."""
    calls = [0]
    original = para.breakLines

    def counted(widths):
        calls[0] += 1
        return original(widths)

    para.breakLines = counted
    return calls


def test_same_width_breaks_lines_once():
    para = Para(TEXT, STYLE)
    calls = _counting(para)
    assert para.wrap(200, 500) == para.wrap(200, 100) == Paragraph(TEXT, STYLE).wrap(200, 500)
    assert calls[0] == 1


def test_new_width_or_style_breaks_again():
    para = Para(TEXT, STYLE)
    calls = _counting(para)
    para.wrap(200, 500)
    assert para.wrap(300, 500) == Paragraph(TEXT, STYLE).wrap(300, 500)
    para.style = ParagraphStyle("u", parent=STYLE, leading=14)
    para.wrap(300, 500)
    assert calls[0] == 3


def test_failed_split_wraps_again():
    para = Para(TEXT, STYLE)
    para.wrap(200, 500)
    assert para.split(200, 5) == []  # no room: ReportLab drops the broken lines
    assert para.wrap(200, 500) == Paragraph(TEXT, STYLE).wrap(200, 500)
    assert para.blPara.lines
