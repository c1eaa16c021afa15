from __future__ import annotations

import dataclasses
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pypdfium2
import pytest
import zxingcpp
from PIL import Image, ImageChops

from dealer_app.cards import (
    CardContent,
    RenderCancelled,
    decode_card_payload,
    render_cards,
)
from dealer_app.cards.bidi import embedding_levels, paragraph_is_rtl, visual_order
from dealer_app.cards.fonts import CHINESE, PERSIAN, PERSIAN_BOLD, missing_characters, shape_line, wrap_text
from dealer_app.cards.qr_payload import CardPayload, encode_card_payload
from dealer_app.cards.render import CARD_HEIGHT_MM, CARD_WIDTH_MM
from dealer_app.cards.samples import SPECIMEN_KEY, SPECIMEN_PAYLOADS, specimen_cards, write_reference_images
from dealer_app.resources import resource_path

DPI = 300
PX_PER_MM = DPI / 25.4


@pytest.fixture(scope="module")
def specimens() -> dict[str, CardContent]:
    return specimen_cards()


def _pdf(cards: list[CardContent], layout: str = "cr80", **kwargs: object) -> bytes:
    buf = io.BytesIO()
    render_cards(cards, buf, layout, **kwargs)  # type: ignore[arg-type]
    return buf.getvalue()


def _pages(pdf: bytes, dpi: int = DPI) -> Iterator[Image.Image]:
    doc = pypdfium2.PdfDocument(pdf)
    try:
        for page in doc:
            yield page.render(scale=dpi / 72).to_pil().convert("RGB")
    finally:
        doc.close()


def _page_sizes_mm(pdf: bytes) -> list[tuple[float, float]]:
    doc = pypdfium2.PdfDocument(pdf)
    try:
        return [(w / 72 * 25.4, h / 72 * 25.4) for w, h in (page.get_size() for page in doc)]
    finally:
        doc.close()


def _qr_codes(image: Image.Image) -> list[zxingcpp.Barcode]:
    return [b for b in zxingcpp.read_barcodes(image) if b.format == zxingcpp.BarcodeFormat.QRCode]


def _centre(code: zxingcpp.Barcode) -> tuple[float, float]:
    p = code.position
    xs = [p.top_left.x, p.top_right.x, p.bottom_left.x, p.bottom_right.x]
    ys = [p.top_left.y, p.top_right.y, p.bottom_left.y, p.bottom_right.y]
    return sum(xs) / 4, sum(ys) / 4


def _embedded_fonts(pdf: bytes) -> set[str]:
    # Subset fonts are named "ABCDEF+PostScriptName"; uncompressed font dictionaries in the file.
    return {m.decode() for m in re.findall(rb"/BaseFont\s*/(?:[A-Z]{6}\+)?([A-Za-z0-9-]+)", pdf)}


def _dark_pixels(image: Image.Image, box: tuple[int, int, int, int] | None = None) -> int:
    region = image.crop(box) if box else image
    return sum(region.convert("L").point(lambda v: 255 if v < 128 else 0).histogram()[255:])


def _card(specimens: dict[str, CardContent], lang: str, n: int) -> CardContent:
    """The specimen with its own number and payload, so every card of a sheet is distinct."""
    base = SPECIMEN_PAYLOADS[lang]
    payload = dataclasses.replace(base, card_number=f"{base.card_number[:-3]}{n:03d}")
    return dataclasses.replace(
        specimens[lang],
        card_number=payload.card_number,
        qr_payload=encode_card_payload(payload, SPECIMEN_KEY),
    )


# -- page sizes and layout --------------------------------------------------------------------


def test_cr80_pages_are_id1_size_front_then_back(specimens: dict[str, CardContent]) -> None:
    pdf = _pdf([specimens["fa"], specimens["tr"]])
    sizes = _page_sizes_mm(pdf)
    assert len(sizes) == 4
    for w, h in sizes:
        assert w == pytest.approx(CARD_WIDTH_MM, abs=0.1)
        assert h == pytest.approx(CARD_HEIGHT_MM, abs=0.1)
        assert (w, h) == pytest.approx((85.60, 53.98), abs=0.1)
    pages = list(_pages(pdf, dpi=150))
    # Backs carry the QR code, fronts do not.
    assert [bool(_qr_codes(p)) for p in pages] == [False, True, False, True]


def test_bleed_adds_two_millimetres_each_side(specimens: dict[str, CardContent]) -> None:
    (w, h), _ = _page_sizes_mm(_pdf([specimens["fa"]], bleed=True))
    assert (w, h) == pytest.approx((85.60 + 4, 53.98 + 4), abs=0.1)


@pytest.mark.parametrize("lang", ["fa", "zh", "tr"])
def test_qr_decodes_to_the_signed_payload(specimens: dict[str, CardContent], lang: str) -> None:
    back = list(_pages(_pdf([specimens[lang]])))[1]
    codes = _qr_codes(back)
    assert len(codes) == 1
    assert codes[0].text == specimens[lang].qr_payload
    assert decode_card_payload(codes[0].text, SPECIMEN_KEY) == SPECIMEN_PAYLOADS[lang]
    # About 19 mm wide, with a white quiet zone of four modules around it.
    p = codes[0].position
    width_mm = (p.top_right.x - p.top_left.x) / PX_PER_MM
    assert 17.5 <= width_mm <= 20.5
    x0, y0 = min(p.top_left.x, p.bottom_left.x), min(p.top_left.y, p.top_right.y)
    x1, y1 = max(p.top_right.x, p.bottom_right.x), max(p.bottom_left.y, p.bottom_right.y)
    module = (x1 - x0) / 33
    quiet = int(module * 4) - 1
    ring = [
        (x0 - quiet, y0 - quiet, x1 + quiet, y0 - 2),
        (x0 - quiet, y1 + 2, x1 + quiet, y1 + quiet),
        (x0 - quiet, y0, x0 - 2, y1),
        (x1 + 2, y0, x1 + quiet, y1),
    ]
    assert all(_dark_pixels(back, box) == 0 for box in ring)


def test_a4_sheet_has_ten_cards_and_mirrored_backs(specimens: dict[str, CardContent]) -> None:
    cards = [_card(specimens, "tr", n) for n in range(10)]
    pdf = _pdf(cards, "a4")
    sizes = _page_sizes_mm(pdf)
    assert sizes == [pytest.approx((210.0, 297.0), abs=0.2)] * 2
    front, back = _pages(pdf, dpi=200)
    assert _qr_codes(front) == []
    codes = _qr_codes(back)
    assert len(codes) == 10
    px_per_mm = 200 / 25.4
    page_w_mm = 210.0
    left_mm = (page_w_mm - 2 * CARD_WIDTH_MM) / 2
    top_mm = (297.0 - 5 * CARD_HEIGHT_MM) / 2
    by_payload = {c.qr_payload: i for i, c in enumerate(cards)}
    for code in codes:
        index = by_payload[code.text]
        row, col = divmod(index, 2)
        x, y = (v / px_per_mm for v in _centre(code))
        back_col = int((x - left_mm) // CARD_WIDTH_MM)
        back_row = int((y - top_mm) // CARD_HEIGHT_MM)
        # Long-edge flip: same row, mirrored column.
        assert (back_row, back_col) == (row, 1 - col)
        # The QR of a left-to-right card is on the card's right; seen from the back sheet it
        # sits on the right of its slot, which is the mirrored slot.
        slot_left = left_mm + back_col * CARD_WIDTH_MM
        assert x - slot_left > CARD_WIDTH_MM / 2


def test_a4_crop_marks_sit_outside_the_cards(specimens: dict[str, CardContent]) -> None:
    front = next(_pages(_pdf([specimens["tr"]], "a4"), dpi=150))
    px_per_mm = 150 / 25.4
    left_mm = (210.0 - 2 * CARD_WIDTH_MM) / 2
    top_mm = (297.0 - 5 * CARD_HEIGHT_MM) / 2
    # A crop mark above the first vertical cut line, in the top margin.
    x = round(left_mm * px_per_mm)
    margin = (x - 2, round((top_mm - 4) * px_per_mm), x + 3, round((top_mm - 2) * px_per_mm))
    assert _dark_pixels(front, margin) > 0
    # One card drawn in a ten-card sheet leaves the other slots blank.
    second_slot = (
        round((left_mm + CARD_WIDTH_MM + 2) * px_per_mm),
        round((top_mm + 2) * px_per_mm),
        round((left_mm + 2 * CARD_WIDTH_MM - 2) * px_per_mm),
        round((top_mm + CARD_HEIGHT_MM - 2) * px_per_mm),
    )
    assert _dark_pixels(front, second_slot) == 0


def test_a4_page_count_and_partial_sheet(specimens: dict[str, CardContent]) -> None:
    cards = [_card(specimens, "zh", n) for n in range(11)]
    buf = io.BytesIO()
    assert render_cards(cards, buf, "a4") == 4
    pages = list(_pages(buf.getvalue(), dpi=150))
    assert [len(_qr_codes(p)) for p in pages] == [0, 10, 0, 1]


# -- scripts and fonts ------------------------------------------------------------------------


def test_fonts_are_embedded_per_script(specimens: dict[str, CardContent]) -> None:
    assert {"Vazirmatn-Regular", "Vazirmatn-Bold"} <= _embedded_fonts(_pdf([specimens["fa"]]))
    assert "DealerClubKaiGB-Regular" in _embedded_fonts(_pdf([specimens["zh"]]))
    turkish = _embedded_fonts(_pdf([specimens["tr"]]))
    assert "Vazirmatn-Bold" in turkish
    assert "DealerClubKaiGB-Regular" not in turkish


def test_font_choice_by_script() -> None:
    assert {r.font_name for r in shape_line("محمدرضا حسین‌زاده", bold=True).runs} == {PERSIAN_BOLD}
    assert {r.font_name for r in shape_line("王晓明").runs} == {CHINESE}
    assert {r.font_name for r in shape_line("Işıl Öztürk").runs} == {PERSIAN}
    mixed = shape_line("一汽马自达 Mazda 6")
    assert [r.font_name for r in mixed.runs] == [CHINESE, PERSIAN]


def test_bold_chinese_is_stroked_and_missing_characters_are_reported() -> None:
    # One Chinese weight is shipped: bold is the outline filled and stroked.
    assert [r.fake_bold for r in shape_line("王晓明", bold=True).runs] == [True]
    assert [r.fake_bold for r in shape_line("王晓明").runs] == [False]
    assert [r.fake_bold for r in shape_line("Işıl", bold=True).runs] == [False]
    assert missing_characters("محمدرضا حسین‌زاده Işıl 王晓明 京A12345") == ""
    # U+9FA5 is in Unicode's CJK block but outside GB 2312; U+0E01 is Thai.
    assert missing_characters("王\u9fa5\u0e01\u9fa5") == "\u9fa5\u0e01"


@pytest.mark.parametrize("text", ["محمدرضا حسین‌زاده", "王晓明", "Işıl Öztürk İĞŞ"])
def test_every_glyph_exists_in_its_font(text: str) -> None:
    line = shape_line(text, bold=True)
    assert line.advance > 0
    assert all(gid != 0 for run in line.runs for gid in run.glyph_ids)  # 0 is .notdef


def test_persian_name_is_joined_by_the_shaper() -> None:
    # Joined Arabic letters are contextual forms, which have no code point of their own: the
    # shaped glyphs must differ from the glyphs of the isolated letters.
    name = "حسین"
    joined = shape_line(name, rtl=True, language="fa").runs[0].glyph_ids
    isolated = [shape_line(ch, rtl=True, language="fa").runs[0].glyph_ids[0] for ch in name]
    assert len(joined) == 4
    assert list(joined) != isolated[::-1]
    assert set(joined).isdisjoint(isolated[1:3])  # medial س and ی are never isolated forms


@pytest.mark.parametrize("lang", ["fa", "zh", "tr"])
def test_member_name_is_drawn(specimens: dict[str, CardContent], lang: str) -> None:
    card = specimens[lang]
    with_name = next(_pages(_pdf([card])))
    without = next(_pages(_pdf([dataclasses.replace(card, member_name="")])))
    diff = ImageChops.difference(with_name, without).convert("L").point(lambda v: 255 if v > 64 else 0)
    box = diff.getbbox()
    assert box is not None
    # The name sits in the middle of the card, below the band, on the start side.
    x0, y0, x1, y1 = (v / PX_PER_MM for v in box)
    assert 20 < y0 < y1 < 40
    assert x1 - x0 > 8
    if card.direction == "rtl":
        assert x1 == pytest.approx(CARD_WIDTH_MM - 3.0, abs=0.6)
    else:
        assert x0 == pytest.approx(3.0, abs=0.6)
    assert _dark_pixels(with_name, box) > 500


def test_bidi_levels_and_order() -> None:
    text = "تاریخ عضویت: 1403/05/12"
    levels = embedding_levels(text, rtl=True)
    assert levels[text.index("1")] == 2 and levels[-1] == 2  # the date is one LTR run
    assert levels[0] == 1 and levels[text.index(":")] == 1
    assert paragraph_is_rtl(text) and not paragraph_is_rtl("12 Ali علی")
    chars = list("abc ابج")
    assert "".join(visual_order(chars, embedding_levels("abc ابج", rtl=False))) == "abc جبا"
    # ZWNJ (a boundary neutral) stays in the word it splits.
    word = "می‌شود"
    assert len({*embedding_levels(word, rtl=True)}) == 1
    assert len(shape_line(word, rtl=True).runs) == 1


def test_mixed_line_runs_in_visual_order() -> None:
    line = shape_line("پلاک 12 ب 345 ایران 67", rtl=True, language="fa")
    # Visual order, left to right: 67, ایران, 345, ب, 12, پلاک.
    assert [r.rtl for r in line.runs] == [False, True, False, True, False, True]
    assert [len(r.glyph_ids) for r in line.runs[::2]] == [2, 3, 2]


PERSIAN_LINES = [
    "تاریخ عضویت: ۱۴۰۳/۰۵/۱۲",
    "پلاک 12 ب 345 ایران 67",
    "علی رضایی (Ali Rezaei) 2024",
    "تلفن ۲۴ ساعته 021-44563513",
    "محمدرضا حسین‌زاده",
    "درخواست‌ها فقط از طریق نمایندگی ثبت می‌شود (تا ۲ روز کاری).",
]


@pytest.mark.parametrize("text", PERSIAN_LINES)
def test_layout_matches_qt_text_engine(qapp: object, text: str) -> None:
    """Qt's text engine (HarfBuzz + full UAX #9) is the reference for glyphs and positions."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFont, QFontDatabase, QTextLayout, QTextOption

    font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", "Vazirmatn-Regular.ttf")))
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    px = 1000
    font = QFont(family)
    font.setPixelSize(px)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine().setLineWidth(1e6)
    layout.endLayout()
    qt = [
        (pos.x(), gid)
        for run in layout.glyphRuns()
        for gid, pos in zip(run.glyphIndexes(), run.positions(), strict=True)
    ]
    assert {run.rawFont().familyName() for run in layout.glyphRuns()} == {family}

    ours: list[tuple[float, int]] = []
    x = 0.0
    for run in shape_line(text, rtl=True, language="fa").runs:
        assert run.font_name == PERSIAN
        for gid, sd in zip(run.glyph_ids, run.text.__shapeData__, strict=True):
            ours.append((x + sd.x_offset * px / 1000, gid))
            x += sd.x_advance * px / 1000

    def normalised(glyphs: list[tuple[float, int]]) -> list[tuple[float, int]]:
        left = min(g[0] for g in glyphs)
        return sorted((round(gx - left), gid) for gx, gid in glyphs)

    a, b = normalised(qt), normalised(ours)
    assert len(a) == len(b)
    for (qx, qgid), (ox, ogid) in zip(a, b, strict=True):
        assert qgid == ogid
        assert abs(qx - ox) <= 2  # 2 px at 1000 px per em: rounding only


def test_terms_wrap_to_the_card_width() -> None:
    long = "این کارت فقط برای خودروی درج‌شده معتبر است و قابل انتقال نیست و " * 3
    lines = wrap_text(long, 200.0, 6.0, rtl=True, language="fa")
    assert len(lines) > 1
    assert all(line.width(6.0) <= 200.0 for line in lines)
    han = wrap_text("本卡一车一卡，仅限登记车辆使用，不得转让。" * 4, 120.0, 6.0, language="zh")
    assert len(han) > 1 and all(line.width(6.0) <= 120.0 for line in han)


def test_long_name_is_shrunk_not_cut(specimens: dict[str, CardContent]) -> None:
    card = dataclasses.replace(specimens["tr"], member_name="Ayşegül Gülşen Karaağaçlıoğlu-Büyükşahin " * 2)
    front = next(_pages(_pdf([card])))
    # Nothing but the white background in the side margins at the name's height.
    y0, y1 = round(22 * PX_PER_MM), round(34 * PX_PER_MM)
    assert _dark_pixels(front, (0, y0, round(2.5 * PX_PER_MM), y1)) == 0
    right = round((CARD_WIDTH_MM - 2.5) * PX_PER_MM)
    assert _dark_pixels(front, (right, y0, front.width, y1)) == 0


# -- calibration, logo, cancel ---------------------------------------------------------------


def test_offset_shifts_everything(specimens: dict[str, CardContent]) -> None:
    card = specimens["tr"]
    plain = list(_pages(_pdf([card], "a4")))[1]
    shifted = list(_pages(_pdf([card], "a4", offset_mm=(2.0, 1.0))))[1]
    (x0, y0), (x1, y1) = _centre(_qr_codes(plain)[0]), _centre(_qr_codes(shifted)[0])
    assert (x1 - x0) / PX_PER_MM == pytest.approx(2.0, abs=0.15)
    assert (y0 - y1) / PX_PER_MM == pytest.approx(1.0, abs=0.15)  # +y is up, image y is down


def test_logo_image_replaces_the_emblem(specimens: dict[str, CardContent], tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (64, 64), (220, 20, 60)).save(logo)
    card = dataclasses.replace(specimens["tr"], logo_path=logo)
    front = next(_pages(_pdf([card]), dpi=150))
    px_per_mm = 150 / 25.4
    # The emblem spot on a left-to-right card is at the top left.
    centre = (round((3 + 5.75) * px_per_mm), round((17 / 2) * px_per_mm))
    pixel = front.getpixel(centre)
    assert isinstance(pixel, tuple)
    assert pixel == pytest.approx((220, 20, 60), abs=8)


def test_shipped_emblem_png_loads() -> None:
    with Image.open(resource_path("images", "emblem.png")) as image:
        assert image.mode == "RGBA"
        assert image.size == (512, 512)
        corner, centre = image.getpixel((0, 0)), image.getpixel((256, 256))
        assert isinstance(corner, tuple) and isinstance(centre, tuple)
        assert corner[3] == 0  # transparent
        assert centre[3] == 255


def test_cancel_stops_and_writes_nothing(specimens: dict[str, CardContent], tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 3

    out = tmp_path / "cards.pdf"
    cards = [_card(specimens, "fa", n) for n in range(8)]
    with pytest.raises(RenderCancelled):
        render_cards(cards, out, progress=progress)
    assert seen == [(1, 8), (2, 8), (3, 8)]
    assert not out.exists()

    seen.clear()

    def keep_going(done: int, total: int) -> bool:
        seen.append((done, total))
        return True

    assert render_cards(cards, out, progress=keep_going) == 16
    assert seen[-1] == (8, 8)
    assert out.read_bytes().startswith(b"%PDF")


def test_empty_batch_and_unknown_layout_are_errors(specimens: dict[str, CardContent]) -> None:
    with pytest.raises(ValueError):
        render_cards([], io.BytesIO())
    with pytest.raises(ValueError, match="layout"):
        render_cards([specimens["fa"]], io.BytesIO(), "letter")  # type: ignore[arg-type]


def test_card_without_plate_parts_draws_plate_text(specimens: dict[str, CardContent]) -> None:
    card = dataclasses.replace(specimens["fa"], iran_plate=None, plate_text="12 ب 345 - 67")
    codes = _qr_codes(list(_pages(_pdf([card])))[1])
    assert [c.text for c in codes] == [card.qr_payload]


def test_reference_images(tmp_path: Path) -> None:
    written = write_reference_images(tmp_path, dpi=150)
    assert sorted(p.name for p in written) == sorted(
        f"card-{lang}-{side}.png" for lang in ("fa", "zh", "tr") for side in ("front", "back")
    )
    for path in written:
        with Image.open(path) as image:
            assert image.size == (round(CARD_WIDTH_MM / 25.4 * 150), round(CARD_HEIGHT_MM / 25.4 * 150))
    back = Image.open(tmp_path / "card-fa-back.png").convert("RGB")
    assert decode_card_payload(_qr_codes(back)[0].text, SPECIMEN_KEY) == SPECIMEN_PAYLOADS["fa"]


def test_payloads_of_a_batch_all_scan(specimens: dict[str, CardContent]) -> None:
    # The mask pattern is fixed rather than searched (speed): every code must still scan.
    cards = []
    for n in range(10):
        payload = CardPayload(f"TH{n:02d}-{n * 7919 % 1000000:06d}", f"IR{n:02d}B{n * 37 % 1000:03d}{10 + n}",
                              SPECIMEN_PAYLOADS["fa"].joined_on, "02144563513")
        cards.append(dataclasses.replace(specimens["fa"], qr_payload=encode_card_payload(payload, SPECIMEN_KEY)))
    back = list(_pages(_pdf(cards, "a4"), dpi=200))[1]
    assert sorted(c.text for c in _qr_codes(back)) == sorted(c.qr_payload for c in cards)
