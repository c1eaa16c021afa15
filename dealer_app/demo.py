"""Deterministic, realistic demo data in the profile's country.

The same seed gives the same branch. Rows go in with bulk INSERTs in batches (each batch one
transaction), fast enough for a million members; every member, vehicle and card also gets
its outbox entry, exactly as if it had been captured at the counter, so head office receives
the demo branch like any other.
"""

from __future__ import annotations

import random
import string
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import insert
from stdnum.cn import ric as cn_ric
from stdnum.tr import tckimlik

from dealer_app import membership as membership_rules
from dealer_app.club_profile import ClubProfile
from dealer_app.db.database import Database
from dealer_app.db.models import Card, Member, Membership, NameToken, OutboxEntry, Vehicle
from dealer_app.plates import normalize_plate
from dealer_app.services.members import name_tokens
from dealer_app.services.numbers import reserve_numbers
from dealer_app.services.outbox import SCHEMA_VERSION
from dealer_app.services.settings import load as load_settings
from dealer_app.text import search_key

BATCH = 5_000

_FA_FIRST = (
    "علی", "محمد", "حسین", "رضا", "مهدی", "امیر", "سعید", "حمید", "مریم", "فاطمه", "زهرا", "سارا", "نرگس",
    "الهام", "مینا", "نازنین", "پریسا", "کاوه", "بهرام", "داریوش", "آرش", "نیما", "یاسمن", "شیرین", "لیلا",
    "محسن", "مجید", "حسن", "جواد", "احمد", "مصطفی", "فرشته", "سمیرا", "ژاله", "پرویز", "کامران", "هومن",
    "ترانه", "بیتا",
)
_FA_LAST = (
    "محمدی", "حسینی", "رضایی", "احمدی", "کریمی", "موسوی", "جعفری", "صادقی", "رحیمی", "قاسمی", "کاظمی",
    "هاشمی", "نوری", "عباسی", "مرادی", "اکبری", "ابراهیمی", "شریفی", "طاهری", "یزدانی", "کرمانی", "تهرانی",
    "شیرازی", "اصفهانی", "نجفی", "زمانی", "سلیمانی", "فرهادی", "بهرامی", "میرزایی", "نیک\u200cنام", "خسروی",
    "افشار", "پاکزاد",
)
_FA_LETTERS = ["ب", "ج", "د", "س", "ص", "ط", "ق", "ل", "م", "ن", "و", "ه", "ی"]
_ZH_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹"
_ZH_GIVEN = (
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳",
    "杰", "娟", "涛", "明", "超", "秀英", "华", "平", "刚", "桂英", "小明",
    "建华", "志强", "海燕", "晓东", "国庆", "丽华", "文", "斌", "宇", "欣", "婷",
)
_ZH_PROVINCES = "京沪津渝冀豫云辽黑湘皖鲁苏浙赣鄂桂甘晋陕吉闽粤川"
_TR_FIRST = (
    "Ahmet", "Mehmet", "Ayşe", "Fatma", "Işıl", "İbrahim", "Çağla", "Gökhan", "Şule", "Özge", "Emre", "Burak",
    "Elif", "Zeynep", "Mustafa", "Hüseyin", "Hatice", "Gülşen", "Ömer", "Ümit", "Tuğba", "Serkan",
)
_TR_LAST = (
    "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan",
    "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek",
)
_TR_LETTERS = "ABCDEFGHIJKLMNOPRSTUVYZ"
_IR_MOBILE = ("912", "935", "901", "919", "936", "921", "990", "910", "933", "938")
_PLATE_SPACE = {
    "IR": 90 * 900 * len(_FA_LETTERS) * 90,
    "CN": 100_000 * 26 * len(_ZH_PROVINCES),
    "TR": 900 * len(_TR_LETTERS) ** 3 * 81,
}
# coprime with every plate space above, so _scatter is a bijection
_PLATE_STRIDE = 7_919_071
_MODELS = {
    "IR": ("KMC J7", "KMC T8", "KMC K7", "KMC X5", "KMC T9"),
    "CN": ("Mazda6", "Mazda3", "Mazda CX-4", "Mazda CX-5", "Mazda8"),
    "TR": ("Egea", "Clio", "Corolla", "Civic", "Megane"),
}
# Odd multipliers coprime with the ID space turn the member index into a unique,
# scattered-looking number without a lookup table.
_ID_STRIDE = 7_919_071


@dataclass(frozen=True)
class DemoResult:
    members: int
    vehicles: int
    requests: int


def _ir_national_id(n: int) -> str:
    body = f"{(n * _ID_STRIDE + 123_457) % 1_000_000_000:09d}"
    total = sum(int(d) * (10 - i) for i, d in enumerate(body))
    r = total % 11
    return body + str(r if r < 2 else 11 - r)


def _cn_national_id(n: int, rng: random.Random) -> str:
    region = rng.choice(("110101", "310104", "440305", "510107", "330106"))
    born = date(1960, 1, 1) + timedelta(days=rng.randrange(0, 16_000))
    seq = f"{(n * 7 + 1) % 1000:03d}"
    body = region + born.strftime("%Y%m%d") + seq
    return body + cn_ric.calc_check_digit(body)


def _tr_national_id(n: int) -> str:
    body = f"{1 + (n * _ID_STRIDE + 1) % 899_999_999 + 100_000_000:09d}"[:9]
    return body + tckimlik.calc_check_digits(body)


def _person(country: str, n: int, rng: random.Random) -> tuple[str, str, str]:
    """(full name, national ID, E.164 phone)"""
    if country == "IR":
        name = f"{rng.choice(_FA_FIRST)} {rng.choice(_FA_LAST)}"
        return name, _ir_national_id(n), f"+98{rng.choice(_IR_MOBILE)}{rng.randrange(10**7):07d}"
    if country == "CN":
        name = rng.choice(_ZH_SURNAMES) + rng.choice(_ZH_GIVEN)
        return name, _cn_national_id(n, rng), f"+861{rng.choice('3589')}{rng.randrange(10**9):09d}"
    name = f"{rng.choice(_TR_FIRST)} {rng.choice(_TR_LAST)}"
    return name, _tr_national_id(n), f"+905{rng.choice('345')}{rng.randrange(10**8):08d}"


def _scatter(n: int, space: int) -> int:
    """A bijection on range(space), so consecutive vehicles get unrelated-looking plates."""
    return (n * _PLATE_STRIDE + 12_345) % space


def _plate_text(country: str, n: int) -> str:
    """A unique plate for vehicle number n, spelled the way a clerk would type it."""
    n = _scatter(n, _PLATE_SPACE[country])
    if country == "IR":
        region, n = 10 + n % 90, n // 90
        three, n = 100 + n % 900, n // 900
        letter, n = _FA_LETTERS[n % len(_FA_LETTERS)], n // len(_FA_LETTERS)
        two = 10 + n % 90
        return f"{two} {letter} {three} ایران {region}"
    if country == "CN":
        tail, n = n % 100_000, n // 100_000
        letter, n = string.ascii_uppercase[n % 26], n // 26
        return f"{_ZH_PROVINCES[n % len(_ZH_PROVINCES)]}{letter}{tail:05d}"
    # Real Turkish formats: three letters take two or three digits; Q, W and X are not used.
    digits, n = 100 + n % 900, n // 900
    letters, n = "".join(_TR_LETTERS[(n // len(_TR_LETTERS) ** i) % len(_TR_LETTERS)] for i in range(3)), n // 23**3
    return f"{1 + n % 81:02d} {letters} {digits}"


def _vehicle_count(rng: random.Random) -> int:
    roll = rng.random()
    if roll < 0.65:
        return 1
    if roll < 0.87:
        return 2
    if roll < 0.96:
        return 3
    return rng.randint(4, 8)


def _batches(total: int) -> Iterator[range]:
    for start in range(0, total, BATCH):
        yield range(start, min(total, start + BATCH))


def generate(
    db: Database,
    profile: ClubProfile,
    members: int,
    seed: int = 1,
    as_of: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoResult:
    rng = random.Random(seed)
    uuids = random.Random(seed + 1)
    as_of = as_of or date.today()
    country = profile.country
    models = _MODELS.get(country, _MODELS["TR"])
    join_methods = list(profile.membership.join_methods)
    earliest = profile.eligibility.eligible_from
    span_days = max(1, (as_of - earliest).days)
    with db.read() as s:
        branch = load_settings(s)
        existing = s.query(Member).count()
        vehicle_base = s.query(Vehicle).count()
    vehicle_no = vehicle_base
    made_vehicles = 0

    def new_uuid() -> str:
        return str(uuid.UUID(int=uuids.getrandbits(128), version=4))

    for batch in _batches(members):
        member_rows: list[dict[str, Any]] = []
        membership_rows: list[dict[str, Any]] = []
        vehicle_rows: list[dict[str, Any]] = []
        card_rows: list[dict[str, Any]] = []
        token_rows: list[dict[str, Any]] = []
        outbox_rows: list[dict[str, Any]] = []

        def out(kind: str, payload: dict[str, Any], at: datetime, rows: list[dict[str, Any]] = outbox_rows) -> None:
            rows.append(
                {"id": new_uuid(), "type": kind, "schema_version": SCHEMA_VERSION, "payload": payload, "created_at": at}
            )

        with db.write() as s:
            numbers = reserve_numbers(s, "member", branch.branch_code, len(batch))
            counts = [_vehicle_count(rng) for _ in batch]
            card_numbers = iter(reserve_numbers(s, "card", branch.branch_code, sum(counts)))
            for i, n, count in zip(batch, numbers, counts, strict=True):
                full_name, national_id, phone = _person(country, existing + i, rng)
                member_id = new_uuid()
                joined_on = earliest + timedelta(days=rng.randrange(span_days))
                join_method = rng.choice(join_methods)
                complete = rng.random() < 0.7
                valid_until = membership_rules.valid_until(profile, joined_on)
                if valid_until is not None and valid_until < as_of and rng.random() < 0.8:
                    # most paying members renew; keep some lapsed for realism
                    while valid_until < as_of:
                        valid_until = membership_rules.valid_until(profile, valid_until) or valid_until
                created = datetime(joined_on.year, joined_on.month, joined_on.day, 10, 0)
                name_key = search_key(full_name)
                member_rows.append(
                    {
                        "id": member_id,
                        "member_number": n,
                        "full_name": full_name,
                        "name_key": name_key,
                        "country": country,
                        "national_id": national_id,
                        "phone": phone,
                        "profile_complete": complete,
                        "created_at": created,
                        "updated_at": created,
                    }
                )
                membership_rows.append(
                    {
                        "member_id": member_id,
                        "joined_on": joined_on,
                        "valid_until": valid_until,
                        "status": "active",
                        "join_method": join_method,
                    }
                )
                token_rows.extend({"token": t, "member_id": member_id} for t in name_tokens(name_key))
                out(
                    "member.enrolled",
                    {
                        "member_id": member_id,
                        "member_number": n,
                        "national_id": national_id,
                        "country": country,
                        "full_name": full_name,
                        "phone": phone,
                        "email": None,
                        "joined_on": joined_on.isoformat(),
                        "profile_complete": complete,
                        "join_method": join_method,
                        "valid_until": valid_until.isoformat() if valid_until else None,
                    },
                    created,
                )
                bought = joined_on - timedelta(days=rng.randrange(0, 400))
                for _ in range(count):
                    plate_key = normalize_plate(country, _plate_text(country, vehicle_no))
                    vehicle_no += 1
                    vehicle_id = new_uuid()
                    source = "direct" if rng.random() < 0.85 else "used"
                    model = rng.choice(models)
                    bought = min(as_of, bought + timedelta(days=rng.randrange(0, 900)))
                    vehicle_rows.append(
                        {
                            "id": vehicle_id,
                            "member_id": member_id,
                            "plate_key": plate_key,
                            "vin": None,
                            "model": model,
                            "purchased_on": bought,
                            "source": source,
                            "created_at": created,
                        }
                    )
                    out(
                        "vehicle.added",
                        {
                            "vehicle_id": vehicle_id,
                            "member_id": member_id,
                            "plate_key": plate_key,
                            "vin": None,
                            "model": model,
                            "purchased_on": bought.isoformat(),
                            "source": source,
                        },
                        created,
                    )
                    card_number = next(card_numbers)
                    card_rows.append(
                        {
                            "card_number": card_number,
                            "vehicle_id": vehicle_id,
                            "version": 1,
                            "status": "active",
                            "issued_at": created,
                            "issued_by": "demo",
                        }
                    )
                    out(
                        "card.issued",
                        {"card_number": card_number, "vehicle_id": vehicle_id, "member_id": member_id, "version": 1},
                        created,
                    )
            made_vehicles += len(vehicle_rows)
            # Core inserts on the tables: the ORM's bulk path costs about half the time here.
            conn = s.connection()
            conn.execute(insert(Member), member_rows)
            conn.execute(insert(Membership), membership_rows)
            conn.execute(insert(Vehicle), vehicle_rows)
            conn.execute(insert(Card), card_rows)
            conn.execute(insert(NameToken).prefix_with("OR IGNORE"), token_rows)
            conn.execute(insert(OutboxEntry), outbox_rows)
        if progress:
            progress(batch.stop, members)
    return DemoResult(members=members, vehicles=made_vehicles, requests=0)
