"""The team GUI against the real PostgreSQL fixture (``tests/sync``): a desktop joins
through the wizard and an administrator approves it in the devices dialog; a change made
on one desktop reaches the other's window by Sync now; two offline edits of one field
become a sync conflict that the status bar counts and the conflicts view resolves; a
wrong server address writes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from nap_desktop.gui.main_window import MainWindow
from nap_desktop.gui.team.conflicts import TeamConflictsDialog
from nap_desktop.gui.team.device_forms import ApproveDeviceDialog
from nap_desktop.gui.team.devices import DevicesDialog
from nap_desktop.gui.team.join import JoinWizard
from nap_desktop.gui.vault.autolock import AutoLock
from tests.gui.team_fakes import english
from tests.sync.conftest import pg, pg_cluster  # noqa: F401 (the fixtures)
from tests.sync.pg import PgDatabase
from tests.sync.team_helpers import USER_PASS, Desk, add_user, fast_kdf, found_team, join


@pytest.fixture(autouse=True)
def _fast(monkeypatch: pytest.MonkeyPatch) -> None:
    fast_kdf(monkeypatch)


@pytest.fixture(autouse=True)
def _english(qapp: QCoreApplication) -> Iterator[None]:
    yield from english(qapp)


def test_join_through_the_wizard_approved_in_the_devices_dialog(
        qtbot: QtBot, tmp_path: Path, pg: PgDatabase) -> None:  # noqa: F811
    admin = found_team(tmp_path, pg.dsn)
    add_user(admin, "cw")
    admin.sync()
    wizard = JoinWizard(default_dir=tmp_path / "b")
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.server_page
    page.server_edit.setText(pg.dsn)
    page.user_edit.setText("cw")
    page.passphrase_edit.setText(USER_PASS)
    wizard.poll_timer.setInterval(50)
    with qtbot.waitSignal(wizard.poll_ended, timeout=60_000):
        wizard.next()  # asks the server, shows the fingerprint, asks once for the approval
    assert wizard.currentPage() is wizard.wait_page and not wizard.joined
    fingerprint = wizard.request.fingerprint if wizard.request else ""
    assert wizard.wait_page.fingerprint.text().replace("\n", "") == fingerprint

    ws = admin.open()
    devices = DevicesDialog(workspace=ws)
    qtbot.addWidget(devices)
    qtbot.waitUntil(lambda: any(r.cells[2] == "Waiting for approval"
                                for r in devices.model.rows), timeout=30_000)
    request = wizard.request
    assert request is not None
    devices.select(request.device_id)

    def approve(dialog: QDialog) -> int:
        assert isinstance(dialog, ApproveDeviceDialog)
        dialog.fingerprint.setText(fingerprint)
        combo = dialog.user_combo
        combo.setCurrentIndex(next(i for i in range(combo.count()) if "(cw," in
                                   combo.itemText(i)))
        with qtbot.waitSignal(dialog.accepted, timeout=60_000):
            dialog.action.click()
        return 1

    devices.run_dialog = approve
    devices.approve()
    with qtbot.waitSignal(wizard.accepted, timeout=120_000):
        pass  # the next poll finds the approval and restores the vault
    assert wizard.folder == tmp_path / "b" and wizard.user_name == "cw"
    b = Desk(tmp_path / "b", "cw", USER_PASS)
    assert b.open().user is not None
    b.close()
    qtbot.waitUntil(lambda: not devices.tasks.busy, timeout=30_000)
    admin.close()


def test_a_wrong_server_address_writes_nothing(qtbot: QtBot, tmp_path: Path,
                                               pg: PgDatabase) -> None:  # noqa: F811
    wizard = JoinWizard(default_dir=tmp_path / "b")
    qtbot.addWidget(wizard)
    wizard.show()
    wrong = pg.dsn.replace("dbname=", "dbname=nosuchdb")
    wizard.server_page.server_edit.setText(wrong)
    wizard.server_page.user_edit.setText("cw")
    wizard.server_page.passphrase_edit.setText(USER_PASS)
    with qtbot.waitSignal(wizard.tasks.ended, timeout=60_000):
        wizard.next()
    assert wizard.currentPage() is wizard.server_page
    assert wizard.server_page.status.text()
    assert not (tmp_path / "b").exists()


def test_sync_now_brings_a_change_and_a_conflict_is_resolved_in_the_view(
        qtbot: QtBot, tmp_path: Path, pg: PgDatabase) -> None:  # noqa: F811
    admin = found_team(tmp_path, pg.dsn)
    add_user(admin, "cw")
    admin.sync()
    b = join(admin, tmp_path / "b", pg.dsn, "cw")
    ws = admin.open()
    window = MainWindow(workspace=ws, autolock=AutoLock(minutes=15))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.team.sync.syncing, timeout=60_000)
    assert window.team.widget.state_label.text() == "Synced just now"

    # B logs a client and syncs; A's Sync now brings it and the caseload shows it
    client = b.open().cases.create_client(
        __import__("nap_desktop.services.cases", fromlist=["PersonalInput"]).PersonalInput(
            legal_name="Maria Example"))
    b.sync()
    with qtbot.waitSignal(window.team.sync.synced, timeout=60_000) as got:
        window.team.sync_action.trigger()
    assert got.args[0].pulled >= 1
    assert ws.cases.get_case(client.id).client.personal.legal_name == "Maria Example"
    assert "received" in window.statusBar().currentMessage()

    # both change the same field before syncing: the later one becomes a conflict
    a_case = ws.cases.get_case(client.id).client
    ws.cases.update_client(client.id, replace(_input(a_case), preferred_name="Mari"))
    with qtbot.waitSignal(window.team.sync.synced, timeout=60_000):
        window.team.sync_action.trigger()
    b_case = b.open().cases.get_case(client.id).client
    b.open().cases.update_client(client.id, replace(_input(b_case), preferred_name="Maruca"))
    result = b.sync()
    assert result.conflicts >= 1  # the name; the client's own row changed on both too
    b.close()
    with qtbot.waitSignal(window.team.sync.synced, timeout=60_000):
        window.team.sync_action.trigger()
    button = window.team.widget.conflicts_button
    qtbot.waitUntil(button.isVisible)
    assert button.text() == f"{result.conflicts} sync conflict" + (
        "s" if result.conflicts > 1 else "")
    seen: list[tuple[str, list[str]]] = []

    def resolve(dialog: QDialog) -> int:
        assert isinstance(dialog, TeamConflictsDialog)
        while dialog.list_model.rowCount():
            dialog.list.selectRow(0)
            assert "Cw" in dialog.heading.text()  # who made the later version, by name
            seen.append((dialog.list_model.rows[0].cells[0], list(dialog.choices.groups)))
            for group in dialog.choices.groups.values():
                group.button(1).setChecked(True)  # take the later value
            before = dialog.list_model.rowCount()
            dialog.apply_merge.click()
            assert dialog.list_model.rowCount() == before - 1, dialog.status.text()
        return 1

    window.team.run_dialog = resolve
    button.click()
    assert ws.cases.get_case(client.id).client.personal.preferred_name == "Maruca"
    assert not button.isVisible()
    assert ("Client", ["preferred_name"]) in seen, seen
    window.team.shutdown()
    window.autolock.shutdown()
    admin.close()


def _input(client: object) -> object:
    from nap_desktop.services.cases import PersonalInput

    p = client.personal  # type: ignore[attr-defined]
    return PersonalInput(legal_name=p.legal_name, preferred_name=p.preferred_name)
