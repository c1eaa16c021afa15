"""Branch settings and staff accounts, for branch managers only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dealer_app.clock import utcnow
from dealer_app.club_profile import ProfileError, available_profiles, load_profile
from dealer_app.roles import Permission, PermissionDenied, Role
from dealer_app.services import settings as branch_settings
from dealer_app.services import staff
from dealer_app.validation import ValidationError
from ui.context import AppContext
from ui.formatting import fmt_date, plain_error
from ui.head_office_settings import HeadOfficePanel
from ui.models import RowsTableModel
from ui.widgets import Banner, FieldMessage


def role_name(role: Role) -> str:
    return {
        Role.FRONT_DESK: QCoreApplication.translate("Roles", "Front desk"),
        Role.SERVICE_ADVISOR: QCoreApplication.translate("Roles", "Service advisor"),
        Role.BRANCH_MANAGER: QCoreApplication.translate("Roles", "Branch manager"),
    }[role]


class RoleChecks(QWidget):
    def __init__(self, selected: frozenset[Role] = frozenset(), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[Role, QCheckBox] = {}
        for role in Role:
            box = QCheckBox(role_name(role), self)
            box.setObjectName(f"role_{role.value}")
            box.setChecked(role in selected)
            layout.addWidget(box)
            self.boxes[role] = box

    def roles(self) -> frozenset[Role]:
        return frozenset(r for r, box in self.boxes.items() if box.isChecked())


class StaffAccountDialog(QDialog):
    """A new account, or new roles / password for an existing one."""

    def __init__(self, ctx: AppContext, user: staff.StaffView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user = user
        self.setObjectName("StaffAccountDialog")
        self.setWindowTitle(self.tr("New staff account") if user is None else self.tr("Staff account"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.username = QLineEdit(self)
        self.username.setObjectName("newUsername")
        self.full_name = QLineEdit(self)
        self.full_name.setObjectName("newFullName")
        self.password = QLineEdit(self)
        self.password.setObjectName("newPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.roles = RoleChecks(user.roles if user else frozenset({Role.FRONT_DESK}), self)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("Password") if user is None else self.tr("New password (leave empty to keep)"),
                    self.password)
        form.addRow(self.tr("Roles"), self.roles)
        layout.addLayout(form)
        self.message = FieldMessage(self)
        self.message.setObjectName("staffMessage")
        layout.addWidget(self.message)
        if user is not None:
            self.username.setText(user.username)
            self.username.setReadOnly(True)
            self.full_name.setText(user.full_name)
            self.full_name.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        actor = self.ctx.require_actor()
        try:
            if self.user is None:
                staff.create_user(self.ctx.db, actor, self.username.text(), self.full_name.text(),
                                  self.password.text(), self.roles.roles())
            else:
                staff.update_user(self.ctx.db, actor, self.user.username, roles=self.roles.roles(),
                                  password=self.password.text() or None)
        except (ValidationError, PermissionDenied) as exc:
            self.message.show_message(plain_error(exc))
            return
        self.accept()


class StaffPanel(QWidget):
    """Staff accounts: list, create, roles, activate/deactivate, unlock."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        # Refuse before building anything: the service checks too, but a front-desk user must
        # not even see the list of accounts.
        ctx.require_actor().require(Permission.MANAGE_STAFF)
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("StaffPanel")
        self.users: list[staff.StaffView] = []
        layout = QVBoxLayout(self)
        self.banner = Banner(self)
        layout.addWidget(self.banner)
        self.model = RowsTableModel(
            [self.tr("User name"), self.tr("Full name"), self.tr("Roles"), self.tr("State")], self
        )
        self.table = QTableView(self)
        self.table.setObjectName("staffTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New account…"), self)
        self.new_button.setObjectName("newAccount")
        self.edit_button = QPushButton(self.tr("Roles and password…"), self)
        self.active_button = QPushButton(self.tr("Deactivate"), self)
        self.active_button.setObjectName("toggleActive")
        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.unlock_button.setObjectName("unlock")
        for b in (self.new_button, self.edit_button, self.active_button, self.unlock_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.new_button.clicked.connect(self.new_account)
        self.edit_button.clicked.connect(self.edit_account)
        self.active_button.clicked.connect(self.toggle_active)
        self.unlock_button.clicked.connect(self.unlock)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def refresh(self) -> None:
        self.users = staff.list_users(self.ctx.db, self.ctx.require_actor())
        now = utcnow()
        rows = []
        for u in self.users:
            if not u.active:
                state = self.tr("Deactivated")
            elif u.locked_until is not None and u.locked_until > now:
                state = self.tr("Locked until %1").replace(
                    "%1", fmt_date(u.locked_until, self.ctx.profile, self.ctx.lang))
            else:
                state = self.tr("Active")
            rows.append([u.username, u.full_name, ", ".join(role_name(r) for r in sorted(u.roles)), state])
        self.model.set_rows(rows, [u.username for u in self.users])
        self._update_buttons()

    def selected(self) -> staff.StaffView | None:
        row = self.table.currentIndex().row()
        return self.users[row] if 0 <= row < len(self.users) else None

    def select(self, username: str) -> None:
        for i, u in enumerate(self.users):
            if u.username == username:
                self.table.selectRow(i)

    def _update_buttons(self) -> None:
        user = self.selected()
        for b in (self.edit_button, self.active_button, self.unlock_button):
            b.setEnabled(user is not None)
        if user is not None:
            self.active_button.setText(self.tr("Deactivate") if user.active else self.tr("Activate"))
            self.unlock_button.setEnabled(user.locked_until is not None and user.locked_until > utcnow())

    def new_account(self) -> None:
        if StaffAccountDialog(self.ctx, None, self).exec():
            self.refresh()

    def edit_account(self) -> None:
        user = self.selected()
        if user is not None and StaffAccountDialog(self.ctx, user, self).exec():
            self.refresh()
            self.select(user.username)

    def _update(self, username: str, **changes: object) -> None:
        try:
            staff.update_user(self.ctx.db, self.ctx.require_actor(), username, **changes)  # type: ignore[arg-type]
        except (ValidationError, PermissionDenied) as exc:
            self.banner.show_message(plain_error(exc), "error")
            return
        self.banner.clear()
        self.refresh()
        self.select(username)

    def toggle_active(self) -> None:
        user = self.selected()
        if user is not None:
            self._update(user.username, active=not user.active)

    def unlock(self) -> None:
        user = self.selected()
        if user is not None:
            self._update(user.username, unlock=True)


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        ctx.require_actor().require(Permission.SETTINGS)
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("SettingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumSize(640, 460)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs)
        self.banner = Banner(self)
        layout.addWidget(self.banner)

        branch = QWidget(self)
        form = QFormLayout(branch)
        code = QLabel(ctx.branch.branch_code, branch)
        self.branch_name = QLineEdit(ctx.branch.branch_name, branch)
        self.branch_name.setObjectName("settingsBranchName")
        self.idle_minutes = QSpinBox(branch)
        self.idle_minutes.setObjectName("idleMinutes")
        self.idle_minutes.setRange(1, 240)
        self.idle_minutes.setValue(ctx.branch.idle_lock_minutes)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.toman = QCheckBox(self.tr("Show prices in toman"), branch)
        self.toman.setChecked(ctx.branch.toman_display)
        self.toman.setVisible(ctx.profile.currency == "IRR")
        form.addRow(self.tr("Branch code"), code)
        form.addRow(self.tr("Branch name"), self.branch_name)
        form.addRow(self.tr("Lock the screen after"), self.idle_minutes)
        form.addRow("", self.toman)
        self.tabs.addTab(branch, self.tr("Branch"))

        club = QWidget(self)
        club_layout = QVBoxLayout(club)
        self.club = QComboBox(club)
        self.club.setObjectName("settingsClub")
        for name in available_profiles():
            try:
                p = load_profile(name)
            except ProfileError:
                continue
            self.club.addItem(f"{p.text('club_name', ctx.lang)} ({p.code})", p.code)
        self.club.setCurrentIndex(max(0, self.club.findData(ctx.branch.club_code)))
        club_layout.addWidget(QLabel(self.tr("Club profile this branch runs"), club))
        club_layout.addWidget(self.club)
        warning = QLabel(self.tr("Changing the club profile changes every member's points, tiers and "
                                 "benefits. Do it only when head office tells you to."), club)
        warning.setWordWrap(True)
        club_layout.addWidget(warning)
        club_layout.addStretch(1)
        self.tabs.addTab(club, self.tr("Club profile"))

        self.head_office = HeadOfficePanel(ctx, self)
        self.tabs.addTab(self.head_office, self.tr("Head office"))

        self.staff_panel: StaffPanel | None = None
        if ctx.can(Permission.MANAGE_STAFF):
            self.staff_panel = StaffPanel(ctx, self)
            self.tabs.addTab(self.staff_panel, self.tr("Staff accounts"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("saveSettings")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def show_staff(self) -> None:
        if self.staff_panel is not None:
            self.tabs.setCurrentWidget(self.staff_panel)

    def save(self) -> None:
        name = self.branch_name.text().strip()
        if not name:
            self.banner.show_message(self.tr("Type the branch's name as customers know it."), "error")
            return
        changes: dict[str, str | int | bool] = {}
        b = self.ctx.branch
        if name != b.branch_name:
            changes["branch_name"] = name
        if self.idle_minutes.value() != b.idle_lock_minutes:
            changes["idle_lock_minutes"] = self.idle_minutes.value()
        if self.toman.isVisible() and self.toman.isChecked() != b.toman_display:
            changes["toman_display"] = self.toman.isChecked()
        club = self.club.currentData()
        if club and club != b.club_code:
            answer = QMessageBox.question(
                self, self.tr("Change club profile"),
                self.tr("Switch this branch to the club profile %1?").replace("%1", club),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            changes["club_code"] = club
        if changes:
            try:
                branch_settings.update(self.ctx.db, self.ctx.require_actor(), **changes)
            except (ValueError, PermissionDenied) as exc:
                self.banner.show_message(plain_error(exc), "error")
                return
            self.ctx.reload()
        self.accept()
