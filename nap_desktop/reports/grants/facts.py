"""What the grant reports count, as small frozen records read from the vault in a few
aggregate queries (``services/grant_facts.py``); the counting itself is pure
(``voca.py``, ``tims.py``, ``quality.py``) and tested on hand-made facts.

Only ``delivered`` service records that are not voided count, whoever provided them (our
staff, or a partner through a referral). When a report is limited to one funding source,
every date below is taken over that source's services only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

#: ``progress(done, total)`` and ``cancel() -> bool``, as services/caseload_cancel.py.
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class ClientFacts:
    """A client served in the period: the fields the reports break down by (stored
    values; a multi-valued field is a comma list) and the dates that make them new."""

    client_id: str
    case_number: str
    trafficking_type: str
    date_of_birth: date | None
    is_minor: bool
    gender: str
    race_ethnicity: str
    sex: str
    citizenship: str
    referral_source: str
    first_ever: date  # first counted service ever
    first_in_year: date  # first counted service since the start of the fiscal year (VOCA)
    first_in_period: date  # first counted service in the period


@dataclass(frozen=True, slots=True)
class ServiceCount:
    """How many counted services of ``category`` a client received in the period."""

    client_id: str
    category: str
    count: int


@dataclass(frozen=True, slots=True)
class ActivityFacts:
    """A program activity held in the period (TIMS)."""

    kind: str
    audience: str
    attendees: int


@dataclass(frozen=True, slots=True)
class Facts:
    """Everything one report counts."""

    start: date
    end: date
    clients: tuple[ClientFacts, ...]
    services: tuple[ServiceCount, ...]
    activities: tuple[ActivityFacts, ...] = ()


def fiscal_year(day: date) -> int:
    """The U.S. federal fiscal year of ``day``: FY2026 runs 2025-10-01 .. 2026-09-30."""
    return day.year + 1 if day.month >= 10 else day.year


def fiscal_year_start(day: date) -> date:
    """1 October that opens the federal fiscal year of ``day``."""
    return date(fiscal_year(day) - 1, 10, 1)


def fiscal_quarter(day: date) -> int:
    """1..4: Oct-Dec is the first quarter of the federal fiscal year."""
    return (day.month - 10) % 12 // 3 + 1


def tims_half(day: date) -> tuple[date, date]:
    """The TIMS reporting period holding ``day``: January-June or July-December."""
    if day.month <= 6:
        return date(day.year, 1, 1), date(day.year, 6, 30)
    return date(day.year, 7, 1), date(day.year, 12, 31)


def age_on(dob: date, day: date) -> int:
    """Whole years from ``dob`` to ``day`` (29 February birthdays turn over on 1 March)."""
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


def values(stored: str) -> tuple[str, ...]:
    """The values of a stored comma list ("woman,transgender"), in stored order."""
    return tuple(v for v in (p.strip() for p in stored.split(",")) if v)
