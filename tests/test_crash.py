"""Crash handling: a failed action stores nothing, an unhandled exception is logged and shown in
a dialog with diagnostics, and the app keeps running."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from dealer_app.clock import utcnow
from dealer_app.db.database import Database
from dealer_app.db.models import AuditEntry, Member, Membership, OutboxEntry
from dealer_app.logging_setup import log_files, setup_logging, shutdown_logging
from dealer_app.services import outbox
from tests.helpers import ir_id
from ui.crash import CrashHandler, copy_diagnostics_to_clipboard, install_excepthook

NATIONAL_ID = ir_id(42)


class Shown:
    """Replaces QMessageBox.exec: records each box instead of blocking, optionally clicks a button."""

    def __init__(self) -> None:
        self.boxes: list[dict[str, str]] = []
        self.click: str | None = None
        self.during: list[object] = []

    def __call__(self, box: QMessageBox) -> int:
        self.boxes.append(
            {"title": box.windowTitle(), "text": box.text(), "info": box.informativeText(),
             "details": box.detailedText(), "buttons": "|".join(b.text() for b in box.buttons())}
        )
        for action in self.during:
            action()  # type: ignore[operator]
        if self.click is not None:
            for button in box.buttons():
                if button.text() == self.click:
                    button.click()
        return 0


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Shown:
    recorder = Shown()

    def fake_exec(box: QMessageBox) -> int:  # a plain function, so Python binds the box to it
        return recorder(box)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return recorder


@pytest.fixture
def handler(qapp: QApplication, branch_db: Database, tmp_path: Path) -> Iterator[CrashHandler]:
    root = logging.getLogger()
    level = root.level
    setup_logging(tmp_path, logging.INFO, console=False)
    installed = install_excepthook(qapp, tmp_path, lambda: branch_db)
    yield installed
    installed.uninstall()
    installed.deleteLater()
    shutdown_logging()
    root.setLevel(level)


def fail() -> None:
    raise RuntimeError(f"lookup failed for national ID {NATIONAL_ID}")


def raise_and_report() -> None:
    """Raise for real (so there is a traceback) and hand it to the installed hook."""
    try:
        fail()
    except RuntimeError:
        sys.excepthook(*sys.exc_info())


def test_a_failing_write_stores_nothing(branch_db: Database) -> None:
    now = utcnow()
    with pytest.raises(RuntimeError, match="printer jammed"), branch_db.write() as s:
        member = Member(
            member_number="TH01-000001", full_name="Half Written", name_key="half written", country="IR",
            national_id=NATIONAL_ID, phone="+989121234567", created_at=now, updated_at=now,
        )
        s.add(member)
        s.flush()  # the rows really reached SQLite inside the transaction
        s.add(Membership(member_id=member.id, joined_on=date(2024, 1, 1), status="active", join_method="paid"))
        outbox.record(s, "member.enrolled", {"member_id": member.id})
        s.add(AuditEntry(at=now, actor="desk1", action="member.enroll", entity="member",
                         entity_id=member.id, details={}))
        s.flush()
        raise RuntimeError("printer jammed")
    with branch_db.read() as s:
        for model in (Member, Membership, OutboxEntry, AuditEntry):
            assert s.scalar(select(func.count()).select_from(model)) == 0


def test_unhandled_exception_is_logged_and_shown_with_diagnostics(
    handler: CrashHandler, shown: Shown, tmp_path: Path
) -> None:
    raise_and_report()

    assert handler.shown == 1 and len(shown.boxes) == 1
    box = shown.boxes[0]
    assert box["title"] == "Something went wrong"
    assert "unexpected problem" in box["text"] and "keep working" in box["info"]
    assert "Copy diagnostics" in box["buttons"]
    details = box["details"]
    assert "Dealer Club diagnostics" in details and "Rows in members: 0" in details
    assert "RuntimeError: lookup failed for national ID ********" in details
    assert NATIONAL_ID not in details
    for handler_ in logging.getLogger().handlers:
        handler_.flush()
    logged = "".join(p.read_text(encoding="utf-8") for p in log_files(tmp_path))
    assert "Unhandled exception in MainThread" in logged and "Traceback" in logged
    assert NATIONAL_ID not in logged


def test_copy_diagnostics_button_puts_the_report_on_the_clipboard(handler: CrashHandler, shown: Shown) -> None:
    QGuiApplication.clipboard().clear()
    shown.click = "Copy diagnostics"
    raise_and_report()
    assert handler.last_report is not None
    assert QGuiApplication.clipboard().text() == handler.last_report
    assert NATIONAL_ID not in QGuiApplication.clipboard().text()


def test_copy_diagnostics_from_the_help_menu(qapp: QApplication, branch_db: Database, tmp_path: Path) -> None:
    text = copy_diagnostics_to_clipboard(tmp_path, branch_db)
    assert QGuiApplication.clipboard().text() == text
    assert "Rows in settings: 4" in text and "Qt: 6." in text


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_shows_the_dialog_and_the_app_keeps_running(
    qtbot, handler: CrashHandler, shown: Shown
) -> None:
    later: list[str] = []
    QTimer.singleShot(0, fail)
    QTimer.singleShot(20, lambda: later.append("still running"))
    qtbot.waitUntil(lambda: later == ["still running"], timeout=5000)
    assert handler.shown == 1
    assert "lookup failed" in shown.boxes[0]["details"]


def test_exception_in_a_background_thread_is_shown_on_the_ui_thread(
    qtbot, handler: CrashHandler, shown: Shown
) -> None:
    shown_on: list[bool] = []
    shown.during.append(lambda: shown_on.append(threading.current_thread() is threading.main_thread()))
    worker = threading.Thread(target=fail, name="sync-worker")
    worker.start()
    worker.join(10)
    qtbot.waitUntil(lambda: handler.shown == 1, timeout=5000)
    assert shown_on == [True]
    assert "Unhandled exception in sync-worker" in shown.boxes[0]["details"]


def test_exceptions_while_the_dialog_is_open_do_not_stack_dialogs(handler: CrashHandler, shown: Shown) -> None:
    shown.during.append(lambda: raise_and_report())
    raise_and_report()
    assert handler.shown == 1 and handler.suppressed == 1
    raise_and_report()  # once closed, the next problem is shown again
    assert handler.shown == 2


def test_keyboard_interrupt_goes_to_the_previous_hook(
    qapp: QApplication, tmp_path: Path, shown: Shown, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", lambda t, e, tb: seen.append(t))
    installed = install_excepthook(qapp, tmp_path, lambda: None)
    try:
        sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
        assert seen == [KeyboardInterrupt] and shown.boxes == []
        sys.excepthook(ValueError, ValueError("no database yet"), None)
        assert "== Database ==\n(not open)" in shown.boxes[0]["details"]
    finally:
        installed.uninstall()
        installed.deleteLater()
    assert sys.excepthook is not installed.excepthook
