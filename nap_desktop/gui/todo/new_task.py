"""A new manual task (``ui/new_task.ui``): what, due, the case (optional, by its number)
and who does it (a supervisor may give it to another worker)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from nap_desktop.domain.enums import Role
from nap_desktop.domain.rules import role_at_least
from nap_desktop.domain.services_entities import TaskInput, TaskItem
from nap_desktop.gui.forms.ui_new_task import Ui_NewTaskDialog
from nap_desktop.gui.widgets.common import bound_dates, qdate, to_date
from nap_desktop.gui.widgets.form_dialog import accept_button, show_error, wire_errors

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace

KEYS = ["title", "due_on", "case", "assignee"]
FIELDS = {"title": "title", "due_on": "due_on", "client_id": "case", "case": "case",
          "assigned_user_id": "assignee"}


class NewTaskDialog(QDialog):
    """Accepted once stored; ``task`` then holds it."""

    def __init__(self, *, workspace: Workspace, case_number: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.task: TaskItem | None = None
        self.ui = ui = Ui_NewTaskDialog()
        ui.setupUi(self)
        self.errors = wire_errors(self, ui, KEYS)
        self.save_button = accept_button(self, ui.buttons, self.tr("&Save task"),
                                         self.tr("Save the task"), ui.assignee)
        self.save_button.clicked.connect(self.submit)
        bound_dates(ui.due_on)
        ui.due_on.setDate(qdate(workspace.today()))
        ui.case.setText(case_number)
        self._fill_assignees()
        ui.title.setFocus()

    def _fill_assignees(self) -> None:
        """Me first; a supervisor may choose another active user."""
        ui, me = self.ui, self.ws.user
        ui.assignee.addItem(self.tr("Me (%1)").replace("%1", me.display_name if me else ""),
                            None)
        supervisor = me is not None and role_at_least(me.role, Role.SUPERVISOR)
        if supervisor:
            for user in self.ws.users.list():
                if me is not None and user.id != me.id and getattr(user, "active", True):
                    ui.assignee.addItem(user.display_name, user.id)
        ui.assignee.setEnabled(supervisor)
        if not supervisor:
            ui.assignee.setToolTip(self.tr("Supervisors may give a task to another worker."))

    def submit(self) -> bool:
        ui = self.ui
        self.errors.clear()
        title = ui.title.text().strip()
        if not title:
            self.errors.show("title", self.tr("Write what is to be done."))
            return False
        client_id = None
        number = ui.case.text().strip()
        try:
            if number:
                client_id = self.ws.queries.client_by_case_number(number)
        except Exception as error:
            show_error(self.errors, error, {})
            self.errors.show("case", ui.message.text())
            ui.message.hide()
            return False
        data = TaskInput(title=title, due_on=to_date(ui.due_on.date()), client_id=client_id,
                         assigned_user_id=ui.assignee.currentData())
        try:
            self.task = self.ws.tasks.add(data)
        except Exception as error:
            show_error(self.errors, error, FIELDS)
            return False
        self.accept()
        return True
