"""Agency-wide figures for the Insights tab (issue #13): aggregate SQL only.

Nothing returned here names a survivor or a case: every result is a count or a sum of
cents, keyed by month, category or status; the only names are staff members' display
names (caseload per worker). A period is two local dates, both included; months are
local calendar months (timestamps are stored in UTC and grouped as shown, in local time).

Definitions (also in ``docs/grant-reports.md`` §Insights):

- services by category per month: delivered service records, not voided, by the month
  they were provided;
- new vs continuing clients per month: *new* = the client's intake (``clients.created_at``)
  is in that month; *continuing* = intake before that month and a delivered service in
  that month (served, as VOCA counts it);
- referral outcomes: referrals whose status became final (completed, declined, withdrawn,
  expired) within the period, completed ones split by their outcome;
- days from project start to move-in: placements that moved in within the period (median
  and buckets; a move-in before the start is left out as a data error);
- restitution: ordered = the matter's ordered amount, in the month its "order entered" step
  was done; collected and disbursed = the money events of the period, not voided;
- caseload per worker: open cases (a client with at least one referral not final) per
  assigned user, now.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain.enums import ReferralStatus, Role
from nap_desktop.domain.errors import ValidationError
from nap_desktop.domain.messages import N_
from nap_desktop.domain.rules import TERMINAL_REFERRAL_STATUSES
from nap_desktop.services.base import ServiceContext
from nap_desktop.store.types import utc_text

#: Series keys of :meth:`InsightsService.new_vs_continuing`.
NEW, CONTINUING = "new", "continuing"
#: Series keys of :meth:`InsightsService.restitution_money`.
ORDERED, COLLECTED, DISBURSED = "ordered", "collected", "disbursed"
#: The outcome keys of :meth:`InsightsService.referral_outcomes`, in the order shown.
OUTCOME_KEYS = (
    "completed_successful",
    "completed_not_successful",
    "completed_no_outcome",
    ReferralStatus.DECLINED.value,
    ReferralStatus.WITHDRAWN.value,
    ReferralStatus.EXPIRED.value,
)
#: Days from project start to move-in: (key, first day, last day or None), in order.
MOVE_IN_BUCKETS: tuple[tuple[str, int, int | None], ...] = (
    ("same_day", 0, 0),
    ("1_7", 1, 7),
    ("8_30", 8, 30),
    ("31_90", 31, 90),
    ("91_180", 91, 180),
    ("181_plus", 181, None),
)
#: A period longer than this is refused (a chart of 120 months helps nobody).
MAX_MONTHS = 60

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class MonthlyFigures:
    """Whole numbers (counts or cents) per month and series key."""

    months: tuple[date, ...]  # the first day of each month of the period, in order
    keys: tuple[str, ...]  # the series, in the order to show them
    values: Mapping[tuple[date, str], int] = field(default_factory=dict)

    def value(self, month: date, key: str) -> int:
        return self.values.get((month, key), 0)

    def total(self, key: str) -> int:
        return sum(self.value(month, key) for month in self.months)


@dataclass(frozen=True, slots=True)
class KeyedCounts:
    """Counts per key, in the order to show them."""

    counts: tuple[tuple[str, int], ...]

    @property
    def total(self) -> int:
        return sum(n for _key, n in self.counts)

    def count(self, key: str) -> int:
        return dict(self.counts).get(key, 0)


@dataclass(frozen=True, slots=True)
class MoveInDays:
    """Days from project start to move-in: how many placements, the median, the buckets."""

    placements: int
    median: float | None  # None when no placement moved in
    buckets: KeyedCounts


@dataclass(frozen=True, slots=True)
class WorkerCaseload:
    """Open cases of one worker (``user_id`` None: cases assigned to nobody)."""

    user_id: str | None
    display_name: str
    active: bool
    open_cases: int


@dataclass(frozen=True, slots=True)
class InsightsOverview:
    """The six figures of the Insights tab, read in one snapshot."""

    start: date
    end: date
    services: MonthlyFigures
    clients: MonthlyFigures
    outcomes: KeyedCounts
    move_in: MoveInDays
    restitution: MonthlyFigures
    caseload: tuple[WorkerCaseload, ...]


def months_between(start: date, end: date) -> tuple[date, ...]:
    """The first day of every month from ``start``'s to ``end``'s, in order."""
    months, month = [], start.replace(day=1)
    while month <= end:
        months.append(month)
        month = _next_month(month)
    return tuple(months)


def _month_of(text_ym: str) -> date:
    year, month = text_ym.split("-")
    return date(int(year), int(month), 1)


def _utc_bounds(start: date, end: date) -> dict[str, str]:
    """The period as stored UTC text: local midnight of ``start`` to that after ``end``."""
    def local_midnight(day: date) -> str:
        return utc_text(datetime.combine(day, time()).astimezone().astimezone(UTC))

    return {"s_utc": local_midnight(start), "e_utc": local_midnight(end + timedelta(days=1))}


# The SQL is written out in full, no string building: the final statuses are checked
# against the domain's list below.
_FINAL = ("completed", "declined", "expired", "withdrawn")
_OPEN = ("draft", "sent", "received", "accepted", "in_progress")
assert frozenset(_FINAL) == {s.value for s in TERMINAL_REFERRAL_STATUSES}
assert frozenset(_FINAL + _OPEN) == {s.value for s in ReferralStatus}

_SERVICES_SQL = """
SELECT substr(provided_on, 1, 7) AS ym, category, COUNT(*) FROM service_records
WHERE provided_on BETWEEN :s AND :e AND status = 'delivered' AND voided_at IS NULL
GROUP BY ym, category"""

# The months of the period as (key "YYYY-MM", first instant, instant after) in stored UTC
# text, from local midnights (so daylight saving time is right), passed as one JSON
# parameter: timestamps are bucketed by plain text comparisons, no time-zone maths per row.
_NEW_SQL = """
WITH months(ym, s, e) AS MATERIALIZED (
  SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]')
  FROM json_each(:months))
SELECT mo.ym, COUNT(*) FROM clients c CROSS JOIN months mo
WHERE c.created_at >= :s_utc AND c.created_at < :e_utc AND c.created_at >= mo.s
  AND c.created_at < mo.e
GROUP BY mo.ym"""

# Continuing: served (a delivered service) in the month, taken in before the month began.
# The (client, month) pairs first, from the services' index; then one pass over the clients
# probing them (a lookup by id per pair costs far more in the encrypted vault).
_CONTINUING_SQL = """
WITH months(ym, s, e) AS MATERIALIZED (
  SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]')
  FROM json_each(:months)),
served AS MATERIALIZED (
  SELECT DISTINCT client_id, substr(provided_on, 1, 7) AS ym FROM service_records
  WHERE status = 'delivered' AND provided_on BETWEEN :s AND :e AND voided_at IS NULL)
SELECT mo.ym, COUNT(*) FROM clients c CROSS JOIN served sv CROSS JOIN months mo
WHERE sv.client_id = c.id AND mo.ym = sv.ym AND c.created_at < mo.s
GROUP BY mo.ym"""

_OUTCOMES_SQL = """
SELECT status, outcome, COUNT(*) FROM referrals
WHERE status IN ('completed', 'declined', 'expired', 'withdrawn')
  AND status_changed_at >= :s_utc AND status_changed_at < :e_utc
GROUP BY status, outcome"""

_MOVE_IN_SQL = """
SELECT CAST(julianday(move_in_date) - julianday(start_date) AS INTEGER) AS days, COUNT(*)
FROM placements
WHERE move_in_date BETWEEN :s AND :e AND start_date IS NOT NULL AND move_in_date >= start_date
GROUP BY days"""

_ORDERED_SQL = """
SELECT substr(o.done_on, 1, 7) AS ym, SUM(m.ordered_cents) FROM restitution_matters m
JOIN (SELECT matter_id, MIN(completed_on) AS done_on FROM restitution_steps
      WHERE kind = 'order_entered' AND status = 'done' AND completed_on IS NOT NULL
      GROUP BY matter_id) o ON o.matter_id = m.id
WHERE o.done_on BETWEEN :s AND :e GROUP BY ym"""

_MONEY_SQL = """
SELECT substr("on", 1, 7) AS ym, kind, SUM(amount_cents) FROM restitution_money
WHERE "on" BETWEEN :s AND :e AND voided_at IS NULL GROUP BY ym, kind"""

_CASELOAD_SQL = """
SELECT c.assigned_user_id, COUNT(*) FROM clients c
WHERE c.id IN (SELECT client_id FROM referrals
               WHERE status IN ('draft', 'sent', 'received', 'accepted', 'in_progress'))
GROUP BY c.assigned_user_id"""

_USERS_SQL = "SELECT id, display_name, active FROM users"


class InsightsService:
    """The Insights tab's figures (``ws.insights``). Any signed-in user may read them: they
    are counts and sums, never a survivor's name or case number. Reading is not audited
    (nothing leaves the vault); printing them is the person's act on paper they hold."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # --- one figure each -------------------------------------------------------

    def services_by_month(self, start: date, end: date) -> MonthlyFigures:
        """Delivered services per month and category (``ServiceCategory`` values)."""
        with self._read(start, end) as s:
            return _services(s, start, end)

    def new_vs_continuing(self, start: date, end: date) -> MonthlyFigures:
        """New and continuing clients per month (keys ``NEW``, ``CONTINUING``)."""
        with self._read(start, end) as s:
            return _clients(s, start, end)

    def referral_outcomes(self, start: date, end: date) -> KeyedCounts:
        """Referrals that ended in the period, by ``OUTCOME_KEYS``."""
        with self._read(start, end) as s:
            return _outcomes(s, start, end)

    def days_to_move_in(self, start: date, end: date) -> MoveInDays:
        """Days from project start to move-in of the placements that moved in."""
        with self._read(start, end) as s:
            return _move_in(s, start, end)

    def restitution_money(self, start: date, end: date) -> MonthlyFigures:
        """Restitution ordered, collected and disbursed per month, in integer cents."""
        with self._read(start, end) as s:
            return _restitution(s, start, end)

    def caseload_per_worker(self) -> tuple[WorkerCaseload, ...]:
        """Open cases per assigned worker now, most first (nobody's cases included)."""
        self.ctx.require(Role.CASEWORKER)
        with self.ctx.read() as s:
            return _caseload(s)

    def overview(self, start: date, end: date, *, progress: Progress | None = None,
                 cancel: Cancel | None = None) -> InsightsOverview:
        """All six figures from one snapshot (the tab's one background read).
        ``progress(done, total)`` after each; ``cancel()`` true stops between them."""
        steps: list[Callable[[OrmSession], Any]] = [
            lambda s: _services(s, start, end), lambda s: _clients(s, start, end),
            lambda s: _outcomes(s, start, end), lambda s: _move_in(s, start, end),
            lambda s: _restitution(s, start, end), _caseload,
        ]
        results: list[Any] = []
        with self._read(start, end) as s:
            for done, step in enumerate(steps, 1):
                if cancel is not None and cancel():
                    raise Cancelled()
                results.append(step(s))
                if progress is not None:
                    progress(done, len(steps))
        return InsightsOverview(start, end, *results)

    def _read(self, start: date, end: date) -> Any:
        self.ctx.require(Role.CASEWORKER)
        check_period(start, end)
        return self.ctx.read()


class Cancelled(Exception):
    """The person stopped the read (``overview``'s ``cancel``); nothing was changed."""


def check_period(start: date, end: date) -> None:
    """A period runs forwards and spans at most ``MAX_MONTHS`` months."""
    if end < start:
        raise ValidationError(N_("The period ends before it starts."), field="end")
    if len(months_between(start, end)) > MAX_MONTHS:
        raise ValidationError(N_("Choose a period of at most {months} months."),
                              field="start", months=MAX_MONTHS)


def _dates(start: date, end: date) -> dict[str, str]:
    months = months_between(start, end)
    spans = [[f"{mo:%Y-%m}", _utc_bounds(mo, nxt - timedelta(days=1))["s_utc"],
              _utc_bounds(mo, nxt - timedelta(days=1))["e_utc"]]
             for mo, nxt in zip(months, (*months[1:], _next_month(months[-1])), strict=True)]
    return {"s": start.isoformat(), "e": end.isoformat(), **_utc_bounds(start, end),
            "months": json.dumps(spans)}


def _next_month(month: date) -> date:
    return (month + timedelta(days=32)).replace(day=1)


def _has_table(s: OrmSession, name: str) -> bool:
    """The services tables come with migration 0019; an older schema shows no services."""
    found = s.execute(text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :n"),
                      {"n": name}).first()
    return found is not None


def _services(s: OrmSession, start: date, end: date) -> MonthlyFigures:
    months = months_between(start, end)
    if not _has_table(s, "service_records"):
        return MonthlyFigures(months, ())
    values: dict[tuple[date, str], int] = {}
    totals: dict[str, int] = {}
    for ym, category, n in s.execute(text(_SERVICES_SQL), _dates(start, end)):
        values[(_month_of(ym), category)] = int(n)
        totals[category] = totals.get(category, 0) + int(n)
    keys = tuple(sorted(totals, key=lambda k: (-totals[k], k)))  # most used first
    return MonthlyFigures(months, keys, values)


def _clients(s: OrmSession, start: date, end: date) -> MonthlyFigures:
    params = _dates(start, end)
    values: dict[tuple[date, str], int] = {}
    for ym, n in s.execute(text(_NEW_SQL), params):
        values[(_month_of(ym), NEW)] = int(n)
    if _has_table(s, "service_records"):
        for ym, n in s.execute(text(_CONTINUING_SQL), params):
            values[(_month_of(ym), CONTINUING)] = int(n)
    return MonthlyFigures(months_between(start, end), (NEW, CONTINUING), values)


def _outcome_key(status: str, outcome: str | None) -> str:
    if status != ReferralStatus.COMPLETED.value:
        return status
    return f"completed_{outcome}" if outcome in ("successful", "not_successful") else (
        "completed_no_outcome")


def _outcomes(s: OrmSession, start: date, end: date) -> KeyedCounts:
    counts = dict.fromkeys(OUTCOME_KEYS, 0)
    for status, outcome, n in s.execute(text(_OUTCOMES_SQL), _dates(start, end)):
        counts[_outcome_key(status, outcome)] += int(n)
    return KeyedCounts(tuple(counts.items()))


def _move_in(s: OrmSession, start: date, end: date) -> MoveInDays:
    histogram = sorted((int(d), int(n)) for d, n in s.execute(text(_MOVE_IN_SQL),
                                                              _dates(start, end)))
    buckets = []
    for key, low, high in MOVE_IN_BUCKETS:
        buckets.append((key, sum(n for d, n in histogram
                                 if d >= low and (high is None or d <= high))))
    total = sum(n for _d, n in histogram)
    return MoveInDays(total, _median(histogram, total), KeyedCounts(tuple(buckets)))


def _median(histogram: list[tuple[int, int]], total: int) -> float | None:
    """The median of the values a (value, how many) histogram holds, in value order."""
    if total == 0:
        return None

    def nth(index: int) -> int:  # the index-th value (0-based) in sorted order
        seen = 0
        for value, n in histogram:
            seen += n
            if index < seen:
                return value
        raise AssertionError("index past the histogram")

    middle = total // 2
    return float(nth(middle)) if total % 2 else (nth(middle - 1) + nth(middle)) / 2


def _restitution(s: OrmSession, start: date, end: date) -> MonthlyFigures:
    params = _dates(start, end)
    values: dict[tuple[date, str], int] = {}
    for ym, cents in s.execute(text(_ORDERED_SQL), params):
        values[(_month_of(ym), ORDERED)] = int(cents or 0)
    for ym, kind, cents in s.execute(text(_MONEY_SQL), params):
        if kind in (COLLECTED, DISBURSED):
            values[(_month_of(ym), kind)] = int(cents or 0)
    return MonthlyFigures(months_between(start, end), (ORDERED, COLLECTED, DISBURSED), values)


def _caseload(s: OrmSession) -> tuple[WorkerCaseload, ...]:
    users = {uid: (name, bool(active)) for uid, name, active in s.execute(text(_USERS_SQL))}
    rows = [WorkerCaseload(user_id, users.get(user_id, ("", True))[0] if user_id else "",
                           users.get(user_id, ("", True))[1] if user_id else True, int(n))
            for user_id, n in s.execute(text(_CASELOAD_SQL))]
    return tuple(sorted(rows, key=lambda w: (-w.open_cases, w.user_id is None,
                                             w.display_name.casefold())))
