"""First-run wizard, sign-in, lockout message, idle lock, and the app's start-up flow."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWizard
from test_ui_support import enroll, make_ctx

from dealer_app.db.database import Database
from dealer_app.roles import Actor, Role
from dealer_app.services import settings as branch_settings
from dealer_app.services import staff
from ui.main import CounterApp, prepare_demo
from ui.main_window import MainWindow
from ui.signin import SignInDialog
from ui.tasks import TaskRunner
from ui.wizard import FirstRunWizard


def test_first_run_wizard_sets_up_branch_and_manager(qtbot, tmp_path: Path) -> None:
    db = Database(tmp_path / "new.sqlite3")
    wizard = FirstRunWizard(db, "en")
    qtbot.addWidget(wizard)
    wizard.show()

    wizard.branch_page.code.setText("bad code!")
    wizard.branch_page.name.setText("Tehran West")
    wizard.next()
    assert wizard.currentPage() is wizard.branch_page, "a bad branch code keeps the page open"
    assert wizard.branch_page.code_message.isVisible()

    wizard.branch_page.code.setText("th02")
    wizard.next()
    assert wizard.currentPage() is wizard.profile_page
    assert wizard.profile_page.selected() is not None
    wizard.profile_page.combo.setCurrentIndex(wizard.profile_page.combo.findData("kerman_motor"))
    wizard.next()
    page = wizard.manager_page
    assert wizard.currentPage() is page

    page.username.setText("sara")
    page.full_name.setText("Sara Karimi")
    page.password.setText("short")
    page.repeat.setText("short")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible() and "at least 8" in page.message.text()
    assert not branch_settings.is_initialised(db), "nothing is written while the form is wrong"

    page.password.setText("counter-pass-1")
    page.repeat.setText("counter-pass-1")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.actor is not None and Role.BRANCH_MANAGER in wizard.actor.roles
    with db.read() as s:
        loaded = branch_settings.load(s)
    assert (loaded.branch_code, loaded.branch_name, loaded.club_code) == ("TH02", "Tehran West", "kerman_motor")
    db.close()


def test_app_without_branch_starts_with_wizard_then_signs_in(qtbot, tmp_path: Path) -> None:
    db = Database(tmp_path / "fresh.sqlite3")
    app = CounterApp(db, TaskRunner(synchronous=True), lang="en")
    app.start()
    assert app.wizard is not None and app.sign_in is None
    app.wizard.close()
    db.close()


def _sign_in_dialog(qtbot, db: Database, **kwargs) -> SignInDialog:
    ctx = make_ctx(db, None)
    dialog = SignInDialog(ctx, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_sign_in_with_keyboard(qtbot, branch_db: Database) -> None:
    staff.create_first_manager(branch_db, "sara", "Sara Karimi", "counter-pass-1")
    dialog = _sign_in_dialog(qtbot, branch_db)
    qtbot.keyClicks(dialog.username, "sara")
    qtbot.keyClicks(dialog.password, "counter-pass-1")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.username == "sara"


def test_wrong_password_then_lockout_message_shown_plainly(qtbot, branch_db: Database) -> None:
    staff.create_first_manager(branch_db, "sara", "Sara Karimi", "counter-pass-1")
    dialog = _sign_in_dialog(qtbot, branch_db)
    dialog.username.setText("sara")
    for _ in range(staff.MAX_FAILED_ATTEMPTS):
        dialog.password.setText("wrong-password")
        dialog.sign_in_button.click()
        assert dialog.isVisible()
    # The account is now locked: even the right password is refused, with the service's words.
    dialog.password.setText("counter-pass-1")
    dialog.sign_in_button.click()
    assert dialog.actor is None and dialog.isVisible()
    text = dialog.message.text()
    assert "locked for" in text and "manager unlocks" in text
    assert dialog.password.text() == "", "a refused password is not left in the field"


def test_demo_sign_in_shows_demo_accounts(qtbot, tmp_path: Path) -> None:
    db = Database(tmp_path / "demo.sqlite3")
    with db.write() as s:
        branch_settings.initialise(s, "DEMO", "Demo branch", "kerman_motor")
    staff.ensure_demo_accounts(db)
    app = CounterApp(db, TaskRunner(synchronous=True), lang="en", demo_mode=False)
    app.demo_mode = True  # skip generating demo members; the accounts exist already
    app.show_sign_in()
    assert app.sign_in is not None
    qtbot.addWidget(app.sign_in)
    label = app.sign_in.findChild(QLabel, "demoAccounts")
    assert label is not None
    assert "frontdesk" in label.text() and staff.DEMO_PASSWORD in label.text()
    db.close()


def test_prepare_demo_fills_an_empty_branch_once(tmp_path: Path) -> None:
    db = Database(tmp_path / "demo.sqlite3")
    import ui.main as main_module

    original = main_module.DEMO_MEMBERS
    main_module.DEMO_MEMBERS = 30  # the shape, not the size, is under test
    try:
        prepare_demo(db)
        prepare_demo(db)
    finally:
        main_module.DEMO_MEMBERS = original
    assert staff.authenticate(db, "frontdesk", staff.DEMO_PASSWORD).username == "frontdesk"
    with db.read() as s:
        assert branch_settings.get_value(s, "counter.member") == "30"
    db.close()


def test_idle_lock_keeps_the_screen_and_unlocks_for_same_user(qtbot, branch_db: Database) -> None:
    staff.create_first_manager(branch_db, "sara", "Sara Karimi", "counter-pass-1")
    actor = staff.authenticate(branch_db, "sara", "counter-pass-1")
    member = enroll(branch_db, actor, "Ali Rezaei", 1)
    ctx = make_ctx(branch_db, actor)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.open_member(member.id)
    assert window.idle.active

    window.idle.set_interval_ms(50)
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    dialog = window.lock_dialog
    assert dialog is not None and dialog.username.text() == "sara" and dialog.username.isReadOnly()
    assert window.stack.currentWidget() is window.member_page, "the page underneath is kept"

    dialog.reject()  # Escape must not unlock
    assert window.locked

    dialog.password.setText("counter-pass-1")
    dialog.sign_in_button.click()
    assert not window.locked
    assert window.stack.currentWidget() is window.member_page
    assert window.member_page.name_label.text() == "Ali Rezaei"
    assert window.idle.active


def test_lock_refuses_another_users_password(qtbot, branch_db: Database) -> None:
    staff.create_first_manager(branch_db, "sara", "Sara Karimi", "counter-pass-1")
    manager = staff.authenticate(branch_db, "sara", "counter-pass-1")
    staff.create_user(branch_db, manager, "reza", "Reza Nouri", "desk-pass-12", frozenset({Role.FRONT_DESK}))
    dialog = _sign_in_dialog(qtbot, branch_db, locked_user="sara")
    dialog.username.setText("reza")  # read-only in the UI; forced here to test the check
    dialog.password.setText("desk-pass-12")
    dialog.sign_in_button.click()
    assert dialog.actor is None and "Only sara" in dialog.message.text()


def test_sign_out_returns_to_sign_in(qtbot, branch_db: Database) -> None:
    staff.create_first_manager(branch_db, "sara", "Sara Karimi", "counter-pass-1")
    app = CounterApp(branch_db, TaskRunner(synchronous=True), lang="en")
    window = app.signed_in(Actor("sara", frozenset({Role.BRANCH_MANAGER}), "Sara Karimi"))
    qtbot.addWidget(window)
    window.sign_out_action.trigger()
    assert app.sign_in is not None and app.ctx is not None and app.ctx.actor is None
    qtbot.addWidget(app.sign_in)
