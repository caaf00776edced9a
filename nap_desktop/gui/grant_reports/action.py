"""Reports ▸ Grant reports…: the menu action (supervisors; a caseworker sees it disabled,
with a tooltip saying why) and the dialog it opens. Enter on a case to fix opens that
case the way the caseload does."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from nap_desktop.domain.enums import Role
from nap_desktop.domain.rules import role_at_least


class GrantReportsAction(QObject):
    """Tests replace ``show_dialog`` (the dialog is :attr:`dialog`)."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.show_dialog: Callable[[QDialog], None] = lambda dialog: dialog.open()
        self.dialog: QDialog | None = None
        self.action = QAction(self.tr("&Grant reports…"), window)
        self.action.triggered.connect(lambda *_a: self.run())

    def update_role(self) -> None:
        ws = self.window.workspace
        user = ws.user if ws is not None else None
        allowed = user is not None and role_at_least(user.role, Role.SUPERVISOR)
        self.action.setEnabled(allowed)
        self.action.setToolTip("" if allowed else self.tr("Grant reports are for supervisors."))

    def run(self) -> bool:
        from nap_desktop.gui.grant_reports.dialog import GrantReportsDialog

        ws = self.window.workspace
        if ws is None or not self.action.isEnabled():
            return False
        if self.dialog is not None:
            self.dialog.close()
        dialog = GrantReportsDialog(workspace=ws, parent=self.window if isinstance(
            self.window, QWidget) else None)
        dialog.open_case.connect(self._open_case)
        self.dialog = dialog
        self.show_dialog(dialog)
        return True

    def _open_case(self, client_id: str) -> None:
        self.window.cases.open_case(client_id)
