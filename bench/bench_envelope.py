"""Envelope benchmark: what sealing and opening cost a desktop, against the bare primitives.

    .venv/bin/python bench/bench_envelope.py [--count 2000] [--mib 64] [--runs 5]

Prints a markdown table: change sets sealed / opened per second (a typical one-referral
edit, about 1 KB of plaintext) against Ed25519 sign/verify + AES-GCM alone on the same bytes
(the irreducible part), bytes on the server per change set, a data key sealed/opened with
the hybrid HPKE suite against X25519-only, and snapshot MiB/s against bare AES-GCM over the
same bytes. Run by hand, not in CI.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import statistics
import sys
import time
import uuid
import zlib
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from nap_desktop.sync import canonical, envelope, keys, snapshot_format
from nap_desktop.sync.device_keys import DeviceKeys


def median_s(fn: Callable[[], object], runs: int) -> float:
    """Median wall-clock seconds of ``fn`` over ``runs`` runs, after one warm-up."""
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def change_set(i: int) -> dict[str, object]:
    """A one-referral edit with its audit event: about 1 KB of canonical JSON."""
    rid = str(uuid.UUID(int=i))
    return {"v": 1, "schema": "0017", "id": str(uuid.uuid4()), "author": str(uuid.UUID(int=7)),
            "at": "2026-12-07T16:00:00Z", "control": None, "user_sig": "A" * 88,
            "ops": [{"t": "referrals", "k": {"id": rid}, "op": "u", "base": str(uuid.uuid4()),
                     "old": {"status": "open", "updated_at": "2026-12-01T10:00:00Z"},
                     "new": {"status": "closed", "updated_at": "2026-12-07T16:00:00Z"}},
                    {"t": "audit_events", "k": {"signature": "c:" + "B" * 86}, "op": "i",
                     "base": None, "new": {"action": "referral.close", "record_id": rid,
                                           "record_type": "referral", "detail": "{}",
                                           "at": "2026-12-07T16:00:00Z",
                                           "user_id": str(uuid.UUID(int=7)),
                                           "signer": str(uuid.UUID(int=7)),
                                           "signature": "c:" + "B" * 86}}]}


def bench_change_sets(count: int, runs: int) -> list[str]:
    vault = str(uuid.uuid4())
    device = DeviceKeys.generate(vault)
    public = device.public()
    key = keys.sync_key(os.urandom(32), vault, 1)
    sets = [change_set(i) for i in range(count)]
    seen = (0, bytes(32))

    def seal_all() -> list[bytes]:
        return [envelope.seal_change_set(cs, vault_id=vault, device=device, dseq=1, prev=b"",
                                         epoch=1, sync_key=key, seen=seen) for cs in sets]

    bodies = seal_all()

    def open_all() -> None:
        for cs, body in zip(sets, bodies, strict=True):
            envelope.open_change_set(body, vault_id=vault, expected_id=str(cs["id"]),
                                     device_public=public, sync_keys={1: key})

    plains = [canonical.encode(cs) for cs in sets]
    aead = AESGCM(key)
    nonce = os.urandom(12)

    def bare_seal() -> list[bytes]:
        out = []
        for p in plains:
            ct = aead.encrypt(nonce, p, b"")
            out.append(ct + device.sign(hashlib.sha256(ct).digest()))
        return out

    bare = bare_seal()
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    verifier = Ed25519PublicKey.from_public_bytes(public.signing_key)

    def bare_open() -> None:
        for b in bare:
            verifier.verify(b[-64:], hashlib.sha256(b[:-64]).digest())
            aead.decrypt(nonce, b[:-64], b"")

    t_seal, t_open = median_s(seal_all, runs), median_s(open_all, runs)
    t_bseal, t_bopen = median_s(bare_seal, runs), median_s(bare_open, runs)
    plain = statistics.mean(len(p) for p in plains)
    packed = statistics.mean(len(zlib.compress(p, 6)) for p in plains)
    body = statistics.mean(len(b) for b in bodies)
    return [
        f"| seal a change set (~{plain:.0f} B plaintext) | {count / t_seal:,.0f} / s "
        f"| {count / t_bseal:,.0f} / s | {t_seal / t_bseal:.1f} |",
        f"| open a change set (all checks) | {count / t_open:,.0f} / s "
        f"| {count / t_bopen:,.0f} / s | {t_open / t_bopen:.1f} |",
        f"| bytes on the server per change set | {body:,.0f} B "
        f"| {packed:,.0f} B (zlib plaintext) | {body / packed:.2f} |",
    ]


def bench_seals(runs: int) -> list[str]:
    vault = str(uuid.uuid4())
    device = DeviceKeys.generate(vault)
    dek = os.urandom(32)
    n = 200

    def hybrid() -> None:
        for _ in range(n):
            sealed = keys.seal_data_key(dek, to_box_key=device.public().box_key, vault_id=vault,
                                        device_id=device.device_id, epoch=1)
            keys.open_data_key(sealed, device=device, vault_id=vault, epoch=1)

    suite = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
    x = X25519PrivateKey.generate()

    def classic() -> None:
        for _ in range(n):
            suite.decrypt(suite.encrypt(dek, x.public_key(), info=b"i"), x, info=b"i")

    th, tc = median_s(hybrid, runs), median_s(classic, runs)
    return [f"| seal + open a data key (hybrid ML-KEM-768+X25519) | {th / n * 1000:.2f} ms "
            f"| {tc / n * 1000:.2f} ms (X25519 only) | {th / tc:.1f} |"]


def bench_snapshot(mib: int, runs: int) -> list[str]:
    vault, snap = str(uuid.uuid4()), str(uuid.uuid4())
    device = DeviceKeys.generate(vault)
    key = keys.sync_key(os.urandom(32), vault, 1)
    data = os.urandom(mib * 1024 * 1024)
    items: list[bytes] = []

    def seal() -> None:
        items[:] = list(snapshot_format.seal_snapshot(
            vault_id=vault, snapshot_id=snap, device=device, epoch=1, sync_key=key, seq=1,
            log_hash=bytes(32), keyslots=b"{}", database=io.BytesIO(data),
            database_size=len(data)))

    def open_() -> None:
        snapshot_format.open_snapshot(items, count=len(items), vault_id=vault, snapshot_id=snap,
                                      publisher=device.public(), sync_keys={1: key},
                                      database_out=io.BytesIO())

    aead, step = AESGCM(key), snapshot_format.CHUNK_BYTES

    def bare() -> None:
        for i in range(0, len(data), step):
            aead.decrypt(b"\0" * 12, aead.encrypt(b"\0" * 12, data[i:i + step], b""), b"")

    ts, to, tb = median_s(seal, runs), median_s(open_, runs), median_s(bare, runs)
    return [f"| snapshot seal + open ({mib} MiB) | {mib / ts:,.0f} + {mib / to:,.0f} MiB/s "
            f"| {mib / tb:,.0f} MiB/s (bare AES-GCM both ways) | {(ts + to) / tb:.1f} |"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--mib", type=int, default=64)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print("| what | envelope | baseline (same run) | ratio |")
    print("|---|---|---|---|")
    for line in (bench_change_sets(args.count, args.runs) + bench_seals(args.runs)
                 + bench_snapshot(args.mib, args.runs)):
        print(line)


if __name__ == "__main__":
    main()
