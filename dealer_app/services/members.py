"""Members, their memberships and vehicles: enroll, add vehicle, edit, renew, withdraw, show.

Standing (points, tier, benefits) is always computed by the rules engine from the stored
facts at the moment it is asked for; nothing here stores a tier.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from dealer_app import membership as membership_rules
from dealer_app import rules
from dealer_app.clock import today, utcnow
from dealer_app.club_profile import ClubProfile
from dealer_app.db.database import Database
from dealer_app.db.models import Member, Membership, NameToken, Vehicle
from dealer_app.plates import format_plate, normalize_plate
from dealer_app.roles import Actor, Permission
from dealer_app.services import audit, outbox
from dealer_app.services.numbers import next_number
from dealer_app.services.settings import load as load_settings
from dealer_app.text import normalize_text, search_key
from dealer_app.validation import (
    ValidationError,
    mask_national_id,
    mask_phone,
    validate_name,
    validate_national_id,
    validate_past_date,
    validate_phone,
    validate_vin,
)

VEHICLE_SOURCES = ("direct", "used")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


class DuplicateRecord(ValidationError):
    """The national ID, plate or VIN already belongs to a member; points at that member."""

    def __init__(self, field: str, message: str, member_id: str, member_number: str) -> None:
        super().__init__(field, message)
        self.member_id = member_id
        self.member_number = member_number


class NotFound(LookupError):
    pass


@dataclass(frozen=True)
class VehicleForm:
    plate: str
    model: str
    purchased_on: date
    source: str = "direct"
    vin: str | None = None


@dataclass(frozen=True)
class EnrollmentForm:
    full_name: str
    national_id: str
    phone: str
    vehicle: VehicleForm
    joined_on: date | None = None
    join_method: str | None = None
    profile_complete: bool = False
    email: str | None = None
    birth_date: date | None = None
    address: str | None = None


@dataclass(frozen=True)
class CardView:
    card_number: str
    version: int
    status: str
    issued_at: Any
    printed_at: Any
    handed_over_at: Any


@dataclass(frozen=True)
class VehicleView:
    id: str
    plate_key: str
    plate_display: str
    vin: str | None
    model: str
    purchased_on: date
    source: str
    cards: tuple[CardView, ...]

    @property
    def active_card(self) -> CardView | None:
        return next((c for c in self.cards if c.status == "active"), None)


@dataclass(frozen=True)
class MemberView:
    id: str
    member_number: str
    full_name: str
    country: str
    national_id: str
    phone: str
    email: str | None
    birth_date: date | None
    address: str | None
    profile_complete: bool
    canonical_id: str | None
    joined_on: date
    valid_until: date | None
    membership_status: str
    membership_state: str  # active | expiring | expired | withdrawn
    join_method: str
    vehicles: tuple[VehicleView, ...]
    standing: rules.Standing
    as_of: date = field(default_factory=today)

    @property
    def national_id_masked(self) -> str:
        return mask_national_id(self.national_id)

    @property
    def phone_masked(self) -> str:
        return mask_phone(self.phone)


# ---- validation ---------------------------------------------------------------------------


def _check_vehicle(profile: ClubProfile, form: VehicleForm, as_of: date) -> dict[str, Any]:
    plate_key = normalize_plate(profile.country, form.plate, field="plate")
    vin = validate_vin(form.vin, field="vin") if form.vin and form.vin.strip() else None
    model = normalize_text(form.model or "")
    if not model:
        raise ValidationError("model", "Enter the car model, e.g. the name on the registration card.")
    purchased_on = validate_past_date(form.purchased_on, "purchased_on", as_of)
    if form.source not in VEHICLE_SOURCES:
        raise ValidationError("source", "Say whether the car was bought direct or used.")
    return {
        "plate_key": plate_key,
        "vin": vin,
        "model": model,
        "purchased_on": purchased_on,
        "source": form.source,
    }


def check_enrollment(profile: ClubProfile, form: EnrollmentForm, as_of: date | None = None) -> dict[str, Any]:
    """Validate and normalise a whole enrolment form; raises on the first bad field."""
    as_of = as_of or today()
    joined_on = validate_past_date(form.joined_on or as_of, "joined_on", as_of)
    join_methods = profile.membership.join_methods
    join_method = form.join_method or join_methods[0]
    if join_method not in join_methods:
        raise ValidationError("join_method", f"Choose how the member joined: one of {', '.join(join_methods)}.")
    email = (form.email or "").strip() or None
    if email is not None and "@" not in email:
        raise ValidationError("email", "An e-mail address needs an @, e.g. name@example.com.")
    values: dict[str, Any] = {
        "full_name": validate_name(form.full_name, "full_name"),
        "national_id": validate_national_id(profile.country, form.national_id, field="national_id"),
        "phone": validate_phone(profile.country, form.phone, field="phone"),
        "joined_on": joined_on,
        "join_method": join_method,
        "profile_complete": bool(form.profile_complete),
        "email": email,
        "birth_date": (validate_past_date(form.birth_date, "birth_date", as_of) if form.birth_date else None),
        "address": normalize_text(form.address) if form.address else None,
    }
    values["vehicle"] = _check_vehicle(profile, form.vehicle, as_of)
    return values


def _refuse_duplicates(
    s: Session, *, national_id: str | None = None, plate_key: str | None = None, vin: str | None = None
) -> None:
    if national_id is not None:
        row = s.execute(select(Member.id, Member.member_number).where(Member.national_id == national_id)).first()
        if row:
            raise DuplicateRecord(
                "national_id",
                f"This national ID is already enrolled as member {row.member_number}; open that record.",
                row.id,
                row.member_number,
            )
    for column, value, label in ((Vehicle.plate_key, plate_key, "plate"), (Vehicle.vin, vin, "vin")):
        if value is None:
            continue
        hit = s.execute(
            select(Member.id, Member.member_number).join(Vehicle, Vehicle.member_id == Member.id).where(column == value)
        ).first()
        if hit:
            what = "plate" if label == "plate" else "VIN"
            raise DuplicateRecord(
                label,
                f"This {what} is already registered to member {hit.member_number}; open that record.",
                hit.id,
                hit.member_number,
            )


def name_tokens(name_key: str) -> set[str]:
    """Tokens for short-query search (see NameToken): words, and suffixes of unspaced words."""
    tokens: set[str] = set()
    for word in name_key.split():
        tokens.add(word)
        if _HAN.search(word):
            # Chinese names have no spaces between family and given name; suffixes let a
            # 1-2 character query match any character of the name by prefix.
            tokens.update(word[i:] for i in range(1, len(word)))
    return tokens


# ---- writes -------------------------------------------------------------------------------


def enroll(
    db: Database, profile: ClubProfile, actor: Actor, form: EnrollmentForm, as_of: date | None = None
) -> MemberView:
    """Member, membership, first vehicle and its card in one transaction."""
    actor.require(Permission.ENROLL)
    as_of = as_of or today()
    v = check_enrollment(profile, form, as_of)
    veh = v["vehicle"]
    now = utcnow()
    with db.write() as s:
        _refuse_duplicates(s, national_id=v["national_id"], plate_key=veh["plate_key"], vin=veh["vin"])
        branch = load_settings(s)
        member = Member(
            member_number=next_number(s, "member", branch.branch_code),
            full_name=v["full_name"],
            name_key=search_key(v["full_name"]),
            country=profile.country,
            national_id=v["national_id"],
            phone=v["phone"],
            email=v["email"],
            birth_date=v["birth_date"],
            address=v["address"],
            profile_complete=v["profile_complete"],
            created_at=now,
            updated_at=now,
        )
        s.add(member)
        s.flush()
        valid_until = membership_rules.valid_until(profile, v["joined_on"])
        s.add(
            Membership(
                member_id=member.id,
                joined_on=v["joined_on"],
                valid_until=valid_until,
                status="active",
                join_method=v["join_method"],
            )
        )
        s.add_all(NameToken(token=t, member_id=member.id) for t in name_tokens(member.name_key))
        outbox.record(
            s,
            "member.enrolled",
            {
                "member_id": member.id,
                "member_number": member.member_number,
                "national_id": member.national_id,
                "country": member.country,
                "full_name": member.full_name,
                "phone": member.phone,
                "email": member.email,
                "joined_on": v["joined_on"].isoformat(),
                "profile_complete": member.profile_complete,
                "join_method": v["join_method"],
                "valid_until": valid_until.isoformat() if valid_until else None,
            },
        )
        audit.record(s, actor, "member.enroll", "member", member.id, member_number=member.member_number)
        _insert_vehicle(s, actor, member, veh, branch.branch_code)
        s.flush()
        return _view(s, profile, member.id, as_of)


def _insert_vehicle(s: Session, actor: Actor, member: Member, veh: dict[str, Any], branch_code: str) -> Vehicle:
    vehicle = Vehicle(member_id=member.id, created_at=utcnow(), **veh)
    s.add(vehicle)
    s.flush()
    outbox.record(
        s,
        "vehicle.added",
        {
            "vehicle_id": vehicle.id,
            "member_id": member.id,
            "plate_key": vehicle.plate_key,
            "vin": vehicle.vin,
            "model": vehicle.model,
            "purchased_on": vehicle.purchased_on.isoformat(),
            "source": vehicle.source,
        },
    )
    audit.record(s, actor, "vehicle.add", "member", member.id, vehicle_id=vehicle.id, plate=vehicle.plate_key)
    # One membership card per vehicle (FAW spec): issued now, printed later by a manager.
    from dealer_app.services.cards import issue_card  # cards imports members' views

    issue_card(s, actor, vehicle, branch_code)
    return vehicle


def add_vehicle(
    db: Database, profile: ClubProfile, actor: Actor, member_id: str, form: VehicleForm, as_of: date | None = None
) -> MemberView:
    actor.require(Permission.ENROLL)
    as_of = as_of or today()
    veh = _check_vehicle(profile, form, as_of)
    with db.write() as s:
        member = s.get(Member, member_id)
        if member is None:
            raise NotFound(f"No member with id {member_id}.")
        _refuse_duplicates(s, plate_key=veh["plate_key"], vin=veh["vin"])
        _insert_vehicle(s, actor, member, veh, load_settings(s).branch_code)
        member.updated_at = utcnow()
        s.flush()
        return _view(s, profile, member.id, as_of)


EDITABLE_FIELDS = ("full_name", "national_id", "phone", "email", "birth_date", "address", "profile_complete")


def update_profile(
    db: Database,
    profile: ClubProfile,
    actor: Actor,
    member_id: str,
    changes: dict[str, Any],
    as_of: date | None = None,
) -> MemberView:
    """Edit member details. Name and national ID may change here; head office is told."""
    actor.require(Permission.EDIT_MEMBER)
    as_of = as_of or today()
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValidationError(sorted(unknown)[0], "This field cannot be edited here.")
    clean: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "full_name":
            clean[key] = validate_name(value, "full_name")
        elif key == "national_id":
            clean[key] = validate_national_id(profile.country, value, field="national_id")
        elif key == "phone":
            clean[key] = validate_phone(profile.country, value, field="phone")
        elif key == "birth_date":
            clean[key] = validate_past_date(value, "birth_date", as_of) if value else None
        elif key == "email":
            clean[key] = (value or "").strip() or None
            if clean[key] is not None and "@" not in clean[key]:
                raise ValidationError("email", "An e-mail address needs an @, e.g. name@example.com.")
        elif key == "address":
            clean[key] = normalize_text(value) if value else None
        else:
            clean[key] = bool(value)
    with db.write() as s:
        member = s.get(Member, member_id)
        if member is None:
            raise NotFound(f"No member with id {member_id}.")
        if "national_id" in clean and clean["national_id"] != member.national_id:
            _refuse_duplicates(s, national_id=clean["national_id"])
        before = {k: getattr(member, k) for k in clean}
        changed = {k: v for k, v in clean.items() if before[k] != v}
        if not changed:
            return _view(s, profile, member.id, as_of)
        for key, value in changed.items():
            setattr(member, key, value)
        if "full_name" in changed:
            member.name_key = search_key(member.full_name)
            s.query(NameToken).filter(NameToken.member_id == member.id).delete()
            s.add_all(NameToken(token=t, member_id=member.id) for t in name_tokens(member.name_key))
        member.updated_at = utcnow()
        wire = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in changed.items()}
        outbox.record(s, "member.updated", {"member_id": member.id, **wire})
        # The audit row names which fields changed, not their personal values.
        audit.record(s, actor, "member.update", "member", member.id, fields=sorted(changed))
        return _view(s, profile, member.id, as_of)


def renew(db: Database, profile: ClubProfile, actor: Actor, member_id: str, as_of: date | None = None) -> MemberView:
    actor.require(Permission.RENEW_WITHDRAW)
    as_of = as_of or today()
    with db.write() as s:
        m = _membership(s, member_id)
        if m.status == "withdrawn":
            raise ValidationError("membership", "A withdrawn member must enroll again.")
        decision = membership_rules.check_renewal(profile, valid_until=m.valid_until, as_of=as_of)
        if not decision.allowed:
            raise ValidationError("membership", decision.reason or "Renewal is not possible now.")
        previous = m.valid_until
        m.valid_until = decision.new_valid_until
        outbox.record(
            s,
            "membership.renewed",
            {"member_id": member_id, "valid_until": m.valid_until.isoformat() if m.valid_until else None},
        )
        audit.record(
            s,
            actor,
            "membership.renew",
            "member",
            member_id,
            previous=previous.isoformat() if previous else None,
            valid_until=m.valid_until.isoformat() if m.valid_until else None,
        )
        return _view(s, profile, member_id, as_of)


def withdraw(
    db: Database, profile: ClubProfile, actor: Actor, member_id: str, reason: str, as_of: date | None = None
) -> MemberView:
    actor.require(Permission.RENEW_WITHDRAW)
    as_of = as_of or today()
    reason = normalize_text(reason or "")
    if not reason:
        raise ValidationError("reason", "Withdrawal needs the member's written reason.")
    with db.write() as s:
        m = _membership(s, member_id)
        if m.status == "withdrawn":
            raise ValidationError("membership", "This membership is already withdrawn.")
        decision = membership_rules.check_withdrawal(
            profile, joined_on=m.joined_on, join_method=m.join_method, as_of=as_of
        )
        if not decision.allowed:
            raise ValidationError("membership", decision.reason or "Withdrawal is not possible now.")
        m.status = "withdrawn"
        m.withdrawn_on = as_of
        m.refund = bool(decision.refund)
        outbox.record(
            s,
            "membership.withdrawn",
            {"member_id": member_id, "refund": m.refund, "reason": reason, "on": as_of.isoformat()},
        )
        audit.record(s, actor, "membership.withdraw", "member", member_id, refund=m.refund)
        return _view(s, profile, member_id, as_of)


def _membership(s: Session, member_id: str) -> Membership:
    m = s.get(Membership, member_id)
    if m is None:
        raise NotFound(f"No member with id {member_id}.")
    return m


# ---- reads --------------------------------------------------------------------------------


def facts_of(member: Member) -> rules.MemberFacts:
    return rules.MemberFacts(
        joined_on=member.membership.joined_on,
        profile_complete=member.profile_complete,
        vehicles=tuple(
            rules.VehicleFact(purchased_on=v.purchased_on, source=v.source)  # type: ignore[arg-type]
            for v in member.vehicles
        ),
    )


def _view(s: Session, profile: ClubProfile, member_id: str, as_of: date) -> MemberView:
    member = s.scalar(
        select(Member)
        .where(Member.id == member_id)
        .options(
            selectinload(Member.membership),
            selectinload(Member.vehicles).selectinload(Vehicle.cards),
        )
        .execution_options(populate_existing=True)
    )
    if member is None:
        raise NotFound(f"No member with id {member_id}.")
    ms = member.membership
    standing = rules.evaluate(profile, facts_of(member), as_of)
    state = membership_rules.membership_state(
        profile, valid_until=ms.valid_until, withdrawn=ms.status == "withdrawn", as_of=as_of
    )
    return MemberView(
        id=member.id,
        member_number=member.member_number,
        full_name=member.full_name,
        country=member.country,
        national_id=member.national_id,
        phone=member.phone,
        email=member.email,
        birth_date=member.birth_date,
        address=member.address,
        profile_complete=member.profile_complete,
        canonical_id=member.canonical_id,
        joined_on=ms.joined_on,
        valid_until=ms.valid_until,
        membership_status=ms.status,
        membership_state=state,
        join_method=ms.join_method,
        vehicles=tuple(
            VehicleView(
                id=v.id,
                plate_key=v.plate_key,
                plate_display=format_plate(v.plate_key),
                vin=v.vin,
                model=v.model,
                purchased_on=v.purchased_on,
                source=v.source,
                cards=tuple(
                    CardView(c.card_number, c.version, c.status, c.issued_at, c.printed_at, c.handed_over_at)
                    for c in v.cards
                ),
            )
            for v in member.vehicles
        ),
        standing=standing,
        as_of=as_of,
    )


def get(db: Database, profile: ClubProfile, member_id: str, as_of: date | None = None) -> MemberView:
    with db.read() as s:
        return _view(s, profile, member_id, as_of or today())


def member_id_for(db: Database, profile: ClubProfile, ref: str) -> str:
    """Resolve an id, member number or plate typed at the CLI to a member id."""
    ref = ref.strip()
    with db.read() as s:
        if s.get(Member, ref) is not None:
            return ref
        by_number = s.scalar(select(Member.id).where(Member.member_number == ref.upper()))
        if by_number:
            return by_number
        try:
            plate_key = normalize_plate(profile.country, ref)
        except ValidationError:
            plate_key = None
        if plate_key:
            by_plate = s.scalar(select(Vehicle.member_id).where(Vehicle.plate_key == plate_key))
            if by_plate:
                return by_plate
    raise NotFound(f"No member with id, member number or plate {ref!r}.")
