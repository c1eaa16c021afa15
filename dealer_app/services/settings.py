"""Branch settings, kept in the database so a backup holds them with the data."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from dealer_app.db.database import Database
from dealer_app.db.models import Setting
from dealer_app.roles import Actor, Permission
from dealer_app.services import audit
from dealer_app.text import to_ascii_digits
from dealer_app.validation import ValidationError

# Keys whose values must never be shown, logged or copied into diagnostics.
SECRET_KEYS = frozenset({"card_key", "sync_key"})


class BranchNotInitialised(RuntimeError):
    def __init__(self) -> None:
        super().__init__(
            "This branch has not been set up yet: run `dealer-app init --branch-code CODE "
            "--branch-name NAME --club PROFILE` or start the app to use the first-run wizard."
        )


@dataclass(frozen=True)
class BranchSettings:
    branch_code: str
    branch_name: str
    club_code: str
    idle_lock_minutes: int = 10
    toman_display: bool = False
    printer_offset_x_mm: float = 0.0
    printer_offset_y_mm: float = 0.0
    sync_url: str | None = None
    # The branch's own numbers for the card; each overrides the club profile's when set.
    hotline_24h: str | None = None
    service_phone: str | None = None


CARD_PHONE_KEYS = frozenset({"hotline_24h", "service_phone"})
_CARD_PHONE_CHARS = re.compile(r"[0-9+\-() ]*")


def card_phone(value: str, field: str) -> str:
    """A phone number printed on the card, as the clerk typed it (ASCII digits); "" clears it.

    Not checked with ``validation.validate_phone``: club lines are often short codes (1699,
    444 0 123) or 400 numbers that are no subscriber's number.
    """
    text = to_ascii_digits(" ".join(value.split()))
    if not text:
        return ""
    digits = sum(ch.isdigit() for ch in text)
    if not _CARD_PHONE_CHARS.fullmatch(text) or not 3 <= digits <= 15:
        raise ValidationError(
            field, f"{value.strip()!r} is not a phone number: type 3 to 15 digits, e.g. 021-44563513 or 1699."
        )
    return text


def get_value(session: Session, key: str) -> str | None:
    return session.scalar(select(Setting.value).where(Setting.key == key))


def set_value(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def is_initialised(db: Database) -> bool:
    with db.read() as s:
        return get_value(s, "branch_code") is not None


def load(session: Session) -> BranchSettings:
    values = {r.key: r.value for r in session.scalars(select(Setting))}
    if "branch_code" not in values:
        raise BranchNotInitialised()
    return BranchSettings(
        branch_code=values["branch_code"],
        branch_name=values["branch_name"],
        club_code=values["club_code"],
        idle_lock_minutes=int(values.get("idle_lock_minutes", "10")),
        toman_display=values.get("toman_display", "0") == "1",
        printer_offset_x_mm=float(values.get("printer_offset_x_mm", "0")),
        printer_offset_y_mm=float(values.get("printer_offset_y_mm", "0")),
        sync_url=values.get("sync_url"),
        hotline_24h=values.get("hotline_24h") or None,
        service_phone=values.get("service_phone") or None,
    )


def initialise(session: Session, branch_code: str, branch_name: str, club_code: str) -> None:
    set_value(session, "branch_code", branch_code)
    set_value(session, "branch_name", branch_name)
    set_value(session, "club_code", club_code)
    if get_value(session, "card_key") is None:
        # Signs card QR payloads; head office distributes the club-wide key when the branch
        # connects, so cards from other branches verify too.
        set_value(session, "card_key", secrets.token_hex(32))


def card_key(session: Session) -> bytes:
    value = get_value(session, "card_key")
    if value is None:
        raise BranchNotInitialised()
    return bytes.fromhex(value)


def update(db: Database, actor: Actor, **changes: str | int | float | bool) -> BranchSettings:
    """Change ordinary settings (not secrets) in one transaction, audited."""
    actor.require(Permission.SETTINGS)
    allowed = {
        "branch_name",
        "club_code",
        "idle_lock_minutes",
        "toman_display",
        "printer_offset_x_mm",
        "printer_offset_y_mm",
        "hotline_24h",
        "service_phone",
    }
    unknown = set(changes) - allowed
    if unknown:
        raise ValueError(f"not a setting that can be changed here: {', '.join(sorted(unknown))}")
    for key in CARD_PHONE_KEYS & set(changes):
        changes[key] = card_phone(str(changes[key]), key)
    with db.write() as s:
        for key, value in changes.items():
            stored = ("1" if value else "0") if isinstance(value, bool) else str(value)
            set_value(s, key, stored)
        audit.record(s, actor, "settings.update", "settings", "branch", **{k: str(v) for k, v in changes.items()})
        return load(s)
