"""Plain records of services delivered, funding, plans and tasks (issue #13).

Returned by ``ws.services``, ``ws.funding``, ``ws.plans`` and ``ws.tasks``; no ORM, no
Qt. ``*Input`` classes are what a form or the CLI submits (validated by the service).
Dates are calendar dates; times timezone-aware UTC.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from nap_desktop.domain.enums import (
    ActivityAudience,
    ActivityKind,
    ContactRisk,
    Funder,
    GoalStatus,
    PlanDomain,
    ProtectiveOrder,
    ServiceCategory,
    ServiceMode,
    ServiceProvider,
    ServiceStatus,
    TaskKind,
    TaskStatus,
)

#: Days after its creation during which the author may edit a service record; after
#: that only a supervisor's correction (with a reason) changes it.
EDIT_WINDOW_DAYS = 7
#: Longest service encounter: a day.
MAX_MINUTES = 1440


# --- service records -------------------------------------------------------------------

@dataclass(slots=True, kw_only=True)
class ServiceInput:
    """A service record as a form or the CLI submits it."""

    provided_on: date
    category: ServiceCategory | str
    provider: ServiceProvider | str = ServiceProvider.STAFF
    #: Staff: the user who provided it (None: the author). Partner: None.
    provided_by_user_id: str | None = None
    #: Partner: the referral of this client to that partner (required for a partner).
    referral_id: str | None = None
    mode: ServiceMode | str = ServiceMode.IN_PERSON
    minutes: int = 0
    funding_source_id: str | None = None
    status: ServiceStatus | str = ServiceStatus.DELIVERED
    note: str = ""


@dataclass(slots=True, kw_only=True)
class ServiceRecord:
    id: str
    client_id: str
    case_number: str
    provided_on: date
    category: ServiceCategory
    provider: ServiceProvider
    provided_by_user_id: str | None
    provided_by_name: str  # the user's display name, or the partner agency's name
    referral_id: str | None
    partner_agency_id: str | None
    mode: ServiceMode
    minutes: int
    funding_source_id: str | None
    status: ServiceStatus
    note: str
    author_user_id: str | None
    created_at: datetime
    updated_at: datetime
    revision: int = 1
    voided_at: datetime | None = None
    void_reason: str = ""
    corrected: bool = False  # a supervisor corrected it at least once

    @property
    def voided(self) -> bool:
        return self.voided_at is not None

    def editable_until(self) -> datetime:
        """Until when its author may edit it (then: a supervisor's correction)."""
        return self.created_at + timedelta(days=EDIT_WINDOW_DAYS)


@dataclass(slots=True, kw_only=True)
class ServiceCorrection:
    id: str
    service_id: str
    at: datetime
    by_user_id: str | None
    by_name: str
    reason: str
    #: field -> its stored value before the correction (e.g. {"minutes": 30}).
    before: dict[str, object] = field(default_factory=dict)


# --- funding, projects, program activities --------------------------------------------

@dataclass(slots=True, kw_only=True)
class FundingSourceInput:
    funder: Funder | str
    name: str
    award_number: str = ""
    period_start: date | None = None
    period_end: date | None = None
    active: bool = True


@dataclass(slots=True, kw_only=True)
class FundingSource:
    id: str
    funder: Funder
    name: str
    award_number: str
    period_start: date | None
    period_end: date | None
    active: bool
    revision: int = 1


@dataclass(slots=True, kw_only=True)
class ProjectInput:
    name: str
    hmis_project_type: int  # HMIS 2.02.6: 0,1,2,3,4,6,7,8,9,10,11,12,13,14
    operating_start: date
    operating_end: date | None = None
    funding_source_id: str | None = None
    coc_code: str = ""  # "XX-500"
    geocode: str = ""  # six digits
    housing_type: int | None = None  # HMIS 2.02.D: 1, 2, 3
    active: bool = True
    household_type: int | None = None  # HMIS 2.07.4: 1, 3, 4 (None: no Inventory row)
    unit_inventory: int | None = None  # >= 0
    bed_inventory: int | None = None  # >= 0


@dataclass(slots=True, kw_only=True)
class Project:
    id: str
    name: str
    hmis_project_type: int
    funding_source_id: str | None
    operating_start: date
    operating_end: date | None
    coc_code: str
    geocode: str
    housing_type: int | None
    active: bool
    household_type: int | None = None
    unit_inventory: int | None = None
    bed_inventory: int | None = None
    revision: int = 1
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(slots=True, kw_only=True)
class ActivityInput:
    kind: ActivityKind | str
    held_on: date
    audience: ActivityAudience | str
    attendees: int = 0
    minutes: int = 0
    funding_source_id: str | None = None
    note: str = ""


@dataclass(slots=True, kw_only=True)
class ProgramActivity:
    id: str
    kind: ActivityKind
    held_on: date
    audience: ActivityAudience
    attendees: int
    minutes: int
    funding_source_id: str | None
    note: str
    revision: int = 1


# --- plans -----------------------------------------------------------------------------

@dataclass(slots=True, kw_only=True)
class GoalInput:
    domain: PlanDomain | str
    description: str
    target_date: date | None = None
    status: GoalStatus | str = GoalStatus.NOT_STARTED


@dataclass(slots=True, kw_only=True)
class PlanGoal:
    id: str
    client_id: str
    domain: PlanDomain
    description: str
    target_date: date | None
    status: GoalStatus
    position: int
    revision: int = 1


@dataclass(slots=True, kw_only=True)
class SafetyPlanInput:
    contact_risk: ContactRisk | str = ContactRisk.UNKNOWN
    safe_contacts: str = ""
    code_word: str = ""
    safe_places: str = ""
    technology_safety: str = ""
    emergency_numbers: str = ""
    protective_order: ProtectiveOrder | str = ProtectiveOrder.NONE
    reviewed_on: date | None = None


#: The seven items of a safety plan, in checklist order (completion = share filled).
SAFETY_ITEMS = ("contact_risk", "safe_contacts", "code_word", "safe_places",
                "technology_safety", "protective_order", "emergency_numbers")


@dataclass(slots=True, kw_only=True)
class SafetyPlan:
    id: str
    client_id: str
    contact_risk: ContactRisk
    safe_contacts: str
    code_word: str
    safe_places: str
    technology_safety: str
    emergency_numbers: str
    protective_order: ProtectiveOrder
    reviewed_on: date | None
    revision: int = 1

    @property
    def filled(self) -> int:
        """How many of the seven items are filled (a risk other than "unknown" counts; a
        protective-order status counts once it is said, "none" included)."""
        return sum((self.contact_risk is not ContactRisk.UNKNOWN,
                    bool(self.safe_contacts.strip()), bool(self.code_word.strip()),
                    bool(self.safe_places.strip()), bool(self.technology_safety.strip()),
                    True, bool(self.emergency_numbers.strip())))

    @property
    def completion(self) -> int:
        """Percent of the seven items filled (0-100, rounded down)."""
        return self.filled * 100 // len(SAFETY_ITEMS)


@dataclass(slots=True, kw_only=True)
class CasePlanView:
    """A case's plan as the Plan tab shows it. ``plan_id`` is None until the first save
    (due dates are still computed from the intake date)."""

    client_id: str
    case_number: str
    plan_id: str | None
    intake_on: date
    due_on: date
    completed_on: date | None
    last_reviewed_on: date | None
    next_review_on: date | None
    goals: list[PlanGoal]
    safety_plan: SafetyPlan | None
    revision: int = 0
    #: Percent of the safety plan filled (0 without a safety plan).
    safety_completion: int = 0
    #: Percent of goals achieved among those not discontinued (0 without goals).
    goal_progress: int = 0
    overdue: bool = False  # not written and past due, or written and past the review date


# --- tasks -----------------------------------------------------------------------------

@dataclass(slots=True, kw_only=True)
class TaskInput:
    title: str
    due_on: date
    client_id: str | None = None
    assigned_user_id: str | None = None  # None: the signed-in user


@dataclass(slots=True, kw_only=True)
class TaskItem:
    """One line of "My tasks" / "Team tasks": a manual task or one derived from a due date.
    ``key`` is stable for the same task across calls (the ICS UID is made from it)."""

    key: str
    kind: TaskKind
    due_on: date
    client_id: str | None
    case_number: str
    assigned_user_id: str | None
    worker_name: str
    overdue: bool
    record_type: str  # what to open: "client", "release", "placement", "restitution", ...
    record_id: str | None
    task_id: str | None = None  # a manual task's id (complete/cancel it)
    title: str = ""  # a manual task's text: shown on screen, NEVER in the ICS
    status: TaskStatus = TaskStatus.OPEN
