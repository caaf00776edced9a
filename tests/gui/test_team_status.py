"""The team sync status in the main window: what it says after a sync, offline and after
a failure, Sync now, the background timer (paused while locked), the conflicts button."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from nap_desktop.gui.application import install_translators
from nap_desktop.gui.caseload.model import REFERRAL_ID_ROLE
from nap_desktop.gui.main_window import MainWindow
from nap_desktop.gui.team import texts
from nap_desktop.gui.vault.autolock import AutoLock
from nap_desktop.services.workspace import Workspace
from tests.gui.conftest import FakeCaseView
from tests.gui.team_fakes import FakeTeam, english, team_status, use_fake


@pytest.fixture(autouse=True)
def _english(qapp: QCoreApplication) -> Iterator[None]:
    yield from english(qapp)


@pytest.fixture
def fake(demo_workspace: Workspace) -> FakeTeam:
    return use_fake(demo_workspace, FakeTeam())


@pytest.fixture
def window(qtbot: QtBot, demo_workspace: Workspace, fake: FakeTeam) -> Iterator[MainWindow]:
    """The window over a team vault: it syncs once as it opens (waited for here)."""
    win = MainWindow(workspace=demo_workspace, autolock=AutoLock(minutes=15))
    win.cases.view_factory = FakeCaseView
    win.ask = lambda *_a: True
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: not win.team.sync.syncing)
    yield win
    win.autolock.shutdown()
    win.team.shutdown()


def state(window: MainWindow) -> str:
    return window.team.widget.state_label.text()


def test_after_a_sync_it_says_when(window: MainWindow, fake: FakeTeam) -> None:
    assert fake.calls == 1  # the sync as the window opened
    assert window.team.widget.isVisible()
    assert state(window) == "Synced just now"
    assert window.team.sync_action.isVisible()


def test_minutes_and_never(qapp: QCoreApplication) -> None:
    now = datetime(2026, 12, 7, 16, 0, tzinfo=UTC)
    assert texts.synced_text(None, now) == "Not synced yet"
    assert texts.synced_text(now - timedelta(seconds=130), now) == "Synced 2 min ago"
    assert texts.synced_text(now - timedelta(hours=3), now).startswith("Synced ")
    assert texts.pending_text(0) == ""
    assert texts.pending_text(3) == "3 changes waiting"
    assert texts.pending_text(1) == "1 change waiting"


def test_spanish(qapp: QCoreApplication) -> None:
    translators = install_translators(qapp, QLocale("es_MX"))  # type: ignore[arg-type]
    try:
        now = datetime(2026, 12, 7, 16, 0, tzinfo=UTC)
        assert texts.synced_text(now - timedelta(seconds=130), now) != "Synced 2 min ago"
        assert texts.pending_text(3) != "3 changes waiting"
        assert "Offline" not in texts.offline_text()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_offline_says_so_without_a_modal(qtbot: QtBot, window: MainWindow,
                                         fake: FakeTeam) -> None:
    fake.mode = "offline"
    fake.current = replace(fake.current, pending=3)
    with qtbot.waitSignal(window.team.sync.failed):
        window.team.sync.sync_in_background()  # a timer tick: nothing modal may appear
    assert state(window) == texts.offline_text()
    assert window.team.widget.pending_label.text() == "3 changes waiting"
    assert "cannot be reached" in window.team.widget.state_label.toolTip()
    assert window.statusBar().currentMessage() == ""  # nobody asked: nothing else said
    fake.mode = "ok"
    with qtbot.waitSignal(window.team.sync.synced):
        window.team.sync.sync_in_background()
    assert state(window) == "Synced just now"
    assert not window.team.widget.pending_label.isVisible()


def test_a_refused_sync_says_it_failed(qtbot: QtBot, window: MainWindow,
                                       fake: FakeTeam) -> None:
    fake.mode = "refused"
    with qtbot.waitSignal(window.team.sync.failed):
        window.team.sync_action.trigger()
    assert state(window) == "The last sync failed — your work is kept"
    assert "Synced" not in state(window)
    # the person asked: the reason is in the status bar (never a modal)
    assert window.statusBar().currentMessage() == "The sync failed; nothing was lost. " \
        "Try again later."


def test_sync_now_runs_one_sync(qtbot: QtBot, window: MainWindow, fake: FakeTeam) -> None:
    fake.gate.clear()  # the sync waits: pressing again meanwhile must not start another
    window.team.sync_action.trigger()
    qtbot.waitUntil(lambda: fake.calls == 2)
    assert state(window) == "Syncing…"
    window.team.sync_action.trigger()
    window.team.sync.sync_in_background()
    with qtbot.waitSignal(window.team.sync.synced):
        fake.gate.set()
    assert fake.calls == 2
    assert window.statusBar().currentMessage() == "Synced: sent 0, received 0."


def test_the_timer_is_paused_while_locked(qtbot: QtBot, window: MainWindow,
                                          fake: FakeTeam, demo_workspace: Workspace) -> None:
    sync = window.team.sync
    assert sync.timer.isActive()
    assert sync.timer.interval() == 60_000
    window.lock_now()
    assert not sync.timer.isActive()
    assert not window.team.widget.isVisible() or window.isHidden()
    assert sync.sync_now() is False  # locked: nothing starts, whatever asks
    sync.timer.timeout.emit()
    assert fake.calls == 1
    assert window.unlock_dialog is not None
    window.unlock_dialog.close()


def test_a_pull_refreshes_the_open_views(qtbot: QtBot, window: MainWindow,
                                         fake: FakeTeam) -> None:
    fake.pull = 4
    table = window.caseload.table
    window.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: window.caseload_model.rowCount() > 5)
    table.selectRow(3)
    chosen = window.caseload_model.data(window.caseload_model.index(3, 0), REFERRAL_ID_ROLE)
    with qtbot.waitSignal(window.caseload_model.loaded):
        window.team.sync_action.trigger()
    rows = table.selectionModel().selectedRows()
    assert [window.caseload_model.data(r, REFERRAL_ID_ROLE) for r in rows] == [chosen]


def test_conflicts_count_opens_the_conflicts_view(qtbot: QtBot, window: MainWindow,
                                                  fake: FakeTeam) -> None:
    fake.current = replace(fake.current, conflicts=2)
    window.team.sync.read_status()
    button = window.team.widget.conflicts_button
    assert button.isVisible()
    assert button.text() == "2 sync conflicts"
    opened: list[QDialog] = []

    def run(dialog: QDialog) -> int:
        opened.append(dialog)
        return 0

    window.team.run_dialog = run
    button.click()
    assert [type(d).__name__ for d in opened] == ["TeamConflictsDialog"]


def test_a_vault_without_a_team_shows_nothing(qtbot: QtBot, demo_workspace: Workspace) -> None:
    use_fake(demo_workspace, FakeTeam(team_status(configured=False, server="")))
    win = MainWindow(workspace=demo_workspace, autolock=AutoLock(minutes=15))
    qtbot.addWidget(win)
    win.show()
    assert not win.team.widget.isVisible()
    assert not win.team.sync_action.isVisible()
    assert not win.team.devices_action.isVisible()
    assert not win.team.sync.timer.isActive()
    win.autolock.shutdown()
