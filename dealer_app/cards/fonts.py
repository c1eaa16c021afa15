"""Card fonts: registration with reportlab, script-based font choice, shaping and drawing.

reportlab's own right-to-left support needs ``rlbidi`` (``reportlab[bidi]``, which downgrades
reportlab), and its HarfBuzz path guesses one direction per string, which reverses the digits of
a Persian date. So a line is laid out here: embedding levels from :mod:`.bidi`, runs split by
level and by font, each run shaped by HarfBuzz in its own direction and language, runs put in
visual order (UAX #9 rule L2). The glyphs go out through reportlab's shaped-string path
(``ShapedStr``), so font subsetting and embedding stay reportlab's job.

Shaped lines are cached: on a batch of cards the labels, club texts and dates repeat.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

import uharfbuzz as hb
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr, TTFont
from reportlab.pdfgen.canvas import Canvas

from dealer_app.cards.bidi import embedding_levels, paragraph_is_rtl, visual_order
from dealer_app.resources import resource_path

Script = Literal["arabic", "han", "latin"]
Align = Literal["left", "right", "center"]

# reportlab font names; the PDF's embedded names derive from the files' PostScript names.
PERSIAN = "DC-Vazirmatn"
PERSIAN_BOLD = "DC-Vazirmatn-Bold"
CHINESE = "DC-KaiGB"

_FILES = {
    PERSIAN: "Vazirmatn-Regular.ttf",
    PERSIAN_BOLD: "Vazirmatn-Bold.ttf",
    CHINESE: "DealerClubKaiGB-Regular.ttf",
}
# Vazirmatn's Latin part covers Turkish (ğ ş ı İ) and Western European letters, so it is also
# the Latin font; one embedded file less per PDF.
_BY_SCRIPT: dict[tuple[Script, bool], str] = {
    ("arabic", False): PERSIAN,
    ("arabic", True): PERSIAN_BOLD,
    ("latin", False): PERSIAN,
    ("latin", True): PERSIAN_BOLD,
    ("han", False): CHINESE,
    ("han", True): CHINESE,
}
# Only one weight of the Chinese font is shipped (size); bold Chinese is the regular outline
# filled and stroked with this fraction of the font size.
FAKE_BOLD_STROKE = 0.035
_FAKE_BOLD_FONTS = frozenset({CHINESE})

_ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_HAN_RANGES = (
    (0x2E80, 0x2FDF),
    (0x3000, 0x303F),
    (0x3040, 0x30FF),
    (0x3100, 0x31BF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0xFF00, 0xFFEF),
    (0x20000, 0x3FFFF),
)

_lock = threading.Lock()


def script_of(ch: str) -> Script | None:
    """The script that decides a character's font, or None for characters of any script
    (digits, spaces, punctuation, joiners), which follow their neighbours."""
    cp = ord(ch)
    for lo, hi in _ARABIC_RANGES:
        if lo <= cp <= hi:
            # Arabic-script digits and punctuation still need the Persian font.
            return "arabic"
    for lo, hi in _HAN_RANGES:
        if lo <= cp <= hi:
            return "han"
    if unicodedata.category(ch)[0] in ("L", "M"):
        return "latin"
    return None


@dataclass(frozen=True)
class _Registered:
    fonts: dict[str, TTFont]
    cmaps: dict[str, frozenset[int]]
    hb_fonts: dict[str, hb.Font]


@cache
def _registry() -> _Registered:
    fonts: dict[str, TTFont] = {}
    cmaps: dict[str, frozenset[int]] = {}
    hb_fonts: dict[str, hb.Font] = {}
    for name, filename in _FILES.items():
        path = resource_path("fonts", filename)
        font = TTFont(name, str(path))
        pdfmetrics.registerFont(font)
        fonts[name] = font
        cmaps[name] = frozenset(font.face.charToGlyph)
        # hbFont() also installs the private-use mapping reportlab needs for glyphs without a
        # code point of their own (Arabic positional forms, ligatures).
        hb_fonts[name] = font.hbFont(1000)
    return _Registered(fonts, cmaps, hb_fonts)


def register_fonts() -> tuple[str, ...]:
    """Register the card fonts with reportlab (once per process); returns their names."""
    with _lock:
        _registry()
    return tuple(_FILES)


def font_for(script: Script, bold: bool = False) -> str:
    return _BY_SCRIPT[(script, bold)]


@dataclass(frozen=True)
class GlyphRun:
    """A run of shaped glyphs in visual order, drawn with one font."""

    font_name: str
    text: ShapedStr
    glyph_ids: tuple[int, ...]
    advance: float  # in 1/1000 em
    rtl: bool
    fake_bold: bool


@dataclass(frozen=True)
class ShapedLine:
    """One line laid out for drawing: runs left to right. Widths scale with the font size."""

    runs: tuple[GlyphRun, ...]
    advance: float  # in 1/1000 em
    rtl: bool

    def width(self, size: float) -> float:
        return self.advance * size / 1000.0

    def fonts(self) -> frozenset[str]:
        return frozenset(r.font_name for r in self.runs)


def _assign_fonts(text: str, bold: bool) -> list[str]:
    reg = _registry()
    scripts: list[Script | None] = [script_of(ch) for ch in text]
    # Characters of no script take the script before them (or after, at the start).
    resolved: list[Script] = []
    pending = 0
    current: Script | None = None
    for s in scripts:
        if s is None:
            pending += 1
            continue
        if current is None:
            resolved.extend([s] * pending)
        else:
            resolved.extend([current] * pending)
        pending = 0
        current = s
        resolved.append(s)
    resolved.extend([current or "latin"] * pending)

    fallbacks = (PERSIAN_BOLD if bold else PERSIAN, CHINESE)
    names: list[str] = []
    for ch, s in zip(text, resolved, strict=True):
        name = font_for(s, bold)
        if ord(ch) not in reg.cmaps[name] and unicodedata.category(ch) not in ("Cf", "Mn"):
            # A character of no script (a full-width comma after Persian text, a symbol)
            # may only be in the other font: the font that has it wins over the neighbours'.
            name = next((f for f in fallbacks if ord(ch) in reg.cmaps[f]), name)
        names.append(name)
    return names


def _shape_run(text: str, font_name: str, rtl: bool, language: str | None) -> GlyphRun:
    reg = _registry()
    font = reg.fonts[font_name]
    hbf = reg.hb_fonts[font_name]
    buf = hb.Buffer()
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    if language:
        buf.language = language
    hb.shape(hbf, buf)
    face = font.face
    chars: list[str] = []
    data: list[ShapeData] = []
    gids: list[int] = []
    total = 0.0
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        gid = info.codepoint
        mapped = face.glyphToChar.get(gid)
        if mapped:
            uchar = mapped[0]
        else:
            nominal = font.pdfScale(hbf.get_glyph_h_advance(gid))
            uchar = font.hbAddPrivate(hbf.glyph_to_string(gid), gid, nominal)
        x_advance = font.pdfScale(pos.x_advance)
        total += x_advance
        chars.append(chr(uchar))
        gids.append(gid)
        data.append(
            ShapeData(
                info.cluster,
                x_advance,
                font.pdfScale(pos.y_advance),
                font.pdfScale(pos.x_offset),
                font.pdfScale(pos.y_offset),
                face.charWidths[uchar],
            )
        )
    return GlyphRun(
        font_name=font_name,
        text=ShapedStr("".join(chars), shapeData=data),
        glyph_ids=tuple(gids),
        advance=total,
        rtl=rtl,
        fake_bold=False,
    )


@lru_cache(maxsize=8192)
def _shape_line_cached(text: str, bold: bool, rtl: bool | None, language: str | None) -> ShapedLine:
    base_rtl = paragraph_is_rtl(text) if rtl is None else rtl
    if not text:
        return ShapedLine((), 0.0, base_rtl)
    levels = embedding_levels(text, base_rtl)
    names = _assign_fonts(text, bold)
    spans: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or levels[i] != levels[start] or names[i] != names[start]:
            spans.append((start, i))
            start = i
    runs: list[GlyphRun] = []
    for a, b in spans:
        run = _shape_run(text[a:b], names[a], levels[a] % 2 == 1, language)
        if bold and names[a] in _FAKE_BOLD_FONTS:
            run = GlyphRun(run.font_name, run.text, run.glyph_ids, run.advance, run.rtl, True)
        runs.append(run)
    ordered = visual_order(runs, [levels[a] for a, _ in spans])
    return ShapedLine(tuple(ordered), sum(r.advance for r in ordered), base_rtl)


def shape_line(text: str, *, bold: bool = False, rtl: bool | None = None,
               language: str | None = None) -> ShapedLine:
    """Lay out one line. ``rtl`` is the paragraph direction (None: from the first strong
    character); ``language`` is a BCP 47 tag for the shaper (e.g. "fa", "tr", "zh")."""
    register_fonts()
    return _shape_line_cached(text, bold, rtl, language)


def missing_characters(text: str) -> str:
    """The characters of ``text`` that no card font can draw (each once, in order), so that a
    form can say so before a card is printed with a missing-glyph box."""
    register_fonts()
    reg = _registry()
    seen: list[str] = []
    for ch in text:
        if unicodedata.category(ch) in ("Cf", "Mn", "Zs", "Cc") or ch in seen:
            continue
        if not any(ord(ch) in cmap for cmap in reg.cmaps.values()):
            seen.append(ch)
    return "".join(seen)


def draw_line(canvas: Canvas, line: ShapedLine, x: float, y: float, size: float,
              align: Align = "left") -> float:
    """Draw ``line`` with its baseline at ``y``; ``x`` is the left edge, right edge or centre
    according to ``align``. Returns the drawn width. The fill colour is the canvas's."""
    width = line.width(size)
    left = x if align == "left" else x - width if align == "right" else x - width / 2
    for run in line.runs:
        canvas.setFont(run.font_name, size)
        if run.fake_bold:
            # Fill and stroke (mode 2) with the caller's stroke colour, which it sets to the fill.
            canvas.saveState()
            canvas.setLineWidth(size * FAKE_BOLD_STROKE)
            canvas.drawString(left, y, run.text, mode=2)
            canvas.restoreState()
        else:
            canvas.drawString(left, y, run.text)
        left += run.advance * size / 1000.0
    return width


def fit_size(line: ShapedLine, max_width: float, size: float) -> float:
    """The largest size up to ``size`` at which ``line`` fits ``max_width``: a long name is
    printed smaller rather than cut off at the card's edge."""
    width = line.width(size)
    if width <= max_width or width == 0:
        return size
    return size * max_width / width


def wrap_text(text: str, max_width: float, size: float, *, bold: bool = False, rtl: bool | None = None,
              language: str | None = None) -> list[ShapedLine]:
    """Greedy word wrap at spaces (Han text may break between any two characters)."""
    words = _break_points(text)
    lines: list[ShapedLine] = []
    current = ""
    for word in words:
        candidate = current + word
        if current and shape_line(candidate.rstrip(), bold=bold, rtl=rtl, language=language).width(size) > max_width:
            lines.append(shape_line(current.rstrip(), bold=bold, rtl=rtl, language=language))
            current = word.lstrip()
        else:
            current = candidate
    if current.strip():
        lines.append(shape_line(current.rstrip(), bold=bold, rtl=rtl, language=language))
    return lines


def _break_points(text: str) -> Sequence[str]:
    pieces: list[str] = []
    buf = ""
    for ch in text:
        if script_of(ch) == "han" and unicodedata.category(ch)[0] == "L":
            if buf:
                pieces.append(buf)
            pieces.append(ch)
            buf = ""
        elif ch == " ":
            buf += ch
            pieces.append(buf)
            buf = ""
        else:
            buf += ch
    if buf:
        pieces.append(buf)
    return pieces
