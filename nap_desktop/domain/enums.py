"""Vocabularies of the domain (see docs/domain.md and shared/domain.md).

Values are stable strings: they are stored in the vault and travel in transfer packages.
"""

from __future__ import annotations

from enum import StrEnum


class AgencyKind(StrEnum):
    LE_FEDERAL = "le_federal"
    LE_STATE_LOCAL = "le_state_local"
    TASK_FORCE = "task_force"
    PROSECUTOR = "prosecutor"
    VICTIM_SERVICE_PROVIDER = "victim_service_provider"
    HOUSING = "housing"
    LEGAL = "legal"
    HEALTH = "health"
    OTHER = "other"


class Role(StrEnum):
    CASEWORKER = "caseworker"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class TraffickingType(StrEnum):
    SEX = "sex"
    LABOR = "labor"
    BOTH = "both"
    UNKNOWN = "unknown"


class InfoCategory(StrEnum):
    """What a release of information can cover. Personal details are grouped so that a
    release can name exactly what a survivor agreed to share."""

    IDENTITY = "identity"  # legal and preferred name, date of birth, minor flag
    CONTACT = "contact"  # contact details and safe-contact instructions
    LOCATION = "location"  # where the survivor lives or stays (personal under VAWA)
    DEMOGRAPHICS = "demographics"  # languages, interpreter need
    IMMIGRATION = "immigration"  # Continued Presence, T visa, HHS letters
    SAFETY = "safety"  # safety risks and notes on referrals and placements
    HOUSING = "housing"  # placements and assistance
    RESTITUTION = "restitution"  # court matters, steps, money
    NOTES = "notes"  # case notes


class ReleaseStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    EXPIRED = "expired"  # derived from the expiry date; never stored
    REVOKED = "revoked"
    REFUSED = "refused"


class SignedBy(StrEnum):
    SURVIVOR = "survivor"
    GUARDIAN = "guardian"


class ReferralDirection(StrEnum):
    LE_TO_VSP = "le_to_vsp"
    VSP_TO_LE = "vsp_to_le"
    BETWEEN_PROVIDERS = "between_providers"


class ServiceType(StrEnum):
    HOUSING = "housing"
    LEGAL = "legal"
    IMMIGRATION = "immigration"
    MEDICAL = "medical"
    MENTAL_HEALTH = "mental_health"
    SUBSTANCE_USE = "substance_use"
    EMPLOYMENT = "employment"
    EDUCATION = "education"
    INTERPRETATION = "interpretation"
    CHILD_CARE = "child_care"
    REPATRIATION = "repatriation"
    OTHER = "other"


class Urgency(StrEnum):
    ROUTINE = "routine"
    PRIORITY = "priority"
    EMERGENCY = "emergency"


class ReferralStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    RECEIVED = "received"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    WITHDRAWN = "withdrawn"
    EXPIRED = "expired"


class ReferralSide(StrEnum):
    """Our agency's end of a referral: we made it (``from``) or it was made to us (``to``)."""

    SENDER = "sender"
    RECEIVER = "receiver"


class ReferralOutcome(StrEnum):
    SUCCESSFUL = "successful"
    NOT_SUCCESSFUL = "not_successful"


class ReferralReason(StrEnum):
    """Reasons for declining a referral or closing it as not successful."""

    CLIENT_REFUSED = "client_refused_services"
    LACK_OF_CAPACITY = "lack_of_capacity"
    NO_LONGER_NEEDED = "services_no_longer_needed"
    UNABLE_TO_CONTACT_CLIENT = "unable_to_contact_client"
    UNABLE_TO_CONTACT_RECEIVER = "unable_to_contact_receiving_organisation"
    OTHER = "other"


class ProgramType(StrEnum):
    EMERGENCY_SHELTER = "emergency_shelter"
    TRANSITIONAL = "transitional_housing"
    RAPID_REHOUSING = "rapid_rehousing"
    PERMANENT_SUPPORTIVE = "permanent_supportive_housing"
    OTHER_PERMANENT = "other_permanent"

    @property
    def needs_move_in(self) -> bool:
        """HMIS 3.20 Housing Move-In Date applies to permanent housing and rapid re-housing."""
        return self in {
            ProgramType.RAPID_REHOUSING,
            ProgramType.PERMANENT_SUPPORTIVE,
            ProgramType.OTHER_PERMANENT,
        }


class PlacementStatus(StrEnum):
    REFERRED = "referred"
    WAITLISTED = "waitlisted"
    ACCEPTED = "accepted"
    STARTED = "started"
    MOVED_IN = "moved_in"
    EXITED = "exited"
    DENIED = "denied"
    WITHDRAWN = "withdrawn"


class ExitDestination(StrEnum):
    """A condensed form of the HMIS 3.12 destination groups."""

    PERMANENT_OWN = "permanent_rental_or_owned"
    PERMANENT_FAMILY = "permanent_with_family_or_friends"
    TEMPORARY = "temporary_situation"
    INSTITUTIONAL = "institutional_setting"
    HOMELESS = "homeless_situation"
    REPATRIATED = "repatriated"
    DECEASED = "deceased"
    UNKNOWN = "client_doesnt_know_or_refused"
    OTHER = "other"


class AssistanceKind(StrEnum):
    RENT = "rent"
    DEPOSIT = "deposit"
    UTILITIES = "utilities"
    RELOCATION = "relocation"
    OTHER = "other"


class RestitutionStepKind(StrEnum):
    """The ten steps a caseworker tracks for a restitution matter, in order."""

    LOSS_DOCUMENTATION = "loss_documentation"
    LOSSES_SUBMITTED = "losses_submitted"
    IMPACT_STATEMENT = "impact_statement"
    SENTENCING = "sentencing"
    ORDER_ENTERED = "order_entered"
    REMISSION_PETITION = "remission_petition"
    COLLECTION_MONITORING = "collection_monitoring"
    DISBURSEMENTS = "disbursements"
    ADDRESS_CURRENT = "address_current"
    CLOSED = "closed"


class StepStatus(StrEnum):
    PENDING = "pending"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    NOT_APPLICABLE = "not_applicable"


class RestitutionClosure(StrEnum):
    PAID_IN_FULL = "paid_in_full"
    LIABILITY_EXPIRED = "liability_expired"
    DEFENDANT_DECEASED = "defendant_deceased"
    OTHER = "other"


class MoneyEventKind(StrEnum):
    COLLECTED = "collected"
    DISBURSED = "disbursed"


class ImmigrationRelief(StrEnum):
    NONE = "none"
    REQUESTED = "requested"
    GRANTED = "granted"
    DENIED = "denied"
    EXPIRED = "expired"


class DocumentKind(StrEnum):
    """What a document on a case is (issue #14); each kind's consent categories are in
    ``domain/consent.py`` (:data:`~nap_desktop.domain.consent.DOCUMENT_CATEGORIES`)."""

    SIGNED_RELEASE = "signed_release"
    COURT_ORDER = "court_order"
    RESTITUTION_ORDER = "restitution_order"
    PROTECTIVE_ORDER = "protective_order"
    CONTINUED_PRESENCE = "continued_presence"
    T_VISA = "t_visa"
    HHS_LETTER = "hhs_letter"
    IDENTITY_DOCUMENT = "identity_document"
    LEASE = "lease"
    RECEIPT = "receipt"
    PHOTO = "photo"
    OTHER = "other"


class DocumentAttachment(StrEnum):
    """The record a document is attached to (always on one client's case)."""

    CLIENT = "client"
    RELEASE = "release"
    REFERRAL = "referral"
    PLACEMENT = "placement"
    RESTITUTION_MATTER = "restitution_matter"


class RemovedMetadata(StrEnum):
    """What was stripped from a file when it was added (the user is told)."""

    GPS = "gps"  # EXIF GPS position: where the photo was taken
    CAMERA_SERIAL = "camera_serial"  # a camera's or lens's serial number
    EXIF = "exif"  # the rest of EXIF: camera, dates, software, thumbnail
    XMP = "xmp"  # XMP (Adobe) metadata: may repeat all of the above
    IPTC = "iptc"  # IPTC / Photoshop block: captions, places, names
    COMMENT = "comment"  # JPEG comments
    TEXT = "text"  # PNG text chunks (tEXt, iTXt, zTXt)
    TIME = "time"  # PNG last-modified time
    OTHER = "other"  # other embedded data: unknown segments or chunks, data after the end
    PDF_INFO = "pdf_info"  # reserved: a PDF's Info dictionary (kept, see docs)


# --- services, plans, tasks, grant reporting (issue #13) ---------------------------------
#
# The client fields the funders' reports need (HMIS 3.06 gender, 3.04 race and ethnicity,
# FY2026 sex, TIMS citizenship, VOCA referral source). Each vocabulary also takes exactly
# one of the three "no answer" values instead of a real answer (``domain/demographics.py``
# checks it): the data-quality report counts them apart from a missing value.
DOESNT_KNOW, REFUSED, NOT_COLLECTED = "doesnt_know", "refused", "not_collected"


class Gender(StrEnum):
    """HMIS 3.06 (FY2024), several may apply."""

    WOMAN = "woman"
    MAN = "man"
    CULTURALLY_SPECIFIC = "culturally_specific"
    TRANSGENDER = "transgender"
    NON_BINARY = "non_binary"
    QUESTIONING = "questioning"
    DIFFERENT_IDENTITY = "different_identity"
    DOESNT_KNOW = DOESNT_KNOW
    REFUSED = REFUSED
    NOT_COLLECTED = NOT_COLLECTED


class RaceEthnicity(StrEnum):
    """HMIS 3.04 (FY2024), several may apply."""

    AM_IND_AK_NATIVE = "am_ind_ak_native"
    ASIAN = "asian"
    BLACK_AF_AMERICAN = "black_af_american"
    HISPANIC_LATINA = "hispanic_latina"
    MENA = "mena"
    NH_PACIFIC_ISLANDER = "nh_pacific_islander"
    WHITE = "white"
    DOESNT_KNOW = DOESNT_KNOW
    REFUSED = REFUSED
    NOT_COLLECTED = NOT_COLLECTED


class Sex(StrEnum):
    """HMIS FY2026 Client.Sex."""

    FEMALE = "female"
    MALE = "male"
    DOESNT_KNOW = DOESNT_KNOW
    REFUSED = REFUSED
    NOT_COLLECTED = NOT_COLLECTED


class Citizenship(StrEnum):
    """TIMS: U.S. citizen, lawful permanent resident or foreign national."""

    US_CITIZEN = "us_citizen"
    PERMANENT_RESIDENT = "permanent_resident"
    FOREIGN_NATIONAL = "foreign_national"
    DOESNT_KNOW = DOESNT_KNOW
    REFUSED = REFUSED
    NOT_COLLECTED = NOT_COLLECTED


class ReferralSource(StrEnum):
    """How the survivor came to the agency (VOCA, TIMS)."""

    LAW_ENFORCEMENT = "law_enforcement"
    SELF = "self"
    HOTLINE = "hotline"
    SERVICE_PROVIDER = "service_provider"
    HEALTH_CARE = "health_care"
    SCHOOL = "school"
    FAITH_COMMUNITY = "faith_community"
    FAMILY_FRIEND = "family_friend"
    LEGAL = "legal"
    OTHER = "other"
    DOESNT_KNOW = DOESNT_KNOW
    REFUSED = REFUSED
    NOT_COLLECTED = NOT_COLLECTED


class Funder(StrEnum):
    VOCA = "voca"
    OVC_TRAFFICKING = "ovc_trafficking"
    HUD_COC = "hud_coc"
    HUD_ESG = "hud_esg"
    HHS_OTIP = "hhs_otip"
    STATE = "state"
    PRIVATE = "private"
    OTHER = "other"


class ServiceCategory(StrEnum):
    """One controlled list of services delivered; each maps to every funder's categories
    in ``domain/service_catalog.py`` (``CATEGORY_MAP``)."""

    CRISIS_INTERVENTION = "crisis_intervention"
    SAFETY_PLANNING = "safety_planning"
    CASE_MANAGEMENT = "case_management"
    INFORMATION_RIGHTS = "information_rights"
    REFERRAL_OTHER = "referral_other"
    ACCOMPANIMENT_MEDICAL = "accompaniment_medical"
    ACCOMPANIMENT_COURT = "accompaniment_court"
    ACCOMPANIMENT_LAW_ENFORCEMENT = "accompaniment_law_enforcement"
    INTERPRETER = "interpreter"
    LEGAL_ASSISTANCE = "legal_assistance"
    IMMIGRATION_ASSISTANCE = "immigration_assistance"
    EMERGENCY_SHELTER = "emergency_shelter"
    TRANSITIONAL_HOUSING = "transitional_housing"
    RENTAL_ASSISTANCE = "rental_assistance"
    RELOCATION = "relocation"
    EMERGENCY_FINANCIAL = "emergency_financial"
    FOOD_CLOTHING = "food_clothing"
    MEDICAL = "medical"
    DENTAL = "dental"
    MENTAL_HEALTH = "mental_health"
    SUBSTANCE_USE = "substance_use"
    SUPPORT_GROUP = "support_group"
    EMPLOYMENT = "employment"
    EDUCATION = "education"
    LIFE_SKILLS = "life_skills"
    TRANSPORTATION = "transportation"
    CHILD_CARE = "child_care"
    VICTIM_COMPENSATION = "victim_compensation"
    RESTITUTION_ASSISTANCE = "restitution_assistance"
    REPATRIATION = "repatriation"
    OTHER = "other"


class ServiceProvider(StrEnum):
    """Who delivered a service: one of our users, or a partner through a referral."""

    STAFF = "staff"
    PARTNER = "partner"


class ServiceMode(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"
    TEXT = "text"
    ACCOMPANIMENT = "accompaniment"


class ServiceStatus(StrEnum):
    PLANNED = "planned"
    DELIVERED = "delivered"
    DECLINED = "declined"
    NO_SHOW = "no_show"


class PlanDomain(StrEnum):
    SAFETY = "safety"
    HOUSING = "housing"
    PHYSICAL_HEALTH = "physical_health"
    MENTAL_HEALTH = "mental_health"
    LEGAL_IMMIGRATION = "legal_immigration"
    CRIMINAL_JUSTICE_RESTITUTION = "criminal_justice_restitution"
    ECONOMIC_EMPLOYMENT = "economic_employment"
    EDUCATION = "education"
    FAMILY_CHILDREN = "family_children"
    OTHER = "other"


class GoalStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    ACHIEVED = "achieved"
    DISCONTINUED = "discontinued"


class ContactRisk(StrEnum):
    """How likely contact from the trafficker is (safety plan)."""

    NONE = "none"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    UNKNOWN = "unknown"


class ProtectiveOrder(StrEnum):
    NONE = "none"
    REQUESTED = "requested"
    GRANTED = "granted"
    DENIED = "denied"
    EXPIRED = "expired"


class TaskStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class TaskKind(StrEnum):
    """What a task on "My tasks" is: a stored manual task, or derived from a due date."""

    MANUAL = "manual"
    PLAN_DUE = "plan_due"
    PLAN_REVIEW = "plan_review"
    CONSENT_EXPIRING = "consent_expiring"
    RESTITUTION_STEP = "restitution_step"
    MOVE_IN_DUE = "move_in_due"
    EXIT_DUE = "exit_due"
    SERVICE_FOLLOW_UP = "service_follow_up"


class ActivityKind(StrEnum):
    """TIMS program activities."""

    TASK_FORCE_MEETING = "task_force_meeting"
    TRAINING = "training"
    OUTREACH = "outreach"
    PUBLIC_AWARENESS = "public_awareness"
    OTHER = "other"


class ActivityAudience(StrEnum):
    LAW_ENFORCEMENT = "law_enforcement"
    SERVICE_PROVIDERS = "service_providers"
    HEALTH = "health"
    EDUCATION = "education"
    COMMUNITY = "community"
    FAITH = "faith"
    OTHER = "other"
