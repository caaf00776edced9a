"""The main window's team sync: File ▸ Sync now (Ctrl+Shift+S), Admin ▸ Devices… and
Admin ▸ Team sync…, the status in the status bar, and what follows a sync. The window
builds one :class:`TeamActions` and tells it when it attaches, locks and closes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu

from nap_desktop.domain.enums import Role
from nap_desktop.gui.team.refresh import refresh_after_pull
from nap_desktop.gui.team.status_bar import TeamStatusWidget
from nap_desktop.gui.team.sync import TeamSync
from nap_desktop.gui.transfer.common import run_modal
from nap_desktop.services.team import SyncResult, TeamStatus

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace

SYNC_NOW_KEYS = "Ctrl+Shift+S"


class TeamActions(QObject):
    def __init__(self, window: Any, *, admin_menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        #: Runs a modal dialog (tests replace it to fill the dialog in).
        self.run_dialog: Callable[[QDialog], int] = run_modal
        self.sync = TeamSync(self)
        self.sync_action = QAction(self.tr("S&ync now"), window)
        self.sync_action.setToolTip(self.tr("Send this computer's changes to the team server "
                                            "and fetch the team's (%1)").replace(
                                                "%1", SYNC_NOW_KEYS))
        self.sync_action.triggered.connect(self.sync_now)
        before = window.change_passphrase_action  # File ▸ Sync now, above the passphrase
        for menu in before.associatedObjects():
            if isinstance(menu, QMenu):
                menu.insertAction(before, self.sync_action)
        self.conflicts_action = QAction(self.tr("Sync conflic&ts…"), window)
        self.conflicts_action.triggered.connect(self.open_conflicts)
        for menu in before.associatedObjects():
            if isinstance(menu, QMenu):
                menu.insertAction(before, self.conflicts_action)
        self.devices_action = QAction(self.tr("&Devices…"), window)
        self.devices_action.triggered.connect(self.open_devices)
        self.settings_action = QAction(self.tr("Team s&ync…"), window)
        self.settings_action.triggered.connect(self.open_settings)
        admin_menu.addSeparator()
        admin_menu.addActions([self.devices_action, self.settings_action])
        self.widget = TeamStatusWidget(self.sync_action)
        # after the one normal widget (who is working), before the discreet badge
        window.statusBar().insertPermanentWidget(1, self.widget)
        self.widget.conflicts_requested.connect(self.open_conflicts)
        self.sync.status_changed.connect(self._status_changed)
        self.sync.syncing_changed.connect(self._syncing_changed)
        self.sync.synced.connect(self._synced)
        self.sync.failed.connect(self._failed)
        self._asked = False  # the person pressed Sync now: tell them how it went
        self._update_actions(None)

    # --- from the window ------------------------------------------------------------------

    def attach(self, workspace: Workspace) -> None:
        self.sync.attach(workspace)

    def detach(self) -> None:
        self.sync.detach()

    def shutdown(self) -> None:
        self.sync.shutdown()

    # --- actions ------------------------------------------------------------------------

    def sync_now(self) -> None:
        """Sync now: one sync unless one is running (then it is that one)."""
        if self.window.workspace is None:
            return
        self._asked = True
        if not self.sync.sync_now() and not self.sync.syncing:
            self._asked = False

    def open_conflicts(self) -> None:
        """The sync conflicts (from the status bar's count, or File ▸ Sync conflicts…)."""
        from nap_desktop.gui.team.conflicts import TeamConflictsDialog

        def build(ws: Workspace) -> QDialog:
            dialog = TeamConflictsDialog(workspace=ws, discreet=self.window.discreet,
                                         parent=self.window)
            dialog.resolved.connect(lambda *_a: refresh_after_pull(self.window))
            return dialog

        self._run(build)
        if self.window.workspace is not None:
            self.sync.read_status()  # the count

    def open_devices(self) -> None:
        from nap_desktop.gui.team.devices import DevicesDialog

        self._run(lambda ws: DevicesDialog(workspace=ws, parent=self.window))

    def open_settings(self) -> None:
        from nap_desktop.gui.team.settings import TeamSettingsDialog

        def build(ws: Workspace) -> QDialog:
            dialog = TeamSettingsDialog(workspace=ws, parent=self.window)
            dialog.interval_changed.connect(self.sync.set_interval)
            dialog.team_made.connect(lambda: made.append(True))
            return dialog

        made: list[bool] = []

        self._run(build)
        if made and self.window.workspace is not None:
            self.sync.attach(self.window.workspace)  # a team vault now: status, timer

    def _run(self, build: Callable[[Workspace], QDialog]) -> None:
        ws = self.window.workspace
        if ws is None:
            return
        try:
            dialog = build(ws)
        except Exception as error:
            self.window.report_error(self.window, error)
            return

        def close() -> None:
            dialog.done(QDialog.DialogCode.Rejected)

        self.window.locked.connect(close)  # its content goes with the lock
        try:
            self.run_dialog(dialog)
        finally:
            self.window.locked.disconnect(close)
            dialog.deleteLater()

    # --- what the sync says -----------------------------------------------------------

    def _status_changed(self, status: TeamStatus | None) -> None:
        self.widget.show_status(status, syncing=self.sync.syncing)
        self._update_actions(status)

    def _syncing_changed(self, syncing: bool) -> None:
        self.widget.show_status(self.sync.status, syncing=syncing)

    def _update_actions(self, status: TeamStatus | None) -> None:
        ws = self.window.workspace
        admin = ws is not None and ws.user is not None and ws.user.role is Role.ADMIN
        configured = status is not None and status.configured
        self.sync_action.setVisible(configured)
        # no key while hidden: the shortcuts list shows every key the window answers to
        self.sync_action.setShortcut(QKeySequence(SYNC_NOW_KEYS if configured else ""))
        self.sync_action.setEnabled(configured)
        self.conflicts_action.setVisible(configured)
        self.devices_action.setVisible(admin and configured)
        self.settings_action.setVisible(admin and status is not None)

    def _synced(self, result: SyncResult) -> None:
        if result.pulled:
            refresh_after_pull(self.window)
        if self._asked:
            self._asked = False
            self.window.statusBar().showMessage(self._result_text(result), 10_000)

    def _result_text(self, result: SyncResult) -> str:
        text = self.tr("Synced: sent %1, received %2.").replace(
            "%1", str(result.pushed)).replace("%2", str(result.pulled))
        if result.conflicts:
            text += " " + self.tr("%n new sync conflict(s) wait for a decision.", "",
                                  result.conflicts)
        if result.refused:
            text += " " + self.tr("%n change(s) from the team were refused (not allowed "
                                  "for their author).", "", result.refused)
        return text

    def _failed(self, message: str) -> None:
        if self._asked:  # the person asked: say why, in the status bar (never a modal)
            self._asked = False
            self.window.statusBar().showMessage(message, 15_000)
