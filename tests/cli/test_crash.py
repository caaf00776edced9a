"""kill -9 of a writer in the middle of its work, again and again: the vault opens,
`nap check` is clean, and every committed record is intact."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from nap_desktop.cli import main
from nap_desktop.services.workspace import Workspace
from nap_desktop.store import kdf
from nap_desktop.store.kdf import KdfParams
from nap_desktop.store.models import ClientRow, NoteRow
from nap_desktop.store.vault import Vault

FAST = KdfParams(memory_kib=8192, iterations=1, lanes=1)
PASS = "crash test passphrase 1"
ROUNDS = int(os.environ.get("NAP_CRASH_ROUNDS", "20"))


def test_kill_dash_nine_loses_nothing_committed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(kdf, "MIN_KDF", FAST)
    path = tmp_path / "vault"
    ws, _ = Workspace.create(
        path,
        agency_name="Crash Agency",
        agency_kind="other",
        admin_name="admin",
        admin_display_name="Admin",
        passphrase=PASS,
        kdf=FAST,
    )
    ws.close()
    rng = random.Random(20)
    committed: list[str] = []
    writer = Path(__file__).with_name("crash_writer.py")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    for _ in range(ROUNDS):
        proc = subprocess.Popen(
            [sys.executable, str(writer), str(path), PASS],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 0.4))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        committed += [line for line in out.split() if line.startswith("NAP-")]
    assert len(committed) > ROUNDS  # the writer really was mid-stream

    monkeypatch.setenv("NAP_PASSPHRASE", PASS)
    assert main(["--vault", str(path), "--user", "admin", "check"]) == 0, capsys.readouterr()
    with Vault.open(path) as vault:
        ws = Workspace.unlock(vault, "admin", PASS)
        with ws.ctx.read() as s:
            numbers = set(s.scalars(select(ClientRow.case_number)))
            notes = s.scalars(select(NoteRow.body)).all()
        assert set(committed) <= numbers
        assert all(n == ("written before the crash " * 20).strip() for n in notes)
        ws.lock()
