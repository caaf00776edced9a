"""Opening a case with 20 referrals (one received, nineteen sent on, each following from
an earlier one) in a 100k-referral vault: the issue's budget is 150 ms.

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_case_open.py [--runs 15]
        [--busy-core]

The vault is bench_gui's (generated once, ``NAP_BENCH_VAULT``; reused when complete); the
20-referral case is added once. Timed, per run, in one process: ``cases.get_case`` alone,
and a ``CaseView`` built, shown and painted (what a caseload row's Enter does). The
baseline is the same for a demo case with one referral, measured in the same run: the
ratio says what the referral list costs on top of a case view. ``get_case`` is also timed
against the same reading on a plain SQLite copy of the vault (``bench/calib.py``).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("NAP_BENCH_VAULT", "/tmp/nap-bench-gui-vault")

import bench_gui
import calib

MARK = "bench.onward_case"
#: The plain SQLite copy for the baseline: made after the 20-referral case was added.
PLAIN = bench_gui.VAULT.parent / (bench_gui.VAULT.name + "-plain-case.db")


def twenty_referral_case(ws: object) -> str:
    """The client id of the case with 20 referrals (added on first use)."""
    from nap_desktop.domain.enums import AgencyKind, ServiceType
    from nap_desktop.services.cases import PersonalInput

    found = ws.setting(MARK)  # type: ignore[attr-defined]
    if found:
        return str(found)
    agencies = ws.agencies  # type: ignore[attr-defined]
    fbi = agencies.add_partner(name="FBI Victim Services (demo)", kind=AgencyKind.LE_FEDERAL)
    partners = [p for p in agencies.list(include_self=False) if p.id != fbi.id][:5]
    client = ws.cases.create_client(PersonalInput(legal_name="Onward Bench (demo)"))  # type: ignore[attr-defined]
    previous = ws.referrals.create(  # type: ignore[attr-defined]
        client_id=client.id, from_agency_id=fbi.id, to_agency_id=ws.agency.id,  # type: ignore[attr-defined]
        direction=None, services=[ServiceType.HOUSING], reason="Referred by the FBI")
    for n in range(19):
        previous = ws.referrals.create(  # type: ignore[attr-defined]
            client_id=client.id, from_agency_id=ws.agency.id,  # type: ignore[attr-defined]
            to_agency_id=partners[n % len(partners)].id, direction=None,
            services=[ServiceType.LEGAL], follows_id=previous.id, reason=f"Onward {n}")
    ws.set_setting(MARK, client.id)  # type: ignore[attr-defined]
    return client.id


def one_referral_case(ws: object) -> str:
    from sqlalchemy import func, select

    from nap_desktop.store import models as m

    with ws.ctx.read() as s:  # type: ignore[attr-defined]
        return str(s.scalar(select(m.ReferralRow.client_id).group_by(m.ReferralRow.client_id)
                            .having(func.count() == 1).limit(1)))


def timed_open(app: object, ws: object, client_id: str) -> tuple[float, float, float]:
    """(get_case ms, case view built + shown + painted ms, the same in CPU ms: on a shared
    machine the wall time is mostly waiting for a core)."""
    from nap_desktop.gui.case.view import CaseView

    started = time.perf_counter()
    ws.cases.get_case(client_id)  # type: ignore[attr-defined]
    read = time.perf_counter() - started
    started, cpu = time.perf_counter(), time.process_time()
    view = CaseView(workspace=ws, client_id=client_id, discreet=False)  # type: ignore[arg-type]
    view.resize(1366, 700)
    view.show()
    view.repaint()
    app.processEvents()  # type: ignore[attr-defined]
    shown, cpu = time.perf_counter() - started, time.process_time() - cpu
    view.close()
    view.deleteLater()
    app.processEvents()  # type: ignore[attr-defined]
    return read * 1000, shown * 1000, cpu * 1000


def plain_get_case(ws: object, client_id: str) -> Callable[[], object]:
    """``get_case``'s reading on the plain SQLite copy (made once, after the 20-referral
    case was added): the same code, no SQLCipher."""
    from sqlalchemy.orm import Session

    from nap_desktop.services.cases import load_case

    raw = ws.ctx.source.engine.raw_connection()  # type: ignore[attr-defined]
    try:
        calib.plain_copy(raw.driver_connection, PLAIN)
    finally:
        raw.close()
    engine = calib.plain_engine(PLAIN)
    today = ws.ctx.today()  # type: ignore[attr-defined]

    def read() -> object:
        with Session(engine) as s, s.begin():
            return load_case(s, client_id, today)

    return read


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--busy-core", action="store_true",
                        help="keep one core busy beside the bench (python -c 'while True: pass')")
    args = parser.parse_args()
    bench_gui.ensure_vault()
    from PySide6.QtWidgets import QApplication

    from nap_desktop.gui.application import settle_memory
    from nap_desktop.services.workspace import Workspace
    from nap_desktop.store.vault import Vault

    app = QApplication([])
    figures = {
        "get": calib.Figure("get_case, 20 referrals", baseline_name="the same reading on "
                            "plain SQLite"),
        "open": calib.Figure("open the case (view built, shown, painted), 20 referrals",
                             target="≤ 150 ms", baseline_name="a demo case with 1 referral"),
        "cpu": calib.Figure("… the same, CPU time of the process",
                            baseline_name="a demo case with 1 referral"),
    }
    with calib.busy_core(args.busy_core), Vault.open(bench_gui.VAULT) as vault:
        ws = Workspace.unlock(vault, "admin", bench_gui.PASSPHRASE)
        try:
            many, one = twenty_referral_case(ws), one_referral_case(ws)
            assert len(ws.cases.get_case(many).referrals) == 20
            plain = plain_get_case(ws, many)
            timed_open(app, ws, many)  # warm: imports, the first style pass
            settle_memory()  # as the launcher does once the window is up (gc.freeze)
            calib.interleaved(lambda: ws.cases.get_case(many), plain, args.runs,
                              figures["get"])
            for fig in (figures["open"], figures["cpu"]):
                fig.start()
            for _ in range(args.runs):
                _read, wall, cpu = timed_open(app, ws, many)
                figures["open"].ours.append(wall)
                figures["cpu"].ours.append(cpu)
                _read, wall, cpu = timed_open(app, ws, one)
                figures["open"].baseline.append(wall)
                figures["cpu"].baseline.append(cpu)
            for fig in (figures["open"], figures["cpu"]):
                fig.stop()
        finally:
            ws.close()
    condition = "one core busy" if args.busy_core else "no added load"
    print(f"{args.runs} runs, vault of {bench_gui.REFERRALS} referrals, {condition}")
    calib.print_table(list(figures.values()))


if __name__ == "__main__":
    main()
