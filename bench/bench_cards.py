"""Card rendering speed: 1,000 distinct cards into one PDF, against bare reportlab.

The floor draws the same texts, rectangles and QR modules with plain reportlab calls at fixed
positions: no bidi, no HarfBuzz shaping, no fitting, no Iranian plate drawing. It is what any
renderer of this content pays for reportlab itself. It is measured twice: "naive" with
reportlab's defaults (ASCII85 streams, one path rectangle per QR module) and "tuned" with the two
stream-level measures render_cards takes (binary streams, the QR as one literal path of module
runs), so that the ratio against the tuned floor is the cost of layout, shaping and bidi alone. The floor
draws every card whole; render_cards draws what a club's cards share once per PDF as a form
XObject, which is why it can come out faster than the floor.

    .venv/bin/python bench/bench_cards.py [--cards 1000] [--layout cr80|a4] [--lang fa|zh|tr]
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab import rl_config
from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from dealer_app.cards import CardContent, encode_card_payload, render_cards
from dealer_app.cards.fonts import CHINESE, PERSIAN, PERSIAN_BOLD, register_fonts
from dealer_app.cards.samples import SPECIMEN_KEY, SPECIMEN_PAYLOADS, specimen_cards

W, H = 85.60 * mm, 53.98 * mm
_FIRST = {"fa": ["محمد", "علی", "زهرا", "فاطمه", "حسین", "مریم"], "zh": ["王", "李", "张", "刘", "陈", "杨"],
          "tr": ["Işıl", "Ayşe", "Mehmet", "Gül", "Çağrı", "Öykü"]}
_LAST = {"fa": ["رضایی", "حسین‌زاده", "کریمی", "احمدی"], "zh": ["晓明", "伟", "秀英", "建国"],
         "tr": ["Öztürk", "Yılmaz", "Şahin", "Doğan"]}
_LETTERS = ["ب", "ج", "د", "س", "ص", "ط", "ق", "ل", "م", "ن", "و", "ه", "ی"]


def make_cards(count: int, lang: str) -> list[CardContent]:
    """``count`` distinct cards: own name, number, plate and signed QR payload each."""
    base = specimen_cards()[lang]
    cards = []
    for n in range(count):
        number = f"{SPECIMEN_PAYLOADS[lang].card_number[:-6]}{n:06d}"
        plate = (f"{10 + n % 90}", _LETTERS[n % len(_LETTERS)], f"{100 + n % 900}", f"{10 + n * 7 % 90}")
        payload = dataclasses.replace(SPECIMEN_PAYLOADS[lang], card_number=number,
                                      plate_key=f"IR{plate[0]}X{plate[2]}{plate[3]}")
        name = f"{_FIRST[lang][n % 6]} {_LAST[lang][n // 6 % 4]} {n}"
        cards.append(dataclasses.replace(
            base,
            member_name=name,
            card_number=number,
            iran_plate=plate if base.iran_plate else None,
            plate_text=" ".join(plate) if base.iran_plate else f"{base.plate_text[:-3]}{n % 1000:03d}",
            qr_payload=encode_card_payload(payload, SPECIMEN_KEY),
        ))
    return cards


def bare_reportlab(cards: list[CardContent], out: io.BytesIO, tuned: bool) -> int:
    """The floor: the same content with plain canvas calls, one card per page pair."""
    register_fonts()
    saved = rl_config.useA85
    rl_config.useA85 = 0 if tuned else saved
    try:
        return _bare(cards, out, tuned)
    finally:
        rl_config.useA85 = saved


def _bare(cards: list[CardContent], out: io.BytesIO, tuned: bool) -> int:
    c = Canvas(out, pagesize=(W, H), pageCompression=1)
    text_font = CHINESE if cards[0].language == "zh" else PERSIAN
    bold_font = CHINESE if cards[0].language == "zh" else PERSIAN_BOLD
    pages = 0
    for card in cards:
        accent, tier = HexColor(card.accent_colour), HexColor(card.tier_colour)
        c.setFillColor(accent)
        c.rect(0, H - 17 * mm, W, 17 * mm, stroke=0, fill=1)
        c.circle(14 * mm, H - 8.5 * mm, 5.7 * mm, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont(bold_font, 11.5)
        c.drawString(20 * mm, H - 8.6 * mm, card.club_name)
        c.setFont(text_font, 7.5)
        c.drawString(20 * mm, H - 13.4 * mm, card.service_name)
        c.setFillColor(black)
        c.setFont(text_font, 7)
        c.drawString(3 * mm, H - 22.6 * mm, card.branch_name)
        c.setFont(bold_font, 14)
        c.drawString(3 * mm, H - 30.2 * mm, card.member_name)
        c.setFillColor(tier)
        c.roundRect(3 * mm, 10.2 * mm, 20 * mm, 5.2 * mm, 2.6 * mm, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont(bold_font, 8)
        c.drawString(5 * mm, 11.75 * mm, card.tier_name)
        c.setFont(bold_font, 10)
        c.drawString(50 * mm, 11.6 * mm, card.card_number)
        c.setFillColor(accent)
        c.rect(0, 0, W, 5.6 * mm, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont(text_font, 6.5)
        c.drawString(30 * mm, 1.9 * mm, card.slogan)
        c.showPage()

        c.setFillColor(accent)
        c.rect(0, H - 2.2 * mm, W, 2.2 * mm, stroke=0, fill=1)
        c.setFillColor(black)
        c.roundRect(3 * mm, 36 * mm, 40 * mm, 8.6 * mm, 1 * mm, stroke=1, fill=0)
        c.setFont(bold_font, 13)
        c.drawString(6 * mm, 38 * mm, card.plate_text)
        y = 31 * mm
        for key, value in (("joined", card.join_date_text), ("valid_until", card.valid_until_text),
                           ("hotline", card.hotline_24h), ("service_phone", card.service_phone)):
            c.setFont(text_font, 6)
            c.drawString(3 * mm, y, card.labels.get(key, ""))
            c.setFont(bold_font, 7.5)
            c.drawString(22 * mm, y, value)
            y -= 4.2 * mm
        c.setFont(text_font, 5.8)
        for i, term in enumerate(card.terms_lines):
            c.drawString(3 * mm, 7 * mm - i * 2.8 * mm, term)
        qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, mask_pattern=2)
        qr.add_data(card.qr_payload)
        qr.make(fit=True)
        matrix = qr.get_matrix()
        module = 19 * mm / len(matrix)
        if tuned:
            c.saveState()
            c.transform(module, 0, 0, -module, 62 * mm, H - 5 * mm)
            c.addLiteral(" ".join(f"{col} {r} 1 1 re" for r, row in enumerate(matrix)
                                  for col, dark in enumerate(row) if dark) + " f")
            c.restoreState()
        else:
            path = c.beginPath()
            for r, row in enumerate(matrix):
                for col, dark in enumerate(row):
                    if dark:
                        path.rect(62 * mm + col * module, H - 5 * mm - (r + 1) * module, module, module)
            c.drawPath(path, stroke=0, fill=1)
        c.showPage()
        pages += 2
    c.save()
    return pages


def timed(label: str, count: int, run: Callable[[io.BytesIO], int]) -> float:
    """Cards per second of CPU time (the figure that does not depend on what else the machine
    runs), with the wall-clock time beside it."""
    out = io.BytesIO()
    wall, cpu = time.perf_counter(), time.process_time()
    pages = run(out)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    rate = count / cpu
    print(f"{label:<30} {count} cards, {pages:>4} pages, {len(out.getvalue()) / 1e6:5.2f} MB, "
          f"CPU {cpu:5.2f} s = {rate:4.0f} cards/s (wall {wall:5.2f} s = {count / wall:4.0f} cards/s)")
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=1000)
    parser.add_argument("--layout", choices=["cr80", "a4"], default="cr80")
    parser.add_argument("--lang", choices=["fa", "zh", "tr"], default="fa")
    args = parser.parse_args()

    started = time.perf_counter()
    register_fonts()
    print(f"font registration (once per process): {time.perf_counter() - started:.2f} s")
    cards = make_cards(args.cards, args.lang)
    # One small warm-up so both sides start with the fonts parsed and code paths imported.
    bare_reportlab(cards[:2], io.BytesIO(), tuned=True)
    render_cards(cards[:2], io.BytesIO(), args.layout)

    naive = timed("bare reportlab, naive", args.cards, lambda out: bare_reportlab(cards, out, tuned=False))
    floor = timed("bare reportlab, tuned floor", args.cards, lambda out: bare_reportlab(cards, out, tuned=True))
    ours = timed(f"render_cards ({args.layout}, {args.lang})", args.cards,
                 lambda out: render_cards(cards, out, args.layout))
    print(f"ratio render_cards / tuned floor: {ours / floor:.2f} (1.00 = layout costs nothing)")
    print(f"ratio render_cards / naive reportlab: {ours / naive:.2f}")


if __name__ == "__main__":
    main()
