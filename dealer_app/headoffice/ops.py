"""Small database operations every head-office module uses: insert-or-ignore, IN lists and
audit rows.

On PostgreSQL many rows go in as ONE statement with ONE parameter, a JSON document of the
rows (``INSERT … SELECT FROM json_populate_recordset(…)``), and IN lists become
``= ANY(array)``: psycopg parses the placeholders out of every statement with more than 50
parameters on each execution (it does not cache those) and escapes array elements one by one
in Python, which for a 500-entry push cost more than PostgreSQL took to store it.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import ColumnElement, Insert, Table, Text, any_, bindparam, func, literal_column, select
from sqlalchemy import cast as sql_cast
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import InstrumentedAttribute, Session

from dealer_app.clock import utcnow
from dealer_app.headoffice.models import AuditEntry, Base

_PG_QUOTE = postgresql.dialect().identifier_preparer


def insert_ignore(
    session: Session,
    model: type[Base],
    rows: Sequence[dict[str, Any]],
    index_elements: Sequence[str],
    *,
    returning: InstrumentedAttribute[Any] | tuple[InstrumentedAttribute[Any], ...] | None = None,
) -> list[Any]:
    """INSERT … ON CONFLICT (index_elements) DO NOTHING; returns `returning` of inserted rows.

    `returning` is one column (a list of its values comes back) or a tuple of columns (a list
    of row tuples comes back, in no particular order).

    Never check-then-insert: two branches (or two pushes of one branch) may insert the same
    key at the same moment, and the unique index is the only arbiter that cannot race.
    Rows are inserted in the order given, so callers sort them to keep lock order stable.
    Every row must have the same keys.
    """
    if not rows:
        return []
    dialect = session.get_bind().dialect.name
    table = cast(Table, model.__table__)
    stmt: Insert
    if dialect == "postgresql":
        if len(rows) > 1 and _recordset_covers(table, rows[0]):
            stmt = postgresql.insert(table).from_select(list(rows[0]), _recordset(table, rows))
            stmt = stmt.on_conflict_do_nothing(index_elements=list(index_elements))
            if returning is None:
                session.execute(stmt)
                return []
            return _returned(session, stmt, table, returning, None)
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
    return _returned(session, stmt, table, returning, params)


def _recordset_covers(table: Table, row: dict[str, Any]) -> bool:
    """INSERT … SELECT fills omitted columns only with server-side defaults, so the one-document
    form is used only when no omitted column has a Python-side one."""
    return all(c.default is None for c in table.columns if c.key not in row)


def _json_value(value: Any) -> str:
    if isinstance(value, (date, datetime)):
        return value.isoformat()  # head office's timestamps are naive UTC
    raise TypeError(f"cannot send {type(value).__name__} in a row document")


def _recordset(table: Table, rows: Sequence[dict[str, Any]]) -> Any:
    """SELECT … FROM json_populate_recordset(NULL::table, :rows): the rows, in order, as ONE
    JSON document that PostgreSQL turns into the table's row type. One json.dumps is far
    cheaper than psycopg adapting hundreds of parameters (or arrays of them) in Python."""
    names = list(rows[0])
    document = json.dumps(list(rows), default=_json_value, ensure_ascii=False, separators=(",", ":"))
    row_type: ColumnElement[Any] = literal_column(f"NULL::{_PG_QUOTE.format_table(table)}")
    source = func.json_populate_recordset(row_type, sql_cast(bindparam(None, document, type_=Text), postgresql.JSON))
    rows_of = source.table_valued(*names).alias("rows")  # columns named by the row type, not by position
    return select(*(rows_of.c[name] for name in names))


def _returned(
    session: Session,
    stmt: Insert,
    table: Table,
    returning: InstrumentedAttribute[Any] | tuple[InstrumentedAttribute[Any], ...],
    params: list[dict[str, Any]] | None,
) -> list[Any]:
    if isinstance(returning, tuple):
        return [tuple(row) for row in session.execute(stmt.returning(*(table.c[c.key] for c in returning)), params)]
    return list(session.scalars(stmt.returning(table.c[returning.key]), params))


def in_values(session: Session, column: Any, values: Collection[Any]) -> ColumnElement[bool]:
    """`column IN values`; on PostgreSQL `column = ANY(:array)`, one parameter however many."""
    if session.get_bind().dialect.name == "postgresql":
        return cast(
            ColumnElement[bool],
            column == any_(bindparam(None, list(values), type_=postgresql.ARRAY(column.type))),
        )
    return cast(ColumnElement[bool], column.in_(list(values)))


def audit_row(actor: str, action: str, entity: str, entity_id: str, details: dict[str, Any]) -> dict[str, Any]:
    """One audit-log row as plain values, for callers that insert many at once.

    Callers must keep national IDs out of `details`: the audit log is read widely."""
    return {"at": utcnow(), "actor": actor, "action": action, "entity": entity, "entity_id": entity_id,
            "details": details}


def audit(
    session: Session, actor: str, action: str, entity: str, entity_id: str, details: dict[str, Any]
) -> None:
    """Callers must keep national IDs out of `details`: the audit log is read widely."""
    session.add(AuditEntry(**audit_row(actor, action, entity, entity_id, details)))
