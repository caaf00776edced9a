"""Every control a person can use has an accessible name (what a screen reader says) and a
keyboard path (it takes Tab focus, or a mnemonic or shortcut reaches it), on every main
screen and dialog."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from nap_desktop.gui.admin.settings_dialog import SettingsDialog
from nap_desktop.gui.admin.users import UsersDialog
from nap_desktop.gui.case.assign_dialog import AssignDialog
from nap_desktop.gui.case.dialogs import FormDialog
from nap_desktop.gui.case.new_case import NewCaseDialog
from nap_desktop.gui.case.new_referral import NewReferralDialog
from nap_desktop.gui.case.release_form_dialog import ReleaseFormDialog
from nap_desktop.gui.case.releases_tab import ReleaseForm
from nap_desktop.gui.case.summary_dialog import SummaryDialog
from nap_desktop.gui.case.tabs import default_view_factory
from nap_desktop.gui.case.view import CaseView
from nap_desktop.gui.caseload.report import CaseloadReportDialog
from nap_desktop.gui.grant_reports.dialog import GrantReportsDialog
from nap_desktop.gui.main_window import MainWindow
from nap_desktop.gui.shortcuts_dialog import ShortcutsDialog
from nap_desktop.gui.transfer.partners import PartnersDialog
from nap_desktop.gui.vault.first_run import FirstRunWizard
from nap_desktop.gui.vault.unlock import UnlockDialog
from nap_desktop.gui.widgets.common import Choice
from nap_desktop.services.workspace import Workspace
from nap_desktop.store.vault import Vault
from tests.gui.conftest import plant_case
from tests.gui.work_dialogs import work_dialogs

CONTROLS = (
    QAbstractButton, QLineEdit, QComboBox, QPlainTextEdit, QTextEdit, QAbstractSpinBox,
    QAbstractItemView,
)


def controls(top: QWidget) -> Iterator[QWidget]:
    """The controls of ``top`` a person works with (Qt's own inner parts left out)."""
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or isinstance(widget, QScrollBar):
            continue
        if widget.objectName().startswith("qt_") or isinstance(widget.parent(), QTabBar):
            continue
        parent = widget.parentWidget()
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            continue  # a combo's or date edit's own line edit
        if widget.window().windowType() == Qt.WindowType.Popup:
            continue  # a combo box's drop-down list
        if isinstance(widget, QHeaderView) or (
            isinstance(widget, QToolButton) and isinstance(parent, QLineEdit)
        ):
            continue  # a table's header, a line edit's clear button
        yield widget


def name_of(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "")
    return ""


def keyboard_reachable(widget: QWidget) -> bool:
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return True
    if isinstance(widget, QToolButton) and widget.defaultAction() is not None:
        return not widget.defaultAction().shortcut().isEmpty()  # a toolbar button
    if isinstance(widget, QAbstractButton):
        return "&" in widget.text() or not widget.shortcut().isEmpty()
    return False


def problems(top: QWidget) -> list[str]:
    found = []
    for widget in controls(top):
        kind = type(widget).__name__
        label = name_of(widget)
        if not label:
            buddy = next((lab.text() for lab in top.findChildren(QLabel)
                          if lab.buddy() is widget), "")
            where = f"{type(widget.parentWidget()).__name__}/{widget.objectName()}"
            found.append(f"{kind} without an accessible name (buddy label: {buddy!r}, in {where})")
        if not keyboard_reachable(widget):
            found.append(f"{kind} {label!r} cannot be reached from the keyboard")
    return found


def assert_accessible(top: QWidget) -> None:
    found = problems(top)
    assert found == [], f"{type(top).__name__}: " + "\n".join(found)


@pytest.fixture
def window(qtbot: QtBot, demo_workspace: Workspace) -> Iterator[MainWindow]:
    win = MainWindow(workspace=demo_workspace)
    win.cases.view_factory = default_view_factory
    win.ask = lambda *_a: True
    qtbot.addWidget(win)
    win.show()
    yield win
    win.autolock.shutdown()


def test_main_window_and_every_case_tab(window: MainWindow, demo_workspace: Workspace) -> None:
    assert_accessible(window)
    window.tabs.setCurrentWidget(window.insights)  # the Insights tab is built when shown
    assert window.insights.tab is not None and window.insights.tab.panels
    assert_accessible(window.insights)
    planted = plant_case(demo_workspace)
    view = window.cases.open_case(planted.client_id)
    assert isinstance(view, CaseView)
    view.guard.ask = lambda *_a: Choice.DISCARD
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        assert_accessible(view)
    window.set_discreet(False)
    assert_accessible(view)


def test_dialogs(qtbot: QtBot, window: MainWindow, demo_workspace: Workspace) -> None:
    planted = plant_case(demo_workspace)
    case = demo_workspace.cases.get_case(planted.client_id)
    dialogs: list[QWidget] = [
        NewCaseDialog(workspace=demo_workspace, parent=window),
        NewReferralDialog(workspace=demo_workspace, case=case, parent=window),
        UsersDialog(workspace=demo_workspace, parent=window),
        PartnersDialog(workspace=demo_workspace, parent=window),
        SettingsDialog(workspace=demo_workspace, autolock=window.autolock, parent=window),
        SummaryDialog(workspace=demo_workspace, case=case, referral=case.referrals[0],
                      discreet=False, parent=window),
        ReleaseFormDialog(workspace=demo_workspace, case=case, partner_id=None, parent=window),
        FormDialog(ReleaseForm(workspace=demo_workspace, case=case), title="", parent=window),
        CaseloadReportDialog(action=window.report, description="", discreet=False,
                             make=lambda _lang: lambda _task: None, parent=window),
        ShortcutsDialog(window),
        GrantReportsDialog(workspace=demo_workspace, parent=window),
        AssignDialog(workspace=demo_workspace, client_ids=[planted.client_id],
                     case_label=planted.case_number, current_user_id=None, parent=window),
    ]
    dialogs += [dialog for _name, dialog in work_dialogs(demo_workspace, window)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert_accessible(dialog)


def test_unlock_and_first_run(qtbot: QtBot, locked_vault: Vault, vault_dir: Path,
                              tmp_path: Path) -> None:
    unlock = UnlockDialog(vault_dir=vault_dir, vault=locked_vault)
    qtbot.addWidget(unlock)
    assert_accessible(unlock)
    wizard = FirstRunWizard(default_dir=tmp_path / "new-vault")
    qtbot.addWidget(wizard)
    for page_id in wizard.pageIds():
        assert_accessible(wizard.page(page_id))


def test_the_check_finds_a_nameless_control(qtbot: QtBot) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    QLineEdit(box)
    assert problems(box) == ["QLineEdit without an accessible name (buddy label: '', in QWidget/)"]
