"""Tasks as a table: due, what, case number (and the worker, in the team view).
Overdue first, then by due date; the service already orders them, the model keeps it."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from nap_desktop.domain.enums import TaskKind
from nap_desktop.domain.services_entities import TaskItem
from nap_desktop.gui.widgets.common import fmt_date
from nap_desktop.gui.widgets.labels import label

Index = QModelIndex | QPersistentModelIndex
LATE = QColor("#b3261e")


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("TasksPanel", text, None, n)


def ordered(items: list[TaskItem], *, team: bool) -> list[TaskItem]:
    """Overdue first, then the soonest; the team view groups by worker first."""
    def key(item: TaskItem) -> tuple[Any, ...]:
        return ((item.worker_name.casefold(),) if team else ()) + (
            not item.overdue, item.due_on, item.case_number)
    return sorted(items, key=key)


def what_text(item: TaskItem, *, discreet: bool = False) -> str:
    """A manual task's own words (its kind in discreet mode: words may name someone); a
    derived task's kind."""
    own = item.kind is TaskKind.MANUAL and item.title and not discreet
    return item.title if own else label(item.kind)


def due_text(item: TaskItem, today: date) -> str:
    days = (item.due_on - today).days
    when = fmt_date(item.due_on)
    if days < 0:
        return tr("%1 (%n day(s) late)", -days).replace("%1", when)
    if days == 0:
        return tr("%1 (today)").replace("%1", when)
    return when


class TasksModel(QAbstractTableModel):
    def __init__(self, *, today: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[TaskItem] = []
        self._today = today
        self.team = False
        self.discreet = True

    def set_items(self, items: list[TaskItem], *, team: bool) -> None:
        self.beginResetModel()
        self.team = team
        self._items = ordered(items, team=team)
        self.endResetModel()

    def set_discreet(self, discreet: bool) -> None:
        self.discreet = discreet
        if self._items:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self._items) - 1, 1))

    def item(self, row: int) -> TaskItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, key: str | None) -> int:
        return next((i for i, t in enumerate(self._items) if t.key == key), -1)

    def overdue(self) -> int:
        return sum(item.overdue for item in self._items)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else (4 if self.team else 3)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = [tr("Due"), tr("What"), tr("Case")] + ([tr("Worker")] if self.team else [])
        return names[section] if 0 <= section < len(names) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index.row()) if index.isValid() else None
        if item is None or not 0 <= index.column() < self.columnCount():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(item, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0 and item.overdue:
            return QBrush(LATE)
        return None

    def _text(self, item: TaskItem, column: int) -> str:
        if column == 0:
            return due_text(item, self._today())
        if column == 1:
            return what_text(item, discreet=self.discreet)
        if column == 2:
            return item.case_number or tr("(no case)")
        return item.worker_name
