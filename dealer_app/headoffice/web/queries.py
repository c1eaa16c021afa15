"""What the console pages read, always within the signed-in user's region scope.

Scope is applied in SQL (a regional manager's queries only ever touch branches of their
regions), so a request outside it is indistinguishable from one that does not exist.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import ColumnElement, false, func, select, true
from sqlalchemy.orm import Session

from dealer_app import rules
from dealer_app.headoffice.models import BenefitRequest, Branch, Member, MemberLink, ReceivedEntry, Vehicle
from dealer_app.headoffice.schemas import REQUEST_STATUSES
from dealer_app.headoffice.standing import active_profile, standing_of
from dealer_app.headoffice.web.users import Principal

PENDING_STATUSES = ("received", "need_info")
FLAGGED_ENTRY_STATUSES = ("invalid", "unknown_type", "unsupported_version")
QUEUE_LIMIT = 500


def in_scope(principal: Principal) -> ColumnElement[bool]:
    """SQL condition on `Branch` for the branches this user may see."""
    if principal.is_admin:
        return true()
    if not principal.regions:
        return false()
    return Branch.region.in_(principal.regions)


@dataclass(frozen=True)
class QueueFilters:
    region: str | None = None
    branch: str | None = None
    type: str | None = None
    overdue: bool = False


@dataclass(frozen=True)
class QueueRow:
    id: str
    branch_code: str
    branch_name: str
    region: str | None
    member_number: str
    full_name: str
    type: str
    status: str
    tier_at_capture: str | None
    points_at_capture: int
    captured_at: datetime
    due_at: datetime | None


@dataclass(frozen=True)
class QueueView:
    rows: list[QueueRow]
    truncated: bool
    counts: dict[str, int]
    overdue: int
    regions: list[str]
    branches: list[tuple[str, str]]
    types: list[str]


def queue(session: Session, principal: Principal, filters: QueueFilters, now: datetime) -> QueueView:
    scope = in_scope(principal)
    stmt = (
        select(BenefitRequest, Branch, Member)
        .join(Branch, BenefitRequest.branch_id == Branch.id)
        .join(MemberLink, BenefitRequest.link_id == MemberLink.id)
        .join(Member, MemberLink.member_id == Member.id)
        .where(scope, BenefitRequest.status.in_(PENDING_STATUSES))
    )
    if filters.region:
        stmt = stmt.where(Branch.region == filters.region)
    if filters.branch:
        stmt = stmt.where(Branch.code == filters.branch)
    if filters.type:
        stmt = stmt.where(BenefitRequest.type == filters.type)
    if filters.overdue:
        stmt = stmt.where(BenefitRequest.due_at.is_not(None), BenefitRequest.due_at < now)
    # Earliest deadline first; requests without one (types with no promise) after all others.
    stmt = stmt.order_by(
        BenefitRequest.due_at.is_(None), BenefitRequest.due_at, BenefitRequest.captured_at, BenefitRequest.id
    ).limit(QUEUE_LIMIT + 1)
    rows = [
        QueueRow(
            id=r.id, branch_code=b.code, branch_name=b.name, region=b.region, member_number=m.member_number,
            full_name=m.full_name, type=r.type, status=r.status, tier_at_capture=r.tier_at_capture,
            points_at_capture=r.points_at_capture, captured_at=r.captured_at, due_at=r.due_at,
        )
        for r, b, m in session.execute(stmt).all()
    ]

    counted = dict.fromkeys(REQUEST_STATUSES, 0)
    for status, n in session.execute(
        select(BenefitRequest.status, func.count())
        .join(Branch, BenefitRequest.branch_id == Branch.id)
        .where(scope)
        .group_by(BenefitRequest.status)
    ):
        counted[status] = int(n)
    overdue = session.scalar(
        select(func.count())
        .select_from(BenefitRequest)
        .join(Branch, BenefitRequest.branch_id == Branch.id)
        .where(scope, BenefitRequest.status.in_(PENDING_STATUSES), BenefitRequest.due_at < now)
    ) or 0
    branches = session.execute(select(Branch.code, Branch.name).where(scope).order_by(Branch.code)).all()
    regions = sorted(r for r in session.scalars(select(Branch.region).where(scope).distinct()) if r)
    types = list(session.scalars(
        select(BenefitRequest.type).join(Branch, BenefitRequest.branch_id == Branch.id).where(scope).distinct()
    ))
    return QueueView(
        rows=rows[:QUEUE_LIMIT], truncated=len(rows) > QUEUE_LIMIT, counts=counted, overdue=int(overdue),
        regions=regions, branches=[(c, n) for c, n in branches], types=sorted(types),
    )


@dataclass(frozen=True)
class VehicleRow:
    branch_vehicle_id: str
    branch_code: str
    plate_key: str
    vin: str | None
    model: str
    purchased_on: date
    source: str


@dataclass(frozen=True)
class HistoryRow:
    id: str
    branch_code: str
    type: str
    status: str
    captured_at: datetime
    decided_at: datetime | None
    note: str | None


@dataclass
class RequestDetail:
    request: BenefitRequest
    branch: Branch
    link: MemberLink
    member: Member
    now_standing: rules.Standing
    capture_standing: rules.Standing
    vehicle: VehicleRow | None
    vehicles: list[VehicleRow]
    history: list[HistoryRow]
    hidden_history: int
    branches_of_member: list[str] = field(default_factory=list)


def canonical(request_id: str) -> str:
    """The stored form of a request id (lowercase UUID); anything else is returned as given."""
    try:
        return str(uuid.UUID(request_id))
    except ValueError:
        return request_id


def _scoped_request(session: Session, principal: Principal, request_id: str) -> tuple[BenefitRequest, Branch] | None:
    try:
        canonical_id = str(uuid.UUID(request_id))
    except ValueError:
        return None
    row = session.execute(
        select(BenefitRequest, Branch)
        .join(Branch, BenefitRequest.branch_id == Branch.id)
        .where(BenefitRequest.id == canonical_id, in_scope(principal))
    ).first()
    return None if row is None else (row[0], row[1])


def request_in_scope(session: Session, principal: Principal, request_id: str) -> bool:
    return _scoped_request(session, principal, request_id) is not None


def request_detail(session: Session, principal: Principal, request_id: str, today: date) -> RequestDetail | None:
    found = _scoped_request(session, principal, request_id)
    if found is None:
        return None
    request, branch = found
    link = session.get(MemberLink, request.link_id)
    assert link is not None  # requests.link_id is a foreign key
    member = session.get(Member, link.member_id)
    assert member is not None
    profile = active_profile(session)
    now_standing = standing_of(session, member, today, profile)
    capture_standing = standing_of(session, member, request.captured_at.date(), profile)

    vehicles = [
        VehicleRow(v.branch_vehicle_id, code, v.plate_key, v.vin, v.model, v.purchased_on, v.source)
        for v, code in session.execute(
            select(Vehicle, Branch.code)
            .join(MemberLink, Vehicle.link_id == MemberLink.id)
            .join(Branch, Vehicle.branch_id == Branch.id)
            .where(MemberLink.member_id == member.id)
            .order_by(Vehicle.purchased_on, Vehicle.id)
        ).all()
    ]
    vehicle = next(
        (v for v in vehicles if v.branch_vehicle_id == request.branch_vehicle_id and v.branch_code == branch.code),
        None,
    )

    others = session.execute(
        select(BenefitRequest, Branch.code, in_scope(principal))
        .join(Branch, BenefitRequest.branch_id == Branch.id)
        .join(MemberLink, BenefitRequest.link_id == MemberLink.id)
        .where(MemberLink.member_id == member.id, BenefitRequest.id != request.id)
        .order_by(BenefitRequest.captured_at.desc())
    ).all()
    history: list[HistoryRow] = []
    hidden = 0
    for other, code, visible in others:
        # Requests at branches outside the manager's regions are counted, never shown.
        if not visible:
            hidden += 1
            continue
        history.append(
            HistoryRow(other.id, code, other.type, other.status, other.captured_at, other.decided_at, other.note)
        )
    branches_of_member = sorted(
        session.scalars(
            select(Branch.code).join(MemberLink, MemberLink.branch_id == Branch.id).where(
                MemberLink.member_id == member.id, in_scope(principal)
            )
        )
    )
    return RequestDetail(
        request=request, branch=branch, link=link, member=member, now_standing=now_standing,
        capture_standing=capture_standing, vehicle=vehicle, vehicles=vehicles, history=history,
        hidden_history=hidden, branches_of_member=branches_of_member,
    )


@dataclass(frozen=True)
class BranchRow:
    code: str
    name: str
    region: str | None
    created_at: datetime
    rotated_at: datetime | None
    revoked_at: datetime | None
    last_sync_at: datetime | None
    last_error: str | None
    waiting: int
    flagged: int
    pending_requests: int


def branch_rows(session: Session) -> list[BranchRow]:
    waiting: dict[int, int] = {}
    flagged: dict[int, int] = {}
    for branch_id, status, n in session.execute(
        select(ReceivedEntry.branch_id, ReceivedEntry.status, func.count())
        .where(ReceivedEntry.status.in_(("waiting", *FLAGGED_ENTRY_STATUSES)))
        .group_by(ReceivedEntry.branch_id, ReceivedEntry.status)
    ):
        target = waiting if status == "waiting" else flagged
        target[branch_id] = target.get(branch_id, 0) + int(n)
    pending: dict[int, int] = {
        branch_id: int(n)
        for branch_id, n in session.execute(
            select(BenefitRequest.branch_id, func.count())
            .where(BenefitRequest.status.in_(PENDING_STATUSES))
            .group_by(BenefitRequest.branch_id)
        )
    }
    return [
        BranchRow(
            code=b.code, name=b.name, region=b.region, created_at=b.created_at, rotated_at=b.rotated_at,
            revoked_at=b.revoked_at, last_sync_at=b.last_sync_at, last_error=b.last_error,
            waiting=waiting.get(b.id, 0), flagged=flagged.get(b.id, 0), pending_requests=pending.get(b.id, 0),
        )
        for b in session.scalars(select(Branch).order_by(Branch.code))
    ]

