"""Every referral's key in the order "by client" or "by partner", without sorting them all.

Both orders group the referrals (by person, by partner agency) and keep each group by last
update. One statement that orders a million referrals that way either sorts them all or
looks each person's referrals up at random in an index the page cache cannot hold (26 s
by client and 12 s by partner at a million referrals). Here each order is read as two or
three scans in index order, and the groups are put in order in Python with integers only:

- *by client*: the people in name order (the name index, which holds each row's rowid);
  every referral by (person, update) (their client index); how many referrals each person
  has, in the same person order. The groups are then laid out in name order.
- *by partner*: every referral by update with its partner agency's rowid (the covering
  walk index); then a bucket per agency, laid out in the agencies' name order.

Used only when no filter applies (``CaseloadQueries._keys``): a filtered list is smaller
and sorted in SQL as before. Each statement returns one string of integers
(``group_concat``): it runs in C without the GIL, and parsing is a few C calls per 64 KiB.
The Python loops run over integers and look at the cancellation every few thousand steps.
The order is exactly the SQL order of ``caseload_sql.ordered`` (tested against it).
"""

from __future__ import annotations

from array import array
from typing import Any

from sqlalchemy import text

from nap_desktop.services.caseload_cancel import Cancellation, QueryCancelled
from nap_desktop.services.caseload_sql import NAME_SQL, parse_keys

#: Python steps between two looks at the cancellation.
CHECK_EVERY = 50_000

# The statements, with DIR for the list's direction (the same throughout, so that each
# index is scanned one way) and NAME for the name expression the name index is on.
PEOPLE = (
    "SELECT group_concat(k) FROM (SELECT client_personal.rowid AS k FROM client_personal "
    "ORDER BY NAME DIR, client_personal.client_id DIR)"
)
BY_PERSON = (
    "SELECT group_concat(k) FROM (SELECT referrals.rowid AS k FROM referrals "
    "INDEXED BY ix_referrals_client_updated_id ORDER BY client_id DIR, updated_at DIR, id DIR)"
)
GROUP_SIZES = (
    "SELECT group_concat(coalesce(p, 0) || ',' || n) FROM ("
    "SELECT (SELECT client_personal.rowid FROM client_personal "
    "WHERE client_personal.client_id = referrals.client_id) AS p, count(*) AS n "
    "FROM referrals INDEXED BY ix_referrals_client_updated_id "
    "GROUP BY client_id ORDER BY client_id DIR)"
)
AGENCIES = (
    "SELECT group_concat(k) FROM (SELECT rowid AS k FROM agencies ORDER BY name DIR, id DIR)"
)
WITH_PARTNER = (
    "SELECT group_concat(k || ',' || a) FROM ("
    "SELECT referrals.rowid AS k, (SELECT agencies.rowid FROM agencies WHERE agencies.id = "
    "CASE WHEN referrals.from_agency_id = :self THEN referrals.to_agency_id "
    "ELSE referrals.from_agency_id END) AS a "
    "FROM referrals INDEXED BY ix_referrals_walk "
    "ORDER BY updated_at DIR, id DIR) WHERE a IS NOT NULL"
)


def _sql(template: str, descending: bool) -> Any:
    return text(
        template.replace("NAME", NAME_SQL).replace("DIR", "DESC" if descending else "ASC")
    )


def _ints(s: Any, stmt: Any, params: dict[str, Any] | None = None) -> array[int]:
    return parse_keys(s.scalar(stmt, params or {}) or "")


def _zeros(n: int) -> array[int]:
    return array("q", bytes(8 * n))


def _check(token: Cancellation) -> None:
    if token.cancelled:
        raise QueryCancelled()


def keys_by_client(s: Any, descending: bool, token: Cancellation) -> array[int]:
    """Every referral's rowid by (name, client id, last update, id), one direction."""
    # 1. The people in the list's order, as client_personal rowids (the name index
    #    covers it: no look-up per person).
    people = _ints(s, _sql(PEOPLE, descending))
    _check(token)
    # 2. Every referral grouped by person (client id order, each person's by update).
    #    Scanning the index in one direction throughout keeps it a scan, not a sort.
    keys = _ints(s, _sql(BY_PERSON, descending))
    _check(token)
    # 3. The size of each group, in the same order, with its person's rowid (0: a client
    #    without personal details, whom the list's join leaves out).
    sizes = _ints(s, _sql(GROUP_SIZES, descending))
    _check(token)
    rank = _zeros(max(people, default=0) + 1)
    for position, person in enumerate(people, start=1):
        rank[person] = position
    starts, lengths = _zeros(len(people) + 1), _zeros(len(people) + 1)
    at = 0
    for i in range(0, len(sizes), 2):
        person, n = sizes[i], sizes[i + 1]
        if person:
            position = rank[person]
            starts[position], lengths[position] = at, n
        at += n
        if not i % CHECK_EVERY:
            _check(token)
    if at != len(keys):  # the three reads share one snapshot: never, unless a bug
        raise RuntimeError("caseload order: group sizes do not add up")
    out: array[int] = array("q")
    for position in range(1, len(people) + 1):
        n = lengths[position]
        if n:
            start = starts[position]
            out += keys[start : start + n]
        if not position % CHECK_EVERY:
            _check(token)
    return out


def keys_by_partner(s: Any, self_id: str, descending: bool, token: Cancellation) -> array[int]:
    """Every referral's rowid by (partner's name, partner id, last update, id)."""
    agencies = _ints(s, _sql(AGENCIES, descending))
    _check(token)
    # Each referral (by update) and its partner's rowid; a referral whose partner agency
    # is not on file is left out, as the list's join leaves it out.
    pairs = _ints(s, _sql(WITH_PARTNER, descending), {"self": self_id})
    _check(token)
    buckets: dict[int, array[int]] = {agency: array("q") for agency in agencies}
    for i in range(0, len(pairs), 2):
        buckets[pairs[i + 1]].append(pairs[i])
        if not i % CHECK_EVERY:
            _check(token)
    out: array[int] = array("q")
    for agency in agencies:
        out += buckets[agency]
    return out
