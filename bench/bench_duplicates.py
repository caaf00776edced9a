"""Duplicate clients: precision and recall on the seeded set, and the intake check at scale.

    .venv/bin/python bench/bench_duplicates.py [--referrals 100000]

1. The seeded set (``services/demo_duplicates.py``): 500 people and 50 planted duplicates
   written with typical variations, every person looked up through the key index as the
   intake check does, then scored: precision, recall, and the time per check.
2. A demo vault (SQLCipher) at ``--referrals``: the intake check
   (``DuplicateService.check``) for a few names, median of 15 warm runs, beside the
   caseload's full-text search for the same name (the existing way to find a person by
   name) as the baseline measured in the same run.

Prints markdown (copied into docs/benchmarks.md). Run by hand, not in CI.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from nap_desktop.domain.duplicates import Person, keys_needed, score
from nap_desktop.domain.enums import AgencyKind
from nap_desktop.domain.name_keys import index_keys
from nap_desktop.services.demo import DemoGenerator
from nap_desktop.services.demo_duplicates import seeded_people
from nap_desktop.services.queries import CaseloadFilter
from nap_desktop.services.workspace import Workspace

PASSPHRASE = "benchmark passphrase, not real"


def median_ms(fn: Callable[[], object], runs: int = 15) -> float:
    fn()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def seeded() -> None:
    data = seeded_people()
    t0 = time.perf_counter()
    keys = [index_keys(p.legal_name, p.preferred_name) for p in data.people]
    by_key: dict[str, set[int]] = defaultdict(set)
    for i, ks in enumerate(keys):
        for k in ks:
            by_key[k].add(i)
    found: set[tuple[int, int]] = set()
    scored = 0
    t1 = time.perf_counter()
    for i, person in enumerate(data.people):
        hits: dict[int, int] = defaultdict(int)
        for k in keys[i]:
            for j in by_key[k] - {i}:
                hits[j] += 1
        for j, n in hits.items():
            other = data.people[j]
            near = (person.date_of_birth is not None and other.date_of_birth is not None
                    and abs(person.date_of_birth.year - other.date_of_birth.year) <= 1)
            if n >= keys_needed(len(keys[i])) or near:
                scored += 1
                if score(person, other).likely:
                    found.add((min(i, j), max(i, j)))
    t2 = time.perf_counter()
    true = len(found & data.pairs)
    print(f"### Duplicate detection on the seeded set ({len(data.people)} records, "
          f"{len(data.pairs)} planted duplicates)\n")
    print("| measure | value |\n|---|---:|")
    print(f"| precision | {true / len(found):.2f} ({true} of {len(found)} pairs shown) |")
    print(f"| recall | {true / len(data.pairs):.2f} ({true} of {len(data.pairs)} found) |")
    print(f"| candidates scored per check | {scored / len(data.people):.1f} |")
    print(f"| time per check (index look-up + scoring, in memory) | "
          f"{(t2 - t1) / len(data.people) * 1000:.2f} ms |")
    print(f"| building the keys of 550 people | {(t1 - t0) * 1000:.0f} ms |\n")


def at_scale(referrals: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        ws, _ = Workspace.create(Path(tmp) / "vault", agency_name="Bench agency",
                                 agency_kind=AgencyKind.OTHER, admin_name="admin",
                                 admin_display_name="Admin", passphrase=PASSPHRASE, demo=True)
        t = time.perf_counter()
        DemoGenerator(ws.ctx, seed=7).run(referrals)
        gen_s = time.perf_counter() - t
        with ws.ctx.read() as s:
            from sqlalchemy import text
            clients = s.execute(text("SELECT count(*) FROM clients")).scalar()
            rows = s.execute(text("SELECT count(*) FROM client_match_keys")).scalar()
        print(f"### Intake duplicate check at {referrals:,} referrals ({clients:,} clients, "
              f"{rows:,} key rows; demo generation {gen_s:.0f} s)\n")
        print("| name typed at intake | check (ms) | FTS caseload search, baseline (ms) | "
              "ratio | shown |")
        print("|---|---:|---:|---:|---:|")
        cases = [("Maria Garcia", date(1990, 3, 4), "garcia"),
                 ("Huong Nguyen", None, "nguyen"),
                 ("Jose Luis Hernandez Lopez", date(1985, 7, 1), "hernandez"),
                 ("Xiaoming Zhang", date(2000, 1, 2), "zhang"),
                 ("Zyxwvut Nobody", None, "zyxwvut")]
        for name, dob, word in cases:
            person = Person(name, date_of_birth=dob)
            shown = len(ws.duplicates.check(person))
            check = median_ms(lambda p=person: ws.duplicates.check(p))  # type: ignore[misc]
            base = median_ms(lambda w=word: ws.queries.caseload_page(  # type: ignore[misc]
                CaseloadFilter(search=w), limit=200))
            print(f"| {name}{' + birth date' if dob else ''} | {check:.1f} | {base:.1f} | "
                  f"{check / base:.2f}x | {shown} |")
        t = time.perf_counter()
        pairs = ws.duplicates.caseload_pairs()
        print(f"\nSupervisor's list across the caseload: {len(pairs)} likely pairs in "
              f"{time.perf_counter() - t:.1f} s.")
        ws.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--referrals", type=int, default=100_000)
    parser.add_argument("--seeded-only", action="store_true")
    args = parser.parse_args()
    seeded()
    if not args.seeded_only:
        at_scale(args.referrals)


if __name__ == "__main__":
    main()
