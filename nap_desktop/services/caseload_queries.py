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

from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import ColumnElement, and_, func, or_, select, text
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.domain import entities as e
from nap_desktop.services.base import ServiceContext
from nap_desktop.services.caseload_cancel import Cancellation, OverBudget, QueryCancelled
from nap_desktop.services.caseload_merge import keys_by_client, keys_by_partner
from nap_desktop.services.caseload_sql import (
    AWAITING_SQL,
    EXPIRING_DAYS,
    MIN_SEARCH_CHARS,
    PREFIX_INDEX_CHARS,
    ROWID,
    ROWS,
    SORT_KEYS,
    SPELL_OUT_WORDS,
    VOCAB_EXISTS_SQL,
    VOCAB_SQL,
    VOCAB_TABLE_SQL,
    CaseloadFilter,
    ResolvedQuery,
    caseload_row,
    client_due,
    conditions,
    desc_if,
    expiring,
    fts_query,
    ordered,
    parse_keys,
    search_words,
    spellable,
)
from nap_desktop.store import models as m

# What the rest of the services import from here (the filter and its SQL live in
# caseload_sql.py, cancelling in caseload_cancel.py).
__all__ = [
    "AWAITING_SQL",
    "EXPIRING_DAYS",
    "MAX_PAGE",
    "MIN_SEARCH_CHARS",
    "SORT_KEYS",
    "Cancellation",
    "CaseloadFilter",
    "CaseloadQueries",
    "CaseloadWindow",
    "QueryCancelled",
    "fts_query",
]

T = TypeVar("T")
MAX_PAGE = 1000
#: How long a walk may run before the matches are sorted instead (it is only that slow
#: when the matches bunch up at the far end of the order), plus a little per match the
#: walk must look up first.
WALK_BUDGET_S = 0.1
WALK_BUDGET_PER_ROW_S = 5e-6
#: Below this many (estimated) matches, sorting them beats walking the order.
NARROW_ROWS = 3000
#: A client has about 1.7 referrals; estimates from client counts use 2.
REFERRALS_PER_CLIENT = 2
#: Past this many people matching a search, the first rows do not wait for the count.
BROAD_HITS = 100_000
HITS_COUNT = text("SELECT count(*) FROM case_search WHERE case_search MATCH :fts")
HITS_COUNT_UPTO = text(
    "SELECT count(*) FROM (SELECT rowid FROM case_search WHERE case_search MATCH :fts "
    "LIMIT :most)"
)
#: Rows read per statement for a report (well under SQLite's 32,766 bound variables).
REPORT_CHUNK = 10_000


@dataclass(frozen=True, slots=True)
class CaseloadWindow:
    """The first rows of a query and, when they came cheaply, every match's key in order
    (None: ask ``keys`` for them, in the background)."""

    rows: list[e.CaseloadRow]
    row_keys: list[int]
    keys: array[int] | None


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
            query = self._resolve(s, flt, token, exact=False)
            if query.empty:
                return CaseloadWindow(rows=[], row_keys=[], keys=array("q"))
            keys: array[int] | None = None
            first: list[int] | None = None
            with token.guard(s):
                estimate = self._estimate(s, query)
            if estimate is not None and estimate <= NARROW_ROWS:
                with token.guard(s):
                    keys = self._keys(s, query, token)
            elif estimate is None and walk_budget_s is None:
                # Nothing narrows the matches: sorting them all is never the cheaper plan
                # (a million referrals: 30 s), however long a busy machine makes the walk.
                with token.guard(s):
                    first = self._walk(s, query, limit)
                if len(first) < limit:
                    keys = array("q", first)
            else:
                budget = walk_budget_s
                if budget is None:
                    budget = WALK_BUDGET_S + (estimate or 0) * WALK_BUDGET_PER_ROW_S
                first = self._within(s, token, budget, lambda: self._walk(s, query, limit))
                if first is None:  # narrower than it looked: sort its matches
                    with token.guard(s):
                        keys = self._keys(s, query, token)
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
        except OverBudget:
            return None

    def keys(self, flt: CaseloadFilter, *, cancel: Cancellation | None = None) -> array[int]:
        """Every match's key, in the list's order (for the count and any page)."""
        token = cancel or Cancellation()
        with self.ctx.read() as s:
            query = self._resolve(s, flt, token)
            if query.empty:
                return array("q")
            with token.guard(s):
                return self._keys(s, query, token)

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
            keys = self._keys(s, query, token)
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
            stmt = stmt.where(*conditions(query, walk=False))
            return int(s.scalar(stmt) or 0)

    # --- resolving a filter -------------------------------------------------------------

    def _self_id(self, s: OrmSession) -> str:
        if self._self_agency_id is None:
            self._self_agency_id = s.scalar(select(m.AgencyRow.id).where(m.AgencyRow.is_self))
        return self._self_agency_id or ""

    def _resolve(
        self, s: OrmSession, flt: CaseloadFilter, token: Cancellation, *, exact: bool = True
    ) -> ResolvedQuery:
        """The filter against the vault. A search's hits are counted; for the first rows
        (``exact`` False) only up to ``BROAD_HITS``: counting 600,000 hits cost 20-45 ms
        of a keystroke at a million referrals, and past that many a walk finds the first
        rows by asking about each walked referral's client (short words) or through the
        set of hits, without the count."""
        fts = fts_query(flt.search)
        hits, broad = 0, False
        if fts is not None:
            with token.guard(s):
                if exact:
                    hits = int(s.scalar(HITS_COUNT, {"fts": fts}) or 0)
                else:
                    hits = int(s.scalar(HITS_COUNT_UPTO, {"fts": fts, "most": BROAD_HITS}) or 0)
                    broad = hits >= BROAD_HITS
                # Typing a case number ("NAP-26-…") matches every client for several
                # keystrokes: then the search filters nothing and costs nothing. The
                # largest rowid is at least the number of clients, and free to read.
                last_rowid = s.scalar(text("SELECT max(rowid) FROM clients"))
                if hits and hits >= int(last_rowid or 0) and (exact or not broad):
                    fts = None
        # Each walked referral's client is asked about only when that is one seek a word:
        # short words, and long ones spelled out as the few whole words they stand for.
        probe = None
        if fts is not None and broad:
            with token.guard(s):
                probe = self._spelled_out(s, search_words(flt.search))
        return ResolvedQuery(
            flt=flt,
            self_id=self._self_id(s),
            today=self.ctx.today(),
            now=self.ctx.now(),
            fts=fts,
            hits=hits,
            empty=fts is not None and hits == 0,
            probe=probe,
        )

    @staticmethod
    def _spelled_out(s: OrmSession, words: list[str]) -> str | None:
        """The search as an FTS5 query whose every word is one seek for one client: a
        short word as its prefix (the index keeps those), a long one as the whole words
        it is a prefix of, when they are few; None when a word cannot be."""
        parts: list[str] = []
        for word in words:
            if len(word) <= PREFIX_INDEX_CHARS:
                parts.append(f'"{word}"*')
                continue
            if not spellable(word):
                return None
            if not s.scalar(text(VOCAB_EXISTS_SQL)):
                s.execute(text(VOCAB_TABLE_SQL))
            low = word.lower()
            terms = list(s.scalars(text(VOCAB_SQL), {
                "low": low, "high": low + "\U0010ffff", "most": SPELL_OUT_WORDS + 1}))
            if not terms or len(terms) > SPELL_OUT_WORDS:
                return None
            parts.append("(" + " OR ".join('"' + t.replace('"', '""') + '"' for t in terms) + ")")
        return " AND ".join(parts)

    def _estimate(self, s: OrmSession, q: ResolvedQuery) -> int | None:
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
            soon = select(func.count()).select_from(rel).where(*expiring(q))
            counts.append(int(s.scalar(soon) or 0) * REFERRALS_PER_CLIENT)
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

    # --- orders -------------------------------------------------------------------------

    def _runs(self, s: OrmSession, q: ResolvedQuery) -> list[ColumnElement[bool] | None]:
        """For the walk, the list in runs that share the sort key, in order, for sorts
        that no one index serves whole; each run is then a walk by (updated, id). None:
        one run, in the full order."""
        r, d = m.ReferralRow, q.flt.descending
        if q.flt.sort == "next_due":  # dated (by date) first, undated last, either way
            undated = client_due(r).is_(None)
            return [None, undated]
        if q.flt.sort == "partner":
            a = m.AgencyRow
            order = [desc_if(a.name, d), desc_if(a.id, d)]
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
            order = [desc_if(u.display_name, d), desc_if(u.id, d)]
            ids = list(s.scalars(select(u.id).order_by(*order)))
            runs: list[ColumnElement[bool] | None] = [r.assigned_user_id == uid for uid in ids]
            unassigned = r.assigned_user_id.is_(None)  # NULL sorts first ascending
            return runs + [unassigned] if d else [unassigned, *runs]
        return [None]

    # --- the plans ----------------------------------------------------------------------

    def _keys(self, s: OrmSession, q: ResolvedQuery, token: Cancellation) -> array[int]:
        """Every match's rowid in order, as one string from one statement: the statement
        runs in C without the GIL, and 100k keys parse in a few milliseconds. (SQLite
        keeps a FROM-subquery's ORDER BY under an aggregate other than count, min and
        max, so group_concat sees the rows in order; the tests check it.) The whole list
        by client or by partner is laid out from scans in index order instead
        (caseload_merge.py): one statement had to sort it, or look it up at random."""
        if not conditions(q, walk=False):
            if q.flt.sort == "client":
                return keys_by_client(s, q.flt.descending, token)
            if q.flt.sort == "partner":
                return keys_by_partner(s, q.self_id, q.flt.descending, token)
        return self._sorted_keys(s, q)

    @staticmethod
    def _sorted_keys(s: OrmSession, q: ResolvedQuery) -> array[int]:
        """Every match's rowid in order, from one statement that SQLite plans."""
        inner = ordered(
            q,
            select(ROWID.label("k"))
            .select_from(m.ReferralRow)
            .where(*conditions(q, walk=False)),
        ).subquery()
        return parse_keys(s.scalar(select(func.group_concat(inner.c.k))) or "")

    def _walk(self, s: OrmSession, q: ResolvedQuery, limit: int) -> list[int]:
        """The first ``limit`` rowids by walking the order (run after run)."""
        found: list[int] = []
        # Sorted by a client's column, the walk follows a clients index: then a status or
        # worker filter must only check rows, or SQLite would sort all of its matches.
        by_client = q.flt.sort in ("case_number", "client", "next_due")
        for run in self._runs(s, q):
            conds = conditions(q, walk=True, unindexed_referrals=by_client)
            stmt = select(ROWID).select_from(m.ReferralRow).where(*conds)
            if run is not None:
                stmt = ordered(q, stmt.where(run), run=True)
            elif q.flt.sort == "next_due":  # the dated run, by date
                c, d = m.ClientRow, q.flt.descending
                stmt = stmt.join(c, c.id == m.ReferralRow.client_id).where(
                    c.next_due_on.is_not(None)
                )
                stmt = stmt.order_by(
                    desc_if(c.next_due_on, d),
                    desc_if(m.ReferralRow.updated_at, d),
                    desc_if(m.ReferralRow.id, d),
                )
            else:
                stmt = ordered(q, stmt)
            found += s.scalars(stmt.limit(limit - len(found))).all()
            if len(found) >= limit:
                break
        return found

    def _rows(self, s: OrmSession, keys: list[int]) -> list[e.CaseloadRow | None]:
        if not keys:
            return []
        params = {"keys": keys, "self_id": self._self_id(s)}
        by_key = {row[0]: caseload_row(row) for row in s.execute(ROWS, params)}
        return [by_key.get(k) for k in keys]


