"""The change feed branches pull by cursor.

On PostgreSQL a sequence value is taken at INSERT but becomes visible at COMMIT, so two
concurrent writers could commit seq 11 before seq 10 and a branch pulling in between would
move its cursor past 10 for ever. Every feed writer therefore takes one transaction-level
advisory lock right before inserting and holds it to commit: feed rows become visible in
seq order. Writers collect their items first and insert them last, so the lock is held only
for the final inserts and never while waiting for another lock (no deadlock). SQLite
serialises writers anyway.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import or_, select, text
from sqlalchemy.orm import Session

from dealer_app import sync_protocol as proto
from dealer_app.clock import utcnow
from dealer_app.headoffice.models import FeedRow

# pg_advisory_xact_lock key: any constant unique to this purpose ("DCFEED" in ASCII)
FEED_LOCK_KEY = 0x444346454544


@dataclass
class FeedBuffer:
    """Feed items produced during one unit of work, written by `flush` at its end."""

    items: list[tuple[int | None, str, dict[str, Any]]] = field(default_factory=list)

    def add(self, branch_id: int | None, kind: proto.FeedKind, payload: dict[str, Any]) -> None:
        self.items.append((branch_id, kind, payload))

    def extend(self, other: FeedBuffer) -> None:
        self.items.extend(other.items)

    def flush(self, session: Session) -> None:
        if not self.items:
            return
        if session.get_bind().dialect.name == "postgresql":
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": FEED_LOCK_KEY})
        now = utcnow()
        session.add_all(
            FeedRow(branch_id=branch_id, kind=kind, payload=payload, created_at=now)
            for branch_id, kind, payload in self.items
        )
        session.flush()
        self.items.clear()


def pull(session: Session, branch_id: int, cursor: int, limit: int) -> proto.PullResponse:
    rows = session.scalars(
        select(FeedRow)
        .where(FeedRow.seq > cursor, or_(FeedRow.branch_id == branch_id, FeedRow.branch_id.is_(None)))
        .order_by(FeedRow.seq)
        .limit(limit)
    ).all()
    items = [proto.FeedItem(seq=r.seq, kind=r.kind, payload=r.payload) for r in rows]
    return proto.PullResponse(items=items, next_cursor=rows[-1].seq if rows else cursor)
