"""Bulk writes for the demo generator: many rows in one transaction, fast.

Two things make a bulk load of a million referrals slow through the ORM's ``insert()``:
SQLAlchemy compiles and converts every row's parameters in Python (about a third of the
time), and every secondary index is updated row by row at random places (an index of a
million entries does not fit the page cache, so each insert reads and re-encrypts pages).
:func:`insert_rows` converts the values once per column type and hands SQLite plain tuples;
:class:`BulkLoad` drops the tables' secondary indexes for the load and builds them again
afterwards from their own stored ``CREATE INDEX`` text (a sort, not a million look-ups),
with a larger page cache meanwhile. Everything happens inside the caller's transaction: a
rollback (a cancelled demo) leaves the indexes exactly as they were.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import suppress
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, Table, text
from sqlalchemy.orm import Session as OrmSession

from nap_desktop.store.engine import CACHE_KIB
from nap_desktop.store.types import UTCDateTime

#: Page cache during a bulk load (KiB; grown on demand, given back when the load ends):
#: rebuilding an index sorts its entries, and the tables' last pages stay in memory.
BULK_CACHE_KIB = 256 * 1024

Converter = Callable[[Any], Any]


def _utc_text(value: datetime) -> str:
    """The stored form of ``UTCDateTime`` ("2026-11-23T18:04:05.123456Z"), without strftime."""
    if value.tzinfo is not UTC:
        if value.tzinfo is None:
            raise ValueError("naive datetime: times must be timezone-aware")
        value = value.astimezone(UTC)
    return value.replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def _date_text(value: date) -> str:
    return value.isoformat()


def _converter(column: Any) -> Converter | None:
    """How a Python value of this column is stored (None: as it is)."""
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return _utc_text
    if isinstance(kind, Boolean):
        return int
    if isinstance(kind, Date):
        return _date_text
    return None


def insert_rows(session: OrmSession, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys, as for ``insert(table)``) in one
    ``executemany``. Missing columns get their scalar Python default, as the ORM's
    ``insert()`` gives them; columns without one are left to SQLite."""
    if not rows:
        return
    given = list(rows[0])
    defaults = {
        c.name: c.default.arg  # type: ignore[attr-defined]  # a ScalarElementColumnDefault
        for c in table.columns
        if c.name not in rows[0] and c.default is not None and c.default.is_scalar
    }
    names = given + list(defaults)
    columns = [table.columns[n] for n in names]
    converters = [_converter(c) for c in columns]
    fixed = [
        (conv(v) if conv is not None and v is not None else v)
        for conv, v in zip(converters[len(given):], defaults.values(), strict=True)
    ]
    plan = list(zip(given, converters[: len(given)], strict=True))
    values = [
        tuple(
            [conv(row[n]) if conv is not None and row[n] is not None else row[n]
             for n, conv in plan] + fixed
        )
        for row in rows
    ]
    marks = ", ".join("?" * len(names))
    quoted = ", ".join(f'"{n}"' for n in names)  # some columns are keywords ("on")
    sql = f'INSERT INTO "{table.name}" ({quoted}) VALUES ({marks})'  # noqa: S608
    cursor = _driver(session).cursor()
    try:
        cursor.executemany(sql, values)
    finally:
        cursor.close()


def _driver(session: OrmSession) -> Any:
    """The sqlcipher3 connection under the session's transaction."""
    return session.connection().connection.driver_connection


class BulkLoad:
    """``with BulkLoad(session, tables):`` the tables' secondary indexes are dropped and
    the page cache enlarged for the block; at its end the indexes are created again (from
    the text SQLite stored for them) and the cache is given back. Use inside one
    transaction. Implicit indexes (primary keys, UNIQUE columns) cannot be dropped and
    stay; they are kept in order by the callers' time-ordered ids."""

    def __init__(self, session: OrmSession, tables: Iterable[str],
                 cache_kib: int = BULK_CACHE_KIB) -> None:
        self.session = session
        self.tables = sorted(set(tables))
        self.cache_kib = cache_kib
        self.indexes: list[tuple[str, str]] = []  # (name, CREATE INDEX text)

    def __enter__(self) -> BulkLoad:
        s = self.session
        s.execute(text(f"PRAGMA cache_size = -{self.cache_kib}"))
        marks = ", ".join(f":t{i}" for i in range(len(self.tables)))
        found = s.execute(
            text(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "  # noqa: S608
                f"AND tbl_name IN ({marks}) ORDER BY tbl_name, name"
            ),
            {f"t{i}": t for i, t in enumerate(self.tables)},
        ).all()
        self.indexes = [(str(name), str(sql)) for name, sql in found]
        for name, _sql in self.indexes:
            s.execute(text(f'DROP INDEX "{name}"'))
        return self

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        if kind is None:
            conn = self.session.connection()
            for _name, sql in self.indexes:
                conn.exec_driver_sql(sql)  # SQLite's own text: not parsed for parameters
            conn.exec_driver_sql(f"PRAGMA cache_size = -{CACHE_KIB}")
            return
        # Failing (a cancelled demo): the rollback puts the indexes back; give the cache
        # back if the connection still answers, without hiding the error that got us here.
        with suppress(Exception):
            _driver(self.session).execute(f"PRAGMA cache_size = -{CACHE_KIB}")


__all__ = ["BULK_CACHE_KIB", "BulkLoad", "insert_rows"]
