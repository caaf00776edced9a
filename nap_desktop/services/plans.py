"""Case plans with goals, and safety plans (issue #13).

A plan is due ``plan_due_days`` (vault setting, 30) after intake (the client's creation,
as a local date) and reviewed every ``plan_review_days`` (vault setting, 90) once
written. The plan row is created on the first save. Authority: a caseworker on a case
they may edit; supervisors any case; everyone reads. Audit details hold ids, the domain,
the status and counts, never a goal's or a safety plan's words (a code word, safe places).
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain import services_entities as se
from nap_desktop.domain.date_rules import day_words
from nap_desktop.domain.entities import User
from nap_desktop.domain.enums import ContactRisk, GoalStatus, PlanDomain, ProtectiveOrder, Role
from nap_desktop.domain.errors import NotFound, ValidationError
from nap_desktop.domain.fields import MEDIUM_TEXT
from nap_desktop.domain.messages import N_, Message
from nap_desktop.services import validate as v
from nap_desktop.services.base import ServiceContext, get_or_404, new_id
from nap_desktop.services.case_access import may_change
from nap_desktop.store import models as m

PLAN_DUE_DAYS = "plan_due_days"
PLAN_REVIEW_DAYS = "plan_review_days"
DEFAULT_PLAN_DUE_DAYS = 30
DEFAULT_PLAN_REVIEW_DAYS = 90
MAX_DAYS = 365
MAX_GOALS = 100

GOAL_GONE = N_("That goal no longer exists.")
GOAL_OTHER_CASE = N_("That goal belongs to another case. Nothing was saved.")
TOO_MANY_GOALS = N_("A case plan holds at most 100 goals.")
NOT_WRITTEN = N_("The plan has not been marked as written yet: mark it written first, "
                 "then record its reviews.")
REVIEW_FUTURE = N_("The review date ({day}) is in the future (today is {today}).")
REVIEW_BEFORE = N_("The review date ({day}) is before the plan was written ({written}).")
BAD_DAYS = N_("{label} must be a whole number of days from 1 to 365.")


def plan_days(s: OrmSession) -> tuple[int, int]:
    """(plan due days, review days) from the vault's settings (defaults 30, 90)."""
    found = {str(k): str(val) for k, val in s.execute(select(m.Setting.key, m.Setting.value)
                                                      .where(m.Setting.key.in_(
                                                          (PLAN_DUE_DAYS, PLAN_REVIEW_DAYS))))}

    def read(key: str, default: int) -> int:
        try:
            value = int(found.get(key, default))
        except ValueError:
            return default
        return value if 1 <= value <= MAX_DAYS else default
    return read(PLAN_DUE_DAYS, DEFAULT_PLAN_DUE_DAYS), read(PLAN_REVIEW_DAYS,
                                                           DEFAULT_PLAN_REVIEW_DAYS)


def intake_day(client: m.ClientRow) -> date:
    """The intake date: the client's creation, as a local calendar date."""
    return client.created_at.astimezone().date()


class PlanService:
    """Reached as ``Workspace.plans``."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def get(self, client_id: str) -> se.CasePlanView:
        """The case's plan, goals, safety plan, due and review dates, completion."""
        self.ctx.require(Role.CASEWORKER)
        with self.ctx.read() as s:
            return self._view(s, client_id)

    def save_goal(self, client_id: str, data: se.GoalInput, goal_id: str | None = None,
                  expected_revision: int | None = None) -> se.PlanGoal:
        """Add a goal (``goal_id`` None) or change one."""
        me = self.ctx.require(Role.CASEWORKER)
        domain = v.choice(PlanDomain, data.domain, field="domain", label=N_("Domain"))
        status = v.choice(GoalStatus, data.status, field="status", label=N_("Status"))
        text = v.text(data.description, field="description", label=N_("Goal"),
                      required=True, limit=MEDIUM_TEXT)
        v.day(data.target_date, field="target_date", label=N_("Target date"))
        now = self.ctx.now()
        with self.ctx.unit_of_work() as s:
            may_change(s, me, client_id)
            self._ensure_plan(s, client_id, me)
            if goal_id is None:
                count = s.scalar(select(func.count()).where(
                    m.PlanGoalRow.client_id == client_id)) or 0
                if count >= MAX_GOALS:
                    raise ValidationError(TOO_MANY_GOALS, field="description")
                row = m.PlanGoalRow(id=new_id(), client_id=client_id, created_at=now,
                                    revision=0, position=count)
                s.add(row)
            else:
                found = s.get(m.PlanGoalRow, goal_id)
                if found is None:
                    raise NotFound(GOAL_GONE)
                if found.client_id != client_id:
                    raise ValidationError(GOAL_OTHER_CASE, field="description")
                v.expect_revision(found.revision, expected_revision)
                row = found
            row.domain, row.description, row.status = domain.value, text, status.value
            row.target_date = data.target_date
            row.revision += 1
            row.updated_at = now
            s.flush()
            self.ctx.audit(s, "plan.goal", record_type="plan_goal", record_id=row.id,
                           detail=f"{row.domain} {row.status}")
            return _goal(row)

    def save_safety_plan(self, client_id: str, data: se.SafetyPlanInput,
                         expected_revision: int | None = None) -> se.SafetyPlan:
        """Create or change the case's safety plan."""
        me = self.ctx.require(Role.CASEWORKER)
        risk = v.choice(ContactRisk, data.contact_risk, field="contact_risk",
                        label=N_("Contact risk from the trafficker"))
        order = v.choice(ProtectiveOrder, data.protective_order, field="protective_order",
                         label=N_("Protective order"))
        texts = {key: v.text(getattr(data, key), field=key, label=label, limit=MEDIUM_TEXT)
                 for key, label in (("safe_contacts", N_("Safe contacts")),
                                    ("code_word", N_("Code word")),
                                    ("safe_places", N_("Safe places")),
                                    ("technology_safety", N_("Technology safety")),
                                    ("emergency_numbers", N_("Emergency numbers")))}
        v.day(data.reviewed_on, field="reviewed_on", label=N_("Reviewed on"))
        self._not_future(data.reviewed_on)
        now = self.ctx.now()
        with self.ctx.unit_of_work() as s:
            may_change(s, me, client_id)
            self._ensure_plan(s, client_id, me)
            row = s.scalars(select(m.SafetyPlanRow).where(
                m.SafetyPlanRow.client_id == client_id)).first()
            if row is None:
                row = m.SafetyPlanRow(id=new_id(), client_id=client_id, created_at=now,
                                      revision=0)
                s.add(row)
            else:
                v.expect_revision(row.revision, expected_revision)
            for key, value in texts.items():
                setattr(row, key, value)
            row.contact_risk, row.protective_order = risk.value, order.value
            row.reviewed_on = data.reviewed_on
            row.revision += 1
            row.updated_at = now
            s.flush()
            plan = _safety(row)
            self.ctx.audit(s, "plan.safety", record_type="safety_plan", record_id=row.id,
                           detail=f"{plan.filled}/{len(se.SAFETY_ITEMS)} items")
            return plan

    def mark_written(self, client_id: str) -> se.CasePlanView:
        """The plan was written today: no more "plan due"; the first review is due
        ``plan_review_days`` later."""
        me = self.ctx.require(Role.CASEWORKER)
        today = self.ctx.today()
        with self.ctx.unit_of_work() as s:
            may_change(s, me, client_id)
            plan = self._ensure_plan(s, client_id, me)
            plan.completed_on = today
            plan.next_review_on = today + timedelta(days=plan_days(s)[1])
            self._touch(plan)
            self.ctx.audit(s, "plan.written", record_type="case_plan", record_id=plan.id)
            return self._view(s, client_id)

    def mark_reviewed(self, client_id: str, on: date) -> se.CasePlanView:
        """The plan was reviewed ``on``: the next review is due ``plan_review_days`` later."""
        me = self.ctx.require(Role.CASEWORKER)
        v.day(on, field="reviewed_on", label=N_("Reviewed on"))
        self._not_future(on)
        with self.ctx.unit_of_work() as s:
            may_change(s, me, client_id)
            plan = self._ensure_plan(s, client_id, me)
            if plan.completed_on is None:
                raise ValidationError(NOT_WRITTEN, field="reviewed_on")
            if on < plan.completed_on:
                raise ValidationError(REVIEW_BEFORE, field="reviewed_on", day=day_words(on),
                                      written=day_words(plan.completed_on))
            plan.last_reviewed_on = on
            plan.next_review_on = on + timedelta(days=plan_days(s)[1])
            self._touch(plan)
            self.ctx.audit(s, "plan.reviewed", record_type="case_plan", record_id=plan.id)
            return self._view(s, client_id)

    def due_days(self) -> tuple[int, int]:
        """The settings (plan due days, review days)."""
        with self.ctx.read() as s:
            return plan_days(s)

    def set_due_days(self, plan_due_days: int, plan_review_days: int) -> None:
        """Change the settings (supervisors): plans not yet created take the new due
        days; a plan's next review moves at its next review."""
        self.ctx.require(Role.SUPERVISOR)
        for value, key, label in ((plan_due_days, PLAN_DUE_DAYS, N_("Plan due after")),
                                  (plan_review_days, PLAN_REVIEW_DAYS, N_("Review every"))):
            if isinstance(value, bool) or not isinstance(value, int) \
                    or not 1 <= value <= MAX_DAYS:
                raise ValidationError(BAD_DAYS, field=key, label=Message(label))
        with self.ctx.unit_of_work() as s:
            for key, value in ((PLAN_DUE_DAYS, plan_due_days),
                               (PLAN_REVIEW_DAYS, plan_review_days)):
                row = s.get(m.Setting, key)
                if row is None:
                    s.add(m.Setting(key=key, value=str(value)))
                elif row.value != str(value):
                    row.value = str(value)
                self.ctx.audit(s, "setting.change", detail=key)

    # --- helpers --------------------------------------------------------------------

    def _not_future(self, on: date | None) -> None:
        today = self.ctx.today()
        if on is not None and on > today:
            raise ValidationError(REVIEW_FUTURE, field="reviewed_on", day=day_words(on),
                                  today=day_words(today))

    def _ensure_plan(self, s: OrmSession, client_id: str, me: User) -> m.CasePlanRow:
        plan = s.scalars(select(m.CasePlanRow).where(
            m.CasePlanRow.client_id == client_id)).first()
        if plan is not None:
            return plan
        client = get_or_404(s, m.ClientRow, client_id, "client")
        now = self.ctx.now()
        plan = m.CasePlanRow(id=new_id(), client_id=client_id, created_at=now, updated_at=now,
                             revision=1, author_user_id=me.id,
                             due_on=intake_day(client) + timedelta(days=plan_days(s)[0]))
        s.add(plan)
        s.flush()
        return plan

    def _touch(self, plan: m.CasePlanRow) -> None:
        plan.revision += 1
        plan.updated_at = self.ctx.now()

    def _view(self, s: OrmSession, client_id: str) -> se.CasePlanView:
        client = get_or_404(s, m.ClientRow, client_id, "client")
        plan = s.scalars(select(m.CasePlanRow).where(
            m.CasePlanRow.client_id == client_id)).first()
        goals = [_goal(r) for r in s.scalars(select(m.PlanGoalRow).where(
            m.PlanGoalRow.client_id == client_id).order_by(m.PlanGoalRow.position))]
        safety_row = s.scalars(select(m.SafetyPlanRow).where(
            m.SafetyPlanRow.client_id == client_id)).first()
        safety = _safety(safety_row) if safety_row is not None else None
        intake = intake_day(client)
        due = plan.due_on if plan else intake + timedelta(days=plan_days(s)[0])
        written = plan.completed_on if plan else None
        review = plan.next_review_on if plan else None
        today = self.ctx.today()
        counted = [g for g in goals if g.status is not GoalStatus.DISCONTINUED]
        achieved = sum(g.status is GoalStatus.ACHIEVED for g in counted)
        return se.CasePlanView(
            client_id=client_id, case_number=client.case_number,
            plan_id=plan.id if plan else None, intake_on=intake, due_on=due,
            completed_on=written, last_reviewed_on=plan.last_reviewed_on if plan else None,
            next_review_on=review, goals=goals, safety_plan=safety,
            revision=plan.revision if plan else 0,
            safety_completion=safety.completion if safety else 0,
            goal_progress=achieved * 100 // len(counted) if counted else 0,
            overdue=(written is None and due < today)
            or (review is not None and review < today))


def _goal(r: m.PlanGoalRow) -> se.PlanGoal:
    return se.PlanGoal(id=r.id, client_id=r.client_id, domain=PlanDomain(r.domain),
                       description=r.description, target_date=r.target_date,
                       status=GoalStatus(r.status), position=r.position, revision=r.revision)


def _safety(r: m.SafetyPlanRow) -> se.SafetyPlan:
    return se.SafetyPlan(id=r.id, client_id=r.client_id, contact_risk=ContactRisk(r.contact_risk),
                         safe_contacts=r.safe_contacts, code_word=r.code_word,
                         safe_places=r.safe_places, technology_safety=r.technology_safety,
                         emergency_numbers=r.emergency_numbers,
                         protective_order=ProtectiveOrder(r.protective_order),
                         reviewed_on=r.reviewed_on, revision=r.revision)
