"""The new-request dialog: the clerk picks a request type of the club profile, fills the
fields the profile defines for it, and sees at once whether this member may ask for it now.

A refused request says why (the tier, an expired membership, "from 1404/05/01") and offers to
record the customer's question as an enquiry instead, so the customer still gets an answer.
Nothing here decides anything: the core's requests service checks and captures.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dealer_app.calendars import format_date
from dealer_app.club_profile import ClubProfile, RequestField, pick
from dealer_app.db.database import Database
from dealer_app.roles import Actor
from dealer_app.services import members, requests
from dealer_app.validation import ValidationError
from ui.core_messages import core_text
from ui.date_input import DateInput
from ui.formatting import fmt_digits, fmt_money, fmt_number, plain_error
from ui.tasks import TaskRunner
from ui.widgets import FieldMessage

# Wait this long after the last keystroke before asking the core again.
_CHECK_DELAY_MS = 200


class NewRequestDialog(QDialog):
    """Capture one request for `member_id`; `captured` is the RequestView once it is stored."""

    request_captured = Signal(object)

    def __init__(
        self,
        db: Database,
        profile: ClubProfile,
        actor: Actor,
        member_id: str,
        parent: QWidget | None = None,
        *,
        runner: TaskRunner | None = None,
        lang: str = "en",
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._profile = profile
        self._actor = actor
        self._member_id = member_id
        self._lang = lang
        self._runner = runner or TaskRunner(self)
        self._check_serial = 0
        self.captured: requests.RequestView | None = None
        self.field_widgets: dict[str, QLineEdit | QComboBox] = {}

        self.setWindowTitle(self.tr("New request"))
        self.type_combo = QComboBox(self)
        for rt in profile.request_types:
            self.type_combo.addItem(pick(rt.names, lang, profile.default_language), rt.code)
        self.vehicle_combo = QComboBox(self)
        self.vehicle_combo.addItem(self.tr("No particular car"), None)

        head = QFormLayout()
        head.addRow(self.tr("Request"), self.type_combo)
        head.addRow(self.tr("Car"), self.vehicle_combo)
        self._fields_box = QWidget(self)
        self._fields_form = QFormLayout(self._fields_box)
        self._fields_form.setContentsMargins(0, 0, 0, 0)

        self.field_message = FieldMessage(self)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.deadline_label = QLabel(self)

        self.capture_button = QPushButton(self.tr("Capture request"), self)
        self.capture_button.setDefault(True)
        self.enquiry_button = QPushButton(self.tr("Record as enquiry"), self)
        self.enquiry_button.setToolTip(
            self.tr("The customer's question is kept and answered by the branch as an enquiry.")
        )
        self.enquiry_button.hide()
        cancel = QPushButton(self.tr("Cancel"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.enquiry_button)
        buttons.addWidget(cancel)
        buttons.addWidget(self.capture_button)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self._fields_box)
        layout.addWidget(self.field_message)
        layout.addWidget(self.explanation)
        layout.addWidget(self.deadline_label)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        self.type_combo.currentIndexChanged.connect(self._type_changed)
        self.capture_button.clicked.connect(lambda: self._capture(as_enquiry=False))
        self.enquiry_button.clicked.connect(lambda: self._capture(as_enquiry=True))
        cancel.clicked.connect(self.reject)

        self._runner.run(lambda: members.get(db, profile, member_id), self._member_loaded, self._show_error)
        self._type_changed()

    # ---- form -------------------------------------------------------------------------------

    @property
    def request_type(self) -> str:
        return str(self.type_combo.currentData())

    def select_type(self, code: str) -> None:
        index = self.type_combo.findData(code)
        if index < 0:
            raise KeyError(code)
        self.type_combo.setCurrentIndex(index)

    def set_field(self, name: str, value: str) -> None:
        """Fill a field as the clerk would (a choice by its code)."""
        widget = self.field_widgets[name]
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))
        else:
            widget.setText(value)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, widget in self.field_widgets.items():
            value = widget.currentData() if isinstance(widget, QComboBox) else widget.text()
            if value:
                out[name] = value
        return out

    def _member_loaded(self, view: members.MemberView) -> None:
        for v in view.vehicles:
            self.vehicle_combo.addItem(f"{v.plate_display}  {v.model}", v.id)
        if len(view.vehicles) == 1:
            self.vehicle_combo.setCurrentIndex(1)

    def _label(self, rf: RequestField) -> str:
        text = pick(rf.labels, self._lang, self._profile.default_language)
        return text if not rf.required else self.tr("%1 *").replace("%1", text)

    def _type_changed(self) -> None:
        while self._fields_form.rowCount():
            self._fields_form.removeRow(0)
        self.field_widgets = {}
        rt = self._profile.request_type(self.request_type)
        for rf in rt.fields:
            widget: QLineEdit | QComboBox
            if rf.kind == "choice":
                widget = QComboBox(self._fields_box)
                widget.addItem(self.tr("Choose…"), "")
                for choice in rf.choices:
                    widget.addItem(pick(choice.names, self._lang, self._profile.default_language), choice.code)
                widget.currentIndexChanged.connect(self._schedule_check)
            elif rf.kind == "date":
                # Dates asked for here may lie ahead (a due delivery date), so no upper bound.
                widget = DateInput(self._profile, self._lang, self._fields_box)
                widget.textChanged.connect(self._schedule_check)
            else:
                widget = QLineEdit(self._fields_box)
                if rf.kind == "money":
                    widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
                    widget.setPlaceholderText(
                        self.tr("the amount, e.g. %1").replace("%1", fmt_digits("2,500,000,000", self._lang))
                    )
                widget.textChanged.connect(self._schedule_check)
            widget.setObjectName(f"field_{rf.name}")
            self.field_widgets[rf.name] = widget
            self._fields_form.addRow(self._label(rf), widget)
        self.enquiry_button.hide()
        self.field_message.clear_message()
        self.check_now()

    # ---- live eligibility ---------------------------------------------------------------------

    def _schedule_check(self) -> None:
        if self._runner.synchronous:
            self.check_now()
        else:
            self._timer.start()

    def check_now(self) -> None:
        self._check_serial += 1
        serial = self._check_serial
        code, fields = self.request_type, self.values()
        self._runner.run(
            lambda: requests.check_capture(self._db, self._profile, self._member_id, code, fields),
            lambda result: self._show_check(serial, result),
            self._show_error,
        )

    def _show_check(self, serial: int, check: requests.CaptureCheck) -> None:
        if serial != self._check_serial:  # an older answer arriving after a newer question
            return
        if check.allowed:
            text = self.tr("This member may ask for this now.")
            if check.discount_percent is not None and check.discount_amount is not None:
                text += " " + self.tr("Discount at the member's tier: %1% (%2).").replace(
                    "%1", fmt_number(check.discount_percent, self._lang)
                ).replace("%2", fmt_money(check.discount_amount, self._profile, self._lang))
            self._set_explanation(text, refused=False)
        else:
            self._set_explanation(self._refusal_text(check.reason, check.first_allowed_date), refused=True)
        due = requests.to_local(check.due_at)
        self.deadline_label.setText(
            self.tr("Answer due by %1").replace(
                "%1", fmt_digits(f"{format_date(due.date(), self._profile.calendar, self._lang)} {due:%H:%M}",
                                 self._lang)
            )
        )
        if check.field_error is not None and self.field_message.isVisible():
            self.field_message.show_message(core_text(check.field_error.message))
        elif check.field_error is None:
            self.field_message.clear_message()

    def _refusal_text(self, reason: str | None, first_allowed: Any) -> str:
        text = self.tr("Not possible now: %1").replace("%1", core_text(reason) if reason else "")
        if first_allowed is not None:
            text += " " + self.tr("First possible on %1.").replace(
                "%1", format_date(first_allowed, self._profile.calendar, self._lang)
            )
        return text

    def _set_explanation(self, text: str, *, refused: bool) -> None:
        self.explanation.setText(text)
        colour = "#b00020" if refused else "#1e4620"
        self.explanation.setStyleSheet(f"QLabel {{ color: {colour}; }}")
        self.enquiry_button.setVisible(refused)

    # ---- capture ------------------------------------------------------------------------------

    def _capture(self, *, as_enquiry: bool) -> None:
        self.capture_button.setEnabled(False)
        self.enquiry_button.setEnabled(False)
        code, fields, vehicle = self.request_type, self.values(), self.vehicle_combo.currentData()
        self._runner.run(
            lambda: requests.capture(
                self._db, self._profile, self._actor, self._member_id, code, fields,
                vehicle_id=vehicle, record_refused_as_enquiry=as_enquiry,
            ),
            self._captured,
            self._capture_failed,
        )

    def _captured(self, view: requests.RequestView) -> None:
        self.captured = view
        self.request_captured.emit(view)
        self.accept()

    def _capture_failed(self, exc: BaseException) -> None:
        self.capture_button.setEnabled(True)
        self.enquiry_button.setEnabled(True)
        if isinstance(exc, requests.RequestRefused):
            self._set_explanation(self._refusal_text(exc.reason, exc.first_allowed_date), refused=True)
            return
        if isinstance(exc, ValidationError):
            self.field_message.show_message(core_text(exc.message))
            widget = self.field_widgets.get(exc.field)
            if widget is not None:
                widget.setFocus()
            return
        self._show_error(exc)

    def _show_error(self, exc: BaseException) -> None:
        self.field_message.show_message(plain_error(exc))
