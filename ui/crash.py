"""Unhandled exceptions: logged, explained in plain words, and the counter keeps running.

`install_excepthook` replaces `sys.excepthook` (what PySide6 calls for an exception escaping a
slot or an event handler) and `threading.excepthook`. The handler logs the traceback (through
the redacting log filter), then shows one message box saying what happened and that saved work
is safe: every database write is one transaction, so an interrupted action stored nothing. The
box's details hold the diagnostics report and a "Copy diagnostics" button copies it for support.

Exceptions raised on other threads are handed to the UI thread through a queued signal, since
widgets may only be touched there. While a box is open, further exceptions are only logged
and counted, so a failing timer cannot stack up hundreds of boxes.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from dealer_app import diagnostics
from dealer_app.db.database import Database

log = logging.getLogger(__name__)

DbGetter = Callable[[], Database | None]
ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]



def diagnostics_text(data_dir: Path, db: Database | None, details: str | None = None) -> str:
    return diagnostics.collect(db, data_dir, qt_version=qVersion(), extra=details)


def copy_diagnostics_to_clipboard(data_dir: Path, db: Database | None) -> str:
    """Put the diagnostics report on the clipboard (Help ▸ Copy diagnostics) and return it."""
    text = diagnostics_text(data_dir, db)
    QGuiApplication.clipboard().setText(text)
    log.info("Diagnostics copied to the clipboard (%d characters)", len(text))
    return text


class CrashHandler(QObject):
    """Owns the hooks; one per application, kept alive by being a child of the app."""

    # From any thread to the UI thread: (exception type, exception, traceback, thread name).
    _raised = Signal(object, object, object, str)

    def __init__(self, app: QApplication, data_dir: Path, db_getter: DbGetter) -> None:
        super().__init__(app)
        self.data_dir = Path(data_dir)
        self.db_getter = db_getter
        self.shown = 0  # dialogs shown, for tests and for the log
        self.suppressed = 0  # exceptions logged while a dialog was already open
        self.last_report: str | None = None
        self._showing = False
        self._previous_excepthook = sys.excepthook
        self._previous_threading_hook = threading.excepthook
        self._raised.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = self._thread_excepthook

    def uninstall(self) -> None:
        if sys.excepthook == self.excepthook:
            sys.excepthook = self._previous_excepthook
        if threading.excepthook == self._thread_excepthook:
            threading.excepthook = self._previous_threading_hook

    def excepthook(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            # Ctrl+C in a terminal means "stop", not "report a problem".
            self._previous_excepthook(exc_type, exc, tb)
            return
        self._handle((exc_type, exc, tb), threading.current_thread().name)

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "thread"
        self._handle((args.exc_type, args.exc_value, args.exc_traceback), name)

    def _handle(self, info: ExcInfo, thread_name: str) -> None:
        try:
            log.error("Unhandled exception in %s", thread_name, exc_info=info)
        except Exception:  # logging itself failed (disk full): still tell the user
            traceback.print_exception(*info)
        if threading.current_thread() is threading.main_thread():
            self._show(*info, thread_name)
        else:
            self._raised.emit(*info, thread_name)

    @Slot(object, object, object, str)
    def _show(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, thread_name: str
    ) -> None:
        if self._showing:
            self.suppressed += 1
            return
        self._showing = True
        try:
            self._dialog(exc_type, exc, tb, thread_name)
        except Exception:  # the report must never raise into Qt's event loop
            log.exception("Could not show the error dialog")
        finally:
            self._showing = False

    def _dialog(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, thread_name: str
    ) -> None:
        trace = "".join(traceback.format_exception(exc_type, exc, tb))
        try:
            db = self.db_getter()
        except Exception:
            db = None
        report = diagnostics_text(self.data_dir, db, f"Unhandled exception in {thread_name}:\n{trace}")
        self.last_report = report
        parent: QWidget | None = QApplication.activeWindow()
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("CrashDialog", "Something went wrong"))
        box.setText(QCoreApplication.translate(
            "CrashDialog", "Dealer Club ran into an unexpected problem and stopped what it was doing."))
        box.setInformativeText(
            QCoreApplication.translate(
                "CrashDialog",
                "Everything saved before is safe: a change is stored only when it is complete, so "
                "you may need to do the last step again. You can keep working.\n\n"
                "If it happens again, press \u201cCopy diagnostics\u201d and paste the text into an "
                "email to support."
            )
        )
        box.setDetailedText(report)
        copy_button = box.addButton(QCoreApplication.translate("CrashDialog", "Copy diagnostics"),
                                    QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Ok)
        box.setDefaultButton(QMessageBox.StandardButton.Ok)
        self.shown += 1
        box.exec()
        if box.clickedButton() is copy_button:
            QGuiApplication.clipboard().setText(report)
            log.info("Diagnostics copied to the clipboard from the error dialog")
        box.deleteLater()


def install_excepthook(app: QApplication, data_dir: Path, db_getter: DbGetter) -> CrashHandler:
    """Show unhandled exceptions in a dialog, log them, keep running; returns the handler.

    `db_getter` returns the open branch database, or None before one is open (sign-in, wizard),
    so the diagnostics report has database statistics when there are any.
    """
    handler = CrashHandler(app, data_dir, db_getter)
    handler.install()
    return handler
