"""HMIS CSV export benchmark on a real (SQLCipher) vault of many referrals.

    .venv/bin/python bench/bench_hmis.py [--referrals 100000] [--runs 3]

Fills a vault with the demo generator; when the demo made no HMIS projects (before
svc-core's demo services), it adds two (a rapid re-housing and a shelter project), puts
every placement into one of them and records ten bed nights and two case-management
services (no HMIS pair) per enrollment, in bulk. Then times ``ws.hmis.export`` (FY2024 and
FY2026, one federal fiscal year plus the one before, every project, names left out and
hashed) against a baseline measured in the same run: one SELECT of the same placements
joined to their clients, written with Python's csv module to memory — the least any export
of these rows costs. Every export is checked with the validator (not timed). Prints a
markdown table for docs/benchmarks.md; the budget is 10 s at 100k referrals. Run by hand.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, insert, select, update

from nap_desktop.domain.enums import AgencyKind
from nap_desktop.reports.hmis.validator import validate
from nap_desktop.services.base import new_id
from nap_desktop.services.demo import DemoGenerator
from nap_desktop.services.workspace import Workspace
from nap_desktop.store import models as m

PASSPHRASE = "benchmark passphrase, not real"
BUDGET_S = 10.0


def add_projects(ws: Workspace) -> None:
    """Two projects, every placement in one, bed nights for every enrollment (bulk)."""
    now = ws.ctx.now()
    author = ws.ctx.actor.user_id
    with ws.ctx.unit_of_work() as s:
        if s.scalar(select(func.count()).select_from(m.ProjectRow)):
            return
        ids = [new_id(), new_id()]
        for pid, name, kind in ((ids[0], "Bench RRH", 13), (ids[1], "Bench shelter", 0)):
            s.add(m.ProjectRow(id=pid, name=name, hmis_project_type=kind,
                               operating_start=date(2015, 1, 1), operating_end=None,
                               coc_code="XX-500", geocode="123456", housing_type=1,
                               active=True, household_type=1, unit_inventory=20,
                               bed_inventory=30, revision=1, created_at=now, updated_at=now))
        s.flush()
        placements = list(s.execute(select(m.PlacementRow.id, m.PlacementRow.client_id,
                                           m.PlacementRow.start_date)))
        for n, project in enumerate(ids):
            s.execute(update(m.PlacementRow).where(
                m.PlacementRow.id.in_([p for i, (p, _c, _d) in enumerate(placements)
                                       if i % 2 == n])).values(project_id=project))
        services = []
        for _pid, client_id, start in placements:
            if start is None:
                continue
            for day in range(12):
                services.append(dict(
                    id=new_id(), client_id=client_id, provided_on=start + timedelta(days=day),
                    category="emergency_shelter" if day < 10 else "case_management",
                    provider="staff", mode="in_person", minutes=30, status="delivered",
                    note="", author_user_id=author, revision=1, created_at=now,
                    updated_at=now))
        s.execute(insert(m.ServiceRecordRow), services)


def baseline(ws: Workspace, start: date, end: date) -> float:
    """Seconds to read the period's placements with their clients and write them as CSV."""
    t = time.perf_counter()
    with ws.ctx.read() as s:
        query = (select(m.PlacementRow.id, m.PlacementRow.client_id, m.PlacementRow.start_date,
                        m.PlacementRow.exit_date, m.ClientPersonalRow.gender,
                        m.ClientPersonalRow.race_ethnicity, m.ClientRow.created_at)
                 .join(m.ClientRow, m.ClientRow.id == m.PlacementRow.client_id)
                 .join(m.ClientPersonalRow, m.ClientPersonalRow.client_id == m.ClientRow.id)
                 .where(m.PlacementRow.project_id.is_not(None),
                        m.PlacementRow.start_date <= end))
        buffer = io.StringIO()
        csv.writer(buffer).writerows(s.execute(query))
    del start
    return time.perf_counter() - t


def timed_export(ws: Workspace, folder: Path, fy: int, start: date, end: date,
                 hashed: bool) -> tuple[float, float, int, int]:
    """Wall seconds, CPU seconds of this process (what the export itself costs, whatever
    else the machine runs), enrollments, rows."""
    t, cpu = time.perf_counter(), time.process_time()
    result = ws.hmis.export(folder, fy=fy, start=start, end=end, hash_names=hashed)
    took, cpu = time.perf_counter() - t, time.process_time() - cpu
    problems = validate({p.stem: p.read_bytes() for p in folder.glob("*.csv")}, fy)
    if problems:
        raise SystemExit(f"FY{fy}: {len(problems)} problems, first: {problems[0]}")
    return took, cpu, result.enrollments, sum(f.rows for f in result.files)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--referrals", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ws, _ = Workspace.create(Path(tmp) / "vault", agency_name="Bench agency",
                                 agency_kind=AgencyKind.OTHER, admin_name="admin",
                                 admin_display_name="Admin", passphrase=PASSPHRASE,
                                 demo=True)
        t = time.perf_counter()
        DemoGenerator(ws.ctx, seed=7).run(args.referrals)
        add_projects(ws)
        print(f"vault: {time.perf_counter() - t:.1f} s", file=sys.stderr)
        today = ws.today()
        end, start = today, today - timedelta(days=2 * 365)
        print(f"{args.referrals:,} referrals; period {start} to {end}; median of {args.runs}\n")
        print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores\n")
        print("| export | enrollments | rows | ours, wall (s) | ours, CPU (s) | baseline (s) "
              "| ours / baseline |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        n = 0
        for fy, hashed in ((2024, False), (2026, False), (2024, True)):
            ours, cpus, base = [], [], []
            for _ in range(args.runs):
                n += 1
                took, cpu, enrollments, rows = timed_export(ws, Path(tmp) / f"out{n}", fy,
                                                            start, end, hashed)
                ours.append(took)
                cpus.append(cpu)
                base.append(baseline(ws, start, end))
            o, c, b = (statistics.median(x) for x in (ours, cpus, base))
            label = f"FY{fy}" + (", hashed names" if hashed else "")
            print(f"| {label} | {enrollments:,} | {rows:,} | {o:.2f} | {c:.2f} | {b:.2f} "
                  f"| {o / b:.1f}x |", flush=True)
            if o > BUDGET_S:
                print(f"\nOVER BUDGET: {o:.1f} s > {BUDGET_S} s", file=sys.stderr)
        ws.close()


if __name__ == "__main__":
    main()
