"""The caseload list's SQL at 100k referrals: filters, orders, and two plans.

The list needs its first rows at once, and every match in order (for the count and for
jumping anywhere in the list). Two plans answer that:

- *filter first*: find the matches through the filter's own index (a search, a quick
  filter), then sort them. Cheap when the filter is narrow, whatever the order.
- *order first* (a walk): walk an index in the list's order and keep the rows that pass
  the filter until the page is full. Cheap when the filter is broad, whatever the order.

``CaseloadQueries.first`` tries the first plan within a time budget and falls back to
the second; ``keys`` then finds every match's key (the referral's rowid) in order, in one
statement, off the GUI thread. A page anywhere is then 200 rowid look-ups
(``rows``). Long statements can be stopped from another thread (``Cancellation``).
"""

from __future__ import annotations

import re
import threading
import time
from array import array
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    Executable,
    Integer,
    Select,
    String,
    and_,
    bindparam,
    case,
    exc,
    func,
    literal_column,
    or_,
    select,
    text,
    type_coerce,
)
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import aliased

from nap_desktop.domain import entities as e
from nap_desktop.domain.enums import ReferralDirection, ReferralStatus, ReleaseStatus, ServiceType
from nap_desktop.domain.rules import AWAITING_RESPONSE_STATUSES
from nap_desktop.services.base import ServiceContext
from nap_desktop.store import models as m
from nap_desktop.store.types import split_set

T = TypeVar("T")
SORT_KEYS = ("updated", "case_number", "status", "next_due", "partner", "client", "assigned")
MAX_PAGE = 1000
EXPIRING_DAYS = 30
MIN_SEARCH_CHARS = 2
#: How long a walk may run before the matches are sorted instead (it is only that slow
#: when the matches bunch up at the far end of the order), plus a little per match the
#: walk must look up first.
WALK_BUDGET_S = 0.1
WALK_BUDGET_PER_ROW_S = 5e-6
#: Below this many (estimated) matches, sorting them beats walking the order.
NARROW_ROWS = 3000
#: A client has about 1.7 referrals; estimates from client counts use 2.
REFERRALS_PER_CLIENT = 2
PROGRESS_STEPS = 2000
#: Rows read per statement for a report (well under SQLite's 32,766 bound variables).
REPORT_CHUNK = 10_000
#: Keys are parsed this many characters at a time (about 10k keys, ~1 ms).
PARSE_CHARS = 64 * 1024


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


# Literal SQL (not bound values) where an index must match the expression exactly: the
# partial index of migration 0005 and the client-name index.
AWAITING_SQL = "referrals.status IN ('received', 'sent')"
NAME_SQL = (
    "CASE WHEN client_personal.preferred_name != '' "
    "THEN client_personal.preferred_name ELSE client_personal.legal_name END"
)
assert {x.value for x in AWAITING_RESPONSE_STATUSES} == {"received", "sent"}
ROWID = literal_column("referrals.rowid", Integer)
NAME = literal_column(NAME_SQL, String)
# The clients a search matches: the FTS rowids are the clients' search keys (migration
# 0009), a small table, where reading the client id from the FTS content table would
# drag each hit's notes from disk too (cold: 20 ms more for a broad prefix).
HITS_SQL = "fts_rowid IN (SELECT rowid FROM case_search WHERE case_search MATCH :fts)"


class QueryCancelled(Exception):
    """The caller gave up on this query (a newer one replaced it)."""


class _OverBudget(Exception):
    """The statement ran past its time budget and was stopped."""


class Cancellation:
    """Stops the statements of a caseload query from another thread; one token may serve
    several statements at once (the count and a page of the same query).

    ``cancel`` uses sqlite3_interrupt, which any thread may call: the statement itself
    runs without Python callbacks, so it does not compete with the GUI for the GIL."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancelled = False
        self._conns: list[Any] = []

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            for conn in self._conns:
                with suppress(Exception):  # closed meanwhile (the vault locked): nothing runs
                    conn.interrupt()

    @contextmanager
    def guard(self, session: OrmSession, budget_s: float | None = None) -> Iterator[None]:
        """Statements inside stop on ``cancel`` (QueryCancelled) or, with a budget, once
        they have run ``budget_s`` seconds (_OverBudget; checked every few thousand SQLite
        steps, only while a budget applies)."""
        conn: Any = session.connection().connection.driver_connection
        with self._lock:
            if self._cancelled:
                raise QueryCancelled()
            self._conns.append(conn)
        deadline = None if budget_s is None else time.monotonic() + budget_s
        if deadline is not None:
            conn.set_progress_handler(lambda: time.monotonic() > deadline, PROGRESS_STEPS)
        try:
            yield
        except exc.OperationalError as error:
            if self._cancelled:
                raise QueryCancelled() from None
            if deadline is not None and time.monotonic() > deadline:
                raise _OverBudget() from None
            raise error
        finally:
            if deadline is not None:
                conn.set_progress_handler(None, 0)
            with self._lock:
                self._conns.remove(conn)
        if self._cancelled:
            raise QueryCancelled()


@dataclass(frozen=True, slots=True)
class CaseloadWindow:
    """The first rows of a query and, when they came cheaply, every match's key in order
    (None: ask ``keys`` for them, in the background)."""

    rows: list[e.CaseloadRow]
    row_keys: list[int]
    keys: array[int] | None


@dataclass(frozen=True, slots=True)
class _Query:
    """A filter resolved against the vault: the search checked, today's date fixed."""

    flt: CaseloadFilter
    self_id: str
    today: date
    now: datetime
    fts: str | None  # None: no search condition (nothing typed, or every client matches)
    hits: int  # clients the search matches (0 without a search)
    empty: bool  # the search matches nobody


def _unindexed(column_sql: str) -> ColumnElement[Any]:
    """``+column``: the same value, but SQLite may not drive the query from an index on it
    (the walk must follow the order's index instead)."""
    return literal_column(f"+{column_sql}")


def _client_due(r: type[m.ReferralRow]) -> Any:
    """The referral's client's next due date, looked up per referral (a correlated
    subquery: SQLite probes the clients' id index for each row it walks)."""
    c = aliased(m.ClientRow)
    return select(c.next_due_on).where(c.id == r.client_id).scalar_subquery()


def _desc(column: Any, descending: bool) -> Any:
    return column.desc() if descending else column.asc()


class CaseloadQueries:
    """The caseload's read queries (used through ``QueryService``)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self._self_agency_id: str | None = None

    # --- public API -------------------------------------------------------------------

    def first(
        self,
        flt: CaseloadFilter,
        *,
        limit: int = 200,
        walk_budget_s: float | None = None,
        cancel: Cancellation | None = None,
    ) -> CaseloadWindow:
        """The first ``limit`` rows; with every key too when the filter is narrow.

        A filter estimated narrow is sorted whole; otherwise the order is walked, within a
        time budget (``walk_budget_s``, default from the estimate) after which the
        matches are sorted after all."""
        limit = max(1, min(limit, MAX_PAGE))
        token = cancel or Cancellation()
        with self.ctx.read() as s:
            query = self._resolve(s, flt, token)
            if query.empty:
                return CaseloadWindow(rows=[], row_keys=[], keys=array("q"))
            keys: array[int] | None = None
            first: list[int] | None = None
            with token.guard(s):
                estimate = self._estimate(s, query)
            if estimate is not None and estimate <= NARROW_ROWS:
                with token.guard(s):
                    keys = self._keys(s, query)
            else:
                budget = walk_budget_s
                if budget is None:
                    budget = WALK_BUDGET_S + (estimate or 0) * WALK_BUDGET_PER_ROW_S
                first = self._within(s, token, budget, lambda: self._walk(s, query, limit))
                if first is None:  # narrower than it looked: sort its matches
                    with token.guard(s):
                        keys = self._keys(s, query)
                elif len(first) < limit:
                    keys = array("q", first)
            row_keys = list(keys[:limit]) if keys is not None else first or []
            with token.guard(s):
                rows = self._rows(s, row_keys)
        # One read transaction: every key found above still has its row.
        return CaseloadWindow(rows=[r for r in rows if r is not None], row_keys=row_keys, keys=keys)

    @staticmethod
    def _within(
        s: OrmSession, token: Cancellation, budget_s: float, work: Callable[[], T]
    ) -> T | None:
        """``work()``, or None when it runs past the budget."""
        try:
            with token.guard(s, budget_s):
                return work()
        except _OverBudget:
            return None

    def keys(self, flt: CaseloadFilter, *, cancel: Cancellation | None = None) -> array[int]:
        """Every match's key, in the list's order (for the count and any page)."""
        token = cancel or Cancellation()
        with self.ctx.read() as s:
            query = self._resolve(s, flt, token)
            if query.empty:
                return array("q")
            with token.guard(s):
                return self._keys(s, query)

    def rows(
        self, keys: Sequence[int], *, cancel: Cancellation | None = None
    ) -> list[e.CaseloadRow | None]:
        """The rows of these keys, in the same order (None where one has gone since)."""
        token = cancel or Cancellation()
        with self.ctx.read() as s, token.guard(s):
            return self._rows(s, list(keys))

    def page(
        self, flt: CaseloadFilter, *, offset: int = 0, limit: int = 200
    ) -> list[e.CaseloadRow]:
        """One page anywhere in the list (for the command line and reports)."""
        limit = max(1, min(limit, MAX_PAGE))
        offset = max(0, offset)
        if offset == 0:
            return self.first(flt, limit=limit).rows
        keys = self.keys(flt)
        return [r for r in self.rows(keys[offset : offset + limit]) if r is not None]

    def every_row(self, flt: CaseloadFilter) -> list[e.CaseloadRow]:
        """Every match in the list's order, read in one snapshot: for a printed report,
        where a row must neither move between two pages nor appear twice."""
        token = Cancellation()
        with self.ctx.read() as s:
            query = self._resolve(s, flt, token)
            if query.empty:
                return []
            keys = self._keys(s, query)
            rows: list[e.CaseloadRow] = []
            for start in range(0, len(keys), REPORT_CHUNK):
                chunk = self._rows(s, list(keys[start : start + REPORT_CHUNK]))
                rows += [r for r in chunk if r is not None]  # one snapshot: none is None
            return rows

    def count(self, flt: CaseloadFilter) -> int:
        with self.ctx.read() as s:
            query = self._resolve(s, flt, Cancellation())
            if query.empty:
                return 0
            stmt = select(func.count()).select_from(m.ReferralRow)
            stmt = stmt.where(*self._conditions(query, walk=False))
            return int(s.scalar(stmt) or 0)

    # --- resolving a filter -------------------------------------------------------------

    def _self_id(self, s: OrmSession) -> str:
        if self._self_agency_id is None:
            self._self_agency_id = s.scalar(select(m.AgencyRow.id).where(m.AgencyRow.is_self))
        return self._self_agency_id or ""

    def _resolve(self, s: OrmSession, flt: CaseloadFilter, token: Cancellation) -> _Query:
        fts = fts_query(flt.search)
        hits = 0
        if fts is not None:
            with token.guard(s):
                hits = int(
                    s.scalar(
                        text("SELECT count(*) FROM case_search WHERE case_search MATCH :fts"),
                        {"fts": fts},
                    )
                    or 0
                )
                # Typing a case number ("NAP-26-…") matches every client for several
                # keystrokes: then the search filters nothing and costs nothing. The
                # largest rowid is at least the number of clients, and free to read.
                last_rowid = s.scalar(text("SELECT max(rowid) FROM clients"))
                if hits and hits >= int(last_rowid or 0):
                    fts = None
        return _Query(
            flt=flt,
            self_id=self._self_id(s),
            today=self.ctx.today(),
            now=self.ctx.now(),
            fts=fts,
            hits=hits,
            empty=fts is not None and hits == 0,
        )

    def _estimate(self, s: OrmSession, q: _Query) -> int | None:
        """About how many referrals the filter-first plan must read: the smallest set
        that one index yields, from counts an index answers at once; None when no filter
        narrows by itself (then walking the order finds the first page quickly)."""
        r, c, rel, flt = m.ReferralRow, m.ClientRow, m.ReleaseRow, q.flt
        counts: list[int] = []
        if q.fts is not None:
            counts.append(q.hits * REFERRALS_PER_CLIENT)
        if flt.overdue:
            overdue = select(func.count()).select_from(c).where(c.next_due_on < q.today)
            counts.append(int(s.scalar(overdue) or 0) * REFERRALS_PER_CLIENT)
        if flt.consent_expiring:
            expiring = select(func.count()).select_from(rel).where(*self._expiring(q))
            counts.append(int(s.scalar(expiring) or 0) * REFERRALS_PER_CLIENT)
        if flt.partner_id:
            sides = (r.from_agency_id, r.to_agency_id)
            counts.append(
                sum(
                    int(s.scalar(select(func.count()).where(side == flt.partner_id)) or 0)
                    for side in sides
                )
            )
        if not counts:
            return None
        # Status, awaiting and "mine" are walked fast alone; beside another filter the
        # matches may be found faster through their index.
        statuses = sorted(x.value for x in flt.statuses)
        if flt.awaiting_response:
            statuses = sorted(set(statuses or ("received", "sent")) & {"received", "sent"})
        if statuses:
            counts.append(int(s.scalar(select(func.count()).where(r.status.in_(statuses))) or 0))
        if flt.assigned_user_id:
            mine = select(func.count()).where(r.assigned_user_id == flt.assigned_user_id)
            counts.append(int(s.scalar(mine) or 0))
        # Sorting the matches costs about as much as reading them through the smallest
        # of these sets, however few survive the other filters.
        return min(counts)

    @staticmethod
    def _expiring(q: _Query) -> list[ColumnElement[bool]]:
        rel = m.ReleaseRow
        return [
            rel.status == ReleaseStatus.ACTIVE.value,
            rel.expires_on >= q.today,
            rel.expires_on <= q.today + timedelta(days=EXPIRING_DAYS),
        ]

    def _conditions(
        self, q: _Query, *, walk: bool, unindexed_referrals: bool = False
    ) -> list[ColumnElement[bool]]:
        """The filter as SQL. ``walk``: client-level and partner conditions only check rows
        (``+column``), so that SQLite follows the order's index; ``unindexed_referrals``:
        status and worker conditions too."""
        r, flt = m.ReferralRow, q.flt
        client_id: Any = _unindexed("referrals.client_id") if walk else r.client_id
        status: Any = _unindexed("referrals.status") if unindexed_referrals else r.status
        conds: list[ColumnElement[bool]] = []
        if flt.statuses:
            conds.append(status.in_(sorted(x.value for x in flt.statuses)))
        if flt.awaiting_response:
            awaiting = AWAITING_SQL.replace("referrals.", "+referrals.", 1)
            conds.append(text(awaiting if unindexed_referrals else AWAITING_SQL))  # type: ignore[arg-type]
            if flt.awaiting_days > 0:
                conds.append(r.status_changed_at < q.now - timedelta(days=flt.awaiting_days))
        if flt.partner_id:
            if walk:
                conds.append(
                    or_(
                        _unindexed("referrals.from_agency_id") == flt.partner_id,
                        _unindexed("referrals.to_agency_id") == flt.partner_id,
                    )
                )
            else:
                conds.append(
                    or_(r.from_agency_id == flt.partner_id, r.to_agency_id == flt.partner_id)
                )
        if flt.assigned_user_id:
            worker: Any = r.assigned_user_id
            if unindexed_referrals:
                worker = _unindexed("referrals.assigned_user_id")
            conds.append(worker == flt.assigned_user_id)
        if flt.overdue:
            c = aliased(m.ClientRow)
            if walk:  # one index look-up per referral walked: no list of 7k clients to build
                conds.append(_client_due(r) < q.today)
            else:
                conds.append(client_id.in_(select(c.id).where(c.next_due_on < q.today)))
        if flt.consent_expiring:
            rel = m.ReleaseRow
            conds.append(client_id.in_(select(rel.client_id).where(*self._expiring(q))))
        if q.fts is not None:
            hits: Select[Any] = (
                select(literal_column("client_id"))
                .select_from(text("case_search_keys"))
                .where(text(HITS_SQL).bindparams(fts=q.fts))
            )
            conds.append(client_id.in_(hits))
        return conds

    # --- orders -------------------------------------------------------------------------

    @staticmethod
    def _partner_id(self_id: str) -> Any:
        """The other agency of a referral (ours is on one side of every referral)."""
        r = m.ReferralRow
        return case((r.from_agency_id == self_id, r.to_agency_id), else_=r.from_agency_id)

    def _ordered(self, q: _Query, stmt: Select[Any], *, run: bool = False) -> Select[Any]:
        """Join what the order needs and order by it; ties by (updated, id) the same way,
        which the (…, updated_at, id) indexes serve. ``run``: the rows share the sort key
        (one partner, one worker, undated), so only the tie order is needed."""
        r, c, p = m.ReferralRow, m.ClientRow, m.ClientPersonalRow
        sort, d = q.flt.sort, q.flt.descending
        tie = [_desc(r.updated_at, d), _desc(r.id, d)]
        if run:
            return stmt.order_by(*tie)
        if sort == "case_number":
            return stmt.join(c, c.id == r.client_id).order_by(_desc(c.case_number, d), *tie)
        if sort == "client":
            return stmt.join(p, p.client_id == r.client_id).order_by(_desc(NAME, d), *tie)
        if sort == "status":
            return stmt.order_by(_desc(r.status, d), *tie)
        if sort == "next_due":
            stmt = stmt.join(c, c.id == r.client_id)
            return stmt.order_by(c.next_due_on.is_(None), _desc(c.next_due_on, d), *tie)
        if sort == "partner":
            agency = aliased(m.AgencyRow)
            partner_id = self._partner_id(q.self_id)
            return stmt.join(agency, agency.id == partner_id).order_by(
                _desc(agency.name, d), _desc(partner_id, d), *tie
            )
        if sort == "assigned":
            user = aliased(m.UserRow)
            return stmt.outerjoin(user, user.id == r.assigned_user_id).order_by(
                _desc(user.display_name, d), _desc(r.assigned_user_id, d), *tie
            )
        return stmt.order_by(*tie)

    def _runs(self, s: OrmSession, q: _Query) -> list[ColumnElement[bool] | None]:
        """For the walk, the list in runs that share the sort key, in order, for sorts
        that no one index serves whole; each run is then a walk by (updated, id). None:
        one run, in the full order."""
        r, d = m.ReferralRow, q.flt.descending
        if q.flt.sort == "next_due":  # dated (by date) first, undated last, either way
            undated = _client_due(r).is_(None)
            return [None, undated]
        if q.flt.sort == "partner":
            a = m.AgencyRow
            order = [_desc(a.name, d), _desc(a.id, d)]
            ids = list(s.scalars(select(a.id).order_by(*order)))
            if q.flt.partner_id:  # one partner's referrals: one run
                ids = [x for x in ids if x == q.flt.partner_id]
            return [
                or_(
                    and_(r.from_agency_id == q.self_id, r.to_agency_id == agency_id),
                    and_(r.from_agency_id == agency_id, r.from_agency_id != q.self_id),
                )
                for agency_id in ids
            ]
        if q.flt.sort == "assigned":
            u = m.UserRow
            ids = list(s.scalars(select(u.id).order_by(_desc(u.display_name, d), _desc(u.id, d))))
            runs: list[ColumnElement[bool] | None] = [r.assigned_user_id == uid for uid in ids]
            unassigned = r.assigned_user_id.is_(None)  # NULL sorts first ascending
            return runs + [unassigned] if d else [unassigned, *runs]
        return [None]

    # --- the plans ----------------------------------------------------------------------

    def _keys(self, s: OrmSession, q: _Query) -> array[int]:
        """Every match's rowid in order, as one string from one statement: the statement
        runs in C without the GIL, and 100k keys parse in a few milliseconds. (SQLite
        keeps a FROM-subquery's ORDER BY under an aggregate other than count, min and
        max, so group_concat sees the rows in order; the tests check it.)"""
        inner = self._ordered(
            q,
            select(ROWID.label("k"))
            .select_from(m.ReferralRow)
            .where(*self._conditions(q, walk=False)),
        ).subquery()
        return _parse_keys(s.scalar(select(func.group_concat(inner.c.k))) or "")

    def _walk(self, s: OrmSession, q: _Query, limit: int) -> list[int]:
        """The first ``limit`` rowids by walking the order (run after run)."""
        found: list[int] = []
        # Sorted by a client's column, the walk follows a clients index: then a status or
        # worker filter must only check rows, or SQLite would sort all of its matches.
        by_client = q.flt.sort in ("case_number", "client", "next_due")
        for run in self._runs(s, q):
            conds = self._conditions(q, walk=True, unindexed_referrals=by_client)
            stmt = select(ROWID).select_from(m.ReferralRow).where(*conds)
            if run is not None:
                stmt = self._ordered(q, stmt.where(run), run=True)
            elif q.flt.sort == "next_due":  # the dated run, by date
                c, d = m.ClientRow, q.flt.descending
                stmt = stmt.join(c, c.id == m.ReferralRow.client_id).where(
                    c.next_due_on.is_not(None)
                )
                stmt = stmt.order_by(
                    _desc(c.next_due_on, d),
                    _desc(m.ReferralRow.updated_at, d),
                    _desc(m.ReferralRow.id, d),
                )
            else:
                stmt = self._ordered(q, stmt)
            found += s.scalars(stmt.limit(limit - len(found))).all()
            if len(found) >= limit:
                break
        return found

    def _rows(self, s: OrmSession, keys: list[int]) -> list[e.CaseloadRow | None]:
        if not keys:
            return []
        params = {"keys": keys, "self_id": self._self_id(s)}
        by_key = {row[0]: _row(row) for row in s.execute(_ROWS, params)}
        return [by_key.get(k) for k in keys]


def _rows_statement() -> Executable:
    """The list's columns for a set of keys. Built once: a page is read on every jump of
    the scroll bar, and building the statement cost as much as running it."""
    r, c, p = m.ReferralRow, m.ClientRow, m.ClientPersonalRow
    partner = aliased(m.AgencyRow)
    user = aliased(m.UserRow)
    partner_id = case(
        (r.from_agency_id == bindparam("self_id"), r.to_agency_id), else_=r.from_agency_id
    )
    return (
        select(
            ROWID,
            r.id,
            r.client_id,
            c.case_number,
            NAME,
            r.direction,
            partner.name,
            r.status,
            r.services,
            type_coerce(c.next_due_on, String),
            c.next_due_label,
            type_coerce(r.updated_at, String),
            func.coalesce(user.display_name, ""),
        )
        .select_from(r)
        .join(c, c.id == r.client_id)
        .join(p, p.client_id == c.id)
        .join(partner, partner.id == partner_id)
        .outerjoin(user, user.id == r.assigned_user_id)
        .where(ROWID.in_(bindparam("keys", expanding=True)))
    )


_ROWS = _rows_statement()


def _parse_keys(joined: str) -> array[int]:
    """ "3,1,2" → array('q', [3, 1, 2]), a slice at a time: each slice is one call that
    holds the GIL, so between slices the GUI thread gets to paint."""
    keys: array[int] = array("q")
    start, size = 0, len(joined)
    while start < size:
        end = joined.find(",", min(start + PARSE_CHARS, size))
        end = size if end < 0 else end
        keys.extend(map(int, joined[start:end].split(",")))
        start = end + 1
    return keys


_DIRECTIONS = {x.value: x for x in ReferralDirection}
_STATUSES = {x.value: x for x in ReferralStatus}
_SERVICES: dict[str, frozenset[ServiceType]] = {}


def _services(stored: str) -> frozenset[ServiceType]:
    """Stored service sets repeat (a few dozen combinations): parse each once."""
    found = _SERVICES.get(stored)
    if found is None:
        found = frozenset(ServiceType(x) for x in split_set(stored))
        if len(_SERVICES) < 4096:
            _SERVICES[stored] = found
    return found


def _row(row: Any) -> e.CaseloadRow:
    """A row of ``_rows``. The dates arrive as their stored ISO text: parsing it here is
    several times faster than the column types' strptime, which matters at 200 rows a
    page."""
    return e.CaseloadRow(
        referral_id=row[1],
        client_id=row[2],
        case_number=row[3],
        client_name=row[4],
        direction=_DIRECTIONS[row[5]],
        partner_name=row[6],
        status=_STATUSES[row[7]],
        services=_services(row[8]),
        next_due=date.fromisoformat(row[9]) if row[9] else None,
        next_due_label=row[10],
        updated_at=datetime.fromisoformat(row[11]),
        assigned_user=row[12],
    )
