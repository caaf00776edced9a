"""Funding sources, projects and program activities (issue #13).

Supervisors and administrators write; everyone reads. One method = one transaction with
its audit event (ids and the funder only: an award is not personal data).
"""

from __future__ import annotations

from datetime import date

from nap_desktop.domain import services_entities as se
from nap_desktop.services.base import ServiceContext


class FundingService:
    """Reached as ``Workspace.funding``."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def sources(self, active_only: bool = False) -> list[se.FundingSource]:
        """Funding sources, by funder then name."""
        raise NotImplementedError

    def save_source(self, data: se.FundingSourceInput,
                    id: str | None = None) -> se.FundingSource:
        """Add (``id`` None) or change a funding source (supervisors)."""
        raise NotImplementedError

    def projects(self) -> list[se.Project]:
        """Projects, by name."""
        raise NotImplementedError

    def save_project(self, data: se.ProjectInput,
                     id: str | None = None) -> se.Project:
        """Add or change a project (supervisors)."""
        raise NotImplementedError

    def activities(self, start: date, end: date) -> list[se.ProgramActivity]:
        """Program activities held from ``start`` to ``end`` (both included), by date."""
        raise NotImplementedError

    def save_activity(self, data: se.ActivityInput,
                      id: str | None = None) -> se.ProgramActivity:
        """Add or change a program activity (supervisors)."""
        raise NotImplementedError

    def link_placement(self, placement_id: str, project_id: str | None) -> None:
        """Make a housing placement an enrollment of a project (or of none)."""
        raise NotImplementedError
