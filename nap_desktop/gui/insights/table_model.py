"""The numbers of one chart as a table (what a screen reader reads): one source model,
text only, numbers right-aligned."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
_ALIGN_ROLE = Qt.ItemDataRole.TextAlignmentRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Table:
    """Column headers and rows of display texts; the first column names the row."""

    headers: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)

    def text(self) -> str:
        """Every cell, tab-separated, one row a line (printing and tests)."""
        return "\n".join("\t".join(row) for row in [self.headers, *self.rows])


class FiguresModel(QAbstractTableModel):
    def __init__(self, parent: Any = None, *, numbers: bool = True) -> None:
        super().__init__(parent)
        self.table = Table()
        self.numbers = numbers  # the columns after the first hold numbers (right-aligned)

    def set_table(self, table: Table) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in _TEXT_ROLES and index.isValid():
            row = self.table.rows[index.row()]
            return row[index.column()] if index.column() < len(row) else ""
        if role == _ALIGN_ROLE and self.numbers and index.column() > 0:
            return _RIGHT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and section < len(self.table.headers):
            return self.table.headers[section]
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None
