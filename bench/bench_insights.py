"""Insights tab benchmark at 100k referrals: from showing the tab to all six charts
painted, and the parts of it, each beside a baseline measured in the same run.

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_insights.py [--runs 5]

The vault is generated once into /tmp/nap-bench-insights-vault (reused when complete):
the demo generator's 100k referrals; if the demo data has no service records yet, three
per client are added in bulk (bench filler, so the services chart reads a realistic table).

What is timed (period: the last 12 months, the widest preset):

- open: ``InsightsTab`` created and shown, its one background read of the six figures,
  the charts and tables built, and every chart view painted (``grab()`` of each, also
  those scrolled out of sight). The first open also imports Qt Charts: reported apart;
- read: ``InsightsService.overview`` alone on the encrypted vault, against the same
  statements on a plain SQLite copy of the same tables (the cost of the encryption);
- charts: building and painting the six charts and tables from figures already read,
  against bare ``QChartView``s with the same series and no tables.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

VAULT = Path(os.environ.get("NAP_BENCH_VAULT", "/tmp/nap-bench-insights-vault"))
REFERRALS = int(os.environ.get("NAP_BENCH_REFERRALS", "100000"))
PASSPHRASE = "bench vault passphrase, not secret"
COMPLETE = VAULT / "bench-complete"
TARGET_S = 1.0


def ensure_vault() -> None:
    from nap_desktop.domain.enums import AgencyKind
    from nap_desktop.services.demo import DemoGenerator
    from nap_desktop.services.workspace import Workspace

    if COMPLETE.exists():
        return
    shutil.rmtree(VAULT, ignore_errors=True)
    started = time.perf_counter()
    ws, _key = Workspace.create(VAULT, agency_name="Bench Agency (demo)",
                                agency_kind=AgencyKind.VICTIM_SERVICE_PROVIDER,
                                admin_name="admin", admin_display_name="Bench Admin",
                                passphrase=PASSPHRASE, demo=True)
    DemoGenerator(ws.ctx, seed=1).run(REFERRALS)
    add_services(ws)
    ws.close()
    COMPLETE.write_text("ok\n")
    print(f"generated {REFERRALS} referrals in {time.perf_counter() - started:.0f} s",
          file=sys.stderr)


def add_services(ws: Any) -> None:
    """Bench filler: three delivered services per client over two years, when the demo
    data brought none."""
    from sqlalchemy import func, insert, select

    from nap_desktop.domain.enums import ServiceCategory
    from nap_desktop.services.base import new_id
    from nap_desktop.store import models as m

    with ws.ctx.unit_of_work() as s:
        if s.scalar(select(func.count()).select_from(m.ServiceRecordRow)):
            return
        rng, today, now = random.Random(1), ws.today(), ws.ctx.now()
        categories = list(ServiceCategory)
        rows = [dict(id=new_id(), client_id=cid, provided_on=today - timedelta(
                    days=rng.randrange(0, 730)), category=rng.choice(categories).value,
                     provider="staff", mode="in_person", minutes=30, status="delivered",
                     note="", created_at=now, updated_at=now, revision=1)
                for cid in s.scalars(select(m.ClientRow.id)) for _ in range(3)]
        s.execute(insert(m.ServiceRecordRow), rows)


def plain_copy(ws: Any, folder: Path) -> Any:
    """The vault's tables, decrypted into a plain SQLite file (same rows, same indexes)."""
    from sqlalchemy import create_engine

    target = folder / "plain.db"
    raw = ws.unlocked.engine.raw_connection()
    try:
        driver: Any = raw.driver_connection
        driver.commit()
        driver.execute(f"ATTACH DATABASE '{target}' AS plain KEY ''")
        driver.execute("SELECT sqlcipher_export('plain')").fetchall()
        driver.commit()
        driver.execute("DETACH DATABASE plain")
    finally:
        raw.close()
    return create_engine(f"sqlite:///{target}")


def timed(fn: Any) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    ensure_vault()
    print(f"load average before: {os.getloadavg()}")
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import text

    from nap_desktop.gui.application import keep_none_alive
    from nap_desktop.gui.insights import periods
    from nap_desktop.services.base import Actor, ServiceContext
    from nap_desktop.services.insights import InsightsService
    from nap_desktop.services.workspace import Workspace
    from nap_desktop.store.vault import Vault

    keep_none_alive()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    ws = Workspace.unlock(Vault.open(VAULT), "admin", PASSPHRASE)
    start, end = periods.last_twelve_months(ws.today())
    with ws.ctx.read() as s:
        indexes = sorted(name for (name,) in s.execute(text(
            "SELECT name FROM sqlite_master WHERE name IN "
            "('ix_referrals_outcome', 'ix_service_records_counted')")))
    with tempfile.TemporaryDirectory() as tmp:
        engine = plain_copy(ws, Path(tmp))

        class Plain:
            pass

        plain = Plain()
        plain.engine = engine  # type: ignore[attr-defined]
        plain_ctx = ServiceContext(source=plain, actor=Actor(user=ws.user))  # type: ignore[arg-type]
        on_plain = InsightsService(plain_ctx)
        first_import = timed(lambda: __import__("nap_desktop.gui.insights.tab"))
        opens, fy_opens, reads, plain_reads, builds, bares = [], [], [], [], [], []
        overview = ws.insights.overview(start, end)
        for _ in range(args.runs):
            opens.append(open_tab(app, ws))
            fy_opens.append(open_tab(app, ws, "this_fy"))
            reads.append(timed(lambda: ws.insights.overview(start, end)))
            plain_reads.append(timed(lambda: on_plain.overview(start, end)))
            builds.append(build_charts(app, overview))
            bares.append(bare_charts(app, overview))
        engine.dispose()
    ws.close()
    print_table(first_import, opens, reads, plain_reads, builds, bares, overview)
    print(f"| The same, period this federal fiscal year so far | {ms(fy_opens)} | — | — | "
          f"≤ {TARGET_S * 1000:.0f} ms |")
    print(f"covering indexes asked of 0020 present: {indexes}")
    print(f"load average after: {os.getloadavg()}")
    return 0


def open_tab(app: Any, ws: Any, preset: str = "last_12") -> float:
    """Show a new tab (last 12 months) and wait until every chart is painted."""
    from PySide6.QtCore import QEventLoop

    from nap_desktop.gui.insights.tab import InsightsTab

    started = time.perf_counter()
    tab = InsightsTab(workspace=ws)
    tab.period.setCurrentIndex(tab.period.findData(preset))
    tab._apply_preset()
    tab.resize(1360, 820)
    loop = QEventLoop()
    tab.refreshed.connect(loop.quit)
    tab.show()
    tab.refresh()
    loop.exec()
    for panel in tab.panels.values():
        panel.view.grab()
    app.processEvents()
    elapsed = time.perf_counter() - started
    tab.close()
    tab.deleteLater()
    app.processEvents()
    return elapsed


def build_charts(app: Any, overview: Any) -> float:
    """Charts and tables from figures already read, every chart painted."""
    from nap_desktop.gui.insights.tab import InsightsTab

    tab = InsightsTab(workspace=None)
    tab.resize(1360, 820)
    tab.show()
    app.processEvents()
    started = time.perf_counter()
    tab._show(overview)
    for panel in tab.panels.values():
        panel.view.grab()
    elapsed = time.perf_counter() - started
    tab.close()
    tab.deleteLater()
    app.processEvents()
    return elapsed


def bare_charts(app: Any, overview: Any) -> float:
    """The baseline: six bare QChartViews with the same series, painted; no tables."""
    from PySide6.QtCharts import QChartView

    from nap_desktop.gui.insights import charts

    started = time.perf_counter()
    figures = [charts.services_figure(overview.services), charts.clients_figure(overview.clients),
               charts.outcomes_figure(overview.outcomes), charts.move_in_figure(overview.move_in),
               charts.restitution_figure(overview.restitution),
               charts.caseload_figure(overview.caseload)]
    views = []
    for figure in figures:
        view = QChartView(figure.chart)
        view.resize(760, 300)
        view.grab()
        views.append(view)
    elapsed = time.perf_counter() - started
    for view in views:
        view.deleteLater()
    app.processEvents()
    return elapsed


def ms(values: list[float]) -> str:
    return f"{1000 * statistics.median(values):.0f} ms"


def print_table(first_import: float, opens: list[float], reads: list[float],
                plain_reads: list[float], builds: list[float], bares: list[float],
                overview: Any) -> None:
    def ratio(a: list[float], b: list[float]) -> str:
        return f"{statistics.median(a) / statistics.median(b):.2f}×"

    services = sum(overview.services.total(k) for k in overview.services.keys)
    print(f"\n{REFERRALS} referrals; period {overview.start} to {overview.end}; "
          f"{services} services in it; {len(opens)} runs (medians)\n")
    print("| What | Ours | Baseline | Ratio | Target |")
    print("| --- | --- | --- | --- | --- |")
    print(f"| Insights tab: shown to all six charts painted | {ms(opens)} | — | — | "
          f"≤ {TARGET_S * 1000:.0f} ms |")
    print(f"| Qt Charts + tab modules imported (first open only) | "
          f"{1000 * first_import:.0f} ms | — | — | — |")
    print(f"| The six figures read (SQLCipher vault vs plain SQLite copy) | {ms(reads)} | "
          f"{ms(plain_reads)} | {ratio(reads, plain_reads)} | — |")
    print(f"| Six charts + tables built and painted (vs bare QChartViews, same series) | "
          f"{ms(builds)} | {ms(bares)} | {ratio(builds, bares)} | — |")


if __name__ == "__main__":
    sys.exit(main())
