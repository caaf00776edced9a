"""Issue #13 benchmark: "My tasks" / team tasks / the .ics export, and what the issue #13
demo data adds to the demo generator, on a real (SQLCipher) demo vault.

    .venv/bin/python bench/bench_tasks.py [--referrals 100000] [--runs 5]

Prints a markdown table (for docs/benchmarks.md): the demo generation time and the part
``fill_services`` takes; the median time of ``ws.tasks.mine()`` for a caseworker (a third
of the cases), of ``team()`` for the supervisor, of ``ics()``; and, as the baseline
measured in the same run on the same vault, the dashboard's query (``queries.dashboard``)
and ``mine()`` again without the index 0019 adds on ``clients.assigned_user_id``.
Run by hand, not in CI.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import text

from nap_desktop.services import demo as demo_module
from nap_desktop.services.demo import DEMO_PASSPHRASE, DemoGenerator
from nap_desktop.services.demo_vault import create_demo_workspace
from nap_desktop.services.workspace import Workspace
from nap_desktop.store.vault import Vault


def median_s(fn: Callable[[], object], runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--referrals", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    filled: list[float] = []
    real_fill = demo_module.fill_services

    def timed_fill(*a: object, **kw: object) -> int:
        t = time.perf_counter()
        made = real_fill(*a, **kw)  # type: ignore[arg-type]
        filled.append(time.perf_counter() - t)
        return made

    demo_module.fill_services = timed_fill  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        ws = create_demo_workspace(folder)
        t = time.perf_counter()
        DemoGenerator(ws.ctx, seed=7).run(args.referrals)
        total = time.perf_counter() - t
        with ws.ctx.read() as s:
            counts = {name: s.execute(text(f"SELECT count(*) FROM {name}")).scalar()
                      for name in ("clients", "referrals", "service_records", "case_plans",
                                   "plan_goals", "safety_plans", "tasks")}
        ws.close()
        rows = []
        with Vault.open(folder) as vault:
            marcus = Workspace.unlock(vault, "marcus", DEMO_PASSPHRASE)
            mine_s, mine = median_s(marcus.tasks.mine, args.runs)
            ics_s, ics = median_s(marcus.tasks.ics, args.runs)
            dash_s, _ = median_s(marcus.queries.dashboard, args.runs)
            with marcus.ctx.unit_of_work() as s:
                s.execute(text("DROP INDEX ix_clients_assigned_id"))
            noindex_s, _ = median_s(marcus.tasks.mine, args.runs)
            with marcus.ctx.unit_of_work() as s:
                s.execute(text("CREATE INDEX ix_clients_assigned_id ON clients "
                               "(assigned_user_id, created_at, id)"))
            marcus.close()
        with Vault.open(folder) as vault:
            sofia = Workspace.unlock(vault, "sofia", DEMO_PASSPHRASE)
            team_s, team = median_s(sofia.tasks.team, args.runs)
            sofia.close()
    print(f"{args.referrals:,} referrals: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
    print()
    print("| measure | result | time |")
    print("|---|---:|---:|")
    print(f"| demo generation, whole | {counts['referrals']:,} referrals | {total:.1f} s |")
    print(f"| of which issue #13 demo rows (`fill_services`) | "
          f"{counts['service_records']:,} services | {filled[0]:.1f} s "
          f"({filled[0] / total:.0%}) |")
    rows += [("`tasks.mine()` (caseworker)", f"{len(mine):,} tasks", mine_s),  # type: ignore[arg-type]
             ("`tasks.ics()` (caseworker, 90 days)", f"{len(ics):,} bytes", ics_s),  # type: ignore[arg-type]
             ("`tasks.team()` (supervisor)", f"{len(team):,} tasks", team_s),  # type: ignore[arg-type]
             ("baseline: `queries.dashboard()`", "", dash_s),
             ("baseline: `tasks.mine()` without ix_clients_assigned_id", "", noindex_s)]
    for name, result, secs in rows:
        print(f"| {name} | {result} | {secs * 1000:.0f} ms |")
    print(f"\nmine() / dashboard: {mine_s / dash_s:.2f}; "
          f"mine() without / with the index: {noindex_s / mine_s:.2f}")


if __name__ == "__main__":
    main()
