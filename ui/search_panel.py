"""The counter's first screen: one search box, results as you type, keyboard all the way.

Typing restarts a short debounce timer; when it fires the query runs on the task runner. Every
keystroke bumps a generation number and a result is shown only if it belongs to the current
generation, so a slow answer for "ali" never overwrites the answer for "alir".
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dealer_app import search
from dealer_app.club_profile import ClubProfile
from dealer_app.roles import Permission
from ui.context import AppContext
from ui.formatting import isolate, ltr, plain_error, readable_on, tier_colour, tier_name
from ui.scan import ScanOutcome, looks_like_card, resolve_scan
from ui.widgets import Banner

# Short enough that results land within 100 ms of the last keystroke (an exact lookup takes
# about a millisecond, a name search tens); stale queries are discarded by generation.
DEBOUNCE_MS = 50
RESULT_LIMIT = 50

_Index = QModelIndex | QPersistentModelIndex


class ResultsModel(QAbstractTableModel):
    NAME, NUMBER, TIER, PLATES, PHONE = range(5)
    MemberIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, profile: ClubProfile, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self.lang = lang
        self.hits: list[search.SearchHit] = []
        self._headers = [
            self.tr("Name"), self.tr("Member number"), self.tr("Tier"), self.tr("Plates"), self.tr("Phone"),
        ]

    def set_hits(self, hits: list[search.SearchHit]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.hits):
            return None
        hit = self.hits[index.row()]
        col = index.column()
        if role == self.MemberIdRole:
            return hit.member_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == self.NAME:
                return hit.full_name
            if col == self.NUMBER:
                return ltr(hit.member_number)
            if col == self.TIER:
                return tier_name(self.profile, hit.tier, self.lang)
            if col == self.PLATES:
                return "  ·  ".join(isolate(p) for p in hit.plates)
            if col == self.PHONE:
                return ltr(hit.phone_masked)
        if col == self.TIER:
            if role == Qt.ItemDataRole.BackgroundRole:
                return tier_colour(self.profile, hit.tier)
            if role == Qt.ItemDataRole.ForegroundRole:
                return readable_on(tier_colour(self.profile, hit.tier))
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignCenter
        if col in (self.NUMBER, self.PHONE, self.PLATES) and role == Qt.ItemDataRole.TextAlignmentRole:
            # Numbers and plates read left to right even in a right-to-left layout.
            return Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading
        return None


class SearchBox(QLineEdit):
    """Down arrow hands the keyboard to the results."""

    down_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down_pressed.emit()
            return
        super().keyPressEvent(event)


class ResultsView(QTableView):
    """Enter opens the current row; Up on the first row goes back to the search box."""

    open_row = Signal(int)
    up_from_top = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.currentIndex().isValid():
                self.open_row.emit(self.currentIndex().row())
            return
        if key == Qt.Key.Key_Up and self.currentIndex().row() <= 0:
            self.up_from_top.emit()
            return
        super().keyPressEvent(event)


class SearchPanel(QWidget):
    open_member = Signal(str)
    enroll_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("SearchPanel")
        self._generation = 0
        self._shown_generation = -1
        self._open_when_ready = -1
        self.last_query = ""

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Find a member"), self)
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(title)
        row = QHBoxLayout()
        self.box = SearchBox(self)
        self.box.setObjectName("searchBox")
        self.box.setClearButtonEnabled(True)
        self.box.setPlaceholderText(
            self.tr("Plate, phone, name, national ID, member or card number – or scan the card")
        )
        self.box.setStyleSheet("QLineEdit { font-size: 14pt; padding: 6px; }")
        row.addWidget(self.box, 1)
        self.enroll_button = QPushButton(self.tr("Enroll new member"), self)
        self.enroll_button.setObjectName("enrollButton")
        self.enroll_button.clicked.connect(self.enroll_requested)
        row.addWidget(self.enroll_button)
        layout.addLayout(row)

        self.banner = Banner(self)
        self.banner.setObjectName("scanBanner")
        self.banner.action_clicked.connect(self._open_banner_member)
        self._banner_member: str | None = None
        layout.addWidget(self.banner)

        self.status = QLabel(self)
        self.status.setObjectName("searchStatus")
        layout.addWidget(self.status)

        self.model = ResultsModel(ctx.profile, ctx.lang, self)
        self.table = ResultsView(self)
        self.table.setObjectName("results")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ResultsModel.NAME, QHeaderView.ResizeMode.Stretch)
        for col in (ResultsModel.NUMBER, ResultsModel.TIER, ResultsModel.PLATES, ResultsModel.PHONE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.open_row.connect(self._open_row)
        self.table.up_from_top.connect(self.box.setFocus)
        layout.addWidget(self.table, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._run_query)
        self.box.textChanged.connect(self._text_changed)
        self.box.returnPressed.connect(self._enter_pressed)
        self.box.down_pressed.connect(self._focus_results)
        self.apply_permissions()
        self.setFocusProxy(self.box)

    # ---- public ------------------------------------------------------------------------------

    def apply_permissions(self) -> None:
        self.enroll_button.setVisible(self.ctx.can(Permission.ENROLL))

    def focus_search(self, select_all: bool = True) -> None:
        self.box.setFocus(Qt.FocusReason.OtherFocusReason)
        if select_all:
            self.box.selectAll()

    def reset(self) -> None:
        self.box.clear()
        self.banner.clear()
        self.model.set_hits([])
        self.status.clear()

    def resolve_scan(self, text: str) -> None:
        """Hook for the card scanner: check the card in the background and act on the outcome."""
        db, profile = self.ctx.db, self.ctx.profile
        self._generation += 1
        self._debounce.stop()
        self.status.setText(self.tr("Checking the card…"))
        self.ctx.runner.run(lambda: resolve_scan(db, profile, text), self._scan_resolved, self._failed)

    # ---- typing and results -----------------------------------------------------------------

    def _text_changed(self, _text: str) -> None:
        self._generation += 1
        self._open_when_ready = -1
        self.banner.clear()
        self._debounce.start()

    def _run_query(self) -> None:
        query = self.box.text().strip()
        generation = self._generation
        if not query:
            self.model.set_hits([])
            self.status.clear()
            self._shown_generation = generation
            return
        if looks_like_card(query):
            # A scanner is still typing the payload (or just finished): wait for its Enter.
            self.status.setText(self.tr("Card code – press Enter to check it"))
            return
        self.status.setText(self.tr("Searching…"))
        db, profile = self.ctx.db, self.ctx.profile
        self.ctx.runner.run(
            lambda: search.find(db, profile, query, limit=RESULT_LIMIT),
            lambda hits: self._show(generation, query, hits),
            self._failed,
        )

    def _show(self, generation: int, query: str, hits: list[search.SearchHit]) -> None:
        if generation != self._generation:
            return  # stale: the clerk typed more since this query started
        self._shown_generation = generation
        self.last_query = query
        self.model.set_hits(hits)
        if hits:
            self.table.selectRow(0)
            self.status.setText(self.tr("%n member(s) found", "", len(hits)))
        else:
            self.status.setText(self.tr("No member found for “%1”.").replace("%1", query))
        if self._open_when_ready == generation:
            self._open_when_ready = -1
            if len(hits) == 1:
                self._open_row(0)
            elif hits:
                self._focus_results()

    def _enter_pressed(self) -> None:
        text = self.box.text().strip()
        if not text:
            return
        if looks_like_card(text):
            self.resolve_scan(text)
            return
        if self._shown_generation == self._generation and not self._debounce.isActive():
            if self.model.rowCount() == 1:
                self._open_row(0)
            elif self.model.rowCount() > 1:
                self._focus_results()
            return
        # Results for this text are not in yet: ask now and act when they arrive.
        self._debounce.stop()
        self._open_when_ready = self._generation
        self._run_query()

    def _focus_results(self) -> None:
        if self.model.rowCount() == 0:
            return
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def _open_row(self, row: int) -> None:
        if 0 <= row < len(self.model.hits):
            self.open_member.emit(self.model.hits[row].member_id)

    def _scan_resolved(self, outcome: ScanOutcome) -> None:
        self.status.clear()
        self.box.selectAll()
        if outcome.opens_member and outcome.member_id:
            self.banner.clear()
            self.open_member.emit(outcome.member_id)
            return
        self._banner_member = outcome.member_id
        kind = "error" if outcome.kind in ("altered", "unknown") else "warning"
        self.banner.show_message(outcome.message, kind, self.tr("Open the record") if outcome.member_id else None)

    def _open_banner_member(self) -> None:
        if self._banner_member:
            self.open_member.emit(self._banner_member)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText("")
        self.banner.show_message(plain_error(exc), "error")
