"""age benchmark: nap_desktop.transfer.age against the reference ``age`` CLI, same bytes.

    .venv/bin/python bench/bench_age.py [--mib 64] [--runs 5]

Encrypts and decrypts the same random payload with both, X25519 recipient, and prints a
markdown table of medians. Ours works in memory; the CLI reads a file from a temporary
directory and writes to /dev/null, process start-up included. Both decrypt the same
file (one the CLI made). Run by hand, not in CI.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from nap_desktop.transfer import age


def median_s(fn: Callable[[], object], runs: int) -> float:
    """Median wall-clock seconds of ``fn`` over ``runs`` runs, after one warm-up."""
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run_cli(*args: str) -> None:
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def cli_version(cli: str) -> str:
    out = subprocess.run([cli, "--version"], capture_output=True, check=True).stdout.decode()
    found = re.search(r"\d+\.\d+\.\d+", out)
    return found.group(0) if found else out.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mib", type=int, default=64)
    parser.add_argument("--runs", type=int, default=5)
    opts = parser.parse_args()

    cli = shutil.which("age")
    if cli is None:
        sys.exit("the age CLI is not installed (apt-get install age)")
    identity = age.generate_x25519_identity()
    recipient = age.to_recipient(identity)
    pq_identity = age.generate_pq_identity()
    pq_recipient = age.to_recipient(pq_identity)
    plain = os.urandom(opts.mib * 1024 * 1024)

    with tempfile.TemporaryDirectory() as tmp:
        plain_path = Path(tmp, "plain.bin")
        plain_path.write_bytes(plain)
        key_path = Path(tmp, "key.txt")
        key_path.write_text(identity + "\n")
        key_path.chmod(0o600)
        sealed_path = Path(tmp, "sealed.age")
        run_cli(cli, "-r", recipient, "-o", str(sealed_path), str(plain_path))
        sealed = sealed_path.read_bytes()
        assert age.decrypt(sealed, [identity]) == plain

        rows = [
            (
                "encrypt (X25519)",
                median_s(lambda: age.encrypt(plain, [recipient]), opts.runs),
                median_s(
                    lambda: run_cli(cli, "-r", recipient, "-o", os.devnull, str(plain_path)),
                    opts.runs,
                ),
            ),
            (
                "decrypt (X25519)",
                median_s(lambda: age.decrypt(sealed, [identity]), opts.runs),
                median_s(
                    lambda: run_cli(
                        cli, "-d", "-i", str(key_path), "-o", os.devnull, str(sealed_path)
                    ),
                    opts.runs,
                ),
            ),
        ]
    pq_sealed = age.encrypt(plain, [pq_recipient])
    pq_rows = [
        ("encrypt (mlkem768x25519)", median_s(lambda: age.encrypt(plain, [pq_recipient]), 3)),
        ("decrypt (mlkem768x25519)", median_s(lambda: age.decrypt(pq_sealed, [pq_identity]), 3)),
    ]

    mib = opts.mib
    print(
        f"age v1, {mib} MiB random payload, median of {opts.runs} runs, "
        f"age CLI {cli_version(cli)}, {os.cpu_count()} CPUs\n"
    )
    print(
        "| operation | ours (s) | ours (MiB/s) | age CLI (s) | age CLI (MiB/s) | ours / CLI time |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    for name, ours, theirs in rows:
        print(
            f"| {name} | {ours:.3f} | {mib / ours:.0f} | {theirs:.3f} | {mib / theirs:.0f} "
            f"| {ours / theirs:.2f} |"
        )
    for name, ours in pq_rows:
        print(f"| {name} | {ours:.3f} | {mib / ours:.0f} | n/a | n/a | n/a |")


if __name__ == "__main__":
    main()
