"""Our records -> the rows of the FY2024 HMIS CSV files (column name -> value).

Which enrollments: a placement of an exported project whose project start is on or before
the period's end and that has not exited before its start. What happened after the
period's end is not known "as of" the export: an exit or a move-in after the end is left
out (the enrollment is still open in the files). What we do not collect is the spec's
99 "Data not collected" where the column takes it, else empty; nothing is invented.
The full mapping table: docs/grant-reports.md, section "HMIS".
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from functools import lru_cache

from nap_desktop.domain.messages import N_, Message
from nap_desktop.reports.hmis import codes
from nap_desktop.reports.hmis.hashing import hash_name
from nap_desktop.reports.hmis.model import (
    Client,
    Enrollment,
    ExportData,
    ExportParams,
    Project,
    Service,
)
from nap_desktop.reports.hmis.spec_2024 import CSV_VERSION
from nap_desktop.reports.hmis.writer import Cell, Hashed

Rows = dict[str, list[dict[str, Cell]]]
SOFTWARE_NAME = "NAP Desktop"

#: OtherFunder (2.06.A) for funders that are not HUD's: the program's name, not a person.
_OTHER_FUNDER = {
    "voca": "DOJ OVC: VOCA victim assistance",
    "ovc_trafficking": "DOJ OVC: anti-trafficking",
    "hhs_otip": "HHS: Office on Trafficking in Persons",
    "state": "State",
    "private": "Private",
}


@lru_cache(maxsize=65536)  # the same client's and enrollment's ids recur on many rows
def short_id(*parts: str) -> str:
    """A spec id (S32): a vault UUID without its hyphens; any other id, or several
    joined, as the first 32 hex characters of their SHA-256 (stable across runs)."""
    if len(parts) == 1:
        compact = parts[0].replace("-", "")
        if len(compact) <= 32 and compact.isalnum():
            return compact
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:32]


def export_id(params: ExportParams) -> str:
    """Derived from the parameters only: the same export twice has the same ExportID."""
    return short_id("export", str(params.fy), params.start.isoformat(), params.end.isoformat(),
                    str(params.include_names), str(params.hash_names),
                    *sorted(params.project_ids))


@dataclass(slots=True)
class _Context:
    data: ExportData
    params: ExportParams
    export_id: str
    notes: list[Message] = field(default_factory=list)
    user_ids: set[str] = field(default_factory=set)
    tails: dict[tuple[datetime, datetime, str], dict[str, Cell]] = field(default_factory=dict)

    def tail(self, created: datetime, updated: datetime, user_id: str = "") -> dict[str, Cell]:
        """The five columns every data file ends with (shared by rows that have the same:
        callers copy it into their row, never change it)."""
        user = user_id or self.params.exporting_user_id
        key = (created, updated, user)
        found = self.tails.get(key)
        if found is None:
            self.user_ids.add(user)
            found = self.tails[key] = {"DateCreated": created, "DateUpdated": updated,
                                       "UserID": short_id(user), "DateDeleted": None,
                                       "ExportID": self.export_id}
        return found


@dataclass(slots=True)
class MappedExport:
    """The rows of every file (a file without rows is written with its header only)."""

    rows: Rows
    notes: list[Message]
    clients: int
    enrollments: int


def in_period(enrollment: Enrollment, params: ExportParams) -> bool:
    """Active at some time between the period's start and end (inclusive)."""
    exit_on = enrollment.exit_date
    return enrollment.start_date <= params.end and (exit_on is None or exit_on >= params.start)


def map_2024(data: ExportData, params: ExportParams) -> MappedExport:
    """Every FY2024 file's rows for ``data`` over ``params``' period."""
    ctx = _Context(data, params, export_id(params))
    projects = {p.id: p for p in data.projects}
    enrollments = [e for e in data.enrollments if e.project_id in projects and in_period(e, params)]
    client_ids = {e.client_id for e in enrollments}
    clients = [c for c in data.clients if c.id in client_ids]
    rows: Rows = defaultdict(list)
    rows["Organization"].append(_organization(ctx))
    for project in data.projects:
        _project_rows(ctx, project, rows)
    for client in clients:
        rows["Client"].append(client_row(ctx, client))
    for enrollment in enrollments:
        project = projects[enrollment.project_id]
        rows["Enrollment"].append(_enrollment(ctx, enrollment, project))
        rows["HealthAndDV"].append(_health_and_dv(ctx, enrollment))
        if enrollment.exit_date is not None and enrollment.exit_date <= params.end:
            rows["Exit"].append(_exit(ctx, enrollment))
    rows["Services"].extend(_services(ctx, enrollments, data.services))
    rows["User"].extend(_users(ctx))
    rows["Export"].append(_export(ctx, rows))
    return MappedExport(dict(rows), ctx.notes, len(clients), len(enrollments))


def _export(ctx: _Context, rows: Rows) -> dict[str, Cell]:
    """Export.csv. ExportDate = the newest DateUpdated among the rows exported (the data
    "as of"), never the wall clock, so the same data give the same bytes."""
    params = ctx.params
    newest = [row["DateUpdated"] for file in rows.values() for row in file
              if isinstance(row.get("DateUpdated"), datetime)]
    floor = datetime.combine(params.start, time(), tzinfo=UTC)
    exported_at = max([floor, *(d for d in newest if isinstance(d, datetime))])
    return {
        "ExportID": ctx.export_id, "SourceType": codes.SOURCE_TYPE,
        "SourceID": short_id(ctx.data.organization.id),
        "SourceName": ctx.data.organization.name, "ExportDate": exported_at,
        "ExportStartDate": params.start, "ExportEndDate": params.end,
        "SoftwareName": SOFTWARE_NAME, "CSVVersion": CSV_VERSION,
        "ExportPeriodType": codes.EXPORT_PERIOD_TYPE,
        "ExportDirective": codes.EXPORT_DIRECTIVE,
        "HashStatus": codes.HASH_SHA256 if params.hash_names else codes.HASH_UNHASHED,
        "ImplementationID": short_id(ctx.data.organization.id),
    }


def _organization(ctx: _Context) -> dict[str, Cell]:
    org = ctx.data.organization
    return {"OrganizationID": short_id(org.id), "OrganizationName": org.name,
            "VictimServiceProvider": org.victim_service_provider,
            **ctx.tail(org.created_at, org.updated_at)}


def _project_rows(ctx: _Context, project: Project, rows: Rows) -> None:
    """Project, HMISParticipation, and where the data allow Funder, ProjectCoC, Inventory."""
    pid = short_id(project.id)
    tail = ctx.tail(project.created_at, project.updated_at)
    if project.operating_start is None:
        ctx.notes.append(Message(N_("Project {project}: no operating start date; the HMIS "
                                    "files need one."), project=project.name))
    rows["Project"].append({
        "ProjectID": pid, "OrganizationID": short_id(ctx.data.organization.id),
        "ProjectName": project.name, "OperatingStartDate": project.operating_start,
        "OperatingEndDate": project.operating_end,
        "ContinuumProject": bool(project.coc_code), "ProjectType": project.hmis_project_type,
        "HousingType": project.housing_type, **tail})
    rows["HMISParticipation"].append({
        "HMISParticipationID": short_id("participation", project.id), "ProjectID": pid,
        "HMISParticipationType": codes.HMIS_PARTICIPATION_COMPARABLE_DB,
        "HMISParticipationStatusStartDate": project.operating_start,
        "HMISParticipationStatusEndDate": project.operating_end, **tail})
    _funder(ctx, project, rows)
    if project.coc_code and project.geocode:
        # The address columns stay empty: a victim-service provider never discloses
        # where its housing is (VAWA; HMIS 2.03 lets a VSP leave them out).
        rows["ProjectCoC"].append({
            "ProjectCoCID": short_id("coc", project.id, project.coc_code), "ProjectID": pid,
            "CoCCode": project.coc_code, "Geocode": project.geocode, **tail})
    else:
        ctx.notes.append(Message(N_("Project {project}: no CoC code or geocode, so no "
                                    "ProjectCoC row."), project=project.name))
    if None not in (project.household_type, project.unit_inventory, project.bed_inventory) \
            and project.coc_code:
        rows["Inventory"].append({
            "InventoryID": short_id("inventory", project.id), "ProjectID": pid,
            "CoCCode": project.coc_code, "HouseholdType": project.household_type,
            "UnitInventory": project.unit_inventory, "BedInventory": project.bed_inventory,
            "InventoryStartDate": project.operating_start,
            "InventoryEndDate": project.operating_end, **tail})


def _funder(ctx: _Context, project: Project, rows: Rows) -> None:
    funding = project.funding
    if funding is None:
        return
    if not funding.award_number.strip() or funding.period_start is None:
        ctx.notes.append(Message(N_("Project {project}: its funding source has no award "
                                    "number or start date, so no Funder row."),
                                 project=project.name))
        return
    code = codes.funder_code(funding.funder, project.hmis_project_type)
    other = _OTHER_FUNDER.get(funding.funder, funding.name) if code == codes.LOCAL_OR_OTHER \
        else None
    rows["Funder"].append({
        "FunderID": short_id("funder", project.id, funding.id), "ProjectID": short_id(project.id),
        "Funder": code, "OtherFunder": other, "GrantID": funding.award_number,
        "StartDate": funding.period_start, "EndDate": funding.period_end,
        **ctx.tail(funding.created_at, funding.updated_at)})


def split_name(full: str) -> tuple[str, str, str]:
    """(first, middle, last) of one written name: first word, last word, the rest."""
    words = full.split()
    if not words:
        return "", "", ""
    if len(words) == 1:
        return words[0], "", ""
    return words[0], " ".join(words[1:-1]), words[-1]


def _names(client: Client, params: ExportParams) -> dict[str, Cell]:
    """Name columns: empty by default; as written with ``include_names``; with
    ``hash_names`` the SHA-256 of each part's Soundex (HashStatus 4)."""
    legal = client.legal_name.strip()
    quality = 1 if len(legal.split()) >= 2 else 2 if legal or client.preferred_name.strip() \
        else codes.DATA_NOT_COLLECTED
    first, middle, last = split_name(legal or client.preferred_name)
    if params.hash_names:
        first, middle, last = (Hashed(hash_name(part)) for part in (first, middle, last))
    elif not params.include_names:
        first = middle = last = ""
    return {"FirstName": first, "MiddleName": middle, "LastName": last,
            "NameDataQuality": quality}


def client_row(ctx: _Context, client: Client) -> dict[str, Cell]:
    """Client.csv (FY2024): names as asked, no SSN (we never hold one), race and gender."""
    born = client.date_of_birth
    row: dict[str, Cell] = {
        "PersonalID": short_id(client.id), **_names(client, ctx.params),
        "SSNDataQuality": codes.DATA_NOT_COLLECTED, "DOB": born,
        "DOBDataQuality": 1 if born else codes.DATA_NOT_COLLECTED}
    races, race_none = codes.multi_values(client.race_ethnicity)
    for value, column in codes.RACE_COLUMNS_2024.items():
        row[column] = value in races
    row["RaceNone"] = race_none
    genders, gender_none = codes.multi_values(client.gender)
    for value, column in codes.GENDER_COLUMNS.items():
        row[column] = value in genders
    row["GenderNone"] = gender_none
    row["VeteranStatus"] = codes.DATA_NOT_COLLECTED
    row.update(ctx.tail(client.created_at, client.updated_at))
    return row


def _enrollment(ctx: _Context, enrollment: Enrollment, project: Project) -> dict[str, Cell]:
    move_in = enrollment.move_in_date
    if project.hmis_project_type not in codes.MOVE_IN_PROJECT_TYPES or (
            move_in is not None and move_in > ctx.params.end):
        move_in = None
    eid = short_id(enrollment.id)
    return {
        "EnrollmentID": eid, "PersonalID": short_id(enrollment.client_id),
        "ProjectID": short_id(project.id), "EntryDate": enrollment.start_date,
        "HouseholdID": eid, "RelationshipToHoH": codes.SELF_HEAD_OF_HOUSEHOLD,
        "EnrollmentCoC": project.coc_code or None,
        "LivingSituation": codes.DATA_NOT_COLLECTED,
        "DisablingCondition": codes.DATA_NOT_COLLECTED, "MoveInDate": move_in,
        **ctx.tail(enrollment.created_at, enrollment.updated_at)}


def _health_and_dv(ctx: _Context, enrollment: Enrollment) -> dict[str, Cell]:
    """4.11 at project entry: 99. We do not ask the survivor the 4.11 question; being
    served by an anti-trafficking program is not an answer to it (docs: "HMIS")."""
    return {
        "HealthAndDVID": short_id("dv", enrollment.id), "EnrollmentID": short_id(enrollment.id),
        "PersonalID": short_id(enrollment.client_id), "InformationDate": enrollment.start_date,
        "DomesticViolenceSurvivor": codes.DATA_NOT_COLLECTED,
        "DataCollectionStage": codes.STAGE_PROJECT_ENTRY,
        **ctx.tail(enrollment.created_at, enrollment.updated_at)}


def destination(value: str | None) -> int:
    """3.12 Destination of one of our exit destinations (99 when none was recorded)."""
    return codes.DESTINATION.get(value or "", codes.DATA_NOT_COLLECTED)


def _exit(ctx: _Context, enrollment: Enrollment) -> dict[str, Cell]:
    value = enrollment.exit_destination
    return {
        "ExitID": short_id("exit", enrollment.id), "EnrollmentID": short_id(enrollment.id),
        "PersonalID": short_id(enrollment.client_id), "ExitDate": enrollment.exit_date,
        "Destination": destination(value),
        "OtherDestination": codes.OTHER_DESTINATION.get(value or ""),
        **ctx.tail(enrollment.created_at, enrollment.updated_at)}


def _covering(enrollments: list[Enrollment], day: date) -> Enrollment | None:
    """The client's enrollment open on ``day`` (the latest started, if several)."""
    open_on = [e for e in enrollments
               if e.start_date <= day and (e.exit_date is None or day <= e.exit_date)]
    return max(open_on, key=lambda e: (e.start_date, e.id), default=None)


def _services(ctx: _Context, enrollments: list[Enrollment],
              services: list[Service]) -> list[dict[str, Cell]]:
    """Services.csv: a delivered service with an HMIS pair, in the period, during an
    exported enrollment of its client (else it belongs to no HMIS project)."""
    out: list[dict[str, Cell]] = []
    by_client: dict[str, list[Enrollment]] = defaultdict(list)
    for enrollment in enrollments:
        by_client[enrollment.client_id].append(enrollment)
    for service in services:
        day = service.provided_on
        if not ctx.params.start <= day <= ctx.params.end:
            continue
        covering = _covering(by_client.get(service.client_id, []), day)
        if covering is None:
            continue
        out.append({
            "ServicesID": short_id(service.id), "EnrollmentID": short_id(covering.id),
            "PersonalID": short_id(service.client_id), "DateProvided": day,
            "RecordType": service.record_type, "TypeProvided": service.type_provided,
            **ctx.tail(service.created_at, service.updated_at, service.author_user_id)})
    return out


def _users(ctx: _Context) -> list[dict[str, Cell]]:
    """User.csv: the users named by a UserID column (staff, not survivors)."""
    out: list[dict[str, Cell]] = []
    for user in ctx.data.users:
        if user.id not in ctx.user_ids:
            continue
        first, _middle, last = split_name(user.display_name)
        out.append({"UserID": short_id(user.id), "UserFirstName": first,
                    "UserLastName": last, "DateCreated": user.created_at,
                    "DateUpdated": user.created_at, "DateDeleted": None,
                    "ExportID": ctx.export_id})
    return out
