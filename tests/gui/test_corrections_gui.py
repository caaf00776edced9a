"""Correct… and Void… in the case view, driven as a caseworker would: the dialog asks the
new value and a reason (required), voided entries show struck through with who, when and
why and leave the totals, and the history reads "corrected from $1,200.00 to $1,250.00 by"
with amounts, never a note's text or a reason."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from nap_desktop.gui.case.correction_dialogs import CorrectionDialog
from nap_desktop.services.housing import PlacementInput
from nap_desktop.services.workspace import Workspace
from tests.gui.conftest import PlantedCase
from tests.gui.test_case_view import answering, open_view, planted

__all__ = ["planted"]  # fixture

DAY = date(2026, 11, 2)


def _history(view: Any) -> list[str]:
    model = view.history_tab.model
    return [model.index(r, 2).data() for r in range(model.rowCount())]


def _select(view: Any, row: int) -> None:
    view.selectRow(row)


def test_a_money_entry_corrected_then_voided_from_the_restitution_tab(
        qtbot: QtBot, workspace: Workspace, planted: PlantedCase) -> None:
    workspace.restitution.record_money(planted.matter_id, kind="collected",
                                       amount_cents=120_000, on=DAY)
    view = open_view(qtbot, workspace, planted.client_id)
    tab = view.restitution_tab
    actions = tab.money_actions
    assert not actions.correct_button.isEnabled()  # nothing selected yet
    _select(tab.money_table, 0)
    assert actions.correct_button.isEnabled() and actions.void_button.isEnabled()

    def no_reason(dialog: CorrectionDialog) -> None:
        dialog.fields["Amount in dollars"].setText("1,250.00")  # type: ignore[attr-defined]

    tab.corrections.run_dialog = answering(no_reason)
    actions.correct_button.click()
    dialog = tab.corrections.last_dialog
    assert isinstance(dialog, CorrectionDialog) and dialog.error.isVisibleTo(dialog)
    assert "Enter the reason" in dialog.error.text()
    assert workspace.cases.get_case(planted.client_id).restitution[0].totals.collected_cents \
        == 120_000

    def with_reason(dialog: CorrectionDialog) -> None:
        no_reason(dialog)
        dialog.reason.setText("Clerk's receipt SECRET-REASON")

    tab.corrections.run_dialog = answering(with_reason)
    actions.correct_button.click()
    matter = workspace.cases.get_case(planted.client_id).restitution[0]
    assert matter.totals.collected_cents == 125_000
    assert "$1,250.00" in tab.totals.text()
    old_row = tab.money.row_of(next(x.id for x in matter.money if x.void))
    new_row = tab.money.row_of(next(x.id for x in matter.money if x.live))
    assert tab.money.index(old_row, 0).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert tab.money.index(old_row, 3).data().startswith("Voided by Ada Admin on ")
    assert tab.money.index(old_row, 3).data().endswith(": Clerk's receipt SECRET-REASON")
    assert tab.money.index(new_row, 3).data() == "Replaces $1,200.00"
    assert tab.money.index(new_row, 0).data(Qt.ItemDataRole.FontRole) is None
    sentences = _history(view)
    assert "Restitution money entry corrected from $1,200.00 to $1,250.00 by Ada Admin" \
        in sentences
    assert not any("SECRET-REASON" in s for s in sentences)
    # A voided entry offers neither action; the live one is voided from its context menu.
    _select(tab.money_table, old_row)
    assert not actions.correct_button.isEnabled() and not actions.void_button.isEnabled()
    _select(tab.money_table, new_row)
    tab.corrections.run_dialog = answering(lambda d: d.reason.setText("Entered twice"))
    actions.void_button.click()
    assert workspace.cases.get_case(planted.client_id).restitution[0].totals \
        .collected_cents == 0
    assert "Restitution money entry of $1,250.00 (Collected) voided by Ada Admin" in _history(view)


def test_assistance_entry_void_leaves_the_ledger_total(
        qtbot: QtBot, workspace: Workspace, planted: PlantedCase) -> None:
    place = workspace.housing.add_placement(planted.client_id, PlacementInput(
        program_type="emergency_shelter", provider="Safe House"))
    place = workspace.housing.add_assistance(place.id, kind="rent", amount_cents=80_000,
                                             paid_on=DAY)
    workspace.housing.add_assistance(place.id, kind="deposit", amount_cents=30_000, paid_on=DAY)
    view = open_view(qtbot, workspace, planted.client_id)
    tab = view.housing_tab
    _select(tab.ledger_table, tab.ledger.row_of(place.ledger[0].id))
    tab.corrections.run_dialog = answering(lambda d: d.reason.setText("Paid by the county"))
    tab.ledger_actions.void_button.click()
    assert "Total paid: $300.00" in tab.totals.text()
    row = tab.ledger.row_of(place.ledger[0].id)
    assert tab.ledger.index(row, 3).data().endswith(": Paid by the county")
    assert any(s.startswith("Housing assistance entry of $800.00 (Rent) voided by Ada Admin")
               for s in _history(view))


def test_a_note_corrected_shows_earlier_versions_on_request_and_the_history_hides_text(
        qtbot: QtBot, workspace: Workspace, planted: PlantedCase) -> None:
    workspace.cases.add_note(planted.client_id, "Wants to call her sister PRIVATE-1")
    view = open_view(qtbot, workspace, planted.client_id)
    tab = view.notes_tab
    _select(tab.table, 0)
    assert not tab.versions_button.isEnabled()

    def rewrite(dialog: CorrectionDialog) -> None:
        dialog.findChild(QPlainTextEdit).setPlainText("Wants to call her cousin PRIVATE-2")
        dialog.reason.setText("It was her cousin")

    tab.corrections.run_dialog = answering(rewrite)
    tab.note_actions.correct_button.click()
    text = tab.model.index(0, 2).data()
    assert text.startswith("Wants to call her cousin PRIVATE-2")
    assert "Corrected (1 earlier version" in text  # plural forms: the English catalogue
    sentences = _history(view)
    assert "Note corrected by Ada Admin" in sentences
    assert not any("PRIVATE" in s or "cousin" in s for s in sentences)
    _select(tab.table, 0)
    assert tab.versions_button.isEnabled()
    shown: list[str] = []
    tab.corrections.run_dialog = lambda box: shown.append(box.text()) or 0  # type: ignore[func-returns-value]
    tab.versions_button.click()
    assert isinstance(tab.corrections.last_dialog, QMessageBox)
    assert "Wants to call her sister PRIVATE-1" in shown[0] and "It was her cousin" in shown[0]
    # In discreet mode neither the text nor its earlier versions are offered.
    view.set_discreet(True) if hasattr(view, "set_discreet") else tab.set_masked(True)
    _select(tab.table, 0)
    assert not tab.versions_button.isEnabled()


def test_matter_details_corrected_and_named_in_the_history(
        qtbot: QtBot, workspace: Workspace, planted: PlantedCase) -> None:
    view = open_view(qtbot, workspace, planted.client_id)
    tab = view.restitution_tab

    def fix(dialog: CorrectionDialog) -> None:
        dialog.fields["Docket number"].setText("TEST-CR-17")  # type: ignore[attr-defined]
        dialog.reason.setText("Docket from the indictment")

    tab.corrections.run_dialog = answering(fix)
    tab.details_button.click()
    assert "TEST-CR-17" in tab.details.text()
    assert "Restitution matter details corrected by Ada Admin: Docket number" in _history(view)
