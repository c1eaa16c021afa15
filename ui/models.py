"""Read-only Qt models over plain Python rows, for the lists and tables of the member page and
the settings dialog."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

_Index = QModelIndex | QPersistentModelIndex


class TextListModel(QAbstractListModel):
    """Lines of text, optionally each with a colour (e.g. lines that earned no points in grey)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[tuple[str, QColor | None]] = []

    def set_lines(self, lines: Sequence[str | tuple[str, QColor | None]]) -> None:
        self.beginResetModel()
        self._lines = [(line, None) if isinstance(line, str) else line for line in lines]
        self.endResetModel()

    def lines(self) -> list[str]:
        return [text for text, _ in self._lines]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._lines):
            return None
        text, colour = self._lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ForegroundRole and colour is not None:
            return colour
        return None


class RowsTableModel(QAbstractTableModel):
    """Rows of display strings under fixed headers; ``keys`` carries one id per row."""

    KeyRole = Qt.ItemDataRole.UserRole + 1

    def __init__(
        self, headers: Sequence[str], parent: QObject | None = None, *, ltr_columns: Sequence[int] = ()
    ) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[list[str]] = []
        self._keys: list[Any] = []
        self._ltr = frozenset(ltr_columns)

    def set_rows(self, rows: Sequence[Sequence[str]], keys: Sequence[Any] | None = None) -> None:
        self.beginResetModel()
        self._rows = [list(r) for r in rows]
        self._keys = list(keys) if keys is not None else [None] * len(self._rows)
        self.endResetModel()

    def key(self, row: int) -> Any:
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def cell(self, row: int, column: int) -> str:
        return self._rows[row][column]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == self.KeyRole:
            return self._keys[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._ltr:
            return Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading
        return None
