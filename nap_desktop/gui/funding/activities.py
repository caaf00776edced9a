"""Reports ▸ Program activities…: the task-force meetings, trainings and outreach of the
last twelve months (``ui/program_activities.ui``), and one activity's editor
(``ui/program_activity.ui``). The OVC TIMS report counts them with their audience."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QTableView, QWidget

from nap_desktop.domain.enums import ActivityAudience, ActivityKind
from nap_desktop.domain.services_entities import ActivityInput, ProgramActivity
from nap_desktop.gui.forms.ui_program_activities import Ui_ProgramActivitiesDialog
from nap_desktop.gui.forms.ui_program_activity import Ui_ProgramActivityDialog
from nap_desktop.gui.funding.texts import tr
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.services_tab.texts import minutes_text
from nap_desktop.gui.widgets.common import bound_dates, fmt_date, qdate, to_date
from nap_desktop.gui.widgets.form_dialog import accept_button, show_error, wire_errors
from nap_desktop.gui.widgets.labels import label, options

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex
KEYS = ["kind", "held_on", "audience", "attendees", "minutes", "funding", "note"]
FIELDS = {"kind": "kind", "held_on": "held_on", "audience": "audience",
          "attendees": "attendees", "minutes": "minutes", "funding_source_id": "funding",
          "note": "note"}


class ActivitiesModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ProgramActivity] = []

    def set_rows(self, rows: list[ProgramActivity]) -> None:
        self.beginResetModel()
        self.rows = sorted(rows, key=lambda a: a.held_on, reverse=True)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < 5):
            return (tr("Date"), tr("Kind"), tr("Audience"), tr("Attendees"),
                    tr("Length"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        return (fmt_date(row.held_on), label(row.kind), label(row.audience),
                str(row.attendees), minutes_text(row.minutes))[index.column()]


class ProgramActivityDialog(QDialog):
    """Accepted once stored; ``activity`` then holds it."""

    def __init__(self, *, workspace: Workspace, activity: ProgramActivity | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.original = workspace, activity
        self.activity: ProgramActivity | None = None
        self.ui = ui = Ui_ProgramActivityDialog()
        ui.setupUi(self)
        self.errors = wire_errors(self, ui, KEYS)
        self.save_button = accept_button(self, ui.buttons, self.tr("&Save activity"),
                                         self.tr("Save the activity"), ui.note)
        self.save_button.clicked.connect(self.submit)
        self.setWindowTitle(self.tr("Edit program activity") if activity
                            else self.tr("New program activity"))
        for kind, text in options(ActivityKind):
            ui.kind.addItem(text, kind.value)
        for audience, text in options(ActivityAudience):
            ui.audience.addItem(text, audience.value)
        ui.funding.addItem(self.tr("— none —"), None)
        try:
            for source in workspace.funding.sources():
                ui.funding.addItem(source.name, source.id)
        except Exception as error:
            show_error(self.errors, error, {})
        bound_dates(ui.held_on)
        ui.minutes.setSuffix(self.tr(" min"))
        self._show(activity)
        ui.kind.setFocus()

    def _show(self, activity: ProgramActivity | None) -> None:
        ui = self.ui
        self.errors.filling = True
        ui.kind.setCurrentIndex(max(0, ui.kind.findData(activity.kind.value if activity
                                                        else None)))
        ui.held_on.setDate(qdate(activity.held_on if activity else self.ws.today()))
        ui.audience.setCurrentIndex(max(0, ui.audience.findData(
            activity.audience.value if activity else None)))
        ui.attendees.setValue(activity.attendees if activity else 0)
        ui.minutes.setValue(activity.minutes if activity else 60)
        ui.funding.setCurrentIndex(max(0, ui.funding.findData(
            activity.funding_source_id if activity else None)))
        ui.note.setPlainText(activity.note if activity else "")
        self.errors.filling = False

    def submit(self) -> bool:
        ui = self.ui
        self.errors.clear()
        data = ActivityInput(kind=ActivityKind(ui.kind.currentData()),
                             held_on=to_date(ui.held_on.date()),
                             audience=ActivityAudience(ui.audience.currentData()),
                             attendees=ui.attendees.value(), minutes=ui.minutes.value(),
                             funding_source_id=ui.funding.currentData(),
                             note=ui.note.toPlainText().strip())
        try:
            self.activity = self.ws.funding.save_activity(
                data, id=self.original.id if self.original else None)
        except Exception as error:
            show_error(self.errors, error, FIELDS)
            return False
        self.accept()
        return True


class ProgramActivitiesDialog(QDialog):
    def __init__(self, *, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.ui = ui = Ui_ProgramActivitiesDialog()
        ui.setupUi(self)
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self.last_dialog: QDialog | None = None
        self.model = ActivitiesModel(self)
        table: QTableView = ui.table
        table.setModel(self.model)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.activated.connect(lambda _i: self.edit_selected())
        table.selectionModel().selectionChanged.connect(lambda *_a: self._refresh())
        ui.add_button.clicked.connect(self.add)
        ui.edit_button.clicked.connect(self.edit_selected)
        ui.message.hide()
        self.reload()
        table.setFocus()

    def reload(self) -> None:
        today = self.ws.today()
        try:
            rows = self.ws.funding.activities(today - timedelta(days=365), today)
        except Exception as error:
            rows = []
            self.ui.message.setText(error_text(error))
            self.ui.message.show()
        self.model.set_rows(rows)
        self.ui.empty.setVisible(not rows)
        self._refresh()

    def selected(self) -> ProgramActivity | None:
        rows = self.ui.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _refresh(self) -> None:
        self.ui.edit_button.setEnabled(self.selected() is not None)

    def add(self) -> bool:
        return self._edit(None)

    def edit_selected(self) -> bool:
        activity = self.selected()
        return activity is not None and self._edit(activity)

    def _edit(self, activity: ProgramActivity | None) -> bool:
        dialog = ProgramActivityDialog(workspace=self.ws, activity=activity, parent=self)
        self.last_dialog = dialog
        accepted = bool(self.run_dialog(dialog)) and dialog.activity is not None
        stored = dialog.activity
        dialog.deleteLater()
        if not accepted or stored is None:
            return False
        self.reload()
        row = next((i for i, a in enumerate(self.model.rows) if a.id == stored.id), -1)
        if row >= 0:
            self.ui.table.selectRow(row)
        return True
