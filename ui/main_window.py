"""The counter's main window: search, member page and enrolment in one stack, the actions the
signed-in role may use, the idle lock and the status bar."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from dealer_app.roles import Permission, PermissionDenied
from dealer_app.services import members
from dealer_app.services import requests as request_service
from ui.appsetup import LANGUAGE_NAMES, LANGUAGES
from ui.card_print import BatchPrintDialog
from ui.context import AppContext
from ui.enroll import EnrollForm
from ui.formatting import plain_error
from ui.idle import IdleWatcher
from ui.member_page import MemberPage
from ui.search_panel import SearchPanel
from ui.settings_dialog import SettingsDialog
from ui.signin import SignInDialog
from ui.sync_controller import SyncController
from ui.widgets import StatusArea


class MainWindow(QMainWindow):
    signed_out = Signal()
    language_chosen = Signal(str)
    """The signed-in clerk picked another interface language (the application switches)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("MainWindow")
        self.setWindowTitle(
            self.tr("Dealer Club – %1 (%2)").replace("%1", ctx.branch.branch_name).replace("%2", ctx.branch.branch_code)
        )
        self.resize(1200, 800)
        self.locked = False
        self.lock_dialog: SignInDialog | None = None

        self.stack = QStackedWidget(self)
        self.search = SearchPanel(ctx, self.stack)
        self.member_page = MemberPage(ctx, self.stack)
        self.enroll_form = EnrollForm(ctx, self.stack)
        for page in (self.search, self.member_page, self.enroll_form):
            self.stack.addWidget(page)
        self.setCentralWidget(self.stack)

        self.search.open_member.connect(self.open_member)
        self.search.enroll_requested.connect(self.show_enroll)
        self.member_page.back_requested.connect(self.show_search)
        self.enroll_form.enrolled.connect(self._enrolled)
        self.enroll_form.open_member.connect(self.open_member)
        self.enroll_form.cancelled.connect(self.show_search)

        toolbar = QToolBar(self.tr("Actions"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(toolbar)
        self.search_action = self._action(toolbar, self.tr("Search"), "F2", self.show_search)
        self.enroll_action = self._action(toolbar, self.tr("Enroll"), "Ctrl+N", self.show_enroll)
        self.settings_action = self._action(toolbar, self.tr("Settings"), "Ctrl+,", self.open_settings)
        self.staff_action = self._action(toolbar, self.tr("Staff"), None, self.open_staff_management)
        self.cards_action = self._action(toolbar, self.tr("Print cards"), None, self.open_card_printing)
        toolbar.addSeparator()
        self.sync_action = self._action(toolbar, self.tr("Sync now"), "F5", self.sync_now)
        self.lock_action = self._action(toolbar, self.tr("Lock"), "Ctrl+L", self.lock)
        self.sign_out_action = self._action(toolbar, self.tr("Sign out"), None, self.sign_out)
        self.language_button = QToolButton(self)
        self.language_button.setObjectName("languageButton")
        self.language_button.setText(LANGUAGE_NAMES.get(ctx.lang, ctx.lang))
        self.language_button.setToolTip(self.tr("Language of the screens"))
        self.language_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.language_menu = QMenu(self.language_button)
        for code in LANGUAGES:
            item = self.language_menu.addAction(LANGUAGE_NAMES[code])
            item.setCheckable(True)
            item.setChecked(code == ctx.lang)
            item.triggered.connect(lambda _checked=False, c=code: self._choose_language(c))
        self.language_button.setMenu(self.language_menu)
        toolbar.addWidget(self.language_button)
        escape = QAction(self)
        escape.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        escape.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        escape.triggered.connect(self._escape)
        self.addAction(escape)

        self.status_area = StatusArea(self)
        self.statusBar().addPermanentWidget(self.status_area)
        ctx.runner.unhandled_error = lambda exc: self.statusBar().showMessage(plain_error(exc), 10_000)

        self.sync = SyncController(ctx, self)
        self.sync.status_changed.connect(self.status_area.set_sync_status)
        self.sync.decisions_arrived.connect(self._announce_decisions)
        self.sync.start()

        self.idle = IdleWatcher(ctx.branch.idle_lock_minutes, self)
        self.idle.idle.connect(self.lock)
        self.apply_actor()
        self.show_search()

    def _action(self, toolbar: QToolBar, text: str, shortcut: str | None, slot: object) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        toolbar.addAction(action)
        return action

    # ---- who is signed in ---------------------------------------------------------------------

    def apply_actor(self) -> None:
        actor = self.ctx.actor
        can = self.ctx.can
        self.enroll_action.setVisible(can(Permission.ENROLL))
        self.settings_action.setVisible(can(Permission.SETTINGS))
        self.staff_action.setVisible(can(Permission.MANAGE_STAFF))
        self.cards_action.setVisible(can(Permission.PRINT_CARDS))
        self.search.apply_permissions()
        self.member_page.apply_permissions()
        if actor is not None:
            self.status_area.set_user(
                self.tr("Signed in: %1").replace("%1", actor.full_name or actor.username)
            )
            self.idle.start()

    # ---- navigation ---------------------------------------------------------------------------

    def show_search(self) -> None:
        self.stack.setCurrentWidget(self.search)
        self.search.focus_search()

    def show_enroll(self) -> None:
        if not self.ctx.can(Permission.ENROLL):
            self._refuse()
            return
        self.enroll_form.reset()
        self.stack.setCurrentWidget(self.enroll_form)
        self.enroll_form.focus_first()

    def open_member(self, member_id: str) -> None:
        self.stack.setCurrentWidget(self.member_page)
        self.member_page.load(member_id)
        self.member_page.back_button.setFocus()

    def _enrolled(self, view: members.MemberView) -> None:
        self.stack.setCurrentWidget(self.member_page)
        self.member_page.show_view(view)
        self.member_page.banner.show_message(
            self.tr("%1 is now member %2.").replace("%1", view.full_name).replace("%2", view.member_number), "success"
        )

    def _escape(self) -> None:
        if self.stack.currentWidget() is not self.search:
            self.show_search()
        else:
            self.search.reset()

    # ---- managers only -----------------------------------------------------------------------

    def _refuse(self) -> None:
        QMessageBox.information(self, self.tr("Not allowed"),
                                self.tr("Your account may not do this. Ask a branch manager."))

    def open_settings(self, staff_tab: bool = False) -> SettingsDialog | None:
        try:
            dialog = SettingsDialog(self.ctx, self)
        except PermissionDenied:
            self._refuse()
            return None
        if staff_tab:
            dialog.show_staff()
        dialog.head_office.connected.connect(self.sync.sync_now)
        if dialog.exec():
            self.idle.set_minutes(self.ctx.branch.idle_lock_minutes)
            self.setWindowTitle(
                self.tr("Dealer Club – %1 (%2)")
                .replace("%1", self.ctx.branch.branch_name).replace("%2", self.ctx.branch.branch_code)
            )
        return dialog

    def open_staff_management(self) -> SettingsDialog | None:
        if not self.ctx.can(Permission.MANAGE_STAFF):
            self._refuse()
            return None
        return self.open_settings(staff_tab=True)

    def open_card_printing(self) -> BatchPrintDialog | None:
        """Batch printing for the member on screen (or selected in the results), or every card
        not yet printed."""
        if not self.ctx.can(Permission.PRINT_CARDS):
            self._refuse()
            return None
        if self.stack.currentWidget() is self.member_page:
            member_ids = [self.member_page.member_id] if self.member_page.member_id else []
        else:
            rows = self.search.table.selectionModel().selectedRows()
            member_ids = [self.search.model.hits[i.row()].member_id for i in rows
                          if i.row() < len(self.search.model.hits)]
        dialog = BatchPrintDialog(self.ctx, member_ids, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.printed.connect(lambda _result: self.member_page.reload())
        dialog.open()
        return dialog

    # ---- idle lock ----------------------------------------------------------------------------

    def lock(self) -> None:
        """Cover the screen with the sign-in for the same user; the pages underneath stay as they were."""
        if self.locked or self.ctx.actor is None:
            return
        self.locked = True
        self.idle.stop()
        self.stack.setEnabled(False)
        # Over an open dialog (an edit in progress), the lock must cover that dialog too.
        modal = QApplication.activeModalWidget()
        dialog = SignInDialog(self.ctx, modal or self, locked_user=self.ctx.actor.username)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.lock_dialog = dialog
        dialog.finished.connect(self._lock_finished)
        dialog.open()

    def _lock_finished(self, result: int) -> None:
        dialog = self.lock_dialog
        self.lock_dialog = None
        self.locked = False
        self.stack.setEnabled(True)
        if result == SignInDialog.SWITCH_USER:
            self.sign_out()
            return
        if dialog is not None and dialog.actor is not None:
            self.ctx.actor = dialog.actor
        self.apply_actor()

    def sign_out(self) -> None:
        self.idle.stop()
        self.ctx.actor = None
        self.search.reset()
        self.hide()
        self.signed_out.emit()

    def _choose_language(self, lang: str) -> None:
        if lang != self.ctx.lang:
            self.language_chosen.emit(lang)

    # ---- head office ---------------------------------------------------------------------------

    def sync_now(self) -> None:
        self.sync.sync_now()

    def _announce_decisions(self, notices: list[request_service.DecisionNotice]) -> None:
        words = {
            "approved": self.tr("approved"),
            "rejected": self.tr("rejected"),
            "need_info": self.tr("needs more information"),
        }
        lines = [
            self.tr("%1 (%2): %3 – %4")
            .replace("%1", n.member_name)
            .replace("%2", n.member_number)
            .replace("%3", request_service.type_name(self.ctx.profile, n.type, self.ctx.lang))
            .replace("%4", words.get(n.decision, n.decision))
            for n in notices
        ]
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Head office decided"), "\n".join(lines), parent=self)
        box.setInformativeText(self.tr("Tell the customers, then record it on each request."))
        box.setObjectName("decisionNotice")
        box.setModal(False)
        box.show()
        request_service.mark_decisions_seen(self.ctx.db, max(n.event_id for n in notices))
        if self.member_page.isVisible():
            self.member_page.reload()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.sync.stop()
        self.idle.uninstall()
        self.ctx.runner.wait(5_000)
        super().closeEvent(event)

