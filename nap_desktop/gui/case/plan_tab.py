"""The Plan tab of a case: when the plan is due and when it is next reviewed (late in
words), "Plan written" / "Reviewed today", the goals (add, edit) and the safety plan.

Dates and goals are stored at once (each a service call); the safety plan is a form with
Save / Revert under the case's unsaved-changes guard (it is this tab's only form)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nap_desktop.domain.entities import CaseRecord
from nap_desktop.domain.services_entities import CasePlanView, PlanGoal
from nap_desktop.gui.case.form import RecordForm
from nap_desktop.gui.case.plan_dates import plan_line, review_line, tr
from nap_desktop.gui.case.plan_goal_dialog import PlanGoalDialog
from nap_desktop.gui.case.plan_goals_model import GoalsModel
from nap_desktop.gui.case.plan_safety_form import SafetyPlanForm
from nap_desktop.gui.case.tab import CaseTab
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.widgets.common import Guard, error_label, hint_label, set_chip

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace


class PlanTab(CaseTab):
    #: the plan was (re)read from the service (tests wait on it)
    listed = Signal()

    def __init__(self, *, workspace: Workspace, guard: Guard,
                 parent: QWidget | None = None) -> None:
        super().__init__(workspace=workspace, guard=guard, title=tr("Plan"), parent=parent)
        self.plan: CasePlanView | None = None
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self.last_dialog: QDialog | None = None
        self.goals = GoalsModel(self)
        self.safety = SafetyPlanForm(workspace=workspace)
        self.connect_form(self.safety)
        safety_box = QGroupBox(tr("Safety plan"))
        QVBoxLayout(safety_box).addWidget(self.safety)
        # Goals beside the safety plan: both in sight at once on a laptop screen.
        columns = QHBoxLayout()
        columns.addWidget(self._goals_box(), 3)
        columns.addWidget(safety_box, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self._dates_box())
        layout.addLayout(columns, 1)

    def _button(self, text: str, accessible: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        button.clicked.connect(slot)
        return button

    def _dates_box(self) -> QWidget:
        box = QGroupBox(tr("Case plan"))
        self.plan_label, self.review_label = QLabel(), QLabel()
        self.plan_label.setObjectName("chip")
        self.review_label.setObjectName("chip")
        self.written_button = self._button(tr("Plan &written"),
                                           tr("Record that the case plan was written"),
                                           self.mark_written)
        self.reviewed_button = self._button(tr("Reviewed t&oday"),
                                            tr("Record that the plan was reviewed today"),
                                            self.mark_reviewed)
        self.problem = error_label()
        self.problem.setAccessibleName(tr("Problem with the plan"))
        dates = QVBoxLayout()
        dates.addWidget(self.plan_label, 0, Qt.AlignmentFlag.AlignLeft)
        dates.addWidget(self.review_label, 0, Qt.AlignmentFlag.AlignLeft)
        dates.addWidget(self.problem)
        row = QHBoxLayout(box)
        row.addLayout(dates, 1)
        row.addWidget(self.written_button)
        row.addWidget(self.reviewed_button)
        return box

    def _goals_box(self) -> QWidget:
        box = QGroupBox(tr("Goals"))
        self.table = QTableView()
        self.table.setAccessibleName(tr("Goals of the case plan"))
        self.table.setModel(self.goals)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _i: self.edit_goal())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._refresh())
        self.add_goal_button = self._button(tr("Add &goal…"), tr("Add a goal to the plan"),
                                            self.add_goal)
        self.edit_goal_button = self._button(tr("Edit goa&l…"), tr("Edit the selected goal"),
                                             self.edit_goal)
        self.empty = hint_label(tr("No goals yet. Write them with the survivor: safety, "
                                   "housing, health, legal, work, family — in their words."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_goal_button)
        buttons.addWidget(self.edit_goal_button)
        buttons.addStretch(1)
        column = QVBoxLayout(box)
        column.addLayout(buttons)
        column.addWidget(self.empty)
        column.addWidget(self.table, 1)
        return box

    # --- the case tab contract ---------------------------------------------------------

    def forms(self) -> list[RecordForm]:
        return [self.safety]

    def show_case(self, case: CaseRecord) -> None:
        """Read the plan (the case record does not carry it) and show it."""
        try:
            self.plan = self.ws.plans.get(case.client.id)
            self.problem.hide()
        except Exception as error:
            self.plan = None
            self.problem.setText(error_text(error))
            self.problem.show()
        plan = self.plan
        self.safety.client_id = case.client.id
        self.safety.reviewed_on = plan.safety_plan.reviewed_on if plan and plan.safety_plan \
            else None
        current = self.selected_goal()
        self.goals.set_goals(plan.goals if plan else [])
        self.select(current.id if current else None)
        self.safety.rebind(plan.safety_plan if plan else None)
        self._show_dates()
        self.listed.emit()

    def _show_dates(self) -> None:
        plan, today = self.plan, self.ws.today()
        if plan is None:
            self.plan_label.clear()
            self.review_label.clear()
        else:
            for target, (text, late) in ((self.plan_label, plan_line(plan, today)),
                                         (self.review_label, review_line(plan, today))):
                set_chip(target, text, "bad" if late else "neutral")
        self._refresh()

    def _refresh(self) -> None:
        plan = self.plan
        self.written_button.setEnabled(plan is not None and plan.completed_on is None)
        self.reviewed_button.setEnabled(plan is not None and plan.completed_on is not None)
        self.add_goal_button.setEnabled(self.case is not None)
        self.edit_goal_button.setEnabled(self.selected_goal() is not None)
        self.empty.setVisible(self.goals.rowCount() == 0)

    def clear_views(self) -> None:
        self.plan = None
        self.safety.client_id = None
        self.goals.set_goals([])
        self.plan_label.clear()
        self.review_label.clear()

    # --- goals ---------------------------------------------------------------------------

    def selected_goal(self) -> PlanGoal | None:
        rows = self.table.selectionModel().selectedRows()
        return self.goals.goal(rows[0].row()) if rows else None

    def select(self, record_id: str | None) -> None:
        row = self.goals.row_of(record_id)
        if row >= 0:
            self.table.selectRow(row)

    def add_goal(self) -> bool:
        return self._goal_dialog(None)

    def edit_goal(self) -> bool:
        goal = self.selected_goal()
        return goal is not None and self._goal_dialog(goal)

    def _goal_dialog(self, goal: PlanGoal | None) -> bool:
        if self.case is None:
            return False
        client = self.case.client
        dialog = PlanGoalDialog(workspace=self.ws, client_id=client.id,
                                case_number=client.case_number, goal=goal, parent=self)
        self.last_dialog = dialog
        accepted = bool(self.run_dialog(dialog)) and dialog.goal is not None
        stored = dialog.goal
        dialog.deleteLater()
        if not accepted or stored is None:
            return False
        self.saved.emit()  # the view reloads; the dashboard's tasks follow
        self.select(stored.id)
        return True

    # --- dates ---------------------------------------------------------------------------

    def mark_written(self) -> bool:
        return self._act(self.ws.plans.mark_written)

    def mark_reviewed(self) -> bool:
        today = self.ws.today()
        return self._act(lambda client_id: self.ws.plans.mark_reviewed(client_id, today))

    def _act(self, action: Callable[[str], object]) -> bool:
        if self.case is None:
            return False
        try:
            action(self.case.client.id)
        except Exception as error:
            self.problem.setText(error_text(error))
            self.problem.show()
            return False
        self.saved.emit()
        return True
