"""`dealer-app`: the counter application's entry point.

With a sub-command the core's CLI runs headless; without one it calls :func:`launch`, which
opens the branch in the data folder and walks through first-run set-up or sign-in to the
main window.
"""

from __future__ import annotations

import argparse
import logging
import sys

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from dealer_app import demo
from dealer_app.backup import AutoBackupScheduler, configured_keep_days
from dealer_app.club_profile import load_profile
from dealer_app.db.database import Database, SchemaTooNew
from dealer_app.logging_setup import register_database_secrets, setup_logging, shutdown_logging
from dealer_app.paths import data_dir, database_path
from dealer_app.roles import Actor
from dealer_app.services import settings as branch_settings
from dealer_app.services import staff
from dealer_app.services.profiles import active_profile
from ui.appsetup import apply_fonts, apply_language, normalise_language, register_fonts
from ui.context import AppContext
from ui.crash import install_excepthook
from ui.formatting import plain_error
from ui.main_window import MainWindow
from ui.signin import SignInDialog
from ui.tasks import TaskRunner
from ui.wizard import FirstRunWizard

log = logging.getLogger(__name__)

DEMO_FOLDER = "demo-branch"
DEMO_MEMBERS = 2_000
DEMO_SEED = 1
DEMO_CLUB = "kerman_motor"


def prepare_demo(db: Database) -> None:
    """A demo branch ready to use: set up, filled with demo members once, demo accounts present."""
    if not branch_settings.is_initialised(db):
        with db.write() as s:
            branch_settings.initialise(s, "DEMO", "Demo branch", load_profile(DEMO_CLUB).code)
    with db.read() as s:
        # No member number was ever handed out: the branch is empty, so fill it (only once,
        # so members enrolled while trying the demo are kept).
        empty = branch_settings.get_value(s, "counter.member") is None
    if empty:
        demo.generate(db, active_profile(db), DEMO_MEMBERS, seed=DEMO_SEED)
    staff.ensure_demo_accounts(db)


class CounterApp(QObject):
    """The application's flow: set-up or sign-in, then the main window, and back on sign-out."""

    def __init__(self, db: Database, runner: TaskRunner, *, lang: str | None = None, demo_mode: bool = False) -> None:
        super().__init__()
        self.db = db
        self.runner = runner
        self.requested_lang = normalise_language(lang)
        # Picked on the sign-in screen: becomes the language of the account that signs in.
        self.chosen_lang: str | None = None
        self.demo_mode = demo_mode
        self.ctx: AppContext | None = None
        self.window: MainWindow | None = None
        self.wizard: FirstRunWizard | None = None
        self.sign_in: SignInDialog | None = None
        self.progress: QProgressDialog | None = None

    def start(self) -> None:
        if self.demo_mode:
            self.progress = QProgressDialog(self.tr("Preparing the demo branch…"), "", 0, 0)
            self.progress.setCancelButton(None)
            self.progress.setWindowModality(Qt.WindowModality.ApplicationModal)
            self.progress.show()
            db = self.db
            self.runner.run(lambda: prepare_demo(db), lambda _r: self._demo_ready(), self._fatal)
            return
        if branch_settings.is_initialised(self.db):
            self.show_sign_in()
        else:
            self.show_wizard()

    def _demo_ready(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None
        self.show_sign_in()

    def _fatal(self, exc: BaseException) -> None:
        log.error("start-up failed", exc_info=(type(exc), exc, exc.__traceback__))
        if self.progress is not None:
            self.progress.close()
        QMessageBox.critical(None, self.tr("Dealer Club"), plain_error(exc))
        QApplication.exit(1)

    def _context(self) -> AppContext:
        if self.ctx is None:
            self.ctx = AppContext.open(self.db, self.runner, self.requested_lang, demo=self.demo_mode)
            if self.demo_mode:
                self.ctx.demo_accounts = tuple(name for name, _full, _roles in staff.DEMO_ACCOUNTS)
            apply_language(self.ctx.lang)
        return self.ctx

    def show_wizard(self) -> None:
        lang = self.requested_lang or "en"
        apply_language(lang)
        self.wizard = FirstRunWizard(self.db, lang)
        self.wizard.finished.connect(self._wizard_finished)
        self.wizard.open()

    def _wizard_finished(self, result: int) -> None:
        wizard, self.wizard = self.wizard, None
        if not result or wizard is None or wizard.actor is None:
            QApplication.quit()
            return
        self.signed_in(wizard.actor)

    def show_sign_in(self, username: str = "") -> None:
        ctx = self._context()
        self.sign_in = SignInDialog(ctx)
        if username:
            self.sign_in.username.setText(username)
            self.sign_in.password.setFocus()
        self.sign_in.language_chosen.connect(self._sign_in_language)
        self.sign_in.finished.connect(self._sign_in_finished)
        self.sign_in.open()

    def switch_language(self, lang: str) -> None:
        """Install ``lang``'s translations and direction; screens built from now on use it."""
        ctx = self._context()
        apply_language(lang)
        ctx.set_language(lang)

    def _sign_in_language(self, lang: str) -> None:
        dialog = self.sign_in
        if dialog is None:
            return
        self.chosen_lang = lang
        self.switch_language(lang)
        # The sign-in screen is rebuilt in the new language; what was typed as the user name stays.
        dialog.finished.disconnect(self._sign_in_finished)
        username = dialog.username.text()
        dialog.hide()
        dialog.deleteLater()
        self.show_sign_in(username)

    def _sign_in_finished(self, result: int) -> None:
        dialog, self.sign_in = self.sign_in, None
        if not result or dialog is None or dialog.actor is None:
            QApplication.quit()
            return
        self.signed_in(dialog.actor)

    def signed_in(self, actor: Actor) -> MainWindow:
        ctx = self._context()
        ctx.actor = actor
        chosen, self.chosen_lang = self.chosen_lang, None
        if chosen and chosen != normalise_language(actor.language):
            self._save_language(actor, chosen)
        # The command line's --lang wins for this run; then the account's language (just picked
        # or saved before); an account without one gets the club's language.
        lang = self.requested_lang or chosen or normalise_language(actor.language) or ctx.profile.default_language
        if lang != ctx.lang:
            self.switch_language(lang)
        if self.window is not None:
            self.window.deleteLater()
        self.window = self._new_window()
        self.window.search.focus_search()
        return self.window

    def _new_window(self) -> MainWindow:
        assert self.ctx is not None
        window = MainWindow(self.ctx)
        window.signed_out.connect(self._signed_out)
        window.language_chosen.connect(self.change_language)
        window.show()
        return window

    def _save_language(self, actor: Actor, lang: str) -> None:
        db = self.db
        self.runner.run(lambda: staff.set_own_language(db, actor, lang), lambda _r: None,
                        lambda exc: log.warning("could not save the language of %s: %s", actor.username, exc))

    def change_language(self, lang: str) -> MainWindow | None:
        """Switch the signed-in clerk to ``lang`` at once: saved as their language, and the main
        window rebuilt in it, on the same member or search."""
        old = self.window
        ctx = self.ctx
        if old is None or ctx is None or ctx.actor is None:
            return None
        self._save_language(ctx.actor, lang)
        self.switch_language(lang)
        member_id = old.member_page.member_id if old.stack.currentWidget() is old.member_page else None
        query = old.search.box.text()
        geometry = old.geometry()
        old.signed_out.disconnect(self._signed_out)
        # The new window shows before the old one closes, so the application never has no
        # window (it would quit).
        self.window = self._new_window()
        self.window.setGeometry(geometry)
        old.close()
        old.deleteLater()
        if member_id:
            self.window.open_member(member_id)
        else:
            self.window.search.box.setText(query)
            self.window.search.focus_search()
        return self.window

    def _signed_out(self) -> None:
        if self.window is not None:
            self.window.close()
        self.show_sign_in()


def launch(args: argparse.Namespace) -> int:
    """Start the GUI for the parsed command line (called by `dealer_app.cli.main`)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Dealer Club")
    app.setOrganizationName("DealerClub")
    apply_fonts(app, register_fonts())
    directory = data_dir(args.data_dir)
    if args.demo:
        # A folder of its own, so trying the demo can never touch a real branch's data.
        directory = directory / DEMO_FOLDER
        directory.mkdir(parents=True, exist_ok=True)
    setup_logging(directory)
    try:
        db = Database(database_path(directory))
    except SchemaTooNew as exc:
        QMessageBox.critical(None, "Dealer Club", str(exc))
        return 1
    register_database_secrets(db)
    # Kept referenced for the whole run: it shows unhandled errors in plain words.
    crash_handler = install_excepthook(app, directory, lambda: db)
    backups = AutoBackupScheduler(directory, db, configured_keep_days(db))
    backups.start()
    runner = TaskRunner(app)
    counter = CounterApp(db, runner, lang=args.lang, demo_mode=bool(args.demo))
    counter.start()
    try:
        return int(app.exec())
    finally:
        runner.wait(10_000)
        backups.stop()
        crash_handler.uninstall()
        db.close()
        shutdown_logging()


def main() -> int:
    from dealer_app.cli import main as cli_main

    return cli_main(sys.argv[1:], gui=launch)


if __name__ == "__main__":
    sys.exit(main())
