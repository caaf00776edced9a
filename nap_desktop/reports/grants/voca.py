"""VOCA quarterly figures (OVC VOCA Performance Measurement Tool), pure.

A victim is *served* in the period with at least one counted service in it; *new* when
their first counted service of the federal fiscal year falls inside the period (the
first quarter of the year they are served), *continuing* otherwise. Demographics are of
new victims only, at their age on that first service of the year. Definitions and
sources: docs/grant-reports.md §VOCA.
"""

from __future__ import annotations

from collections.abc import Callable

from nap_desktop.reports.grants.counting import breakdown, classify_many, services_by
from nap_desktop.reports.grants.facts import ClientFacts, Facts, age_on, fiscal_year
from nap_desktop.reports.grants.model import ReportKind, Row, Section, VocaReport

VOCA_LETTERS = ("A", "B", "C", "D", "E")
AGE_GROUPS = ("0_12", "13_17", "18_24", "25_59", "60_up", "not_reported")
GENDERS = ("woman", "man", "culturally_specific", "transgender", "non_binary", "questioning",
           "different_identity", "multiple", "doesnt_know", "refused", "not_collected")
RACES = ("am_ind_ak_native", "asian", "black_af_american", "hispanic_latina", "mena",
         "nh_pacific_islander", "white", "multiple", "doesnt_know", "refused", "not_collected")
TRAFFICKING = ("sex", "labor", "both", "unknown")


def age_group(person: ClientFacts) -> str:
    """VOCA age group on the first service of the fiscal year; "not_reported" without a
    date of birth (the minor flag alone cannot tell 0-12 from 13-17)."""
    if person.date_of_birth is None:
        return "not_reported"
    age = age_on(person.date_of_birth, person.first_in_year)
    if age < 0:
        return "not_reported"
    for limit, group in ((12, "0_12"), (17, "13_17"), (24, "18_24"), (59, "25_59")):
        if age <= limit:
            return group
    return "60_up"


def compute_voca(facts: Facts, voca_letter: Callable[[str], str | None], *,
                 funding_source_id: str | None = None, funding_label: str = ""
                 ) -> VocaReport:
    """The VOCA report of ``facts`` (their period lies in one federal fiscal year);
    ``voca_letter`` maps a stored service category to its VOCA letter (A-E)."""
    served = sorted(facts.clients, key=lambda p: p.case_number)
    new = [p for p in served if p.first_in_year >= facts.start]
    victims = Section("victims", (Row("served.new", len(new)),
                                  Row("served.continuing", len(served) - len(new))),
                      Row("served.total", len(served)), additive=True)
    receiving, number = services_by(VOCA_LETTERS, "voca", served, facts.services, voca_letter)
    sections = (
        victims,
        breakdown("new_age", "age", AGE_GROUPS, "new.total", new, age_group),
        breakdown("new_gender", "gender", GENDERS, "new.total", new,
                  lambda p: classify_many(p.gender, GENDERS)),
        breakdown("new_race", "race", RACES, "new.total", new,
                  lambda p: classify_many(p.race_ethnicity, RACES)),
        breakdown("victimization", "trafficking", TRAFFICKING, "served.total", served,
                  lambda p: p.trafficking_type if p.trafficking_type in TRAFFICKING
                  else "unknown"),
        receiving,
        number,
    )
    return VocaReport(kind=ReportKind.VOCA, start=facts.start, end=facts.end,
                      sections=sections, funding_source_id=funding_source_id,
                      funding_label=funding_label, served=len(served),
                      fiscal_year=fiscal_year(facts.start))
