"""Team sync against a real throwaway PostgreSQL cluster (``tests/sync/pg.py``).

    .venv/bin/python bench/bench_sync.py [--referrals 100000] [--changes 500] [--runs 20]

Prints a markdown table for docs/benchmarks.md "Team sync": push and pull rates (change sets
per second, each a real unit of work sealed and signed), one edit on A visible on B after
B's sync, a sync with nothing to do (target <= 50 ms), joining a team whose vault holds
``--referrals`` demo referrals (target <= 60 s at 100,000), server bytes per change set;
with the load average and, in the same run, the baselines they are compared with (the bare
server calls, copying the vault file).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from nap_desktop.services import team as team_service
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.demo import DEMO_PASSPHRASE, DemoGenerator
from nap_desktop.services.demo_vault import create_demo_workspace
from nap_desktop.services.vaults import open_vault
from nap_desktop.services.workspace import Workspace
from tests.sync.pg import throwaway_cluster

T = TypeVar("T")


def timed(fn: Callable[[], T]) -> tuple[T, float]:
    started = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - started


def median_ms(fn: Callable[[], object], runs: int) -> float:
    samples = []
    for _ in range(runs):
        samples.append(timed(fn)[1] * 1000)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--referrals", type=int, default=100_000)
    parser.add_argument("--changes", type=int, default=500)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    rows: list[tuple[str, str, str]] = []
    load = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="nap-bench-sync-") as tmp, \
            throwaway_cluster() as cluster:
        root = Path(tmp)
        db = cluster.new_database()
        dsn = db.dsn
        _, made = timed(lambda: _demo(root / "a", args.referrals))
        rows.append(("demo vault generated (not timed against a target)",
                     f"{made:.1f} s", f"{args.referrals:,} referrals"))
        a = Workspace.unlock(open_vault(root / "a"), "admin", DEMO_PASSPHRASE)
        _, init_s = timed(lambda: team_service.init_team(a, dsn))
        rows.append(("team init (schema, genesis, first snapshot)", f"{init_s:.1f} s", ""))

        request = team_service.join_team(root / "b", dsn, "marcus", DEMO_PASSPHRASE)
        a.team.approve_device(request.device_id, request.fingerprint,
                              a.users.by_name("marcus").id)
        size = (root / "a" / "vault.db").stat().st_size
        _, copy_s = timed(lambda: shutil.copyfile(root / "a" / "vault.db", root / "copy.db"))
        _, join_s = timed(lambda: team_service.finish_join(root / "b", DEMO_PASSPHRASE))
        rows.append((f"join a {args.referrals:,}-referral team (restore + unlock + sync; "
                     "target <= 60 s)", f"{join_s:.1f} s",
                     f"baseline: copying the {size / 1e6:.0f} MB vault file {copy_s:.2f} s"))
        b = Workspace.unlock(open_vault(root / "b"), "marcus", DEMO_PASSPHRASE)
        b.team.sync_now()
        a.team.sync_now()

        clients = [a.cases.create_client(PersonalInput(legal_name=f"Bench Client {i}")).id
                   for i in range(5)]
        for i in range(args.changes):
            a.cases.add_note(clients[i % 5], f"bench note {i}")
        _, push_s = timed(a.team.sync_now)
        _, pull_s = timed(b.team.sync_now)
        n = args.changes + 5
        with db.connect() as server:
            bodies = [(str(__import__("uuid").uuid4()), b.team.status().device_id,
                       os.urandom(1000)) for _ in range(n)]
            _, raw_push = timed(lambda: [server.push(a.unlocked.vault_id, bodies[i:i + 200])
                                         for i in range(0, n, 200)])
        rows.append(("push: change sets per second (seal, send, confirm)",
                     f"{n / push_s:,.0f}", f"baseline: bare server pushes of 1 KB "
                     f"{n / raw_push:,.0f}/s"))
        rows.append(("pull: change sets per second (open, check, apply)",
                     f"{n / pull_s:,.0f}", ""))

        def one_edit() -> None:
            a.cases.add_note(clients[0], "one more note")
            a.team.sync_now()
            b.team.sync_now()

        b.team.sync_now()
        edit_ms = median_ms(one_edit, 5)
        rows.append(("one edit on A visible on B (A's sync + B's sync, median)",
                     f"{edit_ms:.0f} ms", ""))
        b.team.sync_now()
        nothing = median_ms(b.team.sync_now, args.runs)
        with db.connect() as server:
            head_ms = median_ms(lambda: server.head(a.unlocked.vault_id), args.runs)
        from nap_desktop.sync.server import LogServer
        connect_ms = median_ms(lambda: LogServer.connect(dsn).close(), args.runs)
        rows.append(("a sync with nothing to do (median; target <= 50 ms)",
                     f"{nothing:.1f} ms", f"baseline: connect {connect_ms:.1f} ms + "
                     f"head {head_ms:.2f} ms"))
        stats = db.hostile("SELECT count(*), avg(octet_length(body)), "
                           "pg_total_relation_size('nap_sync.change_sets') "
                           "FROM nap_sync.change_sets")[0]
        rows.append(("server bytes per change set (body average / table incl. indexes)",
                     f"{float(stats[1]):,.0f} B",
                     f"{int(stats[2]) / int(stats[0]):,.0f} B over {int(stats[0]):,} rows"))
        a.close()
        b.close()
    print(f"Load average at start: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; "
          f"at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}\n")
    print("| what | figure | baseline / note |")
    print("|---|---|---|")
    for what, figure, note in rows:
        print(f"| {what} | {figure} | {note} |")


def _demo(folder: Path, referrals: int) -> None:
    ws = create_demo_workspace(folder)
    try:
        DemoGenerator(ws.ctx, seed=1).run(referrals, batch=200)
    finally:
        ws.close()


if __name__ == "__main__":
    main()
