"""A message shown under a field of a scrolled case tab comes into view: at 1366x768 the
housing form's date error appeared below the window's edge after Ctrl+S, and a tired
person saw nothing happen."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from nap_desktop.domain.enums import PlacementStatus, ProgramType
from nap_desktop.services.workspace import Workspace
from tests.gui.conftest import plant_case
from tests.gui.test_case_view import choose, open_view, set_date


def test_a_date_error_below_the_fold_is_scrolled_into_view(
        qtbot: QtBot, workspace: Workspace) -> None:
    planted = plant_case(workspace)
    view = open_view(qtbot, workspace, planted.client_id)
    view.resize(1366, 520)
    view.show()
    tab = view.housing_tab
    view.show_tab(tab)
    tab.new_placement()
    form = tab.form
    choose(form.program, ProgramType.EMERGENCY_SHELTER)
    form.provider.setText("Harbor Housing Partners")
    choose(form.status, PlacementStatus.ACCEPTED)
    today = workspace.ctx.today()
    set_date(form.referred_on, today - timedelta(days=9))
    set_date(form.start, today - timedelta(days=2))
    set_date(form.expected_exit, today - timedelta(days=4))
    error = form.errors["expected_exit_date"]
    area = error.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    assert area is not None, "the housing form scrolls"
    area.verticalScrollBar().setValue(0)  # the person is looking at the top of the tab
    assert not form.save()
    assert not error.isHidden()
    qtbot.waitUntil(lambda: not error.visibleRegion().isEmpty(), timeout=2000)
