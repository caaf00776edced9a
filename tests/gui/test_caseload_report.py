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
    """Open the report dialog, wait for its preview, save what it previewed."""
    window.report.choose_save = lambda *_a: str(target)
    window.report.show_dialog = lambda dialog: None  # not shown: no window needed
    assert window.report.run()
    dialog = window.report.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert dialog.preview.page_count() == dialog.report.pages >= 1  # the preview shows it
    with qtbot.waitSignal(window.report.saved, timeout=20_000) as saved:
        assert dialog.save()
    return all_text(Path(saved.args[0]).read_bytes())


def test_the_dialog_says_which_filters_it_uses_before_saving(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    main_window.set_discreet(False)
    main_window.caseload.filters.search_edit.setText("Zyxwvut")
    main_window.report.choose_save = lambda *_a: ""  # the person cancels the file dialog
    main_window.report.show_dialog = lambda dialog: None
    assert main_window.report.run()
    dialog = main_window.report.dialog
    assert dialog is not None
    assert "search “Zyxwvut”" in dialog.ui.filters.text()
    assert not dialog.ui.save_button.isEnabled()  # nothing to save until the preview is made
    with qtbot.waitSignal(dialog.made, timeout=20_000):
        pass
    assert dialog.ui.save_button.isEnabled() and dialog.ui.print_button.isEnabled()
    assert not dialog.save()  # cancelled: nothing written
    assert not list(tmp_path.glob("*.pdf"))
    dialog.ui.language.setCurrentIndex(1)  # another language: made again before saving
    assert not dialog.ui.save_button.isEnabled()
    with qtbot.waitSignal(dialog.made, timeout=20_000) as made:
        dialog.refresh()
    assert "Informe de casos" in all_text(made.args[0].pdf)
    main_window.set_discreet(True)
    assert main_window.report.run()
    dialog = main_window.report.dialog
    assert dialog is not None
    assert "Zyxwvut" not in dialog.ui.filters.text()
    assert "Discreet mode" in dialog.ui.hint.text()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)


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
