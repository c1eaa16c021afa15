"""Benefit requests at the branch: capture, life cycle, deadlines and what the counter sees.

A benefit is never granted at the counter. The branch captures a request (checked against the
club profile and the member's standing *now*), head office decides, the branch tells the
customer. Every step is a `RequestEvent` with its time and who did it:

    captured → queued → sent → received → in_review → approved / rejected / need_info
             → customer_informed → closed

`capture`, `customer_informed` and `close` are units of work of their own. `mark_sent`,
`mark_received`, `mark_in_review` and `apply_decision` take the caller's session, because the
sync client applies them inside *its* transaction together with the outbox acknowledgement or
the feed cursor.

Stored timestamps are naive UTC (see `dealer_app.clock`); working days and deadlines are
counted in the branch PC's local time, which is where the customer stands.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, bindparam, func, insert, not_, or_, select
from sqlalchemy.orm import Session, selectinload

from dealer_app import calendars, deadlines, eligibility, rules
from dealer_app import membership as membership_rules
from dealer_app.clock import utcnow
from dealer_app.club_profile import FALLBACK_LANGUAGE, ClubProfile, RequestField, RequestType, pick
from dealer_app.db.database import Database
from dealer_app.db.models import BenefitRequest, Member, Membership, OutboxEntry, RequestEvent, Vehicle, new_id
from dealer_app.money import parse_money
from dealer_app.plates import format_plate
from dealer_app.roles import Actor, Permission
from dealer_app.services import audit, outbox
from dealer_app.services import settings as branch_settings
from dealer_app.services.members import NotFound
from dealer_app.services.profiles import active_profile_in
from dealer_app.text import normalize_text, to_ascii_digits
from dealer_app.validation import ValidationError

STATUSES = (
    "captured",
    "queued",
    "sent",
    "received",
    "in_review",
    "approved",
    "rejected",
    "need_info",
    "customer_informed",
    "closed",
)
DECISIONS = ("approved", "rejected", "need_info")
# Waiting for an answer: the response deadline runs only while a request is in one of these.
OPEN_STATUSES = frozenset({"captured", "queued", "sent", "received", "in_review"})
ENQUIRY = "enquiry"
TEXT_MAX_LENGTH = 2000

# Who the life-cycle steps taken by the sync client are attributed to.
SYNC_ACTOR = Actor("sync", frozenset(), "Head-office sync")
_SEEN_KEY = "requests_decisions_seen_through"
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")


class RequestRefused(ValidationError):
    """The member may not ask for this now: `reason` says why in words the clerk can read out;
    `first_allowed_date` is set when it is only too early.

    A ValidationError on the field "type", so the command line and the forms report it the way
    they report any other input they cannot accept.
    """

    def __init__(self, reason: str, first_allowed_date: date | None = None, field: str = "type") -> None:
        super().__init__(field, reason)
        self.reason = reason
        self.first_allowed_date = first_allowed_date

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.reason, self.first_allowed_date, self.field))


@dataclass(frozen=True)
class RequestEventView:
    status: str
    at: datetime
    actor: str
    note: str | None


@dataclass(frozen=True)
class RequestView:
    id: str
    member_id: str
    member_number: str
    member_name: str
    vehicle_id: str | None
    plate_display: str | None
    type: str
    fields: dict[str, Any]
    status: str
    tier_at_capture: str | None
    points_at_capture: int
    tier_at_decision: str | None
    decision: str | None
    decision_note: str | None
    decided_by: str | None
    decided_at: datetime | None
    captured_at: datetime
    captured_by: str
    due_at: datetime
    updated_at: datetime
    overdue: bool
    due_text: str | None
    """describe_due() while the request waits for its answer; None once answered."""
    events: tuple[RequestEventView, ...] = ()
    """The timeline, oldest first (filled by get_request, empty in lists)."""

    @property
    def refused_type(self) -> str | None:
        """For an enquiry recorded in place of a refused request: the type that was asked for."""
        value = self.fields.get("asked_for") if self.type == ENQUIRY else None
        return str(value) if value else None


@dataclass(frozen=True)
class CaptureCheck:
    """What the new-request form shows while the clerk types: the first field problem, and
    whether the member may ask for this type now, and why not."""

    allowed: bool
    reason: str | None
    first_allowed_date: date | None
    field_error: ValidationError | None
    tier: str | None
    points: int
    membership_state: str
    due_at: datetime
    discount_percent: Decimal | None = None
    discount_amount: Decimal | None = None


@dataclass(frozen=True)
class DecisionNotice:
    """A head-office decision the counter has not announced yet."""

    event_id: int
    request_id: str
    member_id: str
    member_number: str
    member_name: str
    type: str
    decision: str
    note: str | None
    decided_at: datetime


# ---- time ---------------------------------------------------------------------------------


def to_local(utc_naive: datetime) -> datetime:
    """Naive UTC as stored → naive local time of this PC (the branch's time)."""
    return utc_naive.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def to_utc(local_naive: datetime) -> datetime:
    """Naive local time → naive UTC (a naive `astimezone()` reads the PC's zone, DST included)."""
    return local_naive.astimezone(UTC).replace(tzinfo=None)


def due_for(profile: ClubProfile, request_type: str, captured_at: datetime) -> datetime:
    """The response deadline (naive UTC) of a request captured at `captured_at` (naive UTC)."""
    return to_utc(deadlines.due_at(profile, request_type, to_local(captured_at)))


# ---- fields -------------------------------------------------------------------------------


def type_name(profile: ClubProfile, code: str, lang: str = FALLBACK_LANGUAGE) -> str:
    try:
        return pick(profile.request_type(code).names, lang, profile.default_language)
    except KeyError:
        return code


def request_type_of(profile: ClubProfile, code: str) -> RequestType:
    try:
        return profile.request_type(code)
    except KeyError:
        known = ", ".join(rt.code for rt in profile.request_types)
        raise ValidationError("type", f"Unknown request type {code!r}; use one of {known}.") from None


def _label(rf: RequestField) -> str:
    return rf.labels.get(FALLBACK_LANGUAGE) or next(iter(rf.labels.values()), rf.name)


def _clean_date(profile: ClubProfile, rf: RequestField, value: object) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = to_ascii_digits(str(value))
    iso = _ISO_DATE.match(text)
    # A four-digit year from 1800 on can only be Gregorian (Jalali years are 1200-1600), so an
    # ISO date is accepted whatever the profile's calendar: scripts and the CLI write them.
    if iso and int(iso.group(1)) >= 1800:
        try:
            return date.fromisoformat(text.strip()).isoformat()
        except ValueError:
            raise ValidationError(rf.name, f"{text.strip()!r} is not a day of the calendar.") from None
    return calendars.parse_date(text, profile.calendar, rf.name).isoformat()


def _clean_value(profile: ClubProfile, rf: RequestField, value: object) -> str:
    if rf.kind == "date":
        return _clean_date(profile, rf, value)
    if rf.kind == "money":
        amount = value if isinstance(value, Decimal | int) and not isinstance(value, bool) else None
        number = Decimal(amount) if amount is not None else parse_money(str(value), rf.name)
        if number <= 0:
            raise ValidationError(rf.name, f"{_label(rf)} must be more than zero.")
        return str(number)
    if rf.kind == "choice":
        text = normalize_text(str(value)).lower()
        for choice in rf.choices:
            if text == choice.code or text in {n.strip().lower() for n in choice.names.values()}:
                return choice.code
        codes = ", ".join(c.code for c in rf.choices)
        raise ValidationError(rf.name, f"Choose one of {codes} for {_label(rf).lower()}.")
    text = normalize_text(str(value))
    if len(text) > TEXT_MAX_LENGTH:
        raise ValidationError(rf.name, f"Keep {_label(rf).lower()} under {TEXT_MAX_LENGTH} characters.")
    return text


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not normalize_text(value))


def clean_fields(
    profile: ClubProfile, request_type: str, fields: Mapping[str, object], *, lenient: bool = False
) -> tuple[dict[str, str], ValidationError | None]:
    """The request's fields normalised for storage (dates ISO, money as a decimal string, choice
    codes), checked against the profile's field definitions.

    Raises the first problem, or with `lenient` returns it alongside the fields that were fine
    (the form uses that to explain eligibility while the clerk is still typing).
    """
    rt = request_type_of(profile, request_type)
    clean: dict[str, str] = {}
    first: ValidationError | None = None
    for name in fields:
        if rt.field(name) is None:
            known = ", ".join(f.name for f in rt.fields) or "none"
            err = ValidationError(name, f"A {type_name(profile, rt.code).lower()} request has no such "
                                        f"field; its fields are {known}.")
            if not lenient:
                raise err
            first = first or err
    for rf in rt.fields:
        value = fields.get(rf.name)
        if _is_blank(value):
            if rf.required:
                err = ValidationError(rf.name, f"Enter {_label(rf).lower()}: this request needs it.")
                if not lenient:
                    raise err
                first = first or err
            continue
        try:
            clean[rf.name] = _clean_value(profile, rf, value)
        except ValidationError as err:
            if not lenient:
                raise
            first = first or err
    return clean, first


# ---- standing -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _MemberFacts:
    """What a capture needs to know about a member, read with two plain queries (capture is
    the counter's hottest write; loading ORM objects for it costs more than the write)."""

    id: str
    member_number: str
    full_name: str
    joined_on: date
    valid_until: date | None
    withdrawn: bool
    join_method: str
    facts: rules.MemberFacts
    plates: dict[str, str]
    """vehicle id → plate key"""


# Built once: capture runs these for every request, and a prebuilt statement skips rebuilding
# the query (SQLAlchemy then finds the compiled SQL in its cache straight away).
_MEMBER_AND_CARS = (
    select(
        Member.member_number, Member.full_name, Member.profile_complete, Membership.joined_on,
        Membership.valid_until, Membership.status, Membership.join_method,
        Vehicle.id.label("vehicle_id"), Vehicle.plate_key, Vehicle.purchased_on, Vehicle.source,
    )
    .join(Membership, Membership.member_id == Member.id)
    .outerjoin(Vehicle, Vehicle.member_id == Member.id)
    .where(Member.id == bindparam("member_id"))
    .order_by(Vehicle.purchased_on)
)


def _load_member(s: Session, member_id: str) -> _MemberFacts:
    rows = s.execute(_MEMBER_AND_CARS, {"member_id": member_id}).all()
    if not rows:
        raise NotFound(f"No member with id {member_id}.")
    head = rows[0]
    cars = [r for r in rows if r.vehicle_id is not None]
    facts = rules.MemberFacts(
        joined_on=head.joined_on,
        profile_complete=head.profile_complete,
        vehicles=tuple(rules.VehicleFact(purchased_on=c.purchased_on, source=c.source) for c in cars),
    )
    return _MemberFacts(
        id=member_id, member_number=head.member_number, full_name=head.full_name,
        joined_on=head.joined_on, valid_until=head.valid_until, withdrawn=head.status == "withdrawn",
        join_method=head.join_method, facts=facts, plates={c.vehicle_id: c.plate_key for c in cars},
    )


def _standing(profile: ClubProfile, member: _MemberFacts, as_of: date) -> tuple[rules.Standing, str]:
    standing = rules.evaluate(profile, member.facts, as_of)
    state = membership_rules.membership_state(
        profile, valid_until=member.valid_until, withdrawn=member.withdrawn, as_of=as_of
    )
    return standing, state


def _rule_fields(member: _MemberFacts, clean: Mapping[str, str]) -> dict[str, object]:
    # The withdrawal rule needs the joining day and method, which the clerk does not type.
    return {**clean, "joined_on": member.joined_on, "join_method": member.join_method}


def check_capture(
    db: Database,
    profile: ClubProfile,
    member_id: str,
    request_type: str,
    fields: Mapping[str, object],
    now: datetime | None = None,
) -> CaptureCheck:
    """Would `capture` accept this now? Never raises for the form's contents."""
    now = now or utcnow()
    as_of = to_local(now).date()
    rt = request_type_of(profile, request_type)
    clean, field_error = clean_fields(profile, rt.code, fields, lenient=True)
    with db.read() as s:
        member = _load_member(s, member_id)
        standing, state = _standing(profile, member, as_of)
        verdict = eligibility.check_request(
            profile, rt.code, tier=standing.tier, membership_state=state, as_of=as_of,
            fields=_rule_fields(member, clean),
        )
    return CaptureCheck(
        allowed=verdict.allowed,
        reason=verdict.reason,
        first_allowed_date=verdict.first_allowed_date,
        field_error=field_error,
        tier=standing.tier,
        points=standing.points,
        membership_state=state,
        due_at=due_for(profile, rt.code, now),
        discount_percent=verdict.discount_percent,
        discount_amount=verdict.discount_amount,
    )


# ---- capture ------------------------------------------------------------------------------


def capture(
    db: Database,
    profile: ClubProfile,
    actor: Actor,
    member_id: str,
    request_type: str,
    fields: Mapping[str, object],
    vehicle_id: str | None = None,
    record_refused_as_enquiry: bool = False,
    now: datetime | None = None,
) -> RequestView:
    """Capture a request: the row, its first two life-cycle steps, the audit row and the
    `request.captured` outbox entry, all in one transaction.

    Raises ValidationError for a bad field, RequestRefused when the member may not ask for
    this now, unless `record_refused_as_enquiry`, in which case an enquiry saying what was
    asked and why it was refused is captured instead (the customer still gets an answer).
    """
    actor.require(Permission.CAPTURE_REQUEST)
    now = now or utcnow()
    as_of = to_local(now).date()
    rt = request_type_of(profile, request_type)
    clean, _ = clean_fields(profile, rt.code, fields)
    with db.write() as s:
        member = _load_member(s, member_id)
        if vehicle_id is not None and vehicle_id not in member.plates:
            raise ValidationError("vehicle", "This car is not registered to this member; choose one of theirs.")
        standing, state = _standing(profile, member, as_of)
        verdict = eligibility.check_request(
            profile, rt.code, tier=standing.tier, membership_state=state, as_of=as_of,
            fields=_rule_fields(member, clean),
        )
        stored: dict[str, Any] = dict(clean)
        code = rt.code
        if not verdict.allowed:
            reason = verdict.reason or "This request cannot be taken now."
            if not record_refused_as_enquiry or not any(t.code == ENQUIRY for t in profile.request_types):
                raise RequestRefused(reason, verdict.first_allowed_date)
            code = ENQUIRY
            stored = {
                "question": f"Asked for {type_name(profile, rt.code).lower()}; not possible now: {reason}",
                "asked_for": rt.code,
                "refusal_reason": reason,
                "asked_fields": clean,
            }
            if verdict.first_allowed_date is not None:
                stored["first_allowed_date"] = verdict.first_allowed_date.isoformat()
        elif verdict.discount_percent is not None:
            # The discount is the tier's at capture: head office decides on what the customer was told.
            stored["discount_percent"] = str(verdict.discount_percent)
            if verdict.discount_amount is not None:
                stored["discount_amount"] = str(verdict.discount_amount)
        row = _insert(s, profile, actor, member.id, code, stored, vehicle_id, standing, now)
        plate = member.plates.get(vehicle_id) if vehicle_id is not None else None
        return _view(row, (member.member_number, member.full_name), format_plate(plate) if plate else None,
                     now, profile)


def _insert(
    s: Session,
    profile: ClubProfile,
    actor: Actor,
    member_id: str,
    code: str,
    stored: dict[str, Any],
    vehicle_id: str | None,
    standing: rules.Standing,
    now: datetime,
) -> BenefitRequest:
    due = due_for(profile, code, now)
    row = BenefitRequest(
        id=new_id(),
        member_id=member_id,
        vehicle_id=vehicle_id,
        type=code,
        fields=stored,
        status="queued",
        tier_at_capture=standing.tier,
        points_at_capture=standing.points,
        captured_at=now,
        captured_by=actor.username,
        due_at=due,
        updated_at=now,
    )
    # Core inserts: the row is not needed as a live ORM object, and skipping the unit of work
    # for it keeps capture well above a thousand a second.
    s.execute(_INSERT_REQUEST, [{c: getattr(row, c) for c in _REQUEST_COLUMNS}])
    # Captured, then queued for head office at once: the outbox entry below is the queue.
    s.execute(
        _INSERT_EVENT,
        [
            {"request_id": row.id, "status": "captured", "at": now, "actor": actor.username, "note": None},
            {"request_id": row.id, "status": "queued", "at": now, "actor": actor.username, "note": None},
        ],
    )
    audit.record(s, actor, "request.capture", "request", row.id, member_id=member_id, type=code)
    outbox.record(
        s,
        "request.captured",
        {
            "request_id": row.id,
            "member_id": member_id,
            "vehicle_id": vehicle_id,
            "type": code,
            "fields": stored,
            "tier_at_capture": standing.tier,
            "points_at_capture": standing.points,
            "captured_at": now.isoformat(),
            "captured_by": actor.username,
            "due_at": due.isoformat(),
        },
    )
    return row


_INSERT_REQUEST = insert(BenefitRequest)
_INSERT_EVENT = insert(RequestEvent)
_REQUEST_COLUMNS = (
    "id", "member_id", "vehicle_id", "type", "fields", "status", "tier_at_capture", "points_at_capture",
    "captured_at", "captured_by", "due_at", "updated_at",
)


# ---- life cycle driven by sync -------------------------------------------------------------


def captured_request_ids(entries: Iterable[OutboxEntry]) -> list[str]:
    """The request ids among outbox entries, for `mark_sent` / `mark_received` after a push."""
    return [str(e.payload["request_id"]) for e in entries if e.type == "request.captured"]


def _advance(
    s: Session, request_ids: Sequence[str], to: str, from_statuses: Iterable[str], at: datetime | None
) -> int:
    if not request_ids:
        return 0
    at = at or utcnow()
    rows = s.scalars(
        select(BenefitRequest).where(
            BenefitRequest.id.in_(list(request_ids)), BenefitRequest.status.in_(list(from_statuses))
        )
    ).all()
    for row in rows:
        row.status = to
        row.updated_at = at
        s.add(RequestEvent(request_id=row.id, status=to, at=at, actor=SYNC_ACTOR.username))
    return len(rows)


def mark_sent(session: Session, request_ids: Sequence[str], at: datetime | None = None) -> int:
    """The requests' entries left for head office. Steps already passed are left alone (a
    re-push after a lost answer must not move a request back). Returns how many moved."""
    return _advance(session, request_ids, "sent", ("captured", "queued"), at)


def mark_received(session: Session, request_ids: Sequence[str], at: datetime | None = None) -> int:
    """Head office answered that it holds the requests."""
    return _advance(session, request_ids, "received", ("captured", "queued", "sent"), at)


def mark_in_review(session: Session, request_ids: Sequence[str], at: datetime | None = None) -> int:
    """Head office reports the regional manager has started the review."""
    return _advance(session, request_ids, "in_review", ("captured", "queued", "sent", "received"), at)


def _utc_naive(value: datetime) -> datetime:
    return value if value.tzinfo is None else value.astimezone(UTC).replace(tzinfo=None)


def apply_decision(
    session: Session,
    request_id: str,
    decision: str,
    note: str | None,
    decided_by: str,
    decided_at: datetime,
    tier_at_decision: str | None,
) -> bool:
    """Record head office's decision on a request of this branch.

    Idempotent: the same decision pulled twice, or an older one arriving after a newer one,
    changes nothing. A newer decision (need_info, then approved) replaces the old one and the
    customer must be told again. Returns whether anything changed; unknown ids return False so
    one stray feed item cannot stop the pull.
    """
    if decision not in DECISIONS:
        raise ValueError(f"unknown decision {decision!r}; expected one of {', '.join(DECISIONS)}")
    decided_at = _utc_naive(decided_at)
    row = session.get(BenefitRequest, request_id)
    if row is None:
        return False
    if row.decided_at is not None and (
        decided_at < row.decided_at or (decided_at == row.decided_at and decision == row.decision)
    ):
        return False
    previous = row.status
    row.status = decision
    row.decision = decision
    row.decision_note = note
    row.decided_by = decided_by
    row.decided_at = decided_at
    row.tier_at_decision = tier_at_decision
    row.updated_at = utcnow()
    session.add(RequestEvent(request_id=row.id, status=decision, at=decided_at, actor=decided_by, note=note))
    audit.record(session, SYNC_ACTOR, "request.decision", "request", row.id,
                 decision=decision, decided_by=decided_by, previous_status=previous)
    return True


# ---- life cycle at the counter -------------------------------------------------------------


def _head_office_decides(profile: ClubProfile, code: str) -> bool:
    try:
        return profile.request_type(code).head_office_decision
    except KeyError:  # a type a newer profile dropped: treat it as head office's, the safe side
        return True


def customer_informed(
    db: Database, actor: Actor, request_id: str, note: str, now: datetime | None = None
) -> RequestView:
    """The clerk told the customer (by phone or in person); `note` is what was said.

    Possible once head office decided, or at any time for a request the branch answers itself
    (an enquiry). Writes `request.customer_informed` to the outbox.
    """
    actor.require(Permission.INFORM_CUSTOMER)
    text = normalize_text(note or "")
    if not text:
        raise ValidationError("note", "Write what the customer was told, e.g. 'Called, approved; visit Saturday'.")
    if len(text) > TEXT_MAX_LENGTH:
        raise ValidationError("note", f"Keep the note under {TEXT_MAX_LENGTH} characters.")
    now = now or utcnow()
    with db.write() as s:
        profile = active_profile_in(s)
        row = _row(s, request_id)
        answerable = row.status in DECISIONS or (
            row.status in OPEN_STATUSES and not _head_office_decides(profile, row.type)
        )
        if not answerable:
            if row.status in ("customer_informed", "closed"):
                raise ValidationError("status", "The customer has already been told about this request.")
            raise ValidationError(
                "status", "Head office has not decided yet; the customer can be told once the answer arrives."
            )
        row.status = "customer_informed"
        row.updated_at = now
        s.add(RequestEvent(request_id=row.id, status="customer_informed", at=now, actor=actor.username, note=text))
        audit.record(s, actor, "request.customer_informed", "request", row.id)
        outbox.record(
            s,
            "request.customer_informed",
            {"request_id": row.id, "note": text, "at": now.isoformat(), "by": actor.username},
        )
        s.flush()
        return _full_view(s, profile, row.id, now)


def close(
    db: Database, actor: Actor, request_id: str, note: str | None = None, now: datetime | None = None
) -> RequestView:
    """File a request away once the customer knows the outcome (nothing for head office)."""
    actor.require(Permission.INFORM_CUSTOMER)
    now = now or utcnow()
    text = normalize_text(note) if note else None
    with db.write() as s:
        profile = active_profile_in(s)
        row = _row(s, request_id)
        if row.status == "closed":
            raise ValidationError("status", "This request is already closed.")
        if row.status != "customer_informed":
            raise ValidationError("status", "Tell the customer the outcome before closing the request.")
        row.status = "closed"
        row.updated_at = now
        s.add(RequestEvent(request_id=row.id, status="closed", at=now, actor=actor.username, note=text or None))
        audit.record(s, actor, "request.close", "request", row.id)
        s.flush()
        return _full_view(s, profile, row.id, now)


# ---- reads --------------------------------------------------------------------------------


def _row(s: Session, request_id: str) -> BenefitRequest:
    row = s.get(BenefitRequest, request_id)
    if row is None:
        raise NotFound(f"No request with id {request_id}.")
    return row


def _is_overdue(row: BenefitRequest, now: datetime) -> bool:
    return row.status in OPEN_STATUSES and row.due_at < now


def _view(
    row: BenefitRequest,
    member: Member | tuple[str, str],
    plate_display: str | None,
    now: datetime,
    profile: ClubProfile,
    events: tuple[RequestEventView, ...] = (),
) -> RequestView:
    number, name = (member.member_number, member.full_name) if isinstance(member, Member) else member
    waiting = row.status in OPEN_STATUSES
    return RequestView(
        id=row.id,
        member_id=row.member_id,
        member_number=number,
        member_name=name,
        vehicle_id=row.vehicle_id,
        plate_display=plate_display,
        type=row.type,
        fields=dict(row.fields),
        status=row.status,
        tier_at_capture=row.tier_at_capture,
        points_at_capture=row.points_at_capture,
        tier_at_decision=row.tier_at_decision,
        decision=row.decision,
        decision_note=row.decision_note,
        decided_by=row.decided_by,
        decided_at=row.decided_at,
        captured_at=row.captured_at,
        captured_by=row.captured_by,
        due_at=row.due_at,
        updated_at=row.updated_at,
        overdue=_is_overdue(row, now),
        due_text=deadlines.describe_due(to_local(row.due_at), to_local(now), profile) if waiting else None,
        events=events,
    )


def _full_view(s: Session, profile: ClubProfile, request_id: str, now: datetime) -> RequestView:
    row = s.scalar(
        select(BenefitRequest)
        .where(BenefitRequest.id == request_id)
        .options(selectinload(BenefitRequest.events))
        .execution_options(populate_existing=True)
    )
    if row is None:
        raise NotFound(f"No request with id {request_id}.")
    member = s.get(Member, row.member_id)
    assert member is not None  # foreign key
    plate = None
    if row.vehicle_id is not None:
        key = s.scalar(select(Vehicle.plate_key).where(Vehicle.id == row.vehicle_id))
        plate = format_plate(key) if key else None
    events = tuple(RequestEventView(e.status, e.at, e.actor, e.note) for e in row.events)
    return _view(row, member, plate, now, profile, events)


def get_request(
    db: Database, request_id: str, *, profile: ClubProfile | None = None, now: datetime | None = None
) -> RequestView:
    """One request with its timeline; `profile` defaults to the branch's active profile."""
    now = now or utcnow()
    with db.read() as s:
        return _full_view(s, profile or active_profile_in(s), request_id, now)


def list_requests(
    db: Database,
    *,
    status: str | Iterable[str] | None = None,
    type: str | None = None,
    overdue: bool | None = None,
    captured_by: str | None = None,
    member_id: str | None = None,
    limit: int | None = None,
    profile: ClubProfile | None = None,
    now: datetime | None = None,
) -> list[RequestView]:
    """Requests, newest first. `status` may be one status, several, or "open" (waiting for an
    answer); `overdue` True keeps open requests past their deadline, False the others."""
    now = now or utcnow()
    stmt = (
        select(BenefitRequest, Member.member_number, Member.full_name, Vehicle.plate_key)
        .join(Member, Member.id == BenefitRequest.member_id)
        .outerjoin(Vehicle, Vehicle.id == BenefitRequest.vehicle_id)
        .order_by(BenefitRequest.captured_at.desc(), BenefitRequest.id)
    )
    if status is not None:
        wanted = [status] if isinstance(status, str) else list(status)
        expanded = {s for w in wanted for s in (OPEN_STATUSES if w == "open" else {w})}
        unknown = expanded - set(STATUSES)
        if unknown:
            raise ValidationError("status", f"Unknown status {sorted(unknown)[0]!r}; use one of "
                                            f"{', '.join(STATUSES)} or open.")
        stmt = stmt.where(BenefitRequest.status.in_(sorted(expanded)))
    if type is not None:
        stmt = stmt.where(BenefitRequest.type == type)
    if captured_by is not None:
        stmt = stmt.where(BenefitRequest.captured_by == captured_by)
    if member_id is not None:
        stmt = stmt.where(BenefitRequest.member_id == member_id)
    if overdue is not None:
        late = and_(BenefitRequest.status.in_(sorted(OPEN_STATUSES)), BenefitRequest.due_at < now)
        stmt = stmt.where(late if overdue else not_(late))
    if limit is not None:
        stmt = stmt.limit(limit)
    with db.read() as s:
        prof = profile or active_profile_in(s)
        return [
            _view(row, (number, name), format_plate(plate) if plate else None, now, prof)
            for row, number, name, plate in s.execute(stmt)
        ]


def count_overdue(db: Database, now: datetime | None = None) -> int:
    """Open requests past their response deadline (for the main window's badge)."""
    now = now or utcnow()
    with db.read() as s:
        return s.scalar(
            select(func.count()).where(
                BenefitRequest.status.in_(sorted(OPEN_STATUSES)), BenefitRequest.due_at < now
            )
        ) or 0


# ---- decision notifications ----------------------------------------------------------------
# Column-free: a decision is a RequestEvent, whose ids only grow; the branch remembers up to
# which event the counter has announced, as one settings row.


def _seen_through(s: Session) -> int:
    return int(branch_settings.get_value(s, _SEEN_KEY) or 0)


def unseen_decisions(db: Database) -> list[DecisionNotice]:
    """Decisions that arrived after the last `mark_decisions_seen`, still waiting for the
    customer to be told (oldest first)."""
    with db.read() as s:
        stmt = (
            select(RequestEvent, BenefitRequest, Member.member_number, Member.full_name)
            .join(BenefitRequest, BenefitRequest.id == RequestEvent.request_id)
            .join(Member, Member.id == BenefitRequest.member_id)
            .where(
                RequestEvent.id > _seen_through(s),
                RequestEvent.status.in_(DECISIONS),
                # a later decision on the same request supersedes this one
                RequestEvent.status == BenefitRequest.status,
                or_(BenefitRequest.decided_at.is_(None), RequestEvent.at == BenefitRequest.decided_at),
            )
            .order_by(RequestEvent.id)
        )
        return [
            DecisionNotice(
                event_id=event.id,
                request_id=row.id,
                member_id=row.member_id,
                member_number=number,
                member_name=name,
                type=row.type,
                decision=event.status,
                note=event.note,
                decided_at=event.at,
            )
            for event, row, number, name in s.execute(stmt)
        ]


def mark_decisions_seen(db: Database, through_event_id: int | None = None) -> None:
    """The counter announced decisions up to this event (default: everything so far)."""
    with db.write() as s:
        through = through_event_id
        if through is None:
            through = s.scalar(select(func.max(RequestEvent.id))) or 0
        if through > _seen_through(s):
            branch_settings.set_value(s, _SEEN_KEY, str(through))
