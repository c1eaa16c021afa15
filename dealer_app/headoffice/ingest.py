"""Receiving a branch's pushed outbox entries: store each exactly once, then apply it.

One push is one transaction:

1. INSERT … ON CONFLICT DO NOTHING every entry, sorted by UUID, in one statement that
   returns what it stored. The unique key (branch, entry UUID) decides which transaction
   owns an entry, so an entry re-sent in parallel or 30 days later is never applied twice.
   On PostgreSQL pushes of one branch are serialised by an advisory lock taken first.
2. Every newly stored entry is checked before anything is applied: an unknown type or
   schema version, or a payload head office cannot use, is kept and flagged instead of
   failing the batch.
3. Canonical members the batch touches are created (again insert-or-ignore, sorted by key)
   and then locked ``FOR UPDATE`` in id order, and loaded with everything the batch will
   look at (their links, this branch's vehicles it refers to) in a few queries. Concurrent
   pushes from different branches thus take row locks in one global order (entries →
   members → branch row → feed lock) and cannot deadlock each other; `HeadOfficeDB.run`
   still retries if PostgreSQL ever aborts one.
4. Entries are applied in the order the branch sent them, against those in-memory copies;
   new vehicles, cards and audit rows are collected and inserted in bulk at the end. An
   entry that depends on one not received yet (a vehicle of a member whose enrollment is
   still on its way) waits and is retried on later pushes.
5. New entries went in marked applied; the few that ended otherwise (and waiting ones that
   applied now) are updated in one statement per outcome. The branch row and feed items
   come last.

Handlers never write before every check that can make their entry wait or be refused has
passed, so a refused entry leaves nothing behind without a SAVEPOINT per entry (which cost
more than the rest of applying together). A database error still fails the whole push.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, cast

from pydantic import BaseModel
from pydantic import ValidationError as PydanticError
from sqlalchemy import Table, insert, select, text, update
from sqlalchemy.orm import Session

from dealer_app import sync_protocol as proto
from dealer_app.headoffice import merge
from dealer_app.headoffice.auth import AuthenticatedBranch
from dealer_app.headoffice.feed import FeedBuffer
from dealer_app.headoffice.models import (
    AuditEntry,
    BenefitRequest,
    Branch,
    Card,
    Member,
    MemberLink,
    ReceivedEntry,
    Vehicle,
    new_uuid,
)
from dealer_app.headoffice.ops import audit_row, in_values, insert_ignore

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


@dataclass(eq=False)
class Received:
    """One stored entry while a push applies it: plain values, not an ORM object per entry."""

    seq: int
    entry_uuid: str
    type: str
    schema_version: int
    payload: Any
    created_at: datetime
    status: str
    error: str | None
    parsed: BaseModel | None = None
    enrollment: merge.Enrollment | None = None  # member.enrolled only
    stored_as: tuple[str, str | None] = field(init=False)  # to write back only what changed

    def __post_init__(self) -> None:
        self.stored_as = (self.status, self.error)


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


def _optional_text(extra: Mapping[str, Any], name: str) -> str | None:
    value = extra.get(name)
    if value is not None and not isinstance(value, str):
        raise ValueError(f"{name}: expected text")
    return value or None


def _enrollment(p: proto.MemberEnrolled) -> merge.Enrollment:
    """Raises ValueError for an optional extra head office could not store."""
    country, national_id = _key(p.country, p.national_id)
    extra = p.model_extra or {}
    birth = _optional_text(extra, "birth_date")
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
        email=_optional_text(extra, "email"),
        birth_date=date.fromisoformat(birth) if birth else None,
        address=_optional_text(extra, "address"),
    )


# `member.updated` carries free-form changed fields: (may be null, min length, max length)
# of those head office stores, so a value it could not store is refused up front instead of
# failing the whole push in the database.
_UPDATE_TEXT_FIELDS: Mapping[str, tuple[bool, int, int | None]] = {
    "full_name": (False, 1, 200),
    "phone": (False, 0, 32),
    "email": (True, 0, 200),
    "address": (True, 0, None),
    "country": (False, 2, 2),
    "national_id": (False, 1, 32),
}


def _check_changes(changes: Mapping[str, Any]) -> None:
    for name, (nullable, low, high) in _UPDATE_TEXT_FIELDS.items():
        if name not in changes or (nullable and changes[name] is None):
            continue
        value = changes[name]
        size = len(value.strip() if name in merge.KEY_FIELDS else value) if isinstance(value, str) else -1
        if size < low or (high is not None and size > high):
            raise ValueError(f"{name}: expected text of {low} to {high or 'any'} characters")
    birth = changes.get("birth_date")
    if birth is not None:
        if not isinstance(birth, str):
            raise ValueError("birth_date: expected an ISO date")
        date.fromisoformat(birth)


def _check(row: Received) -> str | None:
    """Parses the payload into `row.parsed`; returns the flag for an entry that cannot apply."""
    if row.type not in proto.ENTRY_TYPES:
        row.status, row.error = "unknown_type", f"head office does not know entry type {row.type!r}"
        return row.status
    model = proto.PAYLOAD_MODELS.get((row.type, row.schema_version))
    if model is None:
        row.status, row.error = (
            "unsupported_version",
            f"{row.type} schema_version {row.schema_version} is newer than this head office understands",
        )
        return row.status
    try:
        parsed = model.model_validate(row.payload)
        extra = parsed.model_extra or {}
        if isinstance(parsed, proto.MemberEnrolled):
            row.enrollment = _enrollment(parsed)
        elif isinstance(parsed, proto.MemberUpdated):
            _check_changes(extra)
        elif isinstance(parsed, proto.MembershipWithdrawn) and isinstance(extra.get("on"), str):
            date.fromisoformat(extra["on"])
    except PydanticError as exc:
        row.status, row.error = "invalid", _pydantic_message(exc)[:1000]
        return row.status
    except ValueError as exc:
        row.status, row.error = "invalid", str(exc)[:1000]
        return row.status
    row.parsed = parsed  # only an entry that passed every check is ever applied
    return None


class Applier:
    """Applies one branch's entries inside the caller's transaction.

    `prepare` loads what the batch needs; handlers then read and change those copies (ORM
    objects for members and links, whose changes the session flushes at the end) and queue
    new vehicles, cards and audit rows, which `finish` inserts in bulk.
    """

    def __init__(self, session: Session, branch: AuthenticatedBranch, now: datetime) -> None:
        self.s = session
        self.branch = branch
        self.now = now
        self.actor = f"branch:{branch.code}"
        self.feed = FeedBuffer()
        self.members_by_key: dict[tuple[str, str], Member] = {}
        # this branch's links by branch member id, for every member id the batch refers to
        self.links: dict[str, MemberLink] = {}
        # links created in `prepare` for this batch's enrollments: invisible (so entries that
        # need them wait, as they would have) until their enrollment is applied
        self.unannounced_links: dict[str, MemberLink] = {}
        self.links_by_member: dict[str, list[MemberLink]] = {}  # every branch's links
        self.vehicles: set[str] = set()  # branch vehicle ids of this branch known to exist
        self.new_vehicles: list[dict[str, Any]] = []
        self.new_cards: list[dict[str, Any]] = []
        self.audits: list[dict[str, Any]] = []

    # -- loading and locking ----------------------------------------------------------------

    def prepare(self, rows: Sequence[Received]) -> None:
        """Create and lock, in a global order, every canonical member these entries touch,
        create this branch's links for the enrollments among them, and load the links and
        vehicles the entries refer to."""
        new_members: dict[tuple[str, str], dict[str, Any]] = {}
        enrollments: dict[str, tuple[tuple[str, str], Received]] = {}
        branch_member_ids: set[str] = set()
        vehicle_ids: set[str] = set()
        request_ids: set[str] = set()
        for row in rows:
            p = row.parsed
            member_id = getattr(p, "member_id", None)
            if member_id is not None:
                branch_member_ids.add(str(member_id))
            if isinstance(p, proto.CardIssued):
                vehicle_ids.add(str(p.vehicle_id))
            elif isinstance(p, proto.RequestCustomerInformed):
                request_ids.add(str(p.request_id))
            elif isinstance(p, proto.MemberEnrolled) and row.enrollment is not None:
                key = (row.enrollment.country, row.enrollment.national_id)
                at = merge.stamp(row.created_at, row.entry_uuid)
                new_members.setdefault(key, _member_row(row.enrollment, at, self.now))
                enrollments.setdefault(str(p.member_id), (key, row))
        insert_ignore(
            self.s, Member, [new_members[k] for k in sorted(new_members)], ["country", "national_id"]
        )
        ids: set[str] = set()
        if new_members:
            # both key columns by ANY (the unique index serves it), then the exact pairs
            ids.update(
                member_id
                for member_id, country, national_id in self.s.execute(
                    select(Member.id, Member.country, Member.national_id).where(
                        in_values(self.s, Member.country, {k[0] for k in new_members}),
                        in_values(self.s, Member.national_id, {k[1] for k in new_members}),
                    )
                )
                if (country, national_id) in new_members
            )
        if branch_member_ids:
            ids.update(
                self.s.scalars(
                    select(MemberLink.member_id).where(
                        MemberLink.branch_id == self.branch.id,
                        in_values(self.s, MemberLink.branch_member_id, branch_member_ids),
                    )
                )
            )
        if request_ids:
            ids.update(
                self.s.scalars(
                    select(MemberLink.member_id)
                    .join(BenefitRequest, BenefitRequest.link_id == MemberLink.id)
                    .where(in_values(self.s, BenefitRequest.id, request_ids))
                )
            )
        members = self.s.scalars(
            select(Member).where(in_values(self.s, Member.id, ids)).order_by(Member.id).with_for_update()
        ).all() if ids else []
        for member in members:
            self.members_by_key[(member.country, member.national_id)] = member
            self.links_by_member[member.id] = []

        # The same rows the enrollment handler would insert; it fills in the rest.
        link_rows = [
            {
                "branch_id": self.branch.id, "branch_member_id": bmid,
                "member_id": self.members_by_key[key].id, "member_number": row.enrollment.member_number,
                "joined_on": row.enrollment.joined_on, "valid_until": row.enrollment.valid_until,
                "status": "active", "linked_at": self.now,
            }
            for bmid, (key, row) in sorted(enrollments.items())
            if row.enrollment is not None and key in self.members_by_key
        ]
        created = set(
            insert_ignore(self.s, MemberLink, link_rows, ["branch_id", "branch_member_id"],
                          returning=MemberLink.branch_member_id)
        )
        links = self.s.scalars(
            select(MemberLink).where(in_values(self.s, MemberLink.member_id, ids)).order_by(MemberLink.id)
        ).all() if ids else []
        for link in links:
            if link.branch_id == self.branch.id and link.branch_member_id in created:
                self.unannounced_links[link.branch_member_id] = link
                continue
            if link.branch_id == self.branch.id:
                self.links[link.branch_member_id] = link
            self.links_by_member[link.member_id].append(link)
        if vehicle_ids:
            self.vehicles.update(
                self.s.scalars(
                    select(Vehicle.branch_vehicle_id).where(
                        Vehicle.branch_id == self.branch.id,
                        in_values(self.s, Vehicle.branch_vehicle_id, vehicle_ids),
                    )
                )
            )

    # -- dispatch ---------------------------------------------------------------------------

    def apply(self, row: Received) -> None:
        """Apply one entry that passed `_check`; flags it `waiting` or `invalid` instead when
        it cannot be applied (yet)."""
        try:
            _HANDLERS[row.type](self, row, row.parsed)
        except Waiting as exc:
            row.status, row.error = "waiting", str(exc)[:1000]
            return
        except ApplyError as exc:
            row.status, row.error = "invalid", str(exc)[:1000]
            return
        row.status, row.error = "applied", None

    def finish(self) -> None:
        """Insert what the handlers queued and flush the members and links they changed."""
        self._flush_cards()
        insert_ignore(self.s, Vehicle, self.new_vehicles, ["branch_id", "branch_vehicle_id"])
        self.new_vehicles = []
        if self.audits:
            self.s.execute(insert(cast(Table, AuditEntry.__table__)), self.audits)
            self.audits = []
        self.s.flush()

    def _flush_cards(self) -> None:
        """Cards queued so far go in before any statement that reads or changes cards."""
        insert_ignore(self.s, Card, self.new_cards, ["branch_id", "card_number"])
        self.new_cards = []

    def _audit(self, action: str, entity_id: str, details: dict[str, Any]) -> None:
        self.audits.append(audit_row(self.actor, action, "member", entity_id, details))

    # -- lookups ----------------------------------------------------------------------------

    def _link(self, branch_member_id: uuid.UUID | str) -> MemberLink:
        """`prepare` loaded every link of this branch the batch refers to."""
        link = self.links.get(str(branch_member_id))
        if link is None:
            raise Waiting(f"member {branch_member_id} has not been received from this branch yet")
        return link

    def _links_of(self, member_id: str) -> list[MemberLink]:
        """Every branch's links to this member (loaded once; a member outside the batch's
        prepared set is one a corrected national ID moved a link to)."""
        links = self.links_by_member.get(member_id)
        if links is None:
            links = list(
                self.s.scalars(select(MemberLink).where(MemberLink.member_id == member_id).order_by(MemberLink.id))
            )
            self.links_by_member[member_id] = links
        return links

    def _member_by_key(self, country: str, national_id: str) -> Member | None:
        member = self.members_by_key.get((country, national_id))
        if member is None:
            member = self.s.scalar(
                select(Member).where(Member.country == country, Member.national_id == national_id).with_for_update()
            )
            if member is not None:
                self.members_by_key[(country, national_id)] = member
        return member

    def _member(self, member_id: str) -> Member:
        member = self.s.get(Member, member_id)  # locked and in the identity map after `prepare`
        assert member is not None
        return member

    def _record_conflicts(self, member: Member, row: Received, conflicts: Iterable[merge.Conflict]) -> None:
        for conflict in conflicts:
            self.audits.append(audit_row(
                self.actor, "member.merge_conflict", "member", member.id,
                {**conflict.as_audit(), "branch": self.branch.code, "entry": row.entry_uuid},
            ))

    def _announce_canonical(self, member: Member) -> None:
        """Tell every branch holding this person which canonical member they are."""
        links = self._links_of(member.id)
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

    def _relink(self, link: MemberLink, target: Member, row: Received) -> None:
        previous = link.member_id
        # load both lists before the link moves, so neither is read back from the database
        # with the move half-applied
        old_links, new_links = self._links_of(previous), self._links_of(target.id)
        link.member_id = target.id
        if link in old_links:
            old_links.remove(link)
        new_links.append(link)
        new_links.sort(key=lambda one: one.id)
        self._audit(
            "member.relinked", target.id,
            {"branch": self.branch.code, "branch_member_id": link.branch_member_id,
             "from_member": previous, "entry": row.entry_uuid},
        )
        old = self.s.get(Member, previous)
        if old is not None:
            self._refresh_status(old)
        self._refresh_status(target)

    def _refresh_status(self, member: Member) -> None:
        statuses = {link.status for link in self._links_of(member.id)}
        status = "withdrawn" if statuses == {"withdrawn"} else "active"
        if member.status != status:
            member.status = status
            member.updated_at = self.now

    # -- handlers ---------------------------------------------------------------------------
    # Each raises Waiting or ApplyError only before it has changed or queued anything.

    def member_enrolled(self, row: Received, p: proto.MemberEnrolled) -> None:
        enrollment = row.enrollment
        assert enrollment is not None
        at = merge.stamp(row.created_at, row.entry_uuid)
        member = self._member_by_key(enrollment.country, enrollment.national_id)
        if member is None:  # only when `prepare` did not see this entry
            insert_ignore(self.s, Member, [_member_row(enrollment, at, self.now)], ["country", "national_id"])
            member = self._member_by_key(enrollment.country, enrollment.national_id)
            if member is None:
                raise ApplyError("the canonical member vanished while being merged")
        link = self._enrolled_link(p, member)
        state, conflicts = merge.merge_enrollment(state_of(member), enrollment, at)
        _store_state(member, state, self.now)
        self._record_conflicts(member, row, conflicts)
        # Enrolling the same branch member again (after a lapse) starts a fresh membership.
        link.member_number, link.joined_on, link.valid_until = p.member_number, p.joined_on, p.valid_until
        link.status, link.withdrawn_on, link.refund = "active", None, None
        if link.member_id != member.id:
            self._relink(link, member, row)
        self._refresh_status(member)
        self._audit("member.enrolled", member.id,
                    {"branch": self.branch.code, "branch_member_id": str(p.member_id),
                     "member_number": p.member_number, "entry": row.entry_uuid})
        self._announce_canonical(member)

    def _enrolled_link(self, p: proto.MemberEnrolled, member: Member) -> MemberLink:
        """This branch member's link, made visible to the batch from now on."""
        branch_member_id = str(p.member_id)
        link = self.unannounced_links.pop(branch_member_id, None)
        if link is not None:
            self.links[branch_member_id] = link
            self._links_of(link.member_id).append(link)
            return link
        link = self.links.get(branch_member_id)
        if link is not None:
            return link
        # only when `prepare` did not see this entry
        insert_ignore(
            self.s, MemberLink,
            [{
                "branch_id": self.branch.id, "branch_member_id": branch_member_id, "member_id": member.id,
                "member_number": p.member_number, "joined_on": p.joined_on, "valid_until": p.valid_until,
                "status": "active", "linked_at": self.now,
            }],
            ["branch_id", "branch_member_id"],
        )
        link = self.s.scalars(
            select(MemberLink).where(
                MemberLink.branch_id == self.branch.id, MemberLink.branch_member_id == branch_member_id
            )
        ).one()
        self.links[branch_member_id] = link
        if link not in self._links_of(link.member_id):
            self._links_of(link.member_id).append(link)
        return link

    def member_updated(self, row: Received, p: proto.MemberUpdated) -> None:
        link = self._link(p.member_id)
        member = self._member(link.member_id)
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
        self._audit("member.updated", member.id,
                    {"branch": self.branch.code, "fields": sorted(changes), "ignored": ignored,
                     "entry": row.entry_uuid})
        self._announce_canonical(member)

    def vehicle_added(self, row: Received, p: proto.VehicleAdded) -> None:
        link = self._link(p.member_id)
        vehicle_id = str(p.vehicle_id)
        self.vehicles.add(vehicle_id)
        self.new_vehicles.append({
            "branch_id": self.branch.id, "branch_vehicle_id": vehicle_id, "link_id": link.id,
            "plate_key": p.plate_key, "vin": p.vin or None, "model": p.model,
            "purchased_on": p.purchased_on, "source": p.source, "created_at": row.created_at,
        })

    def membership_renewed(self, row: Received, p: proto.MembershipRenewed) -> None:
        link = self._link(p.member_id)
        if p.valid_until is not None and (link.valid_until is None or p.valid_until > link.valid_until):
            link.valid_until = p.valid_until
        member = self._member(link.member_id)
        state, conflicts = merge.renew(state_of(member), p.valid_until, merge.stamp(row.created_at, row.entry_uuid))
        _store_state(member, state, self.now)
        self._record_conflicts(member, row, conflicts)

    def membership_withdrawn(self, row: Received, p: proto.MembershipWithdrawn) -> None:
        link = self._link(p.member_id)
        on = (p.model_extra or {}).get("on")
        link.status = "withdrawn"
        link.withdrawn_on = date.fromisoformat(on) if isinstance(on, str) else row.created_at.date()
        link.refund = p.refund
        member = self._member(link.member_id)
        self._refresh_status(member)
        self._flush_cards()
        cards = self.s.scalars(select(Card).where(Card.link_id == link.id, Card.status == "active")).all()
        for card in cards:
            card.status = "revoked"
            self.feed.add(
                None, "card.revoked",
                proto.CardRevokedItem(
                    card_number=card.card_number, branch=self.branch.code, reason="withdrawn"
                ).model_dump(mode="json"),
            )
        self._audit("membership.withdrawn", member.id,
                    {"branch": self.branch.code, "branch_member_id": link.branch_member_id, "refund": p.refund,
                     "cards_revoked": [c.card_number for c in cards], "entry": row.entry_uuid})

    def card_issued(self, row: Received, p: proto.CardIssued) -> None:
        link = self._link(p.member_id)
        if str(p.vehicle_id) not in self.vehicles:
            raise Waiting(f"vehicle {p.vehicle_id} has not been received from this branch yet")
        self.new_cards.append({
            "branch_id": self.branch.id, "card_number": p.card_number,
            "branch_vehicle_id": str(p.vehicle_id), "link_id": link.id, "status": "active",
            "replaces": p.replaces, "issued_at": row.created_at,
        })
        if p.replaces:
            self._flush_cards()
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

    def request_captured(self, row: Received, p: proto.RequestCaptured) -> None:
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
        if not inserted:  # nothing was written: the id is taken
            owner = self.s.scalar(select(BenefitRequest.branch_id).where(BenefitRequest.id == request_id))
            if owner != self.branch.id:
                raise ApplyError(f"request id {request_id} is already used by another branch")

    def request_customer_informed(self, row: Received, p: proto.RequestCustomerInformed) -> None:
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

_STORED_COLUMNS = (
    ReceivedEntry.seq, ReceivedEntry.entry_uuid, ReceivedEntry.type, ReceivedEntry.schema_version,
    ReceivedEntry.payload, ReceivedEntry.created_at, ReceivedEntry.status, ReceivedEntry.error,
)


def _write_statuses(session: Session, rows: Iterable[Received], now: datetime) -> None:
    """One UPDATE for the waiting entries applied now, one executemany for the rest that
    changed (new entries flagged, waiting ones waiting for something else now)."""
    applied: list[int] = []
    flagged: list[dict[str, Any]] = []
    for row in rows:
        if (row.status, row.error) == row.stored_as:
            continue
        if row.status == "applied":
            applied.append(row.seq)
        else:
            flagged.append({"seq": row.seq, "status": row.status, "error": row.error, "applied_at": None})
    if applied:
        session.execute(
            update(ReceivedEntry)
            .where(in_values(session, ReceivedEntry.seq, applied))
            .values(status="applied", error=None, applied_at=now)
        )
    if flagged:
        session.execute(update(ReceivedEntry), flagged)  # ORM bulk UPDATE by primary key


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
    # New entries go in already marked applied, as nearly all of them end; `_write_statuses`
    # corrects the others before commit, and no other transaction sees a row before then.
    # That spares an UPDATE (and a dead row version) per entry.
    stored = insert_ignore(
        session, ReceivedEntry,
        [
            {
                "branch_id": branch.id, "entry_uuid": entry_id, "type": e.type, "schema_version": e.schema_version,
                "payload": e.payload, "created_at": e.created_at, "received_at": now, "status": "applied",
                "applied_at": now,
            }
            for entry_id, e in sorted(unique.items())
        ],
        ["branch_id", "entry_uuid"],
        returning=(ReceivedEntry.seq, ReceivedEntry.entry_uuid),
    )
    seq_of = {entry_uuid: seq for seq, entry_uuid in stored}
    # in the order the branch sent them (its outbox order)
    new_rows = [
        Received(seq_of[i], i, e.type, e.schema_version, e.payload, e.created_at, "applied", None)
        for i, e in unique.items()
        if i in seq_of
    ]
    waiting = [
        Received(*r)
        for r in session.execute(
            select(*_STORED_COLUMNS)
            .where(ReceivedEntry.branch_id == branch.id, ReceivedEntry.status == "waiting")
            .order_by(ReceivedEntry.seq)
            .with_for_update(skip_locked=True)
        )
    ]

    ready = [row for row in [*new_rows, *waiting] if _check(row) is None]
    applier = Applier(session, branch, now)
    applier.prepare(ready)
    for row in new_rows:
        if row.parsed is not None:  # passed `_check`
            applier.apply(row)
    # Retry entries that wait for something, as long as a pass makes progress.
    candidates = sorted((r for r in ready if r.status == "waiting"), key=lambda r: r.seq)
    progressed = bool(candidates) and any(r.status == "applied" for r in new_rows)
    while progressed:
        progressed = False
        for row in candidates:
            if row.status == "waiting":
                applier.apply(row)
                progressed = progressed or row.status == "applied"
        candidates = [r for r in candidates if r.status == "waiting"]
    applier.finish()
    _write_statuses(session, [*new_rows, *waiting], now)

    flagged = [r for r in new_rows if r.status not in ("applied", "waiting")]
    values: dict[str, Any] = {"last_sync_at": now}
    if flagged:
        first = flagged[0]
        values["last_error"] = f"{now:%Y-%m-%d %H:%M:%S} entry {first.entry_uuid} ({first.type}): {first.error}"[:500]
    session.execute(update(Branch).where(Branch.id == branch.id).values(**values))
    applier.feed.flush(session)

    # Every id is held now: once INSERT … ON CONFLICT DO NOTHING has returned, each row is
    # either ours or one the unique key found committed (PostgreSQL waits for a concurrent
    # inserter's outcome), so no second query is needed to know; this transaction commits
    # all of it or the branch hears an error and acknowledges nothing.
    return PushOutcome(
        held=ids,
        stored=len(new_rows),
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

