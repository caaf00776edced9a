"""The caseload, the dashboard and opening a case at a million referrals, beside 100k.

    PYTHONPATH=. .venv/bin/python bench/bench_scale.py --referrals 1000000 \
        [--base-referrals 100000] [--runs 20] [--busy-core] [--dir /tmp/perf-scale]

Builds (once, timed, cached under ``--dir``) a demo vault of ``--referrals`` referrals
and one of ``--base-referrals`` (the baseline), then times, interleaved run after run
(``calib.interleaved``), what the desktop asks the services for on each user action:
the first rows of each quick filter, of each search keystroke (every prefix of the
bench's searches, as typed), of each sort; every match's keys (the count, in the
background); a page of rows anywhere (a jump of the scroll bar); the dashboard; a case
opened. The baseline is the same call on the smaller vault: a ratio near 1 means the
action does not grow with the vault. Peak RSS and the vault's size are printed too.
Qt-free: the frames and the paint are ``bench_gui.py``'s.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import calib

from nap_desktop.domain.enums import AgencyKind
from nap_desktop.services.caseload_sql import SORT_KEYS, CaseloadFilter

PASSPHRASE = "bench vault passphrase, not secret"
SEARCHES = ("María García", "NAP-26-0001", "interpreter")
FIRST_ROWS = 50  # what the desktop asks for first (gui/caseload/cells.py)


def build(folder: Path, referrals: int) -> tuple[float, float] | None:
    """Generate the demo vault once (``folder/bench-complete`` marks it done); (seconds,
    MB) when it was built now."""
    done = folder / "bench-complete"
    if done.exists():
        return None
    from nap_desktop.services.demo import DemoGenerator
    from nap_desktop.services.workspace import Workspace

    shutil.rmtree(folder, ignore_errors=True)
    ws, _key = Workspace.create(
        folder,
        agency_name="Bench Agency (demo)",
        agency_kind=AgencyKind.VICTIM_SERVICE_PROVIDER,
        admin_name="admin",
        admin_display_name="Bench Admin",
        passphrase=PASSPHRASE,
        demo=True,
    )
    started = time.perf_counter()
    load = calib.load1()
    DemoGenerator(ws.ctx, seed=1).run(referrals)
    took = time.perf_counter() - started
    ws.close()
    size = sum(f.stat().st_size for f in folder.iterdir()) / 1e6
    done.write_text(f"{took:.1f} s, {size:.0f} MB, load {load:.1f} -> {calib.load1():.1f}\n")
    return took, size


def unlock(folder: Path) -> Any:
    from nap_desktop.services.workspace import Workspace
    from nap_desktop.store.vault import Vault

    return Workspace.unlock(Vault.open(folder), "admin", PASSPHRASE)


class Side:
    """One vault and the calls the bench makes on it."""

    def __init__(self, folder: Path) -> None:
        self.ws = unlock(folder)
        self.q = self.ws.queries
        with self.ws.ctx.read() as s:
            from sqlalchemy import text

            self.client_ids = [r[0] for r in s.execute(text(
                "SELECT id FROM clients ORDER BY random() LIMIT 200"))]
        self.keys = self.q.caseload_keys(CaseloadFilter())
        self.me = self.ws.ctx.actor.user_id

    def first(self, flt: CaseloadFilter) -> Callable[[], object]:
        return lambda: self.q.caseload_first(flt, limit=FIRST_ROWS)

    def count(self, flt: CaseloadFilter) -> Callable[[], object]:
        return lambda: self.q.caseload_keys(flt)

    def jump(self, rng: random.Random) -> Callable[[], object]:
        def page() -> object:
            at = rng.randrange(0, max(1, len(self.keys) - FIRST_ROWS))
            return self.q.caseload_rows(self.keys[at : at + FIRST_ROWS])

        return page

    def open_case(self, rng: random.Random) -> Callable[[], object]:
        return lambda: self.ws.cases.get_case(rng.choice(self.client_ids))


def quick_filters(me: str | None) -> dict[str, CaseloadFilter]:
    base = CaseloadFilter()
    return {
        "everything": base,
        "awaiting response": replace(base, awaiting_response=True),
        "overdue": replace(base, overdue=True),
        "consent expiring": replace(base, consent_expiring=True),
        "mine": replace(base, assigned_user_id=me),
    }


def measure(big: Side, small: Side, runs: int, only: str = "") -> list[calib.Figure]:
    figs: list[calib.Figure] = []
    rng_a, rng_b = random.Random(1), random.Random(1)

    def fig(name: str, ours: Callable[[], object], base: Callable[[], object], n: int = runs,
            target: str = "") -> calib.Figure:
        f = calib.Figure(name, target=target, baseline_name="same call, smaller vault")
        if only not in name:
            return f
        figs.append(calib.interleaved(ours, base, n, f))
        print(" ".join(f.row()[:4]), file=sys.stderr, flush=True)
        return f

    for name, flt in quick_filters(big.me).items():
        small_flt = replace(flt, assigned_user_id=small.me) if flt.assigned_user_id else flt
        fig(f"filter {name}: first rows", big.first(flt), small.first(small_flt),
            target="≤ 50 ms")
    keystrokes = calib.Figure("search keystroke: first rows (every prefix typed)",
                              target="≤ 50 ms", baseline_name="same call, smaller vault")
    with keystrokes.measuring():
        for text in SEARCHES if only in keystrokes.name else ():
            for end in range(1, len(text) + 1):
                flt = CaseloadFilter(search=text[:end])
                one = calib.interleaved(big.first(flt), small.first(flt), max(3, runs // 4),
                                        calib.Figure("k"))
                keystrokes.ours += one.ours
                keystrokes.baseline += one.baseline
    if keystrokes.ours:
        figs.append(keystrokes)
        print(" ".join(keystrokes.row()[:4]), file=sys.stderr, flush=True)
    for sort in SORT_KEYS:
        flt = CaseloadFilter(sort=sort, descending=sort == "updated")
        fig(f"sort by {sort}: first rows", big.first(flt), small.first(flt), target="≤ 50 ms")
    for sort in ("updated", "client", "partner"):
        flt = CaseloadFilter(sort=sort, descending=sort == "updated")
        fig(f"every match's key, sort by {sort} (count; background)", big.count(flt),
            small.count(flt), max(3, runs // 4))
    fig("a page of 50 rows anywhere (scroll-bar jump)", big.jump(rng_a), small.jump(rng_b))
    fig("dashboard", big.q.dashboard, small.q.dashboard, max(5, runs // 2))
    fig("open a case (get_case)", big.open_case(rng_a), small.open_case(rng_b),
        target="≤ 150 ms")
    return figs


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--referrals", type=int, default=1_000_000)
    parser.add_argument("--base-referrals", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--busy-core", action="store_true")
    parser.add_argument("--dir", type=Path, default=Path("/tmp/perf-scale"))
    parser.add_argument("--only", default="", help="only the figures whose name has this")
    args = parser.parse_args()
    big_dir = args.dir / f"vault-{args.referrals}"
    small_dir = args.dir / f"vault-{args.base_referrals}"
    for folder, n in ((small_dir, args.base_referrals), (big_dir, args.referrals)):
        made = build(folder, n)
        note = (folder / "bench-complete").read_text().strip()
        print(f"{n:,} referrals: {'built now' if made else 'cached'} ({note})")
    print(calib.load_line(), "(before)")
    with calib.busy_core(args.busy_core):
        small = Side(small_dir)
        big = Side(big_dir)
        figs = measure(big, small, args.runs, args.only)
    print(calib.load_line(), "(after)")
    calib.print_table(figs, title=(
        f"{args.referrals:,} referrals against {args.base_referrals:,}"
        + (", one core busy" if args.busy_core else "")))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nPeak RSS of the bench (both vaults open): {rss:.0f} MB; load at the end "
          f"{os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
