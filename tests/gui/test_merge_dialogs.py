"""Possible duplicates on demand, merging a pair with per-field choices, and undo."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from nap_desktop.domain.enums import ImmigrationRelief
from nap_desktop.gui.case.duplicates_dialog import DuplicatesDialog
from nap_desktop.gui.case.merge_dialog import MergeDialog
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.workspace import Workspace


def _pair(ws: Workspace) -> tuple[str, str]:
    a = ws.cases.create_client(PersonalInput(legal_name="Valentina Hernández López",
                                             date_of_birth=date(1999, 5, 6),
                                             contact_info="555-0100"))
    b = ws.cases.create_client(PersonalInput(legal_name="Balentina Ernandez Lopez",
                                             contact_info="555-0199"))
    return a.id, b.id


def test_merge_with_per_field_choice_then_undo(qtbot: QtBot, workspace: Workspace) -> None:
    a, b = _pair(workspace)
    dialog = DuplicatesDialog(workspace=workspace, discreet=False, client_id=a)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 1
    assert "Balentina" in dialog.table.item(0, 1).text()
    assert dialog.merge_button.isVisible()  # the admin is a supervisor and more

    merge = MergeDialog(workspace=workspace, first=a, second=b)
    qtbot.addWidget(merge)
    merge.show()
    assert {"legal_name", "date_of_birth", "contact_info"} <= set(merge.choices)
    merge.choices["contact_info"].button(1).setChecked(True)  # the duplicate's number
    assert not merge.submit()  # no reason: refused, shown, nothing merged
    assert merge.message.isVisible() and "reason" in merge.message.text().lower()
    merge.reason.setText("Same person, second intake at the clinic")
    assert merge.take_from_other() == frozenset({"contact_info"})
    assert merge.submit()
    kept = workspace.cases.get_case(a).client.personal
    assert kept.contact_info == "555-0199" and kept.legal_name == "Valentina Hernández López"

    dialog.last_merge = merge.merge_id
    dialog.undo_button.setEnabled(True)
    with qtbot.waitSignal(dialog.undone, timeout=5000):
        dialog.undo_button.click()
    assert workspace.cases.get_case(a).client.personal.contact_info == "555-0100"
    assert workspace.cases.get_case(b).client.personal.legal_name == "Balentina Ernandez Lopez"
    assert dialog.table.rowCount() == 1  # found again


def test_caseload_pairs_in_discreet_mode_show_case_numbers_only(
        qtbot: QtBot, workspace: Workspace) -> None:
    _pair(workspace)
    dialog = DuplicatesDialog(workspace=workspace, discreet=True)
    qtbot.addWidget(dialog)
    cells = [dialog.table.item(r, c).text() for r in range(dialog.table.rowCount())
             for c in range(4)]
    assert len(cells) == 4 and all("NAP-" in c for c in cells[:2])
    assert not any("alentina" in c or "1999" in c for c in cells)


def test_the_edit_menu_opens_the_caseload_list(qtbot: QtBot, workspace: Workspace,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from nap_desktop.gui.main_window import MainWindow
    from nap_desktop.gui.vault.autolock import AutoLock

    _pair(workspace)
    shown: list[DuplicatesDialog] = []
    monkeypatch.setattr(DuplicatesDialog, "exec", lambda self: shown.append(self) or 0)
    autolock = AutoLock(minutes=15)
    window = MainWindow(workspace=workspace, autolock=autolock)
    qtbot.addWidget(window)
    try:
        window.set_discreet(True)
        window.duplicates_action.trigger()
        assert len(shown) == 1 and shown[0].client_id is None and shown[0].discreet
        assert shown[0].table.rowCount() == 1
    finally:
        autolock.shutdown()


def test_a_pair_differing_in_many_fields_still_fits_a_laptop_screen(
        qtbot: QtBot, workspace: Workspace) -> None:
    """Ten differing fields made the dialog ~850 px tall: at 768 px the Merge button was off
    screen. The choices scroll instead; the reason and the button keep their place."""
    def client(suffix: str, year: int) -> str:
        return workspace.cases.create_client(PersonalInput(
            legal_name=f"Valentina Hernández {suffix}", preferred_name=f"Vale {suffix}",
            date_of_birth=date(year, 5, 6), languages=["es"] if year == 1999 else ["en"],
            contact_info=f"555-01{year % 100}", safe_contact_instructions=f"Text first {suffix}",
            location=f"Shelter {suffix}", interpreter_needed=year == 1999,
            t_visa=ImmigrationRelief.REQUESTED if year == 1999 else ImmigrationRelief.NONE,
            hhs_letter=ImmigrationRelief.GRANTED if year == 1999 else ImmigrationRelief.NONE,
            )).id
    merge = MergeDialog(workspace=workspace, first=client("López", 1999),
                        second=client("Lopes", 2000))
    qtbot.addWidget(merge)
    assert len(merge.differences) >= 10
    merge.show()
    assert merge.sizeHint().height() <= 700
