"""Regional sales managers' decisions on benefit requests, sent back to the branch by feed.

Approved and rejected are final; need-info asks the branch for more and may be followed by
another decision. Each decision records who and when, and the member's tier at that moment
as head office computes it (every branch's vehicles counted).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from dealer_app import sync_protocol as proto
from dealer_app.headoffice.feed import FeedBuffer
from dealer_app.headoffice.models import BenefitRequest, Branch, Member, MemberLink
from dealer_app.headoffice.ops import audit
from dealer_app.headoffice.schemas import DECISION_OF_VERB, FINAL_STATUSES, REQUEST_STATUSES, RequestView
from dealer_app.headoffice.standing import standing_of


class DecisionError(ValueError):
    """The decision cannot be recorded (message says why)."""


def _view(request: BenefitRequest, branch: Branch, link: MemberLink, member: Member) -> RequestView:
    return RequestView(
        id=request.id,
        branch=branch.code,
        member_id=member.id,
        member_number=member.member_number,
        full_name=member.full_name,
        type=request.type,
        fields=request.fields,
        tier_at_capture=request.tier_at_capture,
        points_at_capture=request.points_at_capture,
        captured_at=request.captured_at,
        captured_by=request.captured_by,
        due_at=request.due_at,
        received_at=request.received_at,
        status=request.status,
        decision=request.decision,
        note=request.note,
        decided_by=request.decided_by,
        decided_at=request.decided_at,
        tier_at_decision=request.tier_at_decision,
        customer_informed_at=request.customer_informed_at,
    )


def list_requests(session: Session, status: str | None = None) -> list[RequestView]:
    if status is not None and status not in REQUEST_STATUSES:
        raise DecisionError(f"unknown status {status!r}; use one of {', '.join(REQUEST_STATUSES)}")
    stmt = (
        select(BenefitRequest, Branch, MemberLink, Member)
        .join(Branch, BenefitRequest.branch_id == Branch.id)
        .join(MemberLink, BenefitRequest.link_id == MemberLink.id)
        .join(Member, MemberLink.member_id == Member.id)
        .order_by(BenefitRequest.due_at.is_(None), BenefitRequest.due_at, BenefitRequest.captured_at)
    )
    if status is not None:
        stmt = stmt.where(BenefitRequest.status == status)
    return [_view(*row) for row in session.execute(stmt).all()]


def decide(
    session: Session, request_id: str, verb: str, note: str, decided_by: str, now: datetime
) -> RequestView:
    if verb not in DECISION_OF_VERB:
        raise DecisionError(f"unknown decision {verb!r}; use approve, reject or need-info")
    note, decided_by = note.strip(), decided_by.strip()
    if not note:
        raise DecisionError("a decision needs a note for the branch to tell the customer (--note)")
    if not decided_by:
        raise DecisionError("say who decides (--by)")
    try:
        canonical_id = proto.canonical_uuid(request_id)
    except ValueError:
        raise DecisionError(f"{request_id!r} is not a request id; see `dealer-hq requests list`") from None
    request = session.scalar(select(BenefitRequest).where(BenefitRequest.id == canonical_id).with_for_update())
    if request is None:
        raise DecisionError(f"no request {canonical_id}; see `dealer-hq requests list`")
    if request.status in FINAL_STATUSES:
        raise DecisionError(
            f"request {canonical_id} was already {request.status} by {request.decided_by} "
            f"on {request.decided_at:%Y-%m-%d %H:%M} UTC; that decision is final"
        )
    link = session.get(MemberLink, request.link_id)
    assert link is not None
    member = session.get(Member, link.member_id)
    branch = session.get(Branch, request.branch_id)
    assert member is not None and branch is not None
    decision = DECISION_OF_VERB[verb]
    tier = standing_of(session, member, now.date()).tier
    request.status = request.decision = decision
    request.note, request.decided_by, request.decided_at, request.tier_at_decision = note, decided_by, now, tier
    audit(session, decided_by, f"request.{decision}", "request", request.id,
          {"branch": branch.code, "tier_at_decision": tier, "note": note})
    feed = FeedBuffer()
    feed.add(
        request.branch_id,
        "decision",
        proto.DecisionItem(
            request_id=request.id, decision=decision, note=note, decided_by=decided_by,  # type: ignore[arg-type]
            decided_at=now, tier_at_decision=tier,
        ).model_dump(mode="json"),
    )
    feed.flush(session)
    return _view(request, branch, link, member)
