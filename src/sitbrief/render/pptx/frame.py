"""Slide geometry in points: boxes, the marking bands, footer and content area of a slide."""

from __future__ import annotations

from dataclasses import dataclass

EMU_PER_PT = 12700
BAND = 20.0  # marking band height, top and bottom
SIDE = 48.0  # left and right margin of the default master
FOOTER = 24.0  # footer line height, above the bottom band
GAP = 12.0  # standard gap between blocks


@dataclass(frozen=True)
class Box:
    """A rectangle in points: left, top, width, height."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        """Return the right edge."""
        return self.x + self.w

    @property
    def bottom(self) -> float:
        """Return the bottom edge."""
        return self.y + self.h

    def emu(self) -> tuple[int, int, int, int]:
        """Return (left, top, width, height) in EMU."""
        return tuple(round(v * EMU_PER_PT) for v in (self.x, self.y, self.w, self.h))

    def below(self, height: float, gap: float = 0.0) -> Box:
        """Return a box of the same width `gap` below this one."""
        return Box(self.x, self.bottom + gap, self.w, height)


def emu_box(left: int, top: int, width: int, height: int) -> Box:
    """Return a Box from EMU values."""
    return Box(left / EMU_PER_PT, top / EMU_PER_PT, width / EMU_PER_PT, height / EMU_PER_PT)


def master_boxes(width: float, height: float) -> dict[str, Box]:
    """Return the default master's placeholder boxes for a slide `width` x `height` points."""
    inner = width - 2 * SIDE
    footer_top = height - BAND - FOOTER - 4
    return {
        "title": Box(SIDE, BAND + 12, inner, 62),
        "body": Box(SIDE, BAND + 90, inner, footer_top - 10 - (BAND + 90)),
        "ctrTitle": Box(SIDE + 16, height * 0.24, inner * 0.8, height * 0.36),
        "subTitle": Box(SIDE + 16, height * 0.64, inner * 0.8, height * 0.12),
        "dt": Box(SIDE, footer_top, inner * 0.2, FOOTER),
        "ftr": Box(SIDE + inner * 0.25, footer_top, inner * 0.5, FOOTER),
        "sldNum": Box(SIDE + inner * 0.8, footer_top, inner * 0.2, FOOTER),
    }
