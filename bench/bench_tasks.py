"""Issue #13 benchmark: "My tasks" / team tasks / the .ics export, and what the issue #13
demo data adds to the demo generator, on a real (SQLCipher) demo vault.

    .venv/bin/python bench/bench_tasks.py [--referrals 100000] [--runs 5] [--vault DIR]
        [--user marcus --supervisor sofia --passphrase P] [--keep-index]

``--vault DIR`` keeps the demo vault in DIR (``DIR/bench-complete`` marks it done) and
reuses it when it is complete, e.g. a copy of ``bench_scale.py``'s vault (its only user is
``admin``, who owns every case: ``--user admin --supervisor admin --passphrase
"bench vault passphrase, not secret"``; never the original, which a migration would
change). ``--keep-index`` skips the "without the index" baseline (which drops and
rebuilds an index: minutes at 1M).

Prints a markdown table (for docs/benchmarks.md): the demo generation time and the part
``fill_services`` takes; the median time of ``ws.tasks.mine()`` for a caseworker (a third
of the cases), of ``team()`` for the supervisor, of ``ics()``; and, as the baseline
measured in the same run on the same vault, the dashboard's query (``queries.dashboard``)
and ``mine()`` again without the index 0019 adds on ``clients.assigned_user_id``.
Run by hand, not in CI.
"""

from __future__ import annotations

import argparse
import math
import os
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
    parser.add_argument("--vault", type=Path, default=None)
    parser.add_argument("--user", default="marcus")
    parser.add_argument("--supervisor", default="sofia")
    parser.add_argument("--passphrase", default=DEMO_PASSPHRASE)
    parser.add_argument("--keep-index", action="store_true")
    args = parser.parse_args()
    if args.vault is not None:
        args.vault.parent.mkdir(parents=True, exist_ok=True)
        run(args, args.vault)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            run(args, Path(tmp) / "vault")


def generate(folder: Path, referrals: int) -> tuple[float, float]:
    """The demo vault in ``folder`` (timed: whole, and ``fill_services``)."""
    filled: list[float] = []
    real_fill = demo_module.fill_services

    def timed_fill(*a: object, **kw: object) -> int:
        t = time.perf_counter()
        made = real_fill(*a, **kw)  # type: ignore[arg-type]
        filled.append(time.perf_counter() - t)
        return made

    demo_module.fill_services = timed_fill  # type: ignore[assignment]
    ws = create_demo_workspace(folder)
    t = time.perf_counter()
    DemoGenerator(ws.ctx, seed=7).run(referrals)
    total = time.perf_counter() - t
    ws.close()
    demo_module.fill_services = real_fill
    return total, filled[0]


def run(args: argparse.Namespace, folder: Path) -> None:
    """Generate (unless ``folder`` holds a complete bench vault), time, print."""
    done = folder / "bench-complete"
    if done.exists():  # ours: "whole fill"; bench_scale's: "whole s, size MB, load"
        words = done.read_text().replace(",", " ").split()
        total = float(words[0])
        fill = float(words[1]) if words[1].replace(".", "").isdigit() else math.nan
    else:
        total, fill = generate(folder, args.referrals)
        if args.vault is not None:
            done.write_text(f"{total:.1f} {fill:.1f} seconds: whole, fill_services\n")
    print(f"load {load():.2f} at start", flush=True)
    with Vault.open(folder) as vault:
        ws = Workspace.unlock(vault, args.user, args.passphrase)
        with ws.ctx.read() as s:
            counts = {name: s.execute(text(f"SELECT count(*) FROM {name}")).scalar()
                      for name in ("clients", "referrals", "service_records", "case_plans",
                                   "plan_goals", "safety_plans", "tasks")}
        ws.close()
    with Vault.open(folder) as vault:
        worker = Workspace.unlock(vault, args.user, args.passphrase)
        mine_s, mine = median_s(worker.tasks.mine, args.runs)
        ics_s, ics = median_s(worker.tasks.ics, args.runs)
        dash_s, _ = median_s(worker.queries.dashboard, args.runs)
        noindex_s = math.nan
        if not args.keep_index:
            with worker.ctx.unit_of_work() as s:
                s.execute(text("DROP INDEX ix_clients_assigned_id"))
            noindex_s, _ = median_s(worker.tasks.mine, args.runs)
            with worker.ctx.unit_of_work() as s:
                s.execute(text("CREATE INDEX ix_clients_assigned_id ON clients "
                               "(assigned_user_id, created_at, id)"))
                s.execute(text("ANALYZE clients"))  # DROP INDEX took its statistics
        worker.close()
    with Vault.open(folder) as vault:
        boss = Workspace.unlock(vault, args.supervisor, args.passphrase)
        team_s, team = median_s(boss.tasks.team, args.runs)
        boss.close()
    print(f"load {load():.2f} at end")
    print(f"{counts['referrals']:,} referrals: "
          + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
    print()
    print("| measure | result | time |")
    print("|---|---:|---:|")
    print(f"| demo generation, whole | {counts['referrals']:,} referrals | {total:.1f} s |")
    print(f"| of which issue #13 demo rows (`fill_services`) | "
          f"{counts['service_records']:,} services | {fill:.1f} s ({fill / total:.0%}) |")
    rows = [(f"`tasks.mine()` ({args.user})", f"{len(mine):,} tasks", mine_s),  # type: ignore[arg-type]
            (f"`tasks.ics()` ({args.user}, 90 days)", f"{len(ics):,} bytes", ics_s),  # type: ignore[arg-type]
            (f"`tasks.team()` ({args.supervisor})", f"{len(team):,} tasks", team_s),  # type: ignore[arg-type]
            ("baseline: `queries.dashboard()`", "", dash_s),
            ("baseline: `tasks.mine()` without ix_clients_assigned_id", "", noindex_s)]
    for name, result, secs in rows:
        print(f"| {name} | {result} | {secs * 1000:.0f} ms |")
    print(f"\nmine() / dashboard: {mine_s / dash_s:.2f}; "
          f"mine() without / with the index: {noindex_s / mine_s:.2f}")


def load() -> float:
    return os.getloadavg()[0]

if __name__ == "__main__":
    main()
