"""The intake's possible-duplicate warning, with names and in discreet mode."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from nap_desktop.gui.case.new_case import NewCaseDialog
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.workspace import Workspace
from tests.gui.conftest import PLANTED_NAME


def _plant(ws: Workspace) -> tuple[str, str]:
    client = ws.cases.create_client(PersonalInput(legal_name=PLANTED_NAME,
                                                  date_of_birth=date(1991, 3, 4)))
    return client.id, client.case_number


def _views(ws: Workspace) -> int:
    with ws.ctx.read() as s:
        return int(s.execute(text("SELECT count(*) FROM audit_events WHERE action = "
                                  "'client.view'")).scalar() or 0)


def _type(qtbot: QtBot, dialog: NewCaseDialog, name: str) -> None:
    dialog.dob.set_value(date(1991, 4, 3))  # day and month swapped (set quietly)
    with qtbot.waitSignal(dialog.duplicates.checked, timeout=5000):
        dialog.legal_name.setText(name)


def _texts(dialog: NewCaseDialog) -> list[str]:
    return [w.text() for w in dialog.duplicates.findChildren(QLabel)]


def test_the_warning_lists_a_likely_match_with_its_name_and_reasons(
        qtbot: QtBot, workspace: Workspace) -> None:
    client_id, number = _plant(workspace)
    dialog = NewCaseDialog(workspace=workspace, discreet=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.duplicates.isHidden()
    _type(qtbot, dialog, "Plantedname Zyxwvut")  # family name first
    assert dialog.duplicates.isVisible()
    shown = " ".join(_texts(dialog))
    assert number in shown and PLANTED_NAME in shown and "day/month swapped" in shown
    assert _views(workspace) == 1  # the name shown was recorded as viewed
    # Nothing blocks creating the case anyway; opening the match creates nothing.
    assert dialog.create_button.isEnabled()
    button = next(b for b in dialog.duplicates.findChildren(QPushButton) if number in b.text())
    button.click()
    assert dialog.open_instead == client_id and dialog.client_id is None
    assert not dialog.isVisible()


def test_in_discreet_mode_only_the_case_number_shows(qtbot: QtBot,
                                                     workspace: Workspace) -> None:
    _client_id, number = _plant(workspace)
    dialog = NewCaseDialog(workspace=workspace, discreet=True)
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog, "Zyxwvut Plantedname")
    shown = " ".join(_texts(dialog)) + " ".join(
        b.text() + b.accessibleName() for b in dialog.duplicates.findChildren(QPushButton))
    assert number in shown
    assert "Plantedname" not in shown.replace("Zyxwvut Plantedname", "") and \
        PLANTED_NAME not in shown and "1991" not in shown and "swapped" not in shown
    assert _views(workspace) == 0  # nothing revealed, nothing to record


def test_no_warning_for_a_different_person(qtbot: QtBot, workspace: Workspace) -> None:
    _plant(workspace)
    dialog = NewCaseDialog(workspace=workspace, discreet=False)
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog, "Rosa Intake-Test")
    assert dialog.duplicates.isHidden() and dialog.duplicates.candidates == []
