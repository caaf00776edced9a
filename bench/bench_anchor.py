"""What the commit anchor costs per write transaction (docs/vault-format.md, section 9).

    .venv/bin/python bench/bench_anchor.py [--commits 300]

One small write transaction (a note on a client, with its audit event) through
``ServiceContext.unit_of_work``, repeated, in three set-ups on one real vault: without
the commit counter, with the counter only, and with the counter and the ``vault.anchor``
write (the shipped behaviour). Prints the median and 95th percentile per commit.
Run by hand, not in CI; the numbers depend on the disk's fsync latency.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlcipher3 import dbapi2

from nap_desktop.domain.enums import AgencyKind
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.workspace import Workspace
from nap_desktop.store import engine as db

PASSPHRASE = "benchmark passphrase, not real"


def timed_commits(ws: Workspace, client_id: str, commits: int) -> list[float]:
    out = []
    for _ in range(commits):
        started = time.perf_counter()
        ws.cases.add_note(client_id, "a short note for the benchmark")
        out.append((time.perf_counter() - started) * 1000)
    return out


def row(label: str, ms: list[float]) -> str:
    p95 = statistics.quantiles(ms, n=20)[-1]
    return f"| {label} | {statistics.median(ms):.2f} | {p95:.2f} |"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--commits", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ws, _ = Workspace.create(Path(tmp) / "vault", agency_name="Bench agency",
                                 agency_kind=AgencyKind.OTHER, admin_name="admin",
                                 admin_display_name="Admin", passphrase=PASSPHRASE)
        client = ws.cases.create_client(PersonalInput(legal_name="Bench Client"))
        timed_commits(ws, client.id, 30)  # warm up
        counting = db.CountingConnection.commit
        db.CountingConnection.commit = dbapi2.Connection.commit  # type: ignore[method-assign]
        plain = timed_commits(ws, client.id, args.commits)
        db.CountingConnection.commit = counting  # type: ignore[method-assign]
        ws.unlocked._anchor.disarm()
        counter_only = timed_commits(ws, client.id, args.commits)
        ws.unlocked._anchor.arm(ws.unlocked.generation, ws.unlocked._dek)
        anchored = timed_commits(ws, client.id, args.commits)
        ws.close()
    print("| per commit | median ms | p95 ms |")
    print("|---|---|---|")
    print(row("no commit counter (before)", plain))
    print(row("commit counter only", counter_only))
    print(row("counter + vault.anchor (shipped)", anchored))


if __name__ == "__main__":
    main()
