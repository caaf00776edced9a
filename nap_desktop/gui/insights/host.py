"""What the main window holds in its Insights tab: an empty page until the tab is first
shown. Only then are Qt Charts imported and the figures read, so that start-up loads
nothing of it; while the vault is locked it holds no workspace and reads nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from nap_desktop.services.workspace import Workspace

if TYPE_CHECKING:
    from nap_desktop.gui.insights.tab import InsightsTab


class InsightsPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.tab: InsightsTab | None = None
        self._stale = True  # the figures shown (if any) are not those of this workspace
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def set_workspace(self, workspace: Workspace | None) -> None:
        """The vault unlocked (a workspace) or locked (None: every figure is dropped)."""
        self.workspace = workspace
        self._stale = True
        if workspace is None:
            if self.tab is not None:
                self.tab.clear()
        elif self.isVisible():
            self._show_figures()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.workspace is not None and self._stale:
            self._show_figures()

    def refresh(self) -> None:
        """Edit ▸ Refresh: read again if the tab has been shown (else nothing)."""
        if self.tab is not None and self.workspace is not None:
            self.tab.refresh()

    def _show_figures(self) -> None:
        if self.tab is None:
            from nap_desktop.gui.insights.tab import InsightsTab  # Qt Charts: first show only

            self.tab = InsightsTab(workspace=self.workspace, parent=self)
            self._layout.addWidget(self.tab)
        self.tab.workspace = self.workspace
        self._stale = False
        self.tab.refresh()
