"""The one date field every form uses (enrolment, add car, edit details, request fields).

A line edit, so a clerk can type a date the way they are used to, in the club's calendar, with
Persian, Arabic-Indic or ASCII digits and (Jalali) month names: the core's
:func:`dealer_app.calendars.parse_date` reads it. Alt+Down, F4 or the calendar button opens a
month view in the same calendar (Qt's Jalali calendar for Iranian clubs), whose week starts and
weekend follow the club's country: Saturday to Friday with Friday off in Iran.
"""

from __future__ import annotations

from datetime import date

from babel import Locale
from PySide6.QtCore import QCalendar, QDate, QLocale, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QIcon, QKeyEvent, QPainter, QPen, QPixmap, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QFrame, QLineEdit, QVBoxLayout, QWidget

from dealer_app import calendars
from dealer_app.clock import today
from dealer_app.club_profile import ClubProfile
from dealer_app.validation import ValidationError
from ui.formatting import date_example, fmt_date

_WEEKEND_COLOUR = QColor("#c62828")


def qt_calendar(calendar: str) -> QCalendar:
    """Qt's calendar system for a profile calendar ("jalali" or "gregorian")."""
    if calendar == "jalali":
        return QCalendar(QCalendar.System.Jalali)
    return QCalendar(QCalendar.System.Gregorian)


def qt_weekday(python_weekday: int) -> Qt.DayOfWeek:
    """Python's weekday (0 = Monday) as Qt's (1 = Monday ... 7 = Sunday)."""
    return Qt.DayOfWeek(python_weekday + 1)


def first_day_of_week(profile: ClubProfile) -> Qt.DayOfWeek:
    """The country's first day of the week (Saturday in Iran, Monday in China and Turkey)."""
    try:
        return qt_weekday(calendars.week_starts_on(profile.country))
    except ValueError:
        return qt_weekday(calendars.week_starts_on(profile.calendar))


def weekend_days(country: str) -> tuple[Qt.DayOfWeek, ...]:
    """The country's weekend from CLDR: Friday in Iran, Saturday and Sunday in China and Turkey."""
    locale = Locale.parse(f"und_{country.upper()}")
    start, end = int(locale.weekend_start), int(locale.weekend_end)
    days = [start]
    while days[-1] != end:
        days.append((days[-1] + 1) % 7)
    return tuple(qt_weekday(d) for d in days)


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


def _calendar_icon() -> QIcon:
    """A small calendar sheet, drawn rather than shipped, so it matches any style and size."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#455a64"), 2))
    painter.setBrush(QBrush(QColor("#ffffff")))
    painter.drawRoundedRect(QRectF(4, 6, 24, 22), 3, 3)
    painter.setBrush(QBrush(QColor("#455a64")))
    painter.drawRect(QRectF(4, 6, 24, 6))
    painter.drawLine(10, 3, 10, 8)
    painter.drawLine(22, 3, 22, 8)
    for row in range(2):
        for col in range(3):
            painter.drawRect(QRectF(8 + col * 6, 15 + row * 6, 3, 3))
    painter.end()
    return QIcon(pixmap)


class CalendarPopup(QFrame):
    """The month view under a date field; picking a day closes it."""

    picked = Signal(object)  # datetime.date

    def __init__(self, profile: ClubProfile, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("calendarPopup")
        self.calendar.setCalendar(qt_calendar(profile.calendar))
        self.calendar.setLocale(QLocale(lang))
        self.calendar.setFirstDayOfWeek(first_day_of_week(profile))
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setGridVisible(True)
        # The widget's own weekend colouring follows the locale (English -> Saturday/Sunday),
        # but the counter's weekend is the club's country's: an Iranian branch in English still
        # has Friday off.
        weekend = set(weekend_days(profile.country))
        for day in range(1, 8):
            fmt = QTextCharFormat()
            dow = Qt.DayOfWeek(day)
            fmt.setForeground(QBrush(_WEEKEND_COLOUR if dow in weekend else self.palette().text().color()))
            self.calendar.setWeekdayTextFormat(dow, fmt)
        layout.addWidget(self.calendar)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)

    def _picked(self, qdate: QDate) -> None:
        self.picked.emit(from_qdate(qdate))
        self.close()


class DateInput(QLineEdit):
    """A date in the club's calendar: typed, or picked from the month view.

    Behaves as a line edit (``text``, ``setText``, ``textEdited``), so forms validate it like any
    field; :meth:`value` is the Gregorian date it stands for.
    """

    def __init__(
        self,
        profile: ClubProfile,
        lang: str,
        parent: QWidget | None = None,
        *,
        past_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.profile = profile
        self.lang = lang
        self.past_only = past_only
        self.popup: CalendarPopup | None = None
        # Dates read left to right in every language ("1403/05/12").
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setPlaceholderText(date_example(profile, lang))
        self.calendar_action = QAction(_calendar_icon(), self.tr("Choose from the calendar (Alt+Down)"), self)
        self.calendar_action.setObjectName("openCalendar")
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)

    # ---- value ------------------------------------------------------------------------------

    def value(self, field: str = "date") -> date | None:
        """The date typed, or None when empty; raises ValidationError naming ``field``."""
        text = self.text().strip()
        if not text:
            return None
        return calendars.parse_date(text, self.profile.calendar, field)

    def required_value(self, field: str = "date") -> date:
        """The date typed; raises ValidationError naming ``field`` when empty or not a date."""
        return calendars.parse_date(self.text(), self.profile.calendar, field)

    def set_value(self, value: date | None) -> None:
        self.setText(fmt_date(value, self.profile, self.lang) if value is not None else "")

    # ---- month view ---------------------------------------------------------------------------

    def open_calendar(self) -> CalendarPopup:
        try:
            current = self.value()
        except ValidationError:
            current = None
        popup = CalendarPopup(self.profile, self.lang, self)
        popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        now = today()
        if self.past_only:
            # Read at opening, not at construction: the counter stays open past midnight.
            popup.calendar.setMaximumDate(to_qdate(now))
        popup.calendar.setSelectedDate(to_qdate(current or now))
        popup.picked.connect(self._picked)
        popup.destroyed.connect(self._popup_closed)
        popup.adjustSize()
        below = self.mapToGlobal(QPoint(0, self.height()))
        if self.isRightToLeft():
            below.setX(below.x() + self.width() - popup.width())
        popup.move(below)
        popup.show()
        popup.calendar.setFocus()
        self.popup = popup
        return popup

    def _popup_closed(self) -> None:
        self.popup = None

    def _picked(self, value: date) -> None:
        self.set_value(value)
        # As if typed: the form checks the field and marks it as touched.
        self.textEdited.emit(self.text())
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The same keys as Qt's own date fields and combo boxes.
        if event.key() == Qt.Key.Key_F4 or (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            self.open_calendar()
            return
        super().keyPressEvent(event)
