"""Case plans and safety plans (issue #13): due after intake, reviewed every 90 days,
goals with progress, safety-plan completion as the share of its seven items."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from nap_desktop.domain import services_entities as se
from nap_desktop.domain.enums import Role
from nap_desktop.domain.errors import PermissionDenied, StaleRecord, ValidationError
from nap_desktop.i18n import render
from nap_desktop.services.base import new_id
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.plans import PlanService
from nap_desktop.store import models as m
from tests.services.conftest import Services

INTAKE = date(2026, 11, 23)  # the fake clock's day


@pytest.fixture
def plans(svc: Services) -> PlanService:
    return PlanService(svc.ctx)


def _client(svc: Services) -> str:
    return svc.cases.create_client(PersonalInput(legal_name="Rosa Example")).id


def test_a_plan_is_due_30_days_after_intake_and_overdue_after(svc: Services,
                                                             plans: PlanService) -> None:
    client = _client(svc)
    view = plans.get(client)
    assert (view.plan_id, view.intake_on, view.due_on) == (None, INTAKE,
                                                            INTAKE + timedelta(days=30))
    assert not view.overdue
    svc.clock.advance(days=31)
    assert plans.get(client).overdue
    written = plans.mark_written(client)
    assert written.completed_on == INTAKE + timedelta(days=31) and not written.overdue
    assert written.next_review_on == written.completed_on + timedelta(days=90)


def test_a_review_moves_the_next_one_and_is_not_in_the_future(svc: Services,
                                                             plans: PlanService) -> None:
    client = _client(svc)
    with pytest.raises(ValidationError, match="not been marked as written"):
        plans.mark_reviewed(client, INTAKE)
    plans.mark_written(client)
    svc.clock.advance(days=100)
    assert plans.get(client).overdue
    reviewed = plans.mark_reviewed(client, INTAKE + timedelta(days=95))
    assert reviewed.next_review_on == INTAKE + timedelta(days=185) and not reviewed.overdue
    with pytest.raises(ValidationError) as refused:
        plans.mark_reviewed(client, INTAKE + timedelta(days=101))
    assert render(refused.value) == ("The review date (4 Mar 2027) is in the future (today "
                                     "is 3 Mar 2027).")


def test_the_due_days_are_a_supervisors_setting(svc: Services, plans: PlanService) -> None:
    assert plans.due_days() == (30, 90)
    with pytest.raises(PermissionDenied):
        plans.set_due_days(14, 60)
    svc.act_as("sofia")
    with pytest.raises(ValidationError, match="from 1 to 365"):
        plans.set_due_days(0, 60)
    plans.set_due_days(14, 60)
    assert plans.due_days() == (14, 60)
    assert plans.get(_client(svc)).due_on == INTAKE + timedelta(days=14)


def test_goals_are_added_changed_and_counted(svc: Services, plans: PlanService) -> None:
    client = _client(svc)
    housing = plans.save_goal(client, se.GoalInput(domain="housing",
                                                   description="Move to stable housing",
                                                   target_date=date(2027, 3, 1)))
    plans.save_goal(client, se.GoalInput(domain="legal_immigration",
                                         description="File the T visa", status="achieved"))
    plans.save_goal(client, se.GoalInput(domain="other", description="Driving lessons",
                                         status="discontinued"))
    view = plans.get(client)
    assert [g.domain.value for g in view.goals] == ["housing", "legal_immigration", "other"]
    assert view.goal_progress == 50  # 1 of the 2 not discontinued
    changed = plans.save_goal(client, se.GoalInput(domain="housing", description="Moved",
                                                   status="achieved"), goal_id=housing.id,
                              expected_revision=housing.revision)
    assert plans.get(client).goal_progress == 100
    with pytest.raises(StaleRecord):
        plans.save_goal(client, se.GoalInput(domain="housing", description="x"),
                        goal_id=housing.id, expected_revision=housing.revision)
    assert changed.revision == housing.revision + 1
    with pytest.raises(ValidationError, match="Goal is required"):
        plans.save_goal(client, se.GoalInput(domain="housing", description=" "))


def test_safety_plan_completion_is_the_share_of_its_seven_items(svc: Services,
                                                               plans: PlanService) -> None:
    client = _client(svc)
    assert plans.get(client).safety_completion == 0
    first = plans.save_safety_plan(client, se.SafetyPlanInput(
        contact_risk="high", safe_contacts="Sister (call first)", code_word="blue umbrella"))
    assert first.filled == 4 and first.completion == 57  # risk, contacts, word, order
    full = plans.save_safety_plan(client, se.SafetyPlanInput(
        contact_risk="high", safe_contacts="Sister", code_word="blue umbrella",
        safe_places="Library", technology_safety="New phone", emergency_numbers="911",
        protective_order="granted"), expected_revision=first.revision)
    assert full.completion == 100 and plans.get(client).safety_completion == 100


def test_plans_of_a_case_assigned_to_another_worker_are_theirs(svc: Services,
                                                              plans: PlanService) -> None:
    client = _client(svc)
    with svc.ctx.unit_of_work() as s:
        luis = new_id()
        s.add(m.UserRow(id=luis, name="luis", display_name="Luis", role=Role.CASEWORKER.value,
                        active=True, created_at=svc.clock()))
        row = s.get(m.ClientRow, client)
        assert row is not None
        row.assigned_user_id = luis
    with pytest.raises(PermissionDenied, match="assigned to Luis"):
        plans.save_safety_plan(client, se.SafetyPlanInput(code_word="x"))
    with pytest.raises(PermissionDenied):
        plans.mark_written(client)
    assert plans.get(client).plan_id is None  # reading stays open


def test_no_plan_words_reach_the_audit(svc: Services, plans: PlanService) -> None:
    from sqlalchemy import select

    client = _client(svc)
    plans.save_goal(client, se.GoalInput(domain="safety", description="Rosa avoids Elm St"))
    plans.save_safety_plan(client, se.SafetyPlanInput(code_word="blue umbrella",
                                                      safe_places="Rosa's aunt"))
    with svc.ctx.read() as s:
        details = " ".join(r.detail for r in s.scalars(select(m.AuditRow)))
    assert "Rosa" not in details and "umbrella" not in details and "Elm" not in details
