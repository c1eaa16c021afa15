"""Branch credentials and request authentication (HMAC; scheme in `dealer_app.sync_protocol`).

Head office stores K = derive_key(secret) per branch, never the secret. Refusals:
unknown branch, bad signature or a timestamp outside the clock window → 401; a revoked
branch → 403 (only after its signature verified, so nobody learns which codes exist or were
revoked); a nonce seen before within the window → 409.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from dealer_app import sync_protocol as proto
from dealer_app.clock import utcnow
from dealer_app.headoffice.db import HeadOfficeDB
from dealer_app.headoffice.models import Branch, Nonce
from dealer_app.headoffice.ops import audit, insert_ignore
from dealer_app.headoffice.schemas import BranchView

CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9_.-]{0,31}$")
NONCE_RE = re.compile(r"^[A-Za-z0-9_-]{8,64}$")
# A request is valid for ±window around its timestamp, so its nonce must be kept for 2×window.
NONCE_RETENTION = timedelta(seconds=2 * proto.CLOCK_WINDOW_SECONDS + 60)
PRUNE_EVERY_SECONDS = 60.0


class BranchError(ValueError):
    """A branch administration command cannot be done (message says why and what to do)."""


class AuthError(Exception):
    def __init__(self, status_code: int, detail: str) -> None:
        super().__init__(detail)
        self.status_code = status_code
        self.detail = detail


@dataclass(frozen=True)
class AuthenticatedBranch:
    id: int
    code: str


# --- administration ------------------------------------------------------------------------


def normalise_code(code: str) -> str:
    """Branch codes are case-insensitive (the branch client sends them upper-case)."""
    return code.strip().upper()


def _branch(session: Session, code: str, *, lock: bool = False) -> Branch:
    code = normalise_code(code)
    stmt = select(Branch).where(Branch.code == code)
    if lock:
        stmt = stmt.with_for_update()
    branch = session.scalar(stmt)
    if branch is None:
        raise BranchError(f"no branch with code {code!r}; see `dealer-hq branch list`")
    return branch


def _audit(session: Session, actor: str, action: str, code: str, **details: object) -> None:
    audit(session, actor, action, "branch", code, dict(details))


def add_branch(session: Session, code: str, name: str, region: str | None, actor: str) -> str:
    """Registers a branch and returns its secret: the only time anybody sees it."""
    code = normalise_code(code)
    if not CODE_RE.match(code):
        raise BranchError("a branch code is 1-32 letters, digits, '.', '_' or '-', starting with a letter or digit")
    if not name.strip():
        raise BranchError("give the branch a name with --name")
    if session.scalar(select(Branch.id).where(Branch.code == code)) is not None:
        raise BranchError(f"branch {code!r} already exists; use `dealer-hq branch rotate {code}` for a new secret")
    secret = proto.new_secret()
    session.add(
        Branch(
            code=code,
            name=name.strip(),
            region=(region or "").strip() or None,
            key_hash=proto.derive_key(secret).hex(),
            created_at=utcnow(),
        )
    )
    _audit(session, actor, "branch.add", code, name=name.strip(), region=region)
    return secret


def rotate_branch(session: Session, code: str, actor: str) -> str:
    """A new secret; the old one stops working at once."""
    branch = _branch(session, code, lock=True)
    secret = proto.new_secret()
    branch.key_hash = proto.derive_key(secret).hex()
    branch.rotated_at = utcnow()
    _audit(session, actor, "branch.rotate", branch.code)
    return secret


def revoke_branch(session: Session, code: str, actor: str) -> None:
    branch = _branch(session, code, lock=True)
    if branch.revoked_at is not None:
        raise BranchError(f"branch {branch.code!r} was already revoked at {branch.revoked_at:%Y-%m-%d %H:%M} UTC")
    branch.revoked_at = utcnow()
    _audit(session, actor, "branch.revoke", branch.code)


def list_branches(session: Session) -> list[BranchView]:
    return [
        BranchView(
            code=b.code,
            name=b.name,
            region=b.region,
            created_at=b.created_at,
            rotated_at=b.rotated_at,
            revoked_at=b.revoked_at,
            last_sync_at=b.last_sync_at,
            last_error=b.last_error,
        )
        for b in session.scalars(select(Branch).order_by(Branch.code))
    ]


# --- request authentication ----------------------------------------------------------------


def _header(headers: Mapping[str, str], name: str) -> str:
    value = headers.get(name) or headers.get(name.lower())
    if not value:
        raise AuthError(401, f"missing {name} header: sign the request with the branch key")
    return value


def _note_error(db: HeadOfficeDB, branch_id: int, message: str) -> None:
    with db.write() as session:
        session.execute(update(Branch).where(Branch.id == branch_id).values(last_error=message[:500]))


def authenticate(
    db: HeadOfficeDB,
    method: str,
    target: str,
    body: bytes,
    headers: Mapping[str, str],
    now: float | None = None,
) -> AuthenticatedBranch:
    """Checks one request's signature, clock and nonce; records the nonce (committed).

    `target` is the path plus `?query` as the client sent it.
    """
    now = time.time() if now is None else now
    code = normalise_code(_header(headers, proto.HEADER_BRANCH))
    timestamp = _header(headers, proto.HEADER_TIMESTAMP)
    nonce = _header(headers, proto.HEADER_NONCE)
    signature = _header(headers, proto.HEADER_SIGNATURE)
    with db.read() as session:
        branch = session.scalar(select(Branch).where(Branch.code == code))
        if branch is None:
            raise AuthError(401, "unknown branch or wrong key")
        branch_id, key, revoked_at = branch.id, bytes.fromhex(branch.key_hash), branch.revoked_at
    if not proto.verify(key, method, target, body, timestamp, nonce, signature):
        _note_error(db, branch_id, f"{utcnow():%Y-%m-%d %H:%M:%S} refused a request: signature mismatch")
        raise AuthError(401, "unknown branch or wrong key: the signature does not match")
    skew = proto.timestamp_skew(timestamp, now)
    if skew is None or abs(skew) > proto.CLOCK_WINDOW_SECONDS:
        shown = "not a unix time" if skew is None else f"{skew:+d} s off head office's clock"
        message = (
            f"request timestamp is {shown} (allowed ±{proto.CLOCK_WINDOW_SECONDS} s): "
            "set the branch computer's date, time and time zone correctly"
        )
        _note_error(db, branch_id, f"{utcnow():%Y-%m-%d %H:%M:%S} {message}")
        raise AuthError(401, message)
    if revoked_at is not None:
        raise AuthError(403, f"branch {code} was revoked on {revoked_at:%Y-%m-%d}; ask head office")
    if not NONCE_RE.match(nonce):
        raise AuthError(401, "X-Nonce must be 8-64 URL-safe characters")
    seen_at = utcnow()
    with db.write() as session:
        fresh = insert_ignore(
            session,
            Nonce,
            [{"branch_id": branch_id, "nonce": nonce, "seen_at": seen_at}],
            ["branch_id", "nonce"],
            returning=Nonce.id,
        )
    if not fresh:
        raise AuthError(409, "replayed request: this nonce was already used; send a new request")
    return AuthenticatedBranch(branch_id, code)


class NoncePruner:
    """Deletes expired nonces at most once a minute per process, in its own transaction."""

    def __init__(self, db: HeadOfficeDB) -> None:
        self.db = db
        self._lock = threading.Lock()
        self._last = 0.0

    def maybe_prune(self) -> int:
        now = time.monotonic()
        if now - self._last < PRUNE_EVERY_SECONDS or not self._lock.acquire(blocking=False):
            return 0
        try:
            self._last = now
            return prune_nonces(self.db)
        finally:
            self._lock.release()


def prune_nonces(db: HeadOfficeDB) -> int:
    with db.write() as session:
        result = session.execute(delete(Nonce).where(Nonce.seen_at < utcnow() - NONCE_RETENTION))
        return int(getattr(result, "rowcount", 0) or 0)
