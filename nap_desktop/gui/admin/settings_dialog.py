"""Settings: idle lock time and the dashboard's waiting threshold (this computer, in
QSettings: numbers only), and discreet mode by default (this vault, supervisors)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QWidget

from nap_desktop.domain.enums import Role
from nap_desktop.gui.caseload.dashboard import AWAITING_DAYS_KEY, DashboardView
from nap_desktop.gui.forms.ui_settings import Ui_SettingsDialog
from nap_desktop.gui.messages import show_error
from nap_desktop.gui.vault.autolock import MAX_MINUTES, MIN_MINUTES, AutoLock, store_minutes
from nap_desktop.services.workspace import Workspace

_ROLE_RANK = {Role.CASEWORKER: 0, Role.SUPERVISOR: 1, Role.ADMIN: 2}


class SettingsDialog(QDialog):
    """Layout: ``ui/settings.ui``; the limits and current values are set here."""

    def __init__(
        self, *, workspace: Workspace, autolock: AutoLock, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.autolock = autolock
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.minutes_spin, self.days_spin = self.ui.minutes_spin, self.ui.days_spin
        self.discreet_check = self.ui.discreet_check
        self.minutes_spin.setRange(MIN_MINUTES, MAX_MINUTES)
        self.minutes_spin.setValue(autolock.minutes)
        self.days_spin.setValue(DashboardView.awaiting_days_setting())
        self.discreet_check.setChecked(workspace.setting("discreet_default", "1") == "1")
        user = workspace.user
        can_change = user is not None and _ROLE_RANK[user.role] >= _ROLE_RANK[Role.SUPERVISOR]
        self.discreet_check.setEnabled(can_change)
        if not can_change:
            self.discreet_check.setToolTip(
                self.tr("Only supervisors and administrators can change this.")
            )

    @property
    def awaiting_days(self) -> int:
        return self.days_spin.value()

    def accept(self) -> None:
        self.autolock.set_minutes(store_minutes(self.minutes_spin.value()))
        QSettings().setValue(AWAITING_DAYS_KEY, self.days_spin.value())
        wanted = "1" if self.discreet_check.isChecked() else "0"
        if self.discreet_check.isEnabled() and wanted != self.workspace.setting(
            "discreet_default", "1"
        ):
            try:
                self.workspace.set_setting("discreet_default", wanted)
            except Exception as error:
                show_error(self, error)
                return
        super().accept()
