"""OVC TIMS semi-annual figures, pure.

*Served*: at least one counted service in the period; *new*: their first counted service
ever falls in the period. Adult or minor by age on the first service in the period (a
minor who turns 18 later in the period stays a minor in it; counted once). Definitions
and sources: docs/grant-reports.md §TIMS. The TIMS questionnaire is not public: the report
says to check the figures against the current one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from nap_desktop.domain.rules import minor_by_birth_date
from nap_desktop.reports.grants.counting import breakdown, classify_many, classify_one, services_by
from nap_desktop.reports.grants.facts import ActivityFacts, ClientFacts, Facts
from nap_desktop.reports.grants.model import ReportKind, Row, Section, TimsReport
from nap_desktop.reports.grants.voca import GENDERS, TRAFFICKING

CITIZENSHIP = ("us_citizen", "permanent_resident", "foreign_national", "doesnt_know",
               "refused", "not_collected")
AGE = ("adult", "minor", "unknown")
ACTIVITY_KINDS = ("task_force_meeting", "training", "outreach", "public_awareness", "other")
AUDIENCES = ("law_enforcement", "service_providers", "health", "education", "community",
             "faith", "other")


def adult_or_minor(person: ClientFacts) -> str:
    """"minor" or "adult" on the first service in the period, by the date of birth;
    without one, by the minor flag when it is set, else "unknown"."""
    by_birth = minor_by_birth_date(person.date_of_birth, person.first_in_period)
    if by_birth is None:
        return "minor" if person.is_minor else "unknown"
    return "minor" if by_birth else "adult"


def _activities(activities: Sequence[ActivityFacts]) -> tuple[Section, Section]:
    kinds = Counter(a.kind for a in activities)
    held = Section("activities", tuple(Row(f"activity.{k}", kinds[k]) for k in ACTIVITY_KINDS),
                   Row("activity.total", len(activities)), additive=True, about_people=False)
    trainings = [a for a in activities if a.kind == "training"]
    rows: list[Row] = []
    for audience in AUDIENCES:
        mine = [a for a in trainings if a.audience == audience]
        rows += [Row(f"training.{audience}", len(mine)),
                 Row(f"attendees.{audience}", sum(a.attendees for a in mine))]
    return held, Section("trainings", tuple(rows),
                         Row("attendees.total", sum(a.attendees for a in trainings)),
                         about_people=False)


def compute_tims(facts: Facts, ovc_type: Callable[[str], str | None],
                 service_types: Sequence[str], *, funding_source_id: str | None = None,
                 funding_label: str = "") -> TimsReport:
    """The TIMS report of ``facts``; ``ovc_type`` maps a stored service category to its
    OVC service type, ``service_types`` lists those types in printing order."""
    served = sorted(facts.clients, key=lambda p: p.case_number)
    new = sum(1 for p in served if p.first_ever >= facts.start)
    clients = Section("clients", (Row("served.new", new),
                                  Row("served.continuing", len(served) - new)),
                      Row("served.total", len(served)), additive=True)
    receiving, number = services_by(service_types, "ovc", served, facts.services, ovc_type)
    held, trainings = _activities(facts.activities)
    sections = (
        clients,
        breakdown("age", "age", AGE, "served.total", served, adult_or_minor),
        breakdown("trafficking", "trafficking", TRAFFICKING, "served.total", served,
                  lambda p: p.trafficking_type if p.trafficking_type in TRAFFICKING
                  else "unknown"),
        breakdown("gender", "gender", GENDERS, "served.total", served,
                  lambda p: classify_many(p.gender, GENDERS)),
        breakdown("citizenship", "citizenship", CITIZENSHIP, "served.total", served,
                  lambda p: classify_one(p.citizenship, CITIZENSHIP)),
        receiving,
        number,
        held,
        trainings,
    )
    return TimsReport(kind=ReportKind.TIMS, start=facts.start, end=facts.end,
                      sections=sections, funding_source_id=funding_source_id,
                      funding_label=funding_label, served=len(served))
