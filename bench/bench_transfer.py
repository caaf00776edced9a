"""Export and import of 10,000 referrals between two real encrypted vaults.

    .venv/bin/python bench/bench_transfer.py [--referrals N] [--runs R]

Prints a markdown table (targets: export <= 5 s, import <= 5 s): the median of R runs,
each on new vaults, and their range. The vaults are made in a temporary folder with the
production Argon2id parameters; only the transfer is timed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select, text

from nap_desktop.domain.enums import AgencyKind
from nap_desktop.services.demo import DemoGenerator
from nap_desktop.services.workspace import Workspace
from nap_desktop.store import models as m

T = TypeVar("T")
PASSPHRASE = "benchmark vault passphrase, not for real cases"


def timed(fn: Callable[[], T]) -> tuple[T, float]:
    started = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - started


Row = tuple[str, float, str]


def one_run(referrals: int) -> tuple[list[Row], int, int]:
    """The six timed steps on two new vaults; also how many referrals went and landed."""
    with tempfile.TemporaryDirectory() as tmp:
        a, _ = Workspace.create(Path(tmp) / "a", agency_name="Bench Shelter",
                                agency_kind=AgencyKind.VICTIM_SERVICE_PROVIDER, admin_name="admin",
                                admin_display_name="Admin", passphrase=PASSPHRASE, demo=True)
        b, _ = Workspace.create(Path(tmp) / "b", agency_name="Bench Task Force",
                                agency_kind=AgencyKind.TASK_FORCE, admin_name="admin",
                                admin_display_name="Admin", passphrase=PASSPHRASE)
        try:
            DemoGenerator(a.ctx, seed=7).run(referrals)
            card_a, card_b = a.identity.identity_card(), b.identity.identity_card()
            to_b = a.identity.pin_partner(card_b.card, card_b.fingerprint).agency_id
            b.identity.pin_partner(card_a.card, card_a.fingerprint)
            with a.ctx.unit_of_work() as s:
                # A package holds only referrals with its partner: the demo's partner
                # agencies all become B (setup, not timed).
                me = s.scalars(select(m.AgencyRow.id).where(m.AgencyRow.is_self)).one()
                for table, column in (("referrals", "to_agency_id"),
                                      ("referrals", "from_agency_id"),
                                      ("releases", "recipient_agency_id")):
                    s.execute(text(f"UPDATE {table} SET {column} = :b "
                                   f"WHERE {column} != :me"), {"b": to_b, "me": me})
                referral_ids = list(s.scalars(select(m.ReferralRow.id)))
            rows: list[Row] = []
            gated, t = timed(lambda: a.exports.export_detailed(to_b, referral_ids))
            rows.append(("export, consent-gated", t, f"{gated.record_count} records, "
                         f"{len(gated.data) / 2**20:.1f} MiB"))
            full, t = timed(lambda: a.exports.export_detailed(to_b, referral_ids,
                                                              override_reason="benchmark"))
            rows.append(("export, everything (override)", t, f"{full.record_count} records, "
                         f"{len(full.data) / 2**20:.1f} MiB"))
            plan, t = timed(lambda: b.imports.preview_import(full.data))
            rows.append(("import dry run", t, plan.summary()))
            result, t = timed(lambda: b.imports.import_package(full.data))
            rows.append(("import, everything new", t, result.plan.summary()))
            again, t = timed(lambda: b.imports.import_package(full.data))
            rows.append(("import again (no-op)", t, again.plan.summary()))
            to_a = b.identity.partners()[0].agency_id
            back, t = timed(lambda: a.imports.import_package(b.exports.export(to_a,
                                                                              referral_ids)))
            rows.append(("export + import back, all unchanged", t, back.plan.summary()))
            with b.ctx.read() as s:
                landed = s.scalar(select(func.count()).select_from(m.ReferralRow)) or 0
        finally:
            a.close()
            b.close()
    return rows, len(referral_ids), landed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--referrals", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    runs = [one_run(args.referrals) for _ in range(max(1, args.runs))]
    _rows, sent, landed = runs[0]
    print(f"Transfer of {sent} referrals ({landed} landed in the second vault), "
          f"median of {len(runs)} run(s)\n")
    print("| step | seconds | range | notes |")
    print("|---|---:|---:|---|")
    for i, (step, _t, note) in enumerate(runs[0][0]):
        times = [run[0][i][1] for run in runs]
        print(f"| {step} | {statistics.median(times):.2f} | "
              f"{min(times):.2f}–{max(times):.2f} | {note} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
