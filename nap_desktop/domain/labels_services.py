"""Labels of the issue #13 vocabularies (services, plans, tasks, the reported client
fields), joined into :data:`nap_desktop.domain.labels.LABELS`: read them there.

Kept apart only so that ``labels.py`` stays one screenful per subject; the same rules
apply (one English text, one translation everywhere).
"""

from __future__ import annotations

from enum import StrEnum

from nap_desktop.domain import enums as en
from nap_desktop.domain.messages import N_

_DK, _REF, _NC = N_("Client doesn't know"), N_("Client refused"), N_("Not collected")


def _no_answer(vocab: type[StrEnum]) -> tuple[tuple[StrEnum, str], ...]:
    return ((vocab(en.DOESNT_KNOW), _DK), (vocab(en.REFUSED), _REF),
            (vocab(en.NOT_COLLECTED), _NC))


PAIRS: tuple[tuple[StrEnum, str], ...] = (
    # Gender (HMIS 3.06)
    (en.Gender.WOMAN, N_("Woman (girl, if child)")),
    (en.Gender.MAN, N_("Man (boy, if child)")),
    (en.Gender.CULTURALLY_SPECIFIC, N_("Culturally specific identity")),
    (en.Gender.TRANSGENDER, N_("Transgender")),
    (en.Gender.NON_BINARY, N_("Non-binary")),
    (en.Gender.QUESTIONING, N_("Questioning")),
    (en.Gender.DIFFERENT_IDENTITY, N_("Different identity")),
    *_no_answer(en.Gender),
    # RaceEthnicity (HMIS 3.04)
    (en.RaceEthnicity.AM_IND_AK_NATIVE, N_("American Indian, Alaska Native or Indigenous")),
    (en.RaceEthnicity.ASIAN, N_("Asian or Asian American")),
    (en.RaceEthnicity.BLACK_AF_AMERICAN, N_("Black, African American or African")),
    (en.RaceEthnicity.HISPANIC_LATINA, N_("Hispanic/Latina/e/o")),
    (en.RaceEthnicity.MENA, N_("Middle Eastern or North African")),
    (en.RaceEthnicity.NH_PACIFIC_ISLANDER, N_("Native Hawaiian or Pacific Islander")),
    (en.RaceEthnicity.WHITE, N_("White")),
    *_no_answer(en.RaceEthnicity),
    # Sex (HMIS FY2026)
    (en.Sex.FEMALE, N_("Female")),
    (en.Sex.MALE, N_("Male")),
    *_no_answer(en.Sex),
    # Citizenship
    (en.Citizenship.US_CITIZEN, N_("U.S. citizen")),
    (en.Citizenship.PERMANENT_RESIDENT, N_("Lawful permanent resident")),
    (en.Citizenship.FOREIGN_NATIONAL, N_("Foreign national")),
    *_no_answer(en.Citizenship),
    # ReferralSource
    (en.ReferralSource.LAW_ENFORCEMENT, N_("Law enforcement")),
    (en.ReferralSource.SELF, N_("Self-referral")),
    (en.ReferralSource.HOTLINE, N_("Hotline")),
    (en.ReferralSource.SERVICE_PROVIDER, N_("Another service provider")),
    (en.ReferralSource.HEALTH_CARE, N_("Health care")),
    (en.ReferralSource.SCHOOL, N_("School")),
    (en.ReferralSource.FAITH_COMMUNITY, N_("Faith community")),
    (en.ReferralSource.FAMILY_FRIEND, N_("Family or friend")),
    (en.ReferralSource.LEGAL, N_("Legal services")),
    (en.ReferralSource.OTHER, N_("Other source")),
    *_no_answer(en.ReferralSource),
    # Funder
    (en.Funder.VOCA, N_("VOCA victim assistance")),
    (en.Funder.OVC_TRAFFICKING, N_("OVC trafficking award")),
    (en.Funder.HUD_COC, N_("HUD Continuum of Care")),
    (en.Funder.HUD_ESG, N_("HUD Emergency Solutions Grant")),
    (en.Funder.HHS_OTIP, N_("HHS Office on Trafficking in Persons")),
    (en.Funder.STATE, N_("State funding")),
    (en.Funder.PRIVATE, N_("Private funding")),
    (en.Funder.OTHER, N_("Other funder")),
    # ServiceCategory
    (en.ServiceCategory.CRISIS_INTERVENTION, N_("Crisis intervention")),
    (en.ServiceCategory.SAFETY_PLANNING, N_("Safety planning")),
    (en.ServiceCategory.CASE_MANAGEMENT, N_("Case management")),
    (en.ServiceCategory.INFORMATION_RIGHTS, N_("Information about rights")),
    (en.ServiceCategory.REFERRAL_OTHER, N_("Referral to other services")),
    (en.ServiceCategory.ACCOMPANIMENT_MEDICAL, N_("Accompaniment to medical care")),
    (en.ServiceCategory.ACCOMPANIMENT_COURT, N_("Accompaniment to court")),
    (en.ServiceCategory.ACCOMPANIMENT_LAW_ENFORCEMENT,
     N_("Accompaniment to law enforcement interviews")),
    (en.ServiceCategory.INTERPRETER, N_("Interpreter")),
    (en.ServiceCategory.LEGAL_ASSISTANCE, N_("Legal assistance")),
    (en.ServiceCategory.IMMIGRATION_ASSISTANCE, N_("Immigration assistance")),
    (en.ServiceCategory.EMERGENCY_SHELTER, N_("Emergency shelter")),
    (en.ServiceCategory.TRANSITIONAL_HOUSING, N_("Transitional housing")),
    (en.ServiceCategory.RENTAL_ASSISTANCE, N_("Rental assistance")),
    (en.ServiceCategory.RELOCATION, N_("Relocation")),
    (en.ServiceCategory.EMERGENCY_FINANCIAL, N_("Emergency financial assistance")),
    (en.ServiceCategory.FOOD_CLOTHING, N_("Food and clothing")),
    (en.ServiceCategory.MEDICAL, N_("Medical care")),
    (en.ServiceCategory.DENTAL, N_("Dental care")),
    (en.ServiceCategory.MENTAL_HEALTH, N_("Mental health counseling")),
    (en.ServiceCategory.SUBSTANCE_USE, N_("Substance use treatment")),
    (en.ServiceCategory.SUPPORT_GROUP, N_("Support group")),
    (en.ServiceCategory.EMPLOYMENT, N_("Employment and job training")),
    (en.ServiceCategory.EDUCATION, N_("Education")),
    (en.ServiceCategory.LIFE_SKILLS, N_("Life skills")),
    (en.ServiceCategory.TRANSPORTATION, N_("Transportation")),
    (en.ServiceCategory.CHILD_CARE, N_("Child care")),
    (en.ServiceCategory.VICTIM_COMPENSATION, N_("Victim compensation assistance")),
    (en.ServiceCategory.RESTITUTION_ASSISTANCE, N_("Restitution assistance")),
    (en.ServiceCategory.REPATRIATION, N_("Repatriation")),
    (en.ServiceCategory.OTHER, N_("Other service")),
    # ServiceProvider
    (en.ServiceProvider.STAFF, N_("Our staff")),
    (en.ServiceProvider.PARTNER, N_("A partner agency")),
    # ServiceMode
    (en.ServiceMode.IN_PERSON, N_("In person")),
    (en.ServiceMode.PHONE, N_("Phone")),
    (en.ServiceMode.VIDEO, N_("Video")),
    (en.ServiceMode.TEXT, N_("Text message")),
    (en.ServiceMode.ACCOMPANIMENT, N_("Accompaniment")),
    # ServiceStatus
    (en.ServiceStatus.PLANNED, N_("Planned")),
    (en.ServiceStatus.DELIVERED, N_("Delivered")),
    (en.ServiceStatus.DECLINED, N_("Declined by client")),
    (en.ServiceStatus.NO_SHOW, N_("No-show")),
    # PlanDomain
    (en.PlanDomain.SAFETY, N_("Safety")),
    (en.PlanDomain.HOUSING, N_("Housing")),
    (en.PlanDomain.PHYSICAL_HEALTH, N_("Physical health")),
    (en.PlanDomain.MENTAL_HEALTH, N_("Mental health")),
    (en.PlanDomain.LEGAL_IMMIGRATION, N_("Legal and immigration")),
    (en.PlanDomain.CRIMINAL_JUSTICE_RESTITUTION, N_("Criminal justice and restitution")),
    (en.PlanDomain.ECONOMIC_EMPLOYMENT, N_("Economic and employment")),
    (en.PlanDomain.EDUCATION, N_("Education")),
    (en.PlanDomain.FAMILY_CHILDREN, N_("Family and children")),
    (en.PlanDomain.OTHER, N_("Other goal")),
    # GoalStatus
    (en.GoalStatus.NOT_STARTED, N_("Not started")),
    (en.GoalStatus.IN_PROGRESS, N_("In progress")),
    (en.GoalStatus.ACHIEVED, N_("Achieved")),
    (en.GoalStatus.DISCONTINUED, N_("Discontinued")),
    # ContactRisk
    (en.ContactRisk.NONE, N_("No risk known")),
    (en.ContactRisk.LOW, N_("Low")),
    (en.ContactRisk.MEDIUM, N_("Medium")),
    (en.ContactRisk.HIGH, N_("High")),
    (en.ContactRisk.UNKNOWN, N_("Unknown")),
    # ProtectiveOrder
    (en.ProtectiveOrder.NONE, N_("None")),
    (en.ProtectiveOrder.REQUESTED, N_("Requested")),
    (en.ProtectiveOrder.GRANTED, N_("Granted")),
    (en.ProtectiveOrder.DENIED, N_("Denied")),
    (en.ProtectiveOrder.EXPIRED, N_("Expired")),
    # TaskStatus
    (en.TaskStatus.OPEN, N_("Open")),
    (en.TaskStatus.DONE, N_("Done")),
    (en.TaskStatus.CANCELLED, N_("Cancelled")),
    # TaskKind
    (en.TaskKind.MANUAL, N_("Task")),
    (en.TaskKind.PLAN_DUE, N_("Case plan due")),
    (en.TaskKind.PLAN_REVIEW, N_("Case plan review due")),
    (en.TaskKind.CONSENT_EXPIRING, N_("Release of information expiring")),
    (en.TaskKind.RESTITUTION_STEP, N_("Restitution step due")),
    (en.TaskKind.MOVE_IN_DUE, N_("Housing move-in not recorded")),
    (en.TaskKind.EXIT_DUE, N_("Housing exit due")),
    (en.TaskKind.SERVICE_FOLLOW_UP, N_("Planned service to follow up")),
    # ActivityKind
    (en.ActivityKind.TASK_FORCE_MEETING, N_("Task force meeting")),
    (en.ActivityKind.TRAINING, N_("Training")),
    (en.ActivityKind.OUTREACH, N_("Outreach")),
    (en.ActivityKind.PUBLIC_AWARENESS, N_("Public awareness")),
    (en.ActivityKind.OTHER, N_("Other activity")),
    # ActivityAudience
    (en.ActivityAudience.LAW_ENFORCEMENT, N_("Law enforcement")),
    (en.ActivityAudience.SERVICE_PROVIDERS, N_("Service providers")),
    (en.ActivityAudience.HEALTH, N_("Health professionals")),
    (en.ActivityAudience.EDUCATION, N_("Educators")),
    (en.ActivityAudience.COMMUNITY, N_("Community members")),
    (en.ActivityAudience.FAITH, N_("Faith communities")),
    (en.ActivityAudience.OTHER, N_("Other audience")),
)
