""""My tasks" on the dashboard, as a caseworker uses it at the end of the day: overdue
first, Enter opens the case at the record, a service recorded from a task shows in the
case's list, a new task and Done, the plan written takes "Plan due" off the list, and the
calendar export carries case numbers only, readable by its owner only."""

from __future__ import annotations

import stat
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from nap_desktop.domain.enums import ServiceCategory, TaskKind
from nap_desktop.domain.services_entities import TaskInput
from nap_desktop.gui.case.tabs import default_view_factory
from nap_desktop.gui.case.view import CaseView
from nap_desktop.gui.main_window import MainWindow
from nap_desktop.gui.services_tab.dialog import ServiceRecordDialog
from nap_desktop.gui.todo import panel as todo_panel
from nap_desktop.gui.todo.new_task import NewTaskDialog
from nap_desktop.gui.todo.panel import TasksPanel
from nap_desktop.gui.widgets.common import Choice
from nap_desktop.gui.widgets.labels import label
from nap_desktop.services.workspace import Workspace
from tests.gui.conftest import PLANTED_NAME, PlantedCase, plant_case

SECRET_TITLE = "Ask Rosalind about the basement on Elm Street"


@pytest.fixture
def planted(workspace: Workspace) -> PlantedCase:
    return plant_case(workspace)


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace, planted: PlantedCase) -> Iterator[MainWindow]:
    win = MainWindow(workspace=workspace)
    win.cases.view_factory = default_view_factory
    win.ask = lambda *_a: True
    qtbot.addWidget(win)
    win.set_discreet(False)
    win.show()
    yield win
    win.cases.close_all()
    win.autolock.shutdown()


def panel_of(window: MainWindow) -> TasksPanel:
    panel = window.dashboard.tasks
    panel.refresh()
    return panel


def row_of_kind(panel: TasksPanel, kind: TaskKind) -> int:
    return next((r for r in range(panel.model.rowCount())
                 if (item := panel.model.item(r)) is not None and item.kind is kind), -1)


def test_a_list_cut_at_its_first_tasks_says_or_more_when_every_one_is_overdue(
        window: MainWindow, workspace: Workspace, planted: PlantedCase,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The list stops at its first MOST tasks, overdue first: when every one shown is
    overdue, more may be, and the title says so instead of a count that was not made."""
    for days in (3, 4, 5):
        workspace.tasks.add(TaskInput(title=f"Call back {days}", client_id=planted.client_id,
                                      due_on=workspace.today() - timedelta(days=days)))
    panel = window.dashboard.tasks
    overdue = sum(item.overdue for item in workspace.tasks.mine())
    monkeypatch.setattr(todo_panel, "MOST", overdue)
    panel.refresh()
    assert panel.title.text() == f"My tasks — {overdue} or more overdue"
    monkeypatch.setattr(todo_panel, "MOST", overdue - 1)  # cut inside the overdue ones
    panel.refresh()
    assert panel.model.rowCount() == overdue - 1
    assert panel.title.text() == f"My tasks — {overdue - 1} or more overdue"
    monkeypatch.setattr(todo_panel, "MOST", 500)  # not cut: the count is every overdue one
    panel.refresh()
    assert panel.title.text() == f"My tasks — {overdue} overdue"


def test_overdue_first_and_enter_opens_the_case_at_the_plan(
        qtbot: QtBot, window: MainWindow, workspace: Workspace, planted: PlantedCase) -> None:
    workspace.tasks.add(TaskInput(title="Call back", due_on=workspace.today()
                                  - timedelta(days=2), client_id=planted.client_id))
    panel = panel_of(window)
    first = panel.model.item(0)
    assert first is not None and first.overdue and first.title == "Call back"
    assert "2 day" in panel.model.data(panel.model.index(0, 0))  # "(2 days late)"
    assert panel.model.data(panel.model.index(0, 2)) == planted.case_number
    assert "1 overdue" in panel.title.text()
    row = row_of_kind(panel, TaskKind.PLAN_DUE)
    assert row > 0  # after the overdue one
    panel.table.selectRow(row)
    assert panel.open_selected()  # what Enter does (QTableView.activated)
    view = window.tabs.currentWidget()
    assert isinstance(view, CaseView) and view.client_id == planted.client_id
    assert view.current_tab() is view.plan_tab


def test_plan_written_takes_plan_due_off_the_list(
        qtbot: QtBot, window: MainWindow, planted: PlantedCase) -> None:
    panel = panel_of(window)
    assert row_of_kind(panel, TaskKind.PLAN_DUE) >= 0
    view = window.cases.open_case(planted.client_id)
    assert isinstance(view, CaseView)
    view.show_tab(view.plan_tab)
    with qtbot.waitSignal(panel.listed, timeout=5000):  # the dashboard follows the case
        assert view.plan_tab.mark_written()
    assert row_of_kind(panel, TaskKind.PLAN_DUE) == -1


def filling(minutes: int) -> Callable[[QDialog], int]:
    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, ServiceRecordDialog)
        dialog.ui.category.setEditText(label(ServiceCategory.CASE_MANAGEMENT))
        dialog.ui.minutes.setValue(minutes)
        dialog.submit()
        return int(dialog.result())
    return run


def test_a_service_recorded_from_a_task_shows_in_the_open_case(
        qtbot: QtBot, window: MainWindow, workspace: Workspace, planted: PlantedCase) -> None:
    view = window.cases.open_case(planted.client_id)
    assert isinstance(view, CaseView)
    view.guard.ask = lambda *_a: Choice.DISCARD
    window.tabs.setCurrentIndex(0)
    panel = panel_of(window)
    panel.table.selectRow(row_of_kind(panel, TaskKind.PLAN_DUE))
    assert panel.service_button.isEnabled()
    panel.run_dialog = filling(35)
    with qtbot.waitSignal(view.services_tab.listed, timeout=5000):
        assert panel.record_service()
    records = workspace.services.list_for_client(planted.client_id)
    assert [r.minutes for r in records] == [35]
    model = view.services_tab.model
    assert model.data(model.index(0, 1)) == label(ServiceCategory.CASE_MANAGEMENT)
    assert planted.case_number in panel.note.text()


def test_a_new_task_then_done(qtbot: QtBot, window: MainWindow, planted: PlantedCase) -> None:
    panel = panel_of(window)

    def fill(dialog: QDialog) -> int:
        assert isinstance(dialog, NewTaskDialog)
        assert not dialog.submit()  # what is to be done, first
        assert dialog.ui.title_error.isVisibleTo(dialog)
        dialog.ui.title.setText("Bring the bus pass")
        dialog.ui.case.setText("NAP-00-99999")
        assert not dialog.submit()  # no such case: said under the case number
        assert dialog.ui.case_error.isVisibleTo(dialog)
        dialog.ui.case.setText(planted.case_number.lower())
        dialog.submit()
        return int(dialog.result())

    panel.run_dialog = fill
    assert panel.new_task()
    item = panel.selected()
    assert item is not None and item.title == "Bring the bus pass"
    assert item.case_number == planted.case_number
    assert panel.done_button.isEnabled()
    assert panel.mark_done()
    assert all(panel.model.item(r).title != "Bring the bus pass"  # type: ignore[union-attr]
               for r in range(panel.model.rowCount()))


def test_the_calendar_file_carries_case_numbers_only_and_is_owner_only(
        qtbot: QtBot, window: MainWindow, workspace: Workspace, planted: PlantedCase,
        tmp_path: Path) -> None:
    workspace.tasks.add(TaskInput(title=SECRET_TITLE, due_on=workspace.today()
                                  + timedelta(days=1), client_id=planted.client_id))
    panel = panel_of(window)
    warned: list[str] = []
    def confirm(_parent: object, _title: str, text: str) -> bool:
        warned.append(text)
        return True

    panel.ics.confirm = confirm  # type: ignore[assignment]
    target = tmp_path / "my-dates"
    panel.ics.ask_path = lambda *_a: str(target)
    with qtbot.waitSignal(panel.ics.written, timeout=10_000):
        assert panel.export_ics()
    written = target.with_suffix(".ics")
    data = written.read_text(encoding="utf-8")
    assert "BEGIN:VCALENDAR" in data and planted.case_number in data
    for secret in (PLANTED_NAME, *PLANTED_NAME.split(), SECRET_TITLE, "Rosalind"):
        assert secret not in data
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert "case numbers" in warned[0] and "OUTSIDE" in warned[0]
    assert "readable by you only" in panel.note.text()


def test_stopping_at_the_warning_writes_nothing(qtbot: QtBot, window: MainWindow,
                                                tmp_path: Path) -> None:
    panel = panel_of(window)
    panel.ics.confirm = lambda *_a: False
    panel.ics.ask_path = lambda *_a: pytest.fail("no file is chosen after Cancel")
    assert not panel.export_ics()
    assert not list(tmp_path.rglob("*.ics"))


def test_a_caseworker_sees_no_team_view(qtbot: QtBot, workspace: Workspace) -> None:
    panel = TasksPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.set_workspace(workspace)  # the administrator: a supervisor and more
    assert panel.view_choice.isVisible()
    panel.view_choice.setCurrentIndex(1)
    assert panel.model.team and panel.model.columnCount() == 4
    panel.set_workspace(None)
    assert not panel.view_choice.isVisible() and not panel.model.team


def test_discreet_mode_hides_a_task_s_own_words(qtbot: QtBot, window: MainWindow,
                                                workspace: Workspace,
                                                planted: PlantedCase) -> None:
    workspace.tasks.add(TaskInput(title=SECRET_TITLE, due_on=workspace.today(),
                                  client_id=planted.client_id))
    panel = panel_of(window)
    shown = [panel.model.data(panel.model.index(r, 1)) for r in range(panel.model.rowCount())]
    assert SECRET_TITLE in shown
    window.set_discreet(True)
    shown = [panel.model.data(panel.model.index(r, 1)) for r in range(panel.model.rowCount())]
    assert SECRET_TITLE not in shown and label(TaskKind.MANUAL) in shown


def test_the_window_opens_without_waiting_for_the_tasks(
        qtbot: QtBot, workspace: Workspace, planted: PlantedCase) -> None:
    """Working out a long list of derived tasks happens off the GUI thread: the window is
    there at once, and "My tasks" fills in when the reading is done (issue #16)."""
    workspace.tasks.add(TaskInput(title="Call back", due_on=workspace.today(),
                                  client_id=planted.client_id))
    win = MainWindow(workspace=workspace)
    qtbot.addWidget(win)
    panel = win.dashboard.tasks
    assert panel.model.rowCount() == 0  # not read on the GUI thread while the window opens
    with qtbot.waitSignal(panel.listed, timeout=10_000):
        win.show()
    assert any((item := panel.model.item(r)) is not None and item.title == "Call back"
               for r in range(panel.model.rowCount()))
    win.autolock.shutdown()
