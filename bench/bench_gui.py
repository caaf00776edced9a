"""GUI benchmark at 100k referrals: start-up to a usable main window (KDF shown apart),
filter change and search keystroke to an updated view, scrolling to the end, peak RSS.

    PYTHONPATH=. xvfb-run -s "-screen 0 1440x900x24" .venv/bin/python bench/bench_gui.py

The vault is generated once into /tmp/nap-bench-gui-vault (reused when present). Each
measurement runs in a fresh child process so that start-up and peak RSS are honest.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

T0 = time.perf_counter()
VAULT = Path(os.environ.get("NAP_BENCH_VAULT", "/tmp/nap-bench-gui-vault"))
REFERRALS = int(os.environ.get("NAP_BENCH_REFERRALS", "100000"))
PASSPHRASE = "bench vault passphrase, not secret"


def ensure_vault() -> None:
    from nap_desktop.domain.enums import AgencyKind
    from nap_desktop.services.demo import DemoGenerator
    from nap_desktop.services.workspace import Workspace
    from nap_desktop.store.vault import KEYSLOT_FILE

    if (VAULT / KEYSLOT_FILE).exists():
        return
    started = time.perf_counter()
    ws, _key = Workspace.create(
        VAULT,
        agency_name="Bench Agency (demo)",
        agency_kind=AgencyKind.VICTIM_SERVICE_PROVIDER,
        admin_name="admin",
        admin_display_name="Bench Admin",
        passphrase=PASSPHRASE,
    )
    DemoGenerator(ws.ctx, seed=1).run(REFERRALS)
    ws.close()
    print(
        f"generated {REFERRALS} referrals in {time.perf_counter() - started:.0f} s", file=sys.stderr
    )


def child() -> None:
    """Start the app's window on the bench vault and measure (runs in a fresh process)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from nap_desktop.gui.application import create_application
    from nap_desktop.gui.autolock import AutoLock
    from nap_desktop.gui.main_window import MainWindow
    from nap_desktop.services.workspace import Workspace
    from nap_desktop.store.vault import Vault

    app = create_application([sys.argv[0]])
    out: dict[str, float] = {}
    vault = Vault.open(VAULT)
    k0 = time.perf_counter()
    ws = Workspace.unlock(vault, "admin", PASSPHRASE)
    out["kdf_unlock_s"] = time.perf_counter() - k0
    window = MainWindow(workspace=ws, autolock=AutoLock())
    window.tabs.setCurrentIndex(1)
    window.show()
    table = window.caseload.table
    table.viewport().repaint()
    app.processEvents()
    out["start_to_window_s"] = time.perf_counter() - T0 - out["kdf_unlock_s"]
    out["rows"] = window.caseload_model.rowCount()

    def timed(action) -> float:  # type: ignore[no-untyped-def]
        s = time.perf_counter()
        action()
        table.viewport().repaint()
        QCoreApplication.processEvents()
        return (time.perf_counter() - s) * 1000

    filters = window.caseload.filters
    samples = [
        timed(lambda k=k: filters.set_quick(k))
        for k in ("awaiting", "overdue", "all", "consent_expiring", "all", "mine", "all")
    ]
    out["filter_change_ms_max"] = max(samples)
    out["filter_change_ms_median"] = sorted(samples)[len(samples) // 2]
    keys = []
    for text in ("M", "Ma", "Mar", "Marí", "María", "María G", "María Ga"):
        filters.search_edit.blockSignals(True)
        filters.search_edit.setText(text)
        filters.search_edit.blockSignals(False)
        keys.append(timed(filters.apply))
    out["search_keystroke_ms_max"] = max(keys)
    out["search_keystroke_ms_median"] = sorted(keys)[len(keys) // 2]
    filters.search_edit.clear()
    filters.apply()
    out["sort_by_client_ms"] = timed(lambda: window.caseload_model.sort(1))
    from PySide6.QtCore import Qt

    window.caseload_model.sort(6, Qt.SortOrder.DescendingOrder)
    bar = table.verticalScrollBar()
    steps = []
    for value in range(0, bar.maximum() + 1, max(1, bar.maximum() // 60)):
        steps.append(timed(lambda v=value: bar.setValue(v)))
    steps.append(timed(lambda: bar.setValue(bar.maximum())))
    out["scroll_step_ms_max"] = max(steps)
    out["scroll_step_ms_median"] = sorted(steps)[len(steps) // 2]
    out["scroll_end_ms"] = timed(table.scrollToBottom)
    out["cached_rows"] = window.caseload_model.cached_rows()
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    window.close()
    QApplication.processEvents()
    print(json.dumps(out))


def main() -> None:
    ensure_vault()
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    proc = subprocess.run(
        [sys.executable, __file__, "--child"], env=env, check=True, capture_output=True, text=True
    )
    r = json.loads(proc.stdout.strip().splitlines()[-1])
    rows = [
        ("Referrals in the caseload", f"{r['rows']:,}", ""),
        (
            "Process start → usable main window (KDF excluded)",
            f"{r['start_to_window_s']:.2f} s",
            "≤ 1.5 s",
        ),
        (
            "Unlock (Argon2id 64 MiB, t=3, p=4 + schema check), shown apart",
            f"{r['kdf_unlock_s']:.2f} s",
            "",
        ),
        (
            "Filter change → updated view (median / max)",
            f"{r['filter_change_ms_median']:.0f} / {r['filter_change_ms_max']:.0f} ms",
            "≤ 50 ms",
        ),
        (
            "Search keystroke → updated view (median / max)",
            f"{r['search_keystroke_ms_median']:.0f} / {r['search_keystroke_ms_max']:.0f} ms",
            "≤ 50 ms",
        ),
        ("Sort by client name (SQL)", f"{r['sort_by_client_ms']:.0f} ms", ""),
        (
            "Scroll step, 60 jumps to the end (median / max)",
            f"{r['scroll_step_ms_median']:.1f} / {r['scroll_step_ms_max']:.1f} ms",
            "no stutter (< 16 ms)",
        ),
        ("Scroll to the end", f"{r['scroll_end_ms']:.1f} ms", ""),
        ("Rows held in memory by the model", f"{r['cached_rows']:,}", ""),
        ("Peak RSS", f"{r['peak_rss_mb']:.0f} MB", "≤ 300 MB"),
    ]
    print("| measure | result | target |\n|---|---|---|")
    for name, value, target in rows:
        print(f"| {name} | {value} | {target} |")


if __name__ == "__main__":
    if "--child" in sys.argv:
        child()
    else:
        main()
