"""Dialogs that change a member: edit details, add a car, withdraw."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dealer_app import membership as membership_rules
from dealer_app.clock import today
from dealer_app.services import members
from dealer_app.validation import ValidationError, validate_name, validate_national_id, validate_phone
from ui.context import AppContext
from ui.core_messages import core_text
from ui.formatting import plain_error
from ui.forms import FieldForm, VehicleFields, email_validator
from ui.widgets import Banner, FieldMessage


class _WriteDialog(QDialog):
    """A dialog whose Save runs one core write in the background and closes on success."""

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_view: members.MemberView | None = None
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.outer = QVBoxLayout(self)
        self.banner = Banner(self)
        self.outer.addWidget(self.banner)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self, save: Callable[[], None]) -> None:
        self.save_button.clicked.connect(save)
        self.outer.addWidget(self.buttons)

    def run_write(self, fn: Callable[[], members.MemberView], show_error: Callable[[ValidationError], bool]) -> None:
        self.save_button.setEnabled(False)

        def done(view: members.MemberView) -> None:
            self.result_view = view
            self.accept()

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            if not (isinstance(exc, ValidationError) and show_error(exc)):
                self.banner.show_message(plain_error(exc), "error")

        self.ctx.runner.run(fn, done, failed)


class EditMemberDialog(_WriteDialog):
    def __init__(self, ctx: AppContext, view: members.MemberView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Edit member details"), parent)
        self.setObjectName("EditMemberDialog")
        self.view = view
        profile, country, lang = ctx.profile, ctx.profile.country, ctx.lang
        layout = QFormLayout()
        self.outer.addLayout(layout)
        self.form = FieldForm(layout, self)
        self.form.add_line("full_name", self.tr("Full name"), lambda t: validate_name(t, "full_name"))
        self.form.add_line("national_id", self.tr("National ID"),
                           lambda t: validate_national_id(country, t, field="national_id"), left_to_right=True)
        self.form.add_line("phone", self.tr("Mobile phone"), lambda t: validate_phone(country, t, field="phone"),
                           left_to_right=True)
        self.form.add_line("email", self.tr("E-mail"), email_validator, optional=True, left_to_right=True)
        self.birth_date = self.form.add_date("birth_date", self.tr("Birth date"), profile, lang, optional=True)
        self.form.add_line("address", self.tr("Address"), optional=True)
        self.complete = QCheckBox(self.tr("The member filled in the whole profile form"), self)
        self.form.add_widget("profile_complete", "", self.complete)
        self.form.submitted.connect(self.save)
        self.finish_layout(self.save)

        f = self.form.fields
        f["full_name"].edit.setText(view.full_name)
        f["national_id"].edit.setText(view.national_id)
        f["phone"].edit.setText(view.phone)
        f["email"].edit.setText(view.email or "")
        self.birth_date.set_value(view.birth_date)
        f["address"].edit.setText(view.address or "")
        self.complete.setChecked(view.profile_complete)
        self._original = self._values()

    def _values(self) -> dict[str, Any]:
        f = self.form
        return {
            "full_name": f.text("full_name").strip(),
            "national_id": f.text("national_id").strip(),
            "phone": f.text("phone").strip(),
            "email": f.text("email").strip() or None,
            "birth_date": self.birth_date.value("birth_date"),
            "address": f.text("address").strip() or None,
            "profile_complete": self.complete.isChecked(),
        }

    def save(self) -> None:
        if not self.form.check_all():
            return
        try:
            values = self._values()
        except ValidationError as exc:
            self.form.show_error(exc)
            return
        # Only what the clerk changed goes to the core, so the audit row names just those fields.
        changes = {k: v for k, v in values.items() if v != self._original[k]}
        if not changes:
            self.result_view = self.view
            self.accept()
            return
        db, profile, actor, member_id = self.ctx.db, self.ctx.profile, self.ctx.require_actor(), self.view.id
        self.run_write(lambda: members.update_profile(db, profile, actor, member_id, changes), self.form.show_error)


class AddVehicleDialog(_WriteDialog):
    def __init__(self, ctx: AppContext, view: members.MemberView, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Add a car"), parent)
        self.setObjectName("AddVehicleDialog")
        self.view = view
        intro = QLabel(self.tr("A new membership card is issued for the car."), self)
        self.outer.addWidget(intro)
        layout = QFormLayout()
        self.outer.addLayout(layout)
        self.form = FieldForm(layout, self)
        self.vehicle = VehicleFields(self.form, ctx.profile, ctx.lang)
        self.form.submitted.connect(self.save)
        self.finish_layout(self.save)

    def save(self) -> None:
        if not self.form.check_all():
            return
        try:
            form = members.VehicleForm(**self.vehicle.values())  # type: ignore[arg-type]
        except ValidationError as exc:
            self.form.show_error(exc)
            return
        db, profile, actor, member_id = self.ctx.db, self.ctx.profile, self.ctx.require_actor(), self.view.id
        self.run_write(lambda: members.add_vehicle(db, profile, actor, member_id, form), self.form.show_error)


class WithdrawDialog(_WriteDialog):
    def __init__(self, ctx: AppContext, view: members.MemberView, parent: QWidget | None = None,
                 as_of: date | None = None) -> None:
        super().__init__(ctx, self.tr("Withdraw from the club"), parent)
        self.setObjectName("WithdrawDialog")
        self.view = view
        decision = membership_rules.check_withdrawal(
            ctx.profile, joined_on=view.joined_on, join_method=view.join_method, as_of=as_of or today()
        )
        info = QLabel(self)
        info.setWordWrap(True)
        if not decision.allowed:
            info.setText(core_text(decision.reason) if decision.reason else self.tr("Withdrawal is not possible now."))
            self.save_button.setEnabled(False)
        elif decision.refund:
            info.setText(self.tr("The joining fee is refunded once the club confirms."))
        else:
            info.setText(self.tr("No refund: this member joined without paying a fee."))
        self.outer.addWidget(info)
        self.outer.addWidget(QLabel(self.tr("The member's written reason"), self))
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("reason")
        self.outer.addWidget(self.reason)
        self.reason_message = FieldMessage(self)
        self.outer.addWidget(self.reason_message)
        self.finish_layout(self.save)

    def _show(self, exc: ValidationError) -> bool:
        if exc.field == "reason":
            self.reason_message.show_message(core_text(exc.message))
            return True
        return False

    def save(self) -> None:
        reason = self.reason.toPlainText()
        db, profile, actor, member_id = self.ctx.db, self.ctx.profile, self.ctx.require_actor(), self.view.id
        self.run_write(lambda: members.withdraw(db, profile, actor, member_id, reason), self._show)

