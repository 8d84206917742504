"""The locator map both writers draw: projection, framing, clipped outlines, inset, label placement.

In: a MapBlock (compose decided what is shown), the drawing size in points and a text measurer.
Out: a MapDrawing in points (top-left origin, y down) — filled areas, markers, placed labels,
the world inset and the attribution — that the PDF writer strokes on a canvas and the deck writer
turns into native shapes. Nothing here knows ReportLab or python-pptx.
"""
