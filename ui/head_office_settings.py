"""Settings → Head office: where this branch syncs, with which credential, and the club
profile version it runs. The secret is typed once and only its derived key is stored."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from dealer_app.services.settings import get_value
from dealer_app.sync.client import connect
from ui.context import AppContext
from ui.formatting import plain_error
from ui.widgets import Banner


class HeadOfficePanel(QWidget):
    connected = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        with ctx.db.read() as s:
            url = get_value(s, "sync_url") or ""
            code = get_value(s, "sync_branch_code") or ctx.branch.branch_code
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.url = QLineEdit(url, self)
        self.url.setObjectName("hqUrl")
        self.url.setPlaceholderText("https://club.example.com")
        self.code = QLineEdit(code, self)
        self.code.setObjectName("hqBranchCode")
        self.secret = QLineEdit(self)
        self.secret.setObjectName("hqSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(
            self.tr("Leave empty to keep the current secret") if url else self.tr("The secret head office gave you")
        )
        form.addRow(self.tr("Head office address"), self.url)
        form.addRow(self.tr("Branch code at head office"), self.code)
        form.addRow(self.tr("Branch secret"), self.secret)
        version = QLabel(
            self.tr("Club profile: %1, version %2")
            .replace("%1", ctx.profile.code)
            .replace("%2", str(ctx.profile.version)),
            self,
        )
        version.setObjectName("profileVersion")
        form.addRow("", version)
        layout.addLayout(form)
        self.save_button = QPushButton(self.tr("Connect and sync"), self)
        self.save_button.setObjectName("hqConnect")
        self.save_button.clicked.connect(self.save)
        layout.addWidget(self.save_button)
        self.banner = Banner(self)
        layout.addWidget(self.banner)
        layout.addStretch(1)

    def save(self) -> None:
        try:
            connect(self.ctx.db, self.url.text(), self.code.text(), self.secret.text().strip() or None)
        except ValueError as exc:
            self.banner.show_message(plain_error(exc), "error")
            return
        self.secret.clear()
        self.banner.show_message(
            self.tr("Saved. The branch syncs with head office now and every few minutes."), "success"
        )
        self.connected.emit()
