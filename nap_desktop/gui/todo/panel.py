"""The dashboard's "My tasks" panel (and, for supervisors, "Team tasks" by worker).

Overdue first. Enter (or a double click) opens the case at the record the task is about;
"Record a service…" opens the Add service dialog for the selected task's case; "Done"
closes a manual task; "New task…" adds one; "Export my dates (.ics)…" writes a calendar
file of case numbers and kinds of date only."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nap_desktop.domain.enums import Role, TaskKind
from nap_desktop.domain.rules import role_at_least
from nap_desktop.domain.services_entities import TaskItem
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.services_tab.dialog import ServiceRecordDialog
from nap_desktop.gui.tasks import TaskRunner
from nap_desktop.gui.todo.ics import IcsExport
from nap_desktop.gui.todo.model import TasksModel, tr
from nap_desktop.gui.todo.new_task import NewTaskDialog
from nap_desktop.gui.widgets.common import error_label, hint_label
from nap_desktop.services.tasks import MOST, TEAM_MOST

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace

#: The TaskRunner key of the panel's background read (the newest wins).
READ_KEY = "tasks"


def read_tasks(ws: Workspace, *, team: bool) -> list[TaskItem]:
    """The team's tasks (supervisors) or mine; a function of its own so that a background
    read holds no widget."""
    return ws.tasks.team(most=TEAM_MOST) if team else ws.tasks.mine(most=MOST)


class TasksPanel(QWidget):
    #: client id, record type, record id ("" when none): open the case there
    open_record = Signal(str, str, str)
    #: client id, service id: a service was recorded from a task
    service_recorded = Signal(str, str)
    #: the list was (re)filled (tests wait on it)
    listed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws: Workspace | None = None
        self.model = TasksModel(today=self._today, parent=self)
        #: runs a dialog modally; tests replace it
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self.last_dialog: QDialog | None = None
        self.ics = IcsExport(self)
        self.ics.written.connect(lambda path: self.tell(tr(
            "Calendar file saved, readable by you only: %1").replace("%1", path)))
        self.ics.failed.connect(self.show_problem)
        self.runner = TaskRunner(self)  # the first read, off the GUI thread (start-up)
        self._build()
        self._refresh_buttons()

    def _today(self) -> date | None:
        return self.ws.today() if self.ws is not None else None

    def _button(self, text: str, accessible: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        self.title = QLabel(tr("My tasks"))
        self.title.setObjectName("sectionTitle")
        self.view_choice = QComboBox()
        self.view_choice.addItem(tr("My tasks"), "mine")
        self.view_choice.addItem(tr("Team tasks, by worker"), "team")
        self.view_choice.setAccessibleName(tr("Whose tasks to show"))
        self.view_label = QLabel(tr("S&how:"))
        self.view_label.setBuddy(self.view_choice)
        self.view_choice.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Tasks: due date, what, case"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # what: the words
        self.table.activated.connect(lambda _i: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._refresh_buttons())
        self.service_button = self._button(tr("Record a ser&vice…"),
                                           tr("Record a service for the selected task's case"),
                                           self.record_service)
        self.new_button = self._button(tr("New tas&k…"), tr("Add a task"), self.new_task)
        self.done_button = self._button(tr("Do&ne"), tr("Mark the selected task done"),
                                        self.mark_done)
        self.ics_button = self._button(tr("Export my dates (.i&cs)…"),
                                       tr("Export my task dates as a calendar file"),
                                       self.export_ics)
        self.empty = hint_label(tr("Nothing due. Plan reviews, expiring releases, restitution "
                                   "steps and your own tasks appear here as they come due."))
        self.note = hint_label()
        self.note.hide()
        self.problem = error_label()
        self.problem.setAccessibleName(tr("Problem with tasks"))
        self._layout()

    def _layout(self) -> None:
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.view_label)
        head.addWidget(self.view_choice)
        buttons = QHBoxLayout()
        for button in (self.service_button, self.done_button, self.new_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.ics_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)

    # --- data ----------------------------------------------------------------------------

    def set_workspace(self, workspace: Workspace | None) -> None:
        self.ws = workspace
        user = workspace.user if workspace is not None else None
        supervisor = user is not None and role_at_least(user.role, Role.SUPERVISOR)
        if not supervisor:
            self.view_choice.setCurrentIndex(0)
        self.view_choice.setVisible(supervisor)
        self.view_label.setVisible(supervisor)
        self.refresh_in_background()

    def team(self) -> bool:
        return self.view_choice.currentData() == "team" and self.view_choice.isVisibleTo(self)

    def refresh(self) -> None:
        """Read the tasks again (the service derives them from the records each time)."""
        self.runner.cancel(READ_KEY)  # an older read must not land after this one
        items: list[TaskItem] = []
        if self.ws is not None:
            try:
                items = read_tasks(self.ws, team=self.team())
            except Exception as error:
                self.show_problem(error_text(error))
        self._show_items(items)

    def refresh_in_background(self) -> None:
        """What ``refresh`` does, the reading on a worker thread: the window opens and
        paints while a long list of derived tasks is worked out (issue #16's start-up)."""
        ws, team = self.ws, self.team()
        if ws is None:
            self.refresh()
            return
        self.runner.run(lambda _task: read_tasks(ws, team=team),
                        on_success=self._show_items,
                        on_failure=lambda error: self.show_problem(error_text(error)),
                        key=READ_KEY)

    def _show_items(self, items: list[TaskItem]) -> None:
        current = self.selected()
        self.model.set_items(items, team=self.team())
        self.title.setText(self._title(items))
        self.empty.setVisible(not items)
        self.select(current.key if current else None)
        self.listed.emit()

    def _title(self, items: list[TaskItem]) -> str:
        title = tr("Team tasks") if self.team() else tr("My tasks")
        late = sum(item.overdue for item in items)
        if late and late == len(items) >= (TEAM_MOST if self.team() else MOST):
            # The list stops at its first MOST tasks, overdue first: when every one shown is
            # overdue, more may be (a million-referral demo has thousands): never a count
            # that was not made.
            return tr("%1 — %n or more overdue", late).replace("%1", title)
        return tr("%1 — %n overdue", late).replace("%1", title) if late else title

    def clear(self) -> None:
        self.runner.cancel(READ_KEY)  # nothing read before the lock shows after it
        for dialog in self.findChildren(QDialog):
            dialog.reject()
        self.ws = None
        self.model.set_items([], team=False)

    # --- selection -----------------------------------------------------------------------

    def selected(self) -> TaskItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def select(self, key: str | None) -> None:
        row = self.model.row_of(key)
        if row >= 0:
            self.table.selectRow(row)
        self._refresh_buttons()

    def _refresh_buttons(self) -> None:
        item = self.selected()
        self.service_button.setEnabled(item is not None and bool(item.client_id))
        self.done_button.setEnabled(item is not None and item.kind is TaskKind.MANUAL
                                    and item.task_id is not None)
        self.new_button.setEnabled(self.ws is not None)
        self.ics_button.setEnabled(self.ws is not None)

    # --- actions -------------------------------------------------------------------------

    def open_selected(self) -> bool:
        item = self.selected()
        if item is None or not item.client_id:
            return False
        self.open_record.emit(item.client_id, item.record_type or "", item.record_id or "")
        return True

    def _run(self, dialog: QDialog) -> bool:
        self.last_dialog = dialog
        accepted = bool(self.run_dialog(dialog))
        dialog.deleteLater()
        return accepted

    def record_service(self) -> bool:
        """The Add service dialog for the selected task's case."""
        item, ws = self.selected(), self.ws
        if item is None or not item.client_id or ws is None:
            return False
        self.clear_messages()
        try:
            case = ws.cases.get_case(item.client_id)
        except Exception as error:
            self.show_problem(error_text(error))
            return False
        dialog = ServiceRecordDialog(workspace=ws, case=case, parent=self)
        if not self._run(dialog) or dialog.record is None:
            return False
        self.tell(tr("Service recorded on case %1.").replace("%1", case.client.case_number))
        self.service_recorded.emit(item.client_id, dialog.record.id)
        self.refresh()
        return True

    def new_task(self) -> bool:
        if self.ws is None:
            return False
        self.clear_messages()
        item = self.selected()
        dialog = NewTaskDialog(workspace=self.ws, case_number=item.case_number if item else "",
                               parent=self)
        if not self._run(dialog) or dialog.task is None:
            return False
        self.tell(tr("Task added."))
        self.refresh()
        self.select(dialog.task.key)
        return True

    def mark_done(self) -> bool:
        item = self.selected()
        if item is None or item.task_id is None or self.ws is None:
            return False
        try:
            self.ws.tasks.complete(item.task_id)
        except Exception as error:
            self.show_problem(error_text(error))
            return False
        self.tell(tr("Task done."))
        self.refresh()
        return True

    def export_ics(self) -> bool:
        if self.ws is None:
            return False
        self.clear_messages()
        return self.ics.run(self.ws)

    # --- messages ------------------------------------------------------------------------

    def tell(self, text: str) -> None:
        self.problem.hide()
        self.note.setText(text)
        self.note.show()

    def show_problem(self, text: str) -> None:
        self.note.hide()
        self.problem.setText(text)
        self.problem.show()

    def clear_messages(self) -> None:
        self.note.hide()
        self.problem.hide()


def connect(window: Any) -> None:
    """Wire the panel into the main window: Enter opens the case at the record; a
    service recorded from a task reloads that case if it is open."""
    panel: TasksPanel = window.dashboard.tasks

    def open_record(client_id: str, record_type: str, record_id: str) -> None:
        window.cases.open_record(client_id, record_type, record_id)

    def reload(client_id: str, _service_id: str) -> None:
        view = window.cases.view_for(client_id)
        if view is not None:
            view.reload()

    panel.open_record.connect(open_record)
    panel.service_recorded.connect(reload)
