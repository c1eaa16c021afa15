"""Forms that check each field as the clerk types, with the core's own validators, and show the
core's message under the field it concerns."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from dealer_app.clock import today
from dealer_app.club_profile import ClubProfile
from dealer_app.validation import ValidationError, validate_past_date, validate_vin
from ui.core_messages import core_text
from ui.date_input import DateInput
from ui.formatting import parse_date
from ui.plate_input import PlateInput, make_plate_input
from ui.widgets import FieldMessage

Validator = Callable[[str], object]
TextInput = QLineEdit | PlateInput
"""What a form field types into: a line edit (dates included) or a country's plate field."""


@dataclass
class Field:
    name: str
    edit: TextInput
    message: FieldMessage
    validator: Validator | None
    optional: bool
    touched: bool = False


class FieldForm(QObject):
    """Line edits in a QFormLayout, each with its message label underneath."""

    submitted = Signal()

    def __init__(self, layout: QFormLayout, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.layout = layout
        self.fields: dict[str, Field] = {}
        self.widgets: dict[str, QWidget] = {}

    def add_line(
        self,
        name: str,
        label: str,
        validator: Validator | None = None,
        *,
        optional: bool = False,
        placeholder: str = "",
        left_to_right: bool = False,
    ) -> QLineEdit:
        edit = QLineEdit(self.layout.parentWidget())
        edit.setPlaceholderText(placeholder)
        if left_to_right:
            # IDs and phones read left to right in every language.
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.add_input(name, label, edit, validator, optional=optional)
        return edit

    def add_date(self, name: str, label: str, profile: ClubProfile, lang: str, *, optional: bool = False) -> DateInput:
        """A date in the club's calendar, not later than today."""
        edit = DateInput(profile, lang, self.layout.parentWidget(), past_only=True)
        self.add_input(name, label, edit, date_validator(profile, name), optional=optional)
        return edit

    def add_plate(self, name: str, label: str, country: str) -> PlateInput:
        """The plate field of the club's country, checked by the core's plate parser."""
        edit = make_plate_input(country, self.layout.parentWidget())
        self.add_input(name, label, edit, lambda t: edit.key(field=name))
        return edit

    def add_input(
        self, name: str, label: str, edit: TextInput, validator: Validator | None = None, *, optional: bool = False
    ) -> None:
        parent = self.layout.parentWidget()
        edit.setObjectName(name)
        # The message sits right under its field, in the same form row, so an empty message
        # adds no gap and a long one pushes only what follows.
        cell = QWidget(parent)
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        edit.setParent(cell)
        message = FieldMessage(cell)
        message.setObjectName(f"{name}Message")
        column.addWidget(edit)
        column.addWidget(message)
        self.layout.addRow(label, cell)
        field = Field(name, edit, message, validator, optional)
        self.fields[name] = field
        edit.textEdited.connect(lambda _t, f=field: self._edited(f))
        edit.returnPressed.connect(self.submitted)

    def add_widget(self, name: str, label: str, widget: QWidget) -> None:
        widget.setObjectName(name)
        self.widgets[name] = widget
        self.layout.addRow(label, widget)

    def text(self, name: str) -> str:
        return self.fields[name].edit.text()

    def _edited(self, field: Field) -> None:
        field.touched = True
        self.check(field.name)

    def check(self, name: str) -> bool:
        """Validate one field now; shows or clears its message."""
        field = self.fields[name]
        raw = field.edit.text()
        if not raw.strip() and field.optional:
            field.message.clear_message()
            return True
        if field.validator is None:
            field.message.clear_message()
            return True
        try:
            field.validator(raw)
        except ValidationError as exc:
            field.message.show_message(core_text(exc.message))
            return False
        field.message.clear_message()
        return True

    def check_all(self) -> bool:
        ok = True
        for name in self.fields:
            ok = self.check(name) and ok
        return ok

    def show_error(self, error: ValidationError) -> bool:
        """Put a core error under its field; False if the form has no such field."""
        field = self.fields.get(error.field)
        if field is None:
            return False
        field.message.show_message(core_text(error.message))
        field.edit.setFocus()
        return True

    def first_invalid(self) -> TextInput | None:
        return next((f.edit for f in self.fields.values() if f.message.text()), None)

    def clear(self) -> None:
        for field in self.fields.values():
            field.edit.clear()
            field.message.clear_message()
            field.touched = False


def date_validator(profile: ClubProfile, field: str) -> Validator:
    """A date in the profile's calendar, not later than today."""
    def check(text: str) -> date:
        return validate_past_date(parse_date(text, profile, field), field, today())
    return check


class VehicleFields:
    """The vehicle part of a form: plate, model, purchase date, direct/used, VIN."""

    def __init__(self, form: FieldForm, profile: ClubProfile, lang: str) -> None:
        self.form = form
        self.profile = profile
        # Literal translate calls with their own context: pyside6-lupdate extracts these, and
        # they do not depend on which form (FieldForm's context) hosts the fields.
        plate_label = QCoreApplication.translate("VehicleFields", "Licence plate")
        model_label = QCoreApplication.translate("VehicleFields", "Car model")
        model_missing = QCoreApplication.translate("VehicleFields", "Enter the car model.")
        bought_label = QCoreApplication.translate("VehicleFields", "Bought on")
        direct = QCoreApplication.translate("VehicleFields", "Directly from the manufacturer")
        used = QCoreApplication.translate("VehicleFields", "Used (second-hand)")
        source_label = QCoreApplication.translate("VehicleFields", "Bought as")
        vin_label = QCoreApplication.translate("VehicleFields", "VIN (optional)")
        self.plate = form.add_plate("plate", plate_label, profile.country)
        self.plate.setPlaceholderText(_PLATE_EXAMPLES.get(profile.country, ""))
        self.model = form.add_line("model", model_label, _require("model", model_missing))
        self.purchased_on = form.add_date("purchased_on", bought_label, profile, lang)
        self.source = QComboBox(form.layout.parentWidget())
        self.source.addItem(direct, "direct")
        self.source.addItem(used, "used")
        form.add_widget("source", source_label, self.source)
        self.vin = form.add_line("vin", vin_label, lambda t: validate_vin(t, field="vin"),
                                 optional=True, left_to_right=True)
        self.purchased_on.set_value(today())

    def values(self) -> dict[str, object]:
        """The raw values for the core's VehicleForm; only call after the fields validated."""
        return {
            "plate": self.plate.text(),
            "model": self.model.text(),
            "purchased_on": self.purchased_on.required_value("purchased_on"),
            "source": self.source.currentData(),
            "vin": self.vin.text().strip() or None,
        }


_PLATE_EXAMPLES = {"IR": "12 ب 345 ایران 67", "CN": "京A12345", "TR": "34 ABC 1234"}


def _require(field: str, message: str) -> Validator:
    def check(text: str) -> str:
        if not text.strip():
            raise ValidationError(field, message)
        return text.strip()
    return check


def email_validator(text: str) -> str:
    # The same rule the core applies when the form is saved (members.check_enrollment).
    value = text.strip()
    if "@" not in value:
        raise ValidationError("email", "An e-mail address needs an @, e.g. name@example.com.")
    return value
