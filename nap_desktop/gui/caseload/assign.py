"""Edit ▸ Assign… (Ctrl+Shift+A) and the caseload's context menu: assign the case on
screen, or the cases of the rows selected in the caseload, to a worker with a reason.
Supervisors and administrators; the service refuses anyone else by itself."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from nap_desktop.domain.enums import Role
from nap_desktop.domain.rules import role_at_least
from nap_desktop.gui.caseload.model import CLIENT_ID_ROLE


class AssignAction(QObject):
    """The action and the work behind it; the window's ``run_dialog`` runs the dialog."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(self.tr("&Assign…"), window)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.action.setToolTip(self.tr("Assign the case on screen, or the cases selected in "
                                       "the caseload, to a worker"))
        self.action.triggered.connect(lambda *_a: self.run())
        table = window.caseload.table
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)

    def update_role(self) -> None:
        ws = self.window.workspace
        user = ws.user if ws is not None else None
        allowed = user is not None and role_at_least(user.role, Role.SUPERVISOR)
        self.action.setEnabled(allowed)
        self.action.setToolTip("" if allowed else self.tr("Assigning cases is for supervisors."))

    def _context_menu(self, position: Any) -> None:
        menu = QMenu(self.window.caseload.table)
        menu.addAction(self.action)
        menu.popup(self.window.caseload.table.viewport().mapToGlobal(position))

    def selected_cases(self) -> tuple[list[str], str]:
        """The distinct cases of the selected caseload rows (of those read so far), and
        the first one's case number."""
        table = self.window.caseload.table
        model = table.model()
        rows = sorted({index.row() for index in table.selectionModel().selectedRows()})
        if not rows and table.currentIndex().isValid():
            rows = [table.currentIndex().row()]
        ids: list[str] = []
        label = ""
        for row in rows:
            index = model.index(row, 0)
            client_id = model.data(index, CLIENT_ID_ROLE)
            if client_id and client_id not in ids:
                ids.append(client_id)
                label = label or str(model.data(index) or "")
        return ids, label

    def run(self) -> bool:
        """Open the dialog for the current case or the selection; True once assigned."""
        from nap_desktop.gui.case.assign_dialog import AssignDialog

        ws = self.window.workspace
        if ws is None:
            return False
        view = self.window.current_case()
        if view is not None and view.case is not None:
            ids, label = [view.client_id], view.case.client.case_number
            current = view.case.client.assigned_user_id
        else:
            ids, label = self.selected_cases()
            current = None
        if not ids:
            self.window.statusBar().showMessage(
                self.tr("Select the cases to assign in the caseload first."), 5000)
            return False
        dialog = AssignDialog(workspace=ws, client_ids=ids, case_label=label,
                              current_user_id=current, parent=self.window)
        if not self.window.run_dialog(dialog):
            return False
        self.window.refresh()
        if view is not None:
            view.reload()
        return True
