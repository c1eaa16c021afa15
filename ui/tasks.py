"""Background work for the counter: database calls run on a thread pool, results come back
to the UI thread through a queued signal (the pattern of Anki's qt/aqt/operations).

The UI never waits on the database: a slow query on a million-member branch must not freeze
typing. Tests may switch a runner to synchronous mode (as Picard's test suite does), which runs
the job and its callback in the caller's thread so assertions need no waiting.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

T = TypeVar("T")
log = logging.getLogger(__name__)

Callback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class _Relay(QObject):
    """Lives in the UI thread; the worker emits on it, so delivery is queued to the UI thread."""

    done = Signal(int, object, object)


class _Job(QRunnable):
    def __init__(self, job_id: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._id = job_id
        self._fn = fn
        self._relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # every failure must reach the UI, never die in a thread
            self._relay.done.emit(self._id, None, exc)
        else:
            self._relay.done.emit(self._id, result, None)


class TaskRunner(QObject):
    """Runs callables off the UI thread and calls back on the UI thread."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False, threads: int = 2) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._pool = QThreadPool(self)
        # SQLite readers in WAL mode do not block each other; two threads keep a slow query
        # from delaying a sign-in or a page load while staying light on a counter PC.
        self._pool.setMaxThreadCount(threads)
        self._relay = _Relay(self)
        self._relay.done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[Callback | None, ErrorCallback | None]] = {}
        # Where failures go when the caller gave no handler: the main window shows them.
        self.unhandled_error: ErrorCallback | None = None

    def run(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: ErrorCallback | None = None,
    ) -> None:
        """Run ``fn()`` in the background; ``on_done(result)`` or ``on_error(exc)`` on the UI thread."""
        if self.synchronous:
            try:
                result = fn()
            except Exception as exc:
                self._fail(on_error, exc)
            else:
                if on_done is not None:
                    on_done(result)
            return
        job_id = next(self._ids)
        self._pending[job_id] = (on_done, on_error)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Job(job_id, fn, self._relay))

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until queued jobs finished (for shutdown and tests); callbacks still need the event loop."""
        return self._pool.waitForDone(msecs)

    @Slot(int, object, object)
    def _deliver(self, job_id: int, result: Any, error: BaseException | None) -> None:
        on_done, on_error = self._pending.pop(job_id, (None, None))
        if not self._pending:
            self.busy_changed.emit(False)
        if error is not None:
            self._fail(on_error, error)
        elif on_done is not None:
            on_done(result)

    def _fail(self, on_error: ErrorCallback | None, error: BaseException) -> None:
        if on_error is not None:
            on_error(error)
        elif self.unhandled_error is not None:
            self.unhandled_error(error)
        else:
            log.error("background task failed", exc_info=(type(error), error, error.__traceback__))
