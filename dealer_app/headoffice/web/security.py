"""Console sessions (server-side rows, cookie holds only a random token) and CSRF tokens.

* The cookie carries a 256-bit random token; the database keeps only its SHA-256, so a
  copy of the `hq_sessions` table cannot be replayed as a cookie.
* Every session, even before sign-in, has its own synchroniser CSRF token; every console
  form carries it and every POST is refused (403) unless it matches. Signing in replaces
  the pre-sign-in session with a new one (new token, new CSRF token), so a session id
  planted in a browser before sign-in is worthless afterwards.
* A signed-in session ends after `IDLE_TIMEOUT` without requests, and in any case
  `ABSOLUTE_TIMEOUT` after sign-in.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from dealer_app.headoffice.web.models import HqSession, HqUser

COOKIE_NAME = "dc_console"
COOKIE_PATH = "/console"
ANONYMOUS_TIMEOUT = timedelta(minutes=30)
IDLE_TIMEOUT = timedelta(hours=2)
ABSOLUTE_TIMEOUT = timedelta(hours=12)
# Refreshing last_seen on every page view would make every read a write; a minute is precise enough.
TOUCH_EVERY = timedelta(minutes=1)

CookieSecure = Literal["auto", "always", "never"]


@dataclass(frozen=True)
class SessionState:
    id: str
    csrf_token: str
    user_id: int | None
    created_at: datetime
    expires_at: datetime
    last_seen_at: datetime


def token_id(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _state(row: HqSession) -> SessionState:
    return SessionState(row.id, row.csrf_token, row.user_id, row.created_at, row.expires_at, row.last_seen_at)


def new_session(
    session: Session, user_id: int | None, now: datetime, client: str | None, user_agent: str | None
) -> tuple[str, SessionState]:
    """Creates a session row; returns (cookie token, state). The token is never stored."""
    token = secrets.token_urlsafe(32)
    row = HqSession(
        id=token_id(token),
        user_id=user_id,
        csrf_token=secrets.token_urlsafe(32),
        created_at=now,
        last_seen_at=now,
        expires_at=now + (IDLE_TIMEOUT if user_id is not None else ANONYMOUS_TIMEOUT),
        client=(client or "")[:64] or None,
        user_agent=(user_agent or "")[:300] or None,
    )
    session.add(row)
    session.flush()
    return token, _state(row)


def load_session(session: Session, token: str | None, now: datetime) -> tuple[SessionState, HqUser | None] | None:
    """The live session for a cookie token and its (enabled) user; None when expired or unknown."""
    if not token or len(token) > 100:
        return None
    row = session.get(HqSession, token_id(token))
    if row is None or row.expires_at <= now:
        return None
    user: HqUser | None = None
    if row.user_id is not None:
        user = session.scalar(
            select(HqUser).where(HqUser.id == row.user_id).options(selectinload(HqUser.regions))
        )
        if user is None or user.disabled_at is not None:
            return None
    return _state(row), user


def touch(session: Session, state: SessionState, now: datetime) -> None:
    """Slides the idle expiry of a signed-in session, never past its absolute limit."""
    if state.user_id is None or now - state.last_seen_at < TOUCH_EVERY:
        return
    row = session.get(HqSession, state.id)
    if row is None:
        return
    row.last_seen_at = now
    row.expires_at = min(now + IDLE_TIMEOUT, row.created_at + ABSOLUTE_TIMEOUT)


def end_session(session: Session, session_id: str) -> None:
    session.execute(delete(HqSession).where(HqSession.id == session_id))


def end_sessions_of(session: Session, user_id: int) -> None:
    session.execute(delete(HqSession).where(HqSession.user_id == user_id))


def prune_expired(session: Session, now: datetime) -> None:
    session.execute(delete(HqSession).where(HqSession.expires_at <= now))


def csrf_valid(state: SessionState | None, submitted: str | None) -> bool:
    if state is None or not submitted:
        return False
    return hmac.compare_digest(state.csrf_token.encode(), submitted.encode())


def cookie_secure(setting: CookieSecure, scheme: str) -> bool:
    if setting == "always":
        return True
    if setting == "never":
        return False
    return scheme == "https"
