"""The SQLAlchemy engine over the SQLCipher database, keyed with the raw data key.

Every new DBAPI connection is keyed with ``PRAGMA key = "x'<64 hex>'"`` (raw-key mode: no
passphrase ever reaches SQLCipher and no PBKDF2 runs), has SQLCipher's own logging switched
off (it would print page errors on stderr), and proves the key with a read of
``sqlite_master`` before anything else. The key came from an authenticated key slot, so a
failure there means the file is damaged or was replaced: :class:`VaultDamaged`.

Transactions follow SQLAlchemy's recipe for the sqlite3 driver ("Enabling Non-Legacy SQLite
Transactional Modes"): the driver's own BEGIN handling is disabled (``isolation_level=None``)
and SQLAlchemy emits the BEGIN itself, so DDL is transactional (Alembic) and SAVEPOINTs nest
properly. The BEGIN is ``BEGIN IMMEDIATE``: a transaction takes the write lock up front and
waits for it (``busy_timeout``). With a plain deferred BEGIN, a unit of work that reads and
then writes fails at once with "database is locked" (SQLITE_BUSY_SNAPSHOT) whenever another
thread committed in between, and no timeout helps. Work that only reads can use
:func:`read_only`, whose transactions begin DEFERRED and never wait for writers.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.pool import QueuePool
from sqlcipher3 import dbapi2

from nap_desktop.domain.errors import NotAVaultDatabase, VaultDamaged, VaultError
from nap_desktop.domain.messages import N_

KEY_BYTES = 32
#: Written into the (encrypted) database header when a vault is created: "NAP1".
APPLICATION_ID = 0x4E415031
POOL_SIZE = 3
MAX_OVERFLOW = 3
BUSY_TIMEOUT_MS = 5000
#: Execution option read by the BEGIN hook: "IMMEDIATE" (default) or "DEFERRED".
BEGIN_OPTION = "nap_begin"
DB_DAMAGED_MESSAGE = N_("The vault database is damaged or has been altered.")

_DAMAGE_MARKERS = ("file is not a database", "malformed", "hmac", "corrupt", "disk image")


def _key_pragma(verb: str, key: bytes | bytearray) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("the data key must be 32 bytes")
    return f"PRAGMA {verb} = \"x'{bytes(key).hex()}'\""


def is_damage(exc: BaseException | None) -> bool:
    """Does this driver error mean "damaged or altered" (bad page HMAC, bad header...)?"""
    return isinstance(exc, dbapi2.DatabaseError) and any(
        marker in str(exc).lower() for marker in _DAMAGE_MARKERS)


CACHE_KIB = 32 * 1024


def translate_db_error(exc: BaseException) -> BaseException:
    """:class:`VaultDamaged` for a damaged/altered database, else ``exc`` unchanged.

    Accepts SQLAlchemy's wrapped errors (``.orig``) and raw sqlcipher3 errors, so services
    can write ``raise translate_db_error(e) from e``."""
    orig = exc.orig if isinstance(exc, sa_exc.DBAPIError) else exc
    if is_damage(orig):
        return VaultDamaged(DB_DAMAGED_MESSAGE)
    return exc


#: Called with the new commit counter after a commit that changed something.
CommitListener = Callable[[int], None]
_MAX_COUNTER = 2**31 - 1  # user_version is a signed 32-bit field


class CountingConnection(dbapi2.Connection):  # type: ignore[misc]
    """A connection whose every committed write transaction bumps the database's commit
    counter (``PRAGMA user_version``, in the encrypted header) inside that transaction,
    then tells ``on_commit`` (``store/anchor.py``) after the commit is durable.

    "Changed something" is SQLite's ``total_changes`` (rows inserted, updated, deleted):
    transactions that only read are not counted. DDL alone is not counted either; every
    migration also writes ``alembic_version``, so migrations are."""

    on_commit: CommitListener | None = None
    _seen_changes = 0

    def commit(self) -> None:
        counter: int | None = None
        if self.in_transaction and self.total_changes != self._seen_changes:
            counter = int(self.execute("PRAGMA user_version").fetchone()[0]) + 1
            if counter > _MAX_COUNTER:  # pragma: no cover - 2**31 transactions
                raise VaultError(N_("The vault has reached its limit of saved changes."))
            self.execute(f"PRAGMA user_version = {counter}")
        super().commit()
        self._seen_changes = self.total_changes
        if counter is not None and self.on_commit is not None:
            self.on_commit(counter)

    def rollback(self) -> None:
        super().rollback()
        self._seen_changes = self.total_changes


def connect_raw(db_path: Path, key: bytes | bytearray,
                on_commit: CommitListener | None = None, *,
                new: bool = False) -> dbapi2.Connection:
    """A keyed, verified sqlcipher3 connection in WAL mode. Used by the engine's pool, and
    directly for rekeying and backups. An empty database (which any key "opens") is
    :class:`NotAVaultDatabase` unless ``new``, and is then left untouched."""
    conn = dbapi2.connect(str(db_path), check_same_thread=False, isolation_level=None,
                          factory=CountingConnection)
    conn.on_commit = on_commit
    try:
        # Silence SQLCipher before keying: a wrong key would otherwise log to stderr.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA cipher_log = off")
        conn.execute(_key_pragma("key", key))
        # Off on purpose (docs/vault-format.md, "Memory"): SQLCipher still wipes its key
        # material; locking and wiping every SQLite allocation protects nothing the Python
        # heap does not hold in plain form anyway, and made bulk writes 3x slower.
        conn.execute("PRAGMA cipher_memory_security = OFF")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except dbapi2.DatabaseError as exc:
            if is_damage(exc):
                raise VaultDamaged(DB_DAMAGED_MESSAGE) from None
            raise
        if not new and conn.execute("PRAGMA page_count").fetchone()[0] == 0:
            raise NotAVaultDatabase()
        conn.execute("PRAGMA journal_mode = WAL").fetchall()
        conn.execute("PRAGMA foreign_keys = ON")
        # FULL (not NORMAL): in WAL mode NORMAL does not sync the WAL at each commit, so a
        # power cut could lose commits that vault.anchor already records.
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA temp_store = MEMORY")  # never spill plaintext temp files
        # Every page read from disk is decrypted and its HMAC checked: a larger page cache
        # (32 MiB, grown on demand) keeps searches and deep pages from re-decrypting.
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    except BaseException:
        conn.close()
        raise
    return conn


def _emit_begin(conn: Connection) -> None:
    mode = conn.get_execution_options().get(BEGIN_OPTION, "IMMEDIATE")
    if mode not in ("IMMEDIATE", "DEFERRED"):
        raise ValueError(f"unknown {BEGIN_OPTION} {mode!r}")
    conn.exec_driver_sql(f"BEGIN {mode}")


def read_only(engine: Engine) -> Engine:
    """The same engine (and pool) whose transactions begin DEFERRED: for work that only
    reads, so that it never waits for the write lock. Do not write through it."""
    return engine.execution_options(**{BEGIN_OPTION: "DEFERRED"})


def make_engine(db_path: Path, key: bytes | bytearray,
                on_commit: CommitListener | None = None, *, new: bool = False) -> Engine:
    """An engine whose connections are keyed with ``key``; raises :class:`VaultDamaged` at
    once if the key does not open the file. ``on_commit`` hears every commit counter;
    ``new``: the file is being created (see :func:`connect_raw`).

    The engine keeps a reference to ``key``: zeroing a ``bytearray`` key after disposing of
    the engine means no further connection can be keyed with it."""
    if len(key) != KEY_BYTES:
        raise ValueError("the data key must be 32 bytes")

    def creator() -> dbapi2.Connection:
        return connect_raw(db_path, key, on_commit, new=new)

    engine = create_engine("sqlite://", module=dbapi2, creator=creator, poolclass=QueuePool,
                           pool_size=POOL_SIZE, max_overflow=MAX_OVERFLOW,
                           pool_use_lifo=True)  # the warmest page cache first
    event.listen(engine, "begin", _emit_begin)
    try:
        with engine.connect():
            pass
    except BaseException:
        engine.dispose()
        raise
    return engine


def check_application_id(engine: Engine) -> None:
    """Refuse a database that is not a NAP vault's (:class:`NotAVaultDatabase`): an empty
    file opens with any key and would otherwise get a fresh schema. A vault made before
    the id was written (it holds Alembic's table) gets it now."""
    with read_only(engine).connect() as conn:
        found = conn.exec_driver_sql("PRAGMA application_id").scalar()
        if found == APPLICATION_ID:
            return
        ours = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).first()
    if found != 0 or ours is None:
        raise NotAVaultDatabase()
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")


def checkpoint(conn: dbapi2.Connection) -> None:
    """Copy the whole WAL into the database file and truncate the WAL to zero bytes."""
    busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy:
        raise VaultError(N_("The vault is busy. Close other windows of this vault and try again."))


def rekey_database(db_path: Path, old_key: bytes | bytearray,
                   new_key: bytes | bytearray) -> None:
    """Re-encrypt every page under ``new_key`` (``PRAGMA rekey``), atomically.

    No other connection may be open. The WAL is checkpointed and truncated before (so no
    frame under the old key is left behind) and after (so the rewritten pages reach the main
    file). A crash part-way leaves the file entirely under one key or the other: SQLite's
    journal makes the rekey a single transaction."""
    conn = connect_raw(db_path, old_key)
    try:
        checkpoint(conn)
        try:
            conn.execute(_key_pragma("rekey", new_key)).fetchall()
        except dbapi2.DatabaseError as exc:
            raise translate_db_error(exc) from None
        checkpoint(conn)
    finally:
        conn.close()
    connect_raw(db_path, new_key).close()  # prove the new key opens it


def copy_database(db_path: Path, key: bytes | bytearray, target: Path) -> None:
    """A consistent copy of the live database made with SQLite's online backup API. The
    target is keyed with the same raw key, so the copy is encrypted too (SQLCipher refuses
    to copy into an unkeyed target)."""
    source = connect_raw(db_path, key)
    try:
        copy = connect_raw(target, key, new=True)
        try:
            source.backup(copy)
            checkpoint(copy)
            copy.execute("PRAGMA journal_mode = DELETE").fetchall()
        finally:
            copy.close()
    finally:
        source.close()


def integrity_problems(engine: Engine) -> list[str]:
    """Page HMACs (``cipher_integrity_check``), b-tree structure (``integrity_check``) and
    foreign keys (``foreign_key_check``). Returns plain descriptions; empty means clean.
    The messages name pages, tables and row ids, never stored values."""
    problems: list[str] = []
    checks = [
        ("PRAGMA cipher_integrity_check", "Encrypted page check"),
        ("PRAGMA integrity_check", "Database structure check"),
        ("PRAGMA foreign_key_check", "Reference check"),
    ]
    try:
        with read_only(engine).connect() as conn:  # a long check must not hold the write lock
            for sql, label in checks:
                try:
                    rows = conn.exec_driver_sql(sql).fetchall()
                except sa_exc.DBAPIError as exc:
                    detail = "damaged or altered" if is_damage(exc.orig) else "failed"
                    problems.append(f"{label}: the database could not be read ({detail}).")
                    continue
                problems.extend(_describe(label, tuple(row)) for row in rows
                                if tuple(row) != ("ok",))
    except VaultDamaged:
        problems.append(DB_DAMAGED_MESSAGE)
    return problems


def _describe(label: str, row: tuple[object, ...]) -> str:
    if label == "Reference check" and len(row) == 4:
        table, rowid, parent, _fk = row
        return f"{label}: row {rowid} of table {table} refers to a missing {parent} record."
    return f"{label}: " + " ".join(str(part) for part in row)
