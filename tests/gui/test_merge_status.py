"""After a merge the Possible duplicates dialog says what happened: the pair is gone from
the list, and "No likely duplicates found." used to replace "Merged: ... now holds the
records of ..." at once, so a supervisor never saw the merge confirmed."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from nap_desktop.gui.case.duplicates_dialog import DuplicatesDialog
from nap_desktop.gui.case.merge_dialog import MergeDialog
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.workspace import Workspace


def test_the_merge_and_its_undo_are_confirmed_in_the_dialog(
        qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    a = workspace.cases.create_client(PersonalInput(legal_name="Valentina Hernández López",
                                                    date_of_birth=date(1999, 5, 6)))
    b = workspace.cases.create_client(PersonalInput(legal_name="Balentina Ernandez Lopez"))

    def run(merge: MergeDialog) -> int:
        merge.reason.setText("Same person, second intake at the clinic")
        return int(merge.submit())

    monkeypatch.setattr(MergeDialog, "exec", run)
    dialog = DuplicatesDialog(workspace=workspace, discreet=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 1
    dialog.merge_button.click()
    assert dialog.table.rowCount() == 0  # merged: no pair left
    kept, gone = sorted((a.case_number, b.case_number),
                        key=lambda n: dialog.status.text().find(n))  # whichever pair order
    assert dialog.status.text() == f"Merged: {kept} now holds the records of {gone}."
    assert dialog.undo_button.isEnabled()
    dialog.undo_button.click()
    assert dialog.status.text() == f"Merge undone: {gone} is a case of its own again."
    assert dialog.table.rowCount() == 1
