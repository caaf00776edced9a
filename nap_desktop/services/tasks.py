"""A caseworker's tasks (issue #13): manual tasks stored, derived tasks computed.

Derived from due dates on the user's cases (``services/task_queries.py``): plan due, plan
review, a release of information expiring (the caseload's 30-day window), a restitution
step due, a housing move-in or expected exit due, a planned service whose date has
passed (follow up). ``ics()`` writes the user's task dates as an iCalendar file that
names the task kind and the case number ONLY — never a name, a manual task's title or a
note: a calendar leaves the vault (phones, cloud calendars).
"""

from __future__ import annotations

import hashlib
import heapq
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain import ics
from nap_desktop.domain import services_entities as se
from nap_desktop.domain.enums import Role, TaskKind, TaskStatus
from nap_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from nap_desktop.domain.fields import MEDIUM_TEXT
from nap_desktop.domain.labels import source
from nap_desktop.domain.messages import N_
from nap_desktop.domain.rules import role_at_least
from nap_desktop.i18n import translator
from nap_desktop.services import task_queries as q
from nap_desktop.services import validate as v
from nap_desktop.services.base import ServiceContext, new_id
from nap_desktop.services.case_access import may_change
from nap_desktop.store import models as m

#: Derived tasks due within this many days show on "My tasks" (overdue ones always do).
HORIZON_DAYS = 30
#: The most tasks one call returns (earliest due first): a page, at once, even for a
#: caseworker with thousands of overdue items. The calendar also goes this far back.
MOST = 500
TEAM_MOST = 2000
ICS_PAST_DAYS = 30
TITLE_LIMIT = 200
TASK_GONE = N_("That task no longer exists.")
NOT_OPEN = N_("This task is already done or cancelled.")
NOT_YOURS = N_("Only the person the task is assigned to, who created it, or a supervisor "
               "can change it. Nothing was changed.")
ASSIGN_OTHERS = N_("Only a supervisor can give a task to someone else.")
NO_SUCH_USER = N_("Choose an active user to give the task to.")


class TaskService:
    """Reached as ``Workspace.tasks``."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def mine(self, today: date | None = None, *, most: int = MOST) -> list[se.TaskItem]:
        """Open tasks, derived and manual, for the signed-in user: overdue first, then by
        due date; the first ``most``."""
        me = self.ctx.require(Role.CASEWORKER)
        return self._list(q.Scope(owner=me.id, most=most), today)

    def team(self, today: date | None = None, *, most: int = TEAM_MOST) -> list[se.TaskItem]:
        """Every worker's open tasks (supervisors), with the worker's name; the first
        ``most``."""
        self.ctx.require(Role.SUPERVISOR)
        return self._list(q.Scope(most=most), today)

    def for_client(self, client_id: str, today: date | None = None) -> list[se.TaskItem]:
        """The open tasks of one case (anyone who may read it)."""
        self.ctx.require(Role.CASEWORKER)
        return self._list(q.Scope(client_id=client_id), today)

    def add(self, data: se.TaskInput) -> se.TaskItem:
        """A manual task (assigned to the signed-in user unless a supervisor names
        someone else)."""
        me = self.ctx.require(Role.CASEWORKER)
        title = v.text(data.title, field="title", label=N_("Task"), required=True,
                       limit=TITLE_LIMIT)
        if not isinstance(data.due_on, date):
            raise ValidationError(N_("Choose the date the task is due."), field="due_on")
        v.day(data.due_on, field="due_on", label=N_("Due"))
        assignee = data.assigned_user_id or me.id
        if assignee != me.id and not role_at_least(me.role, Role.SUPERVISOR):
            raise PermissionDenied(ASSIGN_OTHERS)
        now = self.ctx.now()
        with self.ctx.unit_of_work() as s:
            user = s.get(m.UserRow, assignee)
            if user is None or not user.active:
                raise ValidationError(NO_SUCH_USER, field="assigned_user_id")
            if data.client_id is not None:
                may_change(s, me, data.client_id)
            row = m.TaskRow(id=new_id(), client_id=data.client_id, title=title,
                            due_on=data.due_on, assigned_user_id=assignee,
                            created_by_user_id=me.id, status=TaskStatus.OPEN.value,
                            created_at=now, updated_at=now, revision=1)
            s.add(row)
            s.flush()
            self.ctx.audit(s, "task.add", record_type="task", record_id=row.id,
                           detail=f"due {row.due_on.isoformat()}")
            client = s.get(m.ClientRow, data.client_id) if data.client_id else None
            found = q.Found(TaskKind.MANUAL, row.due_on, row.client_id,
                            client.case_number if client else "", assignee, "task", row.id,
                            f"manual:{row.id}", task_id=row.id, title=title)
            return self._items(s, [found], self.ctx.today())[0]

    def complete(self, task_id: str) -> None:
        """Mark a manual task done (its assignee, its creator or a supervisor)."""
        with self.ctx.unit_of_work() as s:
            row = self._changeable(s, task_id)
            row.status, row.done_on = TaskStatus.DONE.value, self.ctx.today()
            self._touch(row)
            self.ctx.audit(s, "task.complete", record_type="task", record_id=row.id)

    def cancel(self, task_id: str, reason: str) -> None:
        """Cancel a manual task, saying why (kept with the task, never in the audit)."""
        why = v.text(reason, field="reason", label=N_("Reason"), required=True,
                     limit=MEDIUM_TEXT)
        with self.ctx.unit_of_work() as s:
            row = self._changeable(s, task_id)
            row.status, row.cancel_reason = TaskStatus.CANCELLED.value, why
            self._touch(row)
            self.ctx.audit(s, "task.cancel", record_type="task", record_id=row.id)

    def ics(self, *, horizon_days: int = 90, today: date | None = None,
            lang: str = "en") -> bytes:
        """My open task dates up to ``horizon_days`` ahead (overdue included) as RFC 5545
        bytes: SUMMARY = task kind + case number only (a manual task is "Task", never its
        title). The same tasks give the same bytes (UIDs from the task keys, DTSTAMP from
        the due dates)."""
        me = self.ctx.require(Role.CASEWORKER)
        day = today or self.ctx.today()
        limit = day + timedelta(days=max(0, horizon_days))
        since = day - timedelta(days=ICS_PAST_DAYS)
        with self.ctx.read() as s:
            found = self._found(s, q.Scope(owner=me.id, since=since), day, limit)
        gettext = translator(lang).gettext
        kinds = {kind: gettext(source(kind)) for kind in TaskKind}  # once, not per event
        events = [ics.AllDayEvent(uid=_uid(f.key), on=f.due_on, stamp=f.due_on,
                                  summary=_summary(kinds[f.kind], f.case_number))
                  for f in sorted(found, key=lambda f: (f.due_on, f.key))
                  if since <= f.due_on <= limit]
        return ics.calendar(events, name=gettext(N_("NAP Desktop tasks")))

    # --- helpers --------------------------------------------------------------------

    def _list(self, scope: q.Scope, today: date | None) -> list[se.TaskItem]:
        day = today or self.ctx.today()
        with self.ctx.read() as s:
            found = self._found(s, scope, day, day + timedelta(HORIZON_DAYS))
            found.sort(key=_order)
            return self._items(s, found[:scope.most], day)

    def _found(self, s: OrmSession, scope: q.Scope, today: date, limit: date
               ) -> list[q.Found]:
        """Every kind's tasks; with ``scope.most``, once ``most`` are found, the later
        kinds' walks stop at the due date of the ``most``-th (a task due later cannot
        make the page: ``most`` tasks sort before it) and what is past it is dropped."""
        found: list[q.Found] = []
        for query in q.QUERIES:
            found += query(s, scope, today, limit)
            if scope.most is not None and len(found) >= scope.most:
                until = heapq.nsmallest(scope.most, (f.due_on for f in found))[-1]
                found = [f for f in found if f.due_on <= until]
                scope = replace(scope, until=until)
        return found

    def _items(self, s: OrmSession, found: Iterable[q.Found], today: date
               ) -> list[se.TaskItem]:
        names = {str(uid): str(name) for uid, name in
                 s.execute(select(m.UserRow.id, m.UserRow.display_name))}
        items = [se.TaskItem(key=f.key, kind=f.kind, due_on=f.due_on, client_id=f.client_id,
                             case_number=f.case_number, assigned_user_id=f.worker_id,
                             worker_name=names.get(f.worker_id or "", ""),
                             overdue=f.due_on < today, record_type=f.record_type,
                             record_id=f.record_id, task_id=f.task_id, title=f.title)
                 for f in found]
        items.sort(key=lambda i: (not i.overdue, i.due_on, i.kind.value, i.key))
        return items

    def _changeable(self, s: OrmSession, task_id: str) -> m.TaskRow:
        me = self.ctx.require(Role.CASEWORKER)
        row = s.get(m.TaskRow, task_id)
        if row is None:
            raise NotFound(TASK_GONE)
        if row.status != TaskStatus.OPEN.value:
            raise ValidationError(NOT_OPEN, field="status")
        if me.id not in (row.assigned_user_id, row.created_by_user_id) \
                and not role_at_least(me.role, Role.SUPERVISOR):
            raise PermissionDenied(NOT_YOURS)
        return row

    def _touch(self, row: m.TaskRow) -> None:
        row.revision += 1
        row.updated_at = self.ctx.now()


def _order(found: q.Found) -> tuple[date, str, str]:
    """The page's order (overdue first is earliest due first): as ``_items`` sorts."""
    return found.due_on, found.kind.value, found.key


def _uid(key: str) -> str:
    """A stable UID that does not carry the vault's record ids (a calendar leaves it)."""
    return hashlib.sha256(f"nap-task:{key}".encode()).hexdigest()[:32] + "@nap-desktop"


def _summary(kind: str, case_number: str) -> str:
    return f"{kind} — {case_number}" if case_number else kind


__all__ = ["HORIZON_DAYS", "TaskKind", "TaskService"]
