"""File ▸ Caseload report…: the filtered caseload as a PDF, written owner-only, for
supervisors; discreet mode keeps names out of it."""

from __future__ import annotations

import stat
from pathlib import Path

from pytestqt.qtbot import QtBot

from nap_desktop.gui.main_window import MainWindow
from nap_desktop.services.workspace import Workspace
from tests.gui.conftest import MARCUS_PASSPHRASE, PLANTED_NAME, plant_case
from tests.reports.pdftext import all_text


def make_report(qtbot: QtBot, window: MainWindow, target: Path) -> str:
    window.report.choose_save = lambda *_a: str(target)
    with qtbot.waitSignal(window.report.saved, timeout=20_000) as saved:
        assert window.report.run()
    return all_text(Path(saved.args[0]).read_bytes())


def test_report_follows_the_filter_and_discreet_mode(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    ws = main_window.workspace
    assert ws is not None
    planted = plant_case(ws)
    main_window.set_discreet(False)
    main_window.caseload.filters.search_edit.setText("Zyxwvut")
    text = make_report(qtbot, main_window, tmp_path / "named.pdf")
    assert PLANTED_NAME in text and planted.case_number in text
    assert "search “Zyxwvut”" in text  # the filter is printed in the heading
    assert stat.S_IMODE((tmp_path / "named.pdf").stat().st_mode) == 0o600

    main_window.set_discreet(True)
    text = make_report(qtbot, main_window, tmp_path / "discreet")  # ".pdf" is added
    assert planted.case_number in text and PLANTED_NAME not in text
    assert "Zyxwvut" not in text and "hidden in discreet mode" in text
    assert (tmp_path / "discreet.pdf").exists()


def test_only_supervisors_get_the_report(main_window: MainWindow, demo_workspace: Workspace,
                                         qtbot: QtBot) -> None:
    assert main_window.report.action.isEnabled()  # the administrator
    main_window.lock_now()
    dialog = main_window.unlock_dialog
    assert dialog is not None
    dialog.user_combo.setCurrentText("marcus")
    dialog.passphrase_edit.setText(MARCUS_PASSPHRASE)
    with qtbot.waitSignal(main_window.unlocked, timeout=10_000):
        dialog.attempt()
    assert not main_window.report.action.isEnabled()
    assert "supervisors" in main_window.report.action.toolTip()
