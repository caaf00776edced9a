"""The task queries and their merge as they were before the per-kind bound (December
2026): the oracle of ``test_tasks_oracle.py``. Kept verbatim but for this docstring and
``old_list`` at the end (the old ``TaskService._list``/``_items``); do not "fix" it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, or_, select, text
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain import services_entities as se
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
    before ``since`` (None: every overdue one)."""

    owner: str | None = None
    client_id: str | None = None
    most: int | None = None
    since: date | None = None


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


def plan_tasks(s: OrmSession, scope: Scope, today: date, limit: date) -> Iterator[Found]:
    """Plans not written by their due date; written plans whose review is due; on open
    cases only."""
    cp = m.CasePlanRow
    due_days, _review = plan_days(s)
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
    end = max(limit, today + timedelta(days=EXPIRING_DAYS))
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
                   .where(text(OPEN_STEP_SQL), st.due_on <= limit), scope, st.due_on)
    for cid, number, worker, matter_id, step_id, on in s.execute(stmt):
        yield Found(TaskKind.RESTITUTION_STEP, on, cid, number, worker, "restitution",
                    matter_id, f"restitution_step:{step_id}")


def housing_tasks(s: OrmSession, scope: Scope, today: date, limit: date) -> Iterator[Found]:
    """Move-ins not recorded since the project start; expected exits due."""
    pl = m.PlacementRow
    needs = [p.value for p in ProgramType if p.needs_move_in]
    move_in = _scoped(select(C.id, C.case_number, C.assigned_user_id, pl.id, pl.start_date)
                      .join(C, C.id == pl.client_id)
                      .where(pl.status == PlacementStatus.STARTED.value,
                             pl.program_type.in_(needs), pl.move_in_date.is_(None),
                             pl.start_date <= limit), scope, pl.start_date)
    for cid, number, worker, pid, on in s.execute(move_in):
        yield Found(TaskKind.MOVE_IN_DUE, on, cid, number, worker, "placement", pid,
                    f"move_in_due:{pid}")
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
                   .where(sr.status == ServiceStatus.PLANNED.value, sr.provided_on < today,
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
    stmt = stmt.order_by(t.due_on)
    if scope.most is not None:
        stmt = stmt.limit(scope.most)
    for tid, cid, number, worker, on, title in s.execute(stmt):
        yield Found(TaskKind.MANUAL, on, cid, number or "", worker, "task", tid,
                    f"manual:{tid}", task_id=tid, title=title)


QUERIES = (plan_tasks, consent_tasks, step_tasks, housing_tasks, service_tasks, manual_tasks)


def old_list(s: OrmSession, scope: Scope, today: date, horizon_days: int,
             names: dict[str, str]) -> list[se.TaskItem]:
    """``TaskService._list`` as it was: every kind's rows, sorted, the first ``most``."""
    limit = today + timedelta(horizon_days)
    found: list[Found] = []
    for query in QUERIES:
        found += query(s, scope, today, limit)
    items = [se.TaskItem(key=f.key, kind=f.kind, due_on=f.due_on, client_id=f.client_id,
                         case_number=f.case_number, assigned_user_id=f.worker_id,
                         worker_name=names.get(f.worker_id or "", ""),
                         overdue=f.due_on < today, record_type=f.record_type,
                         record_id=f.record_id, task_id=f.task_id, title=f.title)
             for f in found]
    items.sort(key=lambda i: (not i.overdue, i.due_on, i.kind.value, i.key))
    return items if scope.most is None else items[:scope.most]
