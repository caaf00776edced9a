"""The team part of the main window's status bar: synced / syncing / offline, changes
waiting, a button for sync conflicts and one for Sync now. It only shows a
:class:`TeamStatus`; :class:`~nap_desktop.gui.team.sync.TeamSync` decides when."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from nap_desktop.gui.team import texts
from nap_desktop.services.team import TeamStatus

#: The "2 min ago" is said again this often (it reads the status it holds, not the vault).
RETELL_MS = 30_000


class TeamStatusWidget(QWidget):
    """``conflicts_requested`` when the conflicts button is pressed."""

    conflicts_requested = Signal()

    def __init__(self, sync_action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status: TeamStatus | None = None
        self.syncing = False
        self.state_label = QLabel()
        self.state_label.setAccessibleName(self.tr("Team sync status"))
        self.pending_label = QLabel()
        self.pending_label.setAccessibleName(self.tr("Changes waiting to be sent"))
        self.conflicts_button = QPushButton()
        self.conflicts_button.setFlat(True)
        self.conflicts_button.setObjectName("syncConflicts")
        self.conflicts_button.setAccessibleName(self.tr("Open the sync conflicts"))
        self.conflicts_button.clicked.connect(self.conflicts_requested)
        self.sync_button = QToolButton()
        self.sync_button.setDefaultAction(sync_action)
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        for widget in (self.state_label, self.pending_label, self.conflicts_button,
                       self.sync_button):
            layout.addWidget(widget)
        self.retell = QTimer(self)
        self.retell.setInterval(RETELL_MS)
        self.retell.timeout.connect(self.retell_status)
        self.setVisible(False)

    def show_status(self, status: TeamStatus | None, *, syncing: bool = False) -> None:
        """Show ``status`` (``None`` or not configured: the widget hides)."""
        self.status, self.syncing = status, syncing
        self.retell_status()

    def retell_status(self) -> None:
        status = self.status
        if status is None or not status.configured:
            self.setVisible(False)
            self.retell.stop()
            return
        self.state_label.setText(texts.state_text(status, syncing=self.syncing,
                                                  now=datetime.now(UTC)))
        details = texts.details_text(status)
        self.state_label.setToolTip(details)
        self.state_label.setAccessibleDescription(details)
        pending = texts.pending_text(status.pending)
        self.pending_label.setText(pending)
        self.pending_label.setVisible(bool(pending))
        self.conflicts_button.setText(texts.conflicts_text(status.conflicts))
        self.conflicts_button.setVisible(status.conflicts > 0)
        self.setVisible(True)
        if not self.retell.isActive():
            self.retell.start()
