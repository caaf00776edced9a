"""Admin ▸ Team sync…: the team server and this computer's fingerprint, how often to sync
(a vault setting, so the whole team follows it) and, for a vault not shared yet, "Make
this vault a team vault…" (``nap team init``). Administrators only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from nap_desktop.gui.forms.ui_team_settings import Ui_TeamSettingsDialog
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.tasks import TaskRunner
from nap_desktop.gui.team.sync import INTERVAL_KEY, MAX_SECONDS, MIN_SECONDS, interval_seconds
from nap_desktop.gui.transfer.identity_card import fingerprint_font
from nap_desktop.services.team import TeamStatus, init_team

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace


class TeamSettingsDialog(QDialog):
    """Layout: ``ui/team_settings.ui``. ``interval_changed`` (seconds) once saved;
    ``team_made`` once this vault became a team vault."""

    interval_changed = Signal(int)
    team_made = Signal()

    def __init__(self, *, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.ui = Ui_TeamSettingsDialog()
        self.ui.setupUi(self)
        self.tasks = TaskRunner(self)
        self.tasks.busy_changed.connect(self._busy)
        self.ui.busy.hide()
        self.ui.interval_spin.setRange(MIN_SECONDS, MAX_SECONDS)
        self.ui.interval_spin.setValue(interval_seconds(workspace))
        self.ui.fingerprint_value.setFont(fingerprint_font())
        self.ui.init_button.clicked.connect(self.make_team)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        close = self.ui.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(
            self.tr("Save"))
        self.show_status(workspace.team.status())

    def show_status(self, status: TeamStatus) -> None:
        configured = status.configured
        self.ui.server_value.setText(status.server)
        self.ui.fingerprint_value.setText(status.fingerprint)
        shown: tuple[QWidget, ...] = (
            self.ui.server_caption, self.ui.server_value, self.ui.fingerprint_caption,
            self.ui.fingerprint_value, self.ui.interval_label, self.ui.interval_spin)
        for widget in shown:
            widget.setVisible(configured)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setVisible(configured)
        hidden: tuple[QWidget, ...] = (self.ui.init_intro, self.ui.new_server_label,
                                       self.ui.new_server, self.ui.init_button)
        for widget in hidden:
            widget.setVisible(not configured)

    def _busy(self, busy: bool) -> None:
        self.ui.busy.setVisible(busy)
        self.ui.init_button.setEnabled(not busy)

    def make_team(self) -> None:
        """Make this vault a team vault on the server typed (in the background)."""
        dsn = self.ui.new_server.text().strip()
        if not dsn:
            self.ui.message.setText(self.tr("Type the address of the team server."))
            self.ui.new_server.setFocus()
            return
        self.ui.message.clear()
        ws = self.ws
        self.tasks.run(lambda _t: init_team(ws, dsn), on_success=self._made,
                       on_failure=lambda e: self.ui.message.setText(error_text(e)),
                       key="init", blocks_close=True)

    def _made(self, status: TeamStatus) -> None:
        self.show_status(status)
        self.ui.message.setText(self.tr("This vault is now a team vault. Other computers "
                                        "join it with “Join my agency's team…”."))
        self.ui.message.setProperty("styleClass", "hint")
        self.team_made.emit()

    def accept(self) -> None:
        seconds = self.ui.interval_spin.value()
        if seconds != interval_seconds(self.ws):
            try:
                self.ws.set_setting(INTERVAL_KEY, str(seconds))
            except Exception as error:
                self.ui.message.setText(error_text(error))
                return
            self.interval_changed.emit(seconds)
        super().accept()

    def done(self, result: int) -> None:
        if self.tasks.refuse_close():
            return
        super().done(result)
