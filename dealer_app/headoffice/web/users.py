"""Head-office users of the review console: argon2id passwords, roles, region scope, lockout.

Lockout: 5 failed sign-ins for one username, each within 15 minutes of the previous one,
lock that username for 15 minutes. It is kept per typed username, known or not, so the
answer to a locked or unknown name looks the same as to a known one; while locked, the
password is not even checked, so guessing during the lock gains nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Literal

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from dealer_app.headoffice.models import Branch
from dealer_app.headoffice.ops import audit, insert_ignore
from dealer_app.headoffice.web.models import ROLE_ADMIN, ROLES, HqLoginThrottle, HqUser, HqUserRegion

MAX_FAILURES = 5
LOCK_DURATION = timedelta(minutes=15)
# Failures further apart than this are not "repeated": the count starts again.
FAILURE_WINDOW = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 12
USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._@-]{1,63}$")

# argon2-cffi's defaults are argon2id with RFC 9106's low-memory profile.
_hasher = PasswordHasher()


class UserError(ValueError):
    """A user administration request cannot be done (the message says why and what to do)."""


@dataclass(frozen=True)
class Principal:
    """The signed-in user as the console sees it for one request."""

    id: int
    username: str
    display_name: str
    role: str
    regions: tuple[str, ...]

    @property
    def is_admin(self) -> bool:
        return self.role == ROLE_ADMIN

    @property
    def actor(self) -> str:
        """Audit actor: prefixed so a console user is never confused with an OS user of the CLI."""
        return f"console:{self.username}"

    @property
    def decided_by(self) -> str:
        """Who decided, as the branch shows it: the person's name with the unambiguous username."""
        suffix = f" ({self.username})"
        return self.display_name[: 100 - len(suffix)] + suffix

    def sees_region(self, region: str | None) -> bool:
        return self.is_admin or (region is not None and region in self.regions)


def principal_of(user: HqUser) -> Principal:
    return Principal(user.id, user.username, user.display_name, user.role, user.region_names)


def normalize_username(username: str) -> str:
    return username.strip().lower()


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return _hasher.hash("dealer-club: no such user")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_password_rules(password: str, username: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")
    if password.strip() != password:
        raise UserError("a password may not start or end with a space (easy to mistype)")
    if username and username in password.lower():
        raise UserError("a password may not contain the username")


def _clean_regions(role: str, regions: Iterable[str]) -> list[str]:
    cleaned = sorted({r.strip() for r in regions if r.strip()})
    if any(len(r) > 100 for r in cleaned):
        raise UserError("a region name has at most 100 characters")
    if role != ROLE_ADMIN and not cleaned:
        raise UserError("a regional manager needs at least one region (--region), as the branches list it")
    # An administrator sees every region: a region list would only mislead.
    return [] if role == ROLE_ADMIN else cleaned


def create_user(
    session: Session,
    username: str,
    display_name: str,
    role: str,
    regions: Iterable[str],
    password: str,
    actor: str,
    now: datetime,
) -> HqUser:
    username = normalize_username(username)
    if not USERNAME_RE.match(username):
        raise UserError(
            "a username is 2-64 lowercase letters, digits, '.', '_', '@' or '-', starting with a letter or digit"
        )
    if role not in ROLES:
        raise UserError(f"unknown role {role!r}; use {' or '.join(ROLES)}")
    display_name = " ".join(display_name.split()) or username
    if len(display_name) > 80:
        raise UserError("a display name has at most 80 characters")
    region_list = _clean_regions(role, regions)
    check_password_rules(password, username)
    if session.scalar(select(HqUser.id).where(HqUser.username == username)) is not None:
        raise UserError(f"user {username!r} already exists")
    user = HqUser(
        username=username,
        display_name=display_name,
        role=role,
        password_hash=hash_password(password),
        created_at=now,
        regions=[HqUserRegion(region=r) for r in region_list],
    )
    session.add(user)
    session.flush()
    audit(session, actor, "hq_user.add", "hq_user", username, {"role": role, "regions": region_list})
    return user


def get_user(session: Session, username: str) -> HqUser:
    user = session.scalar(
        select(HqUser).where(HqUser.username == normalize_username(username)).options(selectinload(HqUser.regions))
    )
    if user is None:
        raise UserError(f"no user {username!r}")
    return user


def list_users(session: Session) -> list[HqUser]:
    return list(session.scalars(select(HqUser).options(selectinload(HqUser.regions)).order_by(HqUser.username)))


def set_disabled(session: Session, username: str, disabled: bool, actor: str, now: datetime) -> None:
    """Disabling also ends the user's open sessions (see `security.end_sessions_of`)."""
    from dealer_app.headoffice.web.security import end_sessions_of

    user = get_user(session, username)
    if disabled and user.disabled_at is None:
        user.disabled_at = now
        end_sessions_of(session, user.id)
        audit(session, actor, "hq_user.disable", "hq_user", user.username, {})
    elif not disabled and user.disabled_at is not None:
        user.disabled_at = None
        audit(session, actor, "hq_user.enable", "hq_user", user.username, {})


def set_password(session: Session, username: str, password: str, actor: str) -> None:
    from dealer_app.headoffice.web.security import end_sessions_of

    user = get_user(session, username)
    check_password_rules(password, user.username)
    user.password_hash = hash_password(password)
    end_sessions_of(session, user.id)
    audit(session, actor, "hq_user.password_set", "hq_user", user.username, {})


def unlock(session: Session, username: str, actor: str) -> None:
    row = session.get(HqLoginThrottle, normalize_username(username)[:64])
    if row is not None and (row.locked_until is not None or row.failures):
        row.failures, row.locked_until, row.last_failure_at = 0, None, None
        audit(session, actor, "hq_user.unlock", "hq_user", normalize_username(username)[:64], {})


def locked_until(session: Session, username: str, now: datetime) -> datetime | None:
    row = session.get(HqLoginThrottle, normalize_username(username)[:64])
    if row is None or row.locked_until is None or row.locked_until <= now:
        return None
    return row.locked_until


@dataclass(frozen=True)
class SignInResult:
    outcome: Literal["ok", "failed", "locked"]
    principal: Principal | None = None
    locked_until: datetime | None = None


def sign_in(session: Session, username: str, password: str, now: datetime, client: str | None) -> SignInResult:
    """Checks a password against the lockout, records the attempt and audits it (one transaction)."""
    key = normalize_username(username)[:64]
    insert_ignore(session, HqLoginThrottle, [{"username": key, "failures": 0}], ["username"])
    throttle = session.scalar(select(HqLoginThrottle).where(HqLoginThrottle.username == key).with_for_update())
    assert throttle is not None
    details = {"client": client}
    if throttle.locked_until is not None and throttle.locked_until > now:
        audit(session, key, "hq.signin_locked", "hq_user", key, {**details, "until": throttle.locked_until.isoformat()})
        return SignInResult("locked", locked_until=throttle.locked_until)

    user = session.scalar(select(HqUser).where(HqUser.username == key).options(selectinload(HqUser.regions)))
    # Always run one argon2 verification so an unknown name costs the same time as a known one.
    stored = user.password_hash if user is not None else _dummy_hash()
    try:
        password_ok: bool = _hasher.verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        password_ok = False
    if user is not None and password_ok and user.disabled_at is None:
        throttle.failures, throttle.locked_until, throttle.last_failure_at = 0, None, None
        if _hasher.check_needs_rehash(user.password_hash):
            user.password_hash = hash_password(password)
        user.last_login_at = now
        audit(session, key, "hq.signin", "hq_user", key, details)
        return SignInResult("ok", principal_of(user))

    repeated = throttle.last_failure_at is not None and now - throttle.last_failure_at <= FAILURE_WINDOW
    throttle.failures = (throttle.failures if repeated else 0) + 1
    throttle.last_failure_at = now
    reason = "disabled" if user is not None and password_ok else "bad_credentials"
    if throttle.failures >= MAX_FAILURES:
        throttle.locked_until = now + LOCK_DURATION
        throttle.failures = 0
        audit(session, key, "hq.signin_failed", "hq_user", key,
              {**details, "reason": reason, "locked_until": throttle.locked_until.isoformat()})
        return SignInResult("locked", locked_until=throttle.locked_until)
    audit(session, key, "hq.signin_failed", "hq_user", key, {**details, "reason": reason})
    return SignInResult("failed")


def known_regions(session: Session) -> list[str]:
    """Regions the branches list, for the user forms' suggestions."""
    return sorted(r for r in session.scalars(select(Branch.region).distinct()) if r)
