"""The human label of every stored vocabulary value, written once for screen and paper.

Stored values (``ReferralStatus.IN_PROGRESS == "in_progress"``) never reach a person; the
GUI (``gui/widgets/labels.py``) and the PDFs (``reports/i18n.py``) both look the value up
here and translate the label where it is shown (``nap_desktop.i18n``: the PDF may print in
another language than the screen's). One English text has one translation everywhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from nap_desktop.domain.enums import (
    AgencyKind,
    AssistanceKind,
    DocumentAttachment,
    DocumentKind,
    ExitDestination,
    ImmigrationRelief,
    InfoCategory,
    MoneyEventKind,
    PlacementStatus,
    ProgramType,
    ReferralDirection,
    ReferralOutcome,
    ReferralReason,
    ReferralSide,
    ReferralStatus,
    ReleaseStatus,
    RemovedMetadata,
    RestitutionClosure,
    RestitutionStepKind,
    Role,
    ServiceType,
    SignedBy,
    StepStatus,
    TraffickingType,
    Urgency,
)
from nap_desktop.domain.labels_services import PAIRS as _ISSUE13_PAIRS
from nap_desktop.domain.messages import N_

# StrEnum members compare equal to their string value (ReleaseStatus.DRAFT == "draft" ==
# ReferralStatus.DRAFT), so the table is keyed by (type, value), never by member.
_PAIRS: tuple[tuple[StrEnum, str], ...] = (
    # AgencyKind
    (AgencyKind.LE_FEDERAL, N_("Federal law enforcement")),
    (AgencyKind.LE_STATE_LOCAL, N_("State or local law enforcement")),
    (AgencyKind.TASK_FORCE, N_("Task force")),
    (AgencyKind.PROSECUTOR, N_("Prosecutor")),
    (AgencyKind.VICTIM_SERVICE_PROVIDER, N_("Victim service provider")),
    (AgencyKind.HOUSING, N_("Housing provider")),
    (AgencyKind.LEGAL, N_("Legal services")),
    (AgencyKind.HEALTH, N_("Health services")),
    (AgencyKind.OTHER, N_("Other agency")),
    # Role
    (Role.CASEWORKER, N_("Caseworker")),
    (Role.SUPERVISOR, N_("Supervisor")),
    (Role.ADMIN, N_("Administrator")),
    # TraffickingType
    (TraffickingType.SEX, N_("Sex trafficking")),
    (TraffickingType.LABOR, N_("Labor trafficking")),
    (TraffickingType.BOTH, N_("Sex and labor trafficking")),
    (TraffickingType.UNKNOWN, N_("Not known yet")),
    # InfoCategory
    (InfoCategory.IDENTITY, N_("Identity (names, date of birth, minor)")),
    (InfoCategory.CONTACT, N_("Contact and safe-contact details")),
    (InfoCategory.LOCATION, N_("Location")),
    (InfoCategory.DEMOGRAPHICS, N_("Languages and interpreter")),
    (InfoCategory.IMMIGRATION, N_("Immigration relief")),
    (InfoCategory.SAFETY, N_("Safety risks and notes")),
    (InfoCategory.HOUSING, N_("Housing")),
    (InfoCategory.RESTITUTION, N_("Restitution")),
    (InfoCategory.NOTES, N_("Case notes")),
    # ReleaseStatus
    (ReleaseStatus.DRAFT, N_("Draft")),
    (ReleaseStatus.ACTIVE, N_("Active")),
    (ReleaseStatus.EXPIRED, N_("Expired")),
    (ReleaseStatus.REVOKED, N_("Revoked")),
    (ReleaseStatus.REFUSED, N_("Refused")),
    # SignedBy
    (SignedBy.SURVIVOR, N_("Survivor")),
    (SignedBy.GUARDIAN, N_("Guardian")),
    # ReferralDirection
    (ReferralDirection.LE_TO_VSP, N_("Law enforcement → victim services")),
    (ReferralDirection.VSP_TO_LE, N_("Victim services → law enforcement")),
    (ReferralDirection.BETWEEN_PROVIDERS, N_("Between service providers")),
    # ServiceType
    (ServiceType.HOUSING, N_("Housing")),
    (ServiceType.LEGAL, N_("Legal")),
    (ServiceType.IMMIGRATION, N_("Immigration")),
    (ServiceType.MEDICAL, N_("Medical")),
    (ServiceType.MENTAL_HEALTH, N_("Mental health")),
    (ServiceType.SUBSTANCE_USE, N_("Substance use")),
    (ServiceType.EMPLOYMENT, N_("Employment")),
    (ServiceType.EDUCATION, N_("Education")),
    (ServiceType.INTERPRETATION, N_("Interpretation")),
    (ServiceType.CHILD_CARE, N_("Child care")),
    (ServiceType.REPATRIATION, N_("Repatriation")),
    (ServiceType.OTHER, N_("Other service")),
    # Urgency
    (Urgency.ROUTINE, N_("Routine")),
    (Urgency.PRIORITY, N_("Priority")),
    (Urgency.EMERGENCY, N_("Emergency")),
    # ReferralStatus
    (ReferralStatus.DRAFT, N_("Draft")),
    (ReferralStatus.SENT, N_("Sent")),
    (ReferralStatus.RECEIVED, N_("Received")),
    (ReferralStatus.ACCEPTED, N_("Accepted")),
    (ReferralStatus.DECLINED, N_("Declined")),
    (ReferralStatus.IN_PROGRESS, N_("In progress")),
    (ReferralStatus.COMPLETED, N_("Completed")),
    (ReferralStatus.WITHDRAWN, N_("Withdrawn")),
    (ReferralStatus.EXPIRED, N_("Expired")),
    # ReferralSide
    (ReferralSide.SENDER, N_("Sent by us")),
    (ReferralSide.RECEIVER, N_("Received by us")),
    # ReferralOutcome
    (ReferralOutcome.SUCCESSFUL, N_("Successful")),
    (ReferralOutcome.NOT_SUCCESSFUL, N_("Not successful")),
    # ReferralReason
    (ReferralReason.CLIENT_REFUSED, N_("Client refused services")),
    (ReferralReason.LACK_OF_CAPACITY, N_("Lack of capacity")),
    (ReferralReason.NO_LONGER_NEEDED, N_("Services no longer needed")),
    (ReferralReason.UNABLE_TO_CONTACT_CLIENT, N_("Unable to contact client")),
    (ReferralReason.UNABLE_TO_CONTACT_RECEIVER, N_("Unable to contact receiving organisation")),
    (ReferralReason.OTHER, N_("Other reason")),
    # ProgramType
    (ProgramType.EMERGENCY_SHELTER, N_("Emergency shelter")),
    (ProgramType.TRANSITIONAL, N_("Transitional housing")),
    (ProgramType.RAPID_REHOUSING, N_("Rapid re-housing / short-term assistance")),
    (ProgramType.PERMANENT_SUPPORTIVE, N_("Permanent supportive housing")),
    (ProgramType.OTHER_PERMANENT, N_("Other permanent housing")),
    # PlacementStatus
    (PlacementStatus.REFERRED, N_("Referred")),
    (PlacementStatus.WAITLISTED, N_("Waitlisted")),
    (PlacementStatus.ACCEPTED, N_("Accepted")),
    (PlacementStatus.STARTED, N_("Started")),
    (PlacementStatus.MOVED_IN, N_("Moved in")),
    (PlacementStatus.EXITED, N_("Exited")),
    (PlacementStatus.DENIED, N_("Denied")),
    (PlacementStatus.WITHDRAWN, N_("Withdrawn")),
    # ExitDestination
    (ExitDestination.PERMANENT_OWN, N_("Permanent: rental or owned")),
    (ExitDestination.PERMANENT_FAMILY, N_("Permanent: with family or friends")),
    (ExitDestination.TEMPORARY, N_("Temporary situation")),
    (ExitDestination.INSTITUTIONAL, N_("Institutional setting")),
    (ExitDestination.HOMELESS, N_("Homeless situation")),
    (ExitDestination.REPATRIATED, N_("Repatriated")),
    (ExitDestination.DECEASED, N_("Deceased")),
    (ExitDestination.UNKNOWN, N_("Client doesn't know or refused")),
    (ExitDestination.OTHER, N_("Other destination")),
    # AssistanceKind
    (AssistanceKind.RENT, N_("Rent")),
    (AssistanceKind.DEPOSIT, N_("Deposit")),
    (AssistanceKind.UTILITIES, N_("Utilities")),
    (AssistanceKind.RELOCATION, N_("Relocation")),
    (AssistanceKind.OTHER, N_("Other assistance")),
    # RestitutionStepKind
    (RestitutionStepKind.LOSS_DOCUMENTATION, N_("Loss documentation gathered")),
    (RestitutionStepKind.LOSSES_SUBMITTED, N_("Losses submitted to prosecutor")),
    (RestitutionStepKind.IMPACT_STATEMENT, N_("Victim impact statement to probation")),
    (RestitutionStepKind.SENTENCING, N_("Sentencing hearing")),
    (RestitutionStepKind.ORDER_ENTERED, N_("Restitution order entered")),
    (RestitutionStepKind.REMISSION_PETITION, N_("Remission / restoration petition")),
    (RestitutionStepKind.COLLECTION_MONITORING, N_("Collection monitoring")),
    (RestitutionStepKind.DISBURSEMENTS, N_("Disbursements received")),
    (RestitutionStepKind.ADDRESS_CURRENT, N_("Address kept current with clerk")),
    (RestitutionStepKind.CLOSED, N_("Matter closed")),
    # StepStatus
    (StepStatus.PENDING, N_("Pending")),
    (StepStatus.IN_PROGRESS, N_("In progress")),
    (StepStatus.DONE, N_("Done")),
    (StepStatus.NOT_APPLICABLE, N_("Not applicable")),
    # RestitutionClosure
    (RestitutionClosure.PAID_IN_FULL, N_("Paid in full")),
    (RestitutionClosure.LIABILITY_EXPIRED, N_("Liability expired")),
    (RestitutionClosure.DEFENDANT_DECEASED, N_("Defendant deceased")),
    (RestitutionClosure.OTHER, N_("Closed for another reason")),
    # MoneyEventKind
    (MoneyEventKind.COLLECTED, N_("Collected")),
    (MoneyEventKind.DISBURSED, N_("Disbursed")),
    # ImmigrationRelief
    (ImmigrationRelief.NONE, N_("None")),
    (ImmigrationRelief.REQUESTED, N_("Requested")),
    (ImmigrationRelief.GRANTED, N_("Granted")),
    (ImmigrationRelief.DENIED, N_("Denied")),
    (ImmigrationRelief.EXPIRED, N_("Expired")),
    # DocumentKind
    (DocumentKind.SIGNED_RELEASE, N_("Signed release of information")),
    (DocumentKind.COURT_ORDER, N_("Court order")),
    (DocumentKind.RESTITUTION_ORDER, N_("Restitution order")),
    (DocumentKind.PROTECTIVE_ORDER, N_("Protective order")),
    (DocumentKind.CONTINUED_PRESENCE, N_("Continued Presence document")),
    (DocumentKind.T_VISA, N_("T visa document")),
    (DocumentKind.HHS_LETTER, N_("HHS letter")),
    (DocumentKind.IDENTITY_DOCUMENT, N_("Identity document")),
    (DocumentKind.LEASE, N_("Lease")),
    (DocumentKind.RECEIPT, N_("Receipt")),
    (DocumentKind.PHOTO, N_("Photo")),
    (DocumentKind.OTHER, N_("Other document")),
    # DocumentAttachment
    (DocumentAttachment.CLIENT, N_("The case")),
    (DocumentAttachment.RELEASE, N_("Release of information")),
    (DocumentAttachment.REFERRAL, N_("Referral")),
    (DocumentAttachment.PLACEMENT, N_("Housing placement")),
    (DocumentAttachment.RESTITUTION_MATTER, N_("Restitution matter")),
    # RemovedMetadata
    (RemovedMetadata.GPS, N_("GPS location")),
    (RemovedMetadata.CAMERA_SERIAL, N_("Camera serial number")),
    (RemovedMetadata.EXIF, N_("Camera and date details (EXIF)")),
    (RemovedMetadata.XMP, N_("XMP metadata")),
    (RemovedMetadata.IPTC, N_("IPTC captions and places")),
    (RemovedMetadata.COMMENT, N_("Comments")),
    (RemovedMetadata.TEXT, N_("Text notes in the image")),
    (RemovedMetadata.TIME, N_("Last-modified time")),
    (RemovedMetadata.OTHER, N_("Other hidden data")),
    (RemovedMetadata.PDF_INFO, N_("PDF document properties")),
    *_ISSUE13_PAIRS,  # services, plans, tasks, reported client fields (labels_services.py)
)

#: (vocabulary, stored value) -> the N_-marked English label.
LABELS: Mapping[tuple[type[StrEnum], str], str] = {(type(m), m.value): text for m, text in _PAIRS}

#: Every vocabulary with labels, in declaration order.
VOCABULARIES: tuple[type[StrEnum], ...] = tuple(dict.fromkeys(type(m) for m, _text in _PAIRS))


#: Dashboard item kinds (``AttentionItem.kind``) and the due codes that are not a step
#: (``Client.next_due_label``), as the dashboard, the caseload and its report name them.
CODES: Mapping[str, str] = {
    "overdue_step": N_("Overdue restitution step"),
    "release_expiring": N_("Release of information expiring"),
    "housing_exit": N_("Housing exit due"),
    "housing_move_in": N_("Housing move-in not recorded"),
    "awaiting_response": N_("Referral awaiting a response"),
}


#: A referral status change as the action that makes it (the button, the CLI's list, the
#: docs), keyed by the status it leads to: named for what happens, not for the state.
REFERRAL_ACTIONS: Mapping[str, str] = {
    "sent": N_("Mark as sent"),
    "received": N_("Mark received"),
    "accepted": N_("Accept"),
    "declined": N_("Decline"),
    "in_progress": N_("Start work"),
    "completed": N_("Complete"),
    "withdrawn": N_("Withdraw"),
    "expired": N_("Mark expired"),
}


def source(member: StrEnum) -> str:
    """The English label of ``member`` (not yet translated); its value when it has none."""
    return LABELS.get((type(member), member.value), str(member.value))


#: What each release category covers, in words a survivor and a caseworker both
#: understand: the release editor's hints and the printed release form say the same.
CATEGORY_SCOPE: Mapping[InfoCategory, str] = {
    InfoCategory.IDENTITY: N_("Legal and preferred name, date of birth, whether a minor."),
    InfoCategory.CONTACT: N_("Phone, e-mail or address, and the safe-contact instructions."),
    InfoCategory.LOCATION: N_("Where the survivor lives or stays (personal under VAWA)."),
    InfoCategory.DEMOGRAPHICS: N_("Languages spoken and whether an interpreter is needed."),
    InfoCategory.IMMIGRATION: N_("Continued Presence, T visa and HHS letters."),
    InfoCategory.SAFETY: N_("Safety risks and safety notes on referrals and housing."),
    InfoCategory.HOUSING: N_("Housing placements, their dates and assistance paid."),
    InfoCategory.RESTITUTION: N_("Court matters, restitution steps and amounts."),
    InfoCategory.NOTES: N_("Case notes written by workers."),
}
