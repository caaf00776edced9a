"""Reports ▸ Grant reports…: a report made from the dialog lands where asked with the
SHA-256 it quotes; Stop leaves no file; the data-quality result lists the cases to fix
and Enter opens one; caseworkers see the menu item disabled and told why."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from nap_desktop.domain.errors import NapError
from nap_desktop.gui.grant_reports.dialog import GrantReportsDialog
from nap_desktop.gui.main_window import MainWindow
from nap_desktop.services.workspace import Workspace
from nap_desktop.store.vault import Vault
from tests.gui.conftest import MARCUS_PASSPHRASE
from tests.services.insights_fixture import CANARY, END, START, plant


@pytest.fixture
def planted(workspace: Workspace) -> Workspace:
    users = {u.name: u.id for u in workspace.users.list()}
    plant(workspace.ctx, ana=users["admin"], sofia=users["marcus"])
    return workspace


def open_dialog(qtbot: QtBot, ws: Workspace, target: Path) -> GrantReportsDialog:
    dialog = GrantReportsDialog(workspace=ws, choose_path=lambda *_a: str(target))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(dialog: GrantReportsDialog, kind: str, start: date, end: date,
           fmt: str = "pdf") -> None:
    ui = dialog.ui
    ui.report.setCurrentIndex(ui.report.findData(kind))
    ui.file_type.setCurrentIndex(ui.file_type.findData(fmt))
    ui.from_date.setDate(QDate(start.year, start.month, start.day))
    ui.to_date.setDate(QDate(end.year, end.month, end.day))


def test_a_voca_report_is_written_where_asked_with_its_sha256(
        qtbot: QtBot, planted: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "voca-q2.pdf"
    dialog = open_dialog(qtbot, planted, target)
    choose(dialog, "voca", START, END)
    with qtbot.waitSignal(dialog.finished_report, timeout=30_000) as made:
        assert dialog.make_report()
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    assert made.args[0].sha256 == digest
    assert str(target) in dialog.ui.result.text() and digest[:12] in dialog.ui.result.text()
    assert target.read_bytes().startswith(b"%PDF")
    assert dialog.make_button.isEnabled() and not dialog.stop_button.isEnabled()


def test_stop_leaves_no_file(qtbot: QtBot, planted: Workspace, tmp_path: Path,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The report waits (as a long one would) until Stop; then nothing is written."""
    grants = planted.grant_reports
    real_voca, started = grants.voca, threading.Event()

    def slow_voca(start: date, end: date, *, cancel: Callable[[], bool],
                  **kwargs: Any) -> Any:
        started.set()
        for _ in range(1000):  # at most ten seconds
            if cancel():
                break
            threading.Event().wait(0.01)
        return real_voca(start, end, cancel=cancel, **kwargs)

    monkeypatch.setattr(grants, "voca", slow_voca)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "stopped.csv"
    dialog = open_dialog(qtbot, planted, target)
    choose(dialog, "voca", START, END, fmt="csv")
    assert dialog.make_report()
    qtbot.waitUntil(started.is_set, timeout=10_000)
    assert dialog.stop_button.isEnabled()
    with qtbot.waitSignal(dialog.stopped, timeout=30_000):
        dialog.stop_button.click()
    assert list(out.iterdir()) == []  # not the file, nor a temporary one
    assert "no file was written" in dialog.ui.status.text()
    assert dialog.make_button.isEnabled()


def test_data_quality_lists_the_cases_to_fix_and_enter_opens_one(
        qtbot: QtBot, planted: Workspace, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, planted, tmp_path / "quality.pdf")
    choose(dialog, "quality", START, END)
    assert not dialog.ui.outside.isEnabled()  # it lists case numbers: inside only
    with qtbot.waitSignal(dialog.finished_report, timeout=30_000) as made:
        dialog.make_report()
    cases = made.args[0].cases
    assert cases and dialog.ui.cases.isVisible()
    assert dialog.cases_model.rowCount() == len(cases)
    shown = dialog.cases_model.table.text()
    assert cases[0].case_number in shown and "Gender" in shown
    assert CANARY not in shown  # case numbers only, never a name
    dialog.ui.cases.setFocus()
    dialog.ui.cases.setCurrentIndex(dialog.cases_model.index(0, 0))
    with qtbot.waitSignal(dialog.open_case, timeout=2000) as opened:
        qtbot.keyPress(dialog.ui.cases, Qt.Key.Key_Return)
    assert opened.args == [cases[0].client_id]
    assert not dialog.tasks.busy  # Enter opened the case; it did not make the report again


def test_a_refused_period_says_why_and_writes_nothing(
        qtbot: QtBot, planted: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "across.pdf"
    dialog = open_dialog(qtbot, planted, target)
    choose(dialog, "voca", date(2025, 9, 1), date(2025, 10, 31))  # across 1 October
    with qtbot.waitSignal(dialog.tasks.ended, timeout=30_000):
        dialog.make_report()
    assert dialog.ui.status.text() and not target.exists()


def test_caseworkers_see_the_item_disabled_with_the_reason(
        qtbot: QtBot, workspace: Workspace, vault_dir: Path) -> None:
    window = MainWindow(workspace=workspace)
    qtbot.addWidget(window)
    assert window.grant_reports.action.isEnabled()  # the administrator
    # The dashboard and "My tasks" read in the background at start: let them land before
    # the vault is closed under them (locking the window would cancel them; this test
    # closes the workspace directly, and a read cut short says "The vault is locked.").
    qtbot.waitUntil(lambda: not window.dashboard.runner.busy
                    and not window.dashboard.tasks.runner.busy, timeout=30_000)
    window.autolock.shutdown()
    workspace.close()
    vault = Vault.open(vault_dir)
    marcus = Workspace.unlock(vault, "marcus", MARCUS_PASSPHRASE)
    try:
        window = MainWindow(workspace=marcus)
        qtbot.addWidget(window)
        assert not window.grant_reports.action.isEnabled()
        assert "supervisors" in window.grant_reports.action.toolTip()
        assert not window.grant_reports.run()
        with pytest.raises(NapError):
            marcus.grant_reports.voca(START, END)
        window.autolock.shutdown()
    finally:
        marcus.close()


def test_the_hmis_export_goes_into_a_new_folder(qtbot: QtBot, planted: Workspace,
                                                tmp_path: Path) -> None:
    target = tmp_path / "hmis-export"
    dialog = open_dialog(qtbot, planted, target)
    choose(dialog, "hmis", START, END)
    assert not dialog.ui.file_type.isEnabled() and dialog.ui.hmis_version.isEnabled()
    with qtbot.waitSignal(dialog.finished_report, timeout=30_000) as made:
        assert dialog.make_report()
    outcome = made.args[0]
    assert outcome.path == target and (target / "Export.csv").exists()
    zips = list(target.glob("*.zip"))
    assert len(zips) == 1
    assert hashlib.sha256(zips[0].read_bytes()).hexdigest() == outcome.sha256
    assert outcome.sha256[:12] in dialog.ui.result.text()
    # the same folder again is refused before anything runs: the export needs a new one
    assert not dialog.make_report()
    assert "does not exist yet" in dialog.ui.status.text()


def test_a_case_to_fix_opens_in_the_main_window(qtbot: QtBot, workspace: Workspace) -> None:
    from tests.gui.conftest import FakeCaseView, plant_case

    planted = plant_case(workspace)
    window = MainWindow(workspace=workspace)
    window.cases.view_factory = FakeCaseView
    qtbot.addWidget(window)
    shown: list[object] = []
    window.grant_reports.show_dialog = shown.append
    assert window.grant_reports.run()
    dialog = window.grant_reports.dialog
    assert isinstance(dialog, GrantReportsDialog) and shown == [dialog]
    dialog.open_case.emit(planted.client_id)
    assert window.cases.view_for(planted.client_id) is not None
    window.autolock.shutdown()
