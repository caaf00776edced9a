"""Admin ▸ Devices…: the computers of the team — approved, waiting for approval (asked to
join), removed — with Approve… and Remove device…. Administrators only (the menu entry is
hidden for others, and the service refuses them too). The list comes from the server for
pending requests, so it is read in the background."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from nap_desktop.gui.forms.ui_team_devices import Ui_DevicesDialog
from nap_desktop.gui.messages import error_text
from nap_desktop.gui.tasks import TaskRunner
from nap_desktop.gui.team.device_forms import ApproveDeviceDialog, RemoveDeviceDialog
from nap_desktop.gui.transfer.common import TableRow, TextTableModel, local_time, run_modal
from nap_desktop.services.team import DeviceView

if TYPE_CHECKING:
    from nap_desktop.services.workspace import Workspace


def short_fingerprint(fingerprint: str) -> str:
    """The first group only: enough to tell requests apart, never enough to approve one
    without the person at that computer reading the whole of it."""
    return fingerprint.split("-", maxsplit=1)[0] + "-…" if fingerprint else ""


class DevicesDialog(QDialog):
    """Layout: ``ui/team_devices.ui``. ``run_dialog`` runs Approve… and Remove… (tests
    replace it)."""

    def __init__(self, *, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.run_dialog: Callable[[QDialog], int] = run_modal
        self.ui = Ui_DevicesDialog()
        self.ui.setupUi(self)
        self.tasks = TaskRunner(self)
        self.model = TextTableModel([self.tr("Device"), self.tr("User"), self.tr("State"),
                                     self.tr("Since")], self)
        self.table, self.status = self.ui.devices, self.ui.status
        self.table.setModel(self.model)
        for column, width in enumerate((470, 130, 170)):
            self.table.setColumnWidth(column, width)
        self.devices: dict[str, DeviceView] = {}
        self.note = ""
        self.ui.approve_button.clicked.connect(self.approve)
        self.ui.remove_button.clicked.connect(self.remove)
        self.ui.close_button.clicked.connect(self.accept)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.resize(960, 460)
        self.refresh()

    def refresh(self, note: str = "") -> None:
        """Read the list again (in the background: pending requests are on the server);
        ``note`` (what was just done) is said before the count."""
        self.note = note
        self.status.setText(note or self.tr("Reading the devices…"))
        team = self.ws.team
        self.tasks.run(lambda _t: team.devices(), on_success=self._show,
                       on_failure=self._failed, key="devices")

    def _failed(self, error: BaseException) -> None:
        self.status.setText(error_text(error))

    def _show(self, devices: list[DeviceView]) -> None:
        order = {"pending": 0, "approved": 1, "removed": 2}
        devices = sorted(devices, key=lambda d: (order.get(d.state, 3), d.user_name))
        self.devices = {d.device_id: d for d in devices}
        self.model.replace([TableRow([self.device_text(d), d.user_name or "—",
                                      self.state_text(d), local_time(self.since(d))],
                                     key=d.device_id, emphasis=d.state == "pending")
                            for d in devices])
        pending = sum(1 for d in devices if d.state == "pending")
        count = (self.tr("%n computer(s) wait for your approval.", "", pending) if pending
                 else self.tr("No computer waits for approval."))
        self.status.setText(f"{self.note} {count}".strip())
        self._update_buttons()

    def device_text(self, device: DeviceView) -> str:
        if device.this_device:
            return self.tr("This computer (%1)").replace("%1", device.fingerprint)
        if device.state == "pending":
            return self.tr("New computer %1").replace("%1", short_fingerprint(device.fingerprint))
        return device.fingerprint

    def state_text(self, device: DeviceView) -> str:
        return {"pending": self.tr("Waiting for approval"), "approved": self.tr("Approved"),
                "removed": self.tr("Removed")}.get(device.state, device.state)

    @staticmethod
    def since(device: DeviceView) -> datetime | None:
        return {"pending": device.registered_at, "approved": device.approved_at,
                "removed": device.removed_at}.get(device.state)

    def selected(self) -> DeviceView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.devices.get(self.model.rows[rows[0].row()].key) if rows else None

    def select(self, device_id: str) -> None:
        for i, row in enumerate(self.model.rows):
            if row.key == device_id:
                self.table.selectRow(i)

    def _update_buttons(self, *_args: object) -> None:
        device = self.selected()
        self.ui.approve_button.setEnabled(device is not None and device.state == "pending")
        self.ui.remove_button.setEnabled(device is not None and device.state == "approved"
                                         and not device.this_device)

    def approve(self) -> None:
        device = self.selected()
        if device is None or device.state != "pending":
            return
        dialog = ApproveDeviceDialog(workspace=self.ws, device=device, parent=self)
        if self.run_dialog(dialog):
            self.refresh(self.tr("Approved. The new computer finishes joining by itself in "
                                 "a moment."))

    def remove(self) -> None:
        device = self.selected()
        if device is None or device.state != "approved" or device.this_device:
            return
        text = self.tr("%1's computer %2").replace("%1", device.user_name or "—").replace(
            "%2", device.fingerprint)
        dialog = RemoveDeviceDialog(workspace=self.ws, device=device, device_text=text,
                                    parent=self)
        if self.run_dialog(dialog):
            self.refresh(self.tr("Removed. The vault's key was changed; the other computers "
                                 "receive the new one at their next sync."))
