"""Store benchmark at scale: SQLCipher vault beside plain SQLite, same code, same data.

    .venv/bin/python bench/bench_store.py [--referrals 100000]

Prints a markdown table (copied into docs/benchmarks.md). Run by hand, not in CI.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, create_engine, event

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from nap_desktop.domain.enums import AgencyKind, ReferralStatus
from nap_desktop.services.base import Actor, ServiceContext, new_id
from nap_desktop.services.demo import DEMO_VAULT_KEY, DemoGenerator
from nap_desktop.services.queries import CaseloadFilter, QueryService
from nap_desktop.services.workspace import Workspace
from nap_desktop.store import mapping, migrations
from nap_desktop.store import models as m
from nap_desktop.store.vault import Vault

PASSPHRASE = "benchmark passphrase, not real"


def median_ms(fn: Callable[[], object], runs: int = 15) -> float:
    fn()  # warm the page cache and statement cache
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def plain_context(path: Path) -> ServiceContext:
    engine: Engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _connect(dbapi: object, _rec: object) -> None:
        dbapi.isolation_level = None  # type: ignore[attr-defined]
        cur = dbapi.cursor()  # type: ignore[attr-defined]
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")

    @event.listens_for(engine, "begin")
    def _begin(conn: object) -> None:
        conn.exec_driver_sql("BEGIN")  # type: ignore[attr-defined]

    class Source:
        pass

    src = Source()
    src.engine = engine  # type: ignore[attr-defined]
    migrations.upgrade(engine)
    ctx = ServiceContext(source=src, actor=Actor(user=None))  # type: ignore[arg-type]
    now = ctx.now()
    with ctx.unit_of_work() as s:
        a = m.AgencyRow(
            id=new_id(),
            name="Bench",
            kind=AgencyKind.OTHER.value,
            is_victim_service_provider=False,
            contacts="",
            is_self=True,
            created_at=now,
            updated_at=now,
            revision=1,
        )
        u = m.UserRow(
            id=new_id(),
            name="admin",
            display_name="Admin",
            role="admin",
            active=True,
            created_at=now,
        )
        s.add_all([a, u, m.Setting(key=DEMO_VAULT_KEY, value="1")])
        s.flush()
        ctx.actor = Actor(user=mapping.user(u), agency=mapping.agency(a))
    return ctx


def measure(ctx: ServiceContext, referrals: int) -> dict[str, float]:
    out: dict[str, float] = {}
    t = time.perf_counter()
    DemoGenerator(ctx, seed=7).run(referrals)
    out["demo generation (s)"] = time.perf_counter() - t
    q = QueryService(ctx)
    flt = CaseloadFilter(statuses=frozenset({ReferralStatus.IN_PROGRESS}))
    out["caseload first page, status filter (ms)"] = median_ms(
        lambda: q.caseload_page(flt, limit=200)
    )
    out["caseload first page, no filter (ms)"] = median_ms(
        lambda: q.caseload_page(CaseloadFilter(), limit=200)
    )
    out["FTS search 'garc' first page (ms)"] = median_ms(
        lambda: q.caseload_page(CaseloadFilter(search="garc"), limit=200)
    )
    out["FTS search count (ms)"] = median_ms(
        lambda: q.caseload_count(CaseloadFilter(search="garc"))
    )
    out["full caseload count (ms)"] = median_ms(lambda: q.caseload_count(CaseloadFilter()))
    out["last page (offset N-200) (ms)"] = median_ms(
        lambda: q.caseload_page(CaseloadFilter(), offset=max(0, referrals - 200), limit=200), 5
    )
    out["dashboard (ms)"] = median_ms(q.dashboard, 5)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--referrals", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        plain = measure(plain_context(root / "plain.db"), args.referrals)
        t = time.perf_counter()
        ws, _ = Workspace.create(
            root / "vault",
            agency_name="Bench agency",
            agency_kind=AgencyKind.OTHER,
            admin_name="admin",
            admin_display_name="Admin",
            passphrase=PASSPHRASE,
            demo=True,
        )
        create_s = time.perf_counter() - t
        enc = measure(ws.ctx, args.referrals)
        ws.close()
        vault = Vault.open(root / "vault")
        t = time.perf_counter()
        ws = Workspace.unlock(vault, "admin", PASSPHRASE)
        unlock_s = time.perf_counter() - t
        ws.close()
        size_mb = (root / "vault" / "vault.db").stat().st_size / 1e6
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"### Store at {args.referrals:,} referrals\n")
    print("| measure | plain SQLite | SQLCipher vault | ratio |")
    print("|---|---:|---:|---:|")
    for key in plain:
        ratio = enc[key] / plain[key] if plain[key] else float("nan")
        print(f"| {key} | {plain[key]:.2f} | {enc[key]:.2f} | {ratio:.2f}x |")
    print(
        f"\nVault creation (one Argon2id slot + schema): {create_s:.2f} s; unlock "
        f"(Argon2id 64 MiB t=3 p=4 + open + migration check): {unlock_s:.2f} s; "
        f"vault.db {size_mb:.0f} MB; peak RSS of the whole run {peak_mb:.0f} MB."
    )


if __name__ == "__main__":
    main()
