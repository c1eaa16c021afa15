"""Small database operations every head-office module uses: insert-or-ignore and audit rows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import Insert, Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import InstrumentedAttribute, Session

from dealer_app.clock import utcnow
from dealer_app.headoffice.models import AuditEntry, Base


def insert_ignore(
    session: Session,
    model: type[Base],
    rows: Sequence[dict[str, Any]],
    index_elements: Sequence[str],
    *,
    returning: InstrumentedAttribute[Any] | None = None,
) -> list[Any]:
    """INSERT … ON CONFLICT (index_elements) DO NOTHING; returns `returning` of inserted rows.

    Never check-then-insert: two branches (or two pushes of one branch) may insert the same
    key at the same moment, and the unique index is the only arbiter that cannot race.
    Rows are inserted in the order given, so callers sort them to keep lock order stable.
    """
    if not rows:
        return []
    dialect = session.get_bind().dialect.name
    table = cast(Table, model.__table__)
    stmt: Insert
    if dialect == "postgresql":
        stmt = postgresql.insert(table).on_conflict_do_nothing(index_elements=list(index_elements))
    elif dialect == "sqlite":
        stmt = sqlite.insert(table).on_conflict_do_nothing(index_elements=list(index_elements))
    else:
        raise ValueError(f"unsupported database dialect {dialect!r}")
    # Parameters go in as an executemany list (batched into multi-row INSERTs by SQLAlchemy's
    # insertmanyvalues), so the statement compiles once and is reused from the cache.
    params = [dict(row) for row in rows]
    if returning is None:
        session.execute(stmt, params)
        return []
    return list(session.scalars(stmt.returning(table.c[returning.key]), params))


def audit(
    session: Session, actor: str, action: str, entity: str, entity_id: str, details: dict[str, Any]
) -> None:
    """Callers must keep national IDs out of `details`: the audit log is read widely."""
    session.add(
        AuditEntry(at=utcnow(), actor=actor, action=action, entity=entity, entity_id=entity_id, details=details)
    )
