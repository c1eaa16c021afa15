"""Settings and staff management: managers only."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from test_ui_support import make_ctx

from dealer_app.db.database import Database
from dealer_app.roles import Actor, PermissionDenied, Role
from dealer_app.services import settings as branch_settings
from dealer_app.services import staff
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog, StaffAccountDialog, StaffPanel
from ui.widgets import StatusArea


@pytest.fixture
def manager_account(branch_db: Database) -> Actor:
    staff.create_first_manager(branch_db, "sara", "Sara Karimi", "counter-pass-1")
    return staff.authenticate(branch_db, "sara", "counter-pass-1")


def test_front_desk_cannot_open_staff_management(qtbot, branch_db: Database, front_desk: Actor, monkeypatch) -> None:
    window = MainWindow(make_ctx(branch_db, front_desk))
    qtbot.addWidget(window)
    window.show()
    assert not window.staff_action.isVisible() and not window.settings_action.isVisible()

    refusals: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: refusals.append(text))
    assert window.open_staff_management() is None
    assert window.open_settings() is None
    assert len(refusals) == 2 and "branch manager" in refusals[0]
    assert not any(isinstance(w, SettingsDialog) for w in QApplication.topLevelWidgets() if w.isVisible())
    with pytest.raises(PermissionDenied):
        StaffPanel(window.ctx)


def test_manager_creates_front_desk_account_and_unlocks_it(
    qtbot, branch_db: Database, manager_account: Actor
) -> None:
    ctx = make_ctx(branch_db, manager_account)
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    panel = dialog.staff_panel
    assert panel is not None and panel.model.rowCount() == 1

    new = StaffAccountDialog(ctx, None, panel)
    qtbot.addWidget(new)
    new.username.setText("reza")
    new.full_name.setText("Reza Nouri")
    new.password.setText("short")
    new.save()
    assert "at least 8" in new.message.text()
    new.password.setText("desk-pass-12")
    new.save()
    assert new.result() == StaffAccountDialog.DialogCode.Accepted
    panel.refresh()
    assert [panel.model.cell(r, 0) for r in range(panel.model.rowCount())] == ["reza", "sara"]
    assert panel.model.cell(0, 2) == "Front desk"

    for _ in range(staff.MAX_FAILED_ATTEMPTS):
        with pytest.raises(staff.SignInFailed):
            staff.authenticate(branch_db, "reza", "not-the-password")
    panel.refresh()
    panel.select("reza")
    assert panel.model.cell(0, 3).startswith("Locked until") and panel.unlock_button.isEnabled()
    panel.unlock()
    assert panel.model.cell(0, 3) == "Active"
    assert staff.authenticate(branch_db, "reza", "desk-pass-12").username == "reza"

    panel.select("reza")
    panel.toggle_active()
    assert panel.model.cell(0, 3) == "Deactivated"


def test_manager_changes_branch_settings(qtbot, branch_db: Database, manager_account: Actor) -> None:
    window = MainWindow(make_ctx(branch_db, manager_account))
    qtbot.addWidget(window)
    dialog = SettingsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.branch_name.setText("Tehran North")
    dialog.idle_minutes.setValue(3)
    dialog.save()
    with branch_db.read() as s:
        saved = branch_settings.load(s)
    assert (saved.branch_name, saved.idle_lock_minutes) == ("Tehran North", 3)
    assert window.ctx.branch.idle_lock_minutes == 3


def test_status_area_shows_sync_state(qtbot) -> None:
    area = StatusArea()
    qtbot.addWidget(area)
    area.set_sync_status("3 waiting", "waiting")
    assert area.sync_label.text() == "3 waiting" and area.sync_state == "waiting"
    assert "#f9a825" in area.dot.styleSheet()


def test_roles_and_password_change(qtbot, branch_db: Database, manager_account: Actor) -> None:
    staff.create_user(branch_db, manager_account, "reza", "Reza Nouri", "desk-pass-12", frozenset({Role.FRONT_DESK}))
    ctx = make_ctx(branch_db, manager_account)
    user = next(u for u in staff.list_users(branch_db, manager_account) if u.username == "reza")
    dialog = StaffAccountDialog(ctx, user)
    qtbot.addWidget(dialog)
    dialog.roles.boxes[Role.SERVICE_ADVISOR].setChecked(True)
    dialog.password.setText("new-pass-123")
    dialog.save()
    actor = staff.authenticate(branch_db, "reza", "new-pass-123")
    assert actor.roles == frozenset({Role.FRONT_DESK, Role.SERVICE_ADVISOR})
