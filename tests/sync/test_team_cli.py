"""``nap team ...`` and ``nap sync`` against the real PostgreSQL fixture, and their hostile
arguments: a DSN with a password is refused and never printed or stored, a wrong
fingerprint approves nothing, a sync that failed exits 1 saying so."""

from __future__ import annotations

from pathlib import Path

import pytest

from nap_desktop.cli import main
from tests.sync.pg import PgDatabase
from tests.sync.team_helpers import PASS, USER_PASS, fast_kdf

SECRET = "hunter2-very-secret"


@pytest.fixture
def admin_vault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    fast_kdf(monkeypatch)
    path = tmp_path / "a"
    monkeypatch.setenv("NAP_VAULT", str(path))
    monkeypatch.setenv("NAP_USER", "admin")
    monkeypatch.setenv("NAP_PASSPHRASE", PASS)
    monkeypatch.setenv("NAP_NEW_PASSPHRASE", PASS)
    assert main(["init", "--agency", "Casa Team", "--agency-kind",
                 "victim_service_provider"]) == 0
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_team_made_joined_and_synced_from_the_command_line(
        admin_vault: Path, tmp_path: Path, pg: PgDatabase,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    capsys.readouterr()
    code, out, _ = run(capsys, "team", "init", "--server", pg.dsn)
    assert code == 0 and "team vault" in out
    monkeypatch.setenv("NAP_NEW_PASSPHRASE", USER_PASS)
    assert run(capsys, "users", "add", "cw", "--role", "caseworker")[0] == 0
    code, out, err = run(capsys, "sync")
    assert code == 0 and out.startswith("Pushed ") and out.count("\n") == 1, err

    b = tmp_path / "b"
    monkeypatch.setenv("NAP_PASSPHRASE", USER_PASS)
    code, out, _ = run(capsys, "team", "join", "--server", pg.dsn, "--vault", str(b),
                       "--user", "cw")
    assert code == 0
    fingerprint = out.splitlines()[1].strip()
    device = next(w for w in out.split() if w.count("-") == 4 and len(w) == 37)
    device = device.rstrip(".")
    code, out, _ = run(capsys, "team", "join", "--server", pg.dsn, "--vault", str(b),
                       "--user", "cw")
    assert code == 0 and "Not approved yet" in out

    monkeypatch.setenv("NAP_PASSPHRASE", PASS)
    code, out, _ = run(capsys, "team", "devices")
    assert code == 0 and device in out and "pending" in out
    code, _, err = run(capsys, "team", "approve", device, "--fingerprint", "AAAA-" * 7 + "AAAA",
                       "--for", "cw")
    assert code == 1 and "fingerprint" in err.lower()
    code, out, err = run(capsys, "team", "approve", device, "--fingerprint",
                         fingerprint.lower().replace("-", " "), "--for", "cw")
    assert code == 0, err

    monkeypatch.setenv("NAP_PASSPHRASE", USER_PASS)
    code, out, err = run(capsys, "team", "join", "--server", pg.dsn, "--vault", str(b),
                         "--user", "cw")
    assert code == 0 and "Joined" in out, err
    code, out, err = run(capsys, "--vault", str(b), "--user", "cw", "sync")
    assert code == 0 and out.startswith("Pushed "), err

    pg.stop_server()
    code, out, err = run(capsys, "--vault", str(b), "--user", "cw", "sync")
    assert code == 1 and out == "" and "Nothing was lost" in err
    pg.start_server()


@pytest.mark.parametrize("dsn", [
    f"postgresql://nap:{SECRET}@db.example.org/nap",
    f"host=db.example.org user=nap password={SECRET} dbname=nap",
    f"host=db.example.org password = '{SECRET}'",
    f"postgresql://nap@db.example.org/nap?password={SECRET}",
])
def test_a_server_address_with_a_password_is_refused_and_never_printed_or_stored(
        admin_vault: Path, dsn: str, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    code, out, err = run(capsys, "team", "init", "--server", dsn)
    assert code == 1 and "password" in err and SECRET not in out + err
    for path in admin_vault.rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes()


@pytest.mark.parametrize("dsn", ["", " ", "not a dsn", "host=x\nuser=y", "x" * 5000,
                                 "host='unterminated"])
def test_a_malformed_server_address_is_one_clear_line(
        admin_vault: Path, dsn: str, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    code, out, err = run(capsys, "team", "init", "--server", dsn)
    assert code == 1 and out == "" and err.count("\n") == 1 and "Traceback" not in err


def test_sync_on_a_vault_that_is_not_a_team_vault_says_so(
        admin_vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    code, out, err = run(capsys, "sync")
    assert code == 1 and out == "" and "not a team vault" in err


def test_removing_an_unknown_device_changes_nothing(
        admin_vault: Path, pg: PgDatabase, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "team", "init", "--server", pg.dsn)[0] == 0
    code, _, err = run(capsys, "team", "remove-device", "0000", "--reason", "lost")
    assert code == 1 and "not an approved device" in err
    code, _, err = run(capsys, "team", "remove-device", "0000", "--reason", "  ")
    assert code == 1


def test_joining_into_a_folder_that_holds_a_vault_is_refused(
        admin_vault: Path, pg: PgDatabase, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "team", "init", "--server", pg.dsn)[0] == 0
    code, _, err = run(capsys, "team", "join", "--server", pg.dsn, "--vault",
                       str(admin_vault), "--user", "admin")
    assert code == 1 and "already" in err
