"""Opening a case builds only the tab in front (issue #16); every other tab is built the
first time it is shown, with the newest record and the current discreet mode, and what a
caseworker sees is the same as when every tab was built at once."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from nap_desktop.domain.enums import InfoCategory, ProgramType
from nap_desktop.gui.case.housing_tab import HousingTab
from nap_desktop.gui.case.view import CaseView
from nap_desktop.gui.main_window import MainWindow
from nap_desktop.gui.widgets.common import Choice
from nap_desktop.services.housing import PlacementInput
from nap_desktop.services.workspace import Workspace
from tests.gui.conftest import (
    ADMIN_PASSPHRASE,
    PLANTED_NAME,
    PlantedCase,
    case_window,
    plant_case,
)
from tests.gui.test_autolock import unlock_again
from tests.gui.test_case_view import model_text

TITLES = ["Referral", "Client", "Releases", "Housing", "Restitution", "Notes", "History",
          "Documents", "Services", "Plan"]


@pytest.fixture
def planted(workspace: Workspace) -> PlantedCase:
    return plant_case(workspace)


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace) -> Iterator[MainWindow]:
    win = case_window(qtbot, workspace)
    yield win
    win.autolock.shutdown()


def as_view(view: object) -> CaseView:
    assert isinstance(view, CaseView)
    view.guard.ask = lambda *_a: Choice.DISCARD
    return view


def built(view: CaseView) -> list[str]:
    """The titles of the tabs whose widgets exist (read from the pages, not through the
    view's attributes, which would build them)."""
    pages = [view.tabs.widget(i) for i in range(view.tabs.count())]
    return [view.tabs.tabText(i).rstrip(" *") for i, page in enumerate(pages)
            if isinstance(page, QScrollArea) and page.widget() is not None]


def go_to(view: CaseView, title: str) -> None:
    """A click on the tab titled ``title``."""
    titles = [view.tabs.tabText(i).rstrip(" *") for i in range(view.tabs.count())]
    view.tabs.setCurrentIndex(titles.index(title))


def page_text(view: CaseView) -> str:
    """What the tab in front shows: labels, fields, and its lists' rows."""
    page: QWidget = view.tabs.currentWidget()
    parts = [w.text() for w in page.findChildren(QLabel) if w.isVisibleTo(page)]
    parts += [w.text() for w in page.findChildren(QLineEdit) if w.isVisibleTo(page)]
    parts += [w.toPlainText() for w in page.findChildren(QPlainTextEdit) if w.isVisibleTo(page)]
    parts += [model_text(m) for m in page.findChildren(QAbstractItemModel)]
    return "\n".join(parts)


def add_placement(ws: Workspace, client_id: str, provider: str) -> str:
    return ws.housing.add_placement(
        client_id, PlacementInput(program_type=ProgramType.EMERGENCY_SHELTER, provider=provider)
    ).id


def test_opening_a_case_builds_only_the_tab_in_front(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, planted: PlantedCase
) -> None:
    add_placement(workspace, planted.client_id, "Safe Haven Shelter")
    view = as_view(window.cases.open_case(planted.client_id))
    assert view.isVisible()
    assert built(view) == ["Referral"]
    assert view.findChildren(HousingTab) == []  # no Housing widgets at all yet
    assert "EXT-PLANT-1" in page_text(view)  # the referral is shown
    # The tab bar is whole from the start: every title, every Alt+number tooltip.
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == TITLES
    assert view.tabs.tabToolTip(3) == "Alt+4" and view.tabs.tabToolTip(9) == "Alt+0"

    view.tabs.tabBar().setFocus()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert view.tabs.tabText(view.tabs.currentIndex()) == "Housing"
    assert built(view) == ["Referral", "Housing"]
    assert "Safe Haven Shelter" in page_text(view)


def test_a_dashboard_release_or_a_task_builds_only_the_tab_it_opens(
    window: MainWindow, workspace: Workspace, planted: PlantedCase
) -> None:
    partner = next(a for a in workspace.agencies.list(include_self=False))
    release = workspace.releases.create(
        client_id=planted.client_id, recipient_agency_id=partner.id,
        categories=[InfoCategory.IDENTITY], purpose="Legal",
        expires_on=workspace.ctx.today() + timedelta(days=90), signed_by="survivor",
        form_language="English", signed_on=workspace.ctx.today(),
        services_not_conditional=True,
    )
    view = as_view(window.cases.open_release(planted.client_id, release.id))
    assert built(view) == ["Releases"]
    assert view.releases_tab.selected_id() == release.id

    other = plant_case(workspace, name="Second Client")
    placement = add_placement(workspace, other.client_id, "Harbor House")
    task_view = as_view(window.cases.open_record(other.client_id, "placement", placement))
    assert built(task_view) == ["Housing"]
    assert "Harbor House" in page_text(task_view)


def test_a_tab_built_after_a_save_shows_the_newest_record(
    window: MainWindow, workspace: Workspace, planted: PlantedCase
) -> None:
    view = as_view(window.cases.open_case(planted.client_id))
    # Someone else adds a placement; then this caseworker saves the client's details,
    # which reloads the case: Housing, never shown yet, shows the placement.
    add_placement(workspace, planted.client_id, "Added Meanwhile Shelter")
    go_to(view, "Client")
    form = view.client_tab.form
    form.preferred_name.setText("Ana")
    assert form.save()
    assert built(view) == ["Referral", "Client"]
    go_to(view, "Housing")
    assert "Added Meanwhile Shelter" in page_text(view)


def test_reveal_reaches_tabs_built_before_and_after_it(
    qtbot: QtBot, workspace: Workspace, planted: PlantedCase
) -> None:
    workspace.cases.add_note(planted.client_id, f"Spoke with {PLANTED_NAME} today")
    view = as_view(CaseView(workspace=workspace, client_id=planted.client_id, discreet=True))
    qtbot.addWidget(view)
    view.show()
    go_to(view, "Client")
    assert PLANTED_NAME not in page_text(view)
    view.reveal()
    assert PLANTED_NAME in page_text(view)  # built before the reveal, revealed by it
    assert "Notes" not in built(view)
    go_to(view, "Notes")
    assert f"Spoke with {PLANTED_NAME} today" in page_text(view)  # built after it
    view.set_discreet(True)
    assert PLANTED_NAME not in page_text(view)
    go_to(view, "History")
    assert PLANTED_NAME not in page_text(view)


def test_an_edit_survives_the_auto_lock_and_only_its_tab_is_rebuilt(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, planted: PlantedCase
) -> None:
    view = as_view(window.cases.open_case(planted.client_id))
    go_to(view, "Notes")
    view.notes_tab.form.body_edit.setPlainText("Draft: court date moved")
    assert view.tabs.tabText(view.tabs.currentIndex()) == "Notes *"
    with qtbot.waitSignal(window.locked, timeout=2000):
        window.lock_action.trigger()
    assert window.cases.views() == []

    window.ask = lambda *_a: True  # "keep the unsaved changes?" — yes
    unlock_again(qtbot, window, "admin", ADMIN_PASSPHRASE)
    restored = as_view(window.cases.view_for(planted.client_id))
    assert restored is not view
    assert restored.tabs.tabText(restored.tabs.currentIndex()) == "Notes *"
    assert built(restored) == ["Notes"]
    assert "Draft: court date moved" in page_text(restored)
