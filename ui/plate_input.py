"""Licence-plate fields laid out like the plate of the club's country.

* Iran:   [12] [ب] [345] | ایران [67]  - two digits, the letter (a list of the letters used on
  plates), three digits and the region under "ایران", as on the plate itself;
* China:  [京] [A] · [12345]           - the province character (a list), the city letter and
  the five or six characters (six for new-energy cars);
* Turkey: [34] [ABC] [123]             - the province code, 1-3 letters and 2-5 digits.

Every part accepts Persian, Arabic-Indic, full-width or ASCII digits, and the cursor moves to the
next part when one is full, so a clerk types a plate as one run of keys. A whole plate pasted or
scanned into any part is split into its parts. :meth:`PlateInput.key` is the key the core
stores and searches by (:func:`dealer_app.plates.normalize_plate`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from dealer_app.plates import CHINA_PROVINCES, IRAN_LETTER_CODES, iran_plate_parts, normalize_plate
from dealer_app.text import to_ascii_digits, to_persian_digits
from dealer_app.validation import ValidationError

_DIGITS = "0-9\u06f0-\u06f9\u0660-\u0669\uff10-\uff19"


class PlatePart(QLineEdit):
    """One part of a plate: only the characters it may hold, at most ``length`` of them."""

    filled = Signal()
    back_from_start = Signal()
    overflow = Signal(object)  # QKeyEvent of a character this part cannot hold

    def __init__(self, name: str, allowed: str, length: int, parent: QWidget | None = None,
                 *, persian_digits: bool = False, upper: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.length = length
        self._allowed = re.compile(f"[{allowed}]")
        self._strip = re.compile(f"[^{allowed}]")
        self._persian = persian_digits
        self._upper = upper
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        width = self.fontMetrics().horizontalAdvance("W" * length) + 18
        self.setFixedWidth(max(width, 36))

    def _fold(self, text: str) -> str:
        if self._upper:
            # Turkish keyboards type a dotted or dotless i; plates only have the Latin capital I.
            text = text.replace("i", "I").replace("ı", "I").replace("İ", "I").upper()
        return text

    def accepts(self, ch: str) -> bool:
        return bool(self._allowed.fullmatch(self._fold(ch)))

    def clean(self, text: str) -> str:
        text = self._strip.sub("", self._fold(text))[: self.length]
        return to_persian_digits(text) if self._persian else text

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Backspace and not self.text():
            self.back_from_start.emit()
            return
        ch = event.text()
        if len(ch) == 1 and ch.isprintable() and not self.accepts(ch) and self.text():
            # "34AB1234" typed in one go: the digit after the letters starts the next part.
            self.overflow.emit(event)
            return
        super().keyPressEvent(event)


class PlateInput(QFrame):
    """The country plate fields' common part: the line-edit-like surface forms work with.

    ``parts`` are the inputs left to right as printed; ``spelling`` joins their values into
    text the core parses ("{0} {1} {2} ایران {3}"); ``split`` turns a plate key back into the
    parts' values. ``text()`` is empty when nothing is typed; ``setText()`` takes any spelling.
    """

    textEdited = Signal(str)
    returnPressed = Signal()

    def __init__(self, country: str, spelling: str, split: Callable[[str], list[str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.country = country
        self._spelling = spelling
        self._split = split
        self.setObjectName("plateInput")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # A plate reads the same in every interface language: laid out as it is printed.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.parts: list[PlatePart | QComboBox] = []
        self._current: PlatePart | QComboBox | None = None

    # ---- building ---------------------------------------------------------------------------

    def _add_part(self, part: PlatePart) -> PlatePart:
        part.textEdited.connect(lambda text, p=part: self._part_edited(p, text))
        part.filled.connect(lambda p=part: self._advance(p))
        part.back_from_start.connect(lambda p=part: self._back(p))
        part.overflow.connect(lambda event, p=part: self._overflow(p, event))
        part.returnPressed.connect(self.returnPressed)
        part.installEventFilter(self)
        self.parts.append(part)
        return part

    def _add_combo(self, combo: QComboBox) -> QComboBox:
        combo.activated.connect(lambda _i, c=combo: self._combo_chosen(c))
        combo.installEventFilter(self)
        self.parts.append(combo)
        return combo

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and watched in self.parts:
            self._current = watched
        # Typing a character in a closed list selects the matching entry but Qt's own keyboard
        # search neither emits `activated` nor knows the Latin codes: pick it here and move on.
        if isinstance(watched, QComboBox) and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.returnPressed.emit()
                return True
            if event.key() == Qt.Key.Key_Backspace:
                self._back(watched)
                return True
            text = event.text()
            if text and text.isprintable() and not text.isspace():
                index = self._combo_match(watched, text)
                if index >= 0:
                    watched.setCurrentIndex(index)
                    self._combo_chosen(watched)
                return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _combo_match(combo: QComboBox, text: str) -> int:
        for i in range(combo.count()):
            if combo.itemText(i) == text or str(combo.itemData(i)) == text.upper():
                return i
        for i in range(combo.count()):
            if combo.itemText(i).startswith(text):
                return i
        return -1

    def _combo_chosen(self, combo: QComboBox) -> None:
        self.textEdited.emit(self.text())
        self._advance(combo)

    def _part_edited(self, part: PlatePart, text: str) -> None:
        if len(text) > part.length and self._distribute(text):
            return
        cleaned = part.clean(text)
        if cleaned != text:
            position = min(part.cursorPosition(), len(cleaned))
            part.setText(cleaned)
            part.setCursorPosition(position)
        self.textEdited.emit(self.text())
        if len(cleaned) >= part.length and part.cursorPosition() >= len(cleaned):
            part.filled.emit()

    def _distribute(self, text: str) -> bool:
        """A whole plate typed or pasted into one part: spread it over the parts."""
        try:
            key = normalize_plate(self.country, text)
        except ValidationError:
            return False
        self.set_key(key)
        self.textEdited.emit(self.text())
        self._focus(self.parts[-1], Qt.FocusReason.OtherFocusReason)
        return True

    def _focus(self, part: PlatePart | QComboBox, reason: Qt.FocusReason) -> None:
        self._current = part
        part.setFocus(reason)
        if isinstance(part, QLineEdit):
            part.end(False)

    def _advance(self, part: PlatePart | QComboBox) -> None:
        index = self.parts.index(part)
        if index + 1 < len(self.parts):
            self._focus(self.parts[index + 1], Qt.FocusReason.TabFocusReason)

    def _back(self, part: PlatePart | QComboBox) -> None:
        index = self.parts.index(part)
        if index > 0:
            self._focus(self.parts[index - 1], Qt.FocusReason.BacktabFocusReason)

    def _overflow(self, part: PlatePart, event: QKeyEvent) -> None:
        index = self.parts.index(part)
        nxt = self.parts[index + 1] if index + 1 < len(self.parts) else None
        if isinstance(nxt, PlatePart) and not nxt.text() and nxt.accepts(event.text()):
            self._focus(nxt, Qt.FocusReason.TabFocusReason)
            QApplication.sendEvent(nxt, event)

    # ---- the line-edit surface forms use -----------------------------------------------------

    def text(self) -> str:
        values = [
            p.text() if isinstance(p, QLineEdit) else (p.currentText() if p.currentIndex() >= 0 else "")
            for p in self.parts
        ]
        if not any(v.strip() for v in values):
            return ""
        return to_ascii_digits(self._spelling.format(*values))

    def set_key(self, key: str) -> None:
        for part, value in zip(self.parts, self._split(key), strict=True):
            if isinstance(part, QLineEdit):
                part.setText(part.clean(value))
            else:
                part.setCurrentIndex(part.findText(value))

    def setText(self, text: str) -> None:
        """Show any spelling of a plate; one the core cannot read goes into the first part,
        so the form's check explains what is wrong with it."""
        self.clear()
        if not text.strip():
            return
        try:
            self.set_key(normalize_plate(self.country, text))
        except ValidationError:
            first = self.parts[0]
            if isinstance(first, QLineEdit):
                first.setText(text)

    def clear(self) -> None:
        for part in self.parts:
            if isinstance(part, QLineEdit):
                part.clear()
            else:
                part.setCurrentIndex(-1)
        self._current = None

    def key(self, field: str = "plate") -> str:
        """The plate's key, as stored and searched; raises ValidationError naming ``field``."""
        return normalize_plate(self.country, self.text(), field=field)

    def setPlaceholderText(self, text: str) -> None:
        self.setToolTip(text)

    def first_open_part(self) -> PlatePart | QComboBox:
        for part in self.parts:
            if (part.text() == "") if isinstance(part, QLineEdit) else part.currentIndex() < 0:
                return part
        return self.parts[0]

    def setFocus(self, reason: Qt.FocusReason = Qt.FocusReason.OtherFocusReason) -> None:
        self._focus(self.first_open_part(), reason)

    def hasFocus(self) -> bool:
        return any(p.hasFocus() for p in self.parts)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Keys sent to the plate as a whole (a scanner, an accessibility tool) go to the part
        # the clerk would be typing in.
        target = self._current if self._current is not None else self.first_open_part()
        self._current = target
        QApplication.sendEvent(target, event)


def _letter_combo(name: str, items: list[tuple[str, str]], placeholder: str, parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    for text, data in items:
        combo.addItem(text, data)
    combo.setPlaceholderText(placeholder)
    combo.setCurrentIndex(-1)
    combo.setMaxVisibleItems(12)
    return combo


def _iran_split(key: str) -> list[str]:
    p = iran_plate_parts(key)
    return [p.two, p.letter, p.three, p.region]


def _china_split(key: str) -> list[str]:
    return [key[3], key[4], key[5:]]


_TURKEY_KEY = re.compile(r"TR-(\d{2})([A-Z]{1,3})(\d{2,5})")


def _turkey_split(key: str) -> list[str]:
    m = _TURKEY_KEY.fullmatch(key)
    if m is None:
        raise ValueError(f"not a Turkish plate key: {key!r}")
    return list(m.groups())


class IranPlateInput(PlateInput):
    """[12] [ب] [345] | ایران [67]"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("IR", "{0} {1} {2} ایران {3}", _iran_split, parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 4, 4, 4)
        row.setSpacing(4)
        self.two = self._add_part(PlatePart("plateTwo", _DIGITS, 2, self, persian_digits=True))
        self.letter = self._add_combo(_letter_combo(
            "plateLetter", [(letter, code) for letter, code in IRAN_LETTER_CODES.items()], "–", self))
        self.three = self._add_part(PlatePart("plateThree", _DIGITS, 3, self, persian_digits=True))
        divider = QFrame(self)
        divider.setFrameShape(QFrame.Shape.VLine)
        region_box = QWidget(self)
        region_column = QVBoxLayout(region_box)
        region_column.setContentsMargins(0, 0, 0, 0)
        region_column.setSpacing(0)
        iran = QLabel("ایران", region_box)
        iran.setAlignment(Qt.AlignmentFlag.AlignCenter)
        iran.setStyleSheet("font-size: 8pt;")
        self.region = self._add_part(PlatePart("plateRegion", _DIGITS, 2, region_box, persian_digits=True))
        region_column.addWidget(iran)
        region_column.addWidget(self.region)
        for widget in (self.two, self.letter, self.three, divider, region_box):
            row.addWidget(widget)
        row.addStretch(1)


class ChinaPlateInput(PlateInput):
    """[京] [A] · [12345]"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("CN", "{0}{1}{2}", _china_split, parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 4, 4, 4)
        row.setSpacing(4)
        self.province = self._add_combo(_letter_combo(
            "plateProvince", [(ch, ch) for ch in CHINA_PROVINCES], "–", self))
        self.city = self._add_part(PlatePart("plateCity", "A-Za-z", 1, self, upper=True))
        dot = QLabel("·", self)
        self.serial = self._add_part(PlatePart("plateSerial", f"A-Za-z{_DIGITS}学警挂港澳领试超", 6, self, upper=True))
        self.serial.setFixedWidth(self.serial.width() + 12)
        for widget in (self.province, self.city, dot, self.serial):
            row.addWidget(widget)
        row.addStretch(1)


class TurkeyPlateInput(PlateInput):
    """[34] [ABC] [123]"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("TR", "{0} {1} {2}", _turkey_split, parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 4, 4, 4)
        row.setSpacing(4)
        self.province = self._add_part(PlatePart("plateProvinceCode", _DIGITS, 2, self))
        self.letters = self._add_part(PlatePart("plateLetters", "A-Za-z", 3, self, upper=True))
        self.number = self._add_part(PlatePart("plateNumber", _DIGITS, 5, self))
        for widget in (self.province, self.letters, self.number):
            row.addWidget(widget)
        row.addStretch(1)


def make_plate_input(country: str, parent: QWidget | None = None) -> PlateInput:
    """The plate field for the club's country."""
    kinds: dict[str, Callable[[QWidget | None], PlateInput]] = {
        "IR": IranPlateInput, "CN": ChinaPlateInput, "TR": TurkeyPlateInput,
    }
    try:
        kind = kinds[country.strip().upper()]
    except KeyError:
        raise ValueError(f"no plate field for country {country!r}; expected one of {', '.join(kinds)}") from None
    return kind(parent)
