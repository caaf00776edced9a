"""Data quality for the period (HUD APR Q6 style), pure: per reported field, how many of
the clients served have no usable answer (doesn't know, refused, not collected, missing
or unrecognised), with the rate, and the cases to fix (case numbers, never names).
Definitions: docs/grant-reports.md §Data quality.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from nap_desktop.reports.grants.counting import classify_many, classify_one
from nap_desktop.reports.grants.facts import ClientFacts, Facts
from nap_desktop.reports.grants.model import (
    CaseToFix,
    DataQualityReport,
    ReportKind,
    Row,
    Section,
)
from nap_desktop.reports.grants.tims import CITIZENSHIP
from nap_desktop.reports.grants.voca import GENDERS, RACES, TRAFFICKING

SEXES = ("female", "male")
REFERRAL_SOURCES = ("law_enforcement", "self", "hotline", "service_provider", "health_care",
                    "school", "faith_community", "family_friend", "legal", "other")
#: The outcome of one field, in printing order; "complete" is a usable answer.
OUTCOMES = ("complete", "doesnt_know", "refused", "not_collected", "missing")


def _coded(stored: str, known: tuple[str, ...], *, many: bool = False) -> str:
    row = classify_many(stored, known) if many else classify_one(stored, known)
    if row == "not_collected" and not stored.strip():
        return "missing"  # blank: never asked or never recorded
    if row in ("doesnt_know", "refused", "not_collected"):
        return row
    return "missing" if row == "unrecognised" else "complete"


def _birth(p: ClientFacts) -> str:
    return "complete" if p.date_of_birth is not None else "missing"


def _trafficking(p: ClientFacts) -> str:
    if p.trafficking_type == "unknown":
        return "doesnt_know"
    return "complete" if p.trafficking_type in TRAFFICKING else "missing"


#: field key (as domain/fields.py names it) -> its outcome for a client
FIELDS: dict[str, Callable[[ClientFacts], str]] = {
    "date_of_birth": _birth,
    "gender": lambda p: _coded(p.gender, GENDERS, many=True),
    "race_ethnicity": lambda p: _coded(p.race_ethnicity, RACES, many=True),
    "sex": lambda p: _coded(p.sex, SEXES),
    "citizenship": lambda p: _coded(p.citizenship, CITIZENSHIP[:3]),
    "referral_source": lambda p: _coded(p.referral_source, REFERRAL_SOURCES),
    "trafficking_type": _trafficking,
}


def _rate(count: int, served: int) -> float:
    return count / served if served else 0.0


def compute_quality(facts: Facts) -> DataQualityReport:
    """The data-quality report of the clients served in ``facts``' period."""
    served = sorted(facts.clients, key=lambda p: p.case_number)
    n = len(served)
    sections: list[Section] = []
    issues: dict[str, list[str]] = {}
    summary: list[Row] = []
    for key, outcome_of in FIELDS.items():
        outcomes = Counter()  # type: Counter[str]
        for p in served:
            outcome = outcome_of(p)
            outcomes[outcome] += 1
            if outcome != "complete":
                issues.setdefault(p.client_id, []).append(key)
        rows = tuple(Row(f"outcome.{o}", outcomes[o], _rate(outcomes[o], n)) for o in OUTCOMES)
        sections.append(Section(f"field.{key}", rows, Row("served.total", n, 1.0 if n else 0.0),
                                additive=True))
        bad = n - outcomes["complete"]
        summary.append(Row(f"field.{key}", bad, _rate(bad, n)))
    sections.insert(0, Section("summary", tuple(summary), Row("served.total", n),
                               note="note_quality"))
    cases = tuple(CaseToFix(p.client_id, p.case_number, tuple(issues[p.client_id]))
                  for p in served if p.client_id in issues)
    return DataQualityReport(kind=ReportKind.QUALITY, start=facts.start, end=facts.end,
                             sections=tuple(sections), served=n, cases=cases)
