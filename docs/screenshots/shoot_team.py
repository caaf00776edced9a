"""Screenshots of team sync (issue #12): the status bar synced and offline, the join
wizard's fingerprint page, the devices dialog (these with a stand-in TeamService: no
server needed) and a sync conflict (two desktops and a throwaway PostgreSQL server).
Called by ``shoot.py``; alone:

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/screenshots/shoot_team.py
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

from nap_desktop.gui.main_window import MainWindow
from nap_desktop.gui.team.devices import DevicesDialog
from nap_desktop.gui.team.join import JoinWizard
from nap_desktop.services.team import DeviceView, JoinRequest, SyncResult, TeamStatus

ROOT = Path(__file__).resolve().parents[2]
FINGERPRINT = "K7QD-2M4X-9FTB-WR3C-JH6P-NV8E-Y5AS-LZ2G"
Save = Callable[[QApplication, QWidget, str], None]


class ShownTeam:
    """Answers as a team vault would, without a server (fictional values)."""

    def __init__(self, status: TeamStatus, devices: list[DeviceView]) -> None:
        self.current, self.listed = status, devices

    def status(self) -> TeamStatus:
        return self.current

    def sync_now(self, progress: Any = None) -> SyncResult:
        return SyncResult(pushed=0, pulled=0, conflicts=0, refused=0)

    def devices(self) -> list[DeviceView]:
        return self.listed


def _devices(now: datetime) -> list[DeviceView]:
    def d(i: str, fp: str, state: str, user: str, this: bool = False) -> DeviceView:
        return DeviceView(device_id=i, fingerprint=fp, state=state, user_name=user,
                          registered_at=now - timedelta(minutes=4), approved_at=now -
                          timedelta(days=20), removed_at=now - timedelta(days=2),
                          this_device=this)
    return [d("1", "QW3E-R5TY-7UIO-P9AS-DF2G-HJ4K-LZ6X-CV8B", "approved", "sofia", True),
            d("2", FINGERPRINT, "pending", ""),
            d("3", "MN7B-V5CX-3ZLK-J9HG-F2DS-A4PO-I6UY-T8RE", "approved", "marcus"),
            d("4", "PL2O-K4MI-6JNU-8HBY-3GVT-5FCR-7DXE-9SZW", "removed", "thu")]


def shoot_team(app: QApplication, window: MainWindow, ws: Any, save: Save) -> None:
    """The shots that need no server, on the demo window."""
    now = datetime.now(UTC)
    status = TeamStatus(configured=True, server="host=nap.shelter.example dbname=nap",
                        device_id="1", fingerprint=_devices(now)[0].fingerprint, cursor=812,
                        pending=3, last_sync=now - timedelta(minutes=2), last_error="",
                        online=True, conflicts=1)
    team = ShownTeam(status, _devices(now))
    ws.__dict__["team"] = team
    window.tabs.setCurrentIndex(1)
    window.team.attach(ws)
    app.processEvents()
    save(app, window, "team-status-synced")
    team.current = replace(status, online=False, last_error="The team server cannot be "
                           "reached.", conflicts=0)
    window.team.sync.read_status()
    save(app, window, "team-status-offline")
    window.team.detach()
    devices = DevicesDialog(workspace=ws, parent=window)
    devices.show()
    while devices.model.rowCount() == 0:
        app.processEvents()
    devices.table.selectRow(0)
    save(app, devices, "team-devices")
    devices.reject()
    wizard = JoinWizard(default_dir=Path(tempfile.gettempdir()) / "joined-vault")
    wizard.join = lambda *_a: JoinRequest(Path("."), "v", "d", FINGERPRINT)
    wizard.finish = lambda *_a, **_k: False
    page = wizard.server_page
    page.server_edit.setText("host=nap.shelter.example dbname=nap user=nap")
    page.user_edit.setText("marcus")
    page.passphrase_edit.setText("x" * 24)
    wizard.show()
    save(app, wizard, "team-join")
    wizard.next()
    wizard.poll_timer.stop()
    save(app, wizard, "team-join-fingerprint")
    wizard.tasks.cancel()
    wizard.hide()
    del ws.__dict__["team"]


def shoot_team_conflict(app: QApplication, save: Save) -> None:
    """A sync conflict made for real: two desktops, a throwaway server."""
    sys.path.insert(0, str(ROOT))
    from nap_desktop.store import kdf
    from tests.sync.pg import throwaway_cluster
    from tests.sync.team_helpers import FAST, add_user, found_team, join

    # throwaway vaults of fictional people: the tests' cheap Argon2id (restored after)
    saved = kdf.MIN_KDF, kdf.DEFAULT_KDF
    kdf.MIN_KDF = kdf.DEFAULT_KDF = FAST
    try:
        _conflict(app, save, throwaway_cluster, found_team, add_user, join)
    finally:
        kdf.MIN_KDF, kdf.DEFAULT_KDF = saved


def _conflict(app: QApplication, save: Save, throwaway_cluster: Any, found_team: Any,
              add_user: Any, join: Any) -> None:
    from nap_desktop.gui.team.conflicts import TeamConflictsDialog
    from nap_desktop.services.cases import PersonalInput

    with throwaway_cluster() as cluster, tempfile.TemporaryDirectory() as tmp:
        dsn = cluster.new_database().dsn
        a = found_team(Path(tmp), dsn)
        add_user(a, "marcus")
        a.sync()
        b = join(a, Path(tmp) / "b", dsn, "marcus")
        client = a.open().cases.create_client(PersonalInput(
            legal_name="Ana Lucía Ferreira", preferred_name="Ana", languages=["Portuguese"]))
        a.sync()
        b.sync()
        for desk, safe in ((a, "Call the shelter line first"), (b, "Text only, after 6 pm")):
            p = desk.open().cases.get_case(client.id).client.personal
            desk.open().cases.update_client(client.id, PersonalInput(
                legal_name=p.legal_name, preferred_name=p.preferred_name,
                languages=list(p.languages), safe_contact_instructions=safe))
        a.sync()
        b.sync()
        a.sync()
        dialog = TeamConflictsDialog(workspace=a.open(), discreet=False)
        dialog.show()
        for row in range(dialog.list_model.rowCount()):  # the one a person cares about
            dialog.list.selectRow(row)
            if "safe_contact_instructions" in dialog.choices.groups:
                break
        save(app, dialog, "team-conflict")
        dialog.reject()
        b.close()
        a.close()


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from shoot import LANG, save  # beside this file

    from nap_desktop.gui.application import create_application
    from nap_desktop.gui.vault.autolock import AutoLock
    from nap_desktop.services.demo import DEMO_PASSPHRASE
    from nap_desktop.services.demo_vault import create_demo_vault
    from nap_desktop.services.vaults import open_vault
    from nap_desktop.services.workspace import Workspace

    app = create_application([sys.argv[0]], language=LANG or None)
    with tempfile.TemporaryDirectory() as tmp:
        create_demo_vault(Path(tmp) / "demo", 300)
        ws = Workspace.unlock(open_vault(Path(tmp) / "demo"), "sofia", DEMO_PASSPHRASE)
        window = MainWindow(workspace=ws, autolock=AutoLock(minutes=15))
        window.resize(1360, 820)
        window.set_discreet(False)
        window.show()
        shoot_team(app, window, ws, save)
        shoot_team_conflict(app, save)
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
