"""Alembic environment for the branch database; run programmatically by Database.migrate()."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from dealer_app.db.models import Base

config = context.config
engine = config.attributes.get("engine") or create_engine(config.get_main_option("sqlalchemy.url") or "")

with engine.begin() as connection:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    context.run_migrations()
