"""The main window with the real case view: edits survive an auto-lock (in memory only),
closing a case or quitting asks Save / Discard / Cancel, and a save on quit is stored."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction, QKeySequence
from pytestqt.qtbot import QtBot

from nap_desktop.gui.case.view import CaseView
from nap_desktop.gui.main_window import MainWindow
from nap_desktop.gui.widgets.common import Choice
from nap_desktop.services.workspace import Workspace
from nap_desktop.store.vault import Vault
from tests.gui.conftest import (
    ADMIN_PASSPHRASE,
    PLANTED_NAME,
    PlantedCase,
    case_window,
    plant_case,
)
from tests.gui.test_autolock import unlock_again


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace) -> Iterator[MainWindow]:
    win = case_window(qtbot, workspace)
    yield win
    win.autolock.shutdown()


def open_real(window: MainWindow, client_id: str, answer: dict[str, Choice]) -> CaseView:
    view = window.cases.open_case(client_id)
    assert isinstance(view, CaseView)
    view.guard.ask = lambda *_a: answer["choice"]
    return view


@pytest.fixture
def planted(workspace: Workspace) -> PlantedCase:
    return plant_case(workspace)


def test_lock_keeps_edits_in_memory_and_offers_them_back(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, planted: PlantedCase
) -> None:
    answer = {"choice": Choice.DISCARD}
    view = open_real(window, planted.client_id, answer)
    view.show_tab(view.client_tab)
    view.client_tab.form.preferred_name.setText("Ana")
    view.notes_tab.form.body_edit.setPlainText("Draft: court date moved")
    with qtbot.waitSignal(window.locked, timeout=2000):
        window.lock_action.trigger()
    assert window.cases.views() == [] and window.workspace is None
    assert workspace.unlocked.is_locked

    window.ask = lambda *_a: True  # "keep the unsaved changes?" — yes
    unlock_again(qtbot, window, "admin", ADMIN_PASSPHRASE)
    restored = window.cases.view_for(planted.client_id)
    assert isinstance(restored, CaseView) and restored is not view
    assert restored.client_tab.form.preferred_name.text() == "Ana"
    assert restored.notes_tab.form.body_edit.toPlainText() == "Draft: court date moved"
    assert restored.current_tab() is restored.client_tab
    restored.guard.ask = lambda *_a: Choice.SAVE
    assert restored.save()
    assert window.workspace is not None
    stored = window.workspace.cases.get_case(planted.client_id)
    assert stored.client.personal.preferred_name == "Ana"
    assert [n.body for n in stored.notes] == ["Draft: court date moved"]


def test_closing_a_case_tab_asks_save_discard_cancel(
    window: MainWindow, workspace: Workspace, planted: PlantedCase
) -> None:
    answer = {"choice": Choice.CANCEL}
    view = open_real(window, planted.client_id, answer)
    view.client_tab.form.preferred_name.setText("Ana")
    index = window.tabs.indexOf(view)
    assert not window.cases.close_tab(index)
    assert window.cases.view_for(planted.client_id) is view
    answer["choice"] = Choice.DISCARD
    assert window.cases.close_tab(index)
    assert window.cases.views() == []
    assert workspace.cases.get_case(planted.client_id).client.personal.preferred_name == ""


def test_quitting_with_unsaved_edits_can_save_them(
    window: MainWindow, planted: PlantedCase, vault_dir: Path
) -> None:
    answer = {"choice": Choice.CANCEL}
    view = open_real(window, planted.client_id, answer)
    view.referral_tab.form.external.setText("HSI-77")
    window.close()
    assert window.isVisible() and window.workspace is not None  # cancelled
    answer["choice"] = Choice.SAVE
    window.close()
    assert not window.isVisible() and window.workspace is None
    reopened = Workspace.unlock(Vault.open(vault_dir), "admin", ADMIN_PASSPHRASE)
    try:
        ref = reopened.cases.get_case(planted.client_id).referrals[0]
        assert ref.external_case_number == "HSI-77"
    finally:
        reopened.close()


def test_caseload_double_click_opens_the_real_case_and_title_follows_discreet(
    window: MainWindow, planted: PlantedCase
) -> None:
    view: Any = open_real(window, planted.client_id, {"choice": Choice.DISCARD})
    index = window.tabs.indexOf(view)
    assert PLANTED_NAME in window.tabs.tabText(index)
    window.set_discreet(True)
    assert PLANTED_NAME not in window.tabs.tabText(index)
    assert planted.case_number in window.tabs.tabText(index)


def test_ctrl_s_saves_the_case_on_screen_and_ctrl_w_closes_it(
    window: MainWindow, workspace: Workspace, planted: PlantedCase
) -> None:
    answer = {"choice": Choice.CANCEL}
    view = open_real(window, planted.client_id, answer)
    view.referral_tab.form.referring_person.setText("Det. Ruiz")
    assert window.save_action.shortcut().matches(QKeySequence(QKeySequence.StandardKey.Save))
    window.save_action.trigger()
    assert not view.has_unsaved_changes()
    ref = workspace.cases.get_case(planted.client_id).referrals[0]
    assert ref.referring_person == "Det. Ruiz"
    view.client_tab.form.preferred_name.setText("Ana")
    window.close_case_action.trigger()  # Cancel: stays open
    assert window.cases.view_for(planted.client_id) is view
    answer["choice"] = Choice.DISCARD
    window.close_case_action.trigger()
    assert window.cases.views() == []


def test_no_two_actions_share_a_shortcut(window: MainWindow) -> None:
    """Two owners of one key make it ambiguous, and Qt then runs neither."""
    from PySide6.QtGui import QShortcut

    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            text = key.toString()
            assert text not in seen, f"{text}: {seen.get(text)} and {action.text()}"
            seen[text] = action.text()
    for shortcut in window.findChildren(QShortcut):
        text = shortcut.key().toString()
        assert text not in seen, f"{text}: {seen.get(text)} and a shortcut of {shortcut.parent()}"
        seen[text] = repr(shortcut.parent())
    assert {"Ctrl+S", "Ctrl+W", "Ctrl+L", "Ctrl+N", "Ctrl+F", "Ctrl+D"} <= set(seen)


def test_after_a_lock_the_unlock_dialog_offers_the_person_who_was_working(
    qtbot: QtBot, window: MainWindow, workspace: Workspace
) -> None:
    from nap_desktop.gui.transfer.partners import PartnersDialog

    window.lock_now()
    unlock_again(qtbot, window, "marcus", "quiet harbor pebble 58 mint")
    partners = PartnersDialog(workspace=window.workspace, parent=window)
    partners.show()
    with qtbot.waitSignal(window.locked, timeout=2000):
        window.lock_now()
    assert not partners.isVisible()  # an open admin dialog closes with the lock
    assert window.unlock_dialog is not None
    assert window.unlock_dialog.user_combo.currentText() == "marcus"


def test_alt_number_brings_a_case_tab_forward(qtbot: QtBot, window: MainWindow,
                                              planted: PlantedCase) -> None:
    from PySide6.QtCore import Qt

    view = open_real(window, planted.client_id, {"choice": Choice.DISCARD})
    view.referral_tab.form.referring_person.setFocus()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert view.current_tab() is view.housing_tab
    assert view.tabs.tabToolTip(3) == "Alt+4"


def test_ctrl_f_from_the_caseload_list_goes_to_the_search_box(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtCore import Qt

    window.activateWindow()
    window.tabs.setCurrentWidget(window.caseload)
    window.caseload.table.setFocus()
    qtbot.keyClick(window.caseload.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is window.caseload.filters.search_edit


def test_a_lock_clears_the_search_and_the_list_it_narrowed(
    qtbot: QtBot, window: MainWindow, planted: PlantedCase
) -> None:
    plant_case(window.workspace, name="Another Plantedperson")  # type: ignore[arg-type]
    window.refresh()
    model = window.caseload_model
    qtbot.waitUntil(lambda: model.rowCount() == 2 and not model.busy, timeout=10_000)
    everything = model.rowCount()
    window.tabs.setCurrentWidget(window.caseload)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        window.caseload.filters.search_edit.setText(planted.case_number)
    assert model.rowCount() == 1
    window.lock_now()
    assert model.filter.search == ""  # no search text kept while locked
    unlock_again(qtbot, window, "admin", ADMIN_PASSPHRASE)
    qtbot.waitUntil(lambda: not model.busy, timeout=10_000)
    assert window.caseload.filters.search_edit.text() == ""
    assert model.rowCount() == everything  # the list is what the empty box says


def test_help_lists_every_shortcut_the_window_answers_to(
    qtbot: QtBot, window: MainWindow
) -> None:
    help_action = next(
        a for a in window.findChildren(QAction) if a.text() == "&Keyboard shortcuts"
    )
    help_action.trigger()
    dialog = window.shortcuts_dialog
    assert dialog is not None and dialog.isVisible()
    rows = dialog.rows()  # type: ignore[attr-defined]
    listed = {keys for keys, _what in rows}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            assert any(key.toString() in keys for keys in listed), key.toString()
    assert ("Ctrl+L", "Lock (File)") in rows
    assert any(keys == "Esc" and "clear the search" in what for keys, what in rows)
    dialog.close()


def test_opening_a_caseload_row_shows_that_rows_referral(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, planted: PlantedCase
) -> None:
    """A client with two referrals: each row opens the case on its own referral, the
    case tab already open included."""
    from nap_desktop.domain.enums import ReferralDirection, ServiceType

    partner = next(a for a in workspace.agencies.list(include_self=False))
    second = workspace.referrals.create(
        client_id=planted.client_id, from_agency_id=workspace.agency.id,
        to_agency_id=partner.id, direction=ReferralDirection.BETWEEN_PROVIDERS,
        services=[ServiceType.HOUSING],
    )
    first = next(r.id for r in workspace.cases.get_case(planted.client_id).referrals
                 if r.id != second.id)
    window.refresh()
    model = window.caseload_model
    qtbot.waitUntil(lambda: model.rowCount() == 2 and not model.busy, timeout=10_000)
    from nap_desktop.gui.caseload.model import REFERRAL_ID_ROLE

    rows = {model.index(r, 0).data(REFERRAL_ID_ROLE): r for r in range(2)}
    for referral_id in (first, second.id, first):
        window.caseload._open_row(rows[referral_id])
        view = window.cases.view_for(planted.client_id)
        assert isinstance(view, CaseView)
        assert view.referral_tab.selected_id() == referral_id
        assert view.current_tab() is view.referral_tab
