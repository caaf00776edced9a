"""The dashboard picks up an overdue restitution step added through the services, and
each item opens its case."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from nap_desktop.domain.enums import ReferralStatus
from nap_desktop.domain.errors import VaultLocked
from nap_desktop.gui.case.tabs import FIXED_TABS
from nap_desktop.gui.caseload.dashboard import AttentionModel, DashboardView
from nap_desktop.gui.caseload.model import CLIENT_ID_ROLE
from nap_desktop.gui.main_window import MainWindow
from nap_desktop.services.workspace import Workspace
from tests.gui.conftest import PLANTED_NAME, make_overdue, plant_case


def rows_for(model: AttentionModel, client_id: str) -> list[int]:
    return [
        r for r in range(model.rowCount()) if model.index(r, 0).data(CLIENT_ID_ROLE) == client_id
    ]


def test_overdue_step_appears_after_refresh(qtbot: QtBot, workspace: Workspace) -> None:
    view = DashboardView(discreet=False, today=workspace.ctx.today)
    qtbot.addWidget(view)
    view.set_source(workspace.queries)
    planted = plant_case(workspace)
    assert rows_for(view.model, planted.client_id) == []
    assert view.card_labels["overdue_step"].text().startswith("<b style='font-size:16pt'>0<")

    make_overdue(workspace, planted, days=3)
    with qtbot.waitSignal(view.refreshed, timeout=1000):
        view.refresh_button.click()
    rows = rows_for(view.model, planted.client_id)
    assert len(rows) == 1
    model = view.model
    row = rows[0]
    assert model.index(row, 0).data() == "Overdue restitution step"
    assert model.index(row, 1).data() == planted.case_number
    assert model.index(row, 2).data() == PLANTED_NAME
    assert model.index(row, 3).data() == "Losses submitted to prosecutor"
    assert model.index(row, 4).data() == (workspace.ctx.today() - timedelta(days=3)).isoformat()
    assert ">1<" in view.card_labels["overdue_step"].text()
    assert view.count_values[ReferralStatus.DRAFT].text() == "1"

    with qtbot.waitSignal(view.open_case, timeout=1000) as blocker:
        view.table.doubleClicked.emit(model.index(row, 1))
    assert blocker.args == [planted.client_id, ""]  # a restitution step: no one referral


def test_attention_model_passes_qtmodeltester(  # type: ignore[no-untyped-def]
    qtmodeltester, demo_workspace: Workspace
) -> None:
    view = DashboardView(discreet=False, today=demo_workspace.ctx.today)
    view.set_source(demo_workspace.queries)
    assert view.model.rowCount() > 0
    qtmodeltester.check(view.model)
    view.clear()
    assert view.model.rowCount() == 0
    qtmodeltester.check(view.model)


def test_dashboard_item_opens_a_case_tab(main_window: MainWindow) -> None:
    planted = plant_case(main_window.workspace)  # type: ignore[arg-type]
    make_overdue(main_window.workspace, planted)  # type: ignore[arg-type]
    main_window.dashboard.refresh()
    row = rows_for(main_window.dashboard.model, planted.client_id)[0]
    main_window.dashboard.table.doubleClicked.emit(main_window.dashboard.model.index(row, 0))
    view = main_window.cases.view_for(planted.client_id)
    assert view is not None
    assert main_window.tabs.currentWidget() is view
    assert main_window.tabs.tabText(main_window.tabs.currentIndex()) == planted.case_number
    # Opening it again focuses the same tab.
    main_window.cases.open_case(planted.client_id)
    assert main_window.tabs.count() == FIXED_TABS + 1


def test_a_newly_overdue_step_shows_even_with_many_old_ones(
    qtbot: QtBot, workspace: Workspace
) -> None:
    """More overdue steps than a list holds: the newly overdue one is listed (the most
    recently overdue come first), and a hint says where the rest are."""
    from sqlalchemy import text

    from nap_desktop.gui.caseload.dashboard import DASHBOARD_LIMIT

    old = plant_case(workspace, name="Old Overdue")
    for n in range(DASHBOARD_LIMIT // 10 + 1):  # ten steps a matter
        workspace.restitution.open_matter(old.client_id, court="C", docket_number=f"D-{n}")
    with workspace.ctx.unit_of_work() as s:
        s.execute(text("UPDATE restitution_steps SET status = 'pending', due_on = :d"),
                  {"d": workspace.ctx.today() - timedelta(days=200)})
    with workspace.ctx.read() as s:
        total = int(s.scalar(text("SELECT count(*) FROM restitution_steps")) or 0)
    assert total > DASHBOARD_LIMIT
    new = plant_case(workspace, name="Newly Overdue")
    make_overdue(workspace, new, days=1)
    view = DashboardView(discreet=False, today=workspace.ctx.today)
    qtbot.addWidget(view)
    view.set_source(workspace.queries)
    assert rows_for(view.model, new.client_id)  # listed, though 50+ are older
    assert f">{DASHBOARD_LIMIT}+<" in view.card_labels["overdue_step"].text()
    assert not view.cut_hint.isHidden()


def test_a_housing_exit_due_names_its_program_never_the_provider(
    qtbot: QtBot, workspace: Workspace
) -> None:
    from nap_desktop.domain.enums import PlacementStatus, ProgramType
    from nap_desktop.services.housing import PlacementInput

    planted = plant_case(workspace)
    today = workspace.ctx.today()
    workspace.housing.add_placement(
        planted.client_id,
        PlacementInput(
            program_type=ProgramType.TRANSITIONAL, provider="Casa Zyxwvut Street 4",
            referred_on=today - timedelta(days=30), start_date=today - timedelta(days=20),
            expected_exit_date=today + timedelta(days=5),
        ),
        status=PlacementStatus.STARTED,
    )
    view = DashboardView(discreet=False, today=workspace.ctx.today)
    qtbot.addWidget(view)
    view.set_source(workspace.queries)
    [row] = rows_for(view.model, planted.client_id)
    texts = [view.model.index(row, c).data() for c in range(5)]
    assert texts[3] == "Transitional housing"
    assert not any("Zyxwvut Street" in t for t in texts)


def test_the_main_window_reads_the_dashboard_in_the_background(
    qtbot: QtBot, workspace: Workspace
) -> None:
    """At start the window paints before the dashboard's queries answer ("…" meanwhile);
    their answer then arrives and shows."""
    planted = plant_case(workspace)
    make_overdue(workspace, planted, days=2)
    window = MainWindow(workspace=workspace)
    qtbot.addWidget(window)
    board = window.dashboard
    assert board.mine_button.text() == "&My cases (…)"  # not read yet: no false zero
    assert board.unsigned.title.text() == "Releases without a signed copy: …"
    with qtbot.waitSignal(board.refreshed):
        window.show()
    assert board.mine_button.text() == "&My cases (1)"
    assert len(rows_for(board.model, planted.client_id)) == 1
    assert board.count_values[ReferralStatus.DRAFT].text() == "1"
    window.autolock.shutdown()


def test_a_lock_during_the_background_read_shows_nothing_of_it(
    qtbot: QtBot, workspace: Workspace
) -> None:
    planted = plant_case(workspace)
    make_overdue(workspace, planted, days=2)
    window = MainWindow(workspace=workspace)
    qtbot.addWidget(window)
    board = window.dashboard
    window.show_unlock = lambda: None  # type: ignore[method-assign]  # no dialog here
    with qtbot.waitSignal(board.runner.ended):  # its function returned, callbacks ran
        window.lock_now()
    assert board.model.rowCount() == 0
    assert board.mine_button.text() == "&My cases (0)"


@pytest.mark.parametrize(
    ("error", "told"),
    [(RuntimeError("the vault went away"), [RuntimeError]),
     # The vault locked (or closed) under the read: no "The vault is locked." box over
     # the lock screen, which says it already.
     (VaultLocked(), [])],
)
def test_a_failed_background_read_is_reported_and_claims_no_zero(
    qtbot: QtBot, workspace: Workspace, error: Exception, told: list[type]
) -> None:
    class Broken:
        def dashboard(self, **_kw: object) -> None:
            raise error

    view = DashboardView(discreet=False, today=workspace.ctx.today)
    qtbot.addWidget(view)
    reported: list[BaseException] = []
    view.runner.report_error = lambda _parent, error: reported.append(error)
    with qtbot.waitSignal(view.runner.ended):
        view.set_source(Broken(), background=True)  # type: ignore[arg-type]
    assert [type(e) for e in reported] == told
    assert view.mine_button.text() == "&My cases (…)"  # not "0": nothing was read
    assert view.unsigned.title.text() == "Releases without a signed copy could not be listed."
