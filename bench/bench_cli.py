"""How fast ``nap`` starts, beside Python itself, measured in the same run.

    .venv/bin/python bench/bench_cli.py [--runs 15] [--referrals 200] [--source DIR]

Each command runs in a fresh process (as a person or a script runs it), ``--runs`` times;
the table gives the median and p95 wall time and the ratio of the median to
``python -c pass`` measured here, so that a loaded or slow machine moves every row alike.
``nap referrals list`` unlocks a demo vault with the production key derivation
(Argon2id, ``store.kdf.DEFAULT_KDF``); its derivation alone is timed in-process and
subtracted in the last row. ``--source`` runs the package found in another checkout
(e.g. ``git archive main | tar -x -C /tmp/main``) for a before/after comparison.
Prints a markdown table (copied into docs/benchmarks.md). Run by hand, not in CI.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PYTHON = sys.executable
NAP = [PYTHON, "-m", "nap_desktop.cli"]


def timed_runs(argv: list[str], runs: int, env: dict[str, str], cwd: Path) -> list[float]:
    """Wall seconds of ``runs`` runs of ``argv`` (after one untimed run: a warm file cache,
    as for a person who ran it a moment ago). ``cwd`` is outside any checkout: ``python -m``
    would otherwise import the package found in the current folder."""
    subprocess.run(argv, check=True, capture_output=True, env=env, cwd=cwd)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True, env=env, cwd=cwd)
        times.append(time.perf_counter() - started)
    return times


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def kdf_seconds(runs: int) -> float:
    """The median time of one production key derivation, in this process."""
    from nap_desktop.store.kdf import DEFAULT_KDF, derive_key

    times = []
    for _ in range(runs):
        started = time.perf_counter()
        derive_key(b"benchmark passphrase", b"0123456789abcdef", DEFAULT_KDF)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def demo_vault(folder: Path, referrals: int, env: dict[str, str]) -> None:
    subprocess.run([*NAP, "--vault", str(folder), "demo", "--referrals", str(referrals)],
                   check=True, capture_output=True, env=env, cwd=folder.parent)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--referrals", type=int, default=200)
    parser.add_argument("--source", type=Path, metavar="DIR",
                        help="the checkout whose nap_desktop to run (default: this one)")
    args = parser.parse_args()
    env = dict(os.environ)
    if args.source is not None:
        env["PYTHONPATH"] = str(args.source.resolve())
    with tempfile.TemporaryDirectory() as tmp:
        vault = Path(tmp) / "vault"
        demo_vault(vault, args.referrals, env)
        from nap_desktop.services.demo import DEMO_PASSPHRASE

        env |= {"NAP_VAULT": str(vault), "NAP_USER": "admin", "NAP_PASSPHRASE": DEMO_PASSPHRASE}
        cases = [
            ("python -c pass", [PYTHON, "-c", "pass"]),
            ("python -c 'import sqlalchemy, cryptography, reportlab'",
             [PYTHON, "-c", "import sqlalchemy, cryptography, reportlab"]),
            ("nap --version", [*NAP, "--version"]),
            ("nap --help", [*NAP, "--help"]),
            ("nap referrals list", [*NAP, "referrals", "list"]),
        ]
        results = {name: timed_runs(argv, args.runs, env, Path(tmp)) for name, argv in cases}
    kdf = kdf_seconds(args.runs)
    base = statistics.median(results["python -c pass"])
    source = args.source or Path(__file__).resolve().parent.parent
    print(f"{source}: {args.runs} runs each; load {os.getloadavg()[0]:.2f}; "
          f"Argon2id {kdf * 1000:.0f} ms (median, in-process)\n")
    print("| command | median (s) | p95 (s) | ratio to `python -c pass` |")
    print("|---|---:|---:|---:|")
    for name, times in results.items():
        median = statistics.median(times)
        print(f"| `{name}` | {median:.3f} | {p95(times):.3f} | {median / base:.1f}x |")
    listed = statistics.median(results["nap referrals list"]) - kdf
    print(f"| `nap referrals list` without the key derivation | {listed:.3f} | | "
          f"{listed / base:.1f}x |")


if __name__ == "__main__":
    main()
