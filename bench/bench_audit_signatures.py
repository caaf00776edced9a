"""Unlock and `nap check` on a vault with many signed audit events.

    .venv/bin/python bench/bench_audit_signatures.py [--events 100000]

The events are written the way ``services/audit.py`` writes them (hash chain, head,
Ed25519 signature by the administrator), in bulk. Prints the timings. Run by hand.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from nap_desktop.services import audit, authority
from nap_desktop.services.workspace import Workspace
from nap_desktop.store import models as m
from nap_desktop.store.signing import b64
from nap_desktop.store.types import utc_text
from nap_desktop.store.vault import Vault

PASSPHRASE = "benchmark passphrase, not real"


def fill(ws: Workspace, events: int) -> None:
    signer = ws.unlocked.signer
    with ws.ctx.unit_of_work() as s:
        seq, prev = audit._head(s)
        at = datetime(2026, 12, 1, tzinfo=UTC)
        rows = []
        for _ in range(events):
            seq += 1
            at += timedelta(seconds=1)
            digest = audit.event_hash(prev, seq, at, signer.principal, "client.view", "client",
                                      None, "bench")
            sig = b64(signer.sign(audit.signed_message(digest, signer.principal)))
            rows.append({"seq": seq, "at": utc_text(at), "user_id": signer.principal,
                         "action": "client.view", "record_type": "client", "record_id": None,
                         "detail": "bench", "prev_hash": prev, "hash": digest,
                         "signer": signer.principal, "signature": sig})
            prev = digest
        s.connection().exec_driver_sql(
            "INSERT INTO audit_events (seq, at, user_id, action, record_type, record_id, "
            "detail, prev_hash, hash, signer, signature) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [tuple(r.values()) for r in rows])
        head = s.get(m.Setting, audit.HEAD_KEY)
        assert head is not None
        head.value = f"{seq}:{prev}"


def timed(label: str, fn: object, runs: int = 3) -> None:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - t)
    print(f"{label}: median {statistics.median(times) * 1000:.0f} ms "
          f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "vault"
        ws, _ = Workspace.create(path, agency_name="Timing Office", agency_kind="legal",
                                 admin_name="admin", admin_display_name="Admin",
                                 passphrase=PASSPHRASE)
        fill(ws, args.events)
        ws.close()
        vault = Vault.open(path)

        def unlock() -> None:
            Workspace.unlock(vault, "admin", PASSPHRASE).lock()

        def unlock_no_checkpoint() -> None:
            w = Workspace.unlock(vault, "admin", PASSPHRASE)
            with w.ctx.unit_of_work() as s:
                s.query(m.Setting).filter(m.Setting.key.like("audit_verified:%")).delete(
                    synchronize_session=False)
            w.lock()

        unlock()  # the first unlock after the bulk fill verifies everything once
        timed(f"unlock, {args.events} events, own checkpoint at the head", unlock)
        w = Workspace.unlock(vault, "admin", PASSPHRASE)

        def check() -> None:
            with w.ctx.read() as s:
                assert authority.full_check(s, w.unlocked).problems == []

        timed("nap check (every chain link and signature)", check)
        w.lock()
        t = time.perf_counter()
        unlock_no_checkpoint()
        w = Workspace.unlock(vault, "admin", PASSPHRASE)
        print(f"unlock without a checkpoint: {(time.perf_counter() - t) * 1000:.0f} ms "
              "(incl. one normal unlock)")
        w.lock()
        vault.close()


if __name__ == "__main__":
    main()
