"""Case plans with goals, and safety plans (issue #13).

A plan is due ``plan_due_days`` (setting, 30) after intake (the client's creation, local
date) and reviewed every ``plan_review_days`` (setting, 90). The plan row is created on
the first save. Authority: a caseworker on a case they may edit; supervisors any case.
Audit details hold ids and counts, never a goal's or a safety plan's words.
"""

from __future__ import annotations

from datetime import date

from nap_desktop.domain import services_entities as se
from nap_desktop.services.base import ServiceContext

PLAN_DUE_DAYS = "plan_due_days"
PLAN_REVIEW_DAYS = "plan_review_days"
DEFAULT_PLAN_DUE_DAYS = 30
DEFAULT_PLAN_REVIEW_DAYS = 90


class PlanService:
    """Reached as ``Workspace.plans``."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def get(self, client_id: str) -> se.CasePlanView:
        """The case's plan, goals, safety plan, due and review dates, completion."""
        raise NotImplementedError

    def save_goal(self, client_id: str, data: se.GoalInput, goal_id: str | None = None,
                  expected_revision: int | None = None) -> se.PlanGoal:
        """Add a goal (``goal_id`` None) or change one."""
        raise NotImplementedError

    def save_safety_plan(self, client_id: str, data: se.SafetyPlanInput,
                         expected_revision: int | None = None) -> se.SafetyPlan:
        """Create or change the case's safety plan."""
        raise NotImplementedError

    def mark_written(self, client_id: str) -> se.CasePlanView:
        """The plan was written today: no more "plan due"; the first review is due
        ``plan_review_days`` later."""
        raise NotImplementedError

    def mark_reviewed(self, client_id: str, on: date) -> se.CasePlanView:
        """The plan was reviewed ``on``: the next review is due ``plan_review_days`` later."""
        raise NotImplementedError

    def due_days(self) -> tuple[int, int]:
        """The settings (plan due days, review days)."""
        raise NotImplementedError

    def set_due_days(self, plan_due_days: int, plan_review_days: int) -> None:
        """Change the settings (supervisors)."""
        raise NotImplementedError
