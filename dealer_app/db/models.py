"""The branch database: SQLAlchemy 2.0 typed models.

Standing (points, tier, benefits) is never stored: it is computed by `dealer_app.rules` from
the facts kept here (join date, profile completeness, vehicles and their purchases).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
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
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def new_id() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    # SQLAlchemy reads this mapping at class creation; it is never mutated.
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, datetime: DateTime(timezone=False)}


class Setting(Base):
    """Branch settings and sync state as key/value rows (one row per key)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class StaffUser(Base):
    __tablename__ = "staff_users"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(200))
    roles: Mapped[str] = mapped_column(String(200))  # comma-separated role codes
    language: Mapped[str | None] = mapped_column(String(10))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None]
    created_at: Mapped[datetime]


class Member(Base):
    __tablename__ = "members"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    member_number: Mapped[str] = mapped_column(String(32), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    # search_key(full_name): what name search matches against (see dealer_app.text)
    name_key: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(2))
    national_id: Mapped[str] = mapped_column(String(32), unique=True)
    phone: Mapped[str] = mapped_column(String(20), index=True)
    email: Mapped[str | None] = mapped_column(String(200))
    birth_date: Mapped[date | None] = mapped_column(Date)
    address: Mapped[str | None] = mapped_column(Text)
    profile_complete: Mapped[bool] = mapped_column(Boolean, default=False)
    # set when head office merged this member with the same person enrolled elsewhere
    canonical_id: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    membership: Mapped[Membership] = relationship(back_populates="member", uselist=False)
    vehicles: Mapped[list[Vehicle]] = relationship(back_populates="member", order_by="Vehicle.purchased_on")


class Membership(Base):
    __tablename__ = "memberships"
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id"), primary_key=True)
    joined_on: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16))  # active | withdrawn
    join_method: Mapped[str] = mapped_column(String(32))  # paid | insurance | referral | repeat_purchase ...
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    refund: Mapped[bool | None] = mapped_column(Boolean)

    member: Mapped[Member] = relationship(back_populates="membership")


class Vehicle(Base):
    __tablename__ = "vehicles"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id"), index=True)
    plate_key: Mapped[str] = mapped_column(String(32), unique=True)
    vin: Mapped[str | None] = mapped_column(String(17), unique=True)
    model: Mapped[str] = mapped_column(String(100))
    purchased_on: Mapped[date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(8))  # direct | used
    created_at: Mapped[datetime]

    member: Mapped[Member] = relationship(back_populates="vehicles")
    cards: Mapped[list[Card]] = relationship(back_populates="vehicle", order_by="Card.version")


class Card(Base):
    """One membership card per vehicle; a reprint is a new row with a new number."""

    __tablename__ = "cards"
    card_number: Mapped[str] = mapped_column(String(24), primary_key=True)
    vehicle_id: Mapped[str] = mapped_column(ForeignKey("vehicles.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12))  # active | replaced | revoked
    issued_at: Mapped[datetime]
    issued_by: Mapped[str] = mapped_column(String(64))
    printed_at: Mapped[datetime | None]
    printed_by: Mapped[str | None] = mapped_column(String(64))
    handed_over_at: Mapped[datetime | None]
    handed_over_by: Mapped[str | None] = mapped_column(String(64))
    replaced_by: Mapped[str | None] = mapped_column(String(24))

    vehicle: Mapped[Vehicle] = relationship(back_populates="cards")
    __table_args__ = (UniqueConstraint("vehicle_id", "version"),)


class BenefitRequest(Base):
    __tablename__ = "requests"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id"), index=True)
    vehicle_id: Mapped[str | None] = mapped_column(ForeignKey("vehicles.id"))
    type: Mapped[str] = mapped_column(String(32))
    fields: Mapped[dict[str, Any]]
    status: Mapped[str] = mapped_column(String(24), index=True)
    tier_at_capture: Mapped[str | None] = mapped_column(String(16))
    points_at_capture: Mapped[int] = mapped_column(Integer)
    tier_at_decision: Mapped[str | None] = mapped_column(String(16))
    decision: Mapped[str | None] = mapped_column(String(16))
    decision_note: Mapped[str | None] = mapped_column(Text)
    decided_by: Mapped[str | None] = mapped_column(String(100))
    decided_at: Mapped[datetime | None]
    captured_at: Mapped[datetime]
    captured_by: Mapped[str] = mapped_column(String(64))
    due_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    events: Mapped[list[RequestEvent]] = relationship(back_populates="request", order_by="RequestEvent.id")


class RequestEvent(Base):
    """One step of a request's life cycle, with when and who."""

    __tablename__ = "request_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    request_id: Mapped[str] = mapped_column(ForeignKey("requests.id"), index=True)
    status: Mapped[str] = mapped_column(String(24))
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(Text)

    request: Mapped[BenefitRequest] = relationship(back_populates="events")


class OutboxEntry(Base):
    """A change head office must know, written in the same transaction as the change.

    Only `dealer_app.services.outbox` writes here; the sync client only reads it and sets
    `acked_at` once head office answered that it holds the entry.
    """

    __tablename__ = "outbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True, default=new_id)
    type: Mapped[str] = mapped_column(String(40))
    schema_version: Mapped[int] = mapped_column(Integer)
    payload: Mapped[dict[str, Any]]
    created_at: Mapped[datetime]
    acked_at: Mapped[datetime | None]
    __table_args__ = (Index("ix_outbox_pending", "acked_at", "seq"),)


class AuditEntry(Base):
    """Append-only (triggers refuse UPDATE and DELETE); written with the change it records."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(64))
    details: Mapped[dict[str, Any]]
    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id"),)


class ProfileVersion(Base):
    """Club profile versions published by head office and pulled by sync."""

    __tablename__ = "profile_versions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    code: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer)
    toml: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime]
    __table_args__ = (UniqueConstraint("code", "version"),)


class NameToken(Base):
    """Prefixes for short name queries (1-2 characters) that FTS5 trigram cannot answer.

    Each word of a name is a token; for names without spaces (Chinese) every suffix is a
    token too, so a one-character query finds a character anywhere in the name.
    """

    __tablename__ = "name_tokens"
    token: Mapped[str] = mapped_column(String(200), primary_key=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), primary_key=True)
    __table_args__ = (Index("ix_name_tokens_member", "member_id"), {"sqlite_with_rowid": False})
