"""Alembic environment for the head-office database; run programmatically by HeadOfficeDB.migrate()."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from dealer_app.headoffice.db import VERSION_TABLE
from dealer_app.headoffice.models import Base
from dealer_app.headoffice.web import models as _console_models  # noqa: F401  (its tables are on Base)

config = context.config
engine = config.attributes.get("engine") or create_engine(config.get_main_option("sqlalchemy.url") or "")

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        version_table=VERSION_TABLE,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    context.run_migrations()
