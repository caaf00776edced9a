"""The windowed caseload model: SQL filters and search change the rows; pages are cached
within a bound; the filter bar debounces typing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from nap_desktop.domain.enums import ReferralStatus
from nap_desktop.gui.caseload_model import CLIENT_ID_ROLE, CaseloadModel
from nap_desktop.gui.caseload_view import CaseloadView
from nap_desktop.services.queries import CaseloadFilter
from nap_desktop.services.workspace import Workspace
from tests.gui.conftest import PLANTED_NAME, plant_case


def texts(model: CaseloadModel, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_model_passes_qtmodeltester(qtmodeltester, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    model = CaseloadModel(source=demo_workspace.queries, discreet=False, page_size=50)
    assert model.rowCount() == demo_workspace.queries.caseload_count(CaseloadFilter())
    qtmodeltester.check(model)
    model.set_discreet(True)
    qtmodeltester.check(model)


def test_search_and_filters_change_rows(demo_workspace: Workspace) -> None:
    planted = plant_case(demo_workspace)
    model = CaseloadModel(source=demo_workspace.queries, discreet=False)
    everything = model.rowCount()
    assert everything > 300

    model.set_filter(CaseloadFilter(search="Zyxwvut"))  # a prefix of the planted name
    assert model.rowCount() == 1
    assert model.index(0, 1).data() == PLANTED_NAME
    assert model.index(0, 0).data(CLIENT_ID_ROLE) == planted.client_id
    model.set_filter(CaseloadFilter(search=planted.case_number))
    assert texts(model, 0) == [planted.case_number]

    model.set_filter(CaseloadFilter(statuses=frozenset({ReferralStatus.DRAFT})))
    assert 0 < model.rowCount() < everything
    assert set(texts(model, 3)) == {"Draft"}

    model.set_filter(CaseloadFilter(overdue=True))
    overdue = model.rowCount()
    assert overdue < everything
    model.set_filter(CaseloadFilter())
    assert model.rowCount() == everything


def test_sorting_happens_in_sql(demo_workspace: Workspace) -> None:
    model = CaseloadModel(source=demo_workspace.queries, discreet=False)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert model.filter.sort == "case_number" and not model.filter.descending
    numbers = texts(model, 0)
    assert numbers == sorted(numbers)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert texts(model, 0)[0] == max(numbers)


def test_only_a_window_of_pages_is_kept(demo_workspace: Workspace) -> None:
    model = CaseloadModel(source=demo_workspace.queries, page_size=25, max_pages=3)
    for row in range(model.rowCount()):
        model.index(row, 0).data()
    assert model.cached_rows() <= 75
    fetched = model.fetches
    model.index(model.rowCount() - 1, 0).data()  # the last page is cached
    assert model.fetches == fetched
    model.clear()
    assert model.rowCount() == 0 and model.cached_rows() == 0


def test_filter_bar_debounces_search_and_quick_filters(
    qtbot: QtBot, demo_workspace: Workspace
) -> None:
    plant_case(demo_workspace)
    model = CaseloadModel(source=demo_workspace.queries, discreet=False)
    view = CaseloadView(model=model)
    qtbot.addWidget(view)
    view.filters.user_id = demo_workspace.user.id if demo_workspace.user else None
    view.filters.set_partners(demo_workspace.agencies.list(include_self=False))
    everything = model.rowCount()
    with qtbot.waitSignal(model.count_changed, timeout=2000) as blocker:
        qtbot.keyClicks(view.filters.search_edit, "Zyxw")
    assert blocker.args == [1]
    assert view.count_label.text() == "1 referral"
    view.filters.search_edit.clear()
    qtbot.waitUntil(lambda: model.rowCount() == everything, timeout=2000)

    view.filters.set_quick("mine")  # the administrator planted one case and owns it
    assert model.rowCount() >= 1
    assert model.filter.assigned_user_id == view.filters.user_id
    view.filters.set_quick("awaiting")
    assert set(texts(model, 3)) <= {"Sent", "Received"}
    view.filters.set_quick("all")
    view.filters.partner_combo.setCurrentIndex(1)
    assert 0 < model.rowCount() < everything


def test_enter_opens_the_case(qtbot: QtBot, demo_workspace: Workspace) -> None:
    model = CaseloadModel(source=demo_workspace.queries)
    view = CaseloadView(model=model)
    qtbot.addWidget(view)
    view.table.setCurrentIndex(model.index(3, 0))
    with qtbot.waitSignal(view.open_case, timeout=1000) as blocker:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert blocker.args == [model.index(3, 0).data(CLIENT_ID_ROLE)]
