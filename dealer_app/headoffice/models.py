"""Head-office database: SQLAlchemy 2.0 typed models (PostgreSQL in production, SQLite embedded).

Head office is the system of record for members across branches. A branch's member is a
`MemberLink` (branch, branch member UUID) pointing at one canonical `Member`, keyed by
(country, national ID); vehicles, cards and requests hang off the link, so re-pointing a
link (a corrected national ID) moves its whole history at once.

National IDs are stored as given by the branch but must never be written to logs or to the
audit log.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Entry UUIDs are compared and paged by `>`: PostgreSQL must compare them bytewise (collation
# "C") so its order equals Python's sorted() that the reconcile digest uses.
UuidStr = String(36).with_variant(String(36, collation="C"), "postgresql")
Json = JSON().with_variant(JSONB(), "postgresql")
# SQLite only autoincrements INTEGER PRIMARY KEY; PostgreSQL gets 64-bit sequences.
BigId = BigInteger().with_variant(Integer(), "sqlite")


def new_uuid() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: Json, datetime: DateTime(timezone=False)}


class Branch(Base):
    __tablename__ = "branches"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    region: Mapped[str | None] = mapped_column(String(100))
    # hex of K = derive_key(secret); see dealer_app.sync_protocol for why K, not the secret
    key_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]
    rotated_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]
    last_sync_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)


class Nonce(Base):
    """Nonces seen within the clock window; the unique key refuses a replayed request."""

    __tablename__ = "nonces"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branches.id"))
    nonce: Mapped[str] = mapped_column(String(64))
    seen_at: Mapped[datetime] = mapped_column(index=True)
    __table_args__ = (UniqueConstraint("branch_id", "nonce", name="uq_nonces_branch_nonce"),)


class ReceivedEntry(Base):
    """Every outbox entry a branch pushed, stored exactly once, applied or flagged.

    status: applied | waiting (depends on an entry not received yet) | invalid |
    unknown_type | unsupported_version.
    """

    __tablename__ = "received_entries"
    seq: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branches.id"))
    entry_uuid: Mapped[str] = mapped_column(UuidStr)
    type: Mapped[str] = mapped_column(String(64))
    schema_version: Mapped[int] = mapped_column(Integer)
    payload: Mapped[dict[str, Any]]
    created_at: Mapped[datetime]
    received_at: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(24))
    error: Mapped[str | None] = mapped_column(Text)
    applied_at: Mapped[datetime | None]
    __table_args__ = (
        UniqueConstraint("branch_id", "entry_uuid", name="uq_received_branch_entry"),
        Index("ix_received_branch_status", "branch_id", "status", "seq"),
    )


class Member(Base):
    """One person, merged from every branch that enrolled them.

    `field_stamps` maps a field name to the "created_at|entry uuid" of the entry whose value
    won, so later-arriving entries are merged by the rules in `merge.py` regardless of the
    order in which branches happened to sync.
    """

    __tablename__ = "members"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    member_number: Mapped[str] = mapped_column(String(32))
    country: Mapped[str] = mapped_column(String(2))
    national_id: Mapped[str] = mapped_column(String(32))
    full_name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(200))
    birth_date: Mapped[date | None] = mapped_column(Date)
    address: Mapped[str | None] = mapped_column(Text)
    joined_on: Mapped[date] = mapped_column(Date)
    join_method: Mapped[str] = mapped_column(String(32))
    profile_complete: Mapped[bool] = mapped_column(Boolean, default=False)
    valid_until: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="active")  # active | withdrawn
    field_stamps: Mapped[dict[str, Any]]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    links: Mapped[list[MemberLink]] = relationship(back_populates="member", order_by="MemberLink.id")
    __table_args__ = (UniqueConstraint("country", "national_id", name="uq_members_country_national_id"),)


class MemberLink(Base):
    """A branch's member record (branch member UUID) → the canonical member."""

    __tablename__ = "member_links"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branches.id"))
    branch_member_id: Mapped[str] = mapped_column(String(36))
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id"), index=True)
    member_number: Mapped[str] = mapped_column(String(32))
    joined_on: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="active")  # active | withdrawn
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    refund: Mapped[bool | None] = mapped_column(Boolean)
    # the canonical id this branch was last told about (None: never told)
    notified_canonical_id: Mapped[str | None] = mapped_column(String(36))
    linked_at: Mapped[datetime]

    member: Mapped[Member] = relationship(back_populates="links")
    branch: Mapped[Branch] = relationship()
    __table_args__ = (UniqueConstraint("branch_id", "branch_member_id", name="uq_links_branch_member"),)


class Vehicle(Base):
    __tablename__ = "vehicles"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branches.id"))
    branch_vehicle_id: Mapped[str] = mapped_column(String(36))
    link_id: Mapped[int] = mapped_column(ForeignKey("member_links.id"), index=True)
    plate_key: Mapped[str] = mapped_column(String(32), index=True)
    vin: Mapped[str | None] = mapped_column(String(17), index=True)
    model: Mapped[str] = mapped_column(String(100))
    purchased_on: Mapped[date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(8))  # direct | used
    created_at: Mapped[datetime]
    __table_args__ = (UniqueConstraint("branch_id", "branch_vehicle_id", name="uq_vehicles_branch_vehicle"),)


class Card(Base):
    __tablename__ = "cards"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branches.id"))
    card_number: Mapped[str] = mapped_column(String(24))
    branch_vehicle_id: Mapped[str] = mapped_column(String(36))
    link_id: Mapped[int] = mapped_column(ForeignKey("member_links.id"), index=True)
    status: Mapped[str] = mapped_column(String(12))  # active | replaced | revoked
    replaces: Mapped[str | None] = mapped_column(String(24))
    replaced_by: Mapped[str | None] = mapped_column(String(24))
    issued_at: Mapped[datetime]
    __table_args__ = (UniqueConstraint("branch_id", "card_number", name="uq_cards_branch_card"),)


class BenefitRequest(Base):
    """A benefit request captured at a branch; `id` is the branch's request UUID.

    status: received | need_info | approved | rejected (approved and rejected are final).
    """

    __tablename__ = "requests"
    id: Mapped[str] = mapped_column(UuidStr, primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branches.id"), index=True)
    link_id: Mapped[int] = mapped_column(ForeignKey("member_links.id"), index=True)
    branch_vehicle_id: Mapped[str | None] = mapped_column(String(36))
    type: Mapped[str] = mapped_column(String(32))
    fields: Mapped[dict[str, Any]]
    tier_at_capture: Mapped[str | None] = mapped_column(String(16))
    points_at_capture: Mapped[int] = mapped_column(Integer)
    captured_at: Mapped[datetime]
    captured_by: Mapped[str] = mapped_column(String(64))
    due_at: Mapped[datetime | None]
    received_at: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(16), index=True)
    decision: Mapped[str | None] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text)
    decided_by: Mapped[str | None] = mapped_column(String(100))
    decided_at: Mapped[datetime | None]
    tier_at_decision: Mapped[str | None] = mapped_column(String(16))
    customer_informed_at: Mapped[datetime | None]
    customer_informed_by: Mapped[str | None] = mapped_column(String(100))
    customer_informed_note: Mapped[str | None] = mapped_column(Text)

    branch: Mapped[Branch] = relationship()
    link: Mapped[MemberLink] = relationship()


class AuditEntry(Base):
    """What head office did and why, including every merge conflict's losing value."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(64))
    details: Mapped[dict[str, Any]]
    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id"),)


class FeedRow(Base):
    """The change feed branches pull by cursor; branch_id NULL addresses every branch."""

    __tablename__ = "feed"
    seq: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    branch_id: Mapped[int | None] = mapped_column(ForeignKey("branches.id"))
    kind: Mapped[str] = mapped_column(String(32))
    payload: Mapped[dict[str, Any]]
    created_at: Mapped[datetime]
    __table_args__ = (Index("ix_feed_branch_seq", "branch_id", "seq"),)


class ProfileVersion(Base):
    __tablename__ = "profile_versions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    code: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer)
    toml: Mapped[str] = mapped_column(Text)
    published_at: Mapped[datetime]
    published_by: Mapped[str] = mapped_column(String(100))
    __table_args__ = (UniqueConstraint("code", "version", name="uq_profile_code_version"),)
