"""The services of one case as a table: date, category, mode, minutes, by, status.
Newest first (the service's order); a voided service is struck through and says why."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from nap_desktop.domain.services_entities import ServiceRecord
from nap_desktop.gui.services_tab.texts import minutes_text, tr
from nap_desktop.gui.widgets.common import MASK, fmt_date
from nap_desktop.gui.widgets.labels import label

Index = QModelIndex | QPersistentModelIndex
COLUMNS = 6


def headers() -> tuple[str, ...]:
    return (tr("Date"), tr("Category"), tr("Mode"), tr("Minutes"), tr("By"), tr("Status"))


class ServicesModel(QAbstractTableModel):
    """One source model; ``masked`` hides void reasons (they may say anything)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._records: list[ServiceRecord] = []
        self.masked = False

    def set_records(self, records: list[ServiceRecord]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def clear(self) -> None:
        self.set_records([])

    def record(self, row: int) -> ServiceRecord | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def row_of(self, service_id: str | None) -> int:
        return next((i for i, r in enumerate(self._records) if r.id == service_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < COLUMNS):
            return headers()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.record(index.row()) if index.isValid() else None
        if record is None or not 0 <= index.column() < COLUMNS:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole):
            return self.text(record, index.column())
        if role == Qt.ItemDataRole.FontRole and record.voided and index.column() < 5:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def text(self, record: ServiceRecord, column: int) -> str:
        if column == 0:
            return fmt_date(record.provided_on)
        if column == 1:
            return label(record.category)
        if column == 2:
            return label(record.mode)
        if column == 3:
            return minutes_text(record.minutes)
        if column == 4:
            return record.provided_by_name
        return self.status_text(record)

    def status_text(self, record: ServiceRecord) -> str:
        if record.voided:
            reason = MASK if self.masked else record.void_reason
            return tr("Voided: %1").replace("%1", reason)
        text = label(record.status)
        return tr("%1 (corrected)").replace("%1", text) if record.corrected else text
