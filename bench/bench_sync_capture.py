"""Team sync capture: what a write transaction pays, on a real (SQLCipher) vault.

    .venv/bin/python bench/bench_sync_capture.py [--writes 400] [--rounds 5]

Three configurations of the same vault, the same write (one service call: a note added
to a case, with its audit event), interleaved round by round so that load on the machine
hits all three alike:

- ``before``: the unit of work without the capture step (what it was before team sync);
- ``solo``: a vault that is not a team vault (no trigger; one look-up of the empty
  journal per transaction): the cost every single-desktop agency pays;
- ``team``: a team vault, capture on (triggers, journal, one outbox change set).

Then the apply side: the change sets of ``team`` applied on a fresh copy, per second.
Prints medians per write and the ratios to ``before``. Run by hand, not in CI.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from nap_desktop.domain.enums import AgencyKind
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.workspace import Workspace
from nap_desktop.store import kdf
from nap_desktop.store.vault import Vault
from nap_desktop.sync import capture
from nap_desktop.sync.apply import SyncEngine
from nap_desktop.sync.changeset import PulledChangeSet

PASSPHRASE = "correct horse battery staple measured"
FAST = kdf.KdfParams(memory_kib=8, iterations=1, lanes=1)


class AllowAll:
    def check(self, *_: object) -> None:
        return None


def make(path: Path, *, team: bool) -> Workspace:
    kdf.MIN_KDF = FAST  # type: ignore[misc]  # a bench vault: key derivation is not measured
    ws, _ = Workspace.create(path, agency_name="Bench", agency_kind=AgencyKind.
                             VICTIM_SERVICE_PROVIDER, admin_name="admin",
                             admin_display_name="Admin", passphrase=PASSPHRASE, kdf=FAST)
    if team:
        with ws.ctx.source.engine.begin() as conn:
            capture.enable(conn, device_id="bench", vault_id=ws.vault.vault_id, server=None)
    return ws


def writes(ws: Workspace, client_id: str, n: int, *, before: bool = False) -> float:
    """Seconds per write (median of batches of 10)."""
    times = []
    patch = mock.patch.object(capture, "assemble", lambda *a, **k: None) if before else None
    if patch:
        patch.start()
    try:
        for _ in range(n // 10):
            start = time.perf_counter()
            for _ in range(10):
                ws.cases.add_note(client_id, "a note of ordinary length about a meeting")
            times.append((time.perf_counter() - start) / 10)
    finally:
        if patch:
            patch.stop()
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--writes", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=5)
    opts = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="nap-bench-sync-"))
    try:
        spaces = {name: make(root / name, team=name == "team") for name in ("before", "solo",
                                                                            "team")}
        shutil.copytree(root / "team", root / "replica", ignore=shutil.ignore_patterns("*.lock"))
        clients = {name: ws.cases.create_client(PersonalInput(legal_name="Ana Ruiz")).id
                   for name, ws in spaces.items()}
        per: dict[str, list[float]] = {name: [] for name in spaces}
        for _ in range(opts.rounds):
            for name, ws in spaces.items():
                per[name].append(writes(ws, clients[name], opts.writes // opts.rounds,
                                        before=name == "before"))
        medians = {name: statistics.median(values) for name, values in per.items()}
        print("| configuration | ms per write | ratio to before |")
        print("|---|---:|---:|")
        for name, value in medians.items():
            print(f"| {name} | {value * 1000:.2f} | {value / medians['before']:.3f} |")
        team = SyncEngine(spaces["team"].ctx.source.engine, policy=AllowAll())
        items = team.outbox()
        for ws in spaces.values():
            ws.close()
        replica = Workspace.unlock(Vault.open(root / "replica"), "admin", PASSPHRASE)
        engine = SyncEngine(replica.ctx.source.engine, policy=AllowAll())
        cursor = engine.state().cursor
        pulled = [PulledChangeSet(seq=cursor + i + 1, cs_id=it.cs.id, device_id="bench",
                                  body_sha256=hashlib.sha256(it.cs.to_bytes()).digest(),
                                  cs=it.cs) for i, it in enumerate(items)]
        start = time.perf_counter()
        for i in range(0, len(pulled), 50):
            engine.apply_pulled(pulled[i:i + 50])
        spent = time.perf_counter() - start
        print(f"\napplied {len(pulled)} change sets in batches of 50: "
              f"{len(pulled) / spent:.0f} change sets/s")
        replica.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
