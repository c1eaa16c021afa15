"""Deterministic demo requests, captured through the same service path as the counter.

Each one goes through `services.requests.capture`, so it is checked against the member's
standing, gets its deadline and life-cycle steps, and waits in the outbox like any capture.
Most picks are of a type the member's tier allows; some deliberately are not, and those are
recorded as enquiries, as a clerk would do with a customer asking for something too early or
above their tier. Capture times are spread over the last weeks so lists show a realistic mix
of fresh and overdue requests.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select

from dealer_app import rules
from dealer_app.clock import utcnow
from dealer_app.club_profile import ClubProfile, RequestField, RequestType
from dealer_app.db.database import Database
from dealer_app.db.models import Member, Membership, Vehicle
from dealer_app.roles import Actor, Role
from dealer_app.services import requests
from dealer_app.validation import ValidationError

DEMO_ACTOR = Actor("demo", frozenset({Role.FRONT_DESK}), "Demo data")
# Share of picks made among the types the member's tier allows; the rest may be refused.
ELIGIBLE_SHARE = 0.8
SPREAD_DAYS = 21

_TEXTS: dict[str, tuple[str, ...]] = {
    "order_number": ("KM-140301-2231", "KM-140302-0917", "KM-140305-4410", "KM-140307-1288"),
    "sales_plan": ("فروش فوق‌العاده ۱۴۰۴", "پیش‌فروش یک‌ساله", "طرح جوانی جمعیت"),
    "model": ("KMC J7", "KMC T8", "KMC K7", "KMC X5"),
    "subject": ("تاخیر در تحویل", "رفتار کارکنان نمایندگی", "کیفیت خدمات پس از فروش"),
    "details": (
        "خودرو دو هفته پس از موعد هنوز تحویل نشده است.",
        "در مراجعه قبلی پاسخ روشنی دریافت نکردم.",
        "قطعهٔ سفارش‌داده‌شده هنوز نرسیده است.",
    ),
    "reason": ("تغییر محل سکونت", "عدم استفاده از مزایا"),
    "field_name": ("phone", "address", "email"),
    "correct_value": ("09121234567", "کرمان، خیابان شریعتی، پلاک ۱۲", "member@example.com"),
    "question": ("زمان تحویل سفارش من کی است؟", "امتیاز من چگونه محاسبه شده است؟"),
}
_PRICES = (Decimal("1850000000"), Decimal("2400000000"), Decimal("3150000000"))


def _value(rf: RequestField, rng: random.Random, today: date) -> str:
    if rf.kind == "choice":
        return rng.choice(rf.choices).code
    if rf.kind == "money":
        return str(rng.choice(_PRICES))
    if rf.kind == "date":
        return (today + timedelta(days=rng.randrange(-10, 25))).isoformat()
    return rng.choice(_TEXTS.get(rf.name, ("—",)))


def _fields(rt: RequestType, rng: random.Random, today: date) -> dict[str, str]:
    fields = {rf.name: _value(rf, rng, today) for rf in rt.fields if rf.required or rng.random() < 0.6}
    if rt.code == "delivery_priority":
        # Mostly the cases the document allows: invited and paid, or due within the month.
        if fields.get("case") == "a":
            fields["paid_in_full"] = "yes" if rng.random() < 0.9 else "no"
        else:
            fields["case"] = "b"
            fields["due_delivery_date"] = (today + timedelta(days=rng.randrange(5, 45))).isoformat()
    if rt.code == "registration_priority":
        fields["window_starts"] = (today - timedelta(days=rng.randrange(0, 10))).isoformat()
        fields["window_ends"] = (today + timedelta(days=rng.randrange(1, 20))).isoformat()
    return fields


def _tiers(db: Database, profile: ClubProfile, member_ids: list[str], as_of: date) -> dict[str, str | None]:
    """Every member's tier today, from two bulk reads (the same engine capture uses)."""
    with db.read() as s:
        heads = {
            r.id: r for r in s.execute(
                select(Member.id, Member.profile_complete, Membership.joined_on)
                .join(Membership, Membership.member_id == Member.id)
                .where(Member.id.in_(member_ids))
            )
        }
        cars: dict[str, list[rules.VehicleFact]] = {}
        for v in s.execute(
            select(Vehicle.member_id, Vehicle.purchased_on, Vehicle.source)
            .where(Vehicle.member_id.in_(member_ids))
            .order_by(Vehicle.purchased_on)
        ):
            cars.setdefault(v.member_id, []).append(rules.VehicleFact(purchased_on=v.purchased_on, source=v.source))
    tiers: dict[str, str | None] = {}
    for member_id, head in heads.items():
        facts = rules.MemberFacts(head.joined_on, head.profile_complete, tuple(cars.get(member_id, ())))
        tiers[member_id] = rules.evaluate(profile, facts, as_of).tier
    return tiers


def generate_requests(
    db: Database, profile: ClubProfile, count: int, seed: int = 1, now: datetime | None = None
) -> int:
    """Capture `count` requests for this branch's members; returns how many were captured
    (refused picks are recorded as enquiries, so it is always `count`)."""
    if count < 0:
        raise ValidationError("requests", "Give a number of requests, 0 or more.")
    if count == 0:
        return 0
    rng = random.Random(seed)
    now = now or utcnow()
    today = requests.to_local(now).date()
    with db.read() as s:
        member_ids = list(s.scalars(select(Member.id).order_by(Member.member_number)))
        vehicles: dict[str, list[str]] = {}
        for member_id, vehicle_id in s.execute(select(Vehicle.member_id, Vehicle.id).order_by(Vehicle.created_at)):
            vehicles.setdefault(member_id, []).append(vehicle_id)
    if not member_ids:
        raise ValidationError("requests", "There are no members to make requests for; add members first.")
    picked = [rng.choice(member_ids) for _ in range(count)]
    tiers = _tiers(db, profile, sorted(set(picked)), today)
    # The enquiry is what refused requests become; it is not picked on its own here.
    types = [rt for rt in profile.request_types if rt.code != requests.ENQUIRY] or list(profile.request_types)
    made = 0
    for member_id in picked:
        tier = tiers.get(member_id)
        allowed = [rt for rt in types if not rt.allowed_tiers or tier in rt.allowed_tiers]
        rt = rng.choice(allowed if allowed and rng.random() < ELIGIBLE_SHARE else types)
        captured_at = now - timedelta(minutes=rng.randrange(0, SPREAD_DAYS * 24 * 60))
        own = vehicles.get(member_id, [])
        requests.capture(
            db, profile, DEMO_ACTOR, member_id, rt.code, _fields(rt, rng, today),
            vehicle_id=rng.choice(own) if own else None,
            record_refused_as_enquiry=True, now=captured_at,
        )
        made += 1
    return made
