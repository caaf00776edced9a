"""Team server benchmark: the ``nap_sync`` log on a throwaway PostgreSQL (Debian's binaries,
fsync on), through ``LogServer`` as the desktops' role, beside a baseline in the same run.

    .venv/bin/python bench/bench_sync_server.py [--pushes 20000] [--body 1024]

Push throughput (1, 50 and 1,000 change sets per transaction) against plain INSERTs of the
same rows into a logged and an unlogged table without trigger, lock or row security;
concurrent pushers (the per-vault lock); pull throughput; the "anything new?" poll
(``head``); connect time; server bytes per change set. Prints a markdown table (copied
into docs/benchmarks.md, "Team sync server") with the load average. By hand, not in CI.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from nap_desktop.sync.server import LogServer
from tests.sync.pg import PgDatabase, throwaway_cluster


def median_ms(fn: Callable[[], object], runs: int = 50) -> float:
    fn()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def items(n: int, device: str, body: int) -> list[tuple[str, str, bytes]]:
    return [(str(uuid.uuid4()), device, os.urandom(body)) for _ in range(n)]


def push_rate(server: LogServer, vault: str, device: str, total: int, batch: int,
              body: int) -> float:
    batches = [items(batch, device, body) for _ in range(max(1, total // batch))]
    t = time.perf_counter()
    for b in batches:
        server.push(vault, b)
    return len(batches) * batch / (time.perf_counter() - t)


def baseline_rate(db: PgDatabase, table: str, total: int, batch: int, body: int) -> float:
    """Plain INSERTs of the same rows, same transaction sizes, as the superuser."""
    batches = [items(batch, str(uuid.uuid4()), body) for _ in range(max(1, total // batch))]
    with db.cluster.superuser(db.name) as su:
        t = time.perf_counter()
        for b in batches:
            with su.transaction(), su.cursor() as cur:
                cur.executemany(
                    f"INSERT INTO {table} (id, device_id, body) VALUES (%s, %s, %s)",
                    b)
        return len(batches) * batch / (time.perf_counter() - t)


def concurrent_writer(dsn: str, vault: str, device: str, n: int, body: int) -> None:
    with LogServer.connect(dsn) as server:
        for one in items(n, device, body):
            server.push(vault, [one])


def concurrent_rate(db: PgDatabase, vault: str, devices: list[str], n: int,
                    body: int) -> float:
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=concurrent_writer, args=(db.dsn, vault, d, n, body))
             for d in devices]
    t = time.perf_counter()
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    return len(devices) * n / (time.perf_counter() - t)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pushes", type=int, default=20000)
    parser.add_argument("--body", type=int, default=1024)
    args = parser.parse_args()
    load_before = os.getloadavg()
    rows: list[tuple[str, str]] = []
    with throwaway_cluster() as cluster:
        db = cluster.new_database()
        with cluster.superuser(db.name) as su:
            for name, kind in (("bench_plain", ""), ("bench_unlogged", "UNLOGGED")):
                su.execute(f"CREATE {kind} TABLE {name} (seq bigserial PRIMARY KEY, id uuid "
                           "UNIQUE, device_id uuid, body bytea, received_at timestamptz "
                           "DEFAULT now())")
        vault, devices = str(uuid.uuid4()), [str(uuid.uuid4()) for _ in range(8)]
        with LogServer.connect(db.tcp_dsn) as server:
            server.create_vault(vault)
            for d in devices:
                server.register_device(vault, d, b"s" * 32, b"b" * 32)
            for batch, total in ((1, min(2000, args.pushes)), (50, args.pushes),
                                 (1000, args.pushes)):
                ours = push_rate(server, vault, devices[0], total, batch, args.body)
                plain = baseline_rate(db, "bench_plain", total, batch, args.body)
                unlogged = baseline_rate(db, "bench_unlogged", total, batch, args.body)
                rows.append((f"push, {batch} per transaction (change sets/s)",
                             f"{ours:,.0f} (plain table {plain:,.0f}: {ours / plain:.2f}x; "
                             f"unlogged {unlogged:,.0f})"))
        rate = concurrent_rate(db, vault, devices, 250, args.body)
        rows.append(("push, 8 processes at once, 1 per transaction (change sets/s, total)",
                     f"{rate:,.0f}"))
        with psycopg.connect(db.cluster.dsn(db.name, "postgres", tcp=True)) as su:
            t = time.perf_counter()
            n = 0
            with su.cursor(binary=True) as cur:
                cur.execute("SELECT seq, id, device_id, body FROM bench_plain ORDER BY seq")
                for _row in cur:
                    n += 1
            plain_pull = n / (time.perf_counter() - t)
            plain_head = median_ms(
                lambda: su.execute("SELECT max(seq) FROM bench_plain").fetchone())
        rows.append((f"baseline: plain SELECT of all {n:,} rows of the plain table, one query "
                     "(rows/s)", f"{plain_pull:,.0f}"))
        with LogServer.connect(db.tcp_dsn) as server:
            head = server.head(vault)
            for limit in (500, 5000):
                t = time.perf_counter()
                got = cursor = 0
                while cursor < head:
                    batch_rows = server.pull(vault, cursor, limit=limit)
                    cursor = batch_rows[-1].seq
                    got += len(batch_rows)
                rows.append((f"pull all {got:,} in pages of {limit} (change sets/s)",
                             f"{got / (time.perf_counter() - t):,.0f}"))
            ours_head = median_ms(lambda: server.head(vault))
            rows.append(("\"anything new?\" (`head`, ms)",
                         f"{ours_head:.2f} (plain `max(seq)` {plain_head:.2f}: "
                         f"{ours_head / plain_head:.1f}x)"))
        plain_connect = median_ms(lambda: psycopg.connect(db.tcp_dsn).close(), 20)
        rows.append(("baseline: bare psycopg connect, TCP loopback (ms)", f"{plain_connect:.1f}"))
        rows.append(("connect, TCP loopback, no TLS (ms)",
                     f"{median_ms(lambda: LogServer.connect(db.tcp_dsn).close(), 20):.1f}"))
        rows.append(("connect, unix socket (ms)",
                     f"{median_ms(lambda: LogServer.connect(db.dsn).close(), 20):.1f}"))
        with cluster.superuser(db.name) as su:
            su.execute("VACUUM ANALYZE nap_sync.change_sets")
            size, count = su.execute(
                "SELECT pg_total_relation_size('nap_sync.change_sets'), count(*) "
                "FROM nap_sync.change_sets").fetchone() or (0, 1)
            plain_size, plain_count = su.execute(
                "SELECT pg_total_relation_size('bench_plain'), count(*) FROM bench_plain"
            ).fetchone() or (0, 1)
        rows.append((f"server bytes per change set ({args.body}-byte body, {count:,} rows)",
                     f"{size / count:,.0f} (plain table {plain_size / plain_count:,.0f})"))
    load_after = os.getloadavg()
    print(f"load average before {load_before[0]:.1f}, after {load_after[0]:.1f}")
    print("| what | figure |")
    print("|---|---|")
    for what, figure in rows:
        print(f"| {what} | {figure} |")


if __name__ == "__main__":
    main()
