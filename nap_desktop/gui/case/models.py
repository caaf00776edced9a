"""A small base for the case editors' table models: a list of plain records shown in
fixed columns. Each list has its own subclass (its columns, colours and tooltips)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = int(Qt.ItemDataRole.UserRole)

WARN_BACKGROUND = QColor("#fff1cc")
BAD_BACKGROUND = QColor("#fbe0de")
MUTED_TEXT = QColor("#6b7682")
BAD_TEXT = QColor("#8c1d18")


class RowsModel(QAbstractTableModel):
    """Rows are plain records; subclasses say what each column shows."""

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[Any] = []

    # --- subclasses ------------------------------------------------------------

    def display(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def tooltip(self, row: Any, column: int) -> str | None:
        return None

    def background(self, row: Any) -> QColor | None:
        return None

    def foreground(self, row: Any, column: int) -> QColor | None:
        return None

    def font(self, row: Any, column: int) -> QFont | None:
        return None

    def row_id(self, row: Any) -> str:
        return str(getattr(row, "id", ""))

    # --- Qt --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = self.background(row)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self.foreground(row, column)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.FontRole:
            return self.font(row, column)
        if role == ID_ROLE:
            return self.row_id(row)
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row_of(self, record_id: str | None) -> int:
        return next((i for i, r in enumerate(self.rows) if self.row_id(r) == record_id), -1)
