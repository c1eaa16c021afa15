"""Keeps the branch in sync with head office while the counter works, and says how it stands.

One `update_status()` feeds the status bar (as Electrum does): it reads the outbox and the
last result, so the bar never says "synced" while anything waits to be sent. Syncs run on
the background runner and are triggered at start, on a timer, when the network comes back
(Qt's network reachability; the sync itself is the probe) and on "Sync now". Failures back
off exponentially with jitter. Decisions that arrive raise a notification.
"""

from __future__ import annotations

import logging
from datetime import UTC
from typing import Any

from PySide6.QtCore import QObject, QTime, QTimer, Signal, Slot
from PySide6.QtNetwork import QNetworkInformation

from dealer_app.services import requests as request_service
from dealer_app.sync.client import (
    NotConnected,
    SyncClient,
    SyncError,
    SyncReport,
    backoff_delay,
    load_config,
    sync_status,
)
from ui.context import AppContext

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_MS = 120_000


class _Progress(QObject):
    """Emitted from the worker thread; Qt queues delivery to the UI thread."""

    moved = Signal(int, int)


class SyncController(QObject):
    status_changed = Signal(str, str)  # text for people, state: offline|waiting|sending|synced|error
    decisions_arrived = Signal(list)  # list[DecisionNotice]

    def __init__(self, ctx: AppContext, parent: QObject | None = None, interval_ms: int = DEFAULT_INTERVAL_MS) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.running = False
        self._failures = 0
        self._last_error: SyncError | None = None
        self._progress = _Progress(self)
        self._progress.moved.connect(self._show_progress)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.sync_now)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.sync_now)
        self._network: Any = None

    def start(self) -> None:
        self._timer.start()
        self._watch_network()
        self.update_status()
        self.sync_now()

    def stop(self) -> None:
        self._timer.stop()
        self._retry.stop()

    def _watch_network(self) -> None:
        # Not every machine has a reachability backend (e.g. a server without NetworkManager);
        # the timer and the sync attempts themselves then tell when head office is back.
        if not QNetworkInformation.instance() and not QNetworkInformation.loadDefaultBackend():
            return
        self._network = QNetworkInformation.instance()
        if self._network is not None:
            self._network.reachabilityChanged.connect(self._reachability_changed)

    @Slot(object)
    def _reachability_changed(self, reachability: Any) -> None:
        if reachability == QNetworkInformation.Reachability.Online:
            self._failures = 0
            self.sync_now()
        else:
            self.update_status()

    # ---- running a sync ---------------------------------------------------------------------

    @Slot()
    def sync_now(self) -> None:
        """Start a sync unless one is running or the branch is not connected."""
        if self.running:
            return
        try:
            config = load_config(self.ctx.db)
        except NotConnected:
            self.update_status()
            return
        self.running = True
        self.status_changed.emit(self.tr("Sending to head office…"), "sending")
        db = self.ctx.db
        progress = self._progress.moved.emit

        def job() -> SyncReport:
            with SyncClient(db, config) as client:
                return client.sync_once(progress)

        self.ctx.runner.run(job, self._done, self._failed)

    def _done(self, report: SyncReport) -> None:
        self.running = False
        self._failures = 0
        self._last_error = None
        self.update_status()
        notices = request_service.unseen_decisions(self.ctx.db)
        if notices:
            self.decisions_arrived.emit(notices)

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        if not isinstance(exc, SyncError):
            log.error("sync failed unexpectedly", exc_info=(type(exc), exc, exc.__traceback__))
            exc = SyncError(str(exc))
        self._last_error = exc
        delay = backoff_delay(self._failures)
        self._failures += 1
        self._retry.start(int(delay * 1000))
        self.update_status()

    @Slot(int, int)
    def _show_progress(self, sent: int, total: int) -> None:
        if self.running:
            self.status_changed.emit(
                self.tr("Sending %1 of %2…").replace("%1", str(sent)).replace("%2", str(total)), "sending"
            )

    # ---- the one place that words the state -----------------------------------------------

    def update_status(self) -> None:
        if self.running:
            return
        status = sync_status(self.ctx.db)
        waiting = status.pending
        if not status.connected:
            text = self.tr("Not connected to head office yet")
            if waiting:
                text += " – " + self.tr("%n waiting to be sent", "", waiting)
            self.status_changed.emit(text, "offline")
            return
        error = self._last_error
        if error is not None or status.last_error:
            offline = error.offline if error is not None else False
            words = (
                self.tr("Offline")
                if offline
                else self.tr("Sync error: %1").replace(
                    "%1", str(error) if error is not None else status.last_error or ""
                )
            )
            if waiting:
                words += " – " + self.tr("%n waiting to be sent", "", waiting)
            self.status_changed.emit(words, "offline" if offline else "error")
            return
        if waiting:
            self.status_changed.emit(self.tr("%n waiting to be sent", "", waiting), "waiting")
            return
        if status.last_success_at is None:
            self.status_changed.emit(self.tr("Not synced yet"), "waiting")
            return
        local = status.last_success_at.replace(tzinfo=UTC).astimezone()
        self.status_changed.emit(
            self.tr("Synced at %1").replace("%1", QTime(local.hour, local.minute).toString("HH:mm")), "synced"
        )
