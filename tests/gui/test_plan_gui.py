"""The case's Plan tab: a goal added from the keyboard shows in the table, "Plan written"
and "Reviewed today" move the dates (late said in words), the safety plan counts its
items ("4 of 7") and discreet mode hides the code word, safe contacts and safe places."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from nap_desktop.domain.enums import ContactRisk, GoalStatus, PlanDomain
from nap_desktop.domain.services_entities import SafetyPlanInput
from nap_desktop.gui.case.plan_goal_dialog import PlanGoalDialog
from nap_desktop.gui.case.view import CaseView
from nap_desktop.gui.widgets.common import Choice
from nap_desktop.gui.widgets.labels import label
from nap_desktop.services.workspace import Workspace
from tests.gui.conftest import PlantedCase, plant_case

CODE_WORD = "Bluebird-Canary-7731"


@pytest.fixture
def planted(workspace: Workspace) -> PlantedCase:
    return plant_case(workspace)


def open_plan(qtbot: QtBot, ws: Workspace, client_id: str, *, discreet: bool = False
              ) -> CaseView:
    view = CaseView(workspace=ws, client_id=client_id, discreet=discreet)
    view.guard.ask = lambda *_a: Choice.DISCARD
    qtbot.addWidget(view)
    view.resize(1300, 900)
    view.show()
    view.show_tab(view.plan_tab)
    return view


def goal_filler(text: str, domain: PlanDomain) -> Callable[[QDialog], int]:
    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, PlanGoalDialog)
        ui = dialog.ui
        assert not dialog.submit()  # the goal's words first, said under the field
        assert ui.description_error.isVisibleTo(dialog)
        ui.domain.setCurrentIndex(ui.domain.findData(domain.value))
        ui.description.setPlainText(text)
        dialog.submit()
        return int(dialog.result())
    return run


def test_a_goal_added_shows_in_the_table(qtbot: QtBot, workspace: Workspace,
                                         planted: PlantedCase) -> None:
    view = open_plan(qtbot, workspace, planted.client_id)
    tab = view.plan_tab
    assert tab.empty.isVisible()
    tab.run_dialog = goal_filler("Find a room near the school", PlanDomain.HOUSING)
    with qtbot.waitSignal(tab.listed, timeout=5000):
        assert tab.add_goal()
    model = tab.goals
    assert model.rowCount() == 1
    row = [model.data(model.index(0, c)) for c in range(4)]
    assert row == [label(PlanDomain.HOUSING), "Find a room near the school", "none",
                   label(GoalStatus.NOT_STARTED)]
    assert not tab.empty.isVisible()
    assert tab.edit_goal_button.isEnabled()  # the new goal is selected


def test_plan_due_in_words_then_written_then_review_overdue(
        qtbot: QtBot, workspace: Workspace, planted: PlantedCase) -> None:
    view = open_plan(qtbot, workspace, planted.client_id)
    tab = view.plan_tab
    assert "Plan due in 30 day" in tab.plan_label.text()  # "days" with the catalogue
    assert tab.written_button.isEnabled() and not tab.reviewed_button.isEnabled()
    with qtbot.waitSignal(tab.listed, timeout=5000):
        assert tab.mark_written()
    assert tab.plan_label.text().startswith("Plan written on")
    assert tab.reviewed_button.isEnabled() and not tab.written_button.isEnabled()
    now = workspace.ctx.now()
    workspace.ctx.clock = lambda: now + timedelta(days=102)  # 90-day review, 12 days late
    view.reload()
    assert "Review overdue by 12 day" in tab.review_label.text()
    with qtbot.waitSignal(tab.listed, timeout=5000):
        assert tab.mark_reviewed()
    assert "Next review in 90 day" in tab.review_label.text()


def test_the_safety_plan_counts_its_items_and_discreet_mode_hides_its_secrets(
        qtbot: QtBot, workspace: Workspace, planted: PlantedCase) -> None:
    workspace.plans.save_safety_plan(planted.client_id, SafetyPlanInput(
        contact_risk=ContactRisk.HIGH, code_word=CODE_WORD, safe_contacts="Aunt Lucia",
        safe_places="St. Mark's shelter"))
    view = open_plan(qtbot, workspace, planted.client_id)
    form = view.plan_tab.safety
    assert "5 of 7" in form.progress.text()  # risk, 3 texts, the order status said
    assert form.code_word.text() == CODE_WORD
    view.set_discreet(True)
    assert form.code_word.text() == "" and not form.code_word.isVisibleTo(view)
    assert not form.safe_contacts.isVisibleTo(view) and not form.safe_places.isVisibleTo(view)
    assert form.masked_note.isVisibleTo(view)
    shown = " ".join(w.text() for w in view.findChildren(type(form.progress)))
    assert CODE_WORD not in shown and "Aunt Lucia" not in shown
    assert form.technology.isVisibleTo(view)  # the rest stays usable


def test_a_safety_plan_is_saved_from_the_form(qtbot: QtBot, workspace: Workspace,
                                             planted: PlantedCase) -> None:
    view = open_plan(qtbot, workspace, planted.client_id)
    form = view.plan_tab.safety
    assert "1 of 7" in form.progress.text()  # the protective-order status is always said
    form.code_word.setText("Sunflower")
    form.numbers.setPlainText("911; hotline 1-888-373-7888")
    assert "3 of 7" in form.progress.text()
    assert view.is_dirty()
    with qtbot.waitSignal(view.plan_tab.listed, timeout=5000):
        assert form.save()
    stored = workspace.plans.get(planted.client_id).safety_plan
    assert stored is not None and stored.code_word == "Sunflower"
    assert not view.is_dirty()
