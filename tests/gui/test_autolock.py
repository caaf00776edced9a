"""Auto-lock with a fake clock: idle time, Ctrl+L, content cleared, engine dropped,
unsaved edits offered back after unlocking (never written anywhere)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from nap_desktop.domain.errors import VaultError
from nap_desktop.gui.case.tabs import FIXED_TABS
from nap_desktop.gui.main_window import MainWindow
from nap_desktop.gui.vault.autolock import MAX_MINUTES, AutoLock, store_minutes, stored_minutes
from tests.gui.conftest import ADMIN_PASSPHRASE, PLANTED_NAME, FakeMonotonic, plant_case


def unlock_again(qtbot: QtBot, window: MainWindow, user: str, passphrase: str) -> None:
    dialog = window.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.user_combo.setCurrentText(user)
    dialog.passphrase_edit.setText(passphrase)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        dialog.attempt()


def test_idle_timeout_uses_the_injected_clock(qtbot: QtBot) -> None:
    clock = FakeMonotonic()
    lock = AutoLock(minutes=15, clock=clock, tick_ms=60_000)
    lock.resume()
    clock.now += 14 * 60
    lock.check()
    assert lock.active
    lock.note_activity()  # input resets the idle time
    clock.now += 10 * 60
    lock.check()
    assert lock.active
    clock.now += 5 * 60 + 1
    with qtbot.waitSignal(lock.lock_requested, timeout=1000):
        lock.check()
    assert not lock.active
    lock.shutdown()


def test_minutes_are_clamped_and_only_the_number_is_stored() -> None:
    assert store_minutes(90) == MAX_MINUTES
    assert stored_minutes() == MAX_MINUTES
    assert store_minutes(0) == 1
    assert QSettings().allKeys() == ["security/autolock_minutes"]


def test_autolock_clears_content_drops_engine_and_restores_edits(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    ws = main_window.workspace
    assert ws is not None
    planted = plant_case(ws)
    main_window.set_discreet(False)
    main_window.refresh()
    view = main_window.cases.open_case(planted.client_id)
    view.name_edit.setText("Edited but not saved")
    assert main_window.caseload_model.rowCount() > 0

    main_window.fake_clock.now += 15 * 60 + 1  # type: ignore[attr-defined]
    with qtbot.waitSignal(main_window.locked, timeout=1000):
        main_window.autolock.check()

    assert view.cleared and view.name_edit.text() == ""
    assert main_window.tabs.count() == FIXED_TABS  # case tabs closed
    assert main_window.caseload_model.rowCount() == 0
    assert main_window.dashboard.model.rowCount() == 0
    assert main_window.workspace is None
    assert ws.unlocked.is_locked
    with pytest.raises(VaultError):
        ws.unlocked.engine  # noqa: B018 - the engine is gone
    assert not main_window.isVisible()
    assert PLANTED_NAME not in repr(main_window.cases._client_of)

    asked: list[str] = []
    main_window.ask = lambda _p, _t, text: asked.append(text) or True
    unlock_again(qtbot, main_window, "admin", ADMIN_PASSPHRASE)
    assert asked and "unsaved changes" in asked[0]
    assert planted.case_number in asked[0]  # which case: by number, never by name
    assert PLANTED_NAME not in asked[0]
    restored = main_window.cases.view_for(planted.client_id)
    assert restored is not None and restored is not view
    assert restored.name_edit.text() == "Edited but not saved"
    assert main_window.caseload_model.rowCount() > 0
    assert main_window.isVisible() and main_window.autolock.active


def test_ctrl_l_locks_and_another_user_does_not_get_the_edits(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    from tests.gui.conftest import MARCUS_PASSPHRASE

    planted = plant_case(main_window.workspace)  # type: ignore[arg-type]
    view = main_window.cases.open_case(planted.client_id)
    view.name_edit.setText("Admin's draft")
    assert main_window.lock_action.shortcut().toString() == "Ctrl+L"
    with qtbot.waitSignal(main_window.locked, timeout=1000):
        main_window.lock_action.trigger()
    asked: list[str] = []
    main_window.ask = lambda _p, _t, text: asked.append(text) or True
    unlock_again(qtbot, main_window, "marcus", MARCUS_PASSPHRASE)
    assert asked == []
    assert main_window.cases.views() == []
    assert main_window.workspace is not None and main_window.workspace.user is not None
    assert main_window.workspace.user.name == "marcus"
    assert "Marcus Lee" in main_window.user_label.text()
