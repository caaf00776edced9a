"""The derived tasks (issue #13), as SQL over the records that hold their due dates.

Each kind is one indexed query; ``owner`` (a user id) restricts it to the cases assigned
to that user (``ix_clients_assigned_id``, then each table's client index), None gives
every case (a supervisor's team view). Only open work within ``limit`` (a date) comes
back: overdue items always do.
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


def _mine(stmt: Any, owner: str | None) -> Any:
    """``stmt`` (a select joined to ``clients``) for the cases of ``owner`` only."""
    return stmt if owner is None else stmt.where(C.assigned_user_id == owner)


def _local_midnight_utc(day: date) -> datetime:
    """The UTC instant at which the local calendar ``day`` begins."""
    return datetime.combine(day, time()).astimezone(UTC)


def plan_tasks(s: OrmSession, owner: str | None, today: date, limit: date) -> Iterator[Found]:
    """Plans not written by their due date; written plans whose review is due."""
    cp = m.CasePlanRow
    due_days, _review = plan_days(s)
    # A case without a plan row is due ``due_days`` after its intake (local date).
    cutoff = _local_midnight_utc(limit - timedelta(days=due_days - 1))
    due = _mine(select(C.id, C.case_number, C.assigned_user_id, C.created_at, cp.id, cp.due_on)
                .select_from(C).outerjoin(cp, cp.client_id == C.id)
                .where(cp.completed_on.is_(None),
                       or_(cp.due_on <= limit, and_(cp.id.is_(None), C.created_at < cutoff))),
                owner)
    for cid, number, worker, created, plan_id, due_on in s.execute(due):
        on = due_on or intake_day_of(created) + timedelta(days=due_days)
        yield Found(TaskKind.PLAN_DUE, on, cid, number, worker, "case_plan", plan_id,
                    f"plan_due:{cid}")
    review = _mine(select(C.id, C.case_number, C.assigned_user_id, cp.id, cp.next_review_on)
                   .join(cp, cp.client_id == C.id)
                   .where(cp.completed_on.is_not(None), cp.next_review_on <= limit), owner)
    for cid, number, worker, plan_id, on in s.execute(review):
        yield Found(TaskKind.PLAN_REVIEW, on, cid, number, worker, "case_plan", plan_id,
                    f"plan_review:{plan_id}:{on.isoformat()}")


def intake_day_of(created: datetime) -> date:
    """The local intake date of a client created at ``created`` (UTC)."""
    return intake_day(C(created_at=created))


def consent_tasks(s: OrmSession, owner: str | None, today: date, limit: date
                  ) -> Iterator[Found]:
    """Active releases ending within the caseload's "consent expiring" window."""
    rel = m.ReleaseRow
    end = max(limit, today + timedelta(days=EXPIRING_DAYS))
    stmt = _mine(select(C.id, C.case_number, C.assigned_user_id, rel.id, rel.expires_on)
                 .join(C, C.id == rel.client_id)
                 .where(rel.status == ReleaseStatus.ACTIVE.value, rel.expires_on >= today,
                        rel.expires_on <= end), owner)
    for cid, number, worker, rid, on in s.execute(stmt):
        yield Found(TaskKind.CONSENT_EXPIRING, on, cid, number, worker, "release", rid,
                    f"consent_expiring:{rid}")


def step_tasks(s: OrmSession, owner: str | None, today: date, limit: date) -> Iterator[Found]:
    """Open restitution steps due by ``limit``."""
    st, mt = m.RestitutionStepRow, m.RestitutionMatterRow
    stmt = _mine(select(C.id, C.case_number, C.assigned_user_id, mt.id, st.id, st.due_on)
                 .select_from(st).join(mt, mt.id == st.matter_id)
                 .join(C, C.id == mt.client_id)
                 .where(text(OPEN_STEP_SQL), st.due_on <= limit), owner)
    for cid, number, worker, matter_id, step_id, on in s.execute(stmt):
        yield Found(TaskKind.RESTITUTION_STEP, on, cid, number, worker, "restitution",
                    matter_id, f"restitution_step:{step_id}")


def housing_tasks(s: OrmSession, owner: str | None, today: date, limit: date
                  ) -> Iterator[Found]:
    """Move-ins not recorded since the project start; expected exits due."""
    pl = m.PlacementRow
    needs = [p.value for p in ProgramType if p.needs_move_in]
    move_in = _mine(select(C.id, C.case_number, C.assigned_user_id, pl.id, pl.start_date)
                    .join(C, C.id == pl.client_id)
                    .where(pl.status == PlacementStatus.STARTED.value,
                           pl.program_type.in_(needs), pl.move_in_date.is_(None),
                           pl.start_date <= limit), owner)
    for cid, number, worker, pid, on in s.execute(move_in):
        yield Found(TaskKind.MOVE_IN_DUE, on, cid, number, worker, "placement", pid,
                    f"move_in_due:{pid}")
    exits = _mine(select(C.id, C.case_number, C.assigned_user_id, pl.id,
                         pl.expected_exit_date)
                  .join(C, C.id == pl.client_id)
                  .where(pl.status.in_([PlacementStatus.STARTED.value,
                                        PlacementStatus.MOVED_IN.value]),
                         pl.exit_date.is_(None), pl.expected_exit_date <= limit), owner)
    for cid, number, worker, pid, on in s.execute(exits):
        yield Found(TaskKind.EXIT_DUE, on, cid, number, worker, "placement", pid,
                    f"exit_due:{pid}")


def service_tasks(s: OrmSession, owner: str | None, today: date, limit: date
                  ) -> Iterator[Found]:
    """Planned services whose date has passed: follow up (deliver, or record what
    happened)."""
    sr = m.ServiceRecordRow
    stmt = _mine(select(C.id, C.case_number, C.assigned_user_id, sr.id, sr.provided_on)
                 .join(C, C.id == sr.client_id)
                 .where(sr.status == ServiceStatus.PLANNED.value, sr.provided_on < today,
                        sr.voided_at.is_(None)), owner)
    for cid, number, worker, sid, on in s.execute(stmt):
        yield Found(TaskKind.SERVICE_FOLLOW_UP, on, cid, number, worker, "service", sid,
                    f"service_follow_up:{sid}")


def manual_tasks(s: OrmSession, owner: str | None, client_id: str | None = None
                 ) -> Iterator[Found]:
    """Open manual tasks assigned to ``owner`` (every one with None)."""
    t = m.TaskRow
    stmt = (select(t.id, t.client_id, C.case_number, t.assigned_user_id, t.due_on, t.title)
            .outerjoin(C, C.id == t.client_id).where(t.status == TaskStatus.OPEN.value))
    if owner is not None:
        stmt = stmt.where(t.assigned_user_id == owner)
    if client_id is not None:
        stmt = stmt.where(t.client_id == client_id)
    for tid, cid, number, worker, on, title in s.execute(stmt):
        yield Found(TaskKind.MANUAL, on, cid, number or "", worker, "task", tid,
                    f"manual:{tid}", task_id=tid, title=title)


DERIVED = (plan_tasks, consent_tasks, step_tasks, housing_tasks, service_tasks)
