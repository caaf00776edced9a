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

from sqlalchemy import Select, and_, case, func, select, text
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain import entities as e
from nap_desktop.domain.enums import PlacementStatus, ProgramType, ReferralStatus, ReleaseStatus
from nap_desktop.domain.errors import NotFound
from nap_desktop.domain.messages import N_
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
from nap_desktop.store import models as m
from nap_desktop.store import referral_counts
from nap_desktop.store.indexing import OPEN_STEP

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
# The partial indexes of migration 0020 (their WHERE, word for word).
OPEN_EXIT_SQL = "placements.status IN ('started', 'moved_in')"
WAITING_MOVE_IN_SQL = "placements.status = 'started' AND placements.move_in_date IS NULL"
assert {PlacementStatus.STARTED.value, PlacementStatus.MOVED_IN.value} == {"started", "moved_in"}
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

    def referrals_by_id_prefix(self, prefix: str, *, limit: int = 2) -> list[tuple[str, str]]:
        """``(referral id, client id)`` of at most ``limit`` referrals whose id starts with
        ``prefix`` (the CLI accepts a unique prefix of an id)."""
        with self.ctx.read() as s:
            stmt = select(m.ReferralRow.id, m.ReferralRow.client_id).where(
                m.ReferralRow.id.startswith(prefix, autoescape=True)
            )
            return [(rid, cid) for rid, cid in s.execute(stmt.limit(limit))]

    def client_by_case_number(self, case_number: str) -> str:
        """The client id of a case number (exact, as printed: ``NAP-26-00042``)."""
        with self.ctx.read() as s:
            found = s.scalar(select(m.ClientRow.id).where(
                m.ClientRow.case_number == case_number.strip().upper()))
        if found is None:
            raise NotFound(N_("No case has the number “{number}”."), number=case_number)
        return str(found)

    # --- dashboard --------------------------------------------------------

    def dashboard(
        self, *, awaiting_days: int = 7, horizon_days: int = 14, limit: int = 50
    ) -> Dashboard:
        """What needs attention today."""
        today = self.ctx.today()
        with self.ctx.read() as s:
            counts = self._status_counts(s)
            overdue = self._overdue_steps(today)
            expiring = self._expiring(today)
            exits, move_ins = self._housing_statements(today, horizon_days)
            awaiting = self._awaiting(awaiting_days)
            return Dashboard(
                counts_by_status={ReferralStatus(k): int(v) for k, v in counts.items()},
                overdue_steps=self._items(s, "overdue_step", overdue.limit(limit)),
                expiring_releases=self._items(s, "release_expiring", expiring.limit(limit)),
                housing_due=sorted(
                    self._items(s, "housing_exit", exits.limit(limit))
                    + self._items(s, "housing_move_in", move_ins.limit(limit)),
                    key=lambda i: i.due_on or date.max,
                )[:limit],
                awaiting_response=self._items(s, "awaiting_response", awaiting.limit(limit)),
                mine=self._mine(s),
            )

    @staticmethod
    def _counts_kept(s: Any) -> bool:
        """Are ``referral_counts``' triggers all there (migration 0020)? A later table
        rebuild would drop them, and the counts would silently go stale."""
        return referral_counts.kept(s)

    def _status_counts(self, s: Any) -> dict[str, int]:
        """Referrals by status: a few dozen kept counts, not a walk of every referral
        (0.6-1 s at a million)."""
        if self._counts_kept(s):
            return {str(k): int(v) for k, v in s.execute(text(
                "SELECT status, sum(n) FROM referral_counts GROUP BY status HAVING sum(n) > 0"))}
        return {str(k): int(v) for k, v in s.execute(
            select(m.ReferralRow.status, func.count()).group_by(m.ReferralRow.status))}

    def _mine(self, s: Any) -> int:
        """How many referrals are assigned to the acting user."""
        me = self.ctx.actor.user_id
        if me is None:
            return 0
        if self._counts_kept(s):
            return int(s.scalar(text(
                "SELECT coalesce(sum(n), 0) FROM referral_counts WHERE assigned_user_id = :me"),
                {"me": me}) or 0)
        return int(s.scalar(select(func.count()).select_from(m.ReferralRow)
                            .where(m.ReferralRow.assigned_user_id == me)) or 0)

    def _client_cols(self) -> tuple[Any, Any, Any]:
        p = m.ClientPersonalRow
        name = case((p.preferred_name != "", p.preferred_name), else_=p.legal_name)
        return m.ClientRow.id, m.ClientRow.case_number, name

    def _overdue_steps(self, today: date) -> Select[Any]:
        """Open restitution steps past due, the most recently overdue first: what became
        overdue lately is today's work (every one of them is in the caseload's "Overdue"
        list)."""
        st, mt = m.RestitutionStepRow, m.RestitutionMatterRow
        return (
            select(*self._client_cols(), st.kind, st.due_on)
            .join(mt, mt.id == st.matter_id)
            .join(m.ClientRow, m.ClientRow.id == mt.client_id)
            .join(m.ClientPersonalRow)
            .where(text(OPEN_STEP_SQL), st.due_on < today)
            .order_by(st.due_on.desc())
        )

    def _expiring(self, today: date) -> Select[Any]:
        rel, ag = m.ReleaseRow, m.AgencyRow
        return (
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
        )

    def _housing_statements(self, today: date, horizon: int) -> tuple[Select[Any], Select[Any]]:
        pl = m.PlacementRow
        exits = (
            select(*self._client_cols(), pl.expected_exit_date, pl.program_type)
            .join(m.ClientRow, m.ClientRow.id == pl.client_id)
            .join(m.ClientPersonalRow)
            .where(
                text(OPEN_EXIT_SQL),
                pl.expected_exit_date <= today + timedelta(days=horizon),
            )
            .order_by(pl.expected_exit_date)
        )
        move_in_programs = [p.value for p in ProgramType if p.needs_move_in]
        move_ins = (
            select(*self._client_cols(), pl.start_date, pl.program_type)
            .join(m.ClientRow, m.ClientRow.id == pl.client_id)
            .join(m.ClientPersonalRow)
            .where(text(WAITING_MOVE_IN_SQL), pl.program_type.in_(move_in_programs))
            .order_by(pl.start_date)
        )
        return exits, move_ins

    def _awaiting(self, days: int) -> Select[Any]:
        r, ag = m.ReferralRow, m.AgencyRow
        cutoff = self.ctx.now() - timedelta(days=days)
        return (
            select(*self._client_cols(), ag.name, r.status_changed_at, r.id)
            .join(m.ClientRow, m.ClientRow.id == r.client_id)
            .join(m.ClientPersonalRow)
            .join(ag, ag.id == r.to_agency_id)
            .where(and_(text(AWAITING_SQL), r.status_changed_at < cutoff))
            .order_by(r.status_changed_at)
        )

    @staticmethod
    def _items(s: OrmSession, kind: str, stmt: Select[Any]) -> list[AttentionItem]:
        """The rows of one section's statement as attention items."""
        items = []
        for row in s.execute(stmt):
            client_id, case_number, name = row[0], row[1], row[2]
            referral_id = None
            if kind == "overdue_step":
                subject, due = f"step:{row[3]}", row[4]
            elif kind in ("release_expiring",):
                subject, due = f"release:{row[3]}", row[4]
            elif kind == "awaiting_response":
                subject, due, referral_id = f"referral:{row[3]}", row[4].date(), row[5]
            else:  # housing_exit, housing_move_in: with the program (never the provider,
                # which says where the survivor stays)
                subject, due = f"{kind}:{row[4]}", row[3]
            items.append(AttentionItem(
                kind=kind, client_id=client_id, case_number=case_number, client_name=name,
                subject=subject, due_on=due, referral_id=referral_id,
            ))
        return items

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
    #: Referrals assigned to the person looking ("My cases"; services/assignment.py).
    mine: int = 0
