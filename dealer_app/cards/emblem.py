"""The neutral default club emblem, drawn as vectors (a steering wheel in a ringed disc).

Used on the card when the club profile names no logo image. ``resources/images/emblem.png`` is
the same drawing rasterised for screens, made by :func:`write_emblem_png`.
"""

from __future__ import annotations

import io
import math
from pathlib import Path

from reportlab.lib.colors import Color, HexColor, white
from reportlab.pdfgen.canvas import Canvas

_GOLD = HexColor("#C9A227")


def draw_emblem(canvas: Canvas, x: float, y: float, size: float, colour: Color) -> None:
    """Draw the emblem in the square of side ``size`` whose lower-left corner is (x, y)."""
    r = size / 2
    cx, cy = x + r, y + r
    canvas.saveState()
    canvas.setFillColor(colour)
    canvas.circle(cx, cy, r, stroke=0, fill=1)
    canvas.setStrokeColor(_GOLD)
    canvas.setLineWidth(size * 0.045)
    canvas.circle(cx, cy, r * 0.86, stroke=1, fill=0)
    # Steering wheel: rim, hub and three spokes (left, right, down).
    canvas.setStrokeColor(white)
    canvas.setFillColor(white)
    canvas.setLineWidth(size * 0.07)
    canvas.circle(cx, cy, r * 0.58, stroke=1, fill=0)
    canvas.setLineCap(1)
    canvas.setLineWidth(size * 0.06)
    for angle in (200.0, 340.0, 270.0):
        a = math.radians(angle)
        canvas.line(cx, cy, cx + r * 0.58 * math.cos(a), cy + r * 0.58 * math.sin(a))
    canvas.circle(cx, cy, r * 0.16, stroke=0, fill=1)
    canvas.setFillColor(_GOLD)
    canvas.circle(cx, cy, r * 0.07, stroke=0, fill=1)
    canvas.restoreState()


def write_emblem_png(path: Path, pixels: int = 512, colour: str = "#1F3A5F") -> None:
    """Rasterise the emblem to a PNG with a transparent background."""
    import pypdfium2  # imported here: only this one-off export needs it

    size = 72.0
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(size, size))
    draw_emblem(c, 0, 0, size, HexColor(colour))
    c.showPage()
    c.save()
    pdf = pypdfium2.PdfDocument(buf.getvalue())
    try:
        bitmap = pdf[0].render(scale=pixels / size, fill_color=(255, 255, 255, 0))
        bitmap.to_pil().save(path)
    finally:
        pdf.close()
