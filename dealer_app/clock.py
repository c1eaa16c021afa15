"""The one place that reads the clock, so tests can pin time."""

from __future__ import annotations

from datetime import UTC, date, datetime


def utcnow() -> datetime:
    """Naive UTC: SQLite stores no zone, and every stored timestamp in this app is UTC."""
    return datetime.now(UTC).replace(tzinfo=None)


def today() -> date:
    return datetime.now().date()
