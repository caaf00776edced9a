"""Plain records returned by the services. No ORM, no Qt: safe to hand to any thread.

Every record that can travel between agencies carries a UUID (``id``) and a ``revision``
that increases with each change. Times are timezone-aware UTC ``datetime`` objects; dates
are calendar dates without a zone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from nap_desktop.domain.enums import (
    AgencyKind,
    AssistanceKind,
    Citizenship,
    ExitDestination,
    Gender,
    ImmigrationRelief,
    InfoCategory,
    MoneyEventKind,
    PlacementStatus,
    ProgramType,
    RaceEthnicity,
    ReferralDirection,
    ReferralOutcome,
    ReferralReason,
    ReferralSource,
    ReferralStatus,
    ReleaseStatus,
    RestitutionClosure,
    RestitutionStepKind,
    Role,
    ServiceType,
    Sex,
    SignedBy,
    StepStatus,
    TraffickingType,
    Urgency,
)
from nap_desktop.domain.rules import RestitutionTotals, minor_today


@dataclass(slots=True, kw_only=True)
class Agency:
    id: str
    name: str
    kind: AgencyKind
    is_victim_service_provider: bool
    contacts: str = ""
    is_self: bool = False
    revision: int = 1


@dataclass(slots=True, kw_only=True)
class User:
    id: str
    name: str
    display_name: str
    role: Role
    active: bool = True


@dataclass(frozen=True, slots=True)
class NotReceived:
    """Fields of a record that arrived from a partner agency without a value: it withheld
    them (no release of information to us covered them) or never held them itself.
    They are blank here but are not known to be blank: the case editors show them as
    withheld, and they are never sent to anyone as if they were values. A value entered
    here makes a field known. ``fields`` are the package's field names (a client's
    personal fields, ``safety_notes``, a placement's ``provider``)."""

    fields: frozenset[str] = frozenset()
    sender_agency_id: str | None = None

    def __contains__(self, name: object) -> bool:
        return name in self.fields


@dataclass(slots=True, kw_only=True)
class ClientPersonal:
    """Personally identifying details, kept apart from the pseudonymous case number."""

    legal_name: str = ""
    preferred_name: str = ""
    date_of_birth: date | None = None
    is_minor: bool = False
    languages: list[str] = field(default_factory=list)
    interpreter_needed: bool = False
    contact_info: str = ""
    safe_contact_instructions: str = ""
    location: str = ""
    continued_presence: ImmigrationRelief = ImmigrationRelief.NONE
    continued_presence_expires: date | None = None
    t_visa: ImmigrationRelief = ImmigrationRelief.NONE
    hhs_letter: ImmigrationRelief = ImmigrationRelief.NONE
    # Reported client fields (issue #13; consent category demographics). A set holds real
    # answers or exactly one "no answer" value (``domain/demographics.py``).
    gender: frozenset[Gender] = frozenset({Gender.NOT_COLLECTED})
    race_ethnicity: frozenset[RaceEthnicity] = frozenset({RaceEthnicity.NOT_COLLECTED})
    sex: Sex = Sex.NOT_COLLECTED
    citizenship: Citizenship = Citizenship.NOT_COLLECTED
    referral_source: ReferralSource = ReferralSource.NOT_COLLECTED

    @property
    def display_name(self) -> str:
        return self.preferred_name or self.legal_name

    def minor_on(self, today: date) -> bool:
        """A minor on ``today`` (see ``rules.minor_today``)."""
        return minor_today(self.date_of_birth, self.is_minor, today)


@dataclass(slots=True, kw_only=True)
class Client:
    id: str
    case_number: str
    trafficking_type: TraffickingType
    personal: ClientPersonal
    assigned_user_id: str | None = None
    created_at: datetime
    updated_at: datetime
    revision: int = 1
    not_received: NotReceived = field(default_factory=NotReceived)


@dataclass(slots=True, kw_only=True)
class Release:
    """A release of information (consent) naming one recipient agency."""

    id: str
    client_id: str
    recipient_agency_id: str
    categories: frozenset[InfoCategory]
    purpose: str
    signed_by: SignedBy
    form_language: str
    signed_on: date | None
    expires_on: date
    status: ReleaseStatus  # effective status on the day it was read (may be EXPIRED)
    revoked_on: date | None = None
    exception_basis: str = ""
    services_not_conditional: bool = True
    revision: int = 1
    #: Who recorded it: None for our own users, else the partner agency whose package
    #: brought it (information only, until one of our users confirms it).
    recorded_by_agency_id: str | None = None
    confirmed_by_user_id: str | None = None

    @property
    def counts_for_our_consent(self) -> bool:
        """Whether this release may open what *we* share: recorded by one of our users,
        or a partner's copy that one of our users deliberately confirmed."""
        return self.recorded_by_agency_id is None or self.confirmed_by_user_id is not None


@dataclass(slots=True, kw_only=True)
class StatusChange:
    from_status: ReferralStatus | None
    to_status: ReferralStatus
    at: datetime
    by_user_id: str | None
    reason: ReferralReason | None = None
    reason_text: str = ""


@dataclass(slots=True, kw_only=True)
class Referral:
    id: str
    client_id: str
    from_agency_id: str
    to_agency_id: str
    direction: ReferralDirection
    referring_person: str
    external_case_number: str
    services: frozenset[ServiceType]
    urgency: Urgency
    safety_notes: str
    release_id: str | None
    status: ReferralStatus
    outcome: ReferralOutcome | None = None
    reason: ReferralReason | None = None
    reason_text: str = ""
    assigned_user_id: str | None = None
    created_at: datetime
    updated_at: datetime
    revision: int = 1
    history: list[StatusChange] = field(default_factory=list)
    not_received: NotReceived = field(default_factory=NotReceived)
    #: The referral of the same case this one follows from (local to this vault).
    follows_id: str | None = None


@dataclass(slots=True, kw_only=True)
class Void:
    """Why and when an entry or note was voided: it stays, out of every total."""

    at: datetime
    by_user_id: str | None  #: None: voided at the partner agency that recorded it
    reason: str = ""  #: may hold survivor words: shown inside the vault only


@dataclass(slots=True, kw_only=True)
class AssistanceEntry:
    id: str
    kind: AssistanceKind
    amount_cents: int
    paid_on: date
    note: str = ""
    void: Void | None = None
    corrects_id: str | None = None  #: the entry this one replaced
    origin_agency_id: str | None = None  #: None: recorded here

    @property
    def live(self) -> bool:
        return self.void is None


@dataclass(slots=True, kw_only=True)
class Placement:
    id: str
    client_id: str
    program_type: ProgramType
    provider: str
    funding_source: str
    status: PlacementStatus
    referred_on: date | None = None
    start_date: date | None = None
    move_in_date: date | None = None
    expected_exit_date: date | None = None
    exit_date: date | None = None
    exit_destination: ExitDestination | None = None
    safety_notes: str = ""
    revision: int = 1
    ledger: list[AssistanceEntry] = field(default_factory=list)
    not_received: NotReceived = field(default_factory=NotReceived)

    @property
    def assistance_total_cents(self) -> int:
        return sum(e.amount_cents for e in self.ledger if e.void is None)


@dataclass(slots=True, kw_only=True)
class RestitutionStep:
    id: str
    kind: RestitutionStepKind
    status: StepStatus
    due_on: date | None = None
    completed_on: date | None = None
    note: str = ""


@dataclass(slots=True, kw_only=True)
class MoneyEvent:
    id: str
    kind: MoneyEventKind
    amount_cents: int
    on: date
    note: str = ""
    void: Void | None = None
    corrects_id: str | None = None  #: the entry this one replaced
    origin_agency_id: str | None = None  #: None: recorded here

    @property
    def live(self) -> bool:
        return self.void is None


@dataclass(slots=True, kw_only=True)
class RestitutionMatter:
    id: str
    client_id: str
    court: str
    docket_number: str
    defendant: str
    statute: str
    losses_claimed_cents: int
    ordered_cents: int
    closure: RestitutionClosure | None = None
    revision: int = 1
    steps: list[RestitutionStep] = field(default_factory=list)
    money: list[MoneyEvent] = field(default_factory=list)

    @property
    def totals(self) -> RestitutionTotals:
        return RestitutionTotals(
            losses_claimed_cents=self.losses_claimed_cents,
            ordered_cents=self.ordered_cents,
            collected_cents=sum(
                m.amount_cents for m in self.money
                if m.kind is MoneyEventKind.COLLECTED and m.void is None
            ),
            disbursed_cents=sum(
                m.amount_cents for m in self.money
                if m.kind is MoneyEventKind.DISBURSED and m.void is None
            ),
        )


@dataclass(slots=True, kw_only=True)
class Note:
    id: str
    client_id: str
    referral_id: str | None
    author_user_id: str | None
    created_at: datetime
    body: str
    void: Void | None = None
    origin_agency_id: str | None = None  #: None: written here
    versions: int = 0  #: earlier texts kept after corrections (``cases.note_versions``)

    @property
    def live(self) -> bool:
        return self.void is None


@dataclass(slots=True, kw_only=True)
class NoteVersion:
    """A note's text before a correction."""

    version: int
    body: str
    replaced_at: datetime
    replaced_by: str | None
    reason: str = ""


@dataclass(slots=True, kw_only=True)
class AuditEvent:
    seq: int
    at: datetime
    user_id: str | None
    action: str
    record_type: str
    record_id: str | None
    detail: str


@dataclass(slots=True, kw_only=True)
class CaseRecord:
    """Everything about one client, as the case view, the summary and an export need it."""

    client: Client
    referrals: list[Referral]
    releases: list[Release]
    placements: list[Placement]
    restitution: list[RestitutionMatter]
    notes: list[Note]
    agencies: dict[str, Agency]
    users: dict[str, User]


@dataclass(slots=True, kw_only=True)
class CaseloadRow:
    """One line of the caseload list (one referral)."""

    referral_id: str
    client_id: str
    case_number: str
    client_name: str
    direction: ReferralDirection
    partner_name: str
    status: ReferralStatus
    services: frozenset[ServiceType]
    next_due: date | None
    next_due_label: str
    updated_at: datetime
    assigned_user: str


@dataclass(slots=True, kw_only=True)
class Session:
    """Who is working in an unlocked vault."""

    user: User
    agency: Agency


@dataclass(frozen=True, slots=True, kw_only=True)
class CaseAssignment:
    """One (re)assignment of a case: to whom, from whom, by whom, when, why. Local."""

    id: str
    client_id: str
    to_user_id: str
    from_user_id: str | None
    by_user_id: str | None
    at: datetime
    reason: str
