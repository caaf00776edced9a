"""The Services tab of a case: the services delivered to this client, newest first, and
what may be done to one: add, edit (its author, for 7 days), correct (a supervisor, after
that, with a reason; the earlier values stay readable below), void (with a reason).

It offers the case view what every case tab does (``load``, ``set_masked``, the dirty
state, ``clear_sensitive``); nothing here is ever "unsaved": every action is stored at
once. In discreet mode notes and reasons read as dots."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nap_desktop.domain.entities import CaseRecord
from nap_desktop.domain.services_entities import ServiceRecord
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.services_tab.details import details_text
from nap_desktop.gui.services_tab.dialog import ADD, CORRECT, EDIT, ServiceRecordDialog
from nap_desktop.gui.services_tab.model import ServicesModel
from nap_desktop.gui.services_tab.texts import may_correct, may_edit, may_void, tr
from nap_desktop.gui.services_tab.void_dialog import VoidServiceDialog
from nap_desktop.gui.widgets.common import error_label, fmt_date, hint_label
from nap_desktop.gui.widgets.labels import label

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace


class ServicesTab(QWidget):
    """``saved`` after a service was stored (the view reloads the case)."""

    saved = Signal()
    dirty_changed = Signal(bool)
    #: the list was (re)filled from the service (tests wait on it)
    listed = Signal()

    def __init__(self, *, workspace: Workspace, guard: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.guard = guard
        self.title = tr("Services")
        self.case: CaseRecord | None = None
        self.masked = False
        #: runs a dialog modally; tests replace it
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self.last_dialog: QDialog | None = None
        #: the clock the 7-day rule is read against (tests move it)
        self.now: Callable[[], datetime] = workspace.ctx.now
        self.model = ServicesModel(self)
        self._build()
        self._refresh_buttons()

    # --- building -------------------------------------------------------------------------

    def _button(self, text: str, accessible: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        self.add_button = self._button(tr("Add servi&ce…"), tr("Add a service to this case"),
                                       self.add_service)
        self.edit_button = self._button(tr("Ed&it…"), tr("Edit the selected service"),
                                        self.edit_selected)
        self.correct_button = self._button(tr("Co&rrect…"),
                                           tr("Correct the selected service (supervisors)"),
                                           self.correct_selected)
        self.void_button = self._button(tr("V&oid…"), tr("Void the selected service"),
                                        self.void_selected)
        self.table = QTableView()
        self.table.setAccessibleName(tr("Services of this case"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._refresh_buttons())
        self.table.activated.connect(lambda _i: self._open_selected())
        self.note = hint_label()
        self.note.setAccessibleName(tr("What was done"))
        self.note.hide()
        self.problem = error_label()
        self.problem.setAccessibleName(tr("Problem"))
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.rule.setAccessibleName(tr("Who may change the selected service"))
        self.rule.setObjectName("hint")
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setAccessibleName(tr("The selected service"))
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                             | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty = hint_label(tr("No services recorded yet. Add each contact, accompaniment "
                                   "or service given to this client: the grant reports count "
                                   "them."))
        buttons = QHBoxLayout()
        for widget in (self.add_button, self.edit_button, self.correct_button,
                       self.void_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        for shown in (self.note, self.problem, self.empty):
            layout.addWidget(shown)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.rule)
        layout.addWidget(self.details, 1)

    # --- the case tab contract (see gui/case/tab.py) --------------------------------------

    def load(self, case: CaseRecord, *, masked: bool) -> None:
        """Fill the list from the service (the case record does not carry services)."""
        current = self.selected_id()
        self.case, self.masked = case, masked
        try:
            records = self.ws.services.list_for_client(case.client.id)
        except Exception as error:
            records = []
            self.show_problem(error_text(error))
        self.model.masked = masked
        self.model.set_records(records)
        self.empty.setVisible(not records)
        self.select(current)
        self.listed.emit()

    def set_masked(self, masked: bool) -> None:
        if self.case is not None:
            self.load(self.case, masked=masked)

    def is_dirty(self) -> bool:
        return False

    def save(self) -> bool:
        return True

    def revert(self) -> None:
        """Nothing to revert: every action is stored at once."""

    def snapshot(self) -> dict[str, Any] | None:
        return None

    def restore(self, snapshot: dict[str, Any]) -> None:
        """Nothing is ever unsaved here."""

    def clear_sensitive(self) -> None:
        for dialog in self.findChildren(QDialog):
            dialog.reject()
        self.case = None
        self.model.clear()
        self.details.clear()
        self.note.clear()

    # --- selection ------------------------------------------------------------------------

    def selected(self) -> ServiceRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def selected_id(self) -> str | None:
        record = self.selected()
        return record.id if record else None

    def select(self, service_id: str | None) -> None:
        row = self.model.row_of(service_id)
        if row >= 0:
            self.table.selectRow(row)
        self._refresh_buttons()

    def _refresh_buttons(self) -> None:
        record, user = self.selected(), self.ws.user
        user_id, role, now = (user.id if user else None), (user.role if user else None), self.now()
        editable = record is not None and may_edit(record, user_id, now)
        self.edit_button.setEnabled(editable)
        self.correct_button.setEnabled(record is not None
                                       and may_correct(record, user_id, role, now))
        self.void_button.setEnabled(record is not None and may_void(record, user_id, role, now))
        self.add_button.setEnabled(self.case is not None)
        self.rule.setText(self._rule(record, editable))
        self.details.setText(self._details(record) if record else tr(
            "Select a service to see its note and its history."))

    def _rule(self, record: ServiceRecord | None, editable: bool) -> str:
        """Why Edit is (not) available, in words: a greyed button explains nothing."""
        if record is None or record.voided:
            return ""
        until = fmt_date(record.editable_until().date())
        if editable:
            return tr("You entered this service: you can edit it until %1.").replace("%1", until)
        return tr("Only its author may edit a service, for 7 days after entering it. After "
                  "that a supervisor corrects it (Correct…), with a reason.")

    def _details(self, record: ServiceRecord) -> str:
        try:
            corrections = self.ws.services.corrections(record.id) if record.corrected else []
        except Exception as error:
            corrections = []
            self.show_problem(error_text(error))
        return details_text(record, corrections, masked=self.masked)

    # --- actions ---------------------------------------------------------------------------

    def _run(self, dialog: QDialog) -> bool:
        self.last_dialog = dialog
        accepted = bool(self.run_dialog(dialog))
        dialog.deleteLater()
        return accepted

    def add_service(self) -> bool:
        """The Add service dialog for this case; the new service is selected."""
        if self.case is None:
            return False
        return self._service_dialog(None, ADD)

    def _open_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        if self.edit_button.isEnabled():
            self.edit_selected()
        elif self.correct_button.isEnabled():
            self.correct_selected()

    def edit_selected(self) -> bool:
        record = self.selected()
        if record is None or not self.edit_button.isEnabled():
            return False
        return self._service_dialog(record, EDIT)

    def correct_selected(self) -> bool:
        record = self.selected()
        if record is None or not self.correct_button.isEnabled():
            return False
        return self._service_dialog(record, CORRECT)

    def _service_dialog(self, record: ServiceRecord | None, mode: str) -> bool:
        assert self.case is not None
        self.clear_messages()
        dialog = ServiceRecordDialog(workspace=self.ws, case=self.case, record=record,
                                     mode=mode, parent=self)
        if not self._run(dialog) or dialog.record is None:
            return False
        stored = dialog.record
        texts = {ADD: tr("Service recorded."), EDIT: tr("Service changed."),
                 CORRECT: tr("Service corrected: its earlier values are shown below.")}
        self.tell(texts[mode])
        self.saved.emit()  # the view reloads the case, and this list with it
        self.select(stored.id)
        return True

    def void_selected(self) -> bool:
        record = self.selected()
        if record is None or not self.void_button.isEnabled():
            return False
        self.clear_messages()
        services, service_id = self.ws.services, record.id
        what = f"{fmt_date(record.provided_on)} — {label(record.category)}"
        dialog = VoidServiceDialog(what=what, action=lambda reason: services.void(service_id,
                                                                                  reason),
                                   parent=self)
        if not self._run(dialog):
            return False
        self.tell(tr("Service voided: it stays in the list, struck through, and no longer "
                     "counts in reports."))
        self.saved.emit()
        self.select(service_id)
        return True

    # --- messages --------------------------------------------------------------------------

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
