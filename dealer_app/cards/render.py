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
call, everything a club's cards share is drawn once per PDF as a form XObject (see
:class:`_CardPainter`), the QR code is one vector path of merged module runs with a fixed mask
pattern (see :func:`_qr_runs`), and compressed streams are written binary, not ASCII85.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO, Literal

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab import rl_config
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
# Four modules of the coarsest symbol a payload can make (version 2, 25 modules; the shortest
# DC1 payload is over the 20 characters of version 1), so every code has its full quiet zone.
_QR_QUIET = QR_QUIET_MODULES * QR_WIDTH_MM / 25 * mm
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
_BAND_MUTED = HexColor("#DCE3EC")
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


@lru_cache(maxsize=16)
def _qr_runs(payload: str) -> tuple[int, str]:
    """The QR symbol (error correction M, no quiet zone) as its module count and the PDF path
    of its dark modules, one rectangle per horizontal run, in module units from the top left.

    The mask pattern is fixed: every decoder reads all eight masks, and choosing the
    lowest-penalty one costs qrcode about 4 ms per card in pure Python, more than the rest of
    the card. The tests decode every rendered code with zxing-cpp.
    """
    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, mask_pattern=2)
    qr.add_data(payload)
    qr.make(fit=True)
    matrix = qr.get_matrix()
    ops: list[str] = []
    for r, row in enumerate(matrix):
        col, n = 0, len(row)
        while col < n:
            if row[col]:
                start = col
                while col < n and row[col]:
                    col += 1
                ops.append(f"{start} {r} {col - start} 1 re")
            else:
                col += 1
    return len(matrix), " ".join(ops)


def _draw_qr(c: Canvas, payload: str, x: float, y: float, width: float) -> None:
    """Draw the symbol in the ``width`` square at (x, y); the quiet zone is around it, not in it."""
    modules, path = _qr_runs(payload)
    scale = width / modules
    c.saveState()
    # Module coordinates: origin at the symbol's top left, y downwards, one unit per module.
    # Integer operands keep the content stream short and skip reportlab's float formatting,
    # which is most of the cost of a QR code drawn rectangle by rectangle.
    c.transform(scale, 0, 0, -scale, x, y + width)
    c.setFillColor(black)
    c.addLiteral(f"{path} f")
    c.restoreState()


@lru_cache(maxsize=32)
def _logo_reader(path: Path) -> ImageReader:
    return ImageReader(str(path))


class _CardPainter:
    """Draws card sides with the lower-left trim corner at the origin.

    Each side is two layers. The club layer (bands, emblem, club texts, labels, terms) is the same
    on every card of a club and branch: it is drawn once per PDF into a form XObject and placed
    with one operator per card. The member layer (name, tier, number, plate, dates, QR code) is
    drawn per card.
    """

    def __init__(self, bleed: float) -> None:
        self.bleed = bleed

    # -- keys of the club layer -------------------------------------------------------------
    @staticmethod
    def front_key(card: CardContent) -> tuple[object, ...]:
        return ("front", card.club_name, card.service_name, card.slogan, card.branch_name,
                card.labels.get("card_number"), card.language, card.direction, card.logo_path,
                card.accent_colour)

    @staticmethod
    def back_key(card: CardContent) -> tuple[object, ...]:
        return ("back", tuple(sorted(card.labels.items())), tuple(card.terms_lines), card.hotline_24h,
                card.service_phone, card.language, card.direction, card.accent_colour)

    # -- helpers ----------------------------------------------------------------------------
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
                     box: tuple[float, float], y: float, size: float, *, label: bool, value_part: bool) -> None:
        """A "label value" row: the label (muted) on the start side, the value (bold) after it."""
        left, right = box
        text = card.labels.get(label_key, "")
        rtl = card.direction == "rtl"
        gap = 1.2 * mm if text else 0.0
        label_line = self._line(card, text)
        label_size = size * 0.82
        label_width = label_line.width(label_size)
        if label and text:
            c.setFillColor(_MUTED)
            draw_line(c, label_line, right if rtl else left, y, label_size, "right" if rtl else "left")
        if value_part:
            value_line = self._line(card, value, bold=True)
            value_size = fit_size(value_line, right - left - label_width - gap, size)
            c.setFillColor(_INK)
            c.setStrokeColor(_INK)
            offset = label_width + gap
            if rtl:
                draw_line(c, value_line, right - offset, y, value_size, "right")
            else:
                draw_line(c, value_line, left + offset, y, value_size, "left")

    def _background(self, c: Canvas, colour: Color) -> None:
        b = self.bleed
        c.setFillColor(colour)
        c.rect(-b, -b, _W + 2 * b, _H + 2 * b, stroke=0, fill=1)

    # -- front ------------------------------------------------------------------------------
    _BAND_BOTTOM = _H - 17 * mm
    _PILL_Y = 10.2 * mm

    def front_club(self, c: Canvas, card: CardContent) -> None:
        b = self.bleed
        accent = _colour(card.accent_colour)
        rtl = card.direction == "rtl"
        band_bottom = self._BAND_BOTTOM
        self._background(c, _PAPER)
        c.setFillColor(accent)
        c.rect(-b, band_bottom, _W + 2 * b, _H - band_bottom + b, stroke=0, fill=1)

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
        self._text(c, card, card.service_name, text_left, text_right, _H - 13.4 * mm, 7.5, _BAND_MUTED)
        self._text(c, card, card.branch_name, _M, _W - _M, band_bottom - 5.6 * mm, 7.0, _MUTED)
        label = card.labels.get("card_number")
        if label:
            self._text(c, card, label, _M, _W - _M, self._PILL_Y + 6.4 * mm, 5.5, _MUTED,
                       align="left" if rtl else "right")
        c.setFillColor(accent)
        c.rect(-b, -b, _W + 2 * b, 5.6 * mm + b, stroke=0, fill=1)
        self._text(c, card, card.slogan, _M, _W - _M, 1.9 * mm, 6.5, white, align="center")

    def front_member(self, c: Canvas, card: CardContent) -> None:
        b = self.bleed
        tier = _colour(card.tier_colour)
        rtl = card.direction == "rtl"
        c.setFillColor(tier)
        c.rect(-b, self._BAND_BOTTOM - 0.9 * mm, _W + 2 * b, 0.9 * mm, stroke=0, fill=1)
        self._text(c, card, card.member_name, _M, _W - _M, self._BAND_BOTTOM - 13.2 * mm, 14.0, _INK,
                   bold=True)

        # Tier badge: a pill in the tier colour, on the start side.
        tier_line = self._line(card, card.tier_name, bold=True)
        tier_size = fit_size(tier_line, 30 * mm, 8.0)
        pill_w = tier_line.width(tier_size) + 6 * mm
        pill_h = 5.2 * mm
        pill_x = _W - _M - pill_w if rtl else _M
        c.setFillColor(tier)
        c.roundRect(pill_x, self._PILL_Y, pill_w, pill_h, pill_h / 2, stroke=0, fill=1)
        text_colour = _readable_on(tier)
        c.setFillColor(text_colour)
        c.setStrokeColor(text_colour)
        draw_line(c, tier_line, pill_x + pill_w / 2, self._PILL_Y + 1.55 * mm, tier_size, "center")

        # Card number on the end side, always left to right.
        number = shape_line(card.card_number, bold=True, rtl=False, language=card.language)
        number_size = fit_size(number, 40 * mm, 10.0)
        c.setFillColor(_INK)
        if rtl:
            draw_line(c, number, _M, self._PILL_Y + 1.4 * mm, number_size, "left")
        else:
            draw_line(c, number, _W - _M, self._PILL_Y + 1.4 * mm, number_size, "right")

    # -- back -------------------------------------------------------------------------------
    _BACK_BAND = 2.2 * mm
    _QR_Y = _H - _BACK_BAND - 0.6 * mm - _QR_QUIET - QR_WIDTH_MM * mm
    _ROWS = (  # label key, baseline, size
        ("joined", _H - 2.2 * mm - 19.6 * mm, 7.5),
        ("valid_until", _H - 2.2 * mm - 23.6 * mm, 7.5),
        ("hotline", _H - 2.2 * mm - 28.2 * mm, 8.5),
        ("service_phone", _H - 2.2 * mm - 32.2 * mm, 7.5),
    )

    @staticmethod
    def _back_columns(card: CardContent) -> tuple[float, float, float]:
        """QR x, and the left and right edges of the information column."""
        qr_w = QR_WIDTH_MM * mm
        if card.direction == "rtl":
            qr_x = _M + 0.5 * mm
            return qr_x, qr_x + qr_w + _QR_QUIET, _W - _M
        qr_x = _W - _M - 0.5 * mm - qr_w
        return qr_x, _M, qr_x - _QR_QUIET

    def _club_rows(self, card: CardContent) -> tuple[tuple[str, float, float], ...]:
        """The rows printed on this card: a club without a 24-hour line gets its service phone
        on the hotline's line rather than a gap above it."""
        if card.hotline_24h:
            return self._ROWS
        (_, hotline_y, _), (service_key, _, service_size) = self._ROWS[2], self._ROWS[3]
        return (*self._ROWS[:2], (service_key, hotline_y, service_size))

    def _row_values(self, card: CardContent) -> dict[str, str]:
        return {"joined": card.join_date_text, "valid_until": card.valid_until_text,
                "hotline": card.hotline_24h, "service_phone": card.service_phone}

    def back_club(self, c: Canvas, card: CardContent) -> None:
        b = self.bleed
        self._background(c, _PAPER)
        c.setFillColor(_colour(card.accent_colour))
        c.rect(-b, _H - self._BACK_BAND, _W + 2 * b, self._BACK_BAND + b, stroke=0, fill=1)
        _, left, right = self._back_columns(card)
        plate_label = card.labels.get("plate", "")
        if plate_label:
            self._text(c, card, plate_label, left, right, _H - self._BACK_BAND - 4.6 * mm, 6.0, _MUTED)
        values = self._row_values(card)
        rows = self._club_rows(card)
        for key, y, size in rows:
            # The club's phone numbers belong to the club layer; dates are the member's.
            club_value = key in ("hotline", "service_phone")
            self._label_value(c, card, key, values[key], (left, right), y, size, label=True,
                              value_part=club_value)
        self._terms(c, card, _M, _W - _M, _M - 0.6 * mm, rows[-1][1] - 2.3 * mm)

    def back_member(self, c: Canvas, card: CardContent) -> None:
        qr_x, left, right = self._back_columns(card)
        _draw_qr(c, card.qr_payload, qr_x, self._QR_Y, QR_WIDTH_MM * mm)
        plate_y = _H - self._BACK_BAND - 15.2 * mm
        if card.iran_plate is not None:
            plate_w = min(40 * mm, right - left)
            px = right - plate_w if card.direction == "rtl" else left
            _draw_iran_plate(c, card.iran_plate, px, plate_y, plate_w)
        else:
            self._plate_box(c, card, left, right, plate_y)
        values = self._row_values(card)
        for key, y, size in self._ROWS[:2]:
            self._label_value(c, card, key, values[key], (left, right), y, size, label=False, value_part=True)

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


_RL_CONFIG_LOCK = threading.Lock()


@contextmanager
def _binary_streams() -> Iterator[None]:
    """reportlab ASCII85-encodes every compressed stream by default (``rl_config.useA85``), in
    pure Python unless the optional ``rl_accel`` is installed: about 1.5 ms per page and a
    quarter more bytes. Every PDF reader takes binary streams. The setting is global and read
    while pages and fonts are written, so it is switched off for one render under a lock."""
    with _RL_CONFIG_LOCK:
        saved = rl_config.useA85
        rl_config.useA85 = 0
        try:
            yield
        finally:
            rl_config.useA85 = saved


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
    with _binary_streams():
        return _render(cards, out, _geometry(layout, bleed), offset_mm, progress)


def _render(cards: Sequence[CardContent], out: BinaryIO | Path, geo: _PageGeometry,
            offset_mm: tuple[float, float], progress: Callable[[int, int], bool] | None) -> int:
    painter = _CardPainter(geo.bleed)
    # reportlab writes only in save(), so a cancelled run leaves ``out`` untouched.
    c = Canvas(str(out) if isinstance(out, Path) else out, pagesize=geo.page_size, pageCompression=1)
    c.setTitle("Membership cards")
    c.setCreator("Dealer Club")
    dx, dy = offset_mm[0] * mm, offset_mm[1] * mm
    total = len(cards)
    pages = 0
    per_sheet = len(geo.front_slots)

    forms: dict[tuple[object, ...], str] = {}

    def club_layer(key: tuple[object, ...], draw: Callable[[Canvas, CardContent], None],
                   card: CardContent) -> str:
        name = forms.get(key)
        if name is None:
            name = forms[key] = f"club{len(forms)}"
            c.beginForm(name, -geo.bleed, -geo.bleed, _W + geo.bleed, _H + geo.bleed)
            draw(c, card)
            c.endForm()
        return name

    def side(slot: _Slot, form: str, draw: Callable[[Canvas, CardContent], None], card: CardContent) -> None:
        c.saveState()
        c.translate(slot.x, slot.y)
        clip = c.beginPath()
        clip.rect(-geo.bleed, -geo.bleed, _W + 2 * geo.bleed, _H + 2 * geo.bleed)
        c.clipPath(clip, stroke=0, fill=0)
        c.doForm(form)
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
        front_forms = [club_layer(painter.front_key(card), painter.front_club, card) for card in batch]
        back_forms = [club_layer(painter.back_key(card), painter.back_club, card) for card in batch]
        begin_page()
        for slot, form, card in zip(geo.front_slots, front_forms, batch, strict=False):
            side(slot, form, painter.front_member, card)
        c.showPage()
        begin_page()
        for slot, form, card in zip(geo.back_slots, back_forms, batch, strict=False):
            side(slot, form, painter.back_member, card)
            done += 1
            if progress is not None and progress(done, total) is False:
                raise RenderCancelled(f"cancelled after {done} of {total} cards")
        c.showPage()
        pages += 2
    c.save()
    return pages
