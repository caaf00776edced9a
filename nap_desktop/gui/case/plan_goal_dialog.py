"""Add or edit a goal of the case plan (``ui/plan_goal.ui``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from nap_desktop.domain.enums import GoalStatus, PlanDomain
from nap_desktop.domain.services_entities import GoalInput, PlanGoal
from nap_desktop.gui.forms.ui_plan_goal import Ui_PlanGoalDialog
from nap_desktop.gui.widgets.form_dialog import accept_button, show_error, wire_errors
from nap_desktop.gui.widgets.labels import options

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace

KEYS = ["domain", "description", "target_date", "status"]
FIELDS = {key: key for key in KEYS}


class PlanGoalDialog(QDialog):
    """Accepted once stored; ``goal`` then holds it."""

    def __init__(self, *, workspace: Workspace, client_id: str, case_number: str,
                 goal: PlanGoal | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.client_id, self.original = workspace, client_id, goal
        self.goal: PlanGoal | None = None
        self.ui = ui = Ui_PlanGoalDialog()
        ui.setupUi(self)
        self.errors = wire_errors(self, ui, KEYS)
        self.save_button = accept_button(self, ui.buttons, self.tr("&Save goal"),
                                         self.tr("Save the goal"), ui.status)
        self.save_button.clicked.connect(self.submit)
        title = self.tr("Edit goal — %1") if goal else self.tr("New goal — %1")
        self.setWindowTitle(title.replace("%1", case_number))
        for domain, text in options(PlanDomain):
            ui.domain.addItem(text, domain.value)
        for status, text in options(GoalStatus):
            ui.status.addItem(text, status.value)
        self.errors.filling = True
        ui.domain.setCurrentIndex(max(0, ui.domain.findData(goal.domain.value if goal else None)))
        ui.description.setPlainText(goal.description if goal else "")
        ui.target_date.set_value(goal.target_date if goal else None)
        ui.status.setCurrentIndex(max(0, ui.status.findData(
            (goal.status if goal else GoalStatus.NOT_STARTED).value)))
        self.errors.filling = False
        ui.domain.setFocus()

    def submit(self) -> bool:
        ui = self.ui
        self.errors.clear()
        if not ui.description.toPlainText().strip():
            self.errors.show("description", self.tr("Write the goal."))
            return False
        if not self.errors.check_all():
            return False
        data = GoalInput(domain=PlanDomain(ui.domain.currentData()),
                         description=ui.description.toPlainText().strip(),
                         target_date=ui.target_date.value(),
                         status=GoalStatus(ui.status.currentData()))
        original = self.original
        try:
            self.goal = self.ws.plans.save_goal(
                self.client_id, data, goal_id=original.id if original else None,
                expected_revision=original.revision if original else None)
        except Exception as error:
            show_error(self.errors, error, FIELDS)
            return False
        self.accept()
        return True

    def done(self, code: int) -> None:
        self.ui.description.clear()
        super().done(code)
