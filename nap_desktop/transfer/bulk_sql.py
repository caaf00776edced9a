"""Bulk writes of raw rows: many rows in one SQL statement, through SQLite's JSON
functions, and the sync state kept for each record exchanged with a partner.

The importer (``transfer.writer``), the exporter and the derived-value refresh write
through these; values are the stored encoding (``transfer.records`` reads them the same
way), never mapped to ORM objects.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session as OrmSession

_SYNC_COLUMNS = ("partner_agency_id", "record_type", "record_id", "local_revision",
                 "remote_revision", "content_hash", "exchanged_at", "content_json")
_RECEIVED_COLUMNS = ("received_hash", "received_revision", "received_fields", "received_json")


def write_sync_state(s: OrmSession, rows: Sequence[Mapping[str, Any]], *,
                     keep_remote_revision: bool) -> None:
    """Insert or update sync state rows (``exchanged_at`` as stored text). Export keeps
    the remote revision and what was last received; import raises the remote revision to
    the one received and records the version received (its hash, our revision after
    taking it, the fingerprints of the withholdable fields it carried). Each hash comes
    with the content it names (``content_json``, ``received_json``: the merge base)."""
    update = ("local_revision = excluded.local_revision, content_hash = excluded.content_hash, "
              "exchanged_at = excluded.exchanged_at, content_json = excluded.content_json")
    columns: tuple[str, ...] = _SYNC_COLUMNS
    if not keep_remote_revision:
        update += ", remote_revision = max(remote_revision, excluded.remote_revision)"
        update += "".join(f", {c} = excluded.{c}" for c in _RECEIVED_COLUMNS)
        columns += _RECEIVED_COLUMNS
    insert_rows(s, "transfer_sync_state", columns, rows,
                suffix="ON CONFLICT (partner_agency_id, record_type, record_id) "
                       f"DO UPDATE SET {update}")


def _each(s: OrmSession) -> str:
    """``jsonb_each`` (SQLite 3.45+, as bundled with SQLCipher) walks the binary form of
    the batch without allocating per value; older SQLite builds (the standard library's,
    used by the fast tests) have ``json_each``, which gives the same rows."""
    info = s.connection().info
    if "nap_json_each" not in info:
        version = str(s.execute(text("SELECT sqlite_version()")).scalar_one())
        major, minor = (int(x) for x in version.split(".")[:2])
        info["nap_json_each"] = "jsonb_each" if (major, minor) >= (3, 45) else "json_each"
    return str(info["nap_json_each"])


#: Rows per ``INSERT ... SELECT FROM jsonb_each(?)``: larger batches allocate less per row.
INSERT_BATCH = 10_000


def insert_rows(s: OrmSession, table_name: str, cols: Sequence[str],
                rows: Sequence[Mapping[str, Any]], *, suffix: str = "") -> None:
    """Insert many rows of raw values, one statement per batch of rows.

    Why not ``executemany``: with SQLCipher's memory security on (``store.engine``) every
    allocation inside SQLite costs an ``mlock`` and an ``munlock`` system call, and a
    statement run once per row allocates anew for each bound text value, each cursor
    (table, indexes, foreign-key lookups) and each record it builds, on every row: about
    90 % of the time of a bulk insert. One ``INSERT ... SELECT`` over ``jsonb_each`` of a
    batch binds one value and keeps its cursors and registers for all the rows.
    ``jsonb_each`` yields the rows in array order (``seq`` numbers follow it); JSON
    ``true``/``false`` arrive as 1/0, as SQLite stores booleans. ``suffix`` may add an
    upsert clause (after ``WHERE true``, as SQLite's grammar needs).
    """
    names = ", ".join(f'"{c}"' for c in cols)
    each = _each(s)
    # In the order of the table's key (a stable sort keeps each referral's history in
    # order): the key's b-tree then grows at its end instead of splitting pages at random.
    order = _INSERT_ORDER.get(table_name, ("id",))
    rows = sorted(rows, key=itemgetter(*order))
    for i in range(0, len(rows), INSERT_BATCH):
        part = rows[i:i + INSERT_BATCH]
        # A column with one value in the whole batch is bound once, not carried per row.
        same = {c: part[0][c] for c in cols if _constant(part, c)}
        varying = [c for c in cols if c not in same]
        values = ", ".join(f":c{n}" if c in same else f"value ->> {varying.index(c)}"
                           for n, c in enumerate(cols))
        statement = text(f'INSERT INTO "{table_name}" ({names}) '  # noqa: S608
                         f"SELECT {values} FROM {each}(:rows) WHERE true ORDER BY rowid "
                         f"{suffix}")
        params = {f"c{n}": same[c] for n, c in enumerate(cols) if c in same}
        params["rows"] = json.dumps([[r[c] for c in varying] for r in part],
                                    ensure_ascii=False)
        s.execute(statement, params)


_INSERT_ORDER: Mapping[str, tuple[str, ...]] = {
    "client_personal": ("client_id",), "referral_status_changes": ("referral_id",),
    "transfer_sync_state": ("partner_agency_id", "record_type", "record_id"),
}


def _constant(rows: Sequence[Mapping[str, Any]], column_name: str) -> bool:
    value = rows[0][column_name]
    kind = type(value)
    return all(r[column_name] == value and type(r[column_name]) is kind for r in rows)


def update_rows(s: OrmSession, table_name: str, key: str, cols: Sequence[str],
                rows: Sequence[Mapping[str, Any]]) -> None:
    """Set ``cols`` of many rows found by ``key``, one ``UPDATE ... FROM jsonb_each``
    statement per batch (see :func:`insert_rows` for why not ``executemany``)."""
    if not cols:
        return
    sets = ", ".join(f'"{c}" = j.value ->> {i + 1}' for i, c in enumerate(cols))
    statement = text(f'UPDATE "{table_name}" SET {sets} FROM {_each(s)}(:rows) AS j '  # noqa: S608
                     f'WHERE "{table_name}"."{key}" = j.value ->> 0')
    for i in range(0, len(rows), INSERT_BATCH):
        batch = [[row[key], *(row[c] for c in cols)] for row in rows[i:i + INSERT_BATCH]]
        s.execute(statement, {"rows": json.dumps(batch, ensure_ascii=False)})
