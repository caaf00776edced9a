"""Grant reports benchmark on a real (SQLCipher) vault of many referrals.

    .venv/bin/python bench/bench_grant_reports.py [--referrals 100000] [--per-client 4]

Makes a demo vault (``DemoGenerator``), adds ``--per-client`` service records per client
across two federal fiscal years in bulk (if the demo made none), fills the reported
client fields, then times ``ws.grant_reports.voca`` (a quarter, and the year to date),
``tims`` (a half-year) and ``data_quality``, each against a baseline measured in the same
run: a plain ``count(*)`` of the same period's service records joined to their clients
(the least any report must read). Prints a markdown table for docs/benchmarks.md. By
hand, not in CI.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, insert, select, text

from nap_desktop.domain.enums import AgencyKind, ServiceCategory
from nap_desktop.reports.grants.model import GrantReport
from nap_desktop.services.base import new_id
from nap_desktop.services.demo import DemoGenerator
from nap_desktop.services.workspace import Workspace
from nap_desktop.store import models as m
from nap_desktop.store.vault import Vault

PASSPHRASE = "benchmark passphrase, not real"
FIRST_DAY, DAYS = date(2024, 10, 1), 730  # FY2025 and FY2026
STATUSES = ["delivered"] * 17 + ["planned", "no_show", "declined"]


def add_services(ws: Workspace, per_client: int, seed: int) -> int:
    """Service records for every client, inserted in bulk (executemany)."""
    rng = random.Random(seed)
    categories = [c.value for c in ServiceCategory]
    now = ws.ctx.now()
    with ws.ctx.unit_of_work() as s:
        if s.scalar(select(func.count()).select_from(m.ServiceRecordRow)):
            return 0
        clients = list(s.scalars(select(m.ClientRow.id)))
        rows = []
        for client_id in clients:
            for _ in range(rng.randint(1, 2 * per_client - 1)):
                rows.append({
                    "id": new_id(), "revision": 1, "created_at": now, "updated_at": now,
                    "client_id": client_id, "referral_id": None,
                    "provided_on": FIRST_DAY + timedelta(days=rng.randrange(DAYS)),
                    "category": rng.choice(categories),
                    "provider": "staff" if rng.random() < 0.85 else "partner",
                    "mode": "in_person", "minutes": 30, "funding_source_id": None,
                    "status": rng.choice(STATUSES), "note": "",
                    "voided_at": now if rng.random() < 0.01 else None,
                    "void_reason": "", "author_user_id": None})
        s.execute(insert(m.ServiceRecordRow), rows)
        # the reported fields, with a realistic share of no answers
        s.execute(text(
            "UPDATE client_personal SET "
            "gender = CASE abs(random()) % 6 WHEN 0 THEN 'man' WHEN 5 THEN 'refused' "
            "ELSE 'woman' END, "
            "race_ethnicity = CASE abs(random()) % 5 WHEN 0 THEN 'white' "
            "WHEN 1 THEN 'hispanic_latina' WHEN 2 THEN 'black_af_american' "
            "WHEN 3 THEN 'asian,white' ELSE 'not_collected' END, "
            "citizenship = CASE abs(random()) % 4 WHEN 0 THEN 'us_citizen' "
            "WHEN 1 THEN 'foreign_national' WHEN 2 THEN 'permanent_resident' "
            "ELSE 'doesnt_know' END"))
    return len(rows)


def timed(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def baseline(ws: Workspace, start: date, end: date) -> Callable[[], object]:
    """count(*) of the period's service records joined to their clients."""
    def run() -> object:
        with ws.ctx.read() as s:
            return s.scalar(
                select(func.count()).select_from(m.ServiceRecordRow)
                .join(m.ClientRow, m.ClientRow.id == m.ServiceRecordRow.client_id)
                .where(m.ServiceRecordRow.provided_on >= start,
                       m.ServiceRecordRow.provided_on <= end))
    return run


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--referrals", type=int, default=100_000)
    parser.add_argument("--per-client", type=int, default=4)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--vault", type=Path, help="keep (or reuse) the vault in this folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.vault or Path(tmp) / "vault"
        if args.vault and folder.exists() and any(folder.iterdir()):
            ws = Workspace.unlock(Vault.open(folder), "admin", PASSPHRASE)
        else:
            ws, _ = Workspace.create(folder, agency_name="Bench agency",
                                     agency_kind=AgencyKind.OTHER, admin_name="admin",
                                     admin_display_name="Admin", passphrase=PASSPHRASE,
                                     demo=True)
            t = time.perf_counter()
            DemoGenerator(ws.ctx, seed=7).run(args.referrals)
            added = add_services(ws, args.per_client, seed=7)
            print(f"demo generation: {time.perf_counter() - t:.1f} s; services added "
                  f"{added:,}", file=sys.stderr)
        with ws.ctx.read() as s:
            total = s.scalar(select(func.count()).select_from(m.ServiceRecordRow)) or 0
            clients = s.scalar(select(func.count()).select_from(m.ClientRow)) or 0
        g = ws.grant_reports
        cases: list[tuple[str, date, date, Callable[[date, date], GrantReport]]] = [
            ("VOCA, FY2026 Q2", date(2026, 1, 1), date(2026, 3, 31),
             g.voca),
            ("VOCA, FY2026 to date (Oct-Sep)", date(2025, 10, 1), date(2026, 9, 30),
             g.voca),
            ("TIMS, January-June 2026", date(2026, 1, 1), date(2026, 6, 30),
             g.tims),
            ("Data quality, January-June 2026", date(2026, 1, 1), date(2026, 6, 30),
             g.data_quality),
        ]
        print(f"{clients:,} clients, {total:,} service records; median of {args.runs} runs\n")
        print("| report | served | report (s) | baseline count(*) (s) | ratio | PDF+CSV (s) |")
        print("|---|---:|---:|---:|---:|---:|")
        for name, start, end, fn in cases:
            report = fn(start, end)
            seconds = timed(lambda: fn(start, end), args.runs)  # noqa: B023
            base = timed(baseline(ws, start, end), args.runs)
            t = time.perf_counter()
            if name.startswith("Data"):
                g.write(report, Path(tmp) / "r.pdf", fmt="pdf")
            else:
                g.write(report, Path(tmp) / "r.pdf", fmt="pdf", for_outside=True)
            g.write(report, Path(tmp) / "r.csv", fmt="csv")
            out_s = time.perf_counter() - t
            print(f"| {name} | {report.served:,} | {seconds:.2f} | {base:.2f} "
                  f"| {seconds / base:.1f}x | {out_s:.2f} |")
        ws.close()


if __name__ == "__main__":
    main()
