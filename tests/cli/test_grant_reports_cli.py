"""`nap report voca|tims|quality` on a real (encrypted) vault: supervisors only, clear
refusals that write nothing, audited output."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from nap_desktop.cli import main
from nap_desktop.services.workspace import Workspace
from nap_desktop.store import kdf
from nap_desktop.store.kdf import KdfParams
from nap_desktop.store.models import AuditRow
from nap_desktop.store.vault import Vault

FAST = KdfParams(memory_kib=8192, iterations=1, lanes=1)
PASS = "grant reports cli passphrase"


@pytest.fixture
def vault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(kdf, "MIN_KDF", FAST)
    path = tmp_path / "vault"
    ws, _ = Workspace.create(path, agency_name="Casa Demo", agency_kind="victim_service_provider",
                             admin_name="admin", admin_display_name="Ada Admin", passphrase=PASS,
                             kdf=FAST)
    ws.users.add(name="cw", display_name="Carla Worker", role="caseworker",
                 passphrase="caseworker passphrase 1")
    ws.close()
    monkeypatch.setenv("NAP_VAULT", str(path))
    monkeypatch.setenv("NAP_USER", "admin")
    monkeypatch.setenv("NAP_PASSPHRASE", PASS)
    return path


def _audit(vault: Path) -> list[AuditRow]:
    with Vault.open(vault) as opened:
        ws = Workspace.unlock(opened, "admin", PASS)
        try:
            with ws.ctx.read() as s:
                return list(s.scalars(select(AuditRow).where(AuditRow.action.like("report.%"))))
        finally:
            ws.close()


def test_each_report_is_written_and_audited(vault: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    voca, tims = tmp_path / "voca.pdf", tmp_path / "tims.csv"
    assert main(["report", "voca", "--from", "2026-01-01", "--to", "2026-03-31",
                 "--out", str(voca), "--lang", "es", "--outside"]) == 0
    assert "SHA-256" in capsys.readouterr().out
    assert PdfReader(voca).pages
    assert main(["report", "tims", "--from", "2026-01-01", "--to", "2026-06-30",
                 "--out", str(tims)]) == 0
    rows = list(csv.DictReader(io.StringIO(tims.read_bytes().decode("utf-8-sig"))))
    assert rows[0]["report"] == "tims"
    quality = tmp_path / "q.pdf"
    assert main(["report", "quality", "--from", "2026-01-01", "--to", "2026-06-30",
                 "--out", str(quality)]) == 0
    assert {e.action for e in _audit(vault)} == {"report.voca", "report.tims",
                                                 "report.quality"}


@pytest.mark.parametrize("argv,words", [
    (["voca", "--from", "2026-13-01", "--to", "2026-03-31"], "not a date"),
    (["tims", "--from", "2026-06-30", "--to", "2026-01-01"], "starts after"),
    (["tims", "--from", "2025-01-01", "--to", "2026-06-30"], "at most 400 days"),
    (["voca", "--from", "2025-09-01", "--to", "2025-10-31"], "1 October"),
    (["quality", "--from", "2026-01-01", "--to", "2026-03-31", "--outside"], "inside the agency"),
    (["voca", "--from", "2026-10-05", "--to", "2026-09-01"], "starts after"),
    (["tims", "--from", "2026-01-01", "--to", "2026-06-30", "--funding", "no-such-id"],
     "funding source no longer exists"),
])
def test_refusals_write_nothing(vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                argv: list[str], words: str) -> None:
    out = tmp_path / "r.pdf"
    assert main(["report", *argv, "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err
    assert not out.exists()


def test_caseworkers_are_refused(vault: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("NAP_USER", "cw")
    monkeypatch.setenv("NAP_PASSPHRASE", "caseworker passphrase 1")
    out = tmp_path / "v.pdf"
    assert main(["report", "voca", "--from", "2026-01-01", "--to", "2026-03-31",
                 "--out", str(out)]) == 1
    assert "supervisor" in capsys.readouterr().err and not out.exists()
