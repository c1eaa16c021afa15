"""Human-facing numbers (member numbers, card numbers): branch code plus a branch counter.

The counter lives in `settings` and is bumped inside the caller's write transaction, which
holds SQLite's write lock (BEGIN IMMEDIATE), so two processes never hand out the same number.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from dealer_app.services.settings import get_value, set_value

# Card numbers carry a "C" so a number read aloud or typed is never both a member and a card.
_FORMAT = {"member": "{branch}-{n:06d}", "card": "{branch}-C{n:06d}"}


def next_number(session: Session, kind: str, branch_code: str) -> str:
    key = f"counter.{kind}"
    value = int(get_value(session, key) or "0") + 1
    set_value(session, key, str(value))
    return _FORMAT[kind].format(branch=branch_code, n=value)


def reserve_numbers(session: Session, kind: str, branch_code: str, count: int) -> list[str]:
    """A block of numbers at once, for bulk imports and demo data."""
    key = f"counter.{kind}"
    start = int(get_value(session, key) or "0") + 1
    set_value(session, key, str(start + count - 1))
    return [_FORMAT[kind].format(branch=branch_code, n=n) for n in range(start, start + count)]
