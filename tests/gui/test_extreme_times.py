"""Stored times at the edge of what Python represents (0001-01-01, 9999-12-31 23:59:59Z),
as an older version's import could have written them, shown in a local zone where they
overflow: the caseload keeps every row, the dashboard and the case view show them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QAbstractItemModel, QDate, Qt
from pytestqt.qtbot import QtBot

from nap_desktop.gui.case.housing_forms import plain_date_edit
from nap_desktop.gui.case.view import CaseView
from nap_desktop.gui.caseload.dashboard import DashboardView
from nap_desktop.gui.caseload.model import CLIENT_ID_ROLE, CaseloadModel
from nap_desktop.gui.widgets.common import Choice, DateField
from nap_desktop.services.workspace import Workspace
from tests.extreme_times import EXTREMES, ZONES, local_zone, stamp
from tests.gui.conftest import PlantedCase, plant_case

WAIT_MS = 10_000
UPDATED = 6  # the caseload's "Updated" column


@pytest.fixture(params=ZONES)
def zone(request: pytest.FixtureRequest) -> Iterator[str]:
    with local_zone(request.param):
        yield request.param


@pytest.fixture
def extreme(workspace: Workspace) -> dict[str, PlantedCase]:
    """A case stamped at each extreme, and an ordinary one."""
    cases = {}
    for key, (moment, day) in EXTREMES.items():
        planted = plant_case(workspace, name=f"Extreme {key}")
        workspace.cases.add_note(planted.client_id, "A note")
        stamp(workspace, planted.client_id, moment, day)
        cases[key] = planted
    cases["ordinary"] = plant_case(workspace)
    return cases


def model_texts(model: QAbstractItemModel) -> list[str]:
    return [str(model.index(r, c).data(role)) for r in range(model.rowCount())
            for c in range(model.columnCount())
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)]


def test_the_caseload_keeps_every_row(qtbot: QtBot, workspace: Workspace,
                                      extreme: dict[str, PlantedCase], zone: str) -> None:
    model = CaseloadModel(source=workspace.queries, discreet=False)
    if not model.count_exact:
        qtbot.waitSignal(model.settled, timeout=WAIT_MS).wait()
    assert model.rowCount() == 3
    shown: dict[str, str] = {}
    for row in range(3):
        qtbot.waitUntil(lambda row=row: model.row_held(row), timeout=WAIT_MS)  # type: ignore[misc]
        shown[model.index(row, 0).data(CLIENT_ID_ROLE)] = model.index(row, UPDATED).data()
    future, past = shown[extreme["future"].client_id], shown[extreme["past"].client_id]
    assert future.startswith("9999-12-31 ")
    assert past.startswith("0001-01-01 ")
    # Where local time cannot hold it, the time is shown in UTC and says so.
    assert (future == "9999-12-31 23:59 UTC") == (zone == "Asia/Tokyo")
    assert (past == "0001-01-01 00:00 UTC") == (zone == "America/Los_Angeles")


def test_the_dashboard_shows_an_overdue_step_from_year_one(
        qtbot: QtBot, workspace: Workspace, extreme: dict[str, PlantedCase], zone: str) -> None:
    view = DashboardView(discreet=False, today=workspace.ctx.today)
    qtbot.addWidget(view)
    view.set_source(workspace.queries)
    texts = model_texts(view.model)
    assert "0001-01-01" in texts and extreme["past"].case_number in texts


@pytest.mark.parametrize("key", list(EXTREMES))
def test_the_case_view_shows_history_notes_and_referral(
        qtbot: QtBot, workspace: Workspace, extreme: dict[str, PlantedCase], zone: str,
        key: str) -> None:
    view = CaseView(workspace=workspace, client_id=extreme[key].client_id, discreet=False)
    view.guard.ask = lambda *_a: Choice.DISCARD
    qtbot.addWidget(view)
    for index in range(view.tabs.count()):  # each tab is built when first shown
        view.tabs.setCurrentIndex(index)
    texts = "\n".join(t for model in view.findChildren(QAbstractItemModel)
                      for t in model_texts(model))
    year = "9999" if key == "future" else "0001"
    assert year in texts  # the referral's history, the note, the step's due date


def test_date_editors_offer_the_span_and_show_a_stored_value_unclamped(qtbot: QtBot) -> None:
    field = DateField("Unknown")
    qtbot.addWidget(field)
    assert field.edit.maximumDate() == QDate(2200, 12, 31)
    field.set_value(date(9999, 12, 31))  # stored before dates were bounded
    assert field.value() == date(9999, 12, 31)  # a save then says what is wrong
    edit = plain_date_edit()
    assert (edit.minimumDate(), edit.maximumDate()) == (QDate(1900, 1, 1), QDate(2200, 12, 31))
