"""The derived tasks (issue #13), as SQL over the records that hold their due dates.

Each kind is one indexed query over a :class:`Scope`: the cases of one user ("My tasks":
``ix_clients_assigned_id``, then each table's client index), one case, or every case (a
supervisor's team view). Only open work due by ``limit`` (a date) comes back, overdue
items always; each query returns its rows by due date, at most ``Scope.most`` of them, so
the earliest ``most`` tasks of all kinds are always among what the queries return (the
service merges them and keeps the first ``most``): a caseworker with thousands of overdue
items still gets a page at once. The service also passes, once it holds ``most`` tasks,
the due date of the ``most``-th as ``Scope.until``: a later kind's walk stops there
instead of reading 500 rows none of which can make the page.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, or_, select, text
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain.enums import (
    PlacementStatus,
    ProgramType,
    ReleaseStatus,
    ServiceStatus,
    TaskKind,
    TaskStatus,
)
from nap_desktop.domain.rules import TERMINAL_REFERRAL_STATUSES
from nap_desktop.services.caseload_sql import EXPIRING_DAYS
from nap_desktop.services.plans import intake_day, plan_days
from nap_desktop.services.queries import OPEN_STEP_SQL
from nap_desktop.store import models as m

C = m.ClientRow


@dataclass(frozen=True, slots=True)
class Found:
    """One derived or manual task as the queries find it."""

    kind: TaskKind
    due_on: date
    client_id: str | None
    case_number: str
    worker_id: str | None
    record_type: str
    record_id: str | None
    key: str
    task_id: str | None = None
    title: str = ""


@dataclass(frozen=True, slots=True)
class Scope:
    """Whose tasks: the cases assigned to ``owner`` (None: everyone's), or one case
    (``client_id``); at most ``most`` per kind (None: all), earliest due first; none due
    before ``since`` (None: every overdue one) nor after ``until`` (None: up to each
    kind's own limit)."""

    owner: str | None = None
    client_id: str | None = None
    most: int | None = None
    since: date | None = None
    until: date | None = None


def _until(scope: Scope, day: date) -> date:
    """``day``, or ``scope.until`` when that is earlier."""
    return day if scope.until is None else min(day, scope.until)


def _scoped(stmt: Any, scope: Scope, due: Any, since: Any = None) -> Any:
    """``stmt`` (a select joined to ``clients``) narrowed to ``scope``, by ``due``
    (``since``: the condition for ``scope.since``, when not ``due >= scope.since``)."""
    if scope.since is not None:
        stmt = stmt.where(since if since is not None else due >= scope.since)
    if scope.owner is not None:
        stmt = stmt.where(C.assigned_user_id == scope.owner)
    if scope.client_id is not None:
        stmt = stmt.where(C.id == scope.client_id)
    stmt = stmt.order_by(due)
    return stmt if scope.most is None else stmt.limit(scope.most)


def _local_midnight_utc(day: date) -> datetime:
    """The UTC instant at which the local calendar ``day`` begins."""
    return datetime.combine(day, time()).astimezone(UTC)


#: A case is closed when it has referrals and every one of them is over (completed,
#: declined, withdrawn, expired): it has no plan due or to review. A case without any
#: referral is a new intake: open.
OPEN_CASE_SQL = (
    "(NOT EXISTS (SELECT 1 FROM referrals r WHERE r.client_id = clients.id) OR EXISTS "
    "(SELECT 1 FROM referrals r WHERE r.client_id = clients.id AND r.status NOT IN "
    "('completed', 'declined', 'expired', 'withdrawn')))")
assert {s.value for s in TERMINAL_REFERRAL_STATUSES} == {
    "completed", "declined", "expired", "withdrawn"}


def plan_due_tasks(s: OrmSession, scope: Scope, today: date, limit: date
                   ) -> Iterator[Found]:
    """Plans not written by their due date, on open cases only."""
    cp = m.CasePlanRow
    due_days, _review = plan_days(s)
    limit = _until(scope, limit)
    # A case without a plan row is due ``due_days`` after its intake (local date): by
    # intake order, as the plans that exist (their due date was set the same way).
    cutoff = _local_midnight_utc(limit - timedelta(days=due_days - 1))
    due = _scoped(select(C.id, C.case_number, C.assigned_user_id, C.created_at, cp.id,
                         cp.due_on)
                  .select_from(C).outerjoin(cp, cp.client_id == C.id)
                  .where(cp.completed_on.is_(None),
                         or_(cp.due_on <= limit, and_(cp.id.is_(None), C.created_at < cutoff)),
                         text(OPEN_CASE_SQL)), scope, C.created_at,
                  since=None if scope.since is None else or_(
                      cp.due_on >= scope.since, and_(cp.id.is_(None), C.created_at >= (
                          _local_midnight_utc(scope.since - timedelta(days=due_days))))))
    for cid, number, worker, created, plan_id, due_on in s.execute(due):
        on = due_on or intake_day(C(created_at=created)) + timedelta(days=due_days)
        yield Found(TaskKind.PLAN_DUE, on, cid, number, worker, "case_plan", plan_id,
                    f"plan_due:{cid}")


def plan_review_tasks(s: OrmSession, scope: Scope, today: date, limit: date
                      ) -> Iterator[Found]:
    """Written plans whose review is due, on open cases only."""
    cp = m.CasePlanRow
    limit = _until(scope, limit)
    review = _scoped(select(C.id, C.case_number, C.assigned_user_id, cp.id, cp.next_review_on)
                     .join(cp, cp.client_id == C.id)
                     .where(cp.completed_on.is_not(None), cp.next_review_on <= limit,
                            text(OPEN_CASE_SQL)), scope, cp.next_review_on)
    for cid, number, worker, plan_id, on in s.execute(review):
        yield Found(TaskKind.PLAN_REVIEW, on, cid, number, worker, "case_plan", plan_id,
                    f"plan_review:{plan_id}:{on.isoformat()}")


def consent_tasks(s: OrmSession, scope: Scope, today: date, limit: date) -> Iterator[Found]:
    """Active releases ending within the caseload's "consent expiring" window."""
    rel = m.ReleaseRow
    end = _until(scope, max(limit, today + timedelta(days=EXPIRING_DAYS)))
    stmt = _scoped(select(C.id, C.case_number, C.assigned_user_id, rel.id, rel.expires_on)
                   .join(C, C.id == rel.client_id)
                   .where(rel.status == ReleaseStatus.ACTIVE.value, rel.expires_on >= today,
                          rel.expires_on <= end), scope, rel.expires_on)
    for cid, number, worker, rid, on in s.execute(stmt):
        yield Found(TaskKind.CONSENT_EXPIRING, on, cid, number, worker, "release", rid,
                    f"consent_expiring:{rid}")


def step_tasks(s: OrmSession, scope: Scope, today: date, limit: date) -> Iterator[Found]:
    """Open restitution steps due by ``limit``."""
    st, mt = m.RestitutionStepRow, m.RestitutionMatterRow
    stmt = _scoped(select(C.id, C.case_number, C.assigned_user_id, mt.id, st.id, st.due_on)
                   .select_from(st).join(mt, mt.id == st.matter_id)
                   .join(C, C.id == mt.client_id)
                   .where(text(OPEN_STEP_SQL), st.due_on <= _until(scope, limit)), scope,
                   st.due_on)
    for cid, number, worker, matter_id, step_id, on in s.execute(stmt):
        yield Found(TaskKind.RESTITUTION_STEP, on, cid, number, worker, "restitution",
                    matter_id, f"restitution_step:{step_id}")


def move_in_tasks(s: OrmSession, scope: Scope, today: date, limit: date) -> Iterator[Found]:
    """Move-ins not recorded since the project start."""
    pl = m.PlacementRow
    needs = [p.value for p in ProgramType if p.needs_move_in]
    limit = _until(scope, limit)
    move_in = _scoped(select(C.id, C.case_number, C.assigned_user_id, pl.id, pl.start_date)
                      .join(C, C.id == pl.client_id)
                      .where(pl.status == PlacementStatus.STARTED.value,
                             pl.program_type.in_(needs), pl.move_in_date.is_(None),
                             pl.start_date <= limit), scope, pl.start_date)
    for cid, number, worker, pid, on in s.execute(move_in):
        yield Found(TaskKind.MOVE_IN_DUE, on, cid, number, worker, "placement", pid,
                    f"move_in_due:{pid}")


def exit_tasks(s: OrmSession, scope: Scope, today: date, limit: date) -> Iterator[Found]:
    """Expected exits due."""
    pl = m.PlacementRow
    limit = _until(scope, limit)
    exits = _scoped(select(C.id, C.case_number, C.assigned_user_id, pl.id,
                           pl.expected_exit_date)
                    .join(C, C.id == pl.client_id)
                    .where(pl.status.in_([PlacementStatus.STARTED.value,
                                          PlacementStatus.MOVED_IN.value]),
                           pl.exit_date.is_(None), pl.expected_exit_date <= limit),
                    scope, pl.expected_exit_date)
    for cid, number, worker, pid, on in s.execute(exits):
        yield Found(TaskKind.EXIT_DUE, on, cid, number, worker, "placement", pid,
                    f"exit_due:{pid}")


def service_tasks(s: OrmSession, scope: Scope, today: date, limit: date) -> Iterator[Found]:
    """Planned services whose date has passed: follow up (deliver, or record what
    happened)."""
    sr = m.ServiceRecordRow
    stmt = _scoped(select(C.id, C.case_number, C.assigned_user_id, sr.id, sr.provided_on)
                   .join(C, C.id == sr.client_id)
                   .where(sr.status == ServiceStatus.PLANNED.value,
                          sr.provided_on <= _until(scope, today - timedelta(days=1)),
                          sr.voided_at.is_(None)), scope, sr.provided_on)
    for cid, number, worker, sid, on in s.execute(stmt):
        yield Found(TaskKind.SERVICE_FOLLOW_UP, on, cid, number, worker, "service", sid,
                    f"service_follow_up:{sid}")


def manual_tasks(s: OrmSession, scope: Scope, today: date, limit: date) -> Iterator[Found]:
    """Open manual tasks assigned to the scope's owner (every one's with None), whatever
    their date (a person wrote them down)."""
    t = m.TaskRow
    stmt = (select(t.id, t.client_id, C.case_number, t.assigned_user_id, t.due_on, t.title)
            .outerjoin(C, C.id == t.client_id).where(t.status == TaskStatus.OPEN.value))
    if scope.owner is not None:
        stmt = stmt.where(t.assigned_user_id == scope.owner)
    if scope.client_id is not None:
        stmt = stmt.where(t.client_id == scope.client_id)
    if scope.until is not None:
        stmt = stmt.where(t.due_on <= scope.until)
    stmt = stmt.order_by(t.due_on)
    if scope.most is not None:
        stmt = stmt.limit(scope.most)
    for tid, cid, number, worker, on, title in s.execute(stmt):
        yield Found(TaskKind.MANUAL, on, cid, number or "", worker, "task", tid,
                    f"manual:{tid}", task_id=tid, title=title)


#: One query per kind; the service runs them in this order (see ``Scope.until``).
QUERIES = (plan_due_tasks, plan_review_tasks, consent_tasks, step_tasks, move_in_tasks,
           exit_tasks, service_tasks, manual_tasks)
