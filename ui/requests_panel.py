"""The requests list: filters (status, type, overdue, mine), a table, and the selected
request's timeline with the "customer informed" action (the call is logged with a note).

Used on the member page (`member_id` given: that member's requests) and in the main window
(every request of the branch).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dealer_app.calendars import format_date
from dealer_app.club_profile import ClubProfile
from dealer_app.db.database import Database
from dealer_app.roles import Actor, Permission
from dealer_app.services import requests
from dealer_app.services.requests import RequestView
from ui.formatting import fmt_digits, plain_error
from ui.tasks import TaskRunner

_Index = QModelIndex | QPersistentModelIndex
LIST_LIMIT = 2_000
_OVERDUE = QColor("#b00020")


def _when(profile: ClubProfile, lang: str, at: Any) -> str:
    local = requests.to_local(at)
    return fmt_digits(f"{format_date(local.date(), profile.calendar, lang)} {local:%H:%M}", lang)


class RequestsTableModel(QAbstractTableModel):
    """One row per request: captured, member, type, status, due."""

    COLUMNS = 5

    def __init__(
        self, profile: ClubProfile, lang: str, statuses: dict[str, str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._profile = profile
        self._lang = lang
        self._rows: list[RequestView] = []
        self._statuses = statuses
        self._headers = [self.tr("Captured"), self.tr("Member"), self.tr("Request"), self.tr("Status"),
                         self.tr("Answer due")]

    def set_requests(self, rows: Sequence[RequestView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def request(self, row: int) -> RequestView:
        return self._rows[row]

    def row_of(self, request_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == request_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and r.overdue:
            return _OVERDUE
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None

    def _text(self, r: RequestView, column: int) -> str:
        if column == 0:
            return _when(self._profile, self._lang, r.captured_at)
        if column == 1:
            return f"{r.member_number}  {r.member_name}"
        if column == 2:
            name = requests.type_name(self._profile, r.type, self._lang)
            if r.refused_type:
                asked = requests.type_name(self._profile, r.refused_type, self._lang)
                return self.tr("%1 (asked for %2)").replace("%1", name).replace("%2", asked)
            return name
        if column == 3:
            return self._statuses.get(r.status, r.status)
        if r.due_text is None:
            return "–"
        if r.overdue:
            return self.tr("Overdue since %1").replace("%1", _when(self._profile, self._lang, r.due_at))
        return _when(self._profile, self._lang, r.due_at)


class RequestsPanel(QWidget):
    """Requests of one member (`member_id`) or of the whole branch."""

    request_changed = Signal(str)

    def __init__(
        self,
        db: Database,
        profile: ClubProfile,
        actor: Actor,
        member_id: str | None = None,
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
        self._statuses = self._status_names()
        self._current: RequestView | None = None

        self.status_filter = QComboBox(self)
        self.status_filter.addItem(self.tr("All statuses"), None)
        self.status_filter.addItem(self.tr("Waiting for an answer"), "open")
        for code in requests.STATUSES:
            self.status_filter.addItem(self._statuses[code], code)
        self.type_filter = QComboBox(self)
        self.type_filter.addItem(self.tr("All requests"), None)
        for rt in profile.request_types:
            self.type_filter.addItem(requests.type_name(profile, rt.code, lang), rt.code)
        self.overdue_filter = QCheckBox(self.tr("Overdue only"), self)
        self.mine_filter = QCheckBox(self.tr("Captured by me"), self)
        refresh = QPushButton(self.tr("Refresh"), self)
        filters = QHBoxLayout()
        for w in (self.status_filter, self.type_filter, self.overdue_filter, self.mine_filter):
            filters.addWidget(w)
        filters.addStretch(1)
        filters.addWidget(refresh)

        self.model = RequestsTableModel(profile, lang, self._statuses, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.empty_label = QLabel(self.tr("No request matches these filters."), self)
        self.empty_label.hide()

        self.detail_title = QLabel(self)
        self.detail_title.setWordWrap(True)
        self.detail_fields = QLabel(self)
        self.detail_fields.setWordWrap(True)
        self.detail_fields.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.timeline = QListWidget(self)
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("What the customer was told, e.g. called, approved"))
        self.informed_button = QPushButton(self.tr("Customer informed"), self)
        self.close_button = QPushButton(self.tr("Close request"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.note_edit, 1)
        actions.addWidget(self.informed_button)
        actions.addWidget(self.close_button)

        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail_fields)
        detail_layout.addWidget(QLabel(self.tr("Timeline"), detail))
        detail_layout.addWidget(self.timeline, 1)
        detail_layout.addLayout(actions)
        detail_layout.addWidget(self.message)

        list_box = QWidget(self)
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.empty_label)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(list_box)
        splitter.addWidget(detail)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        for combo in (self.status_filter, self.type_filter):
            combo.currentIndexChanged.connect(self.reload)
        for box in (self.overdue_filter, self.mine_filter):
            box.toggled.connect(self.reload)
        refresh.clicked.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.informed_button.clicked.connect(self._inform)
        self.close_button.clicked.connect(self._close)
        self._show_detail(None)
        self.reload()

    def _status_names(self) -> dict[str, str]:
        return {
            "captured": self.tr("Captured"),
            "queued": self.tr("Waiting to be sent"),
            "sent": self.tr("Sent to head office"),
            "received": self.tr("Received by head office"),
            "in_review": self.tr("Under review"),
            "approved": self.tr("Approved"),
            "rejected": self.tr("Rejected"),
            "need_info": self.tr("More information needed"),
            "customer_informed": self.tr("Customer informed"),
            "closed": self.tr("Closed"),
        }

    # ---- list ---------------------------------------------------------------------------------

    def reload(self) -> None:
        status = self.status_filter.currentData()
        kind = self.type_filter.currentData()
        overdue = True if self.overdue_filter.isChecked() else None
        mine = self._actor.username if self.mine_filter.isChecked() else None
        self._runner.run(
            lambda: requests.list_requests(
                self._db, status=status, type=kind, overdue=overdue, captured_by=mine,
                member_id=self._member_id, limit=LIST_LIMIT, profile=self._profile,
            ),
            self._loaded,
            self._show_error,
        )

    def _loaded(self, rows: list[RequestView]) -> None:
        keep = self._current.id if self._current else None
        self.model.set_requests(rows)
        self.empty_label.setVisible(not rows)
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self.table.selectRow(row)
        else:
            self._show_detail(None)

    def select_request(self, request_id: str) -> bool:
        row = self.model.row_of(request_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self._show_detail(None)
            return
        request_id = self.model.request(rows[0].row()).id
        self._runner.run(
            lambda: requests.get_request(self._db, request_id, profile=self._profile),
            self._show_detail,
            self._show_error,
        )

    # ---- detail -------------------------------------------------------------------------------

    def _show_detail(self, view: RequestView | None) -> None:
        self._current = view
        self.timeline.clear()
        self.message.clear()
        if view is None:
            self.detail_title.setText(self.tr("Select a request to see its timeline."))
            self.detail_fields.clear()
            for w in (self.note_edit, self.informed_button, self.close_button):
                w.setEnabled(False)
            return
        name = requests.type_name(self._profile, view.type, self._lang)
        status = self._statuses.get(view.status, view.status)
        title = self.tr("%1 for %2 – %3").replace("%1", name).replace("%2", view.member_name).replace("%3", status)
        if view.due_text:
            title += "  ·  " + (
                self.tr("Overdue since %1") if view.overdue else self.tr("Answer due %1")
            ).replace("%1", _when(self._profile, self._lang, view.due_at))
        self.detail_title.setText(title)
        shown = {k: v for k, v in view.fields.items() if not isinstance(v, dict)}
        self.detail_fields.setText("\n".join(f"{k}: {v}" for k, v in shown.items()))
        for event in view.events:
            line = f"{_when(self._profile, self._lang, event.at)}  {self._statuses.get(event.status, event.status)}"
            line += f"  ({event.actor})"
            if event.note:
                line += f"  – {event.note}"
            self.timeline.addItem(line)
        can_inform = self._actor.can(Permission.INFORM_CUSTOMER)
        informable = view.status in requests.DECISIONS or (
            view.status in requests.OPEN_STATUSES and not self._head_office_decides(view.type)
        )
        self.note_edit.setEnabled(can_inform and informable)
        self.informed_button.setEnabled(can_inform and informable)
        self.close_button.setEnabled(can_inform and view.status == "customer_informed")

    def _head_office_decides(self, code: str) -> bool:
        try:
            return self._profile.request_type(code).head_office_decision
        except KeyError:
            return True

    def _inform(self) -> None:
        if self._current is None:
            return
        request_id, note = self._current.id, self.note_edit.text()
        self._runner.run(
            lambda: requests.customer_informed(self._db, self._actor, request_id, note),
            self._changed,
            self._show_error,
        )

    def _close(self) -> None:
        if self._current is None:
            return
        request_id = self._current.id
        self._runner.run(
            lambda: requests.close(self._db, self._actor, request_id),
            self._changed,
            self._show_error,
        )

    def _changed(self, view: RequestView) -> None:
        self.note_edit.clear()
        self._show_detail(view)
        self.request_changed.emit(view.id)
        self.reload()

    def _show_error(self, exc: BaseException) -> None:
        self.message.setText(plain_error(exc))
