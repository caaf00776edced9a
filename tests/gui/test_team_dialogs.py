"""The team dialogs with a fake TeamService: devices (approve by the fingerprint read
aloud, remove with a reason; only administrators see the entry), team settings, and the
join wizard (a wrong server address, waiting for the approval, cancel)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from nap_desktop.domain.errors import ValidationError
from nap_desktop.domain.messages import N_
from nap_desktop.gui.main_window import MainWindow
from nap_desktop.gui.team.device_forms import ApproveDeviceDialog, RemoveDeviceDialog
from nap_desktop.gui.team.devices import DevicesDialog
from nap_desktop.gui.team.join import JoinWizard
from nap_desktop.gui.team.settings import TeamSettingsDialog
from nap_desktop.gui.team.sync import INTERVAL_KEY
from nap_desktop.gui.vault.autolock import AutoLock
from nap_desktop.services.team import DeviceView, JoinRequest
from nap_desktop.services.vaults import open_vault
from nap_desktop.services.workspace import Workspace
from nap_desktop.sync.errors import ServerUnreachable
from tests.gui.conftest import MARCUS_PASSPHRASE
from tests.gui.team_fakes import FINGERPRINT, FakeTeam, english, team_status, use_fake

NOW = datetime(2026, 12, 7, 15, 0, tzinfo=UTC)


def device(device_id: str, state: str, user: str = "", this: bool = False) -> DeviceView:
    return DeviceView(device_id=device_id, fingerprint=FINGERPRINT if state == "pending"
                      else f"AAAA-{device_id.upper()}", state=state, user_name=user,
                      registered_at=NOW, approved_at=NOW if state != "pending" else None,
                      removed_at=NOW if state == "removed" else None, this_device=this)



@pytest.fixture(autouse=True)
def _english(qapp: QCoreApplication) -> Iterator[None]:
    yield from english(qapp)


@pytest.fixture
def fake(workspace: Workspace) -> FakeTeam:
    team = use_fake(workspace, FakeTeam())
    team.devices_list = [device("d-this", "approved", "admin", this=True),
                         device("d-new", "pending"), device("d-lap", "approved", "marcus"),
                         device("d-old", "removed", "marcus")]
    return team


@pytest.fixture
def devices(qtbot: QtBot, workspace: Workspace, fake: FakeTeam) -> Iterator[DevicesDialog]:
    dialog = DevicesDialog(workspace=workspace)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 4)
    yield dialog


def test_devices_lists_pending_first_without_its_whole_fingerprint(
        devices: DevicesDialog) -> None:
    texts = [row.cells for row in devices.model.rows]
    assert texts[0][0] == "New computer K7QD-…" and texts[0][2] == "Waiting for approval"
    assert FINGERPRINT not in " ".join(" ".join(t) for t in texts)
    assert {t[2] for t in texts[1:]} == {"Approved", "Removed"}
    assert devices.status.text() == "1 computer waits for your approval."


def test_approve_sends_the_typed_fingerprint_and_the_user(
        qtbot: QtBot, devices: DevicesDialog, fake: FakeTeam, workspace: Workspace) -> None:
    devices.select("d-new")
    assert devices.ui.approve_button.isEnabled() and not devices.ui.remove_button.isEnabled()
    seen: list[QDialog] = []

    def fill(dialog: QDialog) -> int:
        assert isinstance(dialog, ApproveDeviceDialog)
        seen.append(dialog)
        dialog.action.click()  # nothing typed: it says what is missing, calls nothing
        assert "fingerprint" in dialog.message.text() and fake.approved == []
        dialog.fingerprint.setText(FINGERPRINT.lower())
        combo = dialog.user_combo
        combo.setCurrentIndex(next(i for i in range(combo.count())
                                   if "marcus" in combo.itemText(i)))
        with qtbot.waitSignal(dialog.accepted):
            dialog.action.click()
        return 1

    devices.run_dialog = fill
    devices.approve()
    marcus = workspace.users.by_name("marcus").id
    assert fake.approved == [("d-new", FINGERPRINT.lower(), marcus)]
    assert "Approved." in devices.status.text()


def test_a_refused_approval_says_why_and_stays_open(
        qtbot: QtBot, workspace: Workspace, fake: FakeTeam) -> None:
    def refuse(*_a: object) -> None:
        raise ValidationError(N_("That fingerprint does not match the device's keys."))

    fake.approve_device = refuse  # type: ignore[method-assign]
    dialog = ApproveDeviceDialog(workspace=workspace, device=device("d-new", "pending"))
    qtbot.addWidget(dialog)
    dialog.fingerprint.setText("WRONG-1234")
    dialog.user_combo.setCurrentIndex(0)
    with qtbot.waitSignal(dialog.tasks.ended):
        dialog.action.click()
    assert dialog.message.text() == "That fingerprint does not match the device's keys."
    assert dialog.result() == 0


def test_remove_needs_a_reason_and_explains_the_rotation(
        qtbot: QtBot, devices: DevicesDialog, fake: FakeTeam) -> None:
    devices.select("d-this")
    assert not devices.ui.remove_button.isEnabled()  # never this computer
    devices.select("d-lap")
    assert devices.ui.remove_button.isEnabled()

    def fill(dialog: QDialog) -> int:
        assert isinstance(dialog, RemoveDeviceDialog)
        assert "key rotation" in dialog.ui.intro.text()
        assert "marcus" in dialog.ui.device.text()
        dialog.action.click()
        assert fake.removed == [] and "why" in dialog.message.text()
        dialog.reason.setText("Laptop stolen from the car")
        with qtbot.waitSignal(dialog.accepted):
            dialog.action.click()
        return 1

    devices.run_dialog = fill
    devices.remove()
    assert fake.removed == [("d-lap", "Laptop stolen from the car")]


def test_only_administrators_see_the_devices(qtbot: QtBot, workspace: Workspace,
                                             vault_dir: Path) -> None:
    use_fake(workspace, FakeTeam())
    admin_window = MainWindow(workspace=workspace, autolock=AutoLock(minutes=15))
    qtbot.addWidget(admin_window)
    qtbot.waitUntil(lambda: not admin_window.team.sync.syncing)
    assert admin_window.team.devices_action.isVisible()
    assert admin_window.team.settings_action.isVisible()
    admin_window.team.shutdown()
    admin_window.autolock.shutdown()
    workspace.close()
    marcus = Workspace.unlock(open_vault(vault_dir), "marcus", MARCUS_PASSPHRASE)
    use_fake(marcus, FakeTeam())
    window = MainWindow(workspace=marcus, autolock=AutoLock(minutes=15))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.team.sync.syncing)
    assert window.team.sync_action.isVisible()  # everyone syncs
    assert not window.team.devices_action.isVisible()
    assert not window.team.settings_action.isVisible()
    window.team.shutdown()
    window.autolock.shutdown()
    marcus.close()


def test_settings_save_the_interval(qtbot: QtBot, workspace: Workspace, fake: FakeTeam) -> None:
    dialog = TeamSettingsDialog(workspace=workspace)
    qtbot.addWidget(dialog)
    assert dialog.ui.fingerprint_value.text() == FINGERPRINT
    assert dialog.ui.interval_spin.value() == 60
    assert dialog.ui.new_server.isHidden()
    dialog.ui.interval_spin.setValue(120)
    with qtbot.waitSignal(dialog.interval_changed) as blocker:
        dialog.accept()
    assert blocker.args == [120]
    assert workspace.setting(INTERVAL_KEY) == "120"


def test_settings_offer_to_make_a_team_vault(qtbot: QtBot, workspace: Workspace) -> None:
    use_fake(workspace, FakeTeam(team_status(configured=False, server="", fingerprint="")))
    dialog = TeamSettingsDialog(workspace=workspace)
    qtbot.addWidget(dialog)
    assert not dialog.ui.new_server.isHidden() and dialog.ui.interval_spin.isHidden()
    dialog.ui.init_button.click()
    assert dialog.ui.message.text() == "Type the address of the team server."


# --- the join wizard --------------------------------------------------------------------


@pytest.fixture
def wizard(qtbot: QtBot, tmp_path: Path) -> JoinWizard:
    w = JoinWizard(default_dir=tmp_path / "vault")
    qtbot.addWidget(w)
    w.show()
    page = w.server_page
    page.server_edit.setText("host=team.example dbname=nap user=nap")
    page.user_edit.setText("Marcus")
    page.passphrase_edit.setText(MARCUS_PASSPHRASE)
    return w


def test_a_wrong_server_address_says_so_and_writes_nothing(
        qtbot: QtBot, wizard: JoinWizard, tmp_path: Path) -> None:
    def unreachable(*_a: object) -> JoinRequest:
        raise ServerUnreachable()

    wizard.join = unreachable
    with qtbot.waitSignal(wizard.tasks.ended):
        wizard.next()
    assert wizard.currentPage() is wizard.server_page
    assert wizard.server_page.status.text() != ""
    assert not (tmp_path / "vault").exists()


def test_join_shows_the_fingerprint_waits_and_hands_over(
        qtbot: QtBot, wizard: JoinWizard, tmp_path: Path) -> None:
    asked: list[tuple[object, ...]] = []
    answers = [False, True]

    def join(*args: object) -> JoinRequest:
        asked.append(args)
        return JoinRequest(folder=tmp_path / "vault", vault_id="v", device_id="d",
                           fingerprint=FINGERPRINT)

    def finish(_folder: Path, passphrase: str, progress: object = None) -> bool:
        assert passphrase == MARCUS_PASSPHRASE
        return answers.pop(0)

    wizard.join, wizard.finish = join, finish
    wizard.poll_timer.setInterval(10)
    with qtbot.waitSignal(wizard.poll_ended):
        wizard.next()
    assert asked == [(tmp_path / "vault", "host=team.example dbname=nap user=nap", "marcus",
                      MARCUS_PASSPHRASE)]
    assert wizard.currentPage() is wizard.wait_page
    shown = wizard.wait_page.fingerprint.text().replace("\n", "")
    assert shown == FINGERPRINT
    assert "administrator" in wizard.wait_page.ui.intro.text()
    with qtbot.waitSignal(wizard.accepted):
        pass  # the next poll finds the approval
    assert wizard.joined and wizard.user_name == "marcus"
    assert wizard.server_page.passphrase_edit.text() == ""


def test_cancel_stops_waiting(qtbot: QtBot, wizard: JoinWizard, tmp_path: Path) -> None:
    polls: list[bool] = []

    def finish(*_a: object, **_k: object) -> bool:
        polls.append(True)
        return False

    wizard.join = lambda *_a: JoinRequest(folder=tmp_path, vault_id="v", device_id="d",
                                          fingerprint=FINGERPRINT)
    wizard.finish = finish
    with qtbot.waitSignal(wizard.poll_ended):
        wizard.next()
    wizard.reject()
    assert not wizard.poll_timer.isActive()
    assert polls == [True]


def test_a_request_left_in_the_folder_is_taken_up(qtbot: QtBot, wizard: JoinWizard,
                                                  tmp_path: Path) -> None:
    left = JoinRequest(folder=tmp_path / "vault", vault_id="v", device_id="d",
                       fingerprint=FINGERPRINT)
    wizard.pending = lambda _f: left

    def never(*_a: object) -> JoinRequest:
        raise AssertionError("asked twice")

    wizard.join = never
    wizard.finish = lambda *_a, **_k: False
    with qtbot.waitSignal(wizard.poll_ended):
        wizard.next()
    assert wizard.request is left
