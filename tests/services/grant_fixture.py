"""A dozen clients across two federal fiscal years, built through the real services, for
the grant-report tests. Every expected figure in ``test_grant_reports.py`` is counted by
hand from the table below (FY2026 Q1 = 2025-10..12, Q2 = 2026-01..03; TIMS H1 2026 =
2026-01..06).

case  born        gender       race          citizenship  type     services (delivered)
C1    1995-05-05  woman        hispanic      foreign      labor    2025-11-10 case mgmt (VOCA),
                                                                  2026-02-10 crisis (VOCA),
                                                                  2026-10-20 referral
C2    2008-03-15  man          white         us_citizen   sex      2026-02-01 court accompaniment,
                                                                  2026-05-01 mental health
C3    —           refused      doesnt_know   refused      unknown  2026-03-05 emergency shelter x2
C4    1980-01-01  woman+trans  asian+white   perm. res.   both     2026-01-20 legal, by the PARTNER
C5    1990-01-01  woman        white         us_citizen   sex      2026-02-15 case mgmt, VOIDED
C6    1990-01-01  woman        white         us_citizen   sex      03-01 PLANNED, 03-02 NO-SHOW
C7    2000-01-01  man          asian         us_citizen   labor    2025-06-01 crisis,
                                                                  2026-04-10 information on rights
C8    1960-01-01  woman        black         —            sex      2026-03-31 food (not VOCA)
C9    — (minor)   —            —             doesnt_know  sex      2026-04-01 transportation
C10   1985-06-01  —            —             —            labor    2025-12-15 crisis
("—" = not collected). Program activities: 2025-12-01 training/community 10;
2026-02-10 task force/law enforcement 12; 2026-03-10 training/service providers 25;
2026-05-05 training/law enforcement 40.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from nap_desktop.domain import services_entities as se
from nap_desktop.domain.enums import ReferralDirection, ServiceType
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.funding import FundingService
from nap_desktop.services.grant_reports import GrantReportService
from nap_desktop.services.service_records import ServiceRecordService
from tests.services.conftest import Services


@dataclass
class GrantWorld:
    svc: Services
    reports: GrantReportService
    voca_award: str
    ids: dict[str, str] = field(default_factory=dict)  # "C1" -> client id
    numbers: dict[str, str] = field(default_factory=dict)  # "C1" -> case number


_PEOPLE = {  # case: (dob, is_minor, gender, race, citizenship, trafficking, sex)
    "C1": (date(1995, 5, 5), False, {"woman"}, {"hispanic_latina"}, "foreign_national",
           "labor", "female"),
    "C2": (date(2008, 3, 15), False, {"man"}, {"white"}, "us_citizen", "sex", "male"),
    "C3": (None, False, {"refused"}, {"doesnt_know"}, "refused", "unknown", "refused"),
    "C4": (date(1980, 1, 1), False, {"woman", "transgender"}, {"asian", "white"},
           "permanent_resident", "both", "female"),
    "C5": (date(1990, 1, 1), False, {"woman"}, {"white"}, "us_citizen", "sex", "female"),
    "C6": (date(1990, 1, 1), False, {"woman"}, {"white"}, "us_citizen", "sex", "female"),
    "C7": (date(2000, 1, 1), False, {"man"}, {"asian"}, "us_citizen", "labor", "male"),
    "C8": (date(1960, 1, 1), False, {"woman"}, {"black_af_american"}, "not_collected",
           "sex", "female"),
    "C9": (None, True, {"not_collected"}, {"not_collected"}, "doesnt_know", "sex",
           "not_collected"),
    "C10": (date(1985, 6, 1), False, {"not_collected"}, {"not_collected"}, "not_collected",
            "labor", "not_collected"),
}


def build(svc: Services) -> GrantWorld:
    """The fixture vault; services entered by the caseworker, reports by the supervisor."""
    services = ServiceRecordService(svc.ctx)
    funding = FundingService(svc.ctx)
    svc.act_as("sofia")
    award = funding.save_source(se.FundingSourceInput(
        funder="voca", name="VOCA", award_number="2025-V2-GX-0001")).id
    world = GrantWorld(svc, GrantReportService(svc.ctx), award)
    for kind, held, audience, attendees in (
            ("training", date(2025, 12, 1), "community", 10),
            ("task_force_meeting", date(2026, 2, 10), "law_enforcement", 12),
            ("training", date(2026, 3, 10), "service_providers", 25),
            ("training", date(2026, 5, 5), "law_enforcement", 40)):
        funding.save_activity(se.ActivityInput(kind=kind, held_on=held, audience=audience,
                                               attendees=attendees))
    svc.act_as("ana")
    for case, (dob, minor, gender, race, citizenship, kind, sex) in _PEOPLE.items():
        client = svc.cases.create_client(
            PersonalInput(legal_name=f"Quillon {case}", date_of_birth=dob, is_minor=minor,
                          gender=frozenset(gender), race_ethnicity=frozenset(race),
                          citizenship=citizenship, sex=sex),
            trafficking_type=kind)
        world.ids[case], world.numbers[case] = client.id, client.case_number

    def add(case: str, day: date, category: str, **kw: object) -> str:
        data = se.ServiceInput(provided_on=day, category=category, **kw)  # type: ignore[arg-type]
        return services.add(world.ids[case], data).id

    add("C1", date(2025, 11, 10), "case_management", funding_source_id=award)
    add("C1", date(2026, 2, 10), "crisis_intervention", funding_source_id=award)
    add("C1", date(2026, 10, 20), "referral_other")
    add("C2", date(2026, 2, 1), "accompaniment_court")
    add("C2", date(2026, 5, 1), "mental_health")
    add("C3", date(2026, 3, 5), "emergency_shelter")
    add("C3", date(2026, 3, 5), "emergency_shelter", minutes=30)
    referral = svc.referrals.create(
        client_id=world.ids["C4"], from_agency_id=svc.self_id, to_agency_id=svc.partner_id,
        direction=ReferralDirection.VSP_TO_LE, services=[ServiceType.LEGAL]).id
    add("C4", date(2026, 1, 20), "legal_assistance", provider="partner", referral_id=referral)
    voided = add("C5", date(2026, 2, 15), "case_management")
    services.void(voided, "Entered on the wrong case")
    add("C6", date(2026, 3, 1), "case_management", status="planned")
    add("C6", date(2026, 3, 2), "case_management", status="no_show")
    add("C7", date(2025, 6, 1), "crisis_intervention")
    add("C7", date(2026, 4, 10), "information_rights")
    add("C8", date(2026, 3, 31), "food_clothing")
    add("C9", date(2026, 4, 1), "transportation")
    add("C10", date(2025, 12, 15), "crisis_intervention")
    svc.act_as("sofia")
    return world
