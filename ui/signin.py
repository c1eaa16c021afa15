"""Sign-in, and the same dialog as the idle lock (for the user who was signed in)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dealer_app.roles import Actor
from dealer_app.services import staff
from ui.appsetup import LANGUAGE_NAMES, LANGUAGES
from ui.context import AppContext
from ui.formatting import plain_error
from ui.widgets import FieldMessage


class SignInDialog(QDialog):
    """Ask for user name and password; ``actor`` holds who signed in once accepted.

    In lock mode the user name is fixed and the dialog cannot be dismissed: only that user's
    password, or "Switch user" (result :attr:`SWITCH_USER`), leaves it.
    """

    SWITCH_USER = 2
    language_chosen = Signal(str)
    """The clerk picked another interface language (sign-in mode only)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, locked_user: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.locked_user = locked_user
        self.actor: Actor | None = None
        self.setObjectName("SignInDialog")
        self.setWindowTitle(self.tr("Dealer Club – locked") if locked_user else self.tr("Dealer Club – sign in"))
        self.setMinimumWidth(420)

        layout = QVBoxLayout(self)
        title = QLabel(self)
        title.setObjectName("signInTitle")
        title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        title.setText(self.tr("Screen locked") if locked_user else self.tr("Sign in"))
        layout.addWidget(title)
        branch = QLabel(self)
        branch.setText(
            self.tr("Branch %1 – %2").replace("%1", ctx.branch.branch_code).replace("%2", ctx.branch.branch_name)
        )
        layout.addWidget(branch)
        if locked_user:
            note = QLabel(self.tr("The screen was locked after a period without use. "
                                  "Type your password to carry on where you left off."), self)
            note.setWordWrap(True)
            layout.addWidget(note)

        form = QFormLayout()
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        self.language: QComboBox | None = None
        if not locked_user:
            # Chosen before signing in, so the clerk can read this screen; it becomes the
            # language of the account that signs in.
            self.language = QComboBox(self)
            self.language.setObjectName("signInLanguage")
            for code in LANGUAGES:
                self.language.addItem(LANGUAGE_NAMES[code], code)
            self.language.setCurrentIndex(max(0, self.language.findData(ctx.lang)))
            self.language.currentIndexChanged.connect(
                lambda _i: self.language_chosen.emit(self.language.currentData() if self.language else ctx.lang)
            )
            form.addRow(self.tr("Language"), self.language)
        layout.addLayout(form)
        if locked_user:
            self.username.setText(locked_user)
            self.username.setReadOnly(True)

        self.message = FieldMessage(self)
        self.message.setObjectName("signInMessage")
        layout.addWidget(self.message)

        if ctx.demo and ctx.demo_accounts:
            demo = QLabel(self)
            demo.setObjectName("demoAccounts")
            demo.setWordWrap(True)
            demo.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            demo.setStyleSheet("background: #fff8e1; border: 1px solid #ffe082; padding: 8px;")
            demo.setText(
                self.tr("Demo branch. Sign in as %1 with the password %2.")
                .replace("%1", ", ".join(ctx.demo_accounts))
                .replace("%2", staff.DEMO_PASSWORD)
            )
            layout.addWidget(demo)

        buttons = QDialogButtonBox(self)
        self.sign_in_button = QPushButton(self.tr("Unlock") if locked_user else self.tr("Sign in"), self)
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        if locked_user:
            switch = QPushButton(self.tr("Switch user"), self)
            switch.setObjectName("switchUser")
            switch.clicked.connect(lambda: self.done(self.SWITCH_USER))
            buttons.addButton(switch, QDialogButtonBox.ButtonRole.ResetRole)
        else:
            quit_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            quit_button.setText(self.tr("Quit"))
            quit_button.clicked.connect(self.reject)
        self.sign_in_button.clicked.connect(self.submit)
        layout.addWidget(buttons)

        (self.password if locked_user else self.username).setFocus()

    def submit(self) -> None:
        username = self.username.text().strip()
        password = self.password.text()
        if not username or not password:
            self.message.show_message(self.tr("Type your user name and password."))
            return
        self.sign_in_button.setEnabled(False)
        self.message.clear_message()
        db = self.ctx.db
        # argon2 takes a noticeable fraction of a second by design: keep it off the UI thread.
        self.ctx.runner.run(lambda: staff.authenticate(db, username, password), self._signed_in, self._failed)

    def _signed_in(self, actor: Actor) -> None:
        self.sign_in_button.setEnabled(True)
        if self.locked_user and actor.username != self.locked_user:
            self.message.show_message(self.tr("Only %1 can unlock this screen.").replace("%1", self.locked_user))
            return
        self.actor = actor
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.sign_in_button.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        self.message.show_message(plain_error(exc))

    def reject(self) -> None:
        # A locked screen must not open with Escape or the window's close button.
        if self.locked_user:
            return
        super().reject()
