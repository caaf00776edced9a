"""The team server's log against a real PostgreSQL (``tests/sync/pg.py``): order, the
idempotent push, caps, devices, snapshots, waiting, connection failures and TLS."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from nap_desktop.sync import server as server_module
from nap_desktop.sync.errors import ServerRefused, ServerUnreachable
from nap_desktop.sync.server import MAX_BODY, LogServer
from tests.sync.pg import PgDatabase


def new_id() -> str:
    return str(uuid.uuid4())


class Team:
    """A vault with one registered device on a fresh database."""

    def __init__(self, pg: PgDatabase) -> None:
        self.pg = pg
        self.vault = new_id()
        self.device = new_id()
        self.server = pg.connect()
        self.server.create_vault(self.vault)
        self.server.register_device(self.vault, self.device, b"s" * 32, b"b" * 32)

    def push(self, *bodies: bytes) -> list[int]:
        return self.server.push(self.vault, [(new_id(), self.device, b) for b in bodies])


@pytest.fixture
def team(pg: PgDatabase) -> Iterator[Team]:
    t = Team(pg)
    yield t
    t.server.close()


def test_pushes_get_consecutive_seqs_and_pull_returns_them_in_order(team: Team) -> None:
    assert team.server.head(team.vault) == 0
    assert team.push(b"one", b"two") == [1, 2]
    assert team.push(b"three") == [3]
    rows = team.server.pull(team.vault, 0)
    assert [(r.seq, r.body, r.device_id) for r in rows] == [
        (1, b"one", team.device), (2, b"two", team.device), (3, b"three", team.device)]
    assert [r.seq for r in team.server.pull(team.vault, 1, limit=1)] == [2]
    assert team.server.pull(team.vault, 3) == []
    assert team.server.head(team.vault) == 3


def test_a_retried_push_returns_the_same_seq_and_appends_nothing(team: Team) -> None:
    first, second = new_id(), new_id()
    assert team.server.push(team.vault, [(first, team.device, b"a")]) == [1]
    # The answer was lost ("timeout after commit"): the desktop retries from a new
    # connection with its outbox, which now holds one more change set.
    with team.pg.connect() as again:
        seqs = again.push(team.vault, [(first, team.device, b"a"), (second, team.device, b"b")])
    assert seqs == [1, 2]
    assert [r.id for r in team.server.pull(team.vault, 0)] == [first, second]


def test_the_same_id_with_another_body_or_device_is_refused_and_the_batch_is_undone(
    team: Team,
) -> None:
    taken = new_id()
    team.server.push(team.vault, [(taken, team.device, b"original")])
    other_device = new_id()
    team.server.register_device(team.vault, other_device, b"t" * 32, b"c" * 32)
    fresh = new_id()
    for dev, body in ((team.device, b"forged"), (other_device, b"original")):
        with pytest.raises(ServerRefused, match="already on the server with other content"):
            team.server.push(team.vault, [(fresh, team.device, b"x"), (taken, dev, body)])
    assert [(r.id, r.body) for r in team.server.pull(team.vault, 0)] == [(taken, b"original")]
    assert team.push(b"next") == [2]  # the refused batch took no seq


def test_bodies_beyond_the_cap_are_refused_before_sending(team: Team) -> None:
    for body in (b"", b"x" * (MAX_BODY + 1)):
        with pytest.raises(ServerRefused, match="outside the server's limit"):
            team.push(body)
    assert team.push(b"x" * MAX_BODY) == [1]
    assert len(team.server.pull(team.vault, 0)[0].body) == MAX_BODY


def test_a_pull_stops_at_its_byte_budget_and_the_next_pull_goes_on(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    team.push(*[bytes([i]) * 300 for i in range(10)])
    monkeypatch.setattr(server_module, "PULL_BUDGET", 1000)
    got: list[int] = []
    while len(got) < 10:
        batch = team.server.pull(team.vault, len(got))
        assert 1 <= len(batch) <= 4
        got += [r.seq for r in batch]
    assert got == list(range(1, 11))


def test_unknown_vaults_devices_and_identifiers_are_refused(team: Team) -> None:
    stranger = new_id()
    for call in (lambda: team.server.head(stranger), lambda: team.server.pull(stranger, 0),
                 lambda: team.server.push(stranger, [(new_id(), team.device, b"x")])):
        with pytest.raises(ServerRefused, match="not on the team server"):
            call()
    with pytest.raises(ServerRefused, match="refused the request"):
        team.server.push(team.vault, [(new_id(), new_id(), b"from an unregistered device")])
    with pytest.raises(ServerRefused, match="not a valid identifier"):
        team.server.head("vault-1")
    assert team.server.head(team.vault) == 0


def test_devices_register_once_with_their_keys(team: Team) -> None:
    second = new_id()
    team.server.register_device(team.vault, second, b"k" * 32, b"x" * 32)
    team.server.register_device(team.vault, second, b"k" * 32, b"x" * 32)  # retried: fine
    with pytest.raises(ServerRefused, match="already registered with other keys"):
        team.server.register_device(team.vault, second, b"K" * 32, b"x" * 32)
    with pytest.raises(ServerRefused, match="32 bytes"):
        team.server.register_device(team.vault, new_id(), b"short", b"x" * 32)
    listed = {d.device_id: (d.signing_key, d.box_key) for d in team.server.devices(team.vault)}
    assert listed == {team.device: (b"s" * 32, b"b" * 32), second: (b"k" * 32, b"x" * 32)}


def test_creating_a_vault_twice_is_harmless(team: Team) -> None:
    team.push(b"kept")
    team.server.create_vault(team.vault)
    assert team.server.head(team.vault) == 1


def test_a_snapshot_is_read_back_chunk_by_chunk_and_the_latest_wins(team: Team) -> None:
    team.push(b"a", b"b", b"c")
    assert team.server.latest_snapshot(team.vault) is None
    old, new = new_id(), new_id()
    team.server.put_snapshot(team.vault, old, 1, team.device, [b"old"])
    team.server.put_snapshot(team.vault, new, 3, team.device, iter([b"p1", b"p2", b"p3"]))
    latest = team.server.latest_snapshot(team.vault)
    assert latest is not None
    assert (latest.snapshot_id, latest.seq, latest.chunk_count) == (new, 3, 3)
    assert list(team.server.snapshot_chunks(team.vault, new)) == [b"p1", b"p2", b"p3"]
    with pytest.raises(ServerRefused, match="not on the team server"):
        list(team.server.snapshot_chunks(team.vault, new_id()))


def test_a_snapshot_is_invisible_until_complete(team: Team) -> None:
    team.push(b"a")

    def broken_chunks() -> Iterator[bytes]:
        yield b"first part"
        raise OSError("disk gone while sealing the snapshot")

    with pytest.raises(OSError):
        team.server.put_snapshot(team.vault, new_id(), 1, team.device, broken_chunks())
    assert team.server.latest_snapshot(team.vault) is None
    # A client that writes chunks itself and a row claiming more chunks is refused.
    snap = new_id()
    with pytest.raises(ServerRefused, match="at least one chunk"):
        team.server.put_snapshot(team.vault, snap, 1, team.device, [])
    with team.pg.connect() as raw:
        raw._conn.execute(
            "INSERT INTO nap_sync.snapshot_chunks VALUES (%s, %s, 0, 'x')", (team.vault, snap))
        with pytest.raises(Exception, match="incomplete: 1 of 2 chunks"):
            raw._conn.execute(
                "INSERT INTO nap_sync.snapshots (vault_id, snapshot_id, seq, device_id, "
                "chunk_count) VALUES (%s, %s, 1, %s, 2)", (team.vault, snap, team.device))
    assert team.server.latest_snapshot(team.vault) is None


def test_a_snapshot_beyond_the_log_or_a_chunk_added_later_is_refused(team: Team) -> None:
    team.push(b"a")
    with pytest.raises(ServerRefused, match="beyond the log"):
        team.server.put_snapshot(team.vault, new_id(), 2, team.device, [b"x"])
    snap = new_id()
    team.server.put_snapshot(team.vault, snap, 1, team.device, [b"x"])
    with team.pg.connect() as raw, pytest.raises(Exception, match="is complete"):
        raw._conn.execute(
            "INSERT INTO nap_sync.snapshot_chunks VALUES (%s, %s, 1, 'extra')", (team.vault, snap))
    assert list(team.server.snapshot_chunks(team.vault, snap)) == [b"x"]


def test_wait_for_change_wakes_on_a_push_to_this_vault_only(team: Team) -> None:
    with team.pg.connect() as watcher:
        assert watcher.wait_for_change(team.vault, 0.05) is False  # starts listening
        other = Team(team.pg)
        other.push(b"elsewhere")
        assert watcher.wait_for_change(team.vault, 0.2) is False
        team.push(b"here")
        assert watcher.wait_for_change(team.vault, 30) is True
        other.server.close()


def test_a_server_default_of_serializable_does_not_break_the_order(team: Team) -> None:
    team.pg.hostile(f"ALTER DATABASE {team.pg.name} SET default_transaction_isolation "
                    "= 'serializable'")
    with team.pg.connect() as again:
        assert again.push(team.vault, [(new_id(), team.device, b"x")]) == [1]


def test_a_killed_backend_or_a_stopped_server_is_unreachable_not_refused(team: Team) -> None:
    team.push(b"a")
    assert team.pg.terminate_backends() >= 1
    with pytest.raises(ServerUnreachable, match="connection to the team server was lost"):
        team.server.head(team.vault)
    team.pg.stop_server()
    try:
        with pytest.raises(ServerUnreachable, match="cannot be reached"):
            LogServer.connect(team.pg.dsn, connect_timeout=2)
    finally:
        team.pg.start_server()
    with team.pg.connect() as again:
        assert again.head(team.vault) == 1


def test_connecting_refused_is_told_apart_from_unreachable(pg: PgDatabase) -> None:
    with pytest.raises(ServerRefused, match="refused the connection"):
        LogServer.connect(pg.cluster.dsn("no_such_database"))
    with pytest.raises(ServerUnreachable):
        LogServer.connect("host=127.0.0.1 port=1 dbname=nap user=nap", connect_timeout=2)


@pytest.mark.parametrize("dsn", [
    "host=db.agency.example dbname=nap user=nap password=hunter2",
    "postgresql://nap:hunter2@10.0.0.5/nap?sslmode=require",
    "host=localhost,db.agency.example dbname=nap password=hunter2 sslmode=verify-ca",
])
def test_a_remote_server_needs_verify_full_and_the_password_never_shows(dsn: str) -> None:
    with pytest.raises(ServerRefused, match="sslmode=verify-full") as refused:
        LogServer.connect(dsn)
    assert "hunter2" not in str(refused.value)


def test_a_failed_connection_never_shows_the_password(pg: PgDatabase) -> None:
    with pytest.raises(ServerRefused) as refused:
        LogServer.connect(pg.cluster.dsn("missing_db") + " password=hunter2")
    assert "hunter2" not in str(refused.value)


def test_the_schema_installs_once_and_the_desktop_role_cannot_create_it(pg: PgDatabase) -> None:
    with pg.connect() as client:
        client.install_schema()  # already there: nothing to do, no privilege needed
    with pg.cluster.superuser() as su:
        su.execute(f"CREATE DATABASE {pg.name}_empty OWNER nap_owner")
    try:
        empty = pg.cluster.dsn(f"{pg.name}_empty")
        with LogServer.connect(empty) as client, pytest.raises(
            ServerRefused, match="Ask your IT to install it as the database's owner"
        ):
            client.install_schema()
        with LogServer.connect(pg.cluster.dsn(f"{pg.name}_empty", "nap_owner")) as owner:
            owner.install_schema()
            owner.install_schema()
        with LogServer.connect(empty) as client:
            client.create_vault(new_id())
    finally:
        with pg.cluster.superuser() as su:
            su.execute(f"DROP DATABASE {pg.name}_empty WITH (FORCE)")
