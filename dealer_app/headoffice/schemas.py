"""Head office's own views (CLI JSON output); the branch wire format is in `sync_protocol`."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel

DecisionVerb = Literal["approve", "reject", "need-info"]
DECISION_OF_VERB: dict[str, str] = {"approve": "approved", "reject": "rejected", "need-info": "need_info"}
REQUEST_STATUSES = ("received", "need_info", "approved", "rejected")
FINAL_STATUSES = frozenset({"approved", "rejected"})


class BranchView(BaseModel):
    code: str
    name: str
    region: str | None
    created_at: datetime
    rotated_at: datetime | None
    revoked_at: datetime | None
    last_sync_at: datetime | None
    last_error: str | None


class RequestView(BaseModel):
    """A request as the regional sales manager reviews it; `id` is the branch's request UUID."""

    id: str
    branch: str
    member_id: str
    member_number: str
    full_name: str
    type: str
    fields: dict[str, Any]
    tier_at_capture: str | None
    points_at_capture: int
    captured_at: datetime
    captured_by: str
    due_at: datetime | None
    received_at: datetime
    status: str
    decision: str | None
    note: str | None
    decided_by: str | None
    decided_at: datetime | None
    tier_at_decision: str | None
    customer_informed_at: datetime | None


class MemberView(BaseModel):
    """A canonical member without the national ID (which must never reach logs or output)."""

    id: str
    member_number: str
    country: str
    full_name: str
    joined_on: date
    valid_until: date | None
    profile_complete: bool
    status: str
    branches: list[str]
    vehicles: int
    points: int
    tier: str | None
