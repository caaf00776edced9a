"""A caseworker's tasks (issue #13): manual tasks stored, derived tasks computed.

Derived from due dates on the user's cases: plan due, plan review, a release of
information expiring (the dashboard's window), a restitution step due, a housing move-in
or expected exit due, a planned service whose date has passed (follow up). ``ics()``
writes the user's task dates as an iCalendar file that names the task kind and the case
number ONLY (never a name, a title or a note: a calendar leaves the vault).
"""

from __future__ import annotations

from datetime import date

from nap_desktop.domain import services_entities as se
from nap_desktop.services.base import ServiceContext


class TaskService:
    """Reached as ``Workspace.tasks``."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def mine(self, today: date | None = None) -> list[se.TaskItem]:
        """Open tasks, derived and manual, for the signed-in user: overdue first, then by
        due date."""
        raise NotImplementedError

    def team(self, today: date | None = None) -> list[se.TaskItem]:
        """Every worker's open tasks (supervisors), with the worker's name."""
        raise NotImplementedError

    def for_client(self, client_id: str, today: date | None = None) -> list[se.TaskItem]:
        """The open tasks of one case (anyone who may read it)."""
        raise NotImplementedError

    def add(self, data: se.TaskInput) -> se.TaskItem:
        """A manual task (assigned to the signed-in user unless a supervisor names
        someone else)."""
        raise NotImplementedError

    def complete(self, task_id: str) -> None:
        """Mark a manual task done (its assignee, its creator or a supervisor)."""
        raise NotImplementedError

    def cancel(self, task_id: str, reason: str) -> None:
        """Cancel a manual task."""
        raise NotImplementedError

    def ics(self, *, horizon_days: int = 90, today: date | None = None) -> bytes:
        """My open task dates up to ``horizon_days`` ahead (overdue included) as RFC 5545
        bytes: SUMMARY = task kind + case number only."""
        raise NotImplementedError
