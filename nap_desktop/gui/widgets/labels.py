"""Human, translated labels for every stored vocabulary value and code.

Stored values (``ReferralStatus.IN_PROGRESS == "in_progress"``) never reach the screen; use
``label(value)``. Sources are marked with ``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` finds
them, and translated at call time so a translator loaded after import still applies.

    from nap_desktop.gui.widgets.labels import label, options, due_label, services_text
    combo.addItem(label(ReferralStatus.SENT), ReferralStatus.SENT.value)
    for value, text in options(Urgency): ...
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from nap_desktop.domain.enums import (
    AgencyKind,
    AssistanceKind,
    ExitDestination,
    ImmigrationRelief,
    InfoCategory,
    MoneyEventKind,
    PlacementStatus,
    ProgramType,
    ReferralDirection,
    ReferralOutcome,
    ReferralReason,
    ReferralStatus,
    ReleaseStatus,
    RestitutionClosure,
    RestitutionStepKind,
    Role,
    ServiceType,
    SignedBy,
    StepStatus,
    TraffickingType,
    Urgency,
)

CONTEXT = "Labels"
E = TypeVar("E", bound=StrEnum)


# StrEnum members compare equal to their string value (ReleaseStatus.DRAFT == "draft" ==
# ReferralStatus.DRAFT), so the lookup below is keyed by (type, value), never by member.
# QT_TRANSLATE_NOOP is typed as returning ``object``; it returns its source string.
_PAIRS: list[tuple[StrEnum, Any]] = [
    # AgencyKind
    (AgencyKind.LE_FEDERAL, QT_TRANSLATE_NOOP("Labels", "Federal law enforcement")),
    (AgencyKind.LE_STATE_LOCAL, QT_TRANSLATE_NOOP("Labels", "State or local law enforcement")),
    (AgencyKind.TASK_FORCE, QT_TRANSLATE_NOOP("Labels", "Task force")),
    (AgencyKind.PROSECUTOR, QT_TRANSLATE_NOOP("Labels", "Prosecutor")),
    (AgencyKind.VICTIM_SERVICE_PROVIDER, QT_TRANSLATE_NOOP("Labels", "Victim service provider")),
    (AgencyKind.HOUSING, QT_TRANSLATE_NOOP("Labels", "Housing provider")),
    (AgencyKind.LEGAL, QT_TRANSLATE_NOOP("Labels", "Legal services")),
    (AgencyKind.HEALTH, QT_TRANSLATE_NOOP("Labels", "Health services")),
    (AgencyKind.OTHER, QT_TRANSLATE_NOOP("Labels", "Other agency")),
    # Role
    (Role.CASEWORKER, QT_TRANSLATE_NOOP("Labels", "Caseworker")),
    (Role.SUPERVISOR, QT_TRANSLATE_NOOP("Labels", "Supervisor")),
    (Role.ADMIN, QT_TRANSLATE_NOOP("Labels", "Administrator")),
    # TraffickingType
    (TraffickingType.SEX, QT_TRANSLATE_NOOP("Labels", "Sex trafficking")),
    (TraffickingType.LABOR, QT_TRANSLATE_NOOP("Labels", "Labor trafficking")),
    (TraffickingType.BOTH, QT_TRANSLATE_NOOP("Labels", "Sex and labor trafficking")),
    (TraffickingType.UNKNOWN, QT_TRANSLATE_NOOP("Labels", "Not known yet")),
    # InfoCategory
    (InfoCategory.IDENTITY, QT_TRANSLATE_NOOP("Labels", "Identity (names, date of birth, minor)")),
    (InfoCategory.CONTACT, QT_TRANSLATE_NOOP("Labels", "Contact and safe-contact details")),
    (InfoCategory.LOCATION, QT_TRANSLATE_NOOP("Labels", "Location")),
    (InfoCategory.DEMOGRAPHICS, QT_TRANSLATE_NOOP("Labels", "Languages and interpreter")),
    (InfoCategory.IMMIGRATION, QT_TRANSLATE_NOOP("Labels", "Immigration relief")),
    (InfoCategory.SAFETY, QT_TRANSLATE_NOOP("Labels", "Safety risks and notes")),
    (InfoCategory.HOUSING, QT_TRANSLATE_NOOP("Labels", "Housing")),
    (InfoCategory.RESTITUTION, QT_TRANSLATE_NOOP("Labels", "Restitution")),
    (InfoCategory.NOTES, QT_TRANSLATE_NOOP("Labels", "Case notes")),
    # ReleaseStatus
    (ReleaseStatus.DRAFT, QT_TRANSLATE_NOOP("Labels", "Draft")),
    (ReleaseStatus.ACTIVE, QT_TRANSLATE_NOOP("Labels", "Active")),
    (ReleaseStatus.EXPIRED, QT_TRANSLATE_NOOP("Labels", "Expired")),
    (ReleaseStatus.REVOKED, QT_TRANSLATE_NOOP("Labels", "Revoked")),
    (ReleaseStatus.REFUSED, QT_TRANSLATE_NOOP("Labels", "Refused")),
    # SignedBy
    (SignedBy.SURVIVOR, QT_TRANSLATE_NOOP("Labels", "Survivor")),
    (SignedBy.GUARDIAN, QT_TRANSLATE_NOOP("Labels", "Guardian")),
    # ReferralDirection
    (ReferralDirection.LE_TO_VSP, QT_TRANSLATE_NOOP("Labels", "Law enforcement → victim services")),
    (ReferralDirection.VSP_TO_LE, QT_TRANSLATE_NOOP("Labels", "Victim services → law enforcement")),
    (ReferralDirection.BETWEEN_PROVIDERS, QT_TRANSLATE_NOOP("Labels", "Between service providers")),
    # ServiceType
    (ServiceType.HOUSING, QT_TRANSLATE_NOOP("Labels", "Housing")),
    (ServiceType.LEGAL, QT_TRANSLATE_NOOP("Labels", "Legal")),
    (ServiceType.IMMIGRATION, QT_TRANSLATE_NOOP("Labels", "Immigration")),
    (ServiceType.MEDICAL, QT_TRANSLATE_NOOP("Labels", "Medical")),
    (ServiceType.MENTAL_HEALTH, QT_TRANSLATE_NOOP("Labels", "Mental health")),
    (ServiceType.SUBSTANCE_USE, QT_TRANSLATE_NOOP("Labels", "Substance use")),
    (ServiceType.EMPLOYMENT, QT_TRANSLATE_NOOP("Labels", "Employment")),
    (ServiceType.EDUCATION, QT_TRANSLATE_NOOP("Labels", "Education")),
    (ServiceType.INTERPRETATION, QT_TRANSLATE_NOOP("Labels", "Interpretation")),
    (ServiceType.CHILD_CARE, QT_TRANSLATE_NOOP("Labels", "Child care")),
    (ServiceType.REPATRIATION, QT_TRANSLATE_NOOP("Labels", "Repatriation")),
    (ServiceType.OTHER, QT_TRANSLATE_NOOP("Labels", "Other service")),
    # Urgency
    (Urgency.ROUTINE, QT_TRANSLATE_NOOP("Labels", "Routine")),
    (Urgency.PRIORITY, QT_TRANSLATE_NOOP("Labels", "Priority")),
    (Urgency.EMERGENCY, QT_TRANSLATE_NOOP("Labels", "Emergency")),
    # ReferralStatus
    (ReferralStatus.DRAFT, QT_TRANSLATE_NOOP("Labels", "Draft")),
    (ReferralStatus.SENT, QT_TRANSLATE_NOOP("Labels", "Sent")),
    (ReferralStatus.RECEIVED, QT_TRANSLATE_NOOP("Labels", "Received")),
    (ReferralStatus.ACCEPTED, QT_TRANSLATE_NOOP("Labels", "Accepted")),
    (ReferralStatus.DECLINED, QT_TRANSLATE_NOOP("Labels", "Declined")),
    (ReferralStatus.IN_PROGRESS, QT_TRANSLATE_NOOP("Labels", "In progress")),
    (ReferralStatus.COMPLETED, QT_TRANSLATE_NOOP("Labels", "Completed")),
    (ReferralStatus.WITHDRAWN, QT_TRANSLATE_NOOP("Labels", "Withdrawn")),
    (ReferralStatus.EXPIRED, QT_TRANSLATE_NOOP("Labels", "Expired")),
    # ReferralOutcome
    (ReferralOutcome.SUCCESSFUL, QT_TRANSLATE_NOOP("Labels", "Successful")),
    (ReferralOutcome.NOT_SUCCESSFUL, QT_TRANSLATE_NOOP("Labels", "Not successful")),
    # ReferralReason
    (ReferralReason.CLIENT_REFUSED, QT_TRANSLATE_NOOP("Labels", "Client refused services")),
    (ReferralReason.LACK_OF_CAPACITY, QT_TRANSLATE_NOOP("Labels", "Lack of capacity")),
    (ReferralReason.NO_LONGER_NEEDED, QT_TRANSLATE_NOOP("Labels", "Services no longer needed")),
    (
        ReferralReason.UNABLE_TO_CONTACT_CLIENT,
        QT_TRANSLATE_NOOP("Labels", "Unable to contact client"),
    ),
    (
        ReferralReason.UNABLE_TO_CONTACT_RECEIVER,
        QT_TRANSLATE_NOOP("Labels", "Unable to contact receiving organisation"),
    ),
    (ReferralReason.OTHER, QT_TRANSLATE_NOOP("Labels", "Other reason")),
    # ProgramType
    (ProgramType.EMERGENCY_SHELTER, QT_TRANSLATE_NOOP("Labels", "Emergency shelter")),
    (ProgramType.TRANSITIONAL, QT_TRANSLATE_NOOP("Labels", "Transitional housing")),
    (
        ProgramType.RAPID_REHOUSING,
        QT_TRANSLATE_NOOP("Labels", "Rapid re-housing / short-term assistance"),
    ),
    (ProgramType.PERMANENT_SUPPORTIVE, QT_TRANSLATE_NOOP("Labels", "Permanent supportive housing")),
    (ProgramType.OTHER_PERMANENT, QT_TRANSLATE_NOOP("Labels", "Other permanent housing")),
    # PlacementStatus
    (PlacementStatus.REFERRED, QT_TRANSLATE_NOOP("Labels", "Referred")),
    (PlacementStatus.WAITLISTED, QT_TRANSLATE_NOOP("Labels", "Waitlisted")),
    (PlacementStatus.ACCEPTED, QT_TRANSLATE_NOOP("Labels", "Accepted")),
    (PlacementStatus.STARTED, QT_TRANSLATE_NOOP("Labels", "Started")),
    (PlacementStatus.MOVED_IN, QT_TRANSLATE_NOOP("Labels", "Moved in")),
    (PlacementStatus.EXITED, QT_TRANSLATE_NOOP("Labels", "Exited")),
    (PlacementStatus.DENIED, QT_TRANSLATE_NOOP("Labels", "Denied")),
    (PlacementStatus.WITHDRAWN, QT_TRANSLATE_NOOP("Labels", "Withdrawn")),
    # ExitDestination
    (ExitDestination.PERMANENT_OWN, QT_TRANSLATE_NOOP("Labels", "Permanent: own rental or owned")),
    (
        ExitDestination.PERMANENT_FAMILY,
        QT_TRANSLATE_NOOP("Labels", "Permanent: with family or friends"),
    ),
    (ExitDestination.TEMPORARY, QT_TRANSLATE_NOOP("Labels", "Temporary situation")),
    (ExitDestination.INSTITUTIONAL, QT_TRANSLATE_NOOP("Labels", "Institutional setting")),
    (ExitDestination.HOMELESS, QT_TRANSLATE_NOOP("Labels", "Homeless situation")),
    (ExitDestination.REPATRIATED, QT_TRANSLATE_NOOP("Labels", "Repatriated")),
    (ExitDestination.DECEASED, QT_TRANSLATE_NOOP("Labels", "Deceased")),
    (ExitDestination.UNKNOWN, QT_TRANSLATE_NOOP("Labels", "Client doesn't know or refused")),
    (ExitDestination.OTHER, QT_TRANSLATE_NOOP("Labels", "Other destination")),
    # AssistanceKind
    (AssistanceKind.RENT, QT_TRANSLATE_NOOP("Labels", "Rent")),
    (AssistanceKind.DEPOSIT, QT_TRANSLATE_NOOP("Labels", "Deposit")),
    (AssistanceKind.UTILITIES, QT_TRANSLATE_NOOP("Labels", "Utilities")),
    (AssistanceKind.RELOCATION, QT_TRANSLATE_NOOP("Labels", "Relocation")),
    (AssistanceKind.OTHER, QT_TRANSLATE_NOOP("Labels", "Other assistance")),
    # RestitutionStepKind
    (
        RestitutionStepKind.LOSS_DOCUMENTATION,
        QT_TRANSLATE_NOOP("Labels", "Loss documentation gathered"),
    ),
    (
        RestitutionStepKind.LOSSES_SUBMITTED,
        QT_TRANSLATE_NOOP("Labels", "Losses submitted to prosecutor"),
    ),
    (
        RestitutionStepKind.IMPACT_STATEMENT,
        QT_TRANSLATE_NOOP("Labels", "Victim impact statement to probation"),
    ),
    (RestitutionStepKind.SENTENCING, QT_TRANSLATE_NOOP("Labels", "Sentencing hearing")),
    (RestitutionStepKind.ORDER_ENTERED, QT_TRANSLATE_NOOP("Labels", "Restitution order entered")),
    (
        RestitutionStepKind.REMISSION_PETITION,
        QT_TRANSLATE_NOOP("Labels", "Remission / restoration petition"),
    ),
    (
        RestitutionStepKind.COLLECTION_MONITORING,
        QT_TRANSLATE_NOOP("Labels", "Collection monitoring"),
    ),
    (RestitutionStepKind.DISBURSEMENTS, QT_TRANSLATE_NOOP("Labels", "Disbursements received")),
    (
        RestitutionStepKind.ADDRESS_CURRENT,
        QT_TRANSLATE_NOOP("Labels", "Address kept current with clerk"),
    ),
    (RestitutionStepKind.CLOSED, QT_TRANSLATE_NOOP("Labels", "Matter closed")),
    # StepStatus
    (StepStatus.PENDING, QT_TRANSLATE_NOOP("Labels", "Pending")),
    (StepStatus.IN_PROGRESS, QT_TRANSLATE_NOOP("Labels", "In progress")),
    (StepStatus.DONE, QT_TRANSLATE_NOOP("Labels", "Done")),
    (StepStatus.NOT_APPLICABLE, QT_TRANSLATE_NOOP("Labels", "Not applicable")),
    # RestitutionClosure
    (RestitutionClosure.PAID_IN_FULL, QT_TRANSLATE_NOOP("Labels", "Paid in full")),
    (RestitutionClosure.LIABILITY_EXPIRED, QT_TRANSLATE_NOOP("Labels", "Liability expired")),
    (RestitutionClosure.DEFENDANT_DECEASED, QT_TRANSLATE_NOOP("Labels", "Defendant deceased")),
    (RestitutionClosure.OTHER, QT_TRANSLATE_NOOP("Labels", "Closed for another reason")),
    # MoneyEventKind
    (MoneyEventKind.COLLECTED, QT_TRANSLATE_NOOP("Labels", "Collected")),
    (MoneyEventKind.DISBURSED, QT_TRANSLATE_NOOP("Labels", "Disbursed")),
    # ImmigrationRelief
    (ImmigrationRelief.NONE, QT_TRANSLATE_NOOP("Labels", "None")),
    (ImmigrationRelief.REQUESTED, QT_TRANSLATE_NOOP("Labels", "Requested")),
    (ImmigrationRelief.GRANTED, QT_TRANSLATE_NOOP("Labels", "Granted")),
    (ImmigrationRelief.DENIED, QT_TRANSLATE_NOOP("Labels", "Denied")),
    (ImmigrationRelief.EXPIRED, QT_TRANSLATE_NOOP("Labels", "Expired")),
]

_SOURCES: dict[tuple[type, str], Any] = {(type(m), m.value): text for m, text in _PAIRS}

#: Dashboard item kinds (``AttentionItem.kind``) and non-step due codes.
_CODES: dict[str, Any] = {
    "overdue_step": QT_TRANSLATE_NOOP("Labels", "Overdue restitution step"),
    "release_expiring": QT_TRANSLATE_NOOP("Labels", "Release of information expiring"),
    "housing_exit": QT_TRANSLATE_NOOP("Labels", "Housing exit due"),
    "housing_move_in": QT_TRANSLATE_NOOP("Labels", "Housing move-in not recorded"),
    "awaiting_response": QT_TRANSLATE_NOOP("Labels", "Referral awaiting a response"),
}


def _tr(source: Any) -> str:
    return QCoreApplication.translate(CONTEXT, str(source))


def label(value: StrEnum) -> str:
    """The translated label of an enum member; unknown members fall back to their value."""
    source = _SOURCES.get((type(value), value.value))
    return _tr(source) if source is not None else str(value.value)


def options(enum_cls: type[E], *, exclude: Iterable[E] = ()) -> list[tuple[E, str]]:
    """``(member, label)`` for every member of ``enum_cls`` in declaration order,
    ready to fill a combo box (``combo.addItem(text, member.value)``)."""
    skip = set(exclude)
    return [(member, label(member)) for member in enum_cls if member not in skip]


def services_text(services: Iterable[ServiceType]) -> str:
    """Services requested, as a short comma-separated list in declaration order."""
    chosen = set(services)
    return ", ".join(label(s) for s in ServiceType if s in chosen)


def code_label(code: str) -> str:
    """Label for a dashboard kind (``overdue_step``...) or a due code (``housing_exit``)."""
    source = _CODES.get(code)
    return _tr(source) if source is not None else code


def due_label(code: str) -> str:
    """Human text for a ``next_due_label`` / dashboard subject code:
    ``"step:<RestitutionStepKind>"``, ``"housing_exit"``, ``"housing_move_in"``,
    ``"release:<agency name>"`` or ``"referral:<agency name>"``. Empty code → empty text."""
    if not code:
        return ""
    kind, _, value = code.partition(":")
    if kind == "step":
        try:
            return label(RestitutionStepKind(value))
        except ValueError:
            return value
    if kind == "release":
        return _tr(QT_TRANSLATE_NOOP("Labels", "Release to %1")).replace("%1", value)
    if kind == "referral":
        return _tr(QT_TRANSLATE_NOOP("Labels", "Referral to %1")).replace("%1", value)
    if kind in ("housing_exit", "housing_move_in") and value:
        try:
            return label(ProgramType(value))
        except ValueError:
            return code_label(kind)
    return code_label(code)
