"""Membership cards to PDF: ISO/IEC 7810 ID-1 (CR80) cards, one per page or ten per A4 sheet.

The caller formats every text (dates in the club's calendar, digits, plate display) and passes
a :class:`CardContent`; this module only lays out and draws. Right-to-left cards (Persian) are
mirrored: the emblem, labels and values start at the right, the QR code sits on the left.

Layouts
    ``"cr80"``: a page the size of the card (plus bleed), front page then back page per card.
    ``"a4"``: ten cards per A4 sheet (2 columns by 5 rows) with crop marks; every front sheet is
    followed by its back sheet with the columns mirrored, so that printing duplex with a
    long-edge flip puts each back behind its own front.

Speed: fonts are registered once, shaped lines are cached, page geometry is computed once per
call, the QR code is drawn as one vector path of merged module runs, and its mask pattern is
fixed (see :func:`_qr_matrix`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO, Literal

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.colors import Color, HexColor, black, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from dealer_app.cards.emblem import draw_emblem
from dealer_app.cards.fonts import (
    Align,
    ShapedLine,
    draw_line,
    fit_size,
    register_fonts,
    shape_line,
    wrap_text,
)

CARD_WIDTH_MM = 85.60
CARD_HEIGHT_MM = 53.98
SAFE_MARGIN_MM = 3.0
BLEED_MM = 2.0
QR_WIDTH_MM = 19.0
QR_QUIET_MODULES = 4
CARDS_PER_A4 = 10
_A4_COLUMNS = 2
_A4_ROWS = 5
_CROP_MARK_MM = 5.0
_CROP_MARK_GAP_MM = 1.0

Layout = Literal["cr80", "a4"]

_W = CARD_WIDTH_MM * mm
_H = CARD_HEIGHT_MM * mm
_M = SAFE_MARGIN_MM * mm
_INK = HexColor("#1B1F24")
_MUTED = HexColor("#5B6470")
_RULE = HexColor("#D5DAE0")
_PAPER = HexColor("#FFFFFF")
_PLATE_BLUE = HexColor("#1C3F94")
_FLAG = (HexColor("#239F40"), HexColor("#FFFFFF"), HexColor("#DA0000"))
_PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


class RenderCancelled(Exception):
    """The progress callback asked to stop; nothing was written."""


@dataclass(frozen=True)
class CardContent:
    """Everything printed on one card, already formatted in the club's language."""

    club_name: str
    service_name: str
    slogan: str
    branch_name: str
    member_name: str
    tier_name: str
    tier_colour: str  # "#RRGGBB"
    card_number: str
    plate_text: str
    join_date_text: str
    valid_until_text: str
    hotline_24h: str
    service_phone: str
    qr_payload: str
    labels: Mapping[str, str] = field(default_factory=dict)
    terms_lines: Sequence[str] = ()
    # Two digits, letter, three digits, region: drawn as an Iranian plate instead of plate_text.
    iran_plate: tuple[str, str, str, str] | None = None
    language: str = "fa"  # BCP 47 tag; selects HarfBuzz's language rules (Turkish i, Persian forms)
    direction: Literal["rtl", "ltr"] = "rtl"
    logo_path: Path | None = None
    accent_colour: str = "#1F3A5F"  # band and emblem colour


@dataclass(frozen=True)
class _Slot:
    """Where one card side goes on a page: lower-left corner of the trimmed card, in points."""

    x: float
    y: float


@dataclass(frozen=True)
class _PageGeometry:
    page_size: tuple[float, float]
    front_slots: tuple[_Slot, ...]
    back_slots: tuple[_Slot, ...]
    bleed: float
    crop_marks: tuple[tuple[float, float, float, float], ...]


def _geometry(layout: Layout, bleed: bool) -> _PageGeometry:
    b = BLEED_MM * mm if bleed else 0.0
    if layout == "cr80":
        slot = _Slot(b, b)
        return _PageGeometry((_W + 2 * b, _H + 2 * b), (slot,), (slot,), b, ())
    if layout != "a4":
        raise ValueError(f"unknown card layout {layout!r}: use 'cr80' or 'a4'")
    page_w, page_h = A4
    # With bleed, neighbouring cards need room for both bleeds; without, they share cut lines.
    pitch_x, pitch_y = _W + 2 * b, _H + 2 * b
    left = (page_w - _A4_COLUMNS * pitch_x) / 2 + b
    top = page_h - (page_h - _A4_ROWS * pitch_y) / 2 - b
    fronts: list[_Slot] = []
    backs: list[_Slot] = []
    for row in range(_A4_ROWS):
        for col in range(_A4_COLUMNS):
            x = left + col * pitch_x
            y = top - _H - row * pitch_y
            fronts.append(_Slot(x, y))
            # Long-edge flip mirrors the sheet left to right: the back lands at the mirrored x.
            backs.append(_Slot(page_w - x - _W, y))
    xs = sorted({s.x for s in fronts} | {s.x + _W for s in fronts})
    ys = sorted({s.y for s in fronts} | {s.y + _H for s in fronts})
    grid_left, grid_right = xs[0] - b, xs[-1] + b
    grid_bottom, grid_top = ys[0] - b, ys[-1] + b
    gap = _CROP_MARK_GAP_MM * mm
    marks: list[tuple[float, float, float, float]] = []
    for x in xs:
        length_top = min(_CROP_MARK_MM * mm, page_h - grid_top - gap)
        length_bottom = min(_CROP_MARK_MM * mm, grid_bottom - gap)
        if length_top > 0:
            marks.append((x, grid_top + gap, x, grid_top + gap + length_top))
        if length_bottom > 0:
            marks.append((x, grid_bottom - gap, x, grid_bottom - gap - length_bottom))
    for y in ys:
        length = min(_CROP_MARK_MM * mm, grid_left - gap)
        marks.append((grid_left - gap, y, grid_left - gap - length, y))
        marks.append((grid_right + gap, y, grid_right + gap + length, y))
    return _PageGeometry((page_w, page_h), tuple(fronts), tuple(backs), b, tuple(marks))


@lru_cache(maxsize=64)
def _colour(hex_text: str) -> Color:
    return HexColor(hex_text)


def _readable_on(background: Color) -> Color:
    # WCAG relative luminance, to choose black or white text on the tier colour.
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    lum = 0.2126 * channel(background.red) + 0.7152 * channel(background.green) + 0.0722 * channel(
        background.blue
    )
    return _INK if lum > 0.45 else white


def _qr_matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    """QR modules (no quiet zone), error correction M.

    The mask pattern is fixed: every decoder reads all eight masks, and choosing the
    lowest-penalty one costs qrcode about 4 ms per card in pure Python, more than the rest of
    the card. The tests decode every rendered code with zxing-cpp.
    """
    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, mask_pattern=2)
    qr.add_data(payload)
    qr.make(fit=True)
    return tuple(tuple(bool(v) for v in row) for row in qr.get_matrix())


def _draw_qr(c: Canvas, payload: str, x: float, y: float, width: float) -> None:
    """Draw the symbol in the ``width`` square at (x, y); the quiet zone is around it, not in it."""
    matrix = _qr_matrix(payload)
    n = len(matrix)
    module = width / n
    path = c.beginPath()
    for r, row in enumerate(matrix):
        top = y + width - (r + 1) * module
        col = 0
        while col < n:
            if row[col]:
                start = col
                while col < n and row[col]:
                    col += 1
                path.rect(x + start * module, top, (col - start) * module, module)
            else:
                col += 1
    c.setFillColor(black)
    c.drawPath(path, stroke=0, fill=1)


@lru_cache(maxsize=32)
def _logo_reader(path: Path) -> ImageReader:
    return ImageReader(str(path))


class _CardPainter:
    """Draws one side of a card with its lower-left trim corner at the origin."""

    def __init__(self, bleed: float) -> None:
        self.bleed = bleed

    # -- helpers --------------------------------------------------------------------------
    @staticmethod
    def _line(card: CardContent, text: str, bold: bool = False) -> ShapedLine:
        return shape_line(text, bold=bold, rtl=card.direction == "rtl", language=card.language)

    @staticmethod
    def _start(card: CardContent, left: float, right: float) -> tuple[float, Align]:
        return (right, "right") if card.direction == "rtl" else (left, "left")

    def _text(self, c: Canvas, card: CardContent, text: str, left: float, right: float, y: float,
              size: float, colour: Color, bold: bool = False, align: Align | None = None) -> float:
        line = self._line(card, text, bold)
        size = fit_size(line, right - left, size)
        if align is None:
            x, align = self._start(card, left, right)
        else:
            x = {"left": left, "right": right, "center": (left + right) / 2}[align]
        c.setFillColor(colour)
        c.setStrokeColor(colour)
        return draw_line(c, line, x, y, size, align)

    def _label_value(self, c: Canvas, card: CardContent, label_key: str, value: str,
                     left: float, right: float, y: float, size: float, bold_value: bool = True) -> None:
        label = card.labels.get(label_key, "")
        rtl = card.direction == "rtl"
        gap = 1.2 * mm
        label_line = self._line(card, label) if label else None
        value_line = self._line(card, value, bold_value)
        label_size = size * 0.82
        label_width = label_line.width(label_size) if label_line else 0.0
        room = right - left - label_width - (gap if label_line else 0.0)
        value_size = fit_size(value_line, room, size)
        c.setFillColor(_MUTED)
        if label_line:
            draw_line(c, label_line, right if rtl else left, y, label_size, "right" if rtl else "left")
        c.setFillColor(_INK)
        c.setStrokeColor(_INK)
        offset = label_width + (gap if label_line else 0.0)
        if rtl:
            draw_line(c, value_line, right - offset, y, value_size, "right")
        else:
            draw_line(c, value_line, left + offset, y, value_size, "left")

    def _background(self, c: Canvas, colour: Color) -> None:
        b = self.bleed
        c.setFillColor(colour)
        c.rect(-b, -b, _W + 2 * b, _H + 2 * b, stroke=0, fill=1)

    # -- front ------------------------------------------------------------------------------
    def front(self, c: Canvas, card: CardContent) -> None:
        b = self.bleed
        accent = _colour(card.accent_colour)
        tier = _colour(card.tier_colour)
        rtl = card.direction == "rtl"
        self._background(c, _PAPER)
        band_bottom = _H - 17 * mm
        c.setFillColor(accent)
        c.rect(-b, band_bottom, _W + 2 * b, _H - band_bottom + b, stroke=0, fill=1)
        c.setFillColor(tier)
        c.rect(-b, band_bottom - 0.9 * mm, _W + 2 * b, 0.9 * mm, stroke=0, fill=1)

        emblem = 11.5 * mm
        emblem_y = band_bottom + (_H - band_bottom - emblem) / 2
        emblem_x = _W - _M - emblem if rtl else _M
        if card.logo_path is not None:
            # A white disc behind the club's logo keeps dark logos visible on the band.
            c.setFillColor(white)
            c.circle(emblem_x + emblem / 2, emblem_y + emblem / 2, emblem / 2, stroke=0, fill=1)
            inset = emblem * 0.12
            c.drawImage(_logo_reader(card.logo_path), emblem_x + inset, emblem_y + inset,
                        emblem - 2 * inset, emblem - 2 * inset, mask="auto", preserveAspectRatio=True)
        else:
            draw_emblem(c, emblem_x, emblem_y, emblem, accent)
            c.setStrokeColor(white)
            c.setLineWidth(0.6)
            c.circle(emblem_x + emblem / 2, emblem_y + emblem / 2, emblem / 2, stroke=1, fill=0)

        text_left = _M if rtl else _M + emblem + 2.5 * mm
        text_right = _W - _M - emblem - 2.5 * mm if rtl else _W - _M
        self._text(c, card, card.club_name, text_left, text_right, _H - 8.6 * mm, 11.5, white, bold=True)
        self._text(c, card, card.service_name, text_left, text_right, _H - 13.4 * mm, 7.5,
                   HexColor("#DCE3EC"))

        self._text(c, card, card.branch_name, _M, _W - _M, band_bottom - 5.6 * mm, 7.0, _MUTED)
        self._text(c, card, card.member_name, _M, _W - _M, band_bottom - 13.2 * mm, 14.0, _INK, bold=True)

        # Tier badge: a pill in the tier colour, on the start side.
        tier_line = self._line(card, card.tier_name, bold=True)
        tier_size = fit_size(tier_line, 30 * mm, 8.0)
        pill_w = tier_line.width(tier_size) + 6 * mm
        pill_h = 5.2 * mm
        pill_y = 10.2 * mm
        pill_x = _W - _M - pill_w if rtl else _M
        c.setFillColor(tier)
        c.roundRect(pill_x, pill_y, pill_w, pill_h, pill_h / 2, stroke=0, fill=1)
        text_colour = _readable_on(tier)
        c.setFillColor(text_colour)
        c.setStrokeColor(text_colour)
        draw_line(c, tier_line, pill_x + pill_w / 2, pill_y + 1.55 * mm, tier_size, "center")

        # Card number on the end side, always left to right.
        number = shape_line(card.card_number, bold=True, rtl=False, language=card.language)
        number_size = fit_size(number, 40 * mm, 10.0)
        c.setFillColor(_INK)
        nx, nalign = (_M, "left") if rtl else (_W - _M, "right")
        draw_line(c, number, nx, pill_y + 1.4 * mm, number_size, nalign)  # type: ignore[arg-type]
        label = card.labels.get("card_number")
        if label:
            self._text(c, card, label, _M, _W - _M, pill_y + 6.4 * mm, 5.5, _MUTED,
                       align="left" if rtl else "right")

        c.setFillColor(accent)
        c.rect(-b, -b, _W + 2 * b, 5.6 * mm + b, stroke=0, fill=1)
        self._text(c, card, card.slogan, _M, _W - _M, 1.9 * mm, 6.5, white, align="center")

    # -- back -------------------------------------------------------------------------------
    def back(self, c: Canvas, card: CardContent) -> None:
        b = self.bleed
        accent = _colour(card.accent_colour)
        rtl = card.direction == "rtl"
        self._background(c, _PAPER)
        c.setFillColor(accent)
        c.rect(-b, _H - 2.2 * mm, _W + 2 * b, 2.2 * mm + b, stroke=0, fill=1)

        qr_w = QR_WIDTH_MM * mm
        quiet = qr_w / (len(_qr_matrix(card.qr_payload))) * QR_QUIET_MODULES
        qr_y = _H - 2.2 * mm - quiet - qr_w
        qr_x = _M + 0.5 * mm if rtl else _W - _M - 0.5 * mm - qr_w
        _draw_qr(c, card.qr_payload, qr_x, qr_y, qr_w)

        info_left = qr_x + qr_w + quiet if rtl else _M
        info_right = _W - _M if rtl else qr_x - quiet
        y = _H - 2.2 * mm - 4.6 * mm
        plate_label = card.labels.get("plate", "")
        if plate_label:
            self._text(c, card, plate_label, info_left, info_right, y, 6.0, _MUTED)
        y -= 10.6 * mm
        if card.iran_plate is not None:
            plate_w = min(40 * mm, info_right - info_left)
            px = info_right - plate_w if rtl else info_left
            _draw_iran_plate(c, card.iran_plate, px, y, plate_w)
        else:
            self._plate_box(c, card, info_left, info_right, y)

        y -= 4.4 * mm
        self._label_value(c, card, "joined", card.join_date_text, info_left, info_right, y, 7.5)
        y -= 4.0 * mm
        self._label_value(c, card, "valid_until", card.valid_until_text, info_left, info_right, y, 7.5)
        y -= 4.6 * mm
        self._label_value(c, card, "hotline", card.hotline_24h, info_left, info_right, y, 8.5)
        y -= 4.0 * mm
        self._label_value(c, card, "service_phone", card.service_phone, info_left, info_right, y, 7.5)

        self._terms(c, card, _M, _W - _M, _M - 0.6 * mm, y - 2.3 * mm)

    def _plate_box(self, c: Canvas, card: CardContent, left: float, right: float, y: float) -> None:
        line = shape_line(card.plate_text, bold=True, rtl=False, language=card.language)
        size = fit_size(line, min(40 * mm, right - left) - 4 * mm, 13.0)
        box_w = min(max(line.width(size) + 6 * mm, 26 * mm), right - left)
        box_h = 8.4 * mm
        x = right - box_w if card.direction == "rtl" else left
        c.setFillColor(white)
        c.setStrokeColor(_INK)
        c.setLineWidth(0.9)
        c.roundRect(x, y, box_w, box_h, 1.2 * mm, stroke=1, fill=1)
        c.setFillColor(_INK)
        c.setStrokeColor(_INK)
        draw_line(c, line, x + box_w / 2, y + (box_h - size * 0.72) / 2, size, "center")

    def _terms(self, c: Canvas, card: CardContent, left: float, right: float, bottom: float,
               top: float) -> None:
        """Terms in small print, set from the bottom margin up, under a hairline."""
        if not card.terms_lines:
            return
        rtl = card.direction == "rtl"
        size = 5.8
        # Shrink until every line fits between the margin and the information above.
        while True:
            lines: list[ShapedLine] = []
            for term in card.terms_lines:
                lines.extend(wrap_text(term, right - left, size, rtl=rtl, language=card.language))
            leading = size * 1.35
            if len(lines) * leading + 1.2 * mm <= top - bottom or size <= 3.8:
                break
            size -= 0.3
        block_top = bottom + len(lines) * leading
        c.setStrokeColor(_RULE)
        c.setLineWidth(0.4)
        c.line(left, block_top + 1.0 * mm, right, block_top + 1.0 * mm)
        c.setFillColor(_MUTED)
        y = block_top - size
        for line in lines:
            draw_line(c, line, right if rtl else left, y, fit_size(line, right - left, size),
                      "right" if rtl else "left")
            y -= leading


def _draw_iran_plate(c: Canvas, parts: tuple[str, str, str, str], x: float, y: float, width: float) -> None:
    """The Iranian private-car plate: blue I.R. IRAN strip, ``12 ب 345``, region box ``ایران 67``.

    The parts are drawn at fixed places, left to right as on the real plate, so no bidi applies.
    """
    two, letter, three, region = (p.translate(_PERSIAN_DIGITS) for p in parts)
    height = width * 0.215  # the 520 x 110 mm plate is 4.73 : 1
    radius = height * 0.12
    c.saveState()
    c.setFillColor(white)
    c.setStrokeColor(_INK)
    c.setLineWidth(max(0.6, height * 0.035))
    c.roundRect(x, y, width, height, radius, stroke=1, fill=1)
    p = c.beginPath()
    p.roundRect(x, y, width, height, radius)
    c.clipPath(p, stroke=0, fill=0)

    strip_w = width * 0.105
    c.setFillColor(_PLATE_BLUE)
    c.rect(x, y, strip_w, height, stroke=0, fill=1)
    flag_h = height * 0.36
    flag_w = strip_w * 0.62
    fx = x + (strip_w - flag_w) / 2
    fy = y + height - flag_h - height * 0.1
    for i, colour in enumerate(_FLAG):
        c.setFillColor(colour)
        c.rect(fx, fy + flag_h * (2 - i) / 3, flag_w, flag_h / 3, stroke=0, fill=1)
    c.setFillColor(white)
    small = height * 0.17
    for text, ty in (("I.R.", y + height * 0.3), ("IRAN", y + height * 0.1)):
        line = shape_line(text, bold=True, rtl=False, language="en")
        draw_line(c, line, x + strip_w / 2, ty, fit_size(line, strip_w * 0.9, small), "center")

    region_w = width * 0.2
    region_x = x + width - region_w
    c.setStrokeColor(_INK)
    c.setLineWidth(max(0.5, height * 0.03))
    c.line(region_x, y, region_x, y + height)
    c.setFillColor(_INK)
    iran = shape_line("ایران", rtl=True, language="fa")
    draw_line(c, iran, region_x + region_w / 2, y + height * 0.7, fit_size(iran, region_w * 0.7, height * 0.22),
              "center")
    region_line = shape_line(region, bold=True, rtl=False, language="fa")
    draw_line(c, region_line, region_x + region_w / 2, y + height * 0.14,
              fit_size(region_line, region_w * 0.85, height * 0.55), "center")

    # The three groups share the body with equal gaps, like the stamped plate.
    body_left = x + strip_w
    body_w = region_x - body_left
    digit_size = height * 0.62
    baseline = y + height * 0.2
    groups = [shape_line(text, bold=True, rtl=False, language="fa") for text in (two, letter, three)]
    size = fit_size(shape_line(f"{two} {letter} {three}", bold=True, rtl=False, language="fa"),
                    body_w * 0.86, digit_size)
    widths = [g.width(size) for g in groups]
    gap = (body_w - sum(widths)) / (len(groups) + 1)
    gx = body_left + gap
    for group, w in zip(groups, widths, strict=True):
        draw_line(c, group, gx, baseline, size, "left")
        gx += w + gap
    c.restoreState()


def render_cards(
    cards: Sequence[CardContent],
    out: BinaryIO | Path,
    layout: Layout = "cr80",
    *,
    offset_mm: tuple[float, float] = (0.0, 0.0),
    bleed: bool = False,
    progress: Callable[[int, int], bool] | None = None,
) -> int:
    """Render ``cards`` into one PDF; returns the number of pages written.

    ``offset_mm`` shifts everything on every page (printer calibration, x right, y up).
    ``progress(done, total)`` is called after each card; returning False raises
    :class:`RenderCancelled` and nothing is written to ``out``.
    """
    if not cards:
        raise ValueError("no cards to render")
    register_fonts()
    geo = _geometry(layout, bleed)
    painter = _CardPainter(geo.bleed)
    # reportlab writes only in save(), so a cancelled run leaves ``out`` untouched.
    c = Canvas(str(out) if isinstance(out, Path) else out, pagesize=geo.page_size, pageCompression=1)
    c.setTitle("Membership cards")
    c.setCreator("Dealer Club")
    dx, dy = offset_mm[0] * mm, offset_mm[1] * mm
    total = len(cards)
    pages = 0
    per_sheet = len(geo.front_slots)

    def side(slot: _Slot, draw: Callable[[Canvas, CardContent], None], card: CardContent) -> None:
        c.saveState()
        c.translate(slot.x, slot.y)
        clip = c.beginPath()
        clip.rect(-geo.bleed, -geo.bleed, _W + 2 * geo.bleed, _H + 2 * geo.bleed)
        c.clipPath(clip, stroke=0, fill=0)
        draw(c, card)
        c.restoreState()

    def begin_page() -> None:
        c.translate(dx, dy)
        if geo.crop_marks:
            c.setStrokeColor(black)
            c.setLineWidth(0.25)
            for x1, y1, x2, y2 in geo.crop_marks:
                c.line(x1, y1, x2, y2)

    done = 0
    for start in range(0, total, per_sheet):
        batch = cards[start : start + per_sheet]
        for which, slots, draw in (
            ("front", geo.front_slots, painter.front),
            ("back", geo.back_slots, painter.back),
        ):
            begin_page()
            for i, card in enumerate(batch):
                side(slots[i], draw, card)
                if which == "back":
                    done += 1
                    if progress is not None and progress(done, total) is False:
                        raise RenderCancelled(f"cancelled after {done} of {total} cards")
            c.showPage()
            pages += 1
    c.save()
    return pages
