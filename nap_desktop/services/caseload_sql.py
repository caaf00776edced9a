"""The caseload's filter and orders as SQL, and the list's columns for a page of keys.

Statements only, no session: ``CaseloadQueries`` (caseload_queries.py) chooses the plan
that runs them. Where an index must match an expression exactly, the SQL is literal.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Executable,
    Integer,
    Select,
    String,
    bindparam,
    case,
    func,
    literal_column,
    or_,
    select,
    text,
    type_coerce,
)
from sqlalchemy.orm import aliased

from nap_desktop.domain import entities as e
from nap_desktop.domain.enums import ReferralDirection, ReferralStatus, ReleaseStatus, ServiceType
from nap_desktop.domain.rules import AWAITING_RESPONSE_STATUSES
from nap_desktop.store import models as m
from nap_desktop.store.types import split_set

SORT_KEYS = ("updated", "case_number", "status", "next_due", "partner", "client", "assigned")
EXPIRING_DAYS = 30
MIN_SEARCH_CHARS = 2
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


def search_words(text_in: str) -> list[str]:
    """The words of a search that count. One-letter words match most of a big caseload
    and say little: like most search boxes, searching starts at two characters."""
    return [w for w in _TOKEN.findall(text_in) if len(w) >= MIN_SEARCH_CHARS][:12]


def fts_query(text_in: str) -> str | None:
    """Turn what a person typed into a safe FTS5 query: every word must match as a prefix.
    Quotes and operators the person typed are treated as plain text."""
    words = search_words(text_in)
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
#: A walked referral's client is a hit (its search key is among the hits' rowids).
CLIENT_KEY_HIT_SQL = (
    "(SELECT k.fts_rowid FROM case_search_keys k WHERE k.client_id = +referrals.client_id) "
    "IN (SELECT rowid FROM case_search WHERE case_search MATCH :fts)"
)
#: The same, asking the search index about this one client: for a search most people
#: match, whose set of hits would cost more to build than the walk (see ``broad``).
CLIENT_KEY_PROBE_SQL = (
    "EXISTS (SELECT 1 FROM case_search WHERE case_search MATCH :fts AND case_search.rowid = "
    "(SELECT k.fts_rowid FROM case_search_keys k WHERE k.client_id = +referrals.client_id))"
)
#: The search index keeps every two- and three-letter prefix (migration 0002): asking it
#: about one client is then one seek; a longer prefix gathers its words' lists each time
#: (7 ms a client for "inte" at a million referrals), unless it is spelled out as the
#: few whole words it stands for ("interpreter" OR "interprete": one seek each).
PREFIX_INDEX_CHARS = 3
#: A long prefix is spelled out when it stands for at most this many words.
SPELL_OUT_WORDS = 8
#: The words of the search index, a view on it kept per connection (in ``temp``: nothing
#: is added to the vault's schema).
VOCAB_TABLE_SQL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.case_search_vocab "
    "USING fts5vocab(main, 'case_search', 'row')"
)
VOCAB_EXISTS_SQL = "SELECT 1 FROM temp.sqlite_master WHERE name = 'case_search_vocab'"
VOCAB_SQL = (
    "SELECT term FROM temp.case_search_vocab WHERE term >= :low AND term < :high LIMIT :most"
)
_ASCII_WORD = re.compile(r"[A-Za-z0-9]+")


def spellable(word: str) -> bool:
    """A word whose indexed form is simply its lower case (the index folds case and
    diacritics; only plain ASCII letters and digits are spelled out)."""
    return _ASCII_WORD.fullmatch(word) is not None


@dataclass(frozen=True, slots=True)
class ResolvedQuery:
    """A filter resolved against the vault: the search checked, today's date fixed."""

    flt: CaseloadFilter
    self_id: str
    today: date
    now: datetime
    fts: str | None  # None: no search condition (nothing typed, or every client matches)
    hits: int  # clients the search matches (0 without a search; at least this when broad)
    empty: bool  # the search matches nobody
    #: For a search so many people match (``hits`` is then a lower bound) that each
    #: walked referral's client is asked about instead of building the set of hits: the
    #: same search with its long words spelled out as their whole words (else None).
    probe: str | None = None

    @property
    def broad(self) -> bool:
        return self.probe is not None


def unindexed(column_sql: str) -> ColumnElement[Any]:
    """``+column``: the same value, but SQLite may not drive the query from an index on it
    (the walk must follow the order's index instead)."""
    return literal_column(f"+{column_sql}")


def client_due(r: type[m.ReferralRow]) -> Any:
    """The referral's client's next due date, looked up per referral (a correlated
    subquery: SQLite probes the clients' id index for each row it walks)."""
    c = aliased(m.ClientRow)
    return select(c.next_due_on).where(c.id == r.client_id).scalar_subquery()


def desc_if(column: Any, descending: bool) -> Any:
    """``column`` in the list's direction."""
    return column.desc() if descending else column.asc()


def expiring(q: ResolvedQuery) -> list[ColumnElement[bool]]:
    """An active release that ends within ``EXPIRING_DAYS`` (the "consent expiring" filter)."""
    rel = m.ReleaseRow
    return [
        rel.status == ReleaseStatus.ACTIVE.value,
        rel.expires_on >= q.today,
        rel.expires_on <= q.today + timedelta(days=EXPIRING_DAYS),
    ]


def conditions(
    q: ResolvedQuery, *, walk: bool, unindexed_referrals: bool = False
) -> list[ColumnElement[bool]]:
    """The filter as SQL. ``walk``: client-level and partner conditions only check rows
    (``+column``), so that SQLite follows the order's index; ``unindexed_referrals``:
    status and worker conditions too."""
    r, flt = m.ReferralRow, q.flt
    client_id: Any = unindexed("referrals.client_id") if walk else r.client_id
    status: Any = unindexed("referrals.status") if unindexed_referrals else r.status
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
                    unindexed("referrals.from_agency_id") == flt.partner_id,
                    unindexed("referrals.to_agency_id") == flt.partner_id,
                )
            )
        else:
            conds.append(
                or_(r.from_agency_id == flt.partner_id, r.to_agency_id == flt.partner_id)
            )
    if flt.assigned_user_id:
        worker: Any = r.assigned_user_id
        if unindexed_referrals:
            worker = unindexed("referrals.assigned_user_id")
        conds.append(worker == flt.assigned_user_id)
    if flt.overdue:
        c = aliased(m.ClientRow)
        if walk:  # one index look-up per referral walked: no list of 7k clients to build
            conds.append(client_due(r) < q.today)
        else:
            conds.append(client_id.in_(select(c.id).where(c.next_due_on < q.today)))
    if flt.consent_expiring:
        rel = m.ReleaseRow
        if walk:
            # One look-up in the client's releases per referral walked: the set of every
            # client with an expiring release (40,000 at a million referrals) cost 25 ms
            # to build before the walk; the walk meets 50 of them within ~2,600 rows.
            # (A scalar subquery: SQLite builds a Bloom filter of every release for an
            # EXISTS here, which took 0.8 s.)
            one = (
                select(literal_column("1"))
                .where(rel.client_id == m.ReferralRow.client_id, *expiring(q))
                .limit(1)
                .scalar_subquery()
            )
            conds.append(one == 1)
        else:
            conds.append(client_id.in_(select(rel.client_id).where(*expiring(q))))
    if q.probe is not None and walk:
        conds.append(text(CLIENT_KEY_PROBE_SQL).bindparams(fts=q.probe))  # type: ignore[arg-type]
    elif q.fts is not None and walk:
        # Walking the order, each referral's client is checked against the hits' FTS
        # rowids: a set of integers straight from the FTS index, where the set of client
        # ids costs a look-up per hit first (a prefix of 180,000 hits at a million
        # referrals: 80 ms instead of 700 ms to the first rows).
        conds.append(text(CLIENT_KEY_HIT_SQL).bindparams(fts=q.fts))  # type: ignore[arg-type]
    elif q.fts is not None:
        hits: Select[Any] = (
            select(literal_column("client_id"))
            .select_from(text("case_search_keys"))
            .where(text(HITS_SQL).bindparams(fts=q.fts))
        )
        conds.append(client_id.in_(hits))
    return conds


def partner_of(self_id: str) -> Any:
    """The other agency of a referral (ours is on one side of every referral)."""
    r = m.ReferralRow
    return case((r.from_agency_id == self_id, r.to_agency_id), else_=r.from_agency_id)


def ordered(q: ResolvedQuery, stmt: Select[Any], *, run: bool = False) -> Select[Any]:
    """Join what the order needs and order by it; ties by (updated, id) the same way,
    which the (…, updated_at, id) indexes serve. ``run``: the rows share the sort key
    (one partner, one worker, undated), so only the tie order is needed."""
    r, c, p = m.ReferralRow, m.ClientRow, m.ClientPersonalRow
    sort, d = q.flt.sort, q.flt.descending
    tie = [desc_if(r.updated_at, d), desc_if(r.id, d)]
    if run:
        return stmt.order_by(*tie)
    if sort == "case_number":
        return stmt.join(c, c.id == r.client_id).order_by(desc_if(c.case_number, d), *tie)
    if sort == "client":
        # People who share a name are kept apart, each with their referrals by update:
        # the (name, client_id) index and each client's (updated_at, id) index then give
        # the whole order, where ties by update alone had to sort every referral of a
        # common name (a million referrals: 7,600 of them before the first row).
        stmt = stmt.join(p, p.client_id == r.client_id)
        return stmt.order_by(desc_if(NAME, d), desc_if(p.client_id, d), *tie)
    if sort == "status":
        return stmt.order_by(desc_if(r.status, d), *tie)
    if sort == "next_due":
        stmt = stmt.join(c, c.id == r.client_id)
        return stmt.order_by(c.next_due_on.is_(None), desc_if(c.next_due_on, d), *tie)
    if sort == "partner":
        agency = aliased(m.AgencyRow)
        partner_id = partner_of(q.self_id)
        return stmt.join(agency, agency.id == partner_id).order_by(
            desc_if(agency.name, d), desc_if(partner_id, d), *tie
        )
    if sort == "assigned":
        user = aliased(m.UserRow)
        return stmt.outerjoin(user, user.id == r.assigned_user_id).order_by(
            desc_if(user.display_name, d), desc_if(r.assigned_user_id, d), *tie
        )
    return stmt.order_by(*tie)


def rows_statement() -> Executable:
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


ROWS = rows_statement()


def parse_keys(joined: str) -> array[int]:
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


def caseload_row(row: Any) -> e.CaseloadRow:
    """A row of ``ROWS``. The dates arrive as their stored ISO text: parsing it here is
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
