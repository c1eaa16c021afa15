"""Staff accounts: argon2id passwords, roles, lockout after repeated failed sign-ins."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from dealer_app.clock import utcnow
from dealer_app.db.database import Database
from dealer_app.db.models import StaffUser
from dealer_app.roles import Actor, Permission, Role
from dealer_app.services import audit
from dealer_app.validation import ValidationError

MAX_FAILED_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters


class SignInFailed(Exception):
    """Wrong user name or password, or a locked/inactive account; the message says which."""


@dataclass(frozen=True)
class StaffView:
    id: str
    username: str
    full_name: str
    roles: frozenset[Role]
    language: str | None
    active: bool
    locked_until: datetime | None


def _view(u: StaffUser) -> StaffView:
    return StaffView(u.id, u.username, u.full_name, _roles(u.roles), u.language, u.active, u.locked_until)


def _roles(text: str) -> frozenset[Role]:
    return frozenset(Role(r) for r in text.split(",") if r)


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError("password", f"Use at least {MIN_PASSWORD_LENGTH} characters for the password.")


def _check_roles(roles: set[Role] | frozenset[Role]) -> None:
    if not roles:
        raise ValidationError("roles", "Choose at least one role for the account.")


def _check_username(username: str) -> str:
    username = username.strip().lower()
    if not (2 <= len(username) <= 64) or not all(c.isalnum() or c in "._-" for c in username):
        raise ValidationError("username", "Use 2 to 64 letters, digits, dots, dashes or underscores, no spaces.")
    return username


def create_first_manager(db: Database, username: str, full_name: str, password: str) -> StaffView:
    """The first-run wizard's account; refused once any account exists."""
    with db.write() as s:
        if s.scalar(select(StaffUser.id).limit(1)) is not None:
            raise ValidationError("username", "Staff accounts already exist; sign in as a manager.")
        return _create(
            s,
            Actor("setup", frozenset({Role.BRANCH_MANAGER})),
            username,
            full_name,
            password,
            frozenset({Role.BRANCH_MANAGER}),
            None,
        )


def create_user(
    db: Database,
    actor: Actor,
    username: str,
    full_name: str,
    password: str,
    roles: frozenset[Role],
    language: str | None = None,
) -> StaffView:
    actor.require(Permission.MANAGE_STAFF)
    with db.write() as s:
        return _create(s, actor, username, full_name, password, roles, language)


def _create(
    s: Session,
    actor: Actor,
    username: str,
    full_name: str,
    password: str,
    roles: frozenset[Role],
    language: str | None,
) -> StaffView:
    username = _check_username(username)
    if not full_name.strip():
        raise ValidationError("full_name", "Enter the staff member's full name.")
    _check_password(password)
    _check_roles(roles)
    if s.scalar(select(StaffUser.id).where(StaffUser.username == username)) is not None:
        raise ValidationError("username", f"The user name {username!r} is taken; choose another.")
    user = StaffUser(
        username=username,
        full_name=full_name.strip(),
        password_hash=_hasher.hash(password),
        roles=",".join(sorted(r.value for r in roles)),
        language=language,
        active=True,
        failed_attempts=0,
        created_at=utcnow(),
    )
    s.add(user)
    s.flush()
    audit.record(s, actor, "staff.create", "staff", user.id, username=username, roles=sorted(r.value for r in roles))
    return _view(user)


def authenticate(db: Database, username: str, password: str, now: datetime | None = None) -> Actor:
    """Check a sign-in. Failures are counted and audited even though no one is signed in."""
    now = now or utcnow()
    username = username.strip().lower()
    with db.write() as s:
        user = s.scalar(select(StaffUser).where(StaffUser.username == username))
        if user is None or not user.active:
            raise SignInFailed("Wrong user name or password.")
        if user.locked_until is not None and user.locked_until > now:
            minutes = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
            raise SignInFailed(
                f"Too many failed sign-ins: this account is locked for {minutes} more minutes, "
                "or until a manager unlocks it."
            )
        try:
            _hasher.verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            user.failed_attempts += 1
            actor = Actor(user.username, frozenset())
            if user.failed_attempts >= MAX_FAILED_ATTEMPTS:
                user.locked_until = now + LOCKOUT
                user.failed_attempts = 0
                audit.record(s, actor, "staff.locked_out", "staff", user.id)
            else:
                audit.record(s, actor, "staff.sign_in_failed", "staff", user.id)
            failed = True
        else:
            failed = False
            user.failed_attempts = 0
            user.locked_until = None
            if _hasher.check_needs_rehash(user.password_hash):
                user.password_hash = _hasher.hash(password)
            actor = Actor(user.username, _roles(user.roles), user.full_name, user.language)
            audit.record(s, actor, "staff.sign_in", "staff", user.id)
    if failed:
        raise SignInFailed("Wrong user name or password.")
    return actor


def list_users(db: Database, actor: Actor) -> list[StaffView]:
    actor.require(Permission.MANAGE_STAFF)
    with db.read() as s:
        return [_view(u) for u in s.scalars(select(StaffUser).order_by(StaffUser.username))]


def update_user(
    db: Database,
    actor: Actor,
    username: str,
    *,
    roles: frozenset[Role] | None = None,
    active: bool | None = None,
    password: str | None = None,
    language: str | None = None,
    unlock: bool = False,
) -> StaffView:
    actor.require(Permission.MANAGE_STAFF)
    with db.write() as s:
        user = s.scalar(select(StaffUser).where(StaffUser.username == username))
        if user is None:
            raise ValidationError("username", f"No staff account named {username!r}.")
        changed: dict[str, object] = {}
        if roles is not None:
            _check_roles(roles)
            user.roles = ",".join(sorted(r.value for r in roles))
            changed["roles"] = sorted(r.value for r in roles)
        if active is not None:
            if not active and user.username == actor.username:
                raise ValidationError("active", "You cannot deactivate your own account.")
            user.active = active
            changed["active"] = active
        if password is not None:
            _check_password(password)
            user.password_hash = _hasher.hash(password)
            changed["password"] = "changed"
        if language is not None:
            user.language = language
            changed["language"] = language
        if unlock:
            user.locked_until = None
            user.failed_attempts = 0
            changed["unlocked"] = True
        audit.record(s, actor, "staff.update", "staff", user.id, **changed)
        return _view(user)


def set_own_language(db: Database, actor: Actor, language: str) -> None:
    with db.write() as s:
        user = s.scalar(select(StaffUser).where(StaffUser.username == actor.username))
        if user is not None:
            user.language = language
            audit.record(s, actor, "staff.language", "staff", user.id, language=language)


DEMO_PASSWORD = "demo-pass-1"
DEMO_ACCOUNTS = (
    ("manager", "Demo Manager", frozenset({Role.BRANCH_MANAGER})),
    ("frontdesk", "Demo Front Desk", frozenset({Role.FRONT_DESK})),
    ("advisor", "Demo Service Advisor", frozenset({Role.SERVICE_ADVISOR})),
)


def ensure_demo_accounts(db: Database) -> None:
    """Demo branches get one account per role, all with DEMO_PASSWORD (shown at sign-in)."""
    system = Actor("demo", frozenset({Role.BRANCH_MANAGER}))
    with db.write() as s:
        for username, full_name, roles in DEMO_ACCOUNTS:
            if s.scalar(select(StaffUser.id).where(StaffUser.username == username)) is None:
                _create(s, system, username, full_name, DEMO_PASSWORD, roles, None)
