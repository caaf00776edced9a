"""Caseload report benchmark on a real (SQLCipher) vault of many referrals.

    .venv/bin/python bench/bench_caseload_report.py [--referrals 100000]

Times reading every matching row in one snapshot, rendering the report (the first
``MAX_REPORT_ROWS`` listed, every row counted) and the whole service call, for the full
caseload and a narrower filter. Prints a markdown table (for docs/benchmarks.md). Run by
hand, not in CI.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from nap_desktop.domain.enums import AgencyKind, ReferralStatus
from nap_desktop.services import reports as report_service
from nap_desktop.services.demo import DemoGenerator
from nap_desktop.services.queries import CaseloadFilter
from nap_desktop.services.workspace import Workspace

PASSPHRASE = "benchmark passphrase, not real"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--referrals", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ws, _ = Workspace.create(Path(tmp) / "vault", agency_name="Bench agency",
                                 agency_kind=AgencyKind.OTHER, admin_name="admin",
                                 admin_display_name="Admin", passphrase=PASSPHRASE)
        t = time.perf_counter()
        DemoGenerator(ws.ctx, seed=7).run(args.referrals)
        print(f"demo generation: {time.perf_counter() - t:.1f} s", file=sys.stderr)
        print("| filter | matches | listed | pages | read rows (s) | whole report (s) |")
        print("|---|---:|---:|---:|---:|---:|")
        filters = {"all referrals": CaseloadFilter(),
                   "in progress": CaseloadFilter(
                       statuses=frozenset({ReferralStatus.IN_PROGRESS}))}
        for name, flt in filters.items():
            t = time.perf_counter()
            rows = ws.queries.caseload.every_row(flt)
            read_s = time.perf_counter() - t
            t = time.perf_counter()
            result = ws.reports.caseload_report(flt, description=name)
            total_s = time.perf_counter() - t
            print(f"| {name} | {len(rows):,} | {result.row_count:,} | {result.pages:,} "
                  f"| {read_s:.2f} | {total_s:.1f} |")
        ws.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nlist limit {report_service.MAX_REPORT_ROWS:,}; peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()
