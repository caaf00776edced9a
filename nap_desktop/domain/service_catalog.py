"""The one controlled list of services and how each counts for every funder (issue #13).

A caseworker records a service once, in our own words (:class:`ServiceCategory`); each
report reads :data:`CATEGORY_MAP` to count it in its funder's terms:

* **VOCA** (VOCA Performance Measurement Tool, victim-services tab): category A
  information and referral, B personal advocacy and accompaniment, C emotional support or
  safety services, D shelter and housing, E criminal/civil justice system assistance; the
  subtype key names the PMT line (:data:`VOCA_SUBTYPES`). None: VOCA does not count it.
* **OVC TIMS** service type (:data:`TIMS_TYPES`). The TIMS questionnaire itself is not
  public: check the keys against the current questionnaire (docs/grant-reports.md).
* **HHS OTIP** (Trafficking Victim Assistance Program) category (:data:`OTIP_TYPES`).
* **HMIS** ``Services.csv`` (RecordType, TypeProvided) for a housing project, or None:
  200/200 bed night (4.14), 300/1-5 C2 "Moving On" assistance (FY2024 data dictionary).

The table is data: grants and hmis read only this module. docs/grant-reports.md
§Categories prints it for people; a test keeps the two equal.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from nap_desktop.domain.enums import ServiceCategory
from nap_desktop.domain.messages import N_

__all__ = ["CATEGORY_MAP", "OTIP_TYPES", "TIMS_TYPES", "VOCA_CATEGORIES", "VOCA_SUBTYPES",
           "FunderCodes", "ServiceCategory", "codes"]

SC = ServiceCategory

#: VOCA's five service categories.
VOCA_CATEGORIES: Mapping[str, str] = {
    "A": N_("Information and referral"),
    "B": N_("Personal advocacy and accompaniment"),
    "C": N_("Emotional support or safety services"),
    "D": N_("Shelter and housing services"),
    "E": N_("Criminal/civil justice system assistance"),
}

#: VOCA PMT subtype key -> its line (the key's letter is its category).
VOCA_SUBTYPES: Mapping[str, str] = {
    "A1": N_("Information about the criminal justice process"),
    "A2": N_("Information about victim rights and notifications"),
    "A3": N_("Referral to other victim service programs"),
    "A4": N_("Referral to other services, supports and resources"),
    "B1": N_("Advocacy or accompaniment to emergency medical care"),
    "B3": N_("Law enforcement interview advocacy or accompaniment"),
    "B4": N_("Individual advocacy"),
    "B6": N_("Immigration assistance"),
    "B8": N_("Child or dependent care assistance"),
    "B9": N_("Transportation assistance"),
    "B10": N_("Interpreter services"),
    "C1": N_("Crisis intervention"),
    "C4": N_("Individual counseling"),
    "C5": N_("Support groups"),
    "C6": N_("Other therapy"),
    "C7": N_("Emergency financial assistance"),
    "D1": N_("Emergency shelter or safe house"),
    "D2": N_("Transitional housing"),
    "D3": N_("Relocation assistance"),
    "E2": N_("Victim impact statement assistance"),
    "E3": N_("Assistance with restitution"),
    "E6": N_("Other emergency justice-related assistance"),
    "E7": N_("Immigration assistance"),
    "E8": N_("Prosecution interview advocacy or accompaniment"),
    "E10": N_("Criminal advocacy or accompaniment"),
    "E11": N_("Other legal advice or counsel"),
}

#: OVC TIMS service type key -> label (check against the current questionnaire).
TIMS_TYPES: Mapping[str, str] = {
    "case_management": N_("Case management"),
    "crisis_intervention": N_("Crisis intervention"),
    "safety_planning": N_("Safety planning"),
    "information_referral": N_("Information and referral"),
    "criminal_justice_advocacy": N_("Criminal justice system advocacy"),
    "interpretation": N_("Interpretation and translation"),
    "legal_civil": N_("Legal services (civil)"),
    "legal_immigration": N_("Legal services (immigration)"),
    "housing_emergency": N_("Emergency housing"),
    "housing_transitional": N_("Transitional housing"),
    "housing_assistance": N_("Housing assistance"),
    "financial_assistance": N_("Financial assistance"),
    "basic_needs": N_("Basic needs (food, clothing, personal items)"),
    "medical": N_("Medical care"),
    "dental": N_("Dental care"),
    "mental_health": N_("Mental health treatment"),
    "substance_use": N_("Substance use treatment"),
    "employment": N_("Employment assistance"),
    "education": N_("Education"),
    "life_skills": N_("Life skills"),
    "transportation": N_("Transportation"),
    "child_care": N_("Child care"),
    "victim_compensation": N_("Victim compensation"),
    "repatriation": N_("Repatriation"),
    "other": N_("Other services"),
}

#: HHS OTIP (Trafficking Victim Assistance Program) category key -> label.
OTIP_TYPES: Mapping[str, str] = {
    "case_management": N_("Case management"),
    "safety": N_("Safety"),
    "information_referral": N_("Information and referral"),
    "legal": N_("Legal"),
    "immigration": N_("Immigration"),
    "interpretation": N_("Interpretation"),
    "housing": N_("Housing"),
    "financial": N_("Financial assistance"),
    "basic_needs": N_("Food, clothing and personal care"),
    "health": N_("Medical and dental care"),
    "mental_health": N_("Mental health"),
    "substance_use": N_("Substance use treatment"),
    "employment": N_("Employment and training"),
    "education": N_("Education"),
    "life_skills": N_("Life skills"),
    "transportation": N_("Transportation"),
    "child_care": N_("Child care"),
    "repatriation": N_("Repatriation and family reunification"),
    "other": N_("Other"),
}


@dataclass(frozen=True, slots=True)
class FunderCodes:
    """How one :class:`ServiceCategory` counts for each funder."""

    voca: str | None  # "A".."E", or None: not a VOCA service
    voca_subtype: str | None  # a key of VOCA_SUBTYPES (its first letter == voca)
    tims: str  # a key of TIMS_TYPES
    otip: str  # a key of OTIP_TYPES
    hmis: tuple[int, int] | None  # Services.csv (RecordType, TypeProvided), housing only


def _c(voca_subtype: str | None, tims: str, otip: str,
       hmis: tuple[int, int] | None = None) -> FunderCodes:
    voca = voca_subtype[0] if voca_subtype else None
    return FunderCodes(voca, voca_subtype, tims, otip, hmis)


#: The controlled list and its mappings, in the order the forms offer it.
CATEGORY_MAP: Mapping[ServiceCategory, FunderCodes] = {
    SC.CRISIS_INTERVENTION: _c("C1", "crisis_intervention", "safety"),
    SC.SAFETY_PLANNING: _c("C1", "safety_planning", "safety"),
    SC.CASE_MANAGEMENT: _c("B4", "case_management", "case_management"),
    SC.INFORMATION_RIGHTS: _c("A2", "information_referral", "information_referral"),
    SC.REFERRAL_OTHER: _c("A4", "information_referral", "information_referral"),
    SC.ACCOMPANIMENT_MEDICAL: _c("B1", "medical", "health"),
    SC.ACCOMPANIMENT_COURT: _c("E10", "criminal_justice_advocacy", "legal"),
    SC.ACCOMPANIMENT_LAW_ENFORCEMENT: _c("B3", "criminal_justice_advocacy", "legal"),
    SC.INTERPRETER: _c("B10", "interpretation", "interpretation"),
    SC.LEGAL_ASSISTANCE: _c("E11", "legal_civil", "legal"),
    SC.IMMIGRATION_ASSISTANCE: _c("B6", "legal_immigration", "immigration"),
    SC.EMERGENCY_SHELTER: _c("D1", "housing_emergency", "housing", (200, 200)),
    SC.TRANSITIONAL_HOUSING: _c("D2", "housing_transitional", "housing"),
    SC.RENTAL_ASSISTANCE: _c("D3", "housing_assistance", "housing", (300, 2)),
    SC.RELOCATION: _c("D3", "housing_assistance", "housing", (300, 4)),
    SC.EMERGENCY_FINANCIAL: _c("C7", "financial_assistance", "financial"),
    SC.FOOD_CLOTHING: _c(None, "basic_needs", "basic_needs"),
    SC.MEDICAL: _c(None, "medical", "health"),
    SC.DENTAL: _c(None, "dental", "health"),
    SC.MENTAL_HEALTH: _c("C4", "mental_health", "mental_health"),
    SC.SUBSTANCE_USE: _c("C6", "substance_use", "substance_use"),
    SC.SUPPORT_GROUP: _c("C5", "mental_health", "mental_health"),
    SC.EMPLOYMENT: _c(None, "employment", "employment"),
    SC.EDUCATION: _c(None, "education", "education"),
    SC.LIFE_SKILLS: _c(None, "life_skills", "life_skills"),
    SC.TRANSPORTATION: _c("B9", "transportation", "transportation"),
    SC.CHILD_CARE: _c("B8", "child_care", "child_care"),
    SC.VICTIM_COMPENSATION: _c("B4", "victim_compensation", "financial"),
    SC.RESTITUTION_ASSISTANCE: _c("E3", "criminal_justice_advocacy", "legal"),
    SC.REPATRIATION: _c("B4", "repatriation", "repatriation"),
    SC.OTHER: _c(None, "other", "other"),
}


def codes(category: ServiceCategory | str) -> FunderCodes:
    """The funder codes of ``category`` (a member or its stored value)."""
    return CATEGORY_MAP[ServiceCategory(category)]
