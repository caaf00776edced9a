"""Approve a device (the administrator types the fingerprint read to them and chooses
the user) and remove one (with a reason; the vault's key rotates). Both talk to the team
server, so they run through the dialog's :class:`TaskRunner` with a busy bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from nap_desktop.gui.forms.ui_team_approve import Ui_ApproveDeviceDialog
from nap_desktop.gui.forms.ui_team_remove_device import Ui_RemoveDeviceDialog
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.tasks import TaskRunner
from nap_desktop.gui.widgets.labels import label
from nap_desktop.services.team import DeviceView

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace


class DeviceJobDialog(QDialog):
    """What the two dialogs share: a form with ``busy``, ``message`` and ``buttons``, an
    action button added in code, the work run in the background."""

    def _adopt(self, ui: Any, action_text: str, action_name: str) -> None:
        self.busy, self.message = ui.busy, ui.message
        self.busy.hide()
        self.tasks = TaskRunner(self)
        self.tasks.busy_changed.connect(self._busy)
        self.action = QPushButton(action_text)
        self.action.setAccessibleName(action_name)
        self.action.setDefault(True)
        ui.buttons.addButton(self.action, QDialogButtonBox.ButtonRole.AcceptRole)
        ui.buttons.rejected.connect(self.reject)
        self.action.clicked.connect(self.start)

    def _busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.action.setEnabled(not busy)

    def start(self) -> None:
        raise NotImplementedError

    def _run(self, job: Callable[[Any], None]) -> None:
        self.message.clear()
        self.tasks.run(job, on_success=lambda _r: self.accept(), on_failure=self._failed,
                       key="device", blocks_close=True)

    def _failed(self, error: BaseException) -> None:
        self.message.setText(error_text(error))

    def done(self, result: int) -> None:
        if self.tasks.refuse_close():
            return
        super().done(result)


class ApproveDeviceDialog(DeviceJobDialog):
    """Layout: ``ui/team_approve.ui``."""

    def __init__(self, *, workspace: Workspace, device: DeviceView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.device = workspace, device
        self.ui = Ui_ApproveDeviceDialog()
        self.ui.setupUi(self)
        self.fingerprint, self.user_combo = self.ui.fingerprint, self.ui.user_combo
        for user in workspace.users.list():
            if user.active:
                self.user_combo.addItem(f"{user.display_name} ({user.name}, {label(user.role)})",
                                        user.id)
        self.user_combo.setCurrentIndex(-1)
        self._adopt(self.ui, self.tr("&Approve"), self.tr("Approve the device"))

    def start(self) -> None:
        typed = self.fingerprint.text().strip()
        user_id = self.user_combo.currentData()
        if not typed:
            self.message.setText(self.tr("Type the fingerprint the person read to you."))
            self.fingerprint.setFocus()
            return
        if not user_id:
            self.message.setText(self.tr("Choose who works on the new computer."))
            self.user_combo.setFocus()
            return
        team, device_id = self.ws.team, self.device.device_id
        self._run(lambda _t: team.approve_device(device_id, typed, str(user_id)))


class RemoveDeviceDialog(DeviceJobDialog):
    """Layout: ``ui/team_remove_device.ui``."""

    def __init__(self, *, workspace: Workspace, device: DeviceView, device_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.device = workspace, device
        self.ui = Ui_RemoveDeviceDialog()
        self.ui.setupUi(self)
        self.reason = self.ui.reason
        self.ui.device.setText(self.tr("Remove %1 from the team?").replace("%1", device_text))
        self._adopt(self.ui, self.tr("&Remove device"), self.tr("Remove the device"))
        self.action.setDefault(False)  # removing is never what Enter does by accident

    def start(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            self.message.setText(self.tr("Say why the device is removed (it is kept in the "
                                         "audit log)."))
            self.reason.setFocus()
            return
        team, device_id = self.ws.team, self.device.device_id
        self._run(lambda _t: team.remove_device(device_id, reason))
