"""Enrolment: the member and their first car on one form. Nothing is written until every
field is accepted; then the core enrolls in one transaction and the member page opens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dealer_app.clock import today
from dealer_app.services import members
from dealer_app.validation import ValidationError, validate_name, validate_national_id, validate_phone
from ui.context import AppContext
from ui.core_messages import core_text
from ui.formatting import plain_error
from ui.forms import FieldForm, VehicleFields, email_validator
from ui.widgets import Banner

_PHONE_EXAMPLES = {"IR": "0912 345 6789", "CN": "138 0013 8000", "TR": "0532 123 45 67"}


def join_method_name(method: str) -> str:
    names = {
        "paid": QCoreApplication.translate("JoinMethod", "Paid the membership fee"),
        "insurance": QCoreApplication.translate("JoinMethod", "Free with an insurance purchase"),
        "referral": QCoreApplication.translate("JoinMethod", "Free for referring a new buyer"),
        "repeat_purchase": QCoreApplication.translate("JoinMethod", "Free on a repeat purchase"),
        "purchase": QCoreApplication.translate("JoinMethod", "With a car purchase"),
        "free": QCoreApplication.translate("JoinMethod", "Free"),
        "standard": QCoreApplication.translate("JoinMethod", "Standard membership"),
    }
    return names.get(method, method.replace("_", " "))


class EnrollForm(QWidget):
    enrolled = Signal(object)  # MemberView
    open_member = Signal(str)
    cancelled = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("EnrollForm")
        self._duplicate_member: str | None = None
        self.saving = False
        profile, country = ctx.profile, ctx.profile.country

        outer = QVBoxLayout(self)
        title = QLabel(self.tr("Enroll a new member"), self)
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        outer.addWidget(title)
        self.banner = Banner(self)
        self.banner.setObjectName("enrollBanner")
        self.banner.action_clicked.connect(self._open_duplicate)
        outer.addWidget(self.banner)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        columns = QHBoxLayout(body)
        person_box = QGroupBox(self.tr("Member"), body)
        car_box = QGroupBox(self.tr("First car"), body)
        columns.addWidget(person_box, 1)
        columns.addWidget(car_box, 1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        person_layout = QFormLayout(person_box)
        self.form = FieldForm(person_layout, self)
        self.form.add_line("full_name", self.tr("Full name"), lambda t: validate_name(t, "full_name"),
                           placeholder=self.tr("As on the ID card"))
        self.form.add_line("national_id", self.tr("National ID"),
                           lambda t: validate_national_id(country, t, field="national_id"), left_to_right=True)
        self.form.add_line("phone", self.tr("Mobile phone"), lambda t: validate_phone(country, t, field="phone"),
                           placeholder=_PHONE_EXAMPLES.get(country, ""), left_to_right=True)
        self.form.add_line("email", self.tr("E-mail (optional)"), email_validator, optional=True, left_to_right=True)
        self.birth_date = self.form.add_date("birth_date", self.tr("Birth date (optional)"), profile, ctx.lang,
                                             optional=True)
        self.form.add_line("address", self.tr("Address (optional)"), optional=True)
        self.profile_complete = QCheckBox(self.tr("The member filled in the whole profile form"), person_box)
        self.form.add_widget("profile_complete", "", self.profile_complete)
        self.joined_on = self.form.add_date("joined_on", self.tr("Joined on"), profile, ctx.lang)
        self.join_method = QComboBox(person_box)
        for method in profile.membership.join_methods:
            self.join_method.addItem(join_method_name(method), method)
        self.form.add_widget("join_method", self.tr("How they joined"), self.join_method)

        car_layout = QFormLayout(car_box)
        self.car_form = FieldForm(car_layout, self)
        self.vehicle = VehicleFields(self.car_form, profile, ctx.lang)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancelled)
        self.save_button = QPushButton(self.tr("Enroll (Enter)"), self)
        self.save_button.setObjectName("saveEnrollment")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)

        self.form.submitted.connect(self.save)
        self.car_form.submitted.connect(self.save)
        self.reset()

    def reset(self) -> None:
        self.form.clear()
        self.car_form.clear()
        self.banner.clear()
        self.profile_complete.setChecked(False)
        self.join_method.setCurrentIndex(0)
        self.vehicle.source.setCurrentIndex(0)
        self.joined_on.set_value(today())
        self.vehicle.purchased_on.set_value(today())
        self.saving = False
        self.save_button.setEnabled(True)
        self.form.fields["full_name"].edit.setFocus()

    def focus_first(self) -> None:
        self.form.fields["full_name"].edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def build(self) -> members.EnrollmentForm:
        """The core's form from what was typed; raises ValidationError for a bad date."""
        f = self.form
        return members.EnrollmentForm(
            full_name=f.text("full_name"),
            national_id=f.text("national_id"),
            phone=f.text("phone"),
            vehicle=members.VehicleForm(**self.vehicle.values()),  # type: ignore[arg-type]
            joined_on=self.joined_on.required_value("joined_on"),
            join_method=self.join_method.currentData(),
            profile_complete=self.profile_complete.isChecked(),
            email=f.text("email").strip() or None,
            birth_date=self.birth_date.value("birth_date"),
            address=f.text("address").strip() or None,
        )

    def save(self) -> None:
        if self.saving:
            return
        self.banner.clear()
        self._duplicate_member = None
        person_ok = self.form.check_all()
        car_ok = self.car_form.check_all()
        if not (person_ok and car_ok):
            bad = self.form.first_invalid() or self.car_form.first_invalid()
            if bad is not None:
                bad.setFocus()
            self.banner.show_message(self.tr("Some fields need attention; see the messages under them."), "error")
            return
        try:
            form = self.build()
            members.check_enrollment(self.ctx.profile, form)
        except ValidationError as exc:
            self._show_validation(exc)
            return
        self.saving = True
        self.save_button.setEnabled(False)
        db, profile, actor = self.ctx.db, self.ctx.profile, self.ctx.require_actor()
        self.ctx.runner.run(lambda: members.enroll(db, profile, actor, form), self._saved, self._failed)

    def _saved(self, view: members.MemberView) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        self.enrolled.emit(view)

    def _failed(self, exc: BaseException) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self._show_validation(exc)
        else:
            self.banner.show_message(plain_error(exc), "error")

    def _show_validation(self, exc: ValidationError) -> None:
        if not (self.form.show_error(exc) or self.car_form.show_error(exc)):
            self.banner.show_message(core_text(exc.message), "error")
        if isinstance(exc, members.DuplicateRecord):
            self._duplicate_member = exc.member_id
            self.banner.show_message(core_text(exc.message), "warning",
                                     self.tr("Open member %1").replace("%1", exc.member_number))

    def _open_duplicate(self) -> None:
        if self._duplicate_member:
            self.open_member.emit(self._duplicate_member)

