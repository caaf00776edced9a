"""Issue #11 in the desktop: a date rule shown beside its field, the Assign… dialog on a
caseload selection and on a case, its refusal for a caseworker, and the history sentence."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from nap_desktop.domain.enums import PlacementStatus, ProgramType, Role
from nap_desktop.gui.case.assign_dialog import AssignDialog
from nap_desktop.gui.case.history_tab import explain
from nap_desktop.gui.caseload.model import CLIENT_ID_ROLE
from nap_desktop.gui.main_window import MainWindow
from nap_desktop.services.base import Actor
from nap_desktop.services.workspace import Workspace
from tests.gui.conftest import PlantedCase, plant_case
from tests.gui.test_case_view import choose, open_view, set_date


@pytest.fixture
def planted(workspace: Workspace) -> PlantedCase:
    return plant_case(workspace)


def words(value: date) -> str:
    return f"{value.day} {value:%b} {value.year}"


def test_an_expected_exit_before_the_start_is_shown_beside_its_field(
        qtbot: QtBot, workspace: Workspace, planted: PlantedCase) -> None:
    view = open_view(qtbot, workspace, planted.client_id)
    tab = view.housing_tab
    view.show_tab(tab)
    tab.new_placement()
    form = tab.form
    choose(form.program, ProgramType.EMERGENCY_SHELTER)
    form.provider.setText("Harbor Housing Partners")
    choose(form.status, PlacementStatus.ACCEPTED)
    today = workspace.ctx.today()
    referred, start, expected = (today - timedelta(days=9), today - timedelta(days=2),
                                 today - timedelta(days=4))
    set_date(form.referred_on, referred)
    set_date(form.start, start)
    set_date(form.expected_exit, expected)
    assert not form.save()
    assert not form.errors["expected_exit_date"].isHidden()
    assert form.errors["expected_exit_date"].text() == (
        f"The expected exit ({words(expected)}) is before the project start ({words(start)}).")
    assert workspace.cases.get_case(planted.client_id).placements == []

    set_date(form.expected_exit, None)
    set_date(form.start, referred - timedelta(days=1))
    assert not form.save()
    assert form.errors["start_date"].text() == (
        f"The project start ({words(referred - timedelta(days=1))}) is before the referral "
        f"date ({words(referred)}).")
    assert form.errors["expected_exit_date"].isHidden()
    set_date(form.start, referred)
    assert form.save()


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace) -> Iterator[MainWindow]:
    for name in ("Rosa Planted", "Mai Planted", "Li Planted"):
        plant_case(workspace, name=name)
    window = MainWindow(workspace=workspace)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentIndex(1)
    model = window.caseload_model
    qtbot.waitUntil(lambda: model.rowCount() == 3 and model.count_exact)
    yield window


def fill(worker: str, reason: str):  # type: ignore[no-untyped-def]
    def run(dialog: AssignDialog) -> int:
        dialog.worker.setCurrentIndex(dialog.worker.findText(worker))
        dialog.reason.setText(reason)
        dialog.submit()
        return int(dialog.result())
    return run


def test_a_selection_of_cases_is_assigned_in_one_dialog(
        qtbot: QtBot, window: MainWindow, workspace: Workspace) -> None:
    table, model = window.caseload.table, window.caseload_model
    selection = table.selectionModel()
    for row in (0, 2):
        selection.select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    chosen = {model.index(row, 0).data(CLIENT_ID_ROLE) for row in (0, 2)}
    seen: list[AssignDialog] = []

    def run(dialog: AssignDialog) -> int:
        seen.append(dialog)
        assert dialog.windowTitle() == "Assign 2 cases"
        assert [dialog.worker.itemText(i) for i in range(dialog.worker.count())] == [
            "Marcus Lee"]  # the administrator holds no caseload
        return int(fill("Marcus Lee", "Balancing the caseload")(dialog))

    window.run_dialog = run  # type: ignore[method-assign]
    assert window.assign.action.isEnabled()
    assert window.assign.action.shortcut().toString() == "Ctrl+Shift+A"
    window.assign.action.trigger()
    assert seen
    marcus = workspace.assignments.find_worker("marcus")
    for client_id in chosen:
        assert workspace.cases.get_case(client_id).client.assigned_user_id == marcus
    # The caseload's "Assigned to" column shows the new worker once it has reloaded.
    qtbot.waitUntil(lambda: sorted(
        str(model.index(r, 7).data(Qt.ItemDataRole.DisplayRole)) for r in range(3)
    ).count("Marcus Lee") == 2)


def test_a_refusal_stays_in_the_dialog_with_the_services_message(
        qtbot: QtBot, workspace: Workspace, planted: PlantedCase) -> None:
    dialog = AssignDialog(workspace=workspace, client_ids=[planted.client_id],
                          case_label=planted.case_number, current_user_id=None, parent=None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.submit()  # no reason
    assert dialog.error.isVisible() and "Reason is required" in dialog.error.text()
    assert dialog.focusWidget() is dialog.reason
    marcus = next(u for u in workspace.users.list() if u.name == "marcus")
    workspace.ctx.actor = Actor(user=marcus, agency=workspace.ctx.actor.agency)
    dialog.reason.setText("Handing it over")
    dialog.submit()
    assert dialog.error.isVisible()
    assert dialog.error.text().startswith("Only a supervisor or an administrator can assign")
    assert workspace.assignments.history(planted.client_id) == []
    assert marcus.role is Role.CASEWORKER


def test_the_history_says_who_assigned_it_to_whom_from_whom_and_why(
        workspace: Workspace, planted: PlantedCase) -> None:
    marcus = workspace.assignments.find_worker("marcus")
    workspace.assignments.assign([planted.client_id], marcus, reason="Speaks Spanish")
    event = next(e for e in workspace.cases.history(planted.client_id)
                 if e.action == "client.assign")
    found = {a.id: a for a in workspace.assignments.history(planted.client_id)}
    users = {u.id: u.display_name for u in workspace.users.list()}
    assert explain(event, "", found, users) == (
        "Assigned to Marcus Lee by Ada Admin (was: Ada Admin) — Speaks Spanish")
    assert "Spanish" not in event.detail


def test_assign_from_a_case_tab_and_the_history_tab_shows_it_discreetly(
        qtbot: QtBot, window: MainWindow, workspace: Workspace) -> None:
    from nap_desktop.gui.case.tabs import default_view_factory
    from nap_desktop.gui.case.view import CaseView
    from nap_desktop.gui.widgets.common import MASK, Choice

    window.cases.view_factory = default_view_factory
    planted = plant_case(workspace, name="Tab Planted")
    view = window.cases.open_case(planted.client_id)
    assert isinstance(view, CaseView)
    view.guard.ask = lambda *_a: Choice.DISCARD
    assert window.current_case() is view

    def run(dialog: AssignDialog) -> int:
        assert dialog.windowTitle() == f"Assign case {planted.case_number}"
        return int(fill("Marcus Lee", "Speaks Spanish, lives near Rosa's aunt")(dialog))

    window.run_dialog = run  # type: ignore[method-assign]
    assert window.assign.run()
    history = view.history_tab.model
    sentence = "Assigned to Marcus Lee by Ada Admin (was: Ada Admin) — "
    texts = [history.index(r, 2).data() for r in range(history.rowCount())]
    assert sentence + "Speaks Spanish, lives near Rosa's aunt" in texts
    window.set_discreet(True)
    texts = [history.index(r, 2).data() for r in range(history.rowCount())]
    assert sentence + MASK in texts
    assert not any("Rosa" in str(t) for t in texts)


def test_the_dashboard_counts_my_cases_and_opens_them_in_the_caseload(
        qtbot: QtBot, window: MainWindow, workspace: Workspace) -> None:
    board = window.dashboard
    board.refresh()
    assert board.mine_button.text() == "&My cases (3)"  # the three cases the admin opened
    model = window.caseload_model
    two = [model.index(r, 0).data(CLIENT_ID_ROLE) for r in (0, 1)]
    workspace.assignments.assign(two, workspace.assignments.find_worker("marcus"),
                                 reason="Balancing")
    window.refresh()
    assert board.mine_button.text() == "&My cases (1)"
    window.tabs.setCurrentIndex(0)
    board.mine_button.click()
    assert window.tabs.currentIndex() == 1
    assert window.caseload.filters.quick_combo.currentData() == "mine"
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.count_exact)
    assert model.index(0, 0).data(CLIENT_ID_ROLE) not in two
