"""`nap clients duplicates / merge / unmerge` on a real encrypted vault."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from nap_desktop.cli import main
from nap_desktop.services.cases import PersonalInput
from nap_desktop.services.workspace import Workspace
from nap_desktop.store.vault import Vault

PASS = "duplicate clients correct horse battery"
NAME = "Nguyễn Thị Canarío"


@pytest.fixture
def cases(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str, str]:
    path = tmp_path / "vault"
    for key, value in (("NAP_VAULT", str(path)), ("NAP_USER", "admin"),
                       ("NAP_PASSPHRASE", PASS), ("NAP_NEW_PASSPHRASE", PASS)):
        monkeypatch.setenv(key, value)
    assert main(["init", "--agency", "Casa Demo", "--agency-kind", "victim_service_provider"]) == 0
    with Vault.open(path) as opened:
        ws = Workspace.unlock(opened, "admin", PASS)
        try:
            a = ws.cases.create_client(PersonalInput(legal_name=NAME,
                                                     date_of_birth=date(1990, 3, 4)))
            b = ws.cases.create_client(PersonalInput(legal_name="Canario Thi Ngyuen",
                                                     date_of_birth=date(1990, 4, 3)))
            return path, a.case_number, b.case_number
        finally:
            ws.close()


def _out(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _views(path: Path) -> int:
    with Vault.open(path) as opened:
        ws = Workspace.unlock(opened, "admin", PASS)
        try:
            from sqlalchemy import text
            with ws.ctx.read() as s:
                return int(s.execute(text("SELECT count(*) FROM audit_events WHERE action = "
                                          "'client.view'")).scalar() or 0)
        finally:
            ws.close()


def test_duplicates_list_hides_names_unless_asked_and_audits_them(
        cases: tuple[Path, str, str], capsys: pytest.CaptureFixture[str]) -> None:
    path, first, second = cases
    capsys.readouterr()
    code, out, _ = _out(capsys, "clients", "duplicates", "--case", first)
    assert code == 0 and second in out and "day/month swapped" in out
    assert "Canar" not in out and "1990" not in out
    assert _views(path) == 0
    code, out, _ = _out(capsys, "clients", "duplicates")
    assert code == 0 and first in out and second in out and "Canar" not in out
    code, out, _ = _out(capsys, "clients", "duplicates", "--show-names", "--json")
    assert code == 0 and sorted(json.loads(out)[0]["cases"]) == [first, second]
    code, out, _ = _out(capsys, "clients", "duplicates", "--case", first, "--show-names")
    assert "Canario Thi Ngyuen" in out
    assert _views(path) >= 1


def test_merge_and_unmerge(cases: tuple[Path, str, str],
                           capsys: pytest.CaptureFixture[str]) -> None:
    _path, first, second = cases
    capsys.readouterr()
    code, _, err = _out(capsys, "clients", "merge", first, "NAP-99-99999", "--reason", "x")
    assert code == 1 and "NAP-99-99999" in err and "Traceback" not in err
    code, _, err = _out(capsys, "clients", "merge", first, second, "--reason", "same person",
                        "--take", "no_such_field")
    assert code == 1 and "no_such_field" in err
    code, out, _ = _out(capsys, "clients", "merge", first, second, "--reason", "same person",
                        "--take", "date_of_birth")
    assert code == 0 and "nap clients unmerge" in out
    merge_id = out.split("nap clients unmerge ")[1].strip()
    code, out, _ = _out(capsys, "clients", "duplicates", "--case", first)
    assert second not in out
    code, out, _ = _out(capsys, "clients", "unmerge", merge_id)
    assert code == 0 and second in out
    code, _, err = _out(capsys, "clients", "unmerge", merge_id)
    assert code == 1 and "already been undone" in err
    code, out, _ = _out(capsys, "clients", "duplicates", "--case", first)
    assert second in out
