"""Bad bytes in what nap reads, and a reader that goes away: a clear line or a quiet exit,
never "unexpected internal error"."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from nap_desktop.cli import EXIT_BROKEN_PIPE
from tests.cli.test_cli import PASS, demo_vault, run, vault

__all__ = ["demo_vault", "vault"]  # fixtures

LATIN1_PASS = "contraseña de prueba".encode("latin-1")  # not UTF-8: "ñ" is one byte


def _secret_file(folder: Path, data: bytes) -> Path:
    path = folder / "secret.txt"
    path.write_bytes(data)
    os.chmod(path, 0o600)
    return path


def test_a_passphrase_file_that_is_not_utf8_gets_a_clear_message(
    vault: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = _secret_file(vault.parent, LATIN1_PASS + b"\n")
    code, out, err = run(capsys, "--passphrase-file", str(secret), "referrals", "list")
    assert code == 1 and out == ""
    assert "is not UTF-8 text" in err and "nothing was changed" in err
    assert "internal error" not in err and "Traceback" not in err


def test_a_recovery_key_file_that_is_not_utf8_gets_a_clear_message(
    vault: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key = _secret_file(vault.parent, b"\xff\xfeR\x00K\x00")  # saved as UTF-16 by an editor
    code, _, err = run(capsys, "passwd", "--recovery", "--recovery-key-file", str(key))
    assert code == 1 and "is not UTF-8 text" in err
    assert "internal error" not in err


@pytest.mark.parametrize("argv", [
    ["users", "add", "ana\udcf1a", "--role", "caseworker"],  # from a Latin-1 terminal
    ["referrals", "list", "--search", "Mu\udcf1oz"],
    ["partners", "new", "Casa \udcff", "--kind", "housing"],
    ["--user", "adm\udce9n", "referrals", "list"],
])
def test_arguments_that_are_not_utf8_are_named_in_a_clear_message(
    vault: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 1 and out == ""
    assert "is not valid UTF-8 text" in err and "the argument" in err
    assert "internal error" not in err


def test_environment_variables_that_are_not_utf8_are_named(
    vault: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("NAP_USER", "adm\udce9n")
    code, _, err = run(capsys, "referrals", "list")
    assert code == 1 and "$NAP_USER is not valid UTF-8 text" in err
    assert "internal error" not in err
    monkeypatch.setenv("NAP_USER", "admin")
    monkeypatch.setenv("NAP_NEW_PASSPHRASE", "contrase\udcf1a nueva de prueba")
    code, _, err = run(capsys, "users", "add", "ana", "--role", "caseworker")
    assert code == 1 and "$NAP_NEW_PASSPHRASE is not valid UTF-8 text" in err
    assert "internal error" not in err
    monkeypatch.setenv("NAP_PASSPHRASE", "contrase\udcf1a")  # compared, never refused
    code, _, err = run(capsys, "referrals", "list")
    assert code == 1 and "internal error" not in err and "UTF-8" not in err


def test_a_file_name_that_is_not_utf8_is_still_a_file_name(
    vault: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """File names may hold any bytes: they are not text to check."""
    secret = vault.parent / os.fsdecode(b"pass-\xf1.txt")
    secret.write_text(PASS, encoding="utf-8")
    os.chmod(secret, 0o600)
    assert run(capsys, "--passphrase-file", str(secret), "referrals", "list")[0] == 0


def _nap(*argv: str) -> list[str]:
    return [sys.executable, "-m", "nap_desktop.cli", *argv]


def test_output_closed_early_stops_quietly(
    demo_vault: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`nap referrals list --json | head`: the reader goes away after a few lines; nap
    stops with 141 (as `cat` or `grep` would, by SIGPIPE) and prints nothing on stderr."""
    assert run(capsys, "demo", "--referrals", "400", "--seed", "3")[0] == 0
    listing = _nap("referrals", "list", "--json", "--limit", "1000")
    full = subprocess.run(listing, capture_output=True, timeout=120, check=True)
    assert len(full.stdout) > 128 * 1024  # more than a pipe holds (64 KiB on Linux)
    proc = subprocess.Popen(listing, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(200) == full.stdout[:200]
    proc.stdout.close()  # as `head` does once it has its lines
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == EXIT_BROKEN_PIPE
    assert err == b""
    shell = subprocess.run(["sh", "-c", shlex.join(listing) + " | head -n 3"],
                           capture_output=True, timeout=120, check=False)
    assert shell.returncode == 0 and shell.stderr == b""
    assert shell.stdout.decode().splitlines() == full.stdout.decode().splitlines()[:3]


def test_a_terminal_that_cannot_show_a_name_gets_a_clear_message(
    vault: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An ASCII-only terminal and a client called Canarío: not an internal error."""
    from nap_desktop.services.cases import PersonalInput
    from nap_desktop.services.workspace import Workspace
    from nap_desktop.store.vault import Vault

    with Vault.open(vault) as v:
        ws = Workspace.unlock(v, "admin", PASS)
        client = ws.cases.create_client(PersonalInput(legal_name="Ana Canarío"))
        partner = ws.agencies.add_partner(name="HSI Demo", kind="le_federal")
        ws.referrals.create(client_id=client.id, from_agency_id=ws.agency.id,
                            to_agency_id=partner.id, direction="vsp_to_le", services=["legal"])
        ws.lock()
    shown = subprocess.run(_nap("referrals", "list", "--show-names"), capture_output=True,
                           timeout=120, check=False,
                           env={**os.environ, "PYTHONIOENCODING": "ascii"})
    err = shown.stderr.decode()
    assert shown.returncode == 1 and "could not be read or printed as UTF-8" in err
    assert "internal error" not in err and "Canar" not in err
