"""The name-key index of possible duplicate clients (migration 0015).

``client_match_keys`` has one row per (phonetic key, client) with the client's year of
birth: a name is looked up by its keys through the primary key, so the check at intake
reads a few hundred index entries, not every client's name. The rows of a client are
rewritten in the same transaction as its names (``indexing.reindex_client``, the
import's ``transfer.derived.refresh``, the demo's ``rebuild_search``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, Protocol

from sqlalchemy import text

from nap_desktop.domain.name_keys import index_keys

MATCH_KEYS_DDL = (
    "CREATE TABLE client_match_keys (key VARCHAR NOT NULL, client_id VARCHAR(36) NOT NULL, "
    "birth_year INTEGER, PRIMARY KEY (key, client_id)) WITHOUT ROWID",
    "CREATE INDEX ix_match_keys_client ON client_match_keys (client_id)",
)
MERGES_DDL = (
    "CREATE TABLE client_merges (id VARCHAR(36) NOT NULL PRIMARY KEY, "
    "keep_id VARCHAR(36) NOT NULL, other_id VARCHAR(36) NOT NULL, "
    "other_case_number VARCHAR NOT NULL, merged_at VARCHAR(32) NOT NULL, "
    "merged_by VARCHAR(36), reason TEXT NOT NULL, record TEXT NOT NULL, "
    "undone_at VARCHAR(32), undone_by VARCHAR(36))",
    "CREATE INDEX ix_client_merges_keep ON client_merges (keep_id)",
    "CREATE INDEX ix_client_merges_other ON client_merges (other_id)",
)
_IDS = "(SELECT value FROM json_each(:ids))"
#: Clients whose keys are worked out and written at a time by :func:`refresh`.
REFRESH_CHUNK = 50_000


class Executor(Protocol):
    """A session or a connection (the migration has only the latter)."""

    def execute(self, statement: Any, parameters: Any = None, /) -> Any: ...


def _year(dob: date | str | None) -> int | None:
    if dob is None or dob == "":
        return None
    return dob.year if isinstance(dob, date) else int(str(dob)[:4])


def write_keys(db: Executor, people: Iterable[tuple[str, str, str, date | str | None]],
               *, in_order: bool = False) -> None:
    """Insert the key rows of ``(client_id, legal_name, preferred_name, dob)``.
    ``in_order``: sorted by the primary key first (one sweep of the table's pages instead
    of inserts at random places, for many clients at once); names that repeat have their
    keys worked out once."""
    known: dict[tuple[str, str], list[str]] = {}

    def keys(legal: str, preferred: str) -> list[str]:
        found = known.get((legal, preferred))
        if found is None:
            found = sorted(index_keys(legal, preferred))
            if len(known) < 100_000:
                known[(legal, preferred)] = found
        return found

    rows = [{"k": key, "c": cid, "y": _year(dob)}
            for cid, legal, preferred, dob in people
            for key in keys(legal or "", preferred or "")]
    if in_order:
        rows.sort(key=lambda r: (r["k"], r["c"]))
    if rows:
        db.execute(text("INSERT OR REPLACE INTO client_match_keys (key, client_id, birth_year) "
                        "VALUES (:k, :c, :y)"), rows)


def refresh(db: Executor, client_ids: Sequence[str] | None) -> None:
    """Rewrite the key rows of these clients (None: of every client)."""
    if client_ids is None:
        db.execute(text("DELETE FROM client_match_keys"))
        where, params = "", {}
    else:
        if not client_ids:
            return
        params = {"ids": json.dumps(list(client_ids))}
        db.execute(text(f"DELETE FROM client_match_keys WHERE client_id IN {_IDS}"),  # noqa: S608
                   params)
        where = f" WHERE client_id IN {_IDS}"
    found = db.execute(text("SELECT client_id, legal_name, preferred_name, date_of_birth "
                            "FROM client_personal" + where), params)
    # A chunk of clients at a time: every client's keys at once would hold a million
    # clients' rows in memory; each chunk's keys go in sorted, one sweep of the index.
    while chunk := found.fetchmany(REFRESH_CHUNK):
        write_keys(db, [(r[0], r[1], r[2], r[3]) for r in chunk], in_order=client_ids is None)


def forget(db: Executor, client_id: str) -> None:
    """Drop a client's key rows (it was merged away)."""
    db.execute(text("DELETE FROM client_match_keys WHERE client_id = :c"), {"c": client_id})


#: Clients sharing at least ``need`` keys with the name, or one key and a birth year
#: within one of the person's; those sharing most first. A birth year further apart
#: rules a client out here (the scorer would: ``duplicates._dob``).
_LOOKUP = text(
    "SELECT client_id, count(*) AS hits, "
    "coalesce(max(birth_year BETWEEN :y0 AND :y1), 0) AS near "
    "FROM client_match_keys WHERE key IN (SELECT value FROM json_each(:keys)) "
    "AND (:y0 IS NULL OR birth_year IS NULL OR birth_year BETWEEN :y0 AND :y1) "
    "GROUP BY client_id HAVING hits >= :need OR near "
    "ORDER BY near DESC, hits DESC LIMIT :limit"
)
_PEOPLE = text(
    "SELECT c.id, c.case_number, p.legal_name, p.preferred_name, p.date_of_birth "  # noqa: S608
    f"FROM clients c JOIN client_personal p ON p.client_id = c.id WHERE c.id IN {_IDS}"
)


def lookup(db: Executor, keys: Iterable[str], birth_year: int | None, need: int,
           limit: int = 200) -> list[str]:
    """Ids of the clients worth scoring against a name with these keys."""
    y0 = None if birth_year is None else birth_year - 1
    y1 = None if birth_year is None else birth_year + 1
    rows = db.execute(_LOOKUP, {"keys": json.dumps(sorted(keys)), "y0": y0, "y1": y1,
                                "need": need, "limit": limit}).all()
    return [r[0] for r in rows]


def people(db: Executor, client_ids: Sequence[str]) -> list[tuple[str, str, str, str, Any]]:
    """(id, case number, legal name, preferred name, stored date of birth) of clients."""
    rows = db.execute(_PEOPLE, {"ids": json.dumps(list(client_ids))}).all()
    return [(r[0], r[1], r[2], r[3], r[4]) for r in rows]


#: Pairs of clients sharing two keys, with birth years within one or unknown. Keys held
#: by very many clients (a common surname) narrow nothing and are left out of the pairing.
_PAIRS = text(
    "WITH usable AS (SELECT key FROM client_match_keys GROUP BY key HAVING count(*) <= :cap) "
    "SELECT a.client_id, b.client_id FROM client_match_keys a "
    "JOIN usable u ON u.key = a.key "
    "JOIN client_match_keys b ON b.key = a.key AND b.client_id > a.client_id "
    "WHERE a.birth_year IS NULL OR b.birth_year IS NULL "
    "OR abs(a.birth_year - b.birth_year) <= 1 "
    "GROUP BY a.client_id, b.client_id HAVING count(*) >= 2 LIMIT :limit"
)


def pairs(db: Executor, limit: int = 5000, cap: int = 200) -> list[tuple[str, str]]:
    """Candidate pairs across the caseload, to be scored."""
    return [(r[0], r[1]) for r in db.execute(_PAIRS, {"limit": limit, "cap": cap}).all()]
