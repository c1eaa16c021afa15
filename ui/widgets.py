"""Small widgets shared by several screens: the tier badge, the inline field message, the
message banner and the status area the sync engine drives."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from ui.formatting import readable_on


class TierBadge(QLabel):
    """The tier name on the tier's colour, like the card the member carries."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.set_tier("", QColor("#9e9e9e"))

    def set_tier(self, name: str, colour: QColor) -> None:
        self.setText(name)
        fg = readable_on(colour)
        self.setStyleSheet(
            f"QLabel {{ background: {colour.name()}; color: {fg.name()}; border-radius: 9px;"
            " padding: 3px 12px; font-weight: bold; }"
        )


class FieldMessage(QLabel):
    """The message under a form field: empty and hidden when the field is fine."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("QLabel { color: #b00020; }")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.show_message("")


class Banner(QWidget):
    """A one-line notice above a screen (errors, scan outcomes), with an optional action."""

    action_clicked = Signal()

    _STYLES: ClassVar[dict[str, str]] = {
        "error": "background: #fdecea; color: #611a15; border: 1px solid #f5c2c0;",
        "warning": "background: #fff4e5; color: #663c00; border: 1px solid #ffd8a8;",
        "info": "background: #e8f4fd; color: #0d3c61; border: 1px solid #b6dcfb;",
        "success": "background: #edf7ed; color: #1e4620; border: 1px solid #b7dfb9;",
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.clicked.connect(self.action_clicked)
        self.button.hide()
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.kind = ""
        self.hide()

    def show_message(self, text: str, kind: str = "info", action: str | None = None) -> None:
        self.kind = kind
        self.setStyleSheet(f"Banner {{ {self._STYLES.get(kind, self._STYLES['info'])} border-radius: 4px; }}")
        self.label.setText(text)
        self.button.setVisible(action is not None)
        if action is not None:
            self.button.setText(action)
        self.show()

    def clear(self) -> None:
        self.kind = ""
        self.label.clear()
        self.hide()

    @property
    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()


class StatusArea(QWidget):
    """Right-hand part of the status bar: who is signed in, and the sync state.

    The sync engine calls :meth:`set_sync_status` with a text it has already worded and one of
    the states ``offline``, ``waiting``, ``sending``, ``synced`` or ``error``; the state only
    picks the colour of the dot, so new states degrade to grey rather than break.
    """

    _COLOURS: ClassVar[dict[str, str]] = {
        "offline": "#9e9e9e",
        "waiting": "#f9a825",
        "sending": "#1e88e5",
        "synced": "#43a047",
        "error": "#e53935",
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.user_label = QLabel(self)
        self.dot = QLabel("●", self)
        self.sync_label = QLabel(self)
        layout.addWidget(self.user_label)
        layout.addSpacing(16)
        layout.addWidget(self.dot)
        layout.addWidget(self.sync_label)
        self.sync_state = ""
        self.set_sync_status(self.tr("Not connected to head office yet"), "offline")

    def set_sync_status(self, text: str, state: str) -> None:
        self.sync_state = state
        self.sync_label.setText(text)
        self.dot.setStyleSheet(f"color: {self._COLOURS.get(state, '#9e9e9e')};")
        self.sync_label.setToolTip(self.tr("Last change: %1").replace("%1", QTime.currentTime().toString("HH:mm")))

    def set_user(self, text: str) -> None:
        self.user_label.setText(text)
