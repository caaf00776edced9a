"""Admin ▸ Funding sources and projects… and Reports ▸ Program activities…: a supervisor
adds an award and a project and finds them in the lists; a caseworker reads them only;
a program activity is added and listed; the menu items are where the menus say."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QDialog, QMenu
from pytestqt.qtbot import QtBot

from nap_desktop.domain.enums import ActivityAudience, ActivityKind, Funder
from nap_desktop.gui.funding.activities import ProgramActivitiesDialog, ProgramActivityDialog
from nap_desktop.gui.funding.dialog import FundingDialog
from nap_desktop.gui.main_window import MainWindow
from nap_desktop.services.workspace import Workspace
from tests.gui.conftest import MARCUS_PASSPHRASE


@pytest.fixture
def dialog(qtbot: QtBot, workspace: Workspace) -> Iterator[FundingDialog]:
    funding = FundingDialog(workspace=workspace)
    qtbot.addWidget(funding)
    funding.show()
    yield funding


def test_a_supervisor_adds_an_award_and_a_project(dialog: FundingDialog,
                                                  workspace: Workspace) -> None:
    ui = dialog.ui
    assert ui.source_empty.isVisible() and ui.project_empty.isVisible()
    assert not dialog.save_source()  # a name first, said under the field
    assert ui.source_name_error.isVisible()
    ui.funder.setCurrentIndex(ui.funder.findData(Funder.VOCA.value))
    ui.source_name.setText("VOCA victim services")
    ui.award_number.setText("2026-V2-GX-0042")
    assert dialog.save_source(), ui.message.text()
    assert ui.source_list.count() == 1 and "2026-V2-GX-0042" in ui.source_list.item(0).text()
    ui.project_name.setText("Harbor rapid re-housing")
    ui.project_type.setCurrentIndex(ui.project_type.findData(13))
    ui.project_funding.setCurrentIndex(1)  # the award just saved
    ui.coc_code.setText("xx-500")
    assert dialog.save_project(), ui.message.text()
    project = workspace.funding.projects()[0]
    assert project.hmis_project_type == 13 and project.coc_code == "XX-500"
    assert project.funding_source_id == workspace.funding.sources()[0].id
    assert not ui.project_empty.isVisible()


def test_a_bad_coc_code_is_refused_under_its_field(dialog: FundingDialog,
                                                    workspace: Workspace) -> None:
    ui = dialog.ui
    ui.project_name.setText("Shelter")
    ui.coc_code.setText("not a code")
    assert not dialog.save_project()
    assert ui.coc_code_error.isVisible() or ui.message.isVisible()
    assert workspace.funding.projects() == []


def test_a_caseworker_reads_but_does_not_save(qtbot: QtBot, workspace: Workspace) -> None:
    workspace.lock()
    marcus = Workspace.unlock(workspace.vault, "marcus", MARCUS_PASSPHRASE)
    funding = FundingDialog(workspace=marcus)
    qtbot.addWidget(funding)
    assert not funding.ui.source_save.isEnabled() and not funding.ui.project_save.isEnabled()
    assert "supervisor" in funding.ui.intro.text()
    marcus.lock()


def test_a_program_activity_is_added_and_listed(qtbot: QtBot, workspace: Workspace) -> None:
    activities = ProgramActivitiesDialog(workspace=workspace)
    qtbot.addWidget(activities)
    activities.show()
    assert activities.ui.empty.isVisible()

    def fill(dialog: QDialog) -> int:
        assert isinstance(dialog, ProgramActivityDialog)
        ui = dialog.ui
        ui.kind.setCurrentIndex(ui.kind.findData(ActivityKind.TRAINING.value))
        ui.audience.setCurrentIndex(ui.audience.findData(ActivityAudience.HEALTH.value))
        ui.attendees.setValue(34)
        dialog.submit()
        return int(dialog.result())

    activities.run_dialog = fill
    assert activities.add()
    assert activities.model.rowCount() == 1
    assert activities.model.data(activities.model.index(0, 3)) == "34"
    assert not activities.ui.empty.isVisible() and activities.ui.edit_button.isEnabled()


def test_the_menu_items(qtbot: QtBot, workspace: Workspace) -> None:
    window = MainWindow(workspace=workspace)
    qtbot.addWidget(window)
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    reports_menu, admin_menu = menus["&Reports"], menus["&Admin"]
    assert isinstance(reports_menu, QMenu) and isinstance(admin_menu, QMenu)
    reports = [a.text() for a in reports_menu.actions()]
    admin = [a.text() for a in admin_menu.actions()]
    assert "&Program activities…" in reports
    assert "&Funding sources and projects…" in admin
    opened: list[QDialog] = []

    def run(dialog: QDialog) -> int:
        opened.append(dialog)
        return 0

    window.run_dialog = run
    window.funding.open_funding()
    window.funding.open_activities()
    assert [type(d) for d in opened] == [FundingDialog, ProgramActivitiesDialog]
    window.autolock.shutdown()
