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
from nap_desktop.store.models import AuditRow, ClientRow, NoteRow
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


def test_nap_check_reports_work_lost_with_the_wal_and_accepts_it_only_when_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """kill -9 mid-stream, then the WAL is deleted: the clients the writer was told were
    saved are gone, and `nap check` says so instead of reporting an intact vault."""
    monkeypatch.setattr(kdf, "MIN_KDF", FAST)
    path = tmp_path / "vault"
    ws, _ = Workspace.create(path, agency_name="Crash Agency", agency_kind="other",
                             admin_name="admin", admin_display_name="Admin", passphrase=PASS,
                             kdf=FAST)
    ws.close()
    writer = Path(__file__).with_name("crash_writer.py")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    proc = subprocess.Popen([sys.executable, str(writer), str(path), PASS],
                            stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    committed: list[str] = []
    while len(committed) < 5:  # at least five clients saved and reported
        committed.append(proc.stdout.readline().strip())
    proc.send_signal(signal.SIGKILL)
    committed += [line for line in proc.communicate()[0].split() if line.startswith("NAP-")]
    (path / "vault.db-wal").unlink()

    monkeypatch.setenv("NAP_PASSPHRASE", PASS)
    capsys.readouterr()
    assert main(["--vault", str(path), "--user", "admin", "check"]) == 1
    err = capsys.readouterr().err
    assert "PROBLEM: Work that had been saved is missing" in err and "backup" in err
    assert "Traceback" not in err

    assert main(["--vault", str(path), "--user", "admin", "check", "--accept-loss"]) == 0
    assert "Accepted the loss of" in capsys.readouterr().out
    assert main(["--vault", str(path), "--user", "admin", "check"]) == 0
    with Vault.open(path) as vault:
        ws = Workspace.unlock(vault, "admin", PASS)
        with ws.ctx.read() as s:
            numbers = set(s.scalars(select(ClientRow.case_number)))
            accepted = s.scalars(select(AuditRow.detail).where(
                AuditRow.action == "vault.lost_work_accepted")).all()
        ws.lock()
    assert set(committed) - numbers  # the loss was real
    assert len(accepted) == 1 and accepted[0].endswith("saved changes")
