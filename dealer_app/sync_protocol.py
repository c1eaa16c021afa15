"""The branch ↔ head-office sync wire format and its request signing.

Shared by the head-office service (`dealer_app.headoffice`) and the branch sync client
(`dealer_app.sync`), so both sides agree on one definition of every message.

Authentication (HMAC-SHA256, no TLS client certificates needed):

* `dealer-hq branch add CODE` shows the branch secret S once. Both sides derive the signing
  key K = SHA-256("dealer-club-sync-v1" ‖ S) with `derive_key`. Head office stores K, never S.
  K is *secret-equivalent* for signing (whoever holds K can sign as the branch), so the
  head-office `branches` table must be protected like a password-hash table; what storing
  K instead of S buys is that a leaked database does not reveal the text staff typed in.
* Every request carries `X-Branch`, `X-Timestamp` (unix seconds), `X-Nonce` and
  `X-Signature` = base64url(HMAC-SHA256(K, METHOD "\\n" path_with_query "\\n" timestamp
  "\\n" nonce "\\n" sha256hex(body))), unpadded.
* Head office accepts timestamps within ±`CLOCK_WINDOW_SECONDS` of its clock and remembers
  nonces for that window, so a captured request cannot be replayed.

Entry ids are UUIDs in canonical lowercase form (`str(uuid.UUID(...))`) everywhere,
including in `entries_digest`.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
import uuid
from collections.abc import Generator, Iterable, Mapping
from datetime import UTC, date, datetime
from typing import Any, Literal

import httpx
from pydantic import BaseModel, ConfigDict, Field, field_validator

PROTOCOL_LABEL = "dealer-club-sync-v1"
API_PREFIX = "/api/v1"
CLOCK_WINDOW_SECONDS = 300
MAX_PUSH_BATCH = 500
MAX_PULL_LIMIT = 500
MAX_HELD_LIMIT = 5000

HEADER_BRANCH = "X-Branch"
HEADER_TIMESTAMP = "X-Timestamp"
HEADER_NONCE = "X-Nonce"
HEADER_SIGNATURE = "X-Signature"

# Entry types head office understands at schema_version 1; others are stored and flagged.
ENTRY_TYPES = frozenset(
    {
        "member.enrolled",
        "member.updated",
        "vehicle.added",
        "membership.renewed",
        "membership.withdrawn",
        "card.issued",
        "card.replaced",
        "request.captured",
        "request.customer_informed",
    }
)
SUPPORTED_SCHEMA_VERSIONS = frozenset({1})

FeedKind = Literal["decision", "member.canonical", "card.revoked", "profile.published"]
Decision = Literal["approved", "rejected", "need_info"]


# --- signing -------------------------------------------------------------------------------


def derive_key(secret: str) -> bytes:
    """The signing key both sides derive from the branch secret shown once at `branch add`."""
    return hashlib.sha256(PROTOCOL_LABEL.encode() + secret.strip().encode()).digest()


def new_secret() -> str:
    return secrets.token_urlsafe(32)


def body_sha256(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def string_to_sign(method: str, path: str, body: bytes, timestamp: int | str, nonce: str) -> bytes:
    """`path` is the request target as sent: path plus `?query` when there is one."""
    return "\n".join([method.upper(), path, str(timestamp), nonce, body_sha256(body)]).encode()


def signature(key: bytes, method: str, path: str, body: bytes, timestamp: int | str, nonce: str) -> str:
    digest = hmac.new(key, string_to_sign(method, path, body, timestamp, nonce), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def sign_request(
    key: bytes,
    method: str,
    path: str,
    body: bytes,
    timestamp: int | None = None,
    nonce: str | None = None,
    *,
    branch: str | None = None,
) -> dict[str, str]:
    """Headers that authenticate one request; pass `branch` to include `X-Branch` too.

    `timestamp` defaults to now and `nonce` to a fresh random value: only tests pin them.
    """
    ts = int(time.time()) if timestamp is None else int(timestamp)
    nonce = nonce or secrets.token_urlsafe(16)
    headers = {
        HEADER_TIMESTAMP: str(ts),
        HEADER_NONCE: nonce,
        HEADER_SIGNATURE: signature(key, method, path, body, ts, nonce),
    }
    if branch is not None:
        headers[HEADER_BRANCH] = branch
    return headers


def verify(
    key: bytes, method: str, path: str, body: bytes, timestamp: str, nonce: str, signature_b64: str
) -> bool:
    """Constant-time check of a request signature (the clock window is checked separately)."""
    expected = signature(key, method, path, body, timestamp, nonce)
    return hmac.compare_digest(expected.encode(), signature_b64.strip().encode())


def timestamp_skew(timestamp: str, now: float | None = None) -> int | None:
    """Seconds between the request's timestamp and `now`; None when it is not an integer."""
    try:
        ts = int(timestamp)
    except (TypeError, ValueError):
        return None
    return ts - int(time.time() if now is None else now)


def entries_digest(entry_ids: Iterable[str | uuid.UUID]) -> str:
    """SHA-256 hex over the sorted canonical entry UUIDs, one per line, no trailing newline."""
    canonical = sorted(str(uuid.UUID(str(e))) for e in entry_ids)
    return hashlib.sha256("\n".join(canonical).encode()).hexdigest()


def canonical_uuid(value: str | uuid.UUID) -> str:
    return str(uuid.UUID(str(value)))


def to_utc_naive(value: datetime) -> datetime:
    """Naive timestamps on the wire are UTC (the branch stores naive UTC)."""
    if value.tzinfo is None:
        return value
    return value.astimezone(UTC).replace(tzinfo=None)


# --- messages ------------------------------------------------------------------------------


class Entry(BaseModel):
    """One outbox entry as the branch sends it."""

    model_config = ConfigDict(extra="forbid")

    id: uuid.UUID
    type: str = Field(min_length=1, max_length=64)
    schema_version: int = Field(ge=1, le=1_000)
    created_at: datetime
    payload: dict[str, Any]

    @field_validator("created_at")
    @classmethod
    def _utc(cls, value: datetime) -> datetime:
        return to_utc_naive(value)


class PushRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    entries: list[Entry] = Field(max_length=MAX_PUSH_BATCH)


class PushResponse(BaseModel):
    held: list[str]


class FeedItem(BaseModel):
    seq: int
    kind: str
    payload: dict[str, Any]


class PullResponse(BaseModel):
    items: list[FeedItem]
    next_cursor: int


class ReconcileRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    count: int = Field(ge=0)
    digest: str = Field(pattern=r"^[0-9a-f]{64}$")


class ReconcileResponse(BaseModel):
    count: int
    digest: str
    match: bool


class HeldResponse(BaseModel):
    ids: list[str]
    next_after: str | None


class HealthResponse(BaseModel):
    status: str
    version: str


# --- entry payloads (schema_version 1) -----------------------------------------------------
# Extra keys are allowed so a branch one minor version ahead does not get its entries refused.


class _Payload(BaseModel):
    model_config = ConfigDict(extra="allow")


class MemberEnrolled(_Payload):
    member_id: uuid.UUID
    member_number: str = Field(min_length=1, max_length=32)
    national_id: str = Field(min_length=1, max_length=32)
    country: str = Field(min_length=2, max_length=2)
    full_name: str = Field(min_length=1, max_length=200)
    phone: str = Field(max_length=32)
    joined_on: date
    profile_complete: bool = False
    join_method: str = Field(max_length=32)
    valid_until: date | None = None


class MemberUpdated(_Payload):
    """`member_id` plus only the fields that changed (any of `MEMBER_UPDATABLE_FIELDS`)."""

    member_id: uuid.UUID


MEMBER_UPDATABLE_FIELDS = (
    "full_name",
    "phone",
    "email",
    "birth_date",
    "address",
    "profile_complete",
    "country",
    "national_id",
)


class VehicleAdded(_Payload):
    vehicle_id: uuid.UUID
    member_id: uuid.UUID
    plate_key: str = Field(min_length=1, max_length=32)
    vin: str | None = Field(default=None, max_length=17)
    model: str = Field(max_length=100)
    purchased_on: date
    source: Literal["direct", "used"]


class MembershipRenewed(_Payload):
    member_id: uuid.UUID
    valid_until: date | None


class MembershipWithdrawn(_Payload):
    member_id: uuid.UUID
    refund: bool | None = None


class CardIssued(_Payload):
    card_number: str = Field(min_length=1, max_length=24)
    vehicle_id: uuid.UUID
    member_id: uuid.UUID
    replaces: str | None = Field(default=None, max_length=24)


class RequestCaptured(_Payload):
    request_id: uuid.UUID
    member_id: uuid.UUID
    vehicle_id: uuid.UUID | None = None
    type: str = Field(min_length=1, max_length=32)
    fields: dict[str, Any] = Field(default_factory=dict)
    tier_at_capture: str | None = Field(default=None, max_length=16)
    points_at_capture: int = 0
    captured_at: datetime
    captured_by: str = Field(max_length=64)
    due_at: datetime | None = None

    @field_validator("captured_at", "due_at")
    @classmethod
    def _utc(cls, value: datetime | None) -> datetime | None:
        return None if value is None else to_utc_naive(value)


class RequestCustomerInformed(_Payload):
    request_id: uuid.UUID
    note: str | None = None
    at: datetime
    by: str = Field(max_length=100)

    @field_validator("at")
    @classmethod
    def _utc(cls, value: datetime) -> datetime:
        return to_utc_naive(value)


PAYLOAD_MODELS: Mapping[tuple[str, int], type[BaseModel]] = {
    ("member.enrolled", 1): MemberEnrolled,
    ("member.updated", 1): MemberUpdated,
    ("vehicle.added", 1): VehicleAdded,
    ("membership.renewed", 1): MembershipRenewed,
    ("membership.withdrawn", 1): MembershipWithdrawn,
    ("card.issued", 1): CardIssued,
    ("card.replaced", 1): CardIssued,
    ("request.captured", 1): RequestCaptured,
    ("request.customer_informed", 1): RequestCustomerInformed,
}


# --- feed payloads (head office → branch) --------------------------------------------------


class DecisionItem(BaseModel):
    request_id: str
    decision: Decision
    note: str
    decided_by: str
    decided_at: datetime
    tier_at_decision: str | None


class MemberCanonicalItem(BaseModel):
    branch_member_id: str
    canonical_id: str
    canonical_member_number: str


class CardRevokedItem(BaseModel):
    card_number: str
    branch: str
    reason: Literal["replaced", "withdrawn"]
    replaced_by: str | None = None


class ProfilePublishedItem(BaseModel):
    code: str
    version: int
    toml: str
    published_at: datetime


class BranchAuth(httpx.Auth):
    """httpx authentication that signs every request as one branch.

    Signs `url.raw_path` (path plus query, exactly as sent on the wire), so what is signed
    is what head office sees.
    """

    requires_request_body = True

    def __init__(self, branch: str, key: bytes) -> None:
        self.branch = branch
        self.key = key

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        target = request.url.raw_path.decode("ascii")
        request.headers.update(
            sign_request(self.key, request.method, target, request.content, branch=self.branch)
        )
        yield request
