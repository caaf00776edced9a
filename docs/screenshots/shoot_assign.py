"""Screens of issue #11's assignment and date rules, for ``shoot.py`` (kept apart so that
the main script stays a list of screens)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QDate, QItemSelectionModel
from PySide6.QtWidgets import QApplication

from nap_desktop.domain.enums import PlacementStatus, ProgramType
from nap_desktop.gui.case.assign_dialog import AssignDialog
from nap_desktop.gui.main_window import MainWindow


def shoot_assign_and_dates(app: QApplication, window: MainWindow, view: Any,
                           save: Any) -> None:
    """The Assign… dialog over three caseload rows, and a date rule refused at its field."""
    window.tabs.setCurrentIndex(1)
    table, model = window.caseload.table, window.caseload_model
    for row in (0, 1, 2):
        table.selectionModel().select(model.index(row, 0),
                                      QItemSelectionModel.SelectionFlag.Select
                                      | QItemSelectionModel.SelectionFlag.Rows)
    ids, label = window.assign.selected_cases()
    dialog = AssignDialog(workspace=view.ws, client_ids=ids, case_label=label,
                          current_user_id=None, parent=window)
    dialog.worker.setCurrentIndex(max(0, dialog.worker.count() - 1))
    dialog.reason.setText("Caseload balancing while Marcus is on leave")
    dialog.show()
    save(app, dialog, "assign-dialog")
    dialog.reject()
    table.clearSelection()

    window.tabs.setCurrentWidget(view)
    view.show_tab(view.housing_tab)
    view.housing_tab.new_placement()
    form = view.housing_tab.form
    form.program.setCurrentIndex(max(0, form.program.findData(ProgramType.TRANSITIONAL)))
    form.provider.setText("Harbor Housing Partners (demo)")
    form.status.setCurrentIndex(max(0, form.status.findData(PlacementStatus.ACCEPTED)))
    today = view.ws.today()
    for field, value in ((form.referred_on, today - timedelta(days=10)),
                         (form.start, today - timedelta(days=2)),
                         (form.expected_exit, today - timedelta(days=4))):
        field.none_box.setChecked(False)
        field.edit.setDate(QDate(value.year, value.month, value.day))
    form.save()
    save(app, window, "date-rule-error")
    form.revert()
