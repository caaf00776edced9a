"""The PostgreSQL fixture never lets a missing server pass CI silently: with
NAP_REQUIRE_POSTGRES=1 (``.ci/run``) the tests fail with the reason, without it they are
skipped with the reason."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ONE_TEST = "tests/sync/test_server.py::test_creating_a_vault_twice_is_harmless"


def run_without_postgres(require: bool) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NAP_PG_BINDIR": str(ROOT / "no-postgres-here")}
    env.pop("NAP_REQUIRE_POSTGRES", None)
    if require:
        env["NAP_REQUIRE_POSTGRES"] = "1"
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", ONE_TEST],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False)


def test_missing_postgres_fails_when_required_and_skips_with_the_reason_otherwise() -> None:
    required = run_without_postgres(require=True)
    assert required.returncode != 0
    assert "PostgreSQL's server programs (initdb, pg_ctl) are not installed" in required.stdout
    optional = run_without_postgres(require=False)
    assert optional.returncode == 0
    assert "1 skipped" in optional.stdout and "postgresql package" in optional.stdout


def test_ci_installs_the_server_and_requires_it() -> None:
    ci = (ROOT / ".ci" / "run").read_text()
    listed = [line for line in ci.splitlines() if line.startswith("packages=(")]
    assert len(listed) == 1 and " postgresql " in listed[0]
    assert "NAP_REQUIRE_POSTGRES=1 .venv/bin/python -m pytest" in ci
    desktop = (ROOT / "tools" / "desktop-packages.txt").read_text().split()
    assert "postgresql" not in desktop  # the desktop app itself needs no server
