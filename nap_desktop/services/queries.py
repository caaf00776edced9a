"""Read-only queries for the lists the UI and CLI show: caseload, search, dashboard.

Everything is filtered, sorted and paged in SQL so that 100k referrals never come into
memory at once (see shared/perf-notes.md). The caseload's SQL is in ``caseload_queries``.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, case, func, select, text
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain import entities as e
from nap_desktop.domain.enums import PlacementStatus, ProgramType, ReferralStatus, ReleaseStatus
from nap_desktop.services.base import ServiceContext
from nap_desktop.services.caseload_queries import (
    AWAITING_SQL,
    EXPIRING_DAYS,
    MAX_PAGE,
    MIN_SEARCH_CHARS,
    SORT_KEYS,
    Cancellation,
    CaseloadFilter,
    CaseloadQueries,
    CaseloadWindow,
    QueryCancelled,
    fts_query,
)
from nap_desktop.services.indexing import OPEN_STEP
from nap_desktop.store import models as m

__all__ = [
    "EXPIRING_DAYS",
    "MAX_PAGE",
    "MIN_SEARCH_CHARS",
    "SORT_KEYS",
    "AttentionItem",
    "Cancellation",
    "CaseloadFilter",
    "CaseloadWindow",
    "Dashboard",
    "QueryCancelled",
    "QueryService",
    "fts_query",
]

# Plain SQL text (not a bound or boolean-typed expression, which would render as
# "... = 1") so that SQLite can use the partial indexes of migration 0004, whose WHERE
# clauses are these exact expressions.
OPEN_STEP_SQL = "restitution_steps.status IN ('in_progress', 'pending')"
assert set(OPEN_STEP) == {"in_progress", "pending"}


class QueryService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.caseload = CaseloadQueries(ctx)

    # --- caseload ---------------------------------------------------------

    def caseload_page(
        self, flt: CaseloadFilter, *, offset: int = 0, limit: int = 200
    ) -> list[e.CaseloadRow]:
        """One page of the caseload, as the list shows it."""
        return self.caseload.page(flt, offset=offset, limit=limit)

    def caseload_count(self, flt: CaseloadFilter) -> int:
        """How many referrals match."""
        return self.caseload.count(flt)

    def caseload_first(
        self, flt: CaseloadFilter, *, limit: int = 200, cancel: Cancellation | None = None
    ) -> CaseloadWindow:
        """The first rows of the list at once; every match's key too when that was cheap."""
        return self.caseload.first(flt, limit=limit, cancel=cancel)

    def caseload_keys(
        self, flt: CaseloadFilter, *, cancel: Cancellation | None = None
    ) -> array[int]:
        """Every match's key in the list's order (meant for a background thread)."""
        return self.caseload.keys(flt, cancel=cancel)

    def caseload_rows(
        self, keys: Sequence[int], *, cancel: Cancellation | None = None
    ) -> list[e.CaseloadRow | None]:
        """The rows of these keys in the same order (None for one deleted since)."""
        return self.caseload.rows(keys, cancel=cancel)

    # --- dashboard --------------------------------------------------------

    def dashboard(
        self, *, awaiting_days: int = 7, horizon_days: int = 14, limit: int = 50
    ) -> Dashboard:
        """What needs attention today."""
        today = self.ctx.today()
        with self.ctx.read() as s:
            counts = dict(
                s.execute(
                    select(m.ReferralRow.status, func.count()).group_by(m.ReferralRow.status)
                ).all()
            )
            return Dashboard(
                counts_by_status={ReferralStatus(k): int(v) for k, v in counts.items()},
                overdue_steps=self._overdue_steps(s, today, limit),
                expiring_releases=self._expiring(s, today, limit),
                housing_due=self._housing_due(s, today, horizon_days, limit),
                awaiting_response=self._awaiting(s, awaiting_days, limit),
            )

    def _client_cols(self) -> tuple[Any, Any, Any]:
        p = m.ClientPersonalRow
        name = case((p.preferred_name != "", p.preferred_name), else_=p.legal_name)
        return m.ClientRow.id, m.ClientRow.case_number, name

    def _overdue_steps(self, s: OrmSession, today: date, limit: int) -> list[AttentionItem]:
        st, mt = m.RestitutionStepRow, m.RestitutionMatterRow
        stmt = (
            select(*self._client_cols(), st.kind, st.due_on)
            .join(mt, mt.id == st.matter_id)
            .join(m.ClientRow, m.ClientRow.id == mt.client_id)
            .join(m.ClientPersonalRow)
            .where(text(OPEN_STEP_SQL), st.due_on < today)
            .order_by(st.due_on)
            .limit(limit)
        )
        return [
            AttentionItem(
                kind="overdue_step",
                client_id=a,
                case_number=b,
                client_name=c,
                subject=f"step:{k}",
                due_on=d,
            )
            for a, b, c, k, d in s.execute(stmt)
        ]

    def _expiring(self, s: OrmSession, today: date, limit: int) -> list[AttentionItem]:
        rel, ag = m.ReleaseRow, m.AgencyRow
        stmt = (
            select(*self._client_cols(), ag.name, rel.expires_on)
            .join(m.ClientRow, m.ClientRow.id == rel.client_id)
            .join(m.ClientPersonalRow)
            .join(ag, ag.id == rel.recipient_agency_id)
            .where(
                rel.status == ReleaseStatus.ACTIVE.value,
                rel.expires_on >= today,
                rel.expires_on <= today + timedelta(days=EXPIRING_DAYS),
            )
            .order_by(rel.expires_on)
            .limit(limit)
        )
        return [
            AttentionItem(
                kind="release_expiring",
                client_id=a,
                case_number=b,
                client_name=c,
                subject=f"release:{n}",
                due_on=d,
            )
            for a, b, c, n, d in s.execute(stmt)
        ]

    def _housing_due(
        self, s: OrmSession, today: date, horizon: int, limit: int
    ) -> list[AttentionItem]:
        pl = m.PlacementRow
        exits = (
            select(*self._client_cols(), pl.expected_exit_date)
            .join(m.ClientRow, m.ClientRow.id == pl.client_id)
            .join(m.ClientPersonalRow)
            .where(
                pl.status.in_([PlacementStatus.STARTED.value, PlacementStatus.MOVED_IN.value]),
                pl.expected_exit_date <= today + timedelta(days=horizon),
            )
            .order_by(pl.expected_exit_date)
            .limit(limit)
        )
        move_in_programs = [p.value for p in ProgramType if p.needs_move_in]
        move_ins = (
            select(*self._client_cols(), pl.start_date)
            .join(m.ClientRow, m.ClientRow.id == pl.client_id)
            .join(m.ClientPersonalRow)
            .where(
                pl.status == PlacementStatus.STARTED.value,
                pl.program_type.in_(move_in_programs),
                pl.move_in_date.is_(None),
            )
            .order_by(pl.start_date)
            .limit(limit)
        )
        items = [
            AttentionItem(
                kind="housing_exit",
                client_id=a,
                case_number=b,
                client_name=c,
                subject="housing_exit",
                due_on=d,
            )
            for a, b, c, d in s.execute(exits)
        ]
        items += [
            AttentionItem(
                kind="housing_move_in",
                client_id=a,
                case_number=b,
                client_name=c,
                subject="housing_move_in",
                due_on=d,
            )
            for a, b, c, d in s.execute(move_ins)
        ]
        return sorted(items, key=lambda i: i.due_on or date.max)[:limit]

    def _awaiting(self, s: OrmSession, days: int, limit: int) -> list[AttentionItem]:
        r, ag = m.ReferralRow, m.AgencyRow
        cutoff = self.ctx.now() - timedelta(days=days)
        stmt = (
            select(*self._client_cols(), ag.name, r.status_changed_at, r.id)
            .join(m.ClientRow, m.ClientRow.id == r.client_id)
            .join(m.ClientPersonalRow)
            .join(ag, ag.id == r.to_agency_id)
            .where(
                and_(
                    text(AWAITING_SQL),
                    r.status_changed_at < cutoff,
                )
            )
            .order_by(r.status_changed_at)
            .limit(limit)
        )
        return [
            AttentionItem(
                kind="awaiting_response",
                client_id=a,
                case_number=b,
                client_name=c,
                subject=f"referral:{n}",
                due_on=t.date(),
                referral_id=rid,
            )
            for a, b, c, n, t, rid in s.execute(stmt)
        ]


@dataclass(slots=True, kw_only=True)
class AttentionItem:
    kind: (
        str  # overdue_step | release_expiring | housing_exit | housing_move_in | awaiting_response
    )
    client_id: str
    case_number: str
    client_name: str
    subject: str  # a code: "step:<kind>", "release:<agency>", "referral:<agency>", ...
    due_on: date | None
    referral_id: str | None = None


@dataclass(slots=True, kw_only=True)
class Dashboard:
    counts_by_status: dict[ReferralStatus, int]
    overdue_steps: list[AttentionItem] = field(default_factory=list)
    expiring_releases: list[AttentionItem] = field(default_factory=list)
    housing_due: list[AttentionItem] = field(default_factory=list)
    awaiting_response: list[AttentionItem] = field(default_factory=list)
