"""What the HMIS mappers read: plain values the service gathered from the vault.

Kept apart from the store so the mappers and the writer run and are tested on small
hand-made inputs. Ids are the vault's UUIDs; the mappers shorten them to the spec's 32
characters.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class Organization:
    id: str
    name: str
    victim_service_provider: bool
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class Funding:
    """A project's funding source (``funding_sources``)."""

    id: str
    funder: str  # domain Funder value: voca, ovc_trafficking, hud_coc, hud_esg, ...
    name: str
    award_number: str
    period_start: date | None
    period_end: date | None
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class Project:
    id: str
    name: str
    hmis_project_type: int
    operating_start: date | None
    operating_end: date | None
    coc_code: str
    geocode: str
    housing_type: int | None
    created_at: datetime
    updated_at: datetime
    funding: Funding | None = None
    #: HMIS 2.07 (asked of svc-core; None: not recorded -> no Inventory row).
    household_type: int | None = None
    unit_inventory: int | None = None
    bed_inventory: int | None = None


@dataclass(frozen=True, slots=True)
class Client:
    id: str
    legal_name: str
    preferred_name: str
    date_of_birth: date | None
    #: Comma lists of the domain's values (svc-core), or one of doesnt_know, refused,
    #: not_collected.
    gender: str
    race_ethnicity: str
    sex: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class Enrollment:
    """A housing placement in a project (``placements`` with ``project_id``)."""

    id: str
    client_id: str
    project_id: str
    start_date: date
    move_in_date: date | None
    exit_date: date | None
    exit_destination: str | None  # domain ExitDestination value
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class Service:
    """A delivered service with its HMIS (RecordType, TypeProvided) pair."""

    id: str
    client_id: str
    provided_on: date
    record_type: int
    type_provided: int
    author_user_id: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class User:
    id: str
    display_name: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class ExportParams:
    fy: int
    start: date
    end: date
    include_names: bool = False
    hash_names: bool = False
    #: The project ids asked for (empty: every project): part of the ExportID.
    project_ids: tuple[str, ...] = ()
    #: The user running the export: UserID of rows whose author the vault does not keep.
    exporting_user_id: str = ""


@dataclass(slots=True)
class ExportData:
    """Everything one export reads, gathered in one read snapshot."""

    organization: Organization
    projects: list[Project]
    clients: list[Client]
    enrollments: list[Enrollment]
    services: list[Service] = field(default_factory=list)
    users: list[User] = field(default_factory=list)
