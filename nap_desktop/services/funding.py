"""Funding sources, projects and program activities (issue #13).

Supervisors and administrators write; everyone reads. One method = one transaction with
its audit event (ids and the funder only: an award is not personal data, but an
activity's note may name a place or a person, so it never goes into the audit).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain import date_rules
from nap_desktop.domain import services_entities as se
from nap_desktop.domain.enums import ActivityAudience, ActivityKind, Funder, Role
from nap_desktop.domain.errors import NotFound, ValidationError
from nap_desktop.domain.fields import MEDIUM_TEXT
from nap_desktop.domain.messages import N_, Message
from nap_desktop.services import validate as v
from nap_desktop.services.base import ServiceContext, get_or_404, new_id
from nap_desktop.store import models as m

#: HMIS 2.02.6 project types.
HMIS_PROJECT_TYPES = frozenset({0, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14})
#: HMIS 2.02.D housing types; 2.07.4 household types.
HOUSING_TYPES = frozenset({1, 2, 3})
HOUSEHOLD_TYPES = frozenset({1, 3, 4})
MAX_COUNT = 100_000
_R = TypeVar("_R", m.FundingSourceRow, m.ProjectRow, m.ProgramActivityRow)
_COC = re.compile(r"[A-Z]{2}-\d{3}")
_GEOCODE = re.compile(r"\d{6}")

SOURCE_GONE = N_("That funding source no longer exists.")
PROJECT_GONE = N_("That project no longer exists.")
ACTIVITY_GONE = N_("That program activity no longer exists.")
BAD_PROJECT_TYPE = N_("Choose an HMIS project type (2.02.6).")
BAD_HOUSING_TYPE = N_("Choose an HMIS housing type (2.02.D): site-based single site, "
                      "site-based clustered, or tenant-based scattered site.")
BAD_HOUSEHOLD_TYPE = N_("Choose an HMIS household type (2.07.4): without children, with "
                        "adults and children, or only children.")
BAD_COC = N_("A CoC code is two capital letters, a dash and three digits (for example "
             "TX-500).")
BAD_GEOCODE = N_("A geocode is six digits.")
BAD_COUNT = N_("{label} must be a whole number from 0 to {most}.")
NOT_A_PLACEMENT = N_("That housing placement no longer exists.")


def _count(value: object, *, field: str, label: str, most: int = MAX_COUNT) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= most:
        raise ValidationError(BAD_COUNT, field=field, label=Message(label), most=most)
    return value


def _optional_count(value: int | None, *, field: str, label: str) -> int | None:
    return None if value is None else _count(value, field=field, label=label)


def _source_id(s: OrmSession, source_id: str | None) -> str | None:
    if source_id and s.get(m.FundingSourceRow, source_id) is None:
        raise ValidationError(SOURCE_GONE, field="funding_source_id")
    return source_id or None


class FundingService:
    """Reached as ``Workspace.funding``."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # --- funding sources ----------------------------------------------------------

    def sources(self, active_only: bool = False) -> list[se.FundingSource]:
        """Funding sources, by funder then name."""
        self.ctx.require(Role.CASEWORKER)
        with self.ctx.read() as s:
            query = select(m.FundingSourceRow).order_by(m.FundingSourceRow.funder,
                                                        m.FundingSourceRow.name)
            if active_only:
                query = query.where(m.FundingSourceRow.active)
            return [_source(r) for r in s.scalars(query)]

    def save_source(self, data: se.FundingSourceInput,
                    id: str | None = None) -> se.FundingSource:
        """Add (``id`` None) or change a funding source (supervisors)."""
        self.ctx.require(Role.SUPERVISOR)
        funder = v.choice(Funder, data.funder, field="funder", label=N_("Funder"))
        name = v.text(data.name, field="name", label=N_("Name"), required=True)
        award = v.text(data.award_number, field="award_number", label=N_("Award number"),
                       limit=80)
        v.day(data.period_start, field="period_start", label=N_("Period start"))
        v.day(data.period_end, field="period_end", label=N_("Period end"))
        date_rules.check_dates("funding_source", {"period_start": data.period_start,
                                                  "period_end": data.period_end},
                               self.ctx.today())
        values: dict[str, Any] = {"funder": funder.value, "name": name, "award_number": award,
                  "period_start": data.period_start, "period_end": data.period_end,
                  "active": bool(data.active)}
        with self.ctx.unit_of_work() as s:
            row = self._row(s, m.FundingSourceRow, id, SOURCE_GONE)
            self._set(row, values)
            s.add(row)
            s.flush()
            self.ctx.audit(s, "funding.save", record_type="funding_source", record_id=row.id,
                           detail=row.funder)
            return _source(row)

    # --- projects -------------------------------------------------------------------

    def projects(self) -> list[se.Project]:
        """Projects, by name."""
        self.ctx.require(Role.CASEWORKER)
        with self.ctx.read() as s:
            return [_project(r) for r in s.scalars(select(m.ProjectRow)
                                                   .order_by(m.ProjectRow.name))]

    def save_project(self, data: se.ProjectInput,
                     id: str | None = None) -> se.Project:
        """Add or change a project (supervisors)."""
        self.ctx.require(Role.SUPERVISOR)
        values = _project_values(data, self.ctx.today())
        with self.ctx.unit_of_work() as s:
            values["funding_source_id"] = _source_id(s, data.funding_source_id)
            row = self._row(s, m.ProjectRow, id, PROJECT_GONE)
            self._set(row, values)
            s.add(row)
            s.flush()
            self.ctx.audit(s, "project.save", record_type="project", record_id=row.id,
                           detail=f"type {row.hmis_project_type}")
            return _project(row)

    def link_placement(self, placement_id: str, project_id: str | None) -> None:
        """Make a housing placement an enrollment of a project (or of none). Caseworkers
        may, on a case they may change (the placement is theirs to keep)."""
        from nap_desktop.services.case_access import may_change

        me = self.ctx.require(Role.CASEWORKER)
        with self.ctx.unit_of_work() as s:
            placement = s.get(m.PlacementRow, placement_id)
            if placement is None:
                raise NotFound(NOT_A_PLACEMENT)
            may_change(s, me, placement.client_id)
            if project_id is not None:
                get_or_404(s, m.ProjectRow, project_id, "project")
            placement.project_id = project_id
            placement.revision += 1
            placement.updated_at = self.ctx.now()
            self.ctx.audit(s, "placement.project", record_type="placement",
                           record_id=placement.id, detail=f"project {project_id or '-'}")

    # --- program activities -------------------------------------------------------

    def activities(self, start: date, end: date) -> list[se.ProgramActivity]:
        """Program activities held from ``start`` to ``end`` (both included), by date."""
        self.ctx.require(Role.CASEWORKER)
        with self.ctx.read() as s:
            rows = s.scalars(select(m.ProgramActivityRow)
                             .where(m.ProgramActivityRow.held_on.between(start, end))
                             .order_by(m.ProgramActivityRow.held_on, m.ProgramActivityRow.id))
            return [_activity(r) for r in rows]

    def save_activity(self, data: se.ActivityInput,
                      id: str | None = None) -> se.ProgramActivity:
        """Add or change a program activity (supervisors)."""
        self.ctx.require(Role.SUPERVISOR)
        kind = v.choice(ActivityKind, data.kind, field="kind", label=N_("Activity"))
        audience = v.choice(ActivityAudience, data.audience, field="audience",
                            label=N_("Audience"))
        if not isinstance(data.held_on, date):
            raise ValidationError(N_("{label} is required."), field="held_on",
                                  label=Message(N_("Date held")))
        v.day(data.held_on, field="held_on", label=N_("Date held"))
        date_rules.check_dates("activity", {"held_on": data.held_on}, self.ctx.today())
        values: dict[str, Any] = {
                  "kind": kind.value, "audience": audience.value, "held_on": data.held_on,
                  "attendees": _count(data.attendees, field="attendees",
                                      label=N_("Attendees")),
                  "minutes": _count(data.minutes, field="minutes", label=N_("Minutes"),
                                    most=se.MAX_MINUTES),
                  "note": v.text(data.note, field="note", label=N_("Note"),
                                 limit=MEDIUM_TEXT)}
        with self.ctx.unit_of_work() as s:
            values["funding_source_id"] = _source_id(s, data.funding_source_id)
            row = self._row(s, m.ProgramActivityRow, id, ACTIVITY_GONE)
            self._set(row, values)
            s.add(row)
            s.flush()
            self.ctx.audit(s, "activity.save", record_type="program_activity",
                           record_id=row.id, detail=f"{row.kind} {row.attendees}")
            return _activity(row)

    # --- helpers --------------------------------------------------------------------

    def _row(self, s: OrmSession, model: type[_R], row_id: str | None, gone: str) -> _R:
        now = self.ctx.now()
        if row_id is None:
            return model(id=new_id(), revision=0, created_at=now, updated_at=now)
        row = s.get(model, row_id)
        if row is None:
            raise NotFound(gone)
        return row

    def _set(self, row: m.FundingSourceRow | m.ProjectRow | m.ProgramActivityRow,
             values: dict[str, Any]) -> None:
        for key, value in values.items():
            setattr(row, key, value)
        row.revision += 1
        row.updated_at = self.ctx.now()


def _project_values(data: se.ProjectInput, today: date) -> dict[str, Any]:
    name = v.text(data.name, field="name", label=N_("Name"), required=True)
    if data.hmis_project_type not in HMIS_PROJECT_TYPES or isinstance(
            data.hmis_project_type, bool):
        raise ValidationError(BAD_PROJECT_TYPE, field="hmis_project_type")
    if data.housing_type is not None and data.housing_type not in HOUSING_TYPES:
        raise ValidationError(BAD_HOUSING_TYPE, field="housing_type")
    if data.household_type is not None and data.household_type not in HOUSEHOLD_TYPES:
        raise ValidationError(BAD_HOUSEHOLD_TYPE, field="household_type")
    coc = v.text(data.coc_code, field="coc_code", label=N_("CoC code"), limit=6).upper()
    if coc and not _COC.fullmatch(coc):
        raise ValidationError(BAD_COC, field="coc_code")
    geocode = v.text(data.geocode, field="geocode", label=N_("Geocode"), limit=6)
    if geocode and not _GEOCODE.fullmatch(geocode):
        raise ValidationError(BAD_GEOCODE, field="geocode")
    if not isinstance(data.operating_start, date):
        raise ValidationError(N_("{label} is required."), field="operating_start",
                              label=Message(N_("Operating start")))
    v.day(data.operating_start, field="operating_start", label=N_("Operating start"))
    v.day(data.operating_end, field="operating_end", label=N_("Operating end"))
    date_rules.check_dates("project", {"operating_start": data.operating_start,
                                       "operating_end": data.operating_end}, today)
    return {"name": name, "hmis_project_type": data.hmis_project_type,
            "operating_start": data.operating_start, "operating_end": data.operating_end,
            "coc_code": coc, "geocode": geocode, "housing_type": data.housing_type,
            "household_type": data.household_type, "active": bool(data.active),
            "unit_inventory": _optional_count(data.unit_inventory, field="unit_inventory",
                                              label=N_("Units")),
            "bed_inventory": _optional_count(data.bed_inventory, field="bed_inventory",
                                             label=N_("Beds"))}


def _source(r: m.FundingSourceRow) -> se.FundingSource:
    return se.FundingSource(id=r.id, funder=Funder(r.funder), name=r.name,
                            award_number=r.award_number, period_start=r.period_start,
                            period_end=r.period_end, active=r.active, revision=r.revision)


def _project(r: m.ProjectRow) -> se.Project:
    return se.Project(id=r.id, name=r.name, hmis_project_type=r.hmis_project_type,
                      funding_source_id=r.funding_source_id,
                      operating_start=r.operating_start, operating_end=r.operating_end,
                      coc_code=r.coc_code, geocode=r.geocode, housing_type=r.housing_type,
                      active=r.active, household_type=r.household_type,
                      unit_inventory=r.unit_inventory, bed_inventory=r.bed_inventory,
                      revision=r.revision, created_at=r.created_at, updated_at=r.updated_at)


def _activity(r: m.ProgramActivityRow) -> se.ProgramActivity:
    return se.ProgramActivity(id=r.id, kind=ActivityKind(r.kind), held_on=r.held_on,
                              audience=ActivityAudience(r.audience), attendees=r.attendees,
                              minutes=r.minutes, funding_source_id=r.funding_source_id,
                              note=r.note, revision=r.revision)
