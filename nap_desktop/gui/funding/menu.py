"""Admin ▸ Funding sources and projects… and Reports ▸ Program activities…, added to the
main window's menus from here so that the window's own code changes by a few lines (the
Reports menu is the window's ``reports_menu``, shared with Grant reports…)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu

from nap_desktop.gui.services_tab.texts import is_supervisor


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class FundingActions:
    """The two menu items; ``update_role`` after each unlock."""

    def __init__(self, window: Any, *, admin_menu: QMenu, reports_menu: QMenu) -> None:
        self.window = window
        self.funding_action = QAction(tr("&Funding sources and projects…"), window)
        self.funding_action.triggered.connect(self.open_funding)
        admin_menu.addAction(self.funding_action)
        self.activities_action = QAction(tr("&Program activities…"), window)
        self.activities_action.triggered.connect(self.open_activities)
        reports_menu.addAction(self.activities_action)
        self.last_dialog: QDialog | None = None

    def update_role(self) -> None:
        """Supervisors and administrators change funding; everyone may read it."""
        ws = self.window.workspace
        user = ws.user if ws is not None else None
        writer = is_supervisor(user.role if user else None)
        tip = "" if writer else tr("Supervisors and administrators change these.")
        self.funding_action.setToolTip(tip)

    def _run(self, dialog: QDialog) -> None:
        self.last_dialog = dialog
        self.window.run_dialog(dialog)
        dialog.deleteLater()

    def open_funding(self) -> None:
        from nap_desktop.gui.funding.dialog import FundingDialog

        if self.window.workspace is not None:
            self._run(FundingDialog(workspace=self.window.workspace, parent=self.window))

    def open_activities(self) -> None:
        from nap_desktop.gui.funding.activities import ProgramActivitiesDialog

        if self.window.workspace is not None:
            self._run(ProgramActivitiesDialog(workspace=self.window.workspace,
                                              parent=self.window))
