"""A malicious desktop holding the team's valid PostgreSQL role, writing raw SQL: it cannot
rewrite or delete history, break the order, reach another agency's vault, or store a huge
body; and what a hostile server operator changes behind PostgreSQL's back (a deleted row,
an oversized body) is refused by the reader before it allocates or applies anything."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

from nap_desktop.sync.errors import ServerRefused
from nap_desktop.sync.server import MAX_BODY
from tests.sync.pg import PgDatabase

TABLES = ("vaults", "devices", "change_sets", "snapshots", "snapshot_chunks")


def new_id() -> str:
    return str(uuid.uuid4())


class Log:
    """A vault with a device and three change sets, and a raw connection of the role."""

    def __init__(self, pg: PgDatabase) -> None:
        self.pg = pg
        self.vault, self.device = new_id(), new_id()
        with pg.connect() as server:
            server.create_vault(self.vault)
            server.register_device(self.vault, self.device, b"s" * 32, b"b" * 32)
            server.push(self.vault, [(new_id(), self.device, b) for b in (b"1", b"2", b"3")])
            server.put_snapshot(self.vault, new_id(), 2, self.device, [b"snap"])

    def raw(self, dsn: str | None = None) -> psycopg.Connection[Any]:
        return psycopg.connect(dsn or self.pg.dsn, autocommit=True)

    def bodies(self) -> list[tuple[int, bytes]]:
        with self.pg.connect() as server:
            return [(r.seq, r.body) for r in server.pull(self.vault, 0)]


@pytest.fixture
def log(pg: PgDatabase) -> Iterator[Log]:
    yield Log(pg)


@pytest.mark.parametrize("table", TABLES)
@pytest.mark.parametrize("role", ["client", "owner"])
def test_no_role_of_the_app_can_update_delete_or_truncate_history(
    log: Log, table: str, role: str
) -> None:
    # The desktops' role lacks the privilege; even the schema's owner meets the trigger.
    dsn = log.pg.dsn if role == "client" else log.pg.owner_dsn
    with log.raw(dsn) as conn:
        for statement in (f"UPDATE nap_sync.{table} SET vault_id = vault_id",
                          f"DELETE FROM nap_sync.{table}",
                          f"TRUNCATE nap_sync.{table} CASCADE"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement.encode())
    assert log.bodies() == [(1, b"1"), (2, b"2"), (3, b"3")]


def test_the_desktop_role_cannot_switch_the_triggers_off(log: Log) -> None:
    with log.raw() as conn:
        for statement in ("ALTER TABLE nap_sync.change_sets DISABLE TRIGGER append_only",
                          "SET session_replication_role = replica",
                          "DROP TRIGGER append_only ON nap_sync.change_sets"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement.encode())


def test_an_upsert_cannot_rewrite_a_change_set(log: Log) -> None:
    first = log.bodies()[0]
    with log.raw(log.pg.owner_dsn) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(
            "INSERT INTO nap_sync.change_sets (vault_id, seq, id, device_id, body) "
            "SELECT vault_id, seq, id, device_id, 'forged' FROM nap_sync.change_sets "
            "WHERE seq = 1 ON CONFLICT (vault_id, id) DO UPDATE SET body = excluded.body")
    assert log.bodies()[0] == first


def test_a_raw_insert_cannot_choose_its_seq_or_time(log: Log) -> None:
    with log.raw() as conn:
        row = conn.execute(
            "INSERT INTO nap_sync.change_sets (vault_id, seq, id, device_id, body, received_at) "
            "VALUES (%s, 1000, %s, %s, 'late', '2001-01-01') RETURNING seq, received_at",
            (log.vault, new_id(), log.device)).fetchone()
        assert row is not None and row[0] == 4 and row[1].year > 2001
        with pytest.raises(psycopg.errors.UniqueViolation):  # seq 1 is taken, whatever is sent
            conn.execute(
                "INSERT INTO nap_sync.change_sets (vault_id, seq, id, device_id, body) "
                "SELECT vault_id, 1, id, device_id, body FROM nap_sync.change_sets "
                "WHERE seq = 2")
    assert [seq for seq, _ in log.bodies()] == [1, 2, 3, 4]


def test_an_append_outside_read_committed_is_refused_rather_than_misordered(log: Log) -> None:
    with (log.raw() as conn, pytest.raises(psycopg.errors.InvalidTransactionState),
          conn.transaction()):
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        conn.execute(
            "INSERT INTO nap_sync.change_sets (vault_id, seq, id, device_id, body) "
            "VALUES (%s, 1, %s, %s, 'x')", (log.vault, new_id(), log.device))


def test_a_huge_body_is_not_stored(log: Log) -> None:
    with log.raw() as conn, pytest.raises(psycopg.errors.CheckViolation):
        conn.execute(
            "INSERT INTO nap_sync.change_sets (vault_id, seq, id, device_id, body) "
            "VALUES (%s, 1, %s, %s, %s)", (log.vault, new_id(), log.device, b"x" * (MAX_BODY + 1)))
    assert len(log.bodies()) == 3


def test_another_agency_on_the_same_server_sees_and_touches_nothing_of_this_vault(
    log: Log,
) -> None:
    with log.pg.connect(log.pg.other_agency_dsn) as other:
        for call in (lambda: other.head(log.vault), lambda: other.pull(log.vault, 0),
                     lambda: other.push(log.vault, [(new_id(), log.device, b"injected")]),
                     lambda: other.register_device(log.vault, new_id(), b"k" * 32, b"k" * 32)):
            with pytest.raises(ServerRefused, match="not on the team server"):
                call()
        assert other.latest_snapshot(log.vault) is None
        assert other.devices(log.vault) == []
        with pytest.raises(ServerRefused, match="refused the request"):
            other.create_vault(log.vault)  # cannot take the vault's id over either
    with log.raw(log.pg.other_agency_dsn) as conn:
        for table in TABLES:
            count = conn.execute(f"SELECT count(*) FROM nap_sync.{table}".encode()).fetchone()
            assert count == (0,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute(
                "INSERT INTO nap_sync.change_sets (vault_id, seq, id, device_id, body) "
                "VALUES (%s, 1, %s, %s, 'injected')", (log.vault, new_id(), log.device))
    assert len(log.bodies()) == 3


def test_a_row_deleted_by_the_server_operator_is_a_gap_the_reader_refuses(log: Log) -> None:
    log.pg.hostile("DELETE FROM nap_sync.change_sets WHERE seq = 2")
    with log.pg.connect() as server:
        assert [r.seq for r in server.pull(log.vault, 0, limit=1)] == [1]
        with pytest.raises(ServerRefused, match="gap: change set 2 is missing"):
            server.pull(log.vault, 0)
        with pytest.raises(ServerRefused, match="gap: change set 2 is missing"):
            server.pull(log.vault, 1)


def test_an_oversized_body_planted_by_the_operator_is_refused_unread(log: Log) -> None:
    log.pg.hostile("ALTER TABLE nap_sync.change_sets DROP CONSTRAINT change_sets_body_check")
    log.pg.hostile(
        "INSERT INTO nap_sync.change_sets (vault_id, seq, id, device_id, body) "
        "VALUES (%s, 4, %s, %s, %s)", (log.vault, new_id(), log.device, b"x" * (MAX_BODY + 1)))
    with log.pg.connect() as server:
        assert [r.seq for r in server.pull(log.vault, 0, limit=3)] == [1, 2, 3]
        with pytest.raises(ServerRefused, match=r"Change set 4 .* larger than the limit"):
            server.pull(log.vault, 3)


def test_a_missing_snapshot_chunk_is_refused(log: Log) -> None:
    snap = new_id()
    with log.pg.connect() as server:
        server.put_snapshot(log.vault, snap, 3, log.device, [b"a", b"b"])
        log.pg.hostile("DELETE FROM nap_sync.snapshot_chunks WHERE snapshot_id = %s AND n = 1",
                       (snap,))
        chunks = server.snapshot_chunks(log.vault, snap)
        assert next(chunks) == b"a"
        with pytest.raises(ServerRefused, match="Part 2 of the snapshot"):
            next(chunks)
