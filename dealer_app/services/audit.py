"""The audit log: one append-only row per action, written in the transaction of the change."""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from dealer_app.clock import utcnow
from dealer_app.db.models import AuditEntry
from dealer_app.roles import Actor

_INSERT = insert(AuditEntry)


def record(session: Session, actor: Actor, action: str, entity: str, entity_id: str, **details: Any) -> None:
    # Core INSERT in the caller's transaction (cheaper than the ORM unit of work).
    session.connection().execute(
        _INSERT,
        {
            "at": utcnow(),
            "actor": actor.username,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "details": details,
        },
    )


def history(session: Session, entity: str, entity_id: str, limit: int = 200) -> list[AuditEntry]:
    stmt = (
        select(AuditEntry)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
        .order_by(AuditEntry.id.desc())
        .limit(limit)
    )
    return list(session.scalars(stmt))
