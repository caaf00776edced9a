"""The order proof under concurrency: 8 processes push 1,000 change sets each (batches of
mixed sizes, some retried as after a lost answer) while 3 readers pull from their cursors
the whole time. Every reader ends with all 8,000, in one order identical across readers,
seq 1..8,000 with no gap and no duplicate, and every writer's seqs are the ones the
readers saw for its change sets, ascending in the order it pushed them.

Why there can be no gap: ``docs/sync-format.md``, section "Server" (order)."""

from __future__ import annotations

import json
import multiprocessing
import random
import time
import uuid
from pathlib import Path
from typing import Any

from nap_desktop.sync.errors import SyncError
from nap_desktop.sync.server import LogServer
from tests.sync.pg import PgDatabase

WRITERS = 8
PER_WRITER = 1000
READERS = 3
BATCH_SIZES = (1, 1, 1, 2, 3, 7, 20, 50, 120)
DEADLINE = 300.0  # a hung process fails the test instead of hanging CI


def write(dsn: str, vault: str, device: str, seed: int, go: Any, out: str) -> None:
    """Push PER_WRITER change sets; now and then push the previous batch again."""
    rng = random.Random(seed)
    pushed: list[tuple[str, int]] = []
    go.wait()
    with LogServer.connect(dsn) as server:
        previous: list[tuple[str, str, bytes]] = []
        while len(pushed) < PER_WRITER:
            size = min(rng.choice(BATCH_SIZES), PER_WRITER - len(pushed))
            batch = [(str(uuid.uuid4()), device, rng.randbytes(rng.randint(16, 600)))
                     for _ in range(size)]
            seqs = server.push(vault, batch)
            pushed += [(cs, seq) for (cs, _d, _b), seq in zip(batch, seqs, strict=True)]
            if previous and rng.random() < 0.1:  # the answer was lost: retry the batch
                again = server.push(vault, previous + batch)
                expected = [dict(pushed)[cs] for cs, _d, _b in previous + batch]
                if again != expected:
                    raise AssertionError(f"retry got {again}, expected {expected}")
            previous = batch
    Path(out).write_text(json.dumps(pushed))


def read(dsn: str, vault: str, total: int, seed: int, go: Any, out: str) -> None:
    """Pull from the cursor with mixed page sizes until ``total`` change sets are in."""
    rng = random.Random(seed)
    seen: list[tuple[int, str]] = []
    deadline = time.monotonic() + DEADLINE
    go.wait()
    with LogServer.connect(dsn) as server:
        while len(seen) < total and time.monotonic() < deadline:
            cursor = seen[-1][0] if seen else 0
            rows = server.pull(vault, cursor, limit=rng.choice((1, 5, 64, 500)))
            seen += [(row.seq, row.id) for row in rows]
            if not rows:
                server.wait_for_change(vault, 0.5)  # woken by the next commit
    Path(out).write_text(json.dumps(seen))


def run(target: Any, *args: Any) -> Any:
    process = multiprocessing.get_context("fork").Process(target=target, args=args)
    process.start()
    return process


def test_eight_writers_and_three_readers_agree_on_one_gap_free_order(
    pg: PgDatabase, tmp_path: Path
) -> None:
    vault = str(uuid.uuid4())
    devices = [str(uuid.uuid4()) for _ in range(WRITERS)]
    with pg.connect() as server:
        server.create_vault(vault)
        for device in devices:
            server.register_device(vault, device, b"s" * 32, b"b" * 32)
    go = multiprocessing.get_context("fork").Event()
    total = WRITERS * PER_WRITER
    readers = [run(read, pg.dsn, vault, total, n, go, str(tmp_path / f"r{n}.json"))
               for n in range(READERS)]
    writers = [run(write, pg.dsn, vault, device, n, go, str(tmp_path / f"w{n}.json"))
               for n, device in enumerate(devices)]
    go.set()
    for process in writers + readers:
        process.join(DEADLINE)
        assert process.exitcode == 0, "a writer or reader failed (see its traceback above)"

    seen = [[(seq, cs) for seq, cs in json.loads((tmp_path / f"r{n}.json").read_text())]
            for n in range(READERS)]
    assert [seq for seq, _ in seen[0]] == list(range(1, total + 1))  # no gap, no duplicate
    assert all(s == seen[0] for s in seen[1:])  # one order for every reader
    order = dict((cs, seq) for seq, cs in seen[0])
    assert len(order) == total
    for n in range(WRITERS):
        pushed = json.loads((tmp_path / f"w{n}.json").read_text())
        assert len(pushed) == PER_WRITER
        assert all(order[cs] == seq for cs, seq in pushed)
        assert [seq for _cs, seq in pushed] == sorted(seq for _cs, seq in pushed)
    with pg.connect() as server:
        assert server.head(vault) == total


def test_a_reader_never_sees_a_later_seq_before_an_earlier_one_commits(pg: PgDatabase) -> None:
    """The gap of a plain sequence, made on purpose: a push holds its transaction open
    after appending; a second push waits for it instead of committing seq n+1 first."""
    vault, device = str(uuid.uuid4()), str(uuid.uuid4())
    with pg.connect() as server:
        server.create_vault(vault)
        server.register_device(vault, device, b"s" * 32, b"b" * 32)
    import psycopg

    with psycopg.connect(pg.dsn, autocommit=True) as slow, pg.connect() as reader:
        slow.execute("BEGIN")
        slow.execute(
            "INSERT INTO nap_sync.change_sets (vault_id, seq, id, device_id, body) "
            "VALUES (%s, 1, %s, %s, 'first')", (vault, str(uuid.uuid4()), device))
        fast = run(_push_one, pg.dsn, vault, device)
        # The second push cannot commit while the first is open: it waits for the lock.
        assert _waiting_on_lock(pg) == 1
        assert reader.pull(vault, 0) == []
        slow.execute("COMMIT")
        fast.join(DEADLINE)
        assert fast.exitcode == 0
        assert [(r.seq, r.body) for r in reader.pull(vault, 0)] == [(1, b"first"), (2, b"second")]


def _push_one(dsn: str, vault: str, device: str) -> None:
    with LogServer.connect(dsn) as server:
        server.push(vault, [(str(uuid.uuid4()), device, b"second")])


def _waiting_on_lock(pg: PgDatabase) -> int:
    """How many of the app's connections wait on the advisory lock (polled until one)."""
    deadline = time.monotonic() + DEADLINE
    with pg.cluster.superuser() as su:
        while time.monotonic() < deadline:
            row = su.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = %s "
                "AND wait_event_type = 'Lock' AND wait_event = 'advisory'", (pg.name,)).fetchone()
            if row and row[0]:
                return int(row[0])
            su.execute("SELECT pg_sleep(0.01)")
    raise SyncError("the second push never waited on the vault's lock")
