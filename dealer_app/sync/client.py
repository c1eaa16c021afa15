"""The branch sync client: push the outbox, pull head-office changes by cursor, reconcile.

Guarantees (nothing captured is lost or duplicated, whatever the network does):
- An outbox entry is marked acknowledged only after head office answered that it holds it.
  A lost reply, a timeout or a crash leaves it pending, and re-sending is harmless because
  head office stores each (branch, entry id) exactly once (a UNIQUE key, not a lookup).
- A pulled page is applied and the new cursor stored in ONE transaction, so the cursor is
  never ahead of applied data; applying an item twice (after a crash) changes nothing.
- After each sync both sides compare the count and a digest of acknowledged entries; on a
  mismatch the client finds the entries head office lacks and sends them again, rather than
  trusting its own bookkeeping (the way Anki's sync sanity check does).
Two sync processes on the same branch database at once are safe for the same reasons.
"""

from __future__ import annotations

import json
import logging
import random
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import httpx
from sqlalchemy import update
from sqlalchemy.orm import Session

from dealer_app import sync_protocol as proto
from dealer_app.clock import utcnow
from dealer_app.db.database import Database
from dealer_app.db.models import Card, Member, OutboxEntry, ProfileVersion
from dealer_app.services import outbox
from dealer_app.services import requests as request_service
from dealer_app.services.settings import get_value, set_value

log = logging.getLogger(__name__)

PUSH_BATCH = proto.MAX_PUSH_BATCH
PULL_PAGE = 200
CURSOR_KEY = "sync.pull_cursor"


class NotConnected(RuntimeError):
    def __init__(self) -> None:
        super().__init__(
            "This branch is not connected to head office yet: run `dealer-app connect --url URL "
            "--branch-code CODE --secret SECRET` or use Settings → Head office."
        )


class SyncError(RuntimeError):
    """A sync failed; the message is in plain words for the status bar. `offline` is true
    when head office could not be reached at all (as opposed to answering with an error)."""

    def __init__(self, message: str, offline: bool = False) -> None:
        super().__init__(message)
        self.offline = offline


@dataclass(frozen=True)
class SyncConfig:
    url: str
    branch_code: str
    key: bytes = field(repr=False)  # signing key derived from the branch secret; never logged


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    decisions: list[str] = field(default_factory=list)
    resent_after_reconcile: int = 0
    pending: int = 0


Progress = Callable[[int, int], None]


def connect(db: Database, url: str, branch_code: str, secret: str | None) -> SyncConfig:
    """Store head office's address and this branch's credential (the derived key only).

    With `secret` None the key already stored is kept (changing only the address or code)."""
    from dealer_app.validation import ValidationError

    url = url.strip().rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise ValidationError("url", "Give head office's address starting with https:// (or http:// on a LAN).")
    code = branch_code.strip().upper()
    if not code:
        raise ValidationError("branch_code", "Give this branch's code as head office registered it.")
    if secret is not None and not secret.strip():
        raise ValidationError("secret", "Type the branch secret that head office issued.")
    with db.write() as s:
        if secret is None:
            stored = get_value(s, "sync_key")
            if stored is None:
                raise ValidationError("secret", "Type the branch secret that head office issued.")
            key = bytes.fromhex(stored)
        else:
            key = proto.derive_key(secret)
        set_value(s, "sync_url", url)
        set_value(s, "sync_branch_code", code)
        set_value(s, "sync_key", key.hex())
    return SyncConfig(url, code, key)


def load_config(db: Database) -> SyncConfig:
    with db.read() as s:
        url, code, key = (get_value(s, k) for k in ("sync_url", "sync_branch_code", "sync_key"))
    if not (url and code and key):
        raise NotConnected()
    return SyncConfig(url, code, bytes.fromhex(key))


def backoff_delay(attempt: int, base: float = 5.0, cap: float = 600.0, rng: random.Random | None = None) -> float:
    """Exponential backoff with full jitter: many branches coming back at once spread out."""
    ceiling = min(cap, base * (2 ** max(0, attempt)))
    return (rng or random).uniform(base / 2, ceiling)


def _plain_error(exc: Exception) -> str:
    if isinstance(exc, httpx.ConnectError):
        return "Head office cannot be reached (no connection); captured work is kept and sent later."
    if isinstance(exc, httpx.TimeoutException):
        return "Head office did not answer in time; will try again."
    if isinstance(exc, httpx.HTTPStatusError):
        code = exc.response.status_code
        if code == 401:
            return "Head office refused this branch's credential; check the branch code and secret (Settings)."
        if code == 403:
            return "Head office has revoked this branch's access; call head office."
        return f"Head office answered with an error ({code}); will try again."
    return f"Sync failed: {exc}"


class SyncClient:
    def __init__(
        self,
        db: Database,
        config: SyncConfig,
        *,
        transport: httpx.BaseTransport | None = None,
        timeout: float = 15.0,
    ) -> None:
        self.db = db
        self.config = config
        self._http = httpx.Client(
            base_url=config.url + proto.API_PREFIX,
            auth=proto.BranchAuth(config.branch_code, config.key),
            timeout=timeout,
            transport=transport,
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- HTTP ----------------------------------------------------------------------------

    def _post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        content = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
        response = self._http.post(path, content=content, headers={"Content-Type": "application/json"})
        response.raise_for_status()
        return dict(response.json())

    def _get(self, path: str, params: dict[str, Any]) -> dict[str, Any]:
        response = self._http.get(path, params=params)
        response.raise_for_status()
        return dict(response.json())

    # -- one full sync -------------------------------------------------------------------

    def sync_once(self, progress: Progress | None = None) -> SyncReport:
        report = SyncReport()
        try:
            report.pushed = self.push(progress)
            report.pulled, report.decisions = self.pull()
            report.resent_after_reconcile = self.reconcile()
            if report.resent_after_reconcile:
                report.pushed += self.push(progress)
        except (httpx.HTTPError, ValueError) as exc:
            message = _plain_error(exc)
            self._record_result(error=message)
            raise SyncError(message, offline=isinstance(exc, (httpx.ConnectError, httpx.TimeoutException))) from exc
        self._record_result(error=None)
        with self.db.read() as s:
            report.pending = outbox.pending_count(s)
        return report

    def _record_result(self, error: str | None) -> None:
        with self.db.write() as s:
            if error is None:
                set_value(s, "sync.last_success_at", utcnow().isoformat(timespec="seconds"))
                set_value(s, "sync.last_error", "")
            else:
                set_value(s, "sync.last_error", error)
            set_value(s, "sync.last_attempt_at", utcnow().isoformat(timespec="seconds"))

    def push(self, progress: Progress | None = None) -> int:
        """Send the outbox in batches; each is acknowledged only after head office answered.

        Two stages overlap so neither side waits for the other: while head office stores one
        batch (the request runs in a worker thread), this thread reads the next batch from
        the outbox and then records the previous answer. Only one request is ever in flight
        (head office takes one push per branch at a time anyway), and a batch's requests are
        marked sent only right before it goes.
        """
        with self.db.read() as s:
            total = outbox.pending_count(s)
        sent = 0
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-push") as sender:
            batch, wire = self._read_batch(after=0)
            in_flight = self._send(sender, batch, wire) if batch else None
            while in_flight is not None:
                following, following_wire = self._read_batch(after=batch[-1].seq)
                answer = in_flight.result()
                in_flight = self._send(sender, following, following_wire) if following else None
                sent += self._acknowledge(batch, answer)
                if progress:
                    progress(sent, max(total, sent))
                batch = following
        return sent

    def _read_batch(self, after: int) -> tuple[list[OutboxEntry], list[dict[str, Any]]]:
        with self.db.read() as s:
            batch = outbox.pending(s, PUSH_BATCH, after_seq=after)
            return batch, [_entry_json(e) for e in batch]

    def _send(
        self, sender: ThreadPoolExecutor, batch: list[OutboxEntry], wire: list[dict[str, Any]]
    ) -> Future[proto.PushResponse]:
        """Start one push; only the HTTP request runs in the worker, the branch database is
        used from this thread alone."""
        captured = request_service.captured_request_ids(batch)
        if captured:
            with self.db.write() as s:
                request_service.mark_sent(s, captured)
        return sender.submit(lambda: proto.PushResponse.model_validate(self._post("/sync/push", {"entries": wire})))

    def _acknowledge(self, batch: list[OutboxEntry], answer: proto.PushResponse) -> int:
        held = set(answer.held)
        ours = [e for e in batch if e.id in held]
        with self.db.write() as s:
            outbox.mark_acked(s, [e.id for e in ours])
            request_service.mark_received(s, request_service.captured_request_ids(ours))
        return len(ours)

    def pull(self) -> tuple[int, list[str]]:
        applied = 0
        decisions: list[str] = []
        while True:
            with self.db.read() as s:
                cursor = int(get_value(s, CURSOR_KEY) or "0")
            page = proto.PullResponse.model_validate(self._get("/sync/pull", {"cursor": cursor, "limit": PULL_PAGE}))
            if not page.items:
                return applied, decisions
            with self.db.write() as s:
                for item in page.items:
                    decided = _apply_feed_item(s, item)
                    if decided:
                        decisions.append(decided)
                set_value(s, CURSOR_KEY, str(page.next_cursor))
            applied += len(page.items)

    def reconcile(self) -> int:
        """Compare what we believe head office holds with what it says; re-queue the gap."""
        with self.db.read() as s:
            acked = outbox.acked_ids(s)
        answer = proto.ReconcileResponse.model_validate(
            self._post("/sync/reconcile", {"count": len(acked), "digest": proto.entries_digest(acked)})
        )
        if answer.match:
            return 0
        held: set[str] = set()
        after: str | None = None
        while True:
            params: dict[str, Any] = {"limit": proto.MAX_HELD_LIMIT}
            if after:
                params["after"] = after
            page = proto.HeldResponse.model_validate(self._get("/sync/held", params))
            held.update(page.ids)
            if not page.next_after:
                break
            after = page.next_after
        missing = [i for i in acked if i not in held]
        if missing:
            log.warning("reconcile: head office lacks %d acknowledged entries; sending them again", len(missing))
            with self.db.write() as s:
                outbox.mark_unacked(s, missing)
        return len(missing)


def _entry_json(e: OutboxEntry) -> dict[str, Any]:
    return {
        "id": e.id,
        "type": e.type,
        "schema_version": e.schema_version,
        "created_at": e.created_at.isoformat(),
        "payload": e.payload,
    }


def _apply_feed_item(s: Session, item: proto.FeedItem) -> str | None:
    """Apply one head-office change; idempotent. Returns a request id when it was a decision."""
    if item.kind == "decision":
        d = proto.DecisionItem.model_validate(item.payload)
        request_service.apply_decision(
            s,
            d.request_id,
            d.decision,
            d.note,
            d.decided_by,
            proto.to_utc_naive(d.decided_at),
            d.tier_at_decision,
        )
        return d.request_id
    if item.kind == "member.canonical":
        c = proto.MemberCanonicalItem.model_validate(item.payload)
        s.execute(update(Member).where(Member.id == c.branch_member_id).values(canonical_id=c.canonical_id))
    elif item.kind == "card.revoked":
        r = proto.CardRevokedItem.model_validate(item.payload)
        card = s.get(Card, r.card_number)
        if card is not None and card.status == "active":
            card.status = "revoked" if r.reason == "withdrawn" else "replaced"
            card.replaced_by = r.replaced_by
    elif item.kind == "profile.published":
        p = proto.ProfilePublishedItem.model_validate(item.payload)
        exists = s.query(ProfileVersion).filter_by(code=p.code, version=p.version).first()
        if exists is None:
            s.add(ProfileVersion(code=p.code, version=p.version, toml=p.toml, received_at=utcnow()))
    else:
        # A newer head office may send kinds this version does not know; skipping is safe
        # because the cursor is per item and nothing here depends on unknown kinds.
        log.info("sync: ignoring unknown feed item kind %s", item.kind)
    return None


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar shows; never 'synced' while anything waits to be sent."""

    connected: bool
    pending: int
    last_success_at: datetime | None
    last_error: str | None

    @property
    def state(self) -> str:
        if not self.connected:
            return "not_connected"
        if self.last_error:
            return "error"
        if self.pending:
            return "waiting"
        return "synced" if self.last_success_at else "waiting"


def sync_status(db: Database) -> SyncStatus:
    with db.read() as s:
        connected = bool(get_value(s, "sync_url") and get_value(s, "sync_key"))
        pending = outbox.pending_count(s)
        last = get_value(s, "sync.last_success_at")
        error = get_value(s, "sync.last_error") or None
    return SyncStatus(connected, pending, datetime.fromisoformat(last) if last else None, error)
