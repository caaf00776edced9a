"""The team dialogs and the status bar: every control has an accessible name and a
keyboard path (``test_accessibility``), and no two visible controls share an access key,
in English and Spanish (``test_mnemonics``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from nap_desktop.gui.application import install_translators
from nap_desktop.gui.main_window import MainWindow
from nap_desktop.gui.team.conflicts import TeamConflictsDialog
from nap_desktop.gui.team.device_forms import ApproveDeviceDialog, RemoveDeviceDialog
from nap_desktop.gui.team.devices import DevicesDialog
from nap_desktop.gui.team.join import JoinWizard
from nap_desktop.gui.team.settings import TeamSettingsDialog
from nap_desktop.gui.vault.autolock import AutoLock
from nap_desktop.services.team import DeviceView
from nap_desktop.services.workspace import Workspace
from tests.gui.team_fakes import FINGERPRINT, FakeTeam, team_status, use_fake
from tests.gui.test_accessibility import problems
from tests.gui.test_mnemonics import clashes


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest, qapp: QCoreApplication) -> Iterator[str]:
    locale = QLocale("es_MX" if request.param == "es" else "en_US")
    translators = install_translators(qapp, locale)  # type: ignore[arg-type]
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)


def pending() -> DeviceView:
    return DeviceView(device_id="d", fingerprint=FINGERPRINT, state="pending", user_name="",
                      registered_at=None, approved_at=None, removed_at=None, this_device=False)


def dialogs(workspace: Workspace, tmp_path: Path) -> list[QWidget]:
    wizard = JoinWizard(default_dir=tmp_path / "vault")
    return [
        DevicesDialog(workspace=workspace),
        ApproveDeviceDialog(workspace=workspace, device=pending()),
        RemoveDeviceDialog(workspace=workspace, device=pending(), device_text="x"),
        TeamSettingsDialog(workspace=workspace),
        TeamConflictsDialog(workspace=workspace, discreet=True),
        wizard.server_page, wizard.wait_page,
    ]


def test_every_team_control_is_named_and_reachable(qtbot: QtBot, workspace: Workspace,
                                                   tmp_path: Path, language: str) -> None:
    use_fake(workspace, FakeTeam())
    found = {}
    for dialog in dialogs(workspace, tmp_path):
        qtbot.addWidget(dialog)
        dialog.show()
        found[type(dialog).__name__] = problems(dialog) + [
            f"access key {k}: {v}" for k, v in clashes(dialog).items()]
    assert {k: v for k, v in found.items() if v} == {}, language


def test_the_settings_of_a_vault_without_a_team(qtbot: QtBot, workspace: Workspace,
                                                language: str) -> None:
    use_fake(workspace, FakeTeam(team_status(configured=False, server="", fingerprint="")))
    dialog = TeamSettingsDialog(workspace=workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    assert problems(dialog) == [] and clashes(dialog) == {}


def test_the_window_with_the_team_status(qtbot: QtBot, workspace: Workspace,
                                         language: str) -> None:
    from dataclasses import replace

    fake = use_fake(workspace, FakeTeam())
    window = MainWindow(workspace=workspace, autolock=AutoLock(minutes=15))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.team.sync.syncing)
    fake.current = replace(fake.current, conflicts=2, pending=3)
    window.team.sync.read_status()
    assert window.team.widget.conflicts_button.isVisible()
    assert problems(window) == []
    assert clashes(window) == {}
    window.team.shutdown()
    window.autolock.shutdown()


def test_join_from_the_first_run_clashes_with_nothing(qtbot: QtBot, tmp_path: Path,
                                                     language: str) -> None:
    from nap_desktop.gui.vault.first_run import FirstRunWizard

    wizard = FirstRunWizard(default_dir=tmp_path / "new-vault")
    qtbot.addWidget(wizard)
    wizard.show()
    found = {}
    for _step in range(3):  # the pages before anything is created
        found[wizard.currentId()] = clashes(wizard)
        wizard.page(wizard.currentId()).setFinalPage(False)
        if wizard.currentId() == 0:
            wizard.agency_page.name_edit.setText("Agency")
        if wizard.currentId() == 1:
            wizard.admin_page.user_edit.setText("admin")
        wizard.next()
    assert {k: v for k, v in found.items() if v} == {}


def test_sync_now_has_a_key_of_its_own(qtbot: QtBot, workspace: Workspace) -> None:
    from nap_desktop.gui.shortcuts_dialog import menu_shortcuts

    use_fake(workspace, FakeTeam())
    window = MainWindow(workspace=workspace, autolock=AutoLock(minutes=15))
    qtbot.addWidget(window)
    keys = [k for k, _what in menu_shortcuts(window)]
    assert "Ctrl+Shift+S" in keys
    assert len(keys) == len(set(keys))
    window.team.shutdown()
    window.autolock.shutdown()
