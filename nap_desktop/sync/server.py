"""The team server: the agency's PostgreSQL, holding one append-only log per vault.

The only module that imports psycopg (an import-linter contract). The server stores
opaque bytes (ciphertext made and signed on the desktops, ``sync/envelope.py``) and
orders them; it never sees a name, a note or a value. The schema, the order proof, the
grants and TLS are in ``docs/sync-format.md`` (section "Server") and
``server_schema.sql``.

Every failure is a ``SyncError``: ``ServerUnreachable`` (down, cut, busy: retry later;
nothing half-done stays behind) or ``ServerRefused`` (it answered no). A DSN password is
never part of a message.
"""

from __future__ import annotations

import math
import os
import time
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from types import TracebackType
from typing import Any

import psycopg
from psycopg import conninfo, errors, sql

from nap_desktop.domain.messages import N_
from nap_desktop.sync.errors import ServerRefused, ServerUnreachable

#: The largest change-set body and snapshot chunk, checked before sending and by the
#: server (a CHECK constraint), and before a reader allocates one.
MAX_BODY = 8 * 1024 * 1024
#: A pull returns at most this many bytes of bodies (and at least one change set).
PULL_BUDGET = 32 * 1024 * 1024
#: The schema version this code speaks (``nap_sync.schema_version()``).
SCHEMA_VERSION = 1
#: Names the desktops' connections in ``pg_stat_activity`` (and for the fault tests).
APPLICATION_NAME = "nap-sync"
#: How long a push waits for another device's push to the same vault to commit.
LOCK_TIMEOUT = "30s"
_LOCAL_HOSTS = ("", "localhost", "127.0.0.1", "::1")


@dataclass(frozen=True)
class DeviceRequest:
    """A device's request to join a vault, as registered on the server (not trust)."""

    device_id: str
    signing_key: bytes
    box_key: bytes
    registered_at: datetime


@dataclass(frozen=True)
class LogRow:
    """One change set of the log, in server order."""

    seq: int
    id: str
    device_id: str
    body: bytes


@dataclass(frozen=True)
class SnapshotInfo:
    """A complete snapshot: the vault's state as of ``seq``, in ``chunk_count`` chunks."""

    snapshot_id: str
    seq: int
    device_id: str
    chunk_count: int
    created_at: datetime


def _uuid(value: str) -> uuid.UUID:
    try:
        return uuid.UUID(value)
    except (ValueError, TypeError, AttributeError):
        raise ServerRefused(N_("{value} is not a valid identifier."), value=repr(value)) from None


def _check_tls(dsn: str) -> None:
    """Refuse a server beyond this computer unless the DSN verifies its certificate.

    Survivor data never reaches the server in plaintext, but the credentials and the log's
    metadata do: outside loopback and unix sockets only ``sslmode=verify-full`` is used."""
    try:
        params = conninfo.conninfo_to_dict(dsn)
    except psycopg.ProgrammingError:
        raise ServerRefused(
            N_("The team server address is not a valid connection string.")
        ) from None
    hosts = str(params.get("host") or os.environ.get("PGHOST", "")).split(",")
    hostaddrs = str(params.get("hostaddr") or "").split(",")
    sslmode = str(params.get("sslmode") or os.environ.get("PGSSLMODE", "prefer"))
    local = all(h.startswith(("/", "@")) or h in _LOCAL_HOSTS for h in hosts) and all(
        a in _LOCAL_HOSTS for a in hostaddrs
    )
    if not local and sslmode != "verify-full":
        raise ServerRefused(
            N_(
                "The team server {host} must be reached with sslmode=verify-full (an "
                "encrypted connection to a verified server). Ask your IT for the server's "
                "certificate authority and add sslmode=verify-full to the address."
            ),
            host=",".join(hosts),
        )


def _detail(error: BaseException, dsn: str = "") -> str:
    """The server's or libpq's first line, without the DSN's password."""
    diag = getattr(error, "diag", None)
    text = (diag.message_primary if diag is not None else None) or str(error)
    text = text.strip().splitlines()[0] if text.strip() else type(error).__name__
    password = ""
    if dsn:
        try:
            password = str(conninfo.conninfo_to_dict(dsn).get("password") or "")
        except psycopg.Error:
            password = ""
    return text.replace(password, "***") if password else text


_REFUSED_AT_CONNECT = (
    "authentication failed", "does not exist", "no pg_hba.conf entry", "permission denied",
    "too many connections", "certificate", "ssl",
)


class LogServer:
    """One connection to the team server. Use as a context manager (closes it)."""

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self._conn = conn
        self._listening = False

    # --- connection --------------------------------------------------------------

    @classmethod
    def connect(cls, dsn: str, *, connect_timeout: float = 5.0) -> LogServer:
        """Connect; ``ServerUnreachable`` if no answer, ``ServerRefused`` if it says no."""
        _check_tls(dsn)
        try:
            conn = psycopg.connect(
                dsn, autocommit=True, connect_timeout=max(1, math.ceil(connect_timeout)),
                application_name=APPLICATION_NAME, keepalives=1, keepalives_idle=10,
                keepalives_interval=5, keepalives_count=3,
            )
        except psycopg.Error as error:
            detail = _detail(error, dsn)
            if any(word in detail.lower() for word in _REFUSED_AT_CONNECT):
                raise ServerRefused(
                    N_("The team server refused the connection: {detail}"), detail=detail
                ) from None
            raise ServerUnreachable(
                N_("The team server cannot be reached ({detail}). Your work is kept on this "
                   "computer and will be sent at the next sync."),
                detail=detail,
            ) from None
        return cls(conn)

    def close(self) -> None:
        """Close the connection (idempotent)."""
        self._conn.close()

    def __enter__(self) -> LogServer:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def _guard(self) -> Iterator[None]:
        """Turn psycopg's errors into ours; a broken connection is ``ServerUnreachable``."""
        try:
            yield
        except (errors.QueryCanceled, errors.LockNotAvailable):
            raise ServerUnreachable(
                N_("The team server is busy. Your work is kept on this computer and will be "
                   "sent at the next sync.")
            ) from None
        except psycopg.OperationalError as error:
            raise ServerUnreachable(
                N_("The connection to the team server was lost ({detail}). Your work is kept "
                   "on this computer and will be sent at the next sync."),
                detail=_detail(error),
            ) from None
        except psycopg.Error as error:
            if self._conn.closed or self._conn.broken:
                raise ServerUnreachable(
                    N_("The connection to the team server was lost ({detail}). Your work is "
                       "kept on this computer and will be sent at the next sync."),
                    detail=_detail(error),
                ) from None
            raise ServerRefused(
                N_("The team server refused the request: {detail}"), detail=_detail(error)
            ) from None

    @contextmanager
    def _transaction(self) -> Iterator[psycopg.Cursor[Any]]:
        """One READ COMMITTED transaction (the order proof needs it, whatever the
        server's default), with a bounded wait for the vault's append lock."""
        with self._guard(), self._conn.transaction(), self._conn.cursor() as cur:
            cur.execute("SET TRANSACTION ISOLATION LEVEL READ COMMITTED")
            cur.execute(sql.SQL("SET LOCAL lock_timeout = {}").format(sql.Literal(LOCK_TIMEOUT)))
            yield cur

    # --- schema and vaults ---------------------------------------------------------

    def install_schema(self) -> None:
        """Create the ``nap_sync`` schema if it is not there (idempotent).

        Nothing is executed when the schema is already at this version, so the desktops'
        role (which may not create anything) can call it too."""
        with self._guard(), self._conn.cursor() as cur:
            cur.execute("SELECT to_regprocedure('nap_sync.schema_version()') IS NOT NULL")
            row = cur.fetchone()
            if row is not None and row[0]:
                cur.execute("SELECT nap_sync.schema_version()")
                version = cur.fetchone()
                if version is not None and version[0] >= SCHEMA_VERSION:
                    return
        script = resources.files("nap_desktop.sync").joinpath("server_schema.sql").read_text()
        try:
            with self._transaction() as cur:
                cur.execute("SELECT pg_advisory_xact_lock(hashtextextended('nap_sync', 0))")
                cur.execute(script.encode())
        except ServerRefused as refused:
            raise ServerRefused(
                N_("The team server's schema could not be installed ({detail}). Ask your IT to "
                   "install it as the database's owner (see the server section of "
                   "docs/sync-format.md)."),
                detail=refused.translatable.args.get("detail", ""),
            ) from None

    def create_vault(self, vault_id: str) -> None:
        """Publish a vault (idempotent for the role that created it)."""
        vault = _uuid(vault_id)
        with self._transaction() as cur:
            cur.execute("SELECT 1 FROM nap_sync.vaults WHERE vault_id = %s", (vault,))
            if cur.fetchone() is None:
                cur.execute("INSERT INTO nap_sync.vaults (vault_id) VALUES (%s)", (vault,))

    def vaults(self) -> list[str]:
        """The vaults this role may use on this database (a joining desktop finds its
        team here when there is one)."""
        with self._guard(), self._conn.cursor() as cur:
            cur.execute("SELECT vault_id FROM nap_sync.vaults ORDER BY created_at, vault_id")
            return [str(r[0]) for r in cur.fetchall()]

    def _require_vault(self, cur: psycopg.Cursor[Any], vault: uuid.UUID) -> None:
        cur.execute("SELECT 1 FROM nap_sync.vaults WHERE vault_id = %s", (vault,))
        if cur.fetchone() is None:
            raise ServerRefused(N_("This vault is not on the team server (or not for this role)."))

    # --- devices -----------------------------------------------------------------

    def register_device(
        self, vault_id: str, device_id: str, signing_key: bytes, box_key: bytes
    ) -> None:
        """Record a device's request to join (idempotent with the same keys)."""
        vault, device = _uuid(vault_id), _uuid(device_id)
        if len(signing_key) != 32 or not 32 <= len(box_key) <= 4096:
            raise ServerRefused(N_("A device key must be 32 bytes."))
        with self._transaction() as cur:
            self._require_vault(cur, vault)
            cur.execute(
                "INSERT INTO nap_sync.devices (vault_id, device_id, signing_key, box_key) "
                "VALUES (%s, %s, %s, %s) ON CONFLICT DO NOTHING",
                (vault, device, signing_key, box_key),
            )
            cur.execute(
                "SELECT signing_key, box_key FROM nap_sync.devices "
                "WHERE vault_id = %s AND device_id = %s", (vault, device),
            )
            row = cur.fetchone()
            if row is None or (bytes(row[0]), bytes(row[1])) != (signing_key, box_key):
                raise ServerRefused(
                    N_("Device {device} is already registered with other keys."), device=device_id
                )

    def devices(self, vault_id: str) -> list[DeviceRequest]:
        """Every device that asked to join the vault, oldest first."""
        vault = _uuid(vault_id)
        with self._guard(), self._conn.cursor() as cur:
            cur.execute(
                "SELECT device_id, signing_key, box_key, registered_at FROM nap_sync.devices "
                "WHERE vault_id = %s ORDER BY registered_at, device_id", (vault,),
            )
            return [DeviceRequest(str(d), bytes(s), bytes(b), at) for d, s, b, at in cur]

    # --- the log -------------------------------------------------------------------

    def push(self, vault_id: str, items: Sequence[tuple[str, str, bytes]]) -> list[int]:
        """Append ``(change_set_id, device_id, body)`` items in one transaction, in order.

        Returns each item's seq. An id already in the log with the same device and body
        (a retry after a "timeout after commit") returns its existing seq and is not
        appended twice; the same id with another body or device is refused."""
        vault = _uuid(vault_id)
        wanted = [(_uuid(cs), _uuid(dev), bytes(body)) for cs, dev, body in items]
        for _cs, _dev, body in wanted:
            if not 0 < len(body) <= MAX_BODY:
                raise ServerRefused(
                    N_("A change set of {size} bytes is outside the server's limit of {limit}."),
                    size=len(body), limit=MAX_BODY,
                )
        if not wanted:
            return []
        with self._transaction() as cur:
            # Take the vault's append lock first: the look-up below then sees every
            # committed push, so a concurrent retry of the same id cannot slip past it.
            cur.execute("SELECT pg_advisory_xact_lock(nap_sync.lock_key(%s))", (vault,))
            self._require_vault(cur, vault)
            known = self._existing(cur, vault, [cs for cs, _dev, _body in wanted])
            seqs: list[int] = []
            for cs, dev, body in wanted:
                if cs in known:
                    seq, known_dev, known_body = known[cs]
                    if (known_dev, known_body) != (dev, body):
                        raise ServerRefused(
                            N_("Change set {id} is already on the server with other content."),
                            id=str(cs),
                        )
                    seqs.append(seq)
                    continue
                cur.execute(
                    "INSERT INTO nap_sync.change_sets (vault_id, seq, id, device_id, body) "
                    "VALUES (%s, 1, %s, %s, %s) RETURNING seq", (vault, cs, dev, body),
                )
                row = cur.fetchone()
                assert row is not None  # RETURNING of a one-row insert
                known[cs] = (int(row[0]), dev, body)
                seqs.append(int(row[0]))
            return seqs

    @staticmethod
    def _existing(
        cur: psycopg.Cursor[Any], vault: uuid.UUID, ids: list[uuid.UUID]
    ) -> dict[uuid.UUID, tuple[int, uuid.UUID, bytes]]:
        cur.execute(
            "SELECT id, seq, device_id, body FROM nap_sync.change_sets "
            "WHERE vault_id = %s AND id = ANY(%s)", (vault, ids),
        )
        return {cs: (int(seq), dev, bytes(body)) for cs, seq, dev, body in cur}

    def pull(self, vault_id: str, after: int, limit: int = 500) -> list[LogRow]:
        """The change sets after seq ``after``, ascending, at most ``limit`` of them and
        about ``PULL_BUDGET`` bytes (always at least one). Refuses a log with a gap or a
        body over the limit (a server changed behind PostgreSQL's back) before reading it."""
        vault = _uuid(vault_id)
        with self._guard(), self._conn.cursor() as cur:
            self._require_vault(cur, vault)
            cur.execute(
                "SELECT seq, id, device_id, CASE WHEN len <= %(cap)s THEN body END, len FROM ("
                " SELECT seq, id, device_id, body, octet_length(body) AS len,"
                "  sum(octet_length(body)) OVER (ORDER BY seq) AS run"
                " FROM nap_sync.change_sets WHERE vault_id = %(vault)s AND seq > %(after)s"
                " ORDER BY seq LIMIT %(limit)s) w"
                " WHERE run - len < %(budget)s ORDER BY seq",
                {"cap": MAX_BODY, "vault": vault, "after": after, "limit": max(1, limit),
                 "budget": PULL_BUDGET},
            )
            rows: list[LogRow] = []
            expected = after + 1
            for seq, cs, dev, body, size in cur:
                if seq != expected:
                    raise ServerRefused(
                        N_("The team server's log has a gap: change set {seq} is missing."),
                        seq=expected,
                    )
                if body is None:
                    raise ServerRefused(
                        N_("Change set {seq} on the team server is larger than the limit "
                           "({size} bytes)."), seq=seq, size=size,
                    )
                rows.append(LogRow(int(seq), str(cs), str(dev), bytes(body)))
                expected += 1
            return rows

    def head(self, vault_id: str) -> int:
        """The last visible seq of the vault's log (0 if empty): the cheap "anything new?"."""
        vault = _uuid(vault_id)
        with self._guard(), self._conn.cursor() as cur:
            cur.execute(
                "SELECT EXISTS (SELECT 1 FROM nap_sync.vaults WHERE vault_id = %(v)s),"
                " (SELECT coalesce(max(seq), 0) FROM nap_sync.change_sets WHERE vault_id = %(v)s)",
                {"v": vault},
            )
            row = cur.fetchone()
            if row is None or not row[0]:
                raise ServerRefused(
                    N_("This vault is not on the team server (or not for this role).")
                )
            return int(row[1])

    # --- snapshots -----------------------------------------------------------------

    def put_snapshot(
        self, vault_id: str, snapshot_id: str, seq: int, device_id: str, chunks: Iterable[bytes]
    ) -> None:
        """Store a snapshot as of ``seq`` in one transaction: the chunks, then the row that
        makes it visible (the server checks every chunk is there)."""
        vault, snap, device = _uuid(vault_id), _uuid(snapshot_id), _uuid(device_id)
        with self._transaction() as cur:
            self._require_vault(cur, vault)
            count = 0
            for chunk in chunks:
                if not 0 < len(chunk) <= MAX_BODY:
                    raise ServerRefused(
                        N_("A snapshot chunk of {size} bytes is outside the server's limit "
                           "of {limit}."), size=len(chunk), limit=MAX_BODY,
                    )
                cur.execute(
                    "INSERT INTO nap_sync.snapshot_chunks (vault_id, snapshot_id, n, body) "
                    "VALUES (%s, %s, %s, %s)", (vault, snap, count, bytes(chunk)),
                )
                count += 1
            if count == 0:
                raise ServerRefused(N_("A snapshot needs at least one chunk."))
            cur.execute(
                "INSERT INTO nap_sync.snapshots (vault_id, snapshot_id, seq, device_id, "
                "chunk_count) VALUES (%s, %s, %s, %s, %s)", (vault, snap, seq, device, count),
            )

    def latest_snapshot(self, vault_id: str) -> SnapshotInfo | None:
        """The complete snapshot with the highest seq, or None."""
        vault = _uuid(vault_id)
        with self._guard(), self._conn.cursor() as cur:
            cur.execute(
                "SELECT snapshot_id, seq, device_id, chunk_count, created_at "
                "FROM nap_sync.snapshots WHERE vault_id = %s "
                "ORDER BY seq DESC, created_at DESC, snapshot_id LIMIT 1", (vault,),
            )
            row = cur.fetchone()
        if row is None:
            return None
        return SnapshotInfo(str(row[0]), int(row[1]), str(row[2]), int(row[3]), row[4])

    def snapshot_chunks(self, vault_id: str, snapshot_id: str) -> Iterator[bytes]:
        """The chunks of a complete snapshot in order, one query each (bounded memory)."""
        vault, snap = _uuid(vault_id), _uuid(snapshot_id)
        with self._guard(), self._conn.cursor() as cur:
            cur.execute(
                "SELECT chunk_count FROM nap_sync.snapshots WHERE vault_id = %s "
                "AND snapshot_id = %s", (vault, snap),
            )
            row = cur.fetchone()
        if row is None:
            raise ServerRefused(N_("That snapshot is not on the team server."))
        for n in range(int(row[0])):
            yield self._chunk(vault, snap, n)

    def _chunk(self, vault: uuid.UUID, snap: uuid.UUID, n: int) -> bytes:
        with self._guard(), self._conn.cursor() as cur:
            cur.execute(
                "SELECT CASE WHEN octet_length(body) <= %s THEN body END, octet_length(body) "
                "FROM nap_sync.snapshot_chunks WHERE vault_id = %s AND snapshot_id = %s "
                "AND n = %s", (MAX_BODY, vault, snap, n),
            )
            row = cur.fetchone()
        if row is None or row[0] is None:
            raise ServerRefused(
                N_("Part {n} of the snapshot on the team server is missing or too large."),
                n=n + 1,
            )
        return bytes(row[0])

    # --- waiting -------------------------------------------------------------------

    def wait_for_change(self, vault_id: str, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds for a push to the vault (LISTEN/NOTIFY).

        True when one was committed since the first call (psycopg keeps notifications
        that arrive between calls) or during this one; False on timeout. A hint only:
        the caller still reads ``head``/``pull``."""
        vault = str(_uuid(vault_id))
        deadline = time.monotonic() + max(0.0, timeout)
        with self._guard():
            if not self._listening:
                self._conn.execute("LISTEN nap_sync")
                self._listening = True
            while True:
                remaining = deadline - time.monotonic()
                for notice in self._conn.notifies(timeout=max(0.0, remaining), stop_after=1):
                    if notice.payload == vault:
                        return True
                if time.monotonic() >= deadline:
                    return False
