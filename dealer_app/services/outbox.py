"""The outbox: the only writer of `outbox` rows, and the only thing the sync client reads.

`record()` must be called inside the caller's unit of work, so the entry commits or rolls
back together with the change it describes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from dealer_app.clock import utcnow
from dealer_app.db.models import OutboxEntry, new_id
from dealer_app.sync_protocol import ENTRY_TYPES

SCHEMA_VERSION = 1


_INSERT = insert(OutboxEntry)


def record(session: Session, entry_type: str, payload: dict[str, Any]) -> str:
    if entry_type not in ENTRY_TYPES:
        raise ValueError(f"unknown outbox entry type {entry_type!r}")
    entry_id = new_id()
    # A Core INSERT in the caller's transaction: the ORM unit of work adds nothing here and
    # costs a noticeable share of every capture.
    session.connection().execute(
        _INSERT,
        {
            "id": entry_id,
            "type": entry_type,
            "schema_version": SCHEMA_VERSION,
            "payload": payload,
            "created_at": utcnow(),
        },
    )
    return entry_id


def pending(session: Session, limit: int, after_seq: int = 0) -> list[OutboxEntry]:
    stmt = (
        select(OutboxEntry)
        .where(OutboxEntry.acked_at.is_(None), OutboxEntry.seq > after_seq)
        .order_by(OutboxEntry.seq)
        .limit(limit)
    )
    return list(session.scalars(stmt))


def pending_count(session: Session) -> int:
    return session.scalar(select(func.count()).where(OutboxEntry.acked_at.is_(None))) or 0


def mark_acked(session: Session, entry_ids: Sequence[str], at: datetime | None = None) -> int:
    if not entry_ids:
        return 0
    result = session.execute(
        update(OutboxEntry)
        .where(OutboxEntry.id.in_(list(entry_ids)), OutboxEntry.acked_at.is_(None))
        .values(acked_at=at or utcnow())
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def mark_unacked(session: Session, entry_ids: Sequence[str]) -> int:
    """Used when reconciliation shows head office lacks entries we believed delivered."""
    if not entry_ids:
        return 0
    result = session.execute(update(OutboxEntry).where(OutboxEntry.id.in_(list(entry_ids))).values(acked_at=None))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def acked_ids(session: Session) -> list[str]:
    return list(
        session.scalars(select(OutboxEntry.id).where(OutboxEntry.acked_at.is_not(None)).order_by(OutboxEntry.id))
    )
