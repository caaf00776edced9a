"""Read-only queries for the lists the UI and CLI show: caseload, search, dashboard.

Everything is filtered, sorted and paged in SQL so that 100k referrals never come into
memory at once (see shared/perf-notes.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Select,
    and_,
    case,
    exists,
    func,
    literal_column,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import aliased

from nap_desktop.domain import entities as e
from nap_desktop.domain.enums import (
    PlacementStatus,
    ProgramType,
    ReferralDirection,
    ReferralStatus,
    ReleaseStatus,
    ServiceType,
)
from nap_desktop.domain.rules import AWAITING_RESPONSE_STATUSES
from nap_desktop.services.base import ServiceContext
from nap_desktop.services.indexing import OPEN_STEP
from nap_desktop.store import models as m
from nap_desktop.store.types import split_set

SORT_KEYS = ("updated", "case_number", "status", "next_due", "partner", "client", "assigned")
MAX_PAGE = 1000
EXPIRING_DAYS = 30
MIN_SEARCH_CHARS = 2


@dataclass(slots=True, kw_only=True)
class CaseloadFilter:
    statuses: frozenset[ReferralStatus] = frozenset()
    partner_id: str | None = None
    assigned_user_id: str | None = None
    overdue: bool = False
    awaiting_response: bool = False
    awaiting_days: int = 0
    consent_expiring: bool = False
    search: str = ""
    sort: str = "updated"
    descending: bool = True


# Literal (not bound) so that SQLite can use the partial indexes of migration 0004,
# whose WHERE clauses are these exact expressions.
OPEN_STEP_SQL: ColumnElement[bool] = literal_column(
    "restitution_steps.status IN ('in_progress', 'pending')", Boolean
)
AWAITING_SQL: ColumnElement[bool] = literal_column(
    "referrals.status IN ('received', 'sent')", Boolean
)
assert {x.value for x in AWAITING_RESPONSE_STATUSES} == {"received", "sent"}
assert set(OPEN_STEP) == {"in_progress", "pending"}

_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(text_in: str) -> str | None:
    """Turn what a person typed into a safe FTS5 query: every word must match as a prefix.
    Quotes and operators the person typed are treated as plain text."""
    # One-letter words match most of a big caseload and say little: like most search
    # boxes, searching starts at two characters.
    words = [w for w in _TOKEN.findall(text_in) if len(w) >= MIN_SEARCH_CHARS][:12]
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


class QueryService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self._self_agency_id: str | None = None

    # --- caseload ---------------------------------------------------------

    def caseload_page(
        self, flt: CaseloadFilter, *, offset: int = 0, limit: int = 200
    ) -> list[e.CaseloadRow]:
        """One page of the caseload, as the list shows it."""
        limit = max(1, min(limit, MAX_PAGE))
        with self.ctx.read() as s:
            stmt = self._select_rows(s, flt, max(0, offset), limit)
            return [self._row(r) for r in s.execute(stmt)]

    def caseload_count(self, flt: CaseloadFilter) -> int:
        with self.ctx.read() as s:
            stmt = select(func.count()).select_from(m.ReferralRow)
            for cond in self._conditions(s, flt):
                stmt = stmt.where(cond)
            return int(s.scalar(stmt) or 0)

    def _self_id(self, s: OrmSession) -> str:
        if self._self_agency_id is None:
            self._self_agency_id = s.scalar(select(m.AgencyRow.id).where(m.AgencyRow.is_self))
        return self._self_agency_id or ""

    def _conditions(self, s: OrmSession, flt: CaseloadFilter) -> list[ColumnElement[bool]]:
        r = m.ReferralRow
        today = self.ctx.today()
        conds: list[ColumnElement[bool]] = []
        if flt.statuses:
            conds.append(r.status.in_(sorted(x.value for x in flt.statuses)))
        if flt.awaiting_response:
            conds.append(AWAITING_SQL)
            if flt.awaiting_days > 0:
                cutoff = self.ctx.now() - timedelta(days=flt.awaiting_days)
                conds.append(r.status_changed_at < cutoff)
        if flt.partner_id:
            conds.append(or_(r.from_agency_id == flt.partner_id, r.to_agency_id == flt.partner_id))
        if flt.assigned_user_id:
            conds.append(r.assigned_user_id == flt.assigned_user_id)
        if flt.overdue:
            conds.append(
                r.client_id.in_(select(m.ClientRow.id).where(m.ClientRow.next_due_on < today))
            )
        if flt.consent_expiring:
            rel = m.ReleaseRow
            conds.append(
                exists().where(
                    rel.client_id == r.client_id,
                    rel.status == ReleaseStatus.ACTIVE.value,
                    rel.expires_on >= today,
                    rel.expires_on <= today + timedelta(days=EXPIRING_DAYS),
                )
            )
        query = fts_query(flt.search)
        if query is not None:
            conds.append(
                r.client_id.in_(
                    select(text("client_id"))
                    .select_from(text("case_search"))
                    .where(text("case_search MATCH :fts").bindparams(fts=query))
                )
            )
        return conds

    def _select_rows(
        self, s: OrmSession, flt: CaseloadFilter, offset: int, limit: int
    ) -> Select[Any]:
        """The page's rows. When the order is on a referral column, the page of ids is found
        first on the referrals table alone (an index walk), and only those rows are joined:
        deep pages then cost an index skip, not 100k join lookups."""
        r, c, p = m.ReferralRow, m.ClientRow, m.ClientPersonalRow
        partner = aliased(m.AgencyRow)
        user = aliased(m.UserRow)
        self_id = self._self_id(s)
        partner_id = case((r.from_agency_id == self_id, r.to_agency_id), else_=r.from_agency_id)
        name = case((p.preferred_name != "", p.preferred_name), else_=p.legal_name)
        stmt = (
            select(
                r.id,
                r.client_id,
                c.case_number,
                name,
                r.direction,
                partner.name,
                r.status,
                r.services,
                c.next_due_on,
                c.next_due_label,
                r.updated_at,
                func.coalesce(user.display_name, ""),
            )
            .join(c, c.id == r.client_id)
            .join(p, p.client_id == c.id)
            .join(partner, partner.id == partner_id)
            .outerjoin(user, user.id == r.assigned_user_id)
        )
        conds = self._conditions(s, flt)
        sort_col = {
            "updated": r.updated_at,
            "case_number": c.case_number,
            "status": r.status,
            "next_due": c.next_due_on,
            "partner": partner.name,
            "client": name,
            "assigned": user.display_name,
        }.get(flt.sort, r.updated_at)
        order = sort_col.desc() if flt.descending else sort_col.asc()
        # The tie-breaker runs the same way, so (updated_at, id) indexes serve the order.
        tie = r.id.desc() if flt.descending else r.id.asc()
        if flt.sort in ("updated", "status") or flt.sort not in SORT_KEYS:
            page = select(r.id).where(*conds).order_by(order, tie).offset(offset).limit(limit)
            return stmt.where(r.id.in_(page)).order_by(order, tie)
        stmt = stmt.where(*conds)
        if flt.sort == "next_due":  # undated work goes last either way
            stmt = stmt.order_by(c.next_due_on.is_(None), order, tie)
        else:
            stmt = stmt.order_by(order, tie)
        return stmt.offset(offset).limit(limit)

    @staticmethod
    def _row(row: Any) -> e.CaseloadRow:
        return e.CaseloadRow(
            referral_id=row[0],
            client_id=row[1],
            case_number=row[2],
            client_name=row[3],
            direction=ReferralDirection(row[4]),
            partner_name=row[5],
            status=ReferralStatus(row[6]),
            services=frozenset(ServiceType(x) for x in split_set(row[7])),
            next_due=row[8],
            next_due_label=row[9],
            updated_at=row[10],
            assigned_user=row[11],
        )

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
            .where(OPEN_STEP_SQL, st.due_on < today)
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
                    AWAITING_SQL,
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
