"""Reading what the HMIS export needs, in one snapshot, as plain values (reports/hmis/model).

Column selects, not ORM objects: at 100k referrals the export reads tens of thousands of
placements and clients, and building ORM rows for them would cost more than the files.
Only placements of the exported projects that overlap the period are read, and only
their clients and those clients' delivered HMIS services in the period.
"""

from __future__ import annotations

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain.enums import ServiceStatus
from nap_desktop.domain.errors import ValidationError
from nap_desktop.domain.messages import N_
from nap_desktop.domain.service_catalog import CATEGORY_MAP
from nap_desktop.reports.hmis import model as md
from nap_desktop.store import models as m

#: Stored category value -> its HMIS (RecordType, TypeProvided), for the categories
#: that have one (svc-core's CATEGORY_MAP).
HMIS_SERVICES = {category.value: f.hmis for category, f in CATEGORY_MAP.items() if f.hmis}


def gather(s: OrmSession, params: md.ExportParams) -> md.ExportData:
    """Everything the export of ``params`` reads."""
    projects = _projects(s, params.project_ids)
    project_ids = [p.id for p in projects]
    placements = (
        select(m.PlacementRow.id, m.PlacementRow.client_id, m.PlacementRow.project_id,
               m.PlacementRow.start_date, m.PlacementRow.move_in_date,
               m.PlacementRow.exit_date, m.PlacementRow.exit_destination,
               m.PlacementRow.created_at, m.PlacementRow.updated_at)
        .where(m.PlacementRow.project_id.in_(project_ids),
               m.PlacementRow.start_date.is_not(None),
               m.PlacementRow.start_date <= params.end,
               or_(m.PlacementRow.exit_date.is_(None),
                   m.PlacementRow.exit_date >= params.start)))
    enrollments = [md.Enrollment(*row) for row in s.execute(placements)]  # type: ignore[arg-type]
    client_ids = select(placements.subquery().c.client_id)
    return md.ExportData(
        organization=_organization(s), projects=projects,
        clients=_clients(s, client_ids), enrollments=enrollments,
        services=_services(s, client_ids, params), users=_users(s))


def _organization(s: OrmSession) -> md.Organization:
    row = s.execute(select(m.AgencyRow.id, m.AgencyRow.name,
                           m.AgencyRow.is_victim_service_provider, m.AgencyRow.created_at,
                           m.AgencyRow.updated_at).where(m.AgencyRow.is_self)).one()
    return md.Organization(*row)


def _projects(s: OrmSession, asked: tuple[str, ...]) -> list[md.Project]:
    """The projects asked for (all when none), each with its funding source."""
    query = select(m.ProjectRow).order_by(m.ProjectRow.name, m.ProjectRow.id)
    if asked:
        query = query.where(m.ProjectRow.id.in_(asked))
    rows = list(s.scalars(query))
    missing = set(asked) - {row.id for row in rows}
    if missing:
        raise ValidationError(N_("No project {project} in this vault."), field="project_ids",
                              project=sorted(missing)[0])
    funding = {f.id: f for f in s.scalars(select(m.FundingSourceRow))}
    return [_project(row, funding.get(row.funding_source_id or "")) for row in rows]


def _project(row: m.ProjectRow, source: m.FundingSourceRow | None) -> md.Project:
    money = None if source is None else md.Funding(
        source.id, source.funder, source.name, source.award_number, source.period_start,
        source.period_end, source.created_at, source.updated_at)
    return md.Project(
        id=row.id, name=row.name, hmis_project_type=row.hmis_project_type,
        operating_start=row.operating_start, operating_end=row.operating_end,
        coc_code=row.coc_code, geocode=row.geocode, housing_type=row.housing_type,
        created_at=row.created_at, updated_at=row.updated_at, funding=money,
        household_type=row.household_type, unit_inventory=row.unit_inventory,
        bed_inventory=row.bed_inventory)


def _clients(s: OrmSession, client_ids: object) -> list[md.Client]:
    p = m.ClientPersonalRow
    query = (select(m.ClientRow.id, p.legal_name, p.preferred_name, p.date_of_birth,
                    p.gender, p.race_ethnicity, p.sex, m.ClientRow.created_at,
                    m.ClientRow.updated_at)
             .join(p, p.client_id == m.ClientRow.id)
             .where(m.ClientRow.id.in_(client_ids)))  # type: ignore[arg-type]
    return [md.Client(*row) for row in s.execute(query)]


def _services(s: OrmSession, client_ids: object, params: md.ExportParams) -> list[md.Service]:
    r = m.ServiceRecordRow
    query = (select(r.id, r.client_id, r.provided_on, r.category, r.author_user_id,
                    r.created_at, r.updated_at)
             .where(and_(r.client_id.in_(client_ids),  # type: ignore[arg-type]
                         r.status == ServiceStatus.DELIVERED.value,
                         r.voided_at.is_(None),
                         r.provided_on >= params.start, r.provided_on <= params.end,
                         r.category.in_(list(HMIS_SERVICES)))))
    out = []
    for sid, client_id, day, category, author, created, updated in s.execute(query):
        record_type, type_provided = HMIS_SERVICES[category]
        out.append(md.Service(sid, client_id, day, record_type, type_provided,
                              author or params.exporting_user_id, created, updated))
    return out


def _users(s: OrmSession) -> list[md.User]:
    rows = s.execute(select(m.UserRow.id, m.UserRow.display_name, m.UserRow.created_at))
    return [md.User(*row) for row in rows]
