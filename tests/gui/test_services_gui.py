"""The case's Services tab as a caseworker and a supervisor use it: record a service from
the keyboard, see it in the list, the 7-day rule visible (Edit greyed with the reason in
words, Correct… for a supervisor, the earlier values shown after), void with a reason."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from nap_desktop.domain.enums import ServiceCategory, ServiceStatus
from nap_desktop.domain.services_entities import ServiceInput
from nap_desktop.gui.case.view import CaseView
from nap_desktop.gui.services_tab.dialog import ServiceRecordDialog
from nap_desktop.gui.services_tab.tab import ServicesTab
from nap_desktop.gui.services_tab.void_dialog import VoidServiceDialog
from nap_desktop.gui.widgets.common import Choice
from nap_desktop.gui.widgets.labels import label
from nap_desktop.services.workspace import Workspace
from tests.gui.conftest import ADMIN_PASSPHRASE, MARCUS_PASSPHRASE, PlantedCase, plant_case


@pytest.fixture
def planted(workspace: Workspace) -> PlantedCase:
    return plant_case(workspace)


@pytest.fixture
def marcus(workspace: Workspace, planted: PlantedCase) -> Iterator[Workspace]:
    """The caseworker the case is assigned to, signed in (one person at a time: the
    administrator locks first)."""
    marcus_id = next(u.id for u in workspace.users.list() if u.name == "marcus")
    workspace.assignments.assign([planted.client_id], marcus_id, reason="His case")
    workspace.lock()
    ws = Workspace.unlock(workspace.vault, "marcus", MARCUS_PASSPHRASE)
    yield ws
    ws.lock()  # idempotent; the workspace fixture closes the vault


def supervisor_after(marcus: Workspace) -> Workspace:
    """Marcus locks; the administrator (a supervisor and more) signs in."""
    marcus.lock()
    return Workspace.unlock(marcus.vault, "admin", ADMIN_PASSPHRASE)


def open_view(qtbot: QtBot, ws: Workspace, client_id: str) -> CaseView:
    view = CaseView(workspace=ws, client_id=client_id, discreet=False)
    view.guard.ask = lambda *_a: Choice.DISCARD
    qtbot.addWidget(view)
    view.resize(1300, 850)
    view.show()
    view.show_tab(view.services_tab)
    return view


def filling(category_text: str, minutes: int, *, reason: str = "",
            status: ServiceStatus | None = None) -> Callable[[QDialog], int]:
    """A ``run_dialog`` that types in the service dialog as a person would."""
    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, ServiceRecordDialog)
        ui = dialog.ui
        ui.category.setEditText(category_text)
        ui.minutes.setValue(minutes)
        if status is not None:
            ui.status.setCurrentIndex(ui.status.findData(status.value))
        if reason:
            ui.reason.setText(reason)
        dialog.submit()
        return int(dialog.result())
    return run


def texts(tab: ServicesTab, row: int) -> list[str]:
    model = tab.model
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def test_a_caseworker_records_a_service_and_sees_it_first_in_the_list(
        qtbot: QtBot, marcus: Workspace, planted: PlantedCase) -> None:
    view = open_view(qtbot, marcus, planted.client_id)
    tab = view.services_tab
    assert tab.empty.isVisible()  # an empty list says what belongs in it
    crisis = label(ServiceCategory.CRISIS_INTERVENTION)
    tab.run_dialog = filling(crisis, 45)
    with qtbot.waitSignal(tab.listed, timeout=5000):
        assert tab.add_service()
    row = texts(tab, 0)
    assert row[1] == crisis and row[3] == "45 min" and row[4] == "Marcus Lee"
    assert row[5] == label(ServiceStatus.DELIVERED)
    assert not tab.empty.isVisible()
    assert tab.selected_id() is not None  # the new service is selected
    assert tab.edit_button.isEnabled()  # its author, today


def test_the_dialog_defaults_to_today_and_says_what_is_wrong_under_the_field(
        qtbot: QtBot, marcus: Workspace, planted: PlantedCase) -> None:
    case = marcus.cases.get_case(planted.client_id)
    dialog = ServiceRecordDialog(workspace=marcus, case=case)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.provided_on.date().toPython() == marcus.today()
    dialog.ui.category.setEditText("no such category")
    assert not dialog.submit()
    assert dialog.ui.category_error.isVisible()
    assert "category" in dialog.ui.category_error.text().casefold()
    assert marcus.services.list_for_client(planted.client_id) == []
    # a future delivered service: the service refuses it, the message names the date
    dialog.ui.category.setEditText(label(ServiceCategory.CASE_MANAGEMENT))
    dialog.ui.provided_on.setDate(dialog.ui.provided_on.date().addDays(5))
    assert not dialog.submit()
    assert dialog.ui.provided_on_error.isVisible() or dialog.ui.message.isVisible()
    assert marcus.services.list_for_client(planted.client_id) == []


def test_type_ahead_finds_a_category_from_letters_inside_its_name(
        qtbot: QtBot, marcus: Workspace, planted: PlantedCase) -> None:
    case = marcus.cases.get_case(planted.client_id)
    dialog = ServiceRecordDialog(workspace=marcus, case=case)
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.ui.category
    editor = combo.lineEdit()
    assert editor is not None
    editor.setFocus()
    qtbot.keyClicks(editor, "interv")
    completer = combo.completer()
    assert completer is not None
    found = [completer.completionModel().index(i, 0).data()
             for i in range(completer.completionCount())]
    assert label(ServiceCategory.CRISIS_INTERVENTION) in found


def advance(ws: Workspace, days: int) -> None:
    now = ws.ctx.now()
    ws.ctx.clock = lambda: now + timedelta(days=days)


def test_after_7_days_edit_is_off_with_the_reason_and_a_supervisor_corrects(
        qtbot: QtBot, marcus: Workspace, planted: PlantedCase) -> None:
    record = marcus.services.add(planted.client_id, ServiceInput(
        provided_on=marcus.today(), category=ServiceCategory.SAFETY_PLANNING, minutes=45))
    advance(marcus, 8)
    view = open_view(qtbot, marcus, planted.client_id)
    tab = view.services_tab
    tab.select(record.id)
    assert not tab.edit_button.isEnabled()
    assert not tab.correct_button.isEnabled()  # a caseworker does not correct
    assert "7 days" in tab.rule.text() and "supervisor" in tab.rule.text()

    view.clear_sensitive()
    supervisor = supervisor_after(marcus)
    advance(supervisor, 8)
    supervisor_view = open_view(qtbot, supervisor, planted.client_id)
    sup = supervisor_view.services_tab
    sup.select(record.id)
    assert not sup.edit_button.isEnabled() and sup.correct_button.isEnabled()
    sup.run_dialog = filling(label(ServiceCategory.SAFETY_PLANNING), 90)
    assert not sup.correct_selected()  # no reason: refused under the field, nothing stored
    assert isinstance(sup.last_dialog, ServiceRecordDialog)
    assert supervisor.services.get(record.id).minutes == 45
    sup.run_dialog = filling(label(ServiceCategory.SAFETY_PLANNING), 90,
                             reason="Typed 45 for 90")
    with qtbot.waitSignal(sup.listed, timeout=5000):
        assert sup.correct_selected()
    sup.select(record.id)
    assert texts(sup, 0)[3] == "1 h 30 min"
    assert "Before: Minutes: 45 min" in sup.details.text()
    assert "Typed 45 for 90" in sup.details.text()


def test_the_reason_field_shows_only_for_a_correction(
        qtbot: QtBot, workspace: Workspace, planted: PlantedCase) -> None:
    case = workspace.cases.get_case(planted.client_id)
    dialog = ServiceRecordDialog(workspace=workspace, case=case)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.reason.isVisible()


def test_void_with_a_reason_strikes_the_row_through_and_says_why(
        qtbot: QtBot, marcus: Workspace, planted: PlantedCase) -> None:
    record = marcus.services.add(planted.client_id, ServiceInput(
        provided_on=marcus.today(), category=ServiceCategory.INTERPRETER, minutes=30))
    view = open_view(qtbot, marcus, planted.client_id)
    tab = view.services_tab
    tab.select(record.id)

    def void(dialog: QDialog) -> int:
        assert isinstance(dialog, VoidServiceDialog)
        assert not dialog.submit()  # a reason first
        assert dialog.ui.reason_error.isVisibleTo(dialog)
        dialog.ui.reason.setText("Entered on the wrong case")
        dialog.submit()
        return int(dialog.result())

    tab.run_dialog = void
    with qtbot.waitSignal(tab.listed, timeout=5000):
        assert tab.void_selected()
    model = tab.model
    assert model.data(model.index(0, 1), Qt.ItemDataRole.FontRole).strikeOut()
    assert texts(tab, 0)[5] == "Voided: Entered on the wrong case"
    view.set_discreet(True)  # a reason may name anyone: hidden in discreet mode
    assert "wrong case" not in texts(tab, 0)[5]
    assert not tab.void_button.isEnabled() and not tab.edit_button.isEnabled()


def test_the_author_edits_within_7_days(qtbot: QtBot, marcus: Workspace,
                                       planted: PlantedCase) -> None:
    record = marcus.services.add(planted.client_id, ServiceInput(
        provided_on=marcus.today(), category=ServiceCategory.TRANSPORTATION, minutes=20))
    advance(marcus, 6)
    view = open_view(qtbot, marcus, planted.client_id)
    tab = view.services_tab
    tab.select(record.id)
    assert tab.edit_button.isEnabled() and "you can edit it until" in tab.rule.text()
    tab.run_dialog = filling(label(ServiceCategory.TRANSPORTATION), 40)
    with qtbot.waitSignal(tab.listed, timeout=5000):
        assert tab.edit_selected()
    assert texts(tab, 0)[3] == "40 min"
    assert marcus.services.get(record.id).provided_on == record.provided_on  # kept
