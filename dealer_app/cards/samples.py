"""Specimen cards in the three club languages.

They serve the printer-calibration and "print a test card" actions (no member data needed), the
reference images in ``docs/cards/`` and the tests. The QR codes are signed with
:data:`SPECIMEN_KEY`, which no real club uses, so a specimen never passes a club's scanner.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dealer_app.cards.qr_payload import CardPayload, encode_card_payload
from dealer_app.cards.render import CardContent, render_cards

SPECIMEN_KEY = b"dealer-club specimen card key, never a club's"

SPECIMEN_PAYLOADS: dict[str, CardPayload] = {
    "fa": CardPayload("KRM01-000123", "IR12B34567", date(2024, 8, 2), "02144563513"),
    "zh": CardPayload("BJ03-004567", "CN-JA12345", date(2024, 8, 2), "4008201234"),
    "tr": CardPayload("IST02-000089", "TR34ABC123", date(2024, 8, 2), "4440123"),
}


def specimen_cards() -> dict[str, CardContent]:
    """One card per language, keyed "fa", "zh", "tr"."""
    return {
        "fa": CardContent(
            club_name="باشگاه مشتریان کرمان موتور",
            service_name="خدمات پس از فروش و امداد ۲۴ ساعته",
            slogan="همراه شما در هر مسیر",
            branch_name="نمایندگی ۱۲۳۴ تهران، خیابان آزادی",
            member_name="محمدرضا حسین‌زاده",
            tier_name="طلایی",
            tier_colour="#C9A227",
            card_number="KRM01-000123",
            plate_text="۱۲ ب ۳۴۵ ایران ۶۷",
            iran_plate=("12", "ب", "345", "67"),
            join_date_text="۱۴۰۳/۰۵/۱۲",
            valid_until_text="۱۴۰۴/۰۵/۱۱",
            hotline_24h="۰۲۱-۴۴۵۶۳۵۱۳",
            service_phone="۰۲۱-۴۴۵۶۳۵۱۴",
            qr_payload=encode_card_payload(SPECIMEN_PAYLOADS["fa"], SPECIMEN_KEY),
            labels={
                "plate": "پلاک",
                "joined": "تاریخ عضویت",
                "valid_until": "اعتبار تا",
                "hotline": "تلفن ۲۴ ساعته",
                "service_phone": "تلفن خدمات",
                "card_number": "شماره کارت",
            },
            terms_lines=(
                "این کارت فقط برای خودروی درج‌شده معتبر است و قابل انتقال نیست.",
                "درخواست‌ها فقط از طریق نمایندگی ثبت می‌شود (تا ۲ روز کاری).",
            ),
            language="fa",
            direction="rtl",
        ),
        "zh": CardContent(
            club_name="一汽马自达车主俱乐部",
            service_name="马自达关爱服务",
            slogan="让驾驶更安心",
            branch_name="北京朝阳一汽马自达4S店",
            member_name="王晓明",
            tier_name="金卡会员",
            tier_colour="#C9A227",
            card_number="BJ03-004567",
            plate_text="京A12345",
            join_date_text="2024年8月2日",
            valid_until_text="2025年8月1日",
            hotline_24h="400-820-1234",
            service_phone="010-6543-2100",
            qr_payload=encode_card_payload(SPECIMEN_PAYLOADS["zh"], SPECIMEN_KEY),
            labels={
                "plate": "车牌号",
                "joined": "入会日期",
                "valid_until": "有效期至",
                "hotline": "24小时热线",
                "service_phone": "服务电话",
                "card_number": "卡号",
            },
            terms_lines=(
                "本卡一车一卡，仅限登记车辆使用，不得转让。",
                "会员有效期一年，到期前续费可继续享受会员服务。",
            ),
            language="zh",
            direction="ltr",
            accent_colour="#7A1F2B",
        ),
        "tr": CardContent(
            club_name="Kim Otomotiv Müşteri Kulübü",
            service_name="Satış Sonrası Hizmetler",
            slogan="Her yolculukta yanınızdayız",
            branch_name="İstanbul Kadıköy Bayisi",
            member_name="Işıl Öztürk",
            tier_name="Altın Üye",
            tier_colour="#C9A227",
            card_number="IST02-000089",
            plate_text="34 ABC 123",
            join_date_text="02.08.2024",
            valid_until_text="01.08.2025",
            hotline_24h="444 0 123",
            service_phone="0216 555 01 23",
            qr_payload=encode_card_payload(SPECIMEN_PAYLOADS["tr"], SPECIMEN_KEY),
            labels={
                "plate": "Plaka",
                "joined": "Üyelik tarihi",
                "valid_until": "Geçerlilik",
                "hotline": "7/24 Destek Hattı",
                "service_phone": "Servis",
                "card_number": "Kart no",
            },
            terms_lines=(
                "Bu kart yalnızca kayıtlı araç için geçerlidir ve devredilemez.",
                "Talepler bayi üzerinden iletilir; şikâyetler 2 iş günü içinde yanıtlanır.",
            ),
            language="tr",
            direction="ltr",
            accent_colour="#0F4C5C",
        ),
    }


def write_reference_images(directory: Path, dpi: int = 300) -> list[Path]:
    """Render each specimen and save ``card-<lang>-front.png`` / ``-back.png`` in ``directory``."""
    import io

    import pypdfium2  # the renderer itself never rasterises

    directory.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for lang, card in specimen_cards().items():
        buf = io.BytesIO()
        render_cards([card], buf, "cr80")
        pdf = pypdfium2.PdfDocument(buf.getvalue())
        try:
            for index, side in enumerate(("front", "back")):
                image = pdf[index].render(scale=dpi / 72).to_pil()
                path = directory / f"card-{lang}-{side}.png"
                image.save(path, optimize=True)
                written.append(path)
        finally:
            pdf.close()
    return written
