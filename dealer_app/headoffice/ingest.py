"""Receiving a branch's pushed outbox entries: store each exactly once, then apply it.

One push is one transaction:

1. INSERT … ON CONFLICT DO NOTHING every entry, sorted by UUID. The unique key
   (branch, entry UUID) decides which transaction owns an entry, so an entry re-sent in
   parallel or 30 days later is never applied twice.
   On PostgreSQL pushes of one branch are serialised by an advisory lock taken first.
2. Canonical members the batch touches are created (again insert-or-ignore, sorted by key)
   and then locked ``FOR UPDATE`` in id order. Concurrent pushes from different branches
   thus take row locks in one global order (entries → members → branch row → feed lock)
   and cannot deadlock each other; `HeadOfficeDB.run` still retries if PostgreSQL ever
   aborts one.
3. Each newly stored entry is applied inside a SAVEPOINT. An unknown type or schema
   version, or a payload head office cannot use, is kept and flagged instead of failing the
   batch; an entry that depends on one not received yet (a vehicle of a member whose
   enrollment is still on its way) waits and is retried on later pushes.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from pydantic import ValidationError as PydanticError
from sqlalchemy import select, text, tuple_, update
from sqlalchemy.orm import Session

from dealer_app import sync_protocol as proto
from dealer_app.headoffice import merge
from dealer_app.headoffice.auth import AuthenticatedBranch
from dealer_app.headoffice.feed import FeedBuffer
from dealer_app.headoffice.models import (
    BenefitRequest,
    Branch,
    Card,
    Member,
    MemberLink,
    ReceivedEntry,
    Vehicle,
    new_uuid,
)
from dealer_app.headoffice.ops import audit, insert_ignore

# namespace of the two-key pg_advisory_xact_lock(ns, branch id) that serialises one branch's pushes
PUSH_LOCK_NS = 0x44435055  # "DCPU"


class ApplyError(Exception):
    """The entry cannot be applied; it is kept, flagged `invalid`, with this message."""


class Waiting(Exception):
    """The entry depends on something head office has not received yet."""


@dataclass(frozen=True)
class PushOutcome:
    held: list[str]
    stored: int
    applied: int
    flagged: int


def _key(country: str, national_id: str) -> tuple[str, str]:
    return country.strip().upper(), national_id.strip()


def _pydantic_message(exc: PydanticError) -> str:
    parts = []
    for err in exc.errors(include_url=False)[:3]:
        loc = ".".join(str(p) for p in err["loc"]) or "payload"
        parts.append(f"{loc}: {err['msg']}")
    return "; ".join(parts)


def state_of(member: Member) -> merge.MemberState:
    return merge.MemberState(
        member_number=member.member_number,
        country=member.country,
        national_id=member.national_id,
        full_name=member.full_name,
        phone=member.phone,
        joined_on=member.joined_on,
        join_method=member.join_method,
        profile_complete=member.profile_complete,
        valid_until=member.valid_until,
        email=member.email,
        birth_date=member.birth_date,
        address=member.address,
        stamps=dict(member.field_stamps or {}),
    )


def _store_state(member: Member, state: merge.MemberState, now: datetime) -> None:
    for name in (
        "full_name", "phone", "email", "birth_date", "address", "joined_on",
        "join_method", "profile_complete", "valid_until",
    ):
        if getattr(member, name) != getattr(state, name):
            setattr(member, name, getattr(state, name))
    if dict(member.field_stamps or {}) != dict(state.stamps):
        member.field_stamps = dict(state.stamps)
    member.updated_at = now


def _member_row(enrollment: merge.Enrollment, at: str, now: datetime) -> dict[str, Any]:
    state = merge.new_state(enrollment, at)
    return {
        "id": new_uuid(),
        "member_number": state.member_number,
        "country": state.country,
        "national_id": state.national_id,
        "full_name": state.full_name,
        "phone": state.phone,
        "email": state.email,
        "birth_date": state.birth_date,
        "address": state.address,
        "joined_on": state.joined_on,
        "join_method": state.join_method,
        "profile_complete": state.profile_complete,
        "valid_until": state.valid_until,
        "status": "active",
        "field_stamps": dict(state.stamps),
        "created_at": now,
        "updated_at": now,
    }


def _enrollment(p: proto.MemberEnrolled) -> merge.Enrollment:
    country, national_id = _key(p.country, p.national_id)
    extra = p.model_extra or {}
    birth = extra.get("birth_date")
    return merge.Enrollment(
        member_number=p.member_number,
        country=country,
        national_id=national_id,
        full_name=p.full_name,
        phone=p.phone,
        joined_on=p.joined_on,
        join_method=p.join_method,
        profile_complete=p.profile_complete,
        valid_until=p.valid_until,
        email=extra.get("email") or None,
        birth_date=date.fromisoformat(birth) if isinstance(birth, str) and birth else None,
        address=extra.get("address") or None,
    )


class Applier:
    """Applies one branch's entries inside the caller's transaction."""

    def __init__(self, session: Session, branch: AuthenticatedBranch, now: datetime) -> None:
        self.s = session
        self.branch = branch
        self.now = now
        self.actor = f"branch:{branch.code}"
        self.feed = FeedBuffer()

    # -- locking ----------------------------------------------------------------------------

    def prelock(self, rows: Sequence[ReceivedEntry]) -> None:
        """Create and lock, in a global order, every canonical member these entries touch."""
        new_members: dict[tuple[str, str], dict[str, Any]] = {}
        keys: set[tuple[str, str]] = set()
        branch_member_ids: set[str] = set()
        request_ids: set[str] = set()
        for row in rows:
            payload = row.payload if isinstance(row.payload, dict) else {}
            if "member_id" in payload:
                branch_member_ids.add(str(payload["member_id"]))
            if row.type == "request.customer_informed" and "request_id" in payload:
                request_ids.add(str(payload["request_id"]))
            if (row.type, row.schema_version) == ("member.enrolled", 1):
                try:
                    enrollment = _enrollment(proto.MemberEnrolled.model_validate(payload))
                except (PydanticError, ValueError):
                    continue  # flagged when applied
                key = (enrollment.country, enrollment.national_id)
                keys.add(key)
                at = merge.stamp(row.created_at, row.entry_uuid)
                new_members.setdefault(key, _member_row(enrollment, at, self.now))
        insert_ignore(
            self.s, Member, [new_members[k] for k in sorted(new_members)], ["country", "national_id"]
        )
        ids: set[str] = set()
        if keys:
            ids.update(self.s.scalars(select(Member.id).where(tuple_(Member.country, Member.national_id).in_(keys))))
        if branch_member_ids:
            ids.update(
                self.s.scalars(
                    select(MemberLink.member_id).where(
                        MemberLink.branch_id == self.branch.id,
                        MemberLink.branch_member_id.in_(branch_member_ids),
                    )
                )
            )
        if request_ids:
            ids.update(
                self.s.scalars(
                    select(MemberLink.member_id)
                    .join(BenefitRequest, BenefitRequest.link_id == MemberLink.id)
                    .where(BenefitRequest.id.in_(request_ids))
                )
            )
        if ids:
            self.s.execute(select(Member.id).where(Member.id.in_(ids)).order_by(Member.id).with_for_update())

    # -- dispatch ---------------------------------------------------------------------------

    def apply(self, row: ReceivedEntry) -> None:
        if row.type not in proto.ENTRY_TYPES:
            self._flag(row, "unknown_type", f"head office does not know entry type {row.type!r}")
            return
        model = proto.PAYLOAD_MODELS.get((row.type, row.schema_version))
        if model is None:
            self._flag(
                row, "unsupported_version",
                f"{row.type} schema_version {row.schema_version} is newer than this head office understands",
            )
            return
        try:
            payload = model.model_validate(row.payload)
        except PydanticError as exc:
            self._flag(row, "invalid", _pydantic_message(exc))
            return
        produced = FeedBuffer()
        saved_feed, self.feed = self.feed, produced
        try:
            with self.s.begin_nested():
                _HANDLERS[row.type](self, row, payload)
        except Waiting as exc:
            self._flag(row, "waiting", str(exc))
            return
        except ApplyError as exc:
            self._flag(row, "invalid", str(exc))
            return
        finally:
            self.feed = saved_feed
        self.feed.extend(produced)
        row.status, row.error, row.applied_at = "applied", None, self.now

    def _flag(self, row: ReceivedEntry, status: str, message: str) -> None:
        row.status, row.error = status, message[:1000]

    # -- lookups ----------------------------------------------------------------------------

    def _link(self, branch_member_id: uuid.UUID | str) -> MemberLink:
        link = self.s.scalar(
            select(MemberLink).where(
                MemberLink.branch_id == self.branch.id, MemberLink.branch_member_id == str(branch_member_id)
            )
        )
        if link is None:
            raise Waiting(f"member {branch_member_id} has not been received from this branch yet")
        return link

    def _member_by_key(self, country: str, national_id: str) -> Member | None:
        return self.s.scalar(
            select(Member).where(Member.country == country, Member.national_id == national_id).with_for_update()
        )

    def _vehicle(self, branch_vehicle_id: uuid.UUID | str) -> Vehicle:
        vehicle = self.s.scalar(
            select(Vehicle).where(
                Vehicle.branch_id == self.branch.id, Vehicle.branch_vehicle_id == str(branch_vehicle_id)
            )
        )
        if vehicle is None:
            raise Waiting(f"vehicle {branch_vehicle_id} has not been received from this branch yet")
        return vehicle

    def _record_conflicts(self, member: Member, row: ReceivedEntry, conflicts: Iterable[merge.Conflict]) -> None:
        for conflict in conflicts:
            audit(
                self.s, self.actor, "member.merge_conflict", "member", member.id,
                {**conflict.as_audit(), "branch": self.branch.code, "entry": row.entry_uuid},
            )

    def _announce_canonical(self, member: Member) -> None:
        """Tell every branch holding this person which canonical member they are."""
        links = self.s.scalars(select(MemberLink).where(MemberLink.member_id == member.id)).all()
        for link in links:
            must_tell = len(links) > 1 or link.notified_canonical_id is not None
            if must_tell and link.notified_canonical_id != member.id:
                self.feed.add(
                    link.branch_id,
                    "member.canonical",
                    proto.MemberCanonicalItem(
                        branch_member_id=link.branch_member_id,
                        canonical_id=member.id,
                        canonical_member_number=member.member_number,
                    ).model_dump(mode="json"),
                )
                link.notified_canonical_id = member.id

    def _relink(self, link: MemberLink, target: Member, row: ReceivedEntry) -> None:
        previous = link.member_id
        link.member_id = target.id
        self.s.flush()
        audit(
            self.s, self.actor, "member.relinked", "member", target.id,
            {"branch": self.branch.code, "branch_member_id": link.branch_member_id,
             "from_member": previous, "entry": row.entry_uuid},
        )
        old = self.s.get(Member, previous)
        if old is not None:
            self._refresh_status(old)
        self._refresh_status(target)

    def _refresh_status(self, member: Member) -> None:
        statuses = set(self.s.scalars(select(MemberLink.status).where(MemberLink.member_id == member.id)))
        status = "withdrawn" if statuses == {"withdrawn"} else "active"
        if member.status != status:
            member.status = status
            member.updated_at = self.now

    # -- handlers ---------------------------------------------------------------------------

    def member_enrolled(self, row: ReceivedEntry, p: proto.MemberEnrolled) -> None:
        enrollment = _enrollment(p)
        at = merge.stamp(row.created_at, row.entry_uuid)
        insert_ignore(self.s, Member, [_member_row(enrollment, at, self.now)], ["country", "national_id"])
        member = self._member_by_key(enrollment.country, enrollment.national_id)
        if member is None:
            raise ApplyError("the canonical member vanished while being merged")
        state, conflicts = merge.merge_enrollment(state_of(member), enrollment, at)
        _store_state(member, state, self.now)
        self._record_conflicts(member, row, conflicts)

        insert_ignore(
            self.s, MemberLink,
            [{
                "branch_id": self.branch.id, "branch_member_id": str(p.member_id), "member_id": member.id,
                "member_number": p.member_number, "joined_on": p.joined_on, "valid_until": p.valid_until,
                "status": "active", "linked_at": self.now,
            }],
            ["branch_id", "branch_member_id"],
        )
        link = self._link(p.member_id)
        # Enrolling the same branch member again (after a lapse) starts a fresh membership.
        link.member_number, link.joined_on, link.valid_until = p.member_number, p.joined_on, p.valid_until
        link.status, link.withdrawn_on, link.refund = "active", None, None
        if link.member_id != member.id:
            self._relink(link, member, row)
        self._refresh_status(member)
        audit(self.s, self.actor, "member.enrolled", "member", member.id,
              {"branch": self.branch.code, "branch_member_id": str(p.member_id),
               "member_number": p.member_number, "entry": row.entry_uuid})
        self.s.flush()
        self._announce_canonical(member)

    def member_updated(self, row: ReceivedEntry, p: proto.MemberUpdated) -> None:
        link = self._link(p.member_id)
        member = self.s.get(Member, link.member_id)
        assert member is not None
        changes = dict(p.model_extra or {})
        at = merge.stamp(row.created_at, row.entry_uuid)
        new_key = _key(str(changes.get("country", member.country)), str(changes.get("national_id", member.national_id)))
        if new_key != (member.country, member.national_id):
            target = self._member_by_key(*new_key)
            if target is None:
                base = state_of(member)
                enrollment = merge.Enrollment(
                    member_number=link.member_number, country=new_key[0], national_id=new_key[1],
                    full_name=base.full_name, phone=base.phone, joined_on=link.joined_on,
                    join_method=base.join_method, profile_complete=base.profile_complete,
                    valid_until=link.valid_until, email=base.email, birth_date=base.birth_date,
                    address=base.address,
                )
                insert_ignore(self.s, Member, [_member_row(enrollment, at, self.now)], ["country", "national_id"])
                target = self._member_by_key(*new_key)
                assert target is not None
            self._relink(link, target, row)
            member = target
        state, conflicts, ignored = merge.merge_update(state_of(member), changes, at)
        _store_state(member, state, self.now)
        self._record_conflicts(member, row, conflicts)
        audit(self.s, self.actor, "member.updated", "member", member.id,
              {"branch": self.branch.code, "fields": sorted(changes), "ignored": ignored, "entry": row.entry_uuid})
        self.s.flush()
        self._announce_canonical(member)

    def vehicle_added(self, row: ReceivedEntry, p: proto.VehicleAdded) -> None:
        link = self._link(p.member_id)
        insert_ignore(
            self.s, Vehicle,
            [{
                "branch_id": self.branch.id, "branch_vehicle_id": str(p.vehicle_id), "link_id": link.id,
                "plate_key": p.plate_key, "vin": p.vin or None, "model": p.model,
                "purchased_on": p.purchased_on, "source": p.source, "created_at": row.created_at,
            }],
            ["branch_id", "branch_vehicle_id"],
        )

    def membership_renewed(self, row: ReceivedEntry, p: proto.MembershipRenewed) -> None:
        link = self._link(p.member_id)
        if p.valid_until is not None and (link.valid_until is None or p.valid_until > link.valid_until):
            link.valid_until = p.valid_until
        member = self.s.get(Member, link.member_id)
        assert member is not None
        state, conflicts = merge.renew(state_of(member), p.valid_until, merge.stamp(row.created_at, row.entry_uuid))
        _store_state(member, state, self.now)
        self._record_conflicts(member, row, conflicts)

    def membership_withdrawn(self, row: ReceivedEntry, p: proto.MembershipWithdrawn) -> None:
        link = self._link(p.member_id)
        on = (p.model_extra or {}).get("on")
        link.status = "withdrawn"
        link.withdrawn_on = date.fromisoformat(on) if isinstance(on, str) else row.created_at.date()
        link.refund = p.refund
        member = self.s.get(Member, link.member_id)
        assert member is not None
        self._refresh_status(member)
        cards = self.s.scalars(select(Card).where(Card.link_id == link.id, Card.status == "active")).all()
        for card in cards:
            card.status = "revoked"
            self.feed.add(
                None, "card.revoked",
                proto.CardRevokedItem(
                    card_number=card.card_number, branch=self.branch.code, reason="withdrawn"
                ).model_dump(mode="json"),
            )
        audit(self.s, self.actor, "membership.withdrawn", "member", member.id,
              {"branch": self.branch.code, "branch_member_id": link.branch_member_id, "refund": p.refund,
               "cards_revoked": [c.card_number for c in cards], "entry": row.entry_uuid})

    def card_issued(self, row: ReceivedEntry, p: proto.CardIssued) -> None:
        link = self._link(p.member_id)
        self._vehicle(p.vehicle_id)
        insert_ignore(
            self.s, Card,
            [{
                "branch_id": self.branch.id, "card_number": p.card_number,
                "branch_vehicle_id": str(p.vehicle_id), "link_id": link.id, "status": "active",
                "replaces": p.replaces, "issued_at": row.created_at,
            }],
            ["branch_id", "card_number"],
        )
        if p.replaces:
            self.s.execute(
                update(Card)
                .where(Card.branch_id == self.branch.id, Card.card_number == p.replaces)
                .values(status="replaced", replaced_by=p.card_number)
            )
            self.feed.add(
                None, "card.revoked",
                proto.CardRevokedItem(
                    card_number=p.replaces, branch=self.branch.code, reason="replaced", replaced_by=p.card_number
                ).model_dump(mode="json"),
            )

    def request_captured(self, row: ReceivedEntry, p: proto.RequestCaptured) -> None:
        link = self._link(p.member_id)
        request_id = str(p.request_id)
        inserted = insert_ignore(
            self.s, BenefitRequest,
            [{
                "id": request_id, "branch_id": self.branch.id, "link_id": link.id,
                "branch_vehicle_id": str(p.vehicle_id) if p.vehicle_id else None, "type": p.type,
                "fields": p.fields, "tier_at_capture": p.tier_at_capture,
                "points_at_capture": p.points_at_capture, "captured_at": p.captured_at,
                "captured_by": p.captured_by, "due_at": p.due_at, "received_at": self.now,
                "status": "received",
            }],
            ["id"],
            returning=BenefitRequest.id,
        )
        if not inserted:
            owner = self.s.scalar(select(BenefitRequest.branch_id).where(BenefitRequest.id == request_id))
            if owner != self.branch.id:
                raise ApplyError(f"request id {request_id} is already used by another branch")

    def request_customer_informed(self, row: ReceivedEntry, p: proto.RequestCustomerInformed) -> None:
        request = self.s.get(BenefitRequest, str(p.request_id))
        if request is None:
            raise Waiting(f"request {p.request_id} has not been received from this branch yet")
        if request.branch_id != self.branch.id:
            raise ApplyError(f"request {p.request_id} belongs to another branch")
        request.customer_informed_at = p.at
        request.customer_informed_by = p.by
        request.customer_informed_note = p.note


_HANDLERS: dict[str, Any] = {
    "member.enrolled": Applier.member_enrolled,
    "member.updated": Applier.member_updated,
    "vehicle.added": Applier.vehicle_added,
    "membership.renewed": Applier.membership_renewed,
    "membership.withdrawn": Applier.membership_withdrawn,
    "card.issued": Applier.card_issued,
    "card.replaced": Applier.card_issued,
    "request.captured": Applier.request_captured,
    "request.customer_informed": Applier.request_customer_informed,
}


def push(session: Session, branch: AuthenticatedBranch, entries: Sequence[proto.Entry], now: datetime) -> PushOutcome:
    """Store and apply one batch; returns which of its entry ids head office now holds."""
    if session.get_bind().dialect.name == "postgresql":
        # One push per branch at a time (a branch syncs sequentially anyway): an entry that
        # waits for another one can then never miss it in a concurrent transaction.
        session.execute(text("SELECT pg_advisory_xact_lock(:ns, :branch)"), {"ns": PUSH_LOCK_NS, "branch": branch.id})
    unique: dict[str, proto.Entry] = {}
    for entry in entries:
        unique.setdefault(str(entry.id), entry)
    ids = list(unique)
    rows = [
        {
            "branch_id": branch.id, "entry_uuid": entry_id, "type": e.type, "schema_version": e.schema_version,
            "payload": e.payload, "created_at": e.created_at, "received_at": now, "status": "received",
        }
        for entry_id, e in sorted(unique.items())
    ]
    new_ids = set(
        insert_ignore(session, ReceivedEntry, rows, ["branch_id", "entry_uuid"], returning=ReceivedEntry.entry_uuid)
    )
    order = {entry_id: i for i, entry_id in enumerate(ids)}
    new_rows = sorted(
        session.scalars(
            select(ReceivedEntry).where(ReceivedEntry.branch_id == branch.id, ReceivedEntry.entry_uuid.in_(new_ids))
        ).all(),
        key=lambda r: order[r.entry_uuid],
    ) if new_ids else []
    waiting = session.scalars(
        select(ReceivedEntry)
        .where(ReceivedEntry.branch_id == branch.id, ReceivedEntry.status == "waiting")
        .order_by(ReceivedEntry.seq)
        .with_for_update(skip_locked=True)
    ).all()

    applier = Applier(session, branch, now)
    applier.prelock([*new_rows, *waiting])
    for row in new_rows:
        applier.apply(row)
    # Retry entries that wait for something, as long as a pass makes progress.
    candidates = sorted({r.seq: r for r in [*waiting, *new_rows] if r.status == "waiting"}.values(),
                        key=lambda r: r.seq)
    progressed = bool(candidates) and any(r.status == "applied" for r in new_rows)
    while progressed:
        progressed = False
        for row in candidates:
            if row.status == "waiting":
                applier.apply(row)
                progressed = progressed or row.status == "applied"
        candidates = [r for r in candidates if r.status == "waiting"]

    flagged = [r for r in new_rows if r.status not in ("applied", "waiting")]
    values: dict[str, Any] = {"last_sync_at": now}
    if flagged:
        first = flagged[0]
        values["last_error"] = f"{now:%Y-%m-%d %H:%M:%S} entry {first.entry_uuid} ({first.type}): {first.error}"[:500]
    session.execute(update(Branch).where(Branch.id == branch.id).values(**values))
    applier.feed.flush(session)

    held = set(
        session.scalars(
            select(ReceivedEntry.entry_uuid).where(ReceivedEntry.branch_id == branch.id,
                                                   ReceivedEntry.entry_uuid.in_(ids))
        )
    ) if ids else set()
    return PushOutcome(
        held=[i for i in ids if i in held],
        stored=len(new_ids),
        applied=sum(1 for r in new_rows if r.status == "applied"),
        flagged=len(flagged),
    )


def held_ids(session: Session, branch_id: int, after: str | None, limit: int) -> list[str]:
    stmt = select(ReceivedEntry.entry_uuid).where(ReceivedEntry.branch_id == branch_id)
    if after:
        stmt = stmt.where(ReceivedEntry.entry_uuid > after)
    return list(session.scalars(stmt.order_by(ReceivedEntry.entry_uuid).limit(limit)))


def reconcile(session: Session, branch_id: int, request: proto.ReconcileRequest) -> proto.ReconcileResponse:
    ids = session.scalars(select(ReceivedEntry.entry_uuid).where(ReceivedEntry.branch_id == branch_id)).all()
    digest = proto.entries_digest(ids)
    return proto.ReconcileResponse(
        count=len(ids), digest=digest, match=len(ids) == request.count and digest == request.digest
    )

