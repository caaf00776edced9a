"""The goals of a case plan as a table: area, goal, target date, status."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from nap_desktop.domain.services_entities import PlanGoal
from nap_desktop.gui.widgets.common import fmt_date
from nap_desktop.gui.widgets.labels import label

Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanTab", text)


class GoalsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._goals: list[PlanGoal] = []

    def set_goals(self, goals: list[PlanGoal]) -> None:
        self.beginResetModel()
        self._goals = sorted(goals, key=lambda g: g.position)
        self.endResetModel()

    def goal(self, row: int) -> PlanGoal | None:
        return self._goals[row] if 0 <= row < len(self._goals) else None

    def row_of(self, goal_id: str | None) -> int:
        return next((i for i, g in enumerate(self._goals) if g.id == goal_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._goals)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < 4):
            return (tr("Area"), tr("Goal"), tr("Target date"), tr("Status"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        goal = self.goal(index.row()) if index.isValid() else None
        if goal is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == 0:
            return label(goal.domain)
        if column == 1:
            return goal.description.replace("\n", " ")
        if column == 2:
            return fmt_date(goal.target_date) or tr("none")
        if column == 3:
            return label(goal.status)
        return None
